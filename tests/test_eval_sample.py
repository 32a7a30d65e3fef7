"""The annotated-article scorer on hand-made cases whose scores are known."""

from __future__ import annotations

from dataclasses import replace
from itertools import count
from typing import Any

from accord.eval.annotation import SampleGold, annotation_problems
from accord.eval.sample import score_sample
from accord.ingest import make_document
from accord.records import Actor, DateRef, Event, Extraction, Place, Quantity, Quote, Span

TEXT = (
    "Kenya and Tanzania signed a border accord on Friday. "
    "Ugandan troops shelled a village near the frontier. "
    "\"We will not give up an inch,\" said Amina Odhiambo."
)
S1 = Span("Kenya and Tanzania signed a border accord on Friday.", 0, 52)
S2 = Span("Ugandan troops shelled a village near the frontier.", 53, 104)

GOLD: dict[str, Any] = {
    "doc": "t.txt",
    "published": "2023-03-10",
    "events": [
        {"required": True, "type": "AGREE", "actor": ["KEN"], "recipient": ["TZA"], "reciprocal": True,
         "date": "2023-03-10", "location": "the frontier", "attributed_to": "Amina Odhiambo",
         "evidence": "Kenya and Tanzania signed a border accord"},
        {"required": True, "type": "ASSAULT", "actor": ["UGA"], "recipient": [], "alternatives": ["COERCE"],
         "evidence": "Ugandan troops shelled a village"},
        {"required": False, "type": "MOBILIZE", "actor": ["UGA"], "recipient": [],
         "evidence": "Ugandan troops shelled a village"},
    ],
    "quotes": [{"required": True, "speaker": "Amina Odhiambo", "direct": True,
                "content_starts": "We will not give up an inch"}],
    "places": [{"text": "the frontier", "country": "UGA"}],
    "dates": [{"text": "Friday", "value": "2023-03-10"}],
    "quantities": [{"value": 1, "unit": "village"}],
}


EVENT_IDS = count(1)


def ev(type_: str, sentence: Span, actors: tuple[str, ...], recipients: tuple[str, ...] = ()) -> Event:
    return Event(id=f"t:e{next(EVENT_IDS)}", type=type_, trigger=Span("x", 0, 1), sentence=sentence,
                 actor=tuple(Actor(c, country=c) for c in actors),
                 recipient=tuple(Actor(c, country=c) for c in recipients))


def extraction(**parts: Any) -> Extraction:
    return Extraction(document=make_document(id="t", text=TEXT, published="2023-03-10"), **parts)


QUOTE = Quote(id="t:q1", text="We will not give up an inch,", start=106, end=134, direct=True, cue="said",
              speaker=Actor("Odhiambo", name="Amina Odhiambo"))
FRIDAY = DateRef("Friday", 45, 51, "2023-03-10", "day")
FRONTIER = Place("the frontier", 90, 102, country="UGA")
AGREED = replace(ev("AGREE", S1, ("KEN",), ("TZA",)), date=FRIDAY, location=FRONTIER,
                 attributed_to=Actor("Odhiambo", name="Amina Odhiambo"))
PERFECT = extraction(
    events=(AGREED, ev("COERCE", S2, ("UGA",))),
    quotes=(QUOTE,),
    places=(FRONTIER,),
    dates=(FRIDAY,),
    quantities=(Quantity("a village", 77, 86, 1.0, "village"),),
)


def test_perfect_prediction_scores_one_everywhere() -> None:
    metrics = score_sample(SampleGold.from_dict(GOLD), PERFECT).metrics()
    assert set(metrics.values()) == {1.0}


def test_found_event_without_its_date_place_or_source_loses_only_those() -> None:
    bare = ev("AGREE", S1, ("KEN",), ("TZA",))
    report = score_sample(SampleGold.from_dict(GOLD), extraction(events=(bare,)))
    assert report.events.matched_gold == 1
    metrics = report.metrics()
    assert metrics["event_dates_accuracy"] == metrics["event_locations_accuracy"] == 0.0
    assert metrics["event_attribution_accuracy"] == 0.0
    assert report.event_attributes["date"] == (0, 1)
    assert report.event_attributes["quantity"] == (0, 0)  # not annotated: not judged
    assert {m["kind"] for m in report.misses} >= {"event date", "event location", "event attributed_to"}


def test_empty_prediction_scores_zero() -> None:
    report = score_sample(SampleGold.from_dict(GOLD), extraction())
    assert set(report.metrics().values()) == {0.0}
    kinds = sorted(m["kind"] for m in report.misses)
    assert kinds == ["date", "event", "event", "place", "quantity", "quote"]


def test_reciprocal_event_may_be_coded_backwards_or_on_one_side() -> None:
    gold = SampleGold.from_dict(GOLD)
    for event in (ev("AGREE", S1, ("TZA",), ("KEN",)), ev("AGREE", S1, ("KEN", "TZA"))):
        assert score_sample(gold, extraction(events=(event,))).events.matched_gold == 1


def test_direction_matters_when_not_reciprocal() -> None:
    gold = SampleGold.from_dict({**GOLD, "events": [{**GOLD["events"][0], "reciprocal": False}]})
    backwards = score_sample(gold, extraction(events=(ev("AGREE", S1, ("TZA",), ("KEN",)),)))
    assert backwards.events.recall == 0.0
    assert backwards.events_unmatched == 0  # right type and sentence: a wrong coding, not a spurious event


def test_one_swapped_country_misses_the_event() -> None:
    report = score_sample(SampleGold.from_dict(GOLD), extraction(events=(ev("AGREE", S1, ("KEN",), ("UGA",)),)))
    assert report.events.recall == 0.0


def test_extra_event_counts_against_precision_and_as_unmatched() -> None:
    extra = ev("PROTEST", S1, ("KEN",))
    report = score_sample(SampleGold.from_dict(GOLD), extraction(events=(*PERFECT.events, extra)))
    assert report.events.recall == 1.0
    assert report.events.precision == 2 / 3
    assert report.events_unmatched == 1


def test_linked_mentions_count_as_one_event() -> None:
    # A headline repeat the coder linked to a found event costs nothing; two linked extras cost one.
    first = replace(AGREED, id="t:e1")
    repeat = replace(ev("AGREE", S2, ("KEN",), ("UGA",)), id="t:e3", cluster="t:e1")
    extra = replace(ev("PROTEST", S1, ("KEN",)), id="t:e4")
    extra_again = replace(ev("PROTEST", S2, ("KEN",)), id="t:e5", cluster="t:e4")
    events = (first, replace(ev("COERCE", S2, ("UGA",)), id="t:e2"), repeat, extra, extra_again)
    report = score_sample(SampleGold.from_dict(GOLD), extraction(events=events))
    assert report.events.recall == 1.0
    assert report.events.precision == 2 / 3
    assert report.events_unmatched == 2  # the two mentions of the extra event are both shown


def test_optional_events_neither_reward_nor_punish() -> None:
    optional = ev("MOBILIZE", S2, ("UGA",))
    report = score_sample(SampleGold.from_dict(GOLD), extraction(events=(*PERFECT.events, optional)))
    assert report.events.precision == 1.0 and report.events.recall == 1.0


def test_one_prediction_cannot_satisfy_two_gold_events() -> None:
    twice = {**GOLD, "events": [GOLD["events"][0], GOLD["events"][0]]}
    report = score_sample(SampleGold.from_dict(twice), extraction(events=(PERFECT.events[0],)))
    assert report.events.matched_gold == 1 and report.events.gold == 2


def test_quote_with_the_wrong_speaker_is_found_but_not_attributed() -> None:
    wrong = replace(QUOTE, speaker=Actor("Ruto"))
    report = score_sample(SampleGold.from_dict(GOLD), extraction(quotes=(wrong,)))
    assert report.quotes.recall == 1.0
    assert report.quotes_speaker.recall == 0.0
    assert report.quotes_direct == (1, 1)
    indirect = score_sample(SampleGold.from_dict(GOLD), extraction(quotes=(replace(QUOTE, direct=False),)))
    assert indirect.quotes_direct == (0, 1)


def test_date_needs_the_right_value_and_place_the_right_country() -> None:
    report = score_sample(SampleGold.from_dict(GOLD), extraction(
        dates=(DateRef("Friday", 45, 51, "2023-03-17", "day"),),
        places=(Place("frontier", 93, 102, country="KEN"),),
    ))
    assert report.dates.recall == 0.0 and report.places.recall == 0.0


def test_reports_add_up() -> None:
    gold = SampleGold.from_dict(GOLD)
    total = score_sample(gold, PERFECT) + score_sample(gold, extraction())
    assert total.documents == 2
    assert total.metrics()["events_recall"] == 0.5


def test_annotation_problems_names_evidence_missing_from_the_text() -> None:
    broken = {**GOLD, "events": [{**GOLD["events"][0], "evidence": "Kenya and Uganda signed"}]}
    problems = annotation_problems(SampleGold.from_dict(broken), TEXT)
    assert problems == ["event evidence not in text: 'Kenya and Uganda signed'"]
    assert annotation_problems(SampleGold.from_dict(GOLD), TEXT) == []


def test_side_left_out_of_the_annotation_is_not_judged() -> None:
    unjudged = {**GOLD, "events": [{"type": "ASSAULT", "actor": ["UGA"], "evidence": "Ugandan troops shelled"}]}
    gold = SampleGold.from_dict(unjudged)
    with_recipient = ev("ASSAULT", S2, ("UGA",), ("KEN",))
    assert score_sample(gold, extraction(events=(with_recipient,))).events.recall == 1.0
    empty_side = SampleGold.from_dict({**unjudged, "events": [{**unjudged["events"][0], "recipient": []}]})
    assert score_sample(empty_side, extraction(events=(with_recipient,))).events.recall == 0.0


def test_non_state_side_matches_by_text() -> None:
    gold = SampleGold.from_dict({**GOLD, "events": [
        {"type": "REQUEST", "actor_text": "African Union", "recipient": ["KEN", "TZA"],
         "evidence": "Kenya and Tanzania signed"}]})
    right = Event(id="t:e", type="REQUEST", trigger=Span("x", 0, 1), sentence=S1,
                  actor=(Actor("the African Union", sector="IGO"),),
                  recipient=(Actor("Kenya", country="KEN"), Actor("Tanzania", country="TZA")))
    wrong = replace(right, actor=(Actor("the United Nations", sector="IGO"),))
    assert score_sample(gold, extraction(events=(right,))).events.recall == 1.0
    assert score_sample(gold, extraction(events=(wrong,))).events.recall == 0.0


def test_the_mention_the_evidence_names_is_the_one_judged() -> None:
    headline = replace(ev("AGREE", S1, ("KEN",), ("TZA",)), trigger=Span("deal", 27, 31))
    body = replace(AGREED, trigger=Span("signed", 19, 25))
    gold = SampleGold.from_dict({**GOLD, "events": [GOLD["events"][0]]})
    report = score_sample(gold, extraction(events=(headline, body)))
    assert report.event_attributes["date"] == (1, 1)
