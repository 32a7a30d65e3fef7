"""Wave 19 (actors at real-news scale): a description set beside a name, or predicated of it, is the named actor;
a noun for a group's armed struggle names the group only where the clause makes it act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2018-02-01")


@pytest.mark.parametrize(("text", "description", "name", "country", "sector"), [
    # the parser may hang the apposition on the noun the preposition's phrase depends on ('positions')
    ("Turkish jets bombed positions of the PKK, an outlawed militant group that has battled the state.",
     "an outlawed militant group", "Kurdistan Workers' Party", "TUR", "REB"),
    ("Sergey Lavrov, Russia's top diplomat, met the envoy in Geneva.",
     "Russia's top diplomat", "Sergey Lavrov", "RUS", "GOV"),
    ("The peshmerga, the army of Iraqi Kurdistan fighting Isis in the north, took the town on Sunday.",
     "the army of Iraqi Kurdistan fighting Isis in the north", "Peshmerga", "IRQ", "MIL"),
])
def test_an_apposed_description_is_the_named_actor(actors_nlp: Language, text: str, description: str,
                                                   name: str, country: str | None, sector: str) -> None:
    found = only_with_text(_actors(actors_nlp, text), description)
    assert (found.name, found.country, found.sector) == (name, country, sector)


def test_a_persons_description_naming_a_body_keeps_the_body(actors_nlp: Language) -> None:
    """Annotators mark the body a person's description names ('the leader of the Islamic State group') as a
    mention of its own: its name stays the description's, the person's name stays at the person's."""
    text = "Abu Bakr al-Baghdadi, the leader of the Islamic State group, was seen in the town."
    found = only_with_text(_actors(actors_nlp, text), "the leader of the Islamic State group")
    assert (found.name, found.country, found.sector) == ("Islamic State", None, "REB")


def test_a_copula_predicates_the_named_actor(actors_nlp: Language) -> None:
    text = ("Fighting went on in Syria. Ankara says the YPG is a terrorist organisation that threatens its "
            "borders.")
    found = only_with_text(_actors(actors_nlp, text), "a terrorist organisation")
    assert (found.name, found.country, found.sector) == ("People's Protection Units", "SYR", "REB")


def test_a_name_the_text_alone_placed_lends_nothing(actors_nlp: Language) -> None:
    """'Harbour Light, a charity': the description says what the unknown name is, not the other way round."""
    actors = _actors(actors_nlp, "Ruth Okafor, a local official, said the river had risen.")
    assert not any((a.rule or "").endswith("apposed-to-name") for a in actors)


@pytest.mark.parametrize("text", [
    "The separatists have waged a long insurgency against the government of Mali.",
    "Anger in the province has grown into unrest, even insurgency.",
    "The rebels fought an insurgency in the mountains for a decade.",
])
def test_an_insurgency_waged_is_no_actor(actors_nlp: Language, text: str) -> None:
    assert not [a for a in _actors(actors_nlp, text) if "insurgenc" in a.text]


@pytest.mark.parametrize(("text", "mention"), [
    ("The insurgency claimed the bombing in the capital.", "The insurgency"),
    ("The town was overrun by the insurgency last year.", "the insurgency"),
])
def test_an_insurgency_that_acts_is_the_group(actors_nlp: Language, text: str, mention: str) -> None:
    assert only_with_text(_actors(actors_nlp, text), mention).sector == "REB"


@pytest.mark.parametrize(("text", "description", "name", "country"), [
    ("Troops took the town from Islamic State, the terror group's last stronghold in the east, on Thursday.",
     "the terror group", "Islamic State", None),
    ("Fighting went on in Syria. Hamas fired rockets at Israel. The terrorist group has ruled Gaza since 2007.",
     "The terrorist group", "Hamas", "PSE"),
])
def test_a_group_named_by_how_it_fights_is_the_group_last_named(actors_nlp: Language, text: str, description: str,
                                                                name: str, country: str | None) -> None:
    found = only_with_text(_actors(actors_nlp, text), description)
    assert (found.name, found.country, found.sector) == (name, country, "REB")


def test_a_pronoun_lends_no_description(actors_nlp: Language) -> None:
    """'they are members of the cell': what the pronoun names is coreference's guess; the description keeps
    what its own words say."""
    text = "The State Department said on Monday that they are members of the Islamic State cell."
    found = [a for a in _actors(actors_nlp, text) if a.text.startswith("members")]
    assert found and all(a.name == "Islamic State" and a.sector == "REB" for a in found)


@pytest.mark.parametrize(("text", "mention", "name", "country", "sector"), [
    ("Hamas fired rockets at Israel. Two members were killed in the strike. The remaining members fled.",
     "The remaining members", "Hamas", "PSE", "REB"),
    ("The UN Security Council met on Friday. The permanent members could not agree on a text.",
     "The permanent members", "United Nations Security Council", None, "IGO"),
])
def test_members_belong_to_the_body_last_named(actors_nlp: Language, text: str, mention: str, name: str,
                                               country: str | None, sector: str) -> None:
    found = only_with_text(_actors(actors_nlp, text), mention)
    assert (found.name, found.country, found.sector) == (name, country, sector)


def test_members_with_no_body_named_near_keep_the_weak_word(actors_nlp: Language) -> None:
    found = only_with_text(_actors(actors_nlp, "Members said the bill would pass on Monday."), "Members")
    assert (found.name, found.sector) == (None, "GOV")


def test_a_list_read_as_an_apposition_lends_nothing(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Turkey fought the PKK, the rebels in the south and the army of Syria.")
    assert not any((a.rule or "").endswith("apposed-to-name") for a in actors)


def test_a_list_after_the_apposition_lends_nothing(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Turkey fought the PKK, the rebels and the army of Syria.")
    assert not any((a.rule or "").endswith("apposed-to-name") for a in actors)



@pytest.mark.parametrize(("text", "description", "country", "name"), [
    # a description naming its own nationality describes no bearer of another country
    ("Erdogan spoke by phone with Vladimir Putin, a Turkish presidential source said on Monday.",
     "a Turkish presidential source", "TUR", "Turkey"),
    # a plural description describes no one person
    ("Diplomats met Bashar al-Assad, the men who run the country, in Damascus.", "the men", None, None),
])
def test_a_description_that_cannot_be_its_neighbour_keeps_its_own_reading(
        actors_nlp: Language, text: str, description: str, country: str | None, name: str | None) -> None:
    found = only_with_text(_actors(actors_nlp, text), description)
    assert (found.country, found.name) == (country, name)


@pytest.mark.parametrize(("follow_up", "name"), [
    ("Two other members were questioned.", "Islamic State"),
    ("Seven family members were questioned.", None),  # the compound names their group: a family's
])
def test_members_whose_own_words_name_their_group_belong_to_no_body_named_before(
        actors_nlp: Language, follow_up: str, name: str | None) -> None:
    text = f"Police arrested an Islamic State commander in Paris on Monday. {follow_up}"
    found = only_with_text(_actors(actors_nlp, text), follow_up.split(" were")[0])
    assert found.name == name
