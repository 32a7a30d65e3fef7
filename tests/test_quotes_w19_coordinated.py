"""One speaker, two coordinated cues (issue 20), on sentences written for accord: "X told reporters A and said
B", "X claims that A, and asserts that B", "X is noting A and saying B". The parser often hangs the second verb
of speech on the last verb of the first content; PARC still annotates two attributions sharing their source,
each with its own cue and content, the conjunction in neither."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from quote_helpers import assert_spoken_by, quote_holding, quotes_in


@pytest.mark.parametrize("sentence, first, second, cue", [
    ("The mayor told reporters the city never paid the contractor and said the council approved the plan on "
     "its own.", "the city never paid the contractor", "the council approved the plan on its own", "said"),
    ("The senator claims that the agency hides its records from Congress, and asserts that the budget is too "
     "large.", "that the agency hides its records from Congress", "that the budget is too large", "asserts"),
    ("The coach is noting the problems the team had with its defense and saying the players could not handle "
     "the pressure.", "the problems the team had with its defense", "the players could not handle the pressure",
     "saying"),
    ("The governor adds that she has released her tax returns and called on her rivals to do the same.",
     "that she has released her tax returns", "her rivals to do the same", "called on"),
    ("The senator told reporters the bill would pass but insisted that changes were needed.",
     "the bill would pass", "that changes were needed", "insisted"),
])
def test_a_second_cue_hung_inside_the_first_content_is_the_same_speakers(
        quote_pipeline: Pipeline, sentence: str, first: str, second: str, cue: str) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    opening, following = quote_holding(quotes, first), quote_holding(quotes, second)
    assert opening.text == first, opening
    assert following.text == second and following.cue == cue, following
    assert opening.attribution != following.attribution
    for quote in (opening, following):
        assert_spoken_by(quote, sentence.split(" ")[1])


def test_a_pronoun_subject_of_the_content_leaves_the_outer_speaker(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "He says he respects the governor and calls her a capable leader.")
    assert quote_holding(quotes, "respects").text == "he respects the governor"
    assert_spoken_by(quote_holding(quotes, "capable leader"), "He")


@pytest.mark.parametrize("sentence, content", [
    # the second verb has a named subject of its own inside the content: that subject speaks again
    ("Aides said the mayor denied the claim and added that she would stay.",
     "the mayor denied the claim and added that she would stay"),
    # a list of gerunds the parser chained as adjuncts: no second act of saying
    ("This mood could teach graduates that getting ahead means shouting loudly, projecting confidence and "
     "demanding more.", None),
])
def test_no_second_attribution_without_a_shared_speaker(quote_pipeline: Pipeline, sentence: str,
                                                        content: str | None) -> None:
    quotes = quotes_in(quote_pipeline, sentence)
    assert not any(q.cue in ("added", "demanding") for q in quotes), [(q.cue, q.text) for q in quotes]
    if content is not None:
        assert quote_holding(quotes, "denied").text == content


@pytest.mark.parametrize("sentence, first, second, cue", [
    ('Nobody asked about it, so the mayor raised it herself. She called it "shameful" and called on leaders "not '
     'to feed that fear."', 'it "shameful"', "not to feed that fear", "called on"),
    ('At the last debate, he only hinted at his rival by mentioning the need for a wall on the northern border '
     'and adding, "I know who should pay for it."', "the need for a wall on the northern border",
     "I know who should pay for it", "adding"),
])
def test_a_second_cue_hung_on_a_word_of_the_first_content_opens_a_quotation(
        quote_pipeline: Pipeline, sentence: str, first: str, second: str, cue: str) -> None:
    """The parser hangs the second verb on a noun or adjective of the first content: the quotation after it is
    still its content, spoken by the first cue's speaker."""
    quotes = quotes_in(quote_pipeline, sentence)
    opening, following = quote_holding(quotes, first), quote_holding(quotes, second)
    assert opening.text == first, opening
    assert following.cue == cue and following.speaker is not None, following
    assert opening.speaker is not None and following.speaker.text == opening.speaker.text
