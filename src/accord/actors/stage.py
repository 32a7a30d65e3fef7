"""The spaCy stage ``accord_actors_v1``: writes ``doc._.accord_actors`` (every actor mention, in order)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from accord.actors.dating import record_dated_people
from accord.actors.mentions import MentionFinder
from accord.actors.resolver import ActorResolver
from accord.blackboard import ACTORS, ACTORS_STAGE, PUBLISHED, Stage, assigns, requires
from accord.records import Actor


class _Options(Protocol):
    actor_files: tuple[str, ...]


class ActorStage(Stage):
    """Loads the knowledge base once per pipeline; ``configure`` layers the user's actor files on top."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._files: tuple[str, ...] = ()
        self._finder = MentionFinder(ActorResolver.load())

    def use_place_country(self, place_country: Callable[[str], str | None]) -> None:
        """The gazetteer's country of a town or region by its name, for stories set at home and bodies named
        after their town; handed in by whoever builds the pipeline, as the places package reads the actors'
        knowledge base and so cannot be imported from here."""
        self._finder = MentionFinder(self._finder.resolver, place_country)

    def configure(self, options: _Options) -> None:
        """Layer the user's actor files (``options.actor_files``) over the shipped data; reloads only on change."""
        files = tuple(options.actor_files)
        if files != self._files:
            self._finder = MentionFinder(ActorResolver.load(files), self._finder.place_country)
            self._files = files

    @property
    def resolver(self) -> ActorResolver:
        return self._finder.resolver

    def __call__(self, doc: Doc) -> Doc:
        found = self._finder.find(doc, PUBLISHED.get(doc))
        ACTORS.set(doc, with_state(found, self._finder.kb.state_sectors))
        record_dated_people(doc, found, self._finder.kb)  # for the offices held at the events' own dates
        return doc


def with_state(actors: list[Actor], state_sectors: frozenset[str]) -> list[Actor]:
    """Each actor marked as a state actor or not by its final sector (left None while the sector is unknown),
    so that a 'state actors only' view of dyads needs no second lookup."""
    return [actor if actor.sector is None else replace(actor, state=actor.sector in state_sectors)
            for actor in actors]


@Language.factory(ACTORS_STAGE, requires=requires(ACTORS_STAGE), assigns=assigns(ACTORS_STAGE))
def make_actor_stage(nlp: Language, name: str) -> Any:
    return ActorStage(nlp, name)
