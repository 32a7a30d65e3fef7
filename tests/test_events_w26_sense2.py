"""Wave 26 mends of two senses, each tried on sentences written for these tests.

- "seize on/upon" a remark, an issue, a chance or a gaffe is making use of it, no seizure ("upon" reads as "on");
  an armed side that seizes on ground, or on people held, still seizes;
- an attack or an assault told with its price ("a $3 million assault on the mayor", "a multimillion-dollar
  attack on the front-runner"), or money spent attacking someone ("spent $8 million attacking the senator"), is
  a campaign of adverts: criticism (ACCUSE), no blow. A weapon named with the attack ("a $5 million missile
  attack") tells arms whatever the price, and an attack counted, not priced, stays an attack.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _types_on(pipeline: Pipeline, text: str, trigger: str) -> list[str]:
    return [e.type for e in pipeline.extract(text, published="2022-05-02").events if e.trigger.text == trigger]


MADE_USE_OF = [
    ("The candidate seized upon the scandal to raise money.", "seized"),
    ("Democrats seized upon the president's comments.", "seized"),
    ("The senator seized upon the chance and drew crowds.", "seized"),
    ("The issue was seized upon by her rivals.", "seized"),
    ("The governor seized on the mayor's remarks and drew big crowds.", "seized"),
]
SEIZED = [
    ("Troops seized on the town at dawn.", "seized"),
    ("The militia seized upon the airport.", "seized"),
    ("Rebels seized the town.", "seized"),
    # one class of ground for both readings: what can be seized can be seized on
    ("Troops seized on the hill at dawn.", "seized"),
    ("Rebels seized the garrison.", "seized"),
]


@pytest.mark.parametrize(("text", "trigger"), MADE_USE_OF, ids=[t[:45] for t, _ in MADE_USE_OF])
def test_seizing_on_a_remark_or_an_issue_is_no_seizure(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _types_on(pipeline, text, trigger) == []


@pytest.mark.parametrize(("text", "trigger"), SEIZED, ids=[t[:45] for t, _ in SEIZED])
def test_ground_seized_on_by_arms_stays_a_seizure(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _types_on(pipeline, text, trigger) == ["ASSAULT"]


BOUGHT = [
    ("The super PAC laid plans for a multimillion-dollar assault on the governor.", "assault"),
    ("The group is planning a $20 million assault on the governor in the fall.", "assault"),
    ("The committee poured $4 million attacking the mayor.", "attacking"),
    ("The union poured $2 million into attacking the mayor.", "attacking"),
    ("The group spent $10 million attacking the congresswoman.", "attacking"),
]
ARMED = [
    ("Insurgents launched a $5 million missile attack on the base.", "attack"),
    ("Insurgents launched a missile attack on the base.", "attack"),
    ("Gunmen carried out two attacks on the convoy.", "attacks"),
    ("Rebels staged a million attacks on the town.", "attacks"),
    ("The gang stole $2 million attacking the bank.", "attacking"),
    ("The gang stole $2 million while attacking the bank.", "attacking"),  # money taken, not spent
    ("The robbers grabbed $50,000 while attacking the armored van.", "attacking"),
]


@pytest.mark.parametrize(("text", "trigger"), BOUGHT, ids=[t[:45] for t, _ in BOUGHT])
def test_an_attack_bought_with_money_is_criticism(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _types_on(pipeline, text, trigger) == ["ACCUSE"]


@pytest.mark.parametrize(("text", "trigger"), ARMED, ids=[t[:45] for t, _ in ARMED])
def test_an_armed_or_counted_attack_stays_an_assault(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _types_on(pipeline, text, trigger) == ["ASSAULT"]


PASSIVE_MADE_USE_OF = [
    "The issue was seized upon by her rivals.",
    "His remarks were seized on by the opposition.",
]


@pytest.mark.parametrize("text", PASSIVE_MADE_USE_OF, ids=[t[:45] for t in PASSIVE_MADE_USE_OF])
def test_a_passive_seized_upon_is_no_confiscation(pipeline: Pipeline, text: str) -> None:
    """The sense itself, not only the events left after later filters: a bare on/upon with a passive subject
    reads as seizing on it, no COERCE."""
    from accord.events.tables import load_tables
    from accord.events.triggers import Trigger
    from accord.events.valency import sense_by_frame

    tables = load_tables()
    with pipeline.nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]):
        doc = pipeline.nlp(text)
    token = next(t for t in doc if t.lower_ == "seized")
    assert sense_by_frame(Trigger(token, tables.lexicon.verbs["seize"], nominal=False), tables) is None
    assert _types_on(pipeline, text, "seized") == []
