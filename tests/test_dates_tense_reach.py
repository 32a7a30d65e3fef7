"""Dates of events from the tense and the shape of their clause (issue 18, wave 21): a time phrase put before
an adverbial clause's subordinator, a participle taking the perfect of the clause it hangs on, a conjunct
sharing the first conjunct's "had", a narrative going on from a sentence told in the past passive, and not
into a relative clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from test_dates_clause_reach import PUBLISHED, date_of, event_on  # published on a Wednesday

# --- a phrase before a subordinator belongs to the main clause ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A year ago, after a chemical attack killed dozens of villagers, the president fired cruise missiles at"
        " the airbase.",
        "A year ago, after a chemical attack killed dozens of people, the president fired 59 cruise missiles at"
        " the airbase.",
    ],
)
def test_a_time_before_the_subordinator_dates_the_main_clause(pipeline: Pipeline, text: str) -> None:
    """An adverbial clause begins with its subordinator ("after", "when"): a time phrase standing before it is
    the main clause's, though the parser hangs it on the adverbial clause's verb."""
    assert date_of(event_on(pipeline, text, "fired")) == ("2020", "year")


# --- a participle takes the perfect of its clause --------------------------------------------------------------


def test_a_participle_of_a_perfect_clause_is_not_the_days_news(pipeline: Pipeline) -> None:
    """"has lately sharpened her tone, *accusing* ...": the accusing is told in the perfect of the clause it
    hangs on — at no day the text gives, not on the publication day."""
    text = ("The ministry spoke on Monday. The governor has lately sharpened her tone towards Canada, "
            "accusing it of harbouring the smugglers.")
    assert date_of(event_on(pipeline, text, "accusing")) == (None, None)


def test_a_perfect_anchored_now_is_the_days_news(pipeline: Pipeline) -> None:
    """"have *now* written a letter ... demanding": "now" anchors the perfect in the day of the report."""
    text = ("The minister refused on Monday. His parents have now written a letter to the minister demanding his "
            "release.")
    assert date_of(event_on(pipeline, text, "demanding")) == (PUBLISHED, "day")


def test_a_conjunct_shares_the_had_of_the_first(pipeline: Pipeline) -> None:
    """"had either surrendered or *been* killed": "been" is the perfect's participle; the second conjunct is in
    the past perfect too, before the time told, like the first."""
    text = "The envoy spoke on Monday. The spokesman said the fighters had either surrendered or been killed."
    assert date_of(event_on(pipeline, text, "surrendered")) == (None, None)
    assert date_of(event_on(pipeline, text, "killed")) == (None, None)


def test_a_conjunct_of_a_past_perfect_report_content_is_before_the_reports_time(pipeline: Pipeline) -> None:
    """"said on Monday that troops had arrested and *been* questioning six men": both conjuncts are told in the
    past perfect, before the saying the report's day dates."""
    text = "The government said on Monday that troops had arrested and been questioning six men."
    assert date_of(event_on(pipeline, text, "arrested")) == (None, None)
    assert date_of(event_on(pipeline, text, "questioning")) == (None, None)


def test_a_report_in_the_simple_past_lends_its_time_to_its_content(pipeline: Pipeline) -> None:
    text = "The government said on Monday that troops arrested six men."
    assert date_of(event_on(pipeline, text, "arrested")) == ("2021-03-08", "day")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy told reporters on Tuesday that the talks had failed because the rebels refused to compromise.",
         "refused"),
        ("The mayor said on Wednesday that the council had collapsed after the governor rejected the budget.",
         "rejected"),
    ],
)
def test_a_clause_under_a_past_perfect_takes_no_time_from_the_report_above(pipeline: Pipeline, text: str,
                                                                          trigger: str) -> None:
    """What goes with a clause told in the past perfect is before the report's day too."""
    assert date_of(event_on(pipeline, text, trigger)) == (None, None)


# --- the narrative goes on from the past passive, not into a relative clause ----------------------------------


def test_a_narrative_goes_on_from_a_sentence_in_the_past_passive(pipeline: Pipeline) -> None:
    """"The activist *was beaten* ... in 2015. Police arrested her attackers ...": a passive in the simple past
    sets the narrative's time as an active verb does."""
    text = "The activist was beaten at a march in Leeds in 2015. Police arrested her attackers at the station."
    assert date_of(event_on(pipeline, text, "arrested")) == ("2015", "year")


def test_a_relative_clause_does_not_go_on_with_the_narrative(pipeline: Pipeline) -> None:
    """"The pilots, *who were engaged in bombing* militants, ...": a clause describing a participant tells
    its background, not the next step of the story the sentence before told."""
    text = ("The German jets were withdrawn from the base last year. The pilots, who were engaged in bombing "
            "militants in Iraq, were moved to Jordan.")
    assert date_of(event_on(pipeline, text, "withdrawn")) == ("2020", "year")
    assert date_of(event_on(pipeline, text, "engaged")) == (None, None)


def test_a_conjunct_of_a_present_clause_does_not_go_on_with_the_narrative(pipeline: Pipeline) -> None:
    """When the parser makes a verb in the past the conjunct of a main clause in the present ("The two men *are*
    the last members of the cell that the ministry has said *kidnapped* ..."), the conjunct is no step of the
    narrative the sentence before told in the past: it does not take that sentence's month."""
    text = ("The militants were captured last month. The two men are the last members of the cell that the ministry "
            "has said kidnapped dozens of aid workers.")
    assert date_of(event_on(pipeline, text, "captured")) == ("2021-02", "month")
    assert date_of(event_on(pipeline, text, "kidnapped")) != ("2021-02", "month")


# --- a stance said in the perfect -------------------------------------------------------------------------------


def test_a_modal_content_of_a_report_in_the_perfect_is_undated(pipeline: Pipeline) -> None:
    """"The prime minister *has said* his government *would* not allow ...": a refusal made by saying, told in
    the perfect past the story's first sentence, was made at a time the text does not give."""
    text = ("Turkey launched an offensive on Saturday. The prime minister has said his government would not allow "
            "a terrorist state on its border.")
    assert date_of(event_on(pipeline, text, "allow")) == (None, None)


def test_a_gerund_takes_the_simple_present_of_its_verb(pipeline: Pipeline) -> None:
    """"The president *laments hosting* the refugees": the gerund has no tense of its own; the simple present of
    the verb it hangs on tells a state or a habit, not the day's news."""
    text = "Refugees arrived in the city on Monday. The president laments hosting the growing number of refugees."
    assert date_of(event_on(pipeline, text, "hosting")) == (None, None)


# --- a weekday of a named week --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy will convene talks on Thursday next week.", "2021-03-18"),
        ("The envoy met the rebels on Monday of last week.", "2021-03-01"),
        ("The envoy will meet the rebels on Friday this week.", "2021-03-12"),
    ],
)
def test_a_weekday_of_a_named_week(pipeline: Pipeline, text: str, expected: str) -> None:
    """"Thursday next week" is the Thursday of the week after the article's (weeks begin on Monday), one day —
    not the Thursday nearest publication and a separate week."""
    found = pipeline.extract(text, published=PUBLISHED).dates
    assert [(d.value, d.granularity) for d in found] == [(expected, "day")]


def test_now_that_opens_a_clause_and_anchors_nothing(pipeline: Pipeline) -> None:
    """"The rebels *have now signed*": the perfect anchored in the day of the report is its news; "*now that* the
    rebels have signed" opens a clause of a state reached, at no day the text gives."""
    news = "The talks began on Monday. The rebels have now signed the ceasefire."
    assert date_of(event_on(pipeline, news, "signed")) == (PUBLISHED, "day")
    background = ("The talks began on Monday. Now that the rebels have signed the ceasefire, aid agencies hope to "
                  "reach the town.")
    assert date_of(event_on(pipeline, background, "signed")) == (None, None)


def test_the_narrative_does_not_go_back_past_a_later_time(pipeline: Pipeline) -> None:
    """"... was expelled to Iran in 2015 and came back to Iraq in 2018. He accused ...": the sentence before named
    a later time after its main clause's, so the story has moved on from the main clause's time; the accusation
    does not go back to 2015, as it does when that sentence names no other time."""
    moved_on = ("The rebel leader was expelled to Iran in 2015 and came back to Iraq in 2018. He accused the Iraqi "
                "president of corruption.")
    assert date_of(event_on(pipeline, moved_on, "accused")) != ("2015", "year")
    stayed = "The rebel leader was expelled to Iran in 2015. He accused the Iraqi president of corruption."
    assert date_of(event_on(pipeline, stayed, "accused")) == ("2015", "year")


def test_a_later_time_the_act_is_placed_before_does_not_move_the_narrative_on(pipeline: Pipeline) -> None:
    """"One mistake on 3 November 2016 almost cost him the city *before its fall last year*. As the army
    advanced, he took up a radio ...": "last year" is what the first act is placed before, not where the
    narrative has gone; the next sentence goes on on 3 November."""
    text = ("One mistake on 3 November 2016 almost cost the rebel leader his city before its fall last year. As "
            "government forces advanced on the city, the rebels shelled the highway.")
    assert date_of(event_on(pipeline, text, "shelled")) == ("2016-11-03", "day")
