"""A cue inside a relative clause (issue 20): PARC's content is the relative word and the clause after the cue,
two pieces of one attribution; the noun the relative word stands for, the source and the cue stay out."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.pipeline import Pipeline
from accord.quotes.reported import _finite_xcomp
from quote_helpers import quotes_in


@pytest.mark.parametrize("sentence, relative, clause, speaker", [
    ("The mayor gave a long speech, which even her critics say was the best of her career.",
     "which", "was the best of her career", "her critics"),
    ("The council passed the tax, which the treasurer said would pay for new schools.",
     "which", "would pay for new schools", "the treasurer"),
    ("She was the candidate who the pollsters believed was gaining ground.",
     "who", "was gaining ground", "the pollsters"),
    # the parser hangs the relative word on the cue beside the speaker, and may call the finite clause after
    # the cue an open complement (xcomp): the word is still the content's subject, the clause still the content
    ("The drug, which doctors say saves lives, is expensive.", "which", "saves lives", "doctors"),
    ("The city closed the plant, which the workers say was safe.", "which", "was safe", "the workers"),
    ("They cited the war, which they say left a vacuum for rebel groups to grow.",
     "which", "left a vacuum for rebel groups to grow", "they"),
])
def test_the_relative_word_and_the_clause_are_one_attribution(
    quote_pipeline: Pipeline, sentence: str, relative: str, clause: str, speaker: str
) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    pieces = [q for q in quotes if q.text in (relative, clause)]
    assert [q.text for q in pieces] == [relative, clause], [(q.text, q.cue) for q in quotes]
    assert pieces[0].attribution == pieces[1].attribution
    assert all(q.speaker is not None and q.speaker.text == speaker for q in pieces)


@pytest.mark.parametrize("sentence", [
    "The mayor, who said the budget was balanced, left early.",  # the relative word is the source
    "The treasurer said the tax, which passed on Monday, would pay for new schools.",  # no cue in the clause
])
def test_no_relative_piece_when_the_relative_word_is_not_in_the_content(quote_pipeline: Pipeline,
                                                                        sentence: str) -> None:
    assert not any(q.text in ("which", "who") for q in quotes_in(quote_pipeline, sentence))



def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_a_finite_open_complement_is_the_clause_only_where_a_relative_clause_gaps_its_subject() -> None:
    # "the drug which doctors say saves lives": "saves" parsed as xcomp of "say" in a relative clause
    relative = _parsed(["the", "drug", "which", "doctors", "say", "saves", "lives"], [1, 1, 4, 4, 1, 4, 5],
                       ["det", "ROOT", "nsubj", "nsubj", "relcl", "xcomp", "dobj"],
                       ["DT", "NN", "WDT", "NNS", "VBP", "VBZ", "NNS"])
    assert [t.i for t in _finite_xcomp(relative[4])] == [5]
    # "shouted Lee joked": a finite verb joined to a main-clause cue is a clause of its own, not the content
    joined = _parsed(["fans", "shouted", "Lee", "joked"], [1, 1, 3, 1],
                     ["nsubj", "ROOT", "compound", "xcomp"], ["NNS", "VBD", "NNP", "VBD"])
    assert _finite_xcomp(joined[1]) == []
    # "which doctors say to take": an infinitive is an open complement indeed
    infinitive = _parsed(["drug", "which", "doctors", "say", "to", "take"], [0, 3, 3, 0, 5, 3],
                         ["ROOT", "dobj", "nsubj", "relcl", "aux", "xcomp"], ["NN", "WDT", "NNS", "VBP", "TO", "VB"])
    assert _finite_xcomp(infinitive[3]) == []
