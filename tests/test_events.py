"""Event coder: ontology tables, the coding cases in tests/fixtures/events, mention linking, the dev floor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from accord.events.tables import load_tables, parse_entry
from accord.pipeline import Pipeline
from accord.records import Event

CASES_FILE = Path(__file__).parent / "fixtures" / "events" / "cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))

DESIGN_SCORES = {"AGREE": 4.2, "CONSULT": 2.1, "SUPPORT": 4.6, "CONCEDE": 5.0, "COOPERATE": 6.8, "AID": 7.4,
                 "RETREAT": 7.6, "REQUEST": -5.0, "ACCUSE": -2.0, "REJECT": -4.2, "THREATEN": -5.1,
                 "PROTEST": -6.6, "SANCTION": -5.2, "MOBILIZE": -5.3, "COERCE": -7.2, "ASSAULT": -9.3}


def test_ontology_has_the_sixteen_types_with_design_scores() -> None:
    ontology = load_tables().ontology
    assert {t: i.score for t, i in ontology.types.items()} == DESIGN_SCORES
    for info in ontology.types.values():
        cooperative = info.score > 0
        assert info.quad.endswith("cooperation") == cooperative
        assert info.quad.startswith("material") == (info.name in {"COOPERATE", "AID", "RETREAT", "PROTEST",
                                                                  "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
    assert ontology.info("FIGHT").name == "ASSAULT"  # legacy names resolve


def test_every_trigger_codes_a_known_type_and_a_cameo_code_of_that_family() -> None:
    tables = load_tables()
    lexicon, ontology = tables.lexicon, tables.ontology
    entries = [*lexicon.verbs.values(), *lexicon.verb_pairs.values(), *lexicon.nouns.values(),
               *lexicon.noun_pairs.values()]
    assert len(entries) > 300
    for entry in entries:
        assert entry.type in ontology.types, entry
        assert entry.cameo.isdigit() and 3 <= len(entry.cameo) <= 4, entry


def test_entry_syntax() -> None:
    entry = parse_entry("receive", "COOPERATE 060 military @military,economic topic inverse")
    assert (entry.type, entry.cameo, entry.mode) == ("COOPERATE", "060", "military")
    assert entry.contexts == ("military", "economic") and entry.topic and entry.inverse


def _countries(actors: tuple[Any, ...]) -> set[str]:
    return {a.country for a in actors if a.country}


def _matches(expected: dict[str, Any], event: Event) -> bool:
    if event.type != expected["type"]:
        return False
    actor, recipient = _countries(event.actor), _countries(event.recipient)
    want_actor, want_recipient = set(expected.get("actor", [])), set(expected.get("recipient", []))
    if expected.get("reciprocal"):
        if not event.reciprocal or actor | recipient != want_actor | want_recipient:
            return False
    elif not (want_actor <= actor and want_recipient <= recipient):
        return False
    if "recipient_text" in expected and not any(expected["recipient_text"] in a.text for a in event.recipient):
        return False
    if "negated" in expected and event.negated != expected["negated"]:
        return False
    # an expected event is asserted unless the case says how it is told
    told = expected.get("factuality", "negated" if expected.get("negated") else "asserted")
    if event.factuality != told:
        return False
    attributed = expected.get("attributed")
    return not attributed or (event.attributed_to is not None and attributed in event.attributed_to.text)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_coding_case(pipeline: Pipeline, case: dict[str, Any]) -> None:
    events = pipeline.extract(case["text"], published="2024-03-04", id="case").events
    described = [(e.type, sorted(_countries(e.actor)), sorted(_countries(e.recipient)), e.reciprocal, e.factuality)
                 for e in events]
    for expected in case["events"]:
        assert any(_matches(expected, e) for e in events), f"{expected} not in {described}"
    for absent in case.get("absent", []):  # not among the events the text asserts (default output)
        assert all(e.type != absent or not e.asserted for e in events), f"{absent} coded: {described}"
    if "count" in case:
        assert len(events) == case["count"], described


def test_event_record_carries_the_contract(pipeline: Pipeline) -> None:
    text = "Kenya and Uganda signed a border security agreement on Tuesday."
    event = pipeline.extract(text, published="2024-03-07", id="doc-9").events[0]
    assert event.id == "doc-9:e1"
    assert (event.cameo, event.score, event.quad) == ("057", 8.0, "verbal_cooperation")  # Goldstein of 057
    assert text[event.trigger.start:event.trigger.end] == event.trigger.text == "signed"
    assert text[event.sentence.start:event.sentence.end] == event.sentence.text
    assert event.date is not None and event.date.value == "2024-03-05"
    assert 0.0 < event.confidence <= 1.0
    assert set(event.to_dict()) >= {"id", "type", "mode", "context", "cameo", "score", "quad", "actor",
                                    "recipient", "negated", "attributed_to", "date", "location", "quantities",
                                    "trigger", "sentence", "confidence", "cluster", "factuality", "reported"}
    assert (event.factuality, event.to_dict()["reported"], event.negated) == ("asserted", False, False)


def test_repeated_mentions_are_linked(pipeline: Pipeline) -> None:
    text = ("Brazil and Argentina signed a trade deal on Monday. Officials said Brazil and Argentina signed "
            "the deal after long negotiations.")
    events = [e for e in pipeline.extract(text, published="2024-03-05", id="d").events if e.type == "AGREE"]
    assert len(events) == 2
    first, second = events
    assert first.cluster is None and second.cluster == first.id


def test_distinct_events_are_not_linked(pipeline: Pipeline) -> None:
    text = "Brazil signed a trade deal with Argentina. Chile attacked Peru."
    events = pipeline.extract(text, published="2024-03-05", id="d").events
    assert events and all(e.cluster is None for e in events)


# Floors measured on ../shared (2026-11-25: type F1 0.855, full F1 0.679, sample 10/10 with 1 unmatched).
# Raise them as the coder improves; lowering one needs a stated reason.
DEV_TYPE_F1_FLOOR = 0.84
# Briefly lowered to 0.665 when the factuality layer made a narrator's "X plans to impose" a future act (PLOVER's
# gold: THREATEN); back at 0.67 once the argument and actor layers landed (2026-12-02: full F1 0.68, 108/161).
DEV_FULL_F1_FLOOR = 0.67


@pytest.mark.parametrize("text", [
    "Egyptian mediators met each delegation in turn on Sunday.",
    "The Kenyan president welcomed the visiting envoys at State House.",
    "Japan's foreign minister held talks with his counterpart on Friday.",
])
def test_a_visiting_party_is_not_taken_for_the_host_country(pipeline: Pipeline, text: str) -> None:
    """The one country a sentence names is not lent to a party that came from elsewhere."""
    events = pipeline.extract(text, published="2024-03-04", id="case").events
    assert events, text
    for event in events:
        hosts = _countries(event.actor)
        assert hosts and not hosts & _countries(event.recipient), (event.actor, event.recipient)


def test_an_unnamed_domestic_group_still_takes_the_country(pipeline: Pipeline) -> None:
    events = pipeline.extract("Nigerian police arrested dozens of students in Lagos.", published="2024-03-04",
                              id="case").events
    assert any("NGA" in _countries(e.recipient) for e in events), [(e.actor, e.recipient) for e in events]


def test_dev_set_floors(pipeline: Pipeline, shared_dir: Path) -> None:
    from accord.eval.plover import load_plover_gold, score_plover

    records = load_plover_gold(shared_dir / "eval" / "plover_gsr_dev.jsonl")
    report = score_plover(records, [pipeline.extract(r.text, id=r.id).events for r in records])
    assert report.event_type.f1 >= DEV_TYPE_F1_FLOOR
    assert report.full.f1 >= DEV_FULL_F1_FLOOR


def test_sample_article_required_events(pipeline: Pipeline, shared_dir: Path) -> None:
    from accord.eval.annotation import load_sample_gold
    from accord.eval.sample import score_sample

    gold = load_sample_gold(shared_dir / "samples" / "summit-2021-12-06.gold.json")
    text = (shared_dir / "samples" / "summit-2021-12-06.txt").read_text(encoding="utf-8")
    figures = score_sample(gold, pipeline.extract(text, published="2021-12-06", id="summit")).to_dict()["events"]
    assert figures["matched_gold"] == figures["gold"]
    assert figures["unmatched_predicted"] <= 5


def _typed_lines() -> list[tuple[str, str]]:
    path = CASES_FILE.parent / "one_per_type.txt"
    rows = [line.split("|", 1) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(kind, text) for kind, text in rows]


def test_every_type_is_coded_from_plain_sentences(pipeline: Pipeline) -> None:
    lines = _typed_lines()
    assert {kind for kind, _ in lines} == set(DESIGN_SCORES)
    missed = [(kind, text) for kind, text in lines
              if not any(e.type == kind for e in pipeline.extract(text, published="2024-01-01").events)]
    assert len(missed) <= len(lines) // 10, missed
