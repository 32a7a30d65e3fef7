"""Wave 25 (issue 19): in a story set in one country's war whose actors name several countries, a state's body
described without its country takes the one state its sentence and the one before name, not the country the
story is set in. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.country_from_context import NEARBY_COUNTRY, lend_home_country
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2019-05-01")

# A story set in Yemen (its places are there) whose actors name no one country often enough to be its home.
_SETTING = ("Shelling hit two towns in Yemen on Monday, and more fighting was reported in Yemen on Tuesday. "
            "Aid groups said food was running out in Yemen. ")


def _one(actors: list[Actor], text: str) -> Actor:
    return with_text(actors, text)[0]


def test_a_state_named_in_the_sentence_owns_the_government(actors_nlp: Language) -> None:
    # the sentence names Yemen too, but as where the camp is ('inside Yemen'), not as a state that acts
    text = _SETTING + ("Oman has shelled a camp inside Yemen on the third day of a campaign that the government "
                       "says will stop smugglers.")
    government = _one(_actors(actors_nlp, text), "the government")
    assert government.country == "OMN"
    assert government.rule is not None and government.rule.endswith(NEARBY_COUNTRY)


def test_a_place_where_something_happens_names_the_state_when_no_state_is_named(actors_nlp: Language) -> None:
    text = _SETTING + "Students marched in Paris on Saturday. The police said the march had been peaceful."
    police = _one(_actors(actors_nlp, text), "The police")
    assert police.country == "FRA"


def test_a_place_someone_goes_to_says_nothing(actors_nlp: Language) -> None:
    # 'back to Somalia': where they are sent, not whose the officials are; the setting stays
    text = _SETTING + "Officials have begun sending families back to Somalia."
    officials = _one(_actors(actors_nlp, text), "Officials")
    assert officials.country == "YEM"
    assert officials.rule is not None and officials.rule.endswith("setting-country")


def test_the_regime_with_no_state_nearby_keeps_the_setting(actors_nlp: Language) -> None:
    text = _SETTING + "Witnesses said the regime had fired first."
    regime = _one(_actors(actors_nlp, text), "the regime")
    assert regime.country == "YEM"
    assert regime.rule is not None and regime.rule.endswith("setting-country")


def test_the_opposition_keeps_the_setting_whatever_state_is_nearby(resolver: ActorResolver) -> None:
    # an opposition belongs to the war's country, not to the state that backs or fights it
    story = [Actor("Yemen", country="YEM", sector="GOV", kind="country", name="Yemen")]
    opposition = Actor("the opposition", sector="OPP", kind="organisation")
    government = Actor("the government", sector="GOV", kind="organisation")
    lent = lend_home_country([*story, opposition, government], [], frozenset(), setting="YEM",
                             nearby=lambda actor: "OMN", civil_sectors=resolver.kb.civil_state_sectors)
    assert [a.country for a in lent[1:]] == ["YEM", "OMN"]
    assert lent[1].rule is not None and lent[1].rule.endswith("setting-country")


def test_two_states_nearby_leave_the_setting(actors_nlp: Language) -> None:
    # the sentence before names Oman and Saudi Arabia: no one state says whose the government is
    text = _SETTING + "Oman and Saudi Arabia traded accusations over the shelling. The government said it would act."
    government = _one(_actors(actors_nlp, text), "The government")
    assert government.country == "YEM"
    assert government.rule is not None and government.rule.endswith("setting-country")
    # with Oman alone named there, the same government is Oman's: the nearby branch is the one that decided
    text = _SETTING + "Oman made accusations over the shelling. The government said it would act."
    government = _one(_actors(actors_nlp, text), "The government")
    assert government.country == "OMN"
    assert government.rule is not None and government.rule.endswith(NEARBY_COUNTRY)
