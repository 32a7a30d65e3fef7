"""Wave 25 (issue 19): a group named by a people with no state of its own ('Kurdish forces', 'Baloch
separatists') takes the state it acts in, among those where that people lives (sectors.yaml stateless_peoples):
the one its sentence places it in, else the story's setting, else its home country — never another state.
Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from accord.actors import ActorResolver
from accord.actors.country_from_context import HOMELAND_RULE, PlaceMention, lend_homeland, lent_country
from accord.records import Actor
from actor_helpers import actor_runner, with_text

_actors = actor_runner("2019-05-01")

# A story told from Britain: its actors are mostly British.
_BRITISH = ("The British foreign secretary spoke to MPs on Monday. The Home Office said on Tuesday that British "
            "police had arrested a man. A British minister said London would review the case. ")


def _one(actors: list[Actor], text: str) -> Actor:
    return with_text(actors, text)[0]


def test_the_place_in_the_sentence_gives_the_state(actors_nlp: Language) -> None:
    text = _BRITISH + "A convoy was ambushed in northern Iraq by Kurdish forces on Sunday."
    forces = _one(_actors(actors_nlp, text), "Kurdish forces")
    assert forces.country == "IRQ"
    assert forces.sector == "REB"
    assert forces.rule is not None and forces.rule.endswith(HOMELAND_RULE)


def test_a_story_from_elsewhere_lends_no_state_the_people_does_not_live_in(actors_nlp: Language) -> None:
    # the story's home is Britain, but Kurdish fighters are not British; the sentence names no place
    text = _BRITISH + "He had volunteered to join Kurdish fighters two years ago, his lawyer said."
    fighters = _one(_actors(actors_nlp, text), "Kurdish fighters")
    assert fighters.country is None


def test_a_place_in_a_relative_clause_about_another_noun_says_nothing(actors_nlp: Language) -> None:
    text = ("Fighting went on in Syria on Monday. Shells fell on two villages in Syria. The minister calls the "
            "Kurdish militia an offshoot of a movement which has waged a long revolt in Turkey.")
    militia = _one(_actors(actors_nlp, text), "the Kurdish militia")
    assert militia.country == "SYR"


def test_a_possessive_is_whose_not_where(actors_nlp: Language) -> None:
    text = ("Fighting went on in Syria on Monday. Shells fell on two villages in Syria. "
            "Residents said they had lived in fear of the Kurdish militias and would welcome Turkey's help.")
    militias = _one(_actors(actors_nlp, text), "the Kurdish militias")
    assert militias.country == "SYR"


def test_a_country_the_phrase_gives_is_kept(actors_nlp: Language) -> None:
    text = _BRITISH + "Iraqi Kurdish fighters were seen in Syria last week."
    fighters = _one(_actors(actors_nlp, text), "Iraqi Kurdish fighters")
    assert fighters.country == "IRQ"


def _group(text: str, sector: str = "REB", country: str | None = None, rule: str = "sector-word") -> Actor:
    return Actor(text, None, country, sector, None, "group", 100, 100 + len(text), rule)


_HOMELANDS = {"kurdish": frozenset({"TUR", "SYR", "IRQ", "IRN"}), "baloch": frozenset({"PAK", "IRN", "AFG"})}


_lent = lent_country  # the real predicate: any part of the rule a lender's mark


def test_a_located_place_wins_over_another_the_sentence_names() -> None:
    # 'Turkish troops crossed from Turkey ... to attack Kurdish forces in Afrin' (places: TUR, and SYR located)
    places = [(0, 300, [PlaceMention(10, "TUR", False, None), PlaceMention(150, "SYR", True, None)])]
    [forces] = lend_homeland([_group("Kurdish forces")], _HOMELANDS, places, None, None, _lent)
    assert forces.country == "SYR"


def test_setting_then_home_only_among_the_peoples_states() -> None:
    [a] = lend_homeland([_group("Baloch separatists")], _HOMELANDS, [], "PAK", "GBR", _lent)
    assert a.country == "PAK"
    [b] = lend_homeland([_group("Baloch separatists")], _HOMELANDS, [], "SYR", "IRN", _lent)
    assert b.country == "IRN"
    lent_elsewhere = _group("Baloch separatists", country="GBR", rule="sector-word+home-country")
    [c] = lend_homeland([lent_elsewhere], _HOMELANDS, [], None, "GBR", _lent)
    assert c.country is None and c.rule is not None and c.rule.endswith(HOMELAND_RULE)


def test_civilians_and_named_groups_are_left_alone() -> None:
    residents = _group("Kurdish residents", sector="CVL")
    named = Actor("the Kurdish militia YPG", "YPG", "SYR", "REB", None, "organisation", 0, 20, "kb")
    out = lend_homeland([residents, named], _HOMELANDS, [], "TUR", None, _lent)
    assert out == [residents, named]


def test_lookup_explains_the_homeland_rule() -> None:
    notes = ActorResolver.load().explain("Kurdish forces", None)["notes"]
    assert any("IRN, IRQ, SYR, TUR" in note and "(homeland)" in note for note in notes)


def test_a_lent_country_of_the_peoples_own_stays_when_nothing_says_another() -> None:
    lent = _group("Kurdish officials", sector="GOV", country="TUR", rule="sector-word+sentence-place")
    [officials] = lend_homeland([lent], _HOMELANDS, [], None, None, _lent)
    assert officials.country == "TUR"
