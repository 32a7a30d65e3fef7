"""Wave 28 senses of threats, warnings and fights, each tried on sentences written for these tests: where the rule
holds and where it does not.

- a threat made needs a side it is made to and a harm held out: the threat *from* or *of* a side told in the
  singular, with neither, is the danger the side poses ("the threat from the militia has grown"); one issued or
  received, one that tells what would be done, one made to or against someone, and threats in the plural stay acts;
- a warning whose clause has a pronoun for its subject tells the warner's act only with a modal of what will or may
  be done ("warned that they would retaliate"); told in the plain present or past ("'It is hurting our schools,' he
  warned") it is a charge or a forecast, and an indefinite subject ("nobody", "no one", "everyone") names no side
  at all; a modal of ability ("cannot carry the state") and an outcome the side undergoes ("could lose the vote")
  tell no act either, while "might expel the ambassador" (a possible act on another party) does;
- a fight, a battle or a clash *about* a matter is a quarrel in words: arms fight over ground, never about it.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _types_on(pipeline: Pipeline, text: str, trigger: str) -> list[str]:
    """The types of the events told by ``trigger``, whatever their factuality."""
    return [e.type for e in pipeline.extract(text, published="2022-05-02").events if e.trigger.text == trigger]


DANGER = [
    ("The senator said the threat from the militia had grown since the summer.", "threat"),
    ("The threat from Iran has become a theme of the campaign.", "threat"),
    ("The village is under threat from the rebels.", "threat"),
    ("The threat from the cartel worried the farmers for years.", "threat"),
    ("The threat of Iran looms over the talks.", "threat"),
]
THREAT_MADE = [
    ("The governor received a threat from the militia.", "threat"),
    ("The prosecutor left the capital after a death threat from a militia commander.", "threat"),
    ("The minister issued a threat to the rebels.", "threat"),
    ("The militia issued a threat against the mayor.", "threat"),
    ("The threat from Moscow to cut off gas worried Kyiv.", "threat"),
    ("The bill passed the Senate despite veto threats from the governor.", "threats"),
    ("Threats from the president to fire the director alarmed his aides.", "Threats"),
]
FORECAST = [
    ("The mayor warned that nobody can win the city without the unions.", "warned"),
    ("The senator warned that everyone loses in a trade war.", "warned"),
    ("\"It is hurting our schools and our families,\" the governor warned.", "warned"),
    ("The governor warned that it is hurting the schools.", "warned"),
]
WARNED_OF_AN_ACT = [
    ("The general warned that they would retaliate against any attack.", "warned"),
    ("The Saudis warned they could sell their bonds if the bill passes.", "warned"),
    ("The minister warned that it might close the border.", "warned"),
    ("The president warned that they are going to strike the rebels.", "warned"),
    ("Moscow warned that anyone who crosses the border will be shot.", "warned"),
    ("The envoy warned that Iran will respond.", "warned"),
]
# A pronoun's clause that tells no act the side will do: a modal of ability, negated ("cannot carry", "could not
# stop") or not ("can reach"), and an outcome that befalls the side ("could lose", "may fail", "going to lose");
# "no one" and "no-one" (split by the tokenizer) name no side, as "nobody" does.
FORECAST_OF_A_FATE = [
    ("The party chairman warned that they cannot carry the state without young voters.", "warned"),
    ("The mayor warned that they could not stop the looters.", "warned"),
    ("The general warned that they can reach the capital within days.", "warned"),
    ("The governor warned that they could lose the vote in the assembly.", "warned"),
    ("The minister warned that they may fail to pass the budget.", "warned"),
    ("The governor warned that they are going to lose the farm vote.", "warned"),
    ("The senator warned that no-one will stop the cartels.", "warned"),
    ("The senator warned that no one will stop the cartels.", "warned"),
]
# ... while a modal of what may be with an act done to another party, and a negated future that holds out the act
# ("would not hesitate to strike"), stay threats.
WARNED_OF_A_POSSIBLE_ACT = [
    ("The minister warned that they might expel the ambassador.", "warned"),
    ("The general warned that they would not hesitate to strike.", "warned"),
]
QUARREL = [
    ("Democrats have been fighting about the budget for months.", "fighting"),
    ("The two senators fought about the bill.", "fought"),
    ("Their fight about money ended the partnership.", "fight"),
    ("The ministers clashed about the budget.", "clashed"),
    ("The two parties battled about the tax plan all week.", "battled"),
]
ARMED = [
    ("The rebels fought the army for the town.", "fought"),
    ("Militants battled troops near the border.", "battled"),
    ("Protesters clashed with police over the law.", "clashed"),
    ("The fight over the town left dozens dead.", "fight"),
]


@pytest.mark.parametrize(("text", "trigger"), DANGER, ids=[t[:45] for t, _ in DANGER])
def test_the_threat_a_side_poses_is_no_threat_made(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "THREATEN" not in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), THREAT_MADE, ids=[t[:45] for t, _ in THREAT_MADE])
def test_a_threat_issued_received_or_aimed_stays_a_threat(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "THREATEN" in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), FORECAST, ids=[t[:45] for t, _ in FORECAST])
def test_a_warning_of_what_is_or_of_what_anyone_will_find_is_no_threat(pipeline: Pipeline, text: str,
                                                                       trigger: str) -> None:
    assert "THREATEN" not in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), WARNED_OF_AN_ACT, ids=[t[:45] for t, _ in WARNED_OF_AN_ACT])
def test_a_warning_of_what_a_side_will_or_may_do_stays_a_threat(pipeline: Pipeline, text: str,
                                                                trigger: str) -> None:
    assert "THREATEN" in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), FORECAST_OF_A_FATE, ids=[t[:45] for t, _ in FORECAST_OF_A_FATE])
def test_a_warning_of_what_a_side_cannot_do_or_will_undergo_is_no_threat(pipeline: Pipeline, text: str,
                                                                         trigger: str) -> None:
    assert "THREATEN" not in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), WARNED_OF_A_POSSIBLE_ACT,
                         ids=[t[:45] for t, _ in WARNED_OF_A_POSSIBLE_ACT])
def test_a_warning_of_an_act_a_side_may_do_to_another_stays_a_threat(pipeline: Pipeline, text: str,
                                                                     trigger: str) -> None:
    assert "THREATEN" in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), QUARREL, ids=[t[:45] for t, _ in QUARREL])
def test_a_fight_about_a_matter_is_a_quarrel(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" not in _types_on(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), ARMED, ids=[t[:45] for t, _ in ARMED])
def test_a_fight_over_ground_or_with_forces_stays_armed(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "ASSAULT" in _types_on(pipeline, text, trigger)
