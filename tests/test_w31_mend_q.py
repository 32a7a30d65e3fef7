"""Mends of wave 31's quote changes (branch mend-q), on sentences written for these tests: a relative clause on a
noun of time, manner or reason has no gap for that noun to fill; a phrase of time after a gapped object completes
nothing; a verbless dash line that answers in an exchange is still a line of speech; one relative-clause check
serves the quote and the event stages."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.nlp import build_nlp
from accord.pipeline import Pipeline
from accord.quotes.frames import infinitive_content
from accord.quotes.lexicon import load_lexicon
from accord.syntax import bare_relative
from quote_helpers import quotes_in


@pytest.fixture(scope="module")
def parser() -> Language:
    return build_nlp(stages=())


@pytest.mark.parametrize("sentence, absent, content", [
    # the noun says when, how or why the act is done, not what is said, planned or wanted
    ("That was the first time the governor said she would veto the budget.", "the first time",
     "she would veto the budget"),
    ("Tuesday is the day the nurses plan to walk out of the hospitals.", "the day",
     "to walk out of the hospitals"),
    ("There are several reasons farmers say they mistrust the new agency.", "several reasons",
     "they mistrust the new agency"),
    ("It came at the moment the chairman decided to step down from the board.", "the moment",
     "to step down from the board"),
])
def test_no_gap_piece_after_a_noun_of_time_manner_or_reason(quote_pipeline: Pipeline, sentence: str, absent: str,
                                                             content: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    texts = [(q.text, q.cue) for q in quotes]
    assert any(q.text == content for q in quotes), texts  # the content itself is still found
    assert not any(q.text == absent for q in quotes), texts


def test_a_noun_that_is_what_is_wanted_still_fills_the_gap(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "It is the bridge the mayor hopes to finish in the spring.")
    assert any(q.text == "the bridge" for q in quotes), [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("sentence, absent", [
    ("The union attacked the pact, which the senator criticized over the weekend.", "over the weekend"),
    ("The plan, which the mayor has defended for years, was dropped.", "for years"),
    ("The tax, which the governor praised for a decade, was repealed.", "for a decade"),
    ("The treaty, which the senator attacked for the second time on Monday, was signed.", "for the second time"),
])
def test_a_phrase_of_time_completes_no_gapped_object(quote_pipeline: Pipeline, sentence: str, absent: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    texts = [(q.text, q.cue) for q in quotes]
    assert any(q.text == "which" for q in quotes), texts  # the gapped object is still attributed
    assert not any(q.text == absent for q in quotes), texts


def test_grounds_still_complete_a_gapped_object(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The cleric, whom the government accuses of plotting the coup, denied it.")
    assert any(q.text == "of plotting the coup" for q in quotes), [(q.text, q.cue) for q in quotes]


EXCHANGE = (
    "The treaty was signed in March.\n\n"
    "— Will you sign the new accord? the reporter asked.\n\n"
    "— Not this year, and certainly not with this budget.\n"
)

INTERVIEW = (
    "The mayor spoke to our paper on Friday.\n\n"
    "— Is the levy fair?\n\n"
    "— Fair enough for a harbor town.\n\n"
    "— And the docks?\n\n"
    "— Ready by spring, if the weather holds.\n"
)


def test_a_verbless_answer_in_an_exchange_is_speech(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, EXCHANGE)
    assert any("Not this year" in q.text for q in quotes), [(q.text, q.cue) for q in quotes]


def test_verbless_answers_of_a_dash_interview_are_speech(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, INTERVIEW)
    texts = [q.text for q in quotes]
    assert any("Fair enough for a harbor town" in t for t in texts), texts
    assert any("Ready by spring" in t for t in texts), texts


def test_an_infinitive_content_starts_after_its_cue(parser: Language) -> None:
    # the parser hangs the fronted relative word on the infinitive ("which" the object of "repeal"): the content
    # starts at "to", after the cue, not at the relative word before it
    doc = parser("It was a tariff which the mayor has promised to repeal next spring.")
    verb = next(t for t in doc if t.text == "promised")
    found = infinitive_content(verb)
    assert found is not None and doc[found[0]].text == "to" and found[1] == verb.i + 5, found


def test_the_quote_lexicon_reads_the_event_coders_words_of_time_and_manner() -> None:
    words = load_lexicon().when_how_why
    assert {"day", "weekend", "way", "reason", "moment"} <= words


@pytest.mark.parametrize("text, verb, bare", [
    ("It is the bridge the mayor hopes to finish.", "hopes", True),
    ("It is the bridge which the mayor hopes to finish.", "hopes", False),  # a relative word holds the gap
    ("It was the day the union called a strike.", "called", False),  # the antecedent says when
    ("I like the way the council spends money.", "spends", False),  # or how
])
def test_a_bare_relative_clause(parser: Language, text: str, verb: str, bare: bool) -> None:
    doc = parser(text)
    token = next(t for t in doc if t.text == verb)
    assert bare_relative(token, lambda antecedent: antecedent.lemma_ in ("day", "way")) is bare, \
        [(t.text, t.dep_, t.head.text) for t in doc]
