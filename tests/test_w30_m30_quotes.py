"""Mends to the passive verb of judging with its grounds (branch m30-quotes), on sentences written for accord: a
judgement denied is none made; the source is the by-agent alone, never a subject borrowed from a coordinated
clause; the one judged is an actor, a person or a body (not "the phone was charged with a solar panel")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes import adjectives, reported
from accord.quotes.lexicon import load_lexicon
from accord.records import Quote
from quote_helpers import assert_spoken_by, quote_holding, quotes_in

OPENING = "The county council met on Tuesday. "


def _shown(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.cue) for q in found]


def test_a_judgement_denied_is_no_charge(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The ferry clerk was not accused of taking bribes.")
    assert not [q for q in found if "taking bribes" in q.text], _shown(found)


def test_an_affirmed_judgement_is_still_a_charge(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The ferry clerk was accused of taking bribes.")
    assert "The ferry clerk was accused of taking bribes" in [q.text for q in found], _shown(found)


def test_a_coordinated_clause_lends_no_source(quote_pipeline: Pipeline) -> None:
    sentence = "The rowing crew lost the final, and their coach was blamed for the defeat."
    found = [q for q in quotes_in(quote_pipeline, OPENING + sentence) if "blamed" in (q.cue or "")]
    assert found and all(q.speaker is None or "crew" not in (q.speaker.text or "") for q in found), \
        [(q.text, q.cue, q.speaker) for q in found]


def test_the_agent_stays_the_source(quote_pipeline: Pipeline) -> None:
    sentence = "Their coach was blamed by the parents for the defeat."
    quote = quote_holding(quotes_in(quote_pipeline, OPENING + sentence), "blamed by the parents for the defeat")
    assert_spoken_by(quote, "parents")


def test_a_thing_charged_is_no_one_judged(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The spare battery was charged with a small solar panel.")
    assert not [q for q in found if q.cue and "charged" in q.cue], _shown(found)


@pytest.mark.parametrize("sentence, content", [
    ("Senator Ruth Okafor was charged with perjury.", "Senator Ruth Okafor was charged with perjury"),
    ("The ferry clerk was charged with falsifying the manifests.",
     "The ferry clerk was charged with falsifying the manifests"),
])
def test_someone_charged_is_judged(quote_pipeline: Pipeline, sentence: str, content: str) -> None:
    found = quotes_in(quote_pipeline, OPENING + sentence)
    assert content in [q.text for q in found], _shown(found)


def test_other_verbs_of_judging_judge_things_too(quote_pipeline: Pipeline) -> None:
    found = quotes_in(quote_pipeline, OPENING + "The new bus timetable was criticized for its gaps.")
    assert "The new bus timetable was criticized for its gaps" in [q.text for q in found], \
        _shown(found)


def test_the_verbs_judging_only_actors_are_data() -> None:
    lexicon = load_lexicon()
    assert "charge" in lexicon.actors_judged and "criticize" not in lexicon.actors_judged


def test_one_list_of_expletives() -> None:
    assert vars(reported)["EXPLETIVES"] is adjectives.EXPLETIVES and {"it", "there"} <= adjectives.EXPLETIVES
