"""Wave 34, branch w34-actors (issue 19): a person's own campaign is named by the person ('the Sanders campaign',
"Trump's campaign", 'her campaign'), one organisation whatever phrase names it. Phrases and sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actors_in


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Hillary Clinton campaign", "Hillary Clinton campaign"),
    ("Donald Trump's campaign", "Donald Trump campaign"),
    ("the Ted Cruz campaign", "Ted Cruz campaign"),
])
def test_a_persons_own_campaign_is_named_by_the_person(resolver: ActorResolver, phrase: str, name: str) -> None:
    found = resolver.resolve(phrase, "2016-03-01")
    assert found is not None
    assert (found.actor.name, found.actor.country, found.actor.sector, found.actor.kind) == (
        name, "USA", "PTY", "organisation")


def test_a_campaign_by_surname_after_the_full_name_is_that_persons(actors_nlp: Language) -> None:
    text = ("Senator Ted Cruz spoke in Iowa on Monday. "
            "The Cruz campaign said it had raised more money than expected.")
    found = [a for a in actors_in(actors_nlp, text, "2016-01-20") if a.text.endswith("Cruz campaign")]
    assert found and found[0].name == "Ted Cruz campaign", [(a.text, a.name) for a in found]
    assert (found[0].country, found[0].sector) == ("USA", "PTY")


def test_a_possessive_pronouns_campaign_is_the_persons_campaign(actors_nlp: Language) -> None:
    text = "Hillary Clinton met donors in Ohio, and her campaign said it raised money."
    found = [a for a in actors_in(actors_nlp, text, "2016-03-01") if a.text == "her campaign"]
    assert found and (found[0].name, found[0].country, found[0].sector, found[0].kind) == (
        "Hillary Clinton campaign", "USA", "PTY", "organisation"), found


def test_a_campaign_a_word_before_it_describes_is_no_persons_body(actors_nlp: Language) -> None:
    text = "Senator Ted Cruz praised his military campaign plan and his bombing campaign in the speech."
    found = actors_in(actors_nlp, text, "2016-03-01")
    assert not [a for a in found if a.name and a.name.endswith("campaign")], [(a.text, a.name) for a in found]
