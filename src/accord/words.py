"""Closed-class English words that more than one stage reads, from ``data/words.yaml``: pronouns by what they
can stand for, the prepositions that say where, compass words, and the words a description of a person is read
with (abbreviated titles, modifiers that do not tell who is meant). Each list lives there once; a stage takes
the classes its question needs (the prepositions and relative adverbs that tie a time or a place to an event
are read by the dates and places packages)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from accord.errors import ConfigError
from accord.packaged import read_packaged_yaml

PRONOUN_KINDS = ("person", "group", "first_plural", "first_singular")
CASES = ("subject", "object", "possessive")


@dataclass(frozen=True, slots=True)
class Words:
    pronoun_classes: dict[tuple[str, str], frozenset[str]]  # (kind, case) -> pronouns
    locative_prepositions: frozenset[str]  # in, at, near ...: where something is
    site_prepositions: frozenset[str]  # on, into, over ...: where an event happened, or a party
    predicative_prepositions: frozenset[str]  # as, like: a role or likeness of the subject, not an object
    object_control_prepositions: frozenset[str]  # of, for ...: "accused X of grabbing her": X grabbed
    prepositional_participles: frozenset[str]  # according, including ...: a participle used as a preposition
    compass_adjectives: frozenset[str]  # eastern, northern ...
    compass_points: frozenset[str]  # north, south, east, west
    intercardinal_points: frozenset[str]  # northeast ...
    relative_positions: frozenset[str]  # upper, lower
    ordering_time_prepositions: frozenset[str]  # before, after, by ...: a time the event is before or after
    relative_time_adverbs: frozenset[str]  # when: a relative clause describing a time
    relative_place_adverbs: frozenset[str]  # where: a relative clause describing a place
    simultaneity_marks: frozenset[str]  # when, while, as: a clause of the same time and place
    parts_of_day: frozenset[str]  # dawn, midnight ...: a time within a day a date can name the day of
    title_abbreviations: dict[str, str]  # "sen." -> "senator": what an abbreviated title describes a person as
    vague_modifiers: frozenset[str]  # former, new ...: "the former senator" is still the senator
    honorifics: frozenset[str]  # mr, dr ...: before a person's name, no part of it
    name_suffixes: frozenset[str]  # jr, iii ...: after a person's name, no part of it (no full stop)
    name_particles: frozenset[str]  # bin, von, al ...: part of a surname, lower case
    conditional_marks: frozenset[str]  # if, unless, whether: a clause they open tells what may be, not what is
    lower_case_objects: frozenset[str]  # us: an object pronoun only as written in lower case ("US" is the country)

    def pronouns(self, kinds: tuple[str, ...] = PRONOUN_KINDS, cases: tuple[str, ...] = CASES) -> frozenset[str]:
        """The pronouns of these kinds (person, group, first_plural, first_singular) in these cases (subject, object,
        possessive)."""
        return frozenset().union(*(self.pronoun_classes.get((k, c), frozenset()) for k in kinds for c in cases))


def _words(raw: Any, *path: str, required: bool = True, source: str = "words.yaml") -> frozenset[str]:
    found: Any = raw
    for key in path:
        found = found.get(key) if isinstance(found, dict) else None
    if found is None and not required:
        return frozenset()
    if not isinstance(found, list) or not found or not all(isinstance(w, str) for w in found):
        raise ConfigError(f"data/{source}: {'.'.join(path)} must be a non-empty list of words")
    return frozenset(word.lower() for word in found)


def _abbreviations(raw: Any, key: str) -> dict[str, str]:
    found = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(found, dict) or not found:
        raise ConfigError(f"data/words.yaml: {key} must map each abbreviation to the word it stands for")
    return {str(short).lower(): str(word).lower() for short, word in found.items()}


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def shared_words() -> Words:
    raw = read_packaged_yaml("words.yaml")
    classes = {(kind, case): _words(raw, "pronouns", kind, case, required=False)
               for kind in PRONOUN_KINDS for case in CASES}
    return Words(
        pronoun_classes={key: words for key, words in classes.items() if words},
        locative_prepositions=_words(raw, "locative_prepositions"),
        site_prepositions=_words(raw, "site_prepositions"),
        predicative_prepositions=_words(raw, "predicative_prepositions"),
        object_control_prepositions=_words(raw, "object_control_prepositions"),
        prepositional_participles=_words(raw, "prepositional_participles"),
        compass_adjectives=_words(raw, "compass", "adjectives"),
        compass_points=_words(raw, "compass", "points"),
        intercardinal_points=_words(raw, "compass", "intercardinal"),
        relative_positions=_words(raw, "compass", "relative"),
        ordering_time_prepositions=_words(raw, "ordering_time_prepositions"),
        relative_time_adverbs=_words(raw, "relative_adverbs", "time"),
        relative_place_adverbs=_words(raw, "relative_adverbs", "place"),
        simultaneity_marks=_words(raw, "simultaneity_marks"),
        parts_of_day=_words(raw, "parts_of_day"),
        title_abbreviations=_abbreviations(raw, "title_abbreviations"),
        vague_modifiers=_words(raw, "vague_modifiers"),
        honorifics=_words(raw, "person_names", "honorifics"),
        name_suffixes=_words(raw, "person_names", "suffixes"),
        name_particles=_words(raw, "person_names", "particles"),
        conditional_marks=_words(raw, "conditional_marks"),
        lower_case_objects=_words(raw, "pronouns", "first_plural", "lower_case_object"),
    )


# the quote stage's cue lexicon, some of whose lists stages that may not import the quote package read here
QUOTE_CUES = "quotes/cues.yaml"


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def speech_media() -> frozenset[str]:
    """The occasions of one's own speaking and the texts one puts out in one's own words ("in an *interview*",
    "in a *statement*"): the quote cue lexicon's ``speaking_occasions`` and ``own_texts``, the lists its
    ``setting_nouns`` and ``message_nouns`` hold by reference — not the venues and others' texts those hold
    besides (an act is done *at* a summit or *in* a court, not in one's words there) — read here for stages
    the quote package may not be imported by (the dates stage: the quote package depends on it)."""
    raw = read_packaged_yaml(QUOTE_CUES)
    return _words(raw, "speaking_occasions", source=QUOTE_CUES) | _words(raw, "own_texts", source=QUOTE_CUES)


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def speech_verbs() -> frozenset[str]:
    """The verbs of saying of the quote cue lexicon (``speech_verbs``: "say", "tell", "add"), read here for the
    dates stage, which the quote package depends on (a speaker's "tomorrow" counts from the day of the saying)."""
    return _words(read_packaged_yaml(QUOTE_CUES), "speech_verbs", source=QUOTE_CUES)
