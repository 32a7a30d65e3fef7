"""Charges said inside reported speech (wave 35, accord.events.quoted_charges): a clause of a quotation or of
indirect speech that evaluates another party negatively (VADER's valence lexicon), says it failed or did a wrong,
is the speaker's ACCUSE (mode criticize) of that party, or of the party owning what is judged. Near-misses: praise,
self-criticism, a question, a prediction, the reporter's own words, a thing judged, a feeling, and a charge an
accusation verb already coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.events.quoted_charges import charge_words, vader_valences
from accord.pipeline import Pipeline
from accord.records import ASSERTED, Event


def _accusations(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published="2024-03-04", id="t").events
            if e.type == "ACCUSE" and e.factuality == ASSERTED]


def _sides(event: Event) -> tuple[str, str]:
    return " ".join(a.name or a.text for a in event.actor), " ".join(a.name or a.text for a in event.recipient)


@pytest.mark.parametrize(("text", "word"), [
    ('"Governor Tom Lindqvist is very weak on border security," Senator Maria Okafor said.', "weak"),
    ("Senator Maria Okafor said Governor Tom Lindqvist failed to protect the pensions of teachers.", "failed"),
    ("Senator Maria Okafor said Governor Tom Lindqvist's policies failed.", "failed"),
    ('"Governor Tom Lindqvist is a weak leader," Senator Maria Okafor told reporters.', "leader"),
    ("Senator Maria Okafor said Governor Tom Lindqvist neglected the state's roads.", "neglected"),
    ('"Governor Tom Lindqvist was wrong about the budget," Senator Maria Okafor said.', "wrong"),
])
def test_a_charge_said_of_another_party_accuses_it(pipeline: Pipeline, text: str, word: str) -> None:
    found = _accusations(pipeline, text)
    assert len(found) == 1
    judge, judged = _sides(found[0])
    assert "Okafor" in judge and "Lindqvist" in judged
    assert found[0].mode == "criticize" and found[0].trigger.text == word


def test_a_quotation_continued_after_its_cue_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = ('"The budget has no plan for schools," Senator Maria Okafor said on Monday. '
            '"Governor Tom Lindqvist lied to the teachers. Governor Tom Lindqvist is incompetent."')
    found = _accusations(pipeline, text)
    assert sorted(e.trigger.text for e in found) == ["incompetent", "lied"]
    assert all("Okafor" in _sides(e)[0] and "Lindqvist" in _sides(e)[1] for e in found)


@pytest.mark.parametrize("text", [
    '"Governor Tom Lindqvist is a great leader," Senator Maria Okafor said.',  # praise
    '"We failed the teachers," Senator Maria Okafor said.',  # self-criticism
    '"Our policies failed," Senator Maria Okafor said.',  # her own side's
    '"Is Governor Tom Lindqvist weak on crime?" Senator Maria Okafor asked.',  # a question
    '"Governor Tom Lindqvist will fail," Senator Maria Okafor said.',  # a prediction
    '"Governor Tom Lindqvist could be weak on crime," Senator Maria Okafor said.',  # a possibility
    "Governor Tom Lindqvist is weak on crime.",  # the reporter's words, no speaker
    '"The weather was terrible," Senator Maria Okafor said.',  # a thing, no party
    '"Governor Tom Lindqvist is sad about the vote," Senator Maria Okafor said.',  # a feeling
    '"Governor Tom Lindqvist is not weak," Senator Maria Okafor said.',  # a charge denied
    "Senator Maria Okafor said the flood victims were desperate.",  # a hardship suffered
])
def test_no_charge_without_a_negative_evaluation_of_another_party(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []


def test_a_charge_already_coded_by_its_verb_is_not_repeated(pipeline: Pipeline) -> None:
    text = "Senator Maria Okafor criticised Governor Tom Lindqvist, saying he was weak on crime."
    assert len(_accusations(pipeline, text)) == 1


def test_the_lexicon_is_vader_below_the_threshold_less_the_states_undergone() -> None:
    valences = vader_valences()
    words = charge_words()
    assert valences["liar"] < 0 < valences["great"]
    assert "weak" in words.negative and "great" not in words.negative
    assert "sad" not in words.negative and "dead" not in words.negative  # felt or suffered, no charge
    assert "botch" in words.blame_verbs and words.mode == "criticize"


@pytest.mark.parametrize("text", [
    # the speaker's words, but no speaker known to the article: nobody to be the accuser
    '"Governor Tom Lindqvist is very weak on border security."',
    "It was said that Governor Tom Lindqvist failed to protect the pensions of teachers.",
])
def test_a_charge_with_no_known_speaker_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _accusations(pipeline, text) if e.trigger.text in ("weak", "failed")]


def test_a_known_speaker_keeps_the_charge_of_a_quotation_in_another_sentence(pipeline: Pipeline) -> None:
    text = ('Senator Maria Okafor spoke at length on Tuesday. "Governor Tom Lindqvist is very weak on border '
            'security," she said.')
    found = [e for e in _accusations(pipeline, text) if e.trigger.text == "weak"]
    assert len(found) == 1 and "Okafor" in _sides(found[0])[0]


@pytest.mark.parametrize("text", [
    # a denied belief raises its negation to the clause: denying a charge or a denied merit charges nobody
    '"I don\'t think Governor Tom Lindqvist is weak on the border," Senator Maria Okafor said.',
    '"I do not believe Governor Tom Lindqvist is not fit for the job," Senator Maria Okafor said.',
])
def test_a_denied_belief_over_a_charge_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert _accusations(pipeline, text) == []


def test_a_denied_belief_in_a_merit_still_accuses(pipeline: Pipeline) -> None:
    text = '"I don\'t think Governor Tom Lindqvist is fit for the job," Senator Maria Okafor said.'
    assert len(_accusations(pipeline, text)) == 1
