"""Modifiers are not heads: a name before '-backed', '-led', '-made', '-funded' says who backs, leads or made
the thing named, not whose it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner

_actors = actor_runner("2019-03-01")


@pytest.mark.parametrize("phrase", ["a Turkish-backed militia", "the Iranian-funded militias",
                                    "US-trained commandos", "a Russian-armed militia"])
def test_a_backers_name_gives_no_country(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None and found.actor.country is None and found.actor.sector is not None


def test_the_named_group_after_its_backers_is_the_actor(resolver: ActorResolver) -> None:
    found = resolver.resolve("the US-backed, Kurdish-led SDF", date="2019-03-01")
    assert found is not None and found.actor.name == "Syrian Democratic Forces" and found.actor.country == "SYR"


def test_nationality_adjectives_still_give_the_country(resolver: ActorResolver) -> None:
    found = resolver.resolve("Syrian troops", date="2019-03-01")
    assert found is not None and (found.actor.country, found.actor.sector) == ("SYR", "MIL")


def test_in_a_sentence_the_modifier_gives_no_country_and_is_a_mention_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The US-backed, Kurdish-led SDF said it had taken the town from the militants.")
    sdf = [a for a in actors if a.text.endswith("SDF")]
    assert sdf and sdf[0].country == "SYR" and sdf[0].sector == "REB"
    # the backer is an actor of its own, at its own word, and heads nothing longer
    assert [(a.text, a.sector) for a in actors if a.country == "USA"] == [("US", "GOV")]


def test_a_possessed_mention_is_left_to_its_owner(actors_nlp: Language) -> None:
    text = ("Chile said on Monday it would withdraw its troops from the border. Chilean officials said Chilean "
            "ministers had agreed.")
    troops = [a for a in _actors(actors_nlp, text) if a.text == "its troops"]
    assert troops and troops[0].rule is not None and "home-country" not in troops[0].rule
