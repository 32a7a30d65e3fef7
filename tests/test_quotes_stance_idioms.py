"""Issue 20, wave 17, on sentences written for accord: attributions whose cue is a verb of stance with a
prepositional object ("spoke out against the plan", "distanced herself from the remarks") or a verb with an
object noun and that noun's preposition ("took aim at the banks", "poked fun at his rival"). The object of
the preposition, with what completes it, is the content; the verb's subject is the source. A verb of stance
whose object is another's attribution ("decried his calls to ban …") is the outermost attribution."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.lexicon import load_lexicon
from quote_helpers import quotes_in


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The governor took aim at the unions and the big banks.", "the unions and the big banks", "governor"),
    ("The mayor poked fun at the council's new logo during the dinner.", "the council's new logo", "mayor"),
    ("The senator cast the blame on the transport agency.", "the transport agency", "senator"),
    ("The union threw its support behind the nurses.", "the nurses", "union"),
    ("Ms. Okafor took issue with the new zoning rules.", "the new zoning rules", "Okafor"),
])
def test_a_stance_told_by_a_verb_and_its_noun(quote_pipeline: Pipeline, text: str, content: str,
                                            speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker.text
    assert quotes[0].type == "stance"


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor spoke out sharply against the plan.", "the plan"),
    ("She distanced herself from her adviser's remarks.", "her adviser's remarks"),
    ("The farmers rallied behind the striking drivers.", "the striking drivers"),
    ("The minister apologized for the delay.", "the delay"),
])
def test_a_stance_verb_with_a_prepositional_object(quote_pipeline: Pipeline, text: str, content: str) -> None:
    assert [q.text for q in quotes_in(quote_pipeline, text)] == [content]


def test_what_completes_a_prepositional_stance_is_part_of_it(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The senator railed against the lenders for their high fees.")
    assert [q.text for q in quotes] == ["the lenders for their high fees"]


@pytest.mark.parametrize("text", [
    "The mayor took a train to the capital.",
    "The voters cast their ballots at the school.",
    "The team took aim.",
    "She made a cake for the party.",
    "The senator spoke on condition of anonymity.",
])
def test_the_verb_without_its_noun_and_preposition_is_no_cue(quote_pipeline: Pipeline, text: str) -> None:
    assert quotes_in(quote_pipeline, text) == []


def test_idioms_are_read_from_the_lexicon() -> None:
    idioms = load_lexicon().stance_idioms
    assert "at" in idioms["take"]["aim"]
    assert "on" in idioms["cast"]["blame"]  # quoted in the YAML: a bare on would be read as a boolean


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The mayor decried the governor's plan to close the hospitals.",
     "the governor's plan to close the hospitals", "mayor"),
    ("The spokeswoman challenged the claim that the senator had lied.",
     "the claim that the senator had lied", "spokeswoman"),
])
def test_a_stance_toward_another_attribution_is_the_outermost(quote_pipeline: Pipeline, text: str, content: str,
                                                               speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker.text


def test_a_verb_of_saying_still_carries_the_nouns_attribution(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "The senator repeated his claim that the vote was rigged.")
    assert [q.text for q in quotes] == ["that the vote was rigged"]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Critics were quick to condemn the ruling.", "the ruling", "Critics"),
    ("The farmers were slow to endorse the new trade deal.", "the new trade deal", "farmers"),
])
def test_the_infinitive_of_a_predicate_adjective_has_its_verbs_subject(quote_pipeline: Pipeline, text: str,
                                                                        content: str, speaker: str) -> None:
    quotes = quotes_in(quote_pipeline, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker.text
