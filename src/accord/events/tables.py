"""The event coder's data, read once: PLOVER ontology and CAMEO tables, trigger lexicon, cues and context words.

All of it lives in YAML under ``accord/data/events``; this module only reads it into frozen, indexed
structures (lemma -> entries dicts) so the coder does dictionary look-ups, never pattern scans.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any

import yaml

from accord.errors import ConfigError
from accord.memo import BoundedMemo

DATA_PACKAGE = "accord.data.events"


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    quad: str
    score: float
    cameo: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger sense: what a lemma (or lemma pair) codes as."""

    key: str
    type: str
    cameo: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    inverse: bool = False  # the grammatical subject receives ("India received missiles from Russia")
    topic: bool = False  # the direct object is what the act is about ("signed a pact"), not a participant
    needs_object: bool = False  # a sense only with a direct object ("returned prisoners", not "returned home")


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, TypeInfo]
    legacy: dict[str, str]
    cameo_roots: dict[str, str]
    intent_cameo: dict[str, str]
    threat_cameo: dict[str, str]
    reject_cameo: dict[str, str]
    request_cameo: dict[str, str]
    halt_cameo: dict[str, str] = field(default_factory=dict)
    recoding_cameo: dict[str, str] = field(default_factory=dict)  # accede | ease | complain -> CAMEO

    def info(self, event_type: str) -> TypeInfo:
        return self.types[self.legacy.get(event_type, event_type)]

    def cameo(self, event_type: str, table: dict[str, str] | None = None, content_type: str = "") -> str:
        """The CAMEO code of ``event_type``: ``table``'s code for the content's type when it has one, else the
        type's own generic code."""
        found = table.get(content_type) if table is not None else None
        return found if found is not None else self.types[event_type].cameo

    def is_cooperative(self, event_type: str) -> bool:
        return self.info(event_type).quad.endswith("cooperation")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger entries indexed by lemma; pairs are indexed by (head lemma, dependent lemma) both ways."""

    verbs: dict[str, Entry]
    verb_pairs: dict[tuple[str, str], Entry]
    nouns: dict[str, Entry]
    noun_pairs: dict[tuple[str, str], Entry]
    pair_heads: frozenset[str]  # lemmas that take part in some pair, to skip pair search for the rest
    words: frozenset[str] = frozenset()  # every word of every key: the cheap test before any look-up
    # Senses a verb takes when its direct object is a thing rather than a party ("protested the launch" is a
    # complaint, "students protested" a demonstration); None means no event ("struck a cautious tone").
    thing_object: dict[str, Entry | None] = field(default_factory=dict)
    party_nouns: frozenset[str] = frozenset()  # common nouns that name parties ("welcomed the delegation")
    measure_nouns: frozenset[str] = frozenset()  # "40 tonnes of supplies": the supplies pair with the verb
    # (part of speech, lower-case form, lemma) string ids -> could the word be a trigger: every token of every
    # article is asked, and the answer depends on nothing else, so it is worked out once per distinct word.
    may_trigger: BoundedMemo[tuple[int, int, int], bool] = field(default_factory=BoundedMemo, compare=False,
                                                                  repr=False)


# Cue groups of factuality alone: they govern an event below them without giving it a type of their own. A clause
# with its own subject under them is an event of its own, its subject the actor ("hopes that Iran attacks"); a
# clause without one continues their chain ("hopes to sign").
FACTUALITY_GROUPS = ("plan", "desire", "likelihood", "fear", "negative_implicative", "denial", "obligation_verbs")
# Cue groups whose verbs govern an event word below them ("threatened to impose sanctions").
GOVERNING_GROUPS = ("threat", "refusal", "request", "intent", "acceptance", "reversal", "light", "aspectual",
                    "intent_adjectives", "approval", "plan", "desire", "likelihood", "fear", "negative_implicative",
                    "denial", "obligation_verbs")


@dataclass(frozen=True, slots=True)
class Cues:
    speech: frozenset[str]
    intent: frozenset[str]
    intent_adjectives: frozenset[str]
    threat: frozenset[str]
    refusal: frozenset[str]
    request: frozenset[str]
    aspectual: frozenset[str]
    future_modals: frozenset[str]
    possibility_modals: frozenset[str]
    obligation_modals: frozenset[str]
    light: frozenset[str]
    reversal: frozenset[str]
    easing_only: frozenset[str]
    halting_only: frozenset[str]
    acceptance: frozenset[str]
    approval: frozenset[str]
    stative_participles: frozenset[str]
    casualty: frozenset[str]
    partitive: frozenset[str]
    victim_nouns: frozenset[str]
    governing: frozenset[str] = frozenset()  # every cue that can govern an event word (union, for a quick test)
    factual_only: frozenset[str] = frozenset()  # the cues of factuality alone (FACTUALITY_GROUPS)
    natural_hazards: frozenset[str] = frozenset()
    open_water: frozenset[str] = frozenset()
    display_weapons: frozenset[str] = frozenset()
    visiting_parties: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    undecided: frozenset[str] = frozenset()
    forecast_verbs: frozenset[str] = frozenset()
    clash_nouns: frozenset[str] = frozenset()
    attack_nouns: frozenset[str] = frozenset()
    time_marks: frozenset[str] = frozenset()
    additive_words: frozenset[str] = frozenset()
    # factuality (layer 2): modals, verbs, nouns and marks that say whether the act below them happens
    conditional_modals: frozenset[str] = frozenset()
    ability_modals: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    plan: frozenset[str] = frozenset()
    desire: frozenset[str] = frozenset()
    likelihood: frozenset[str] = frozenset()
    ability: frozenset[str] = frozenset()
    fear: frozenset[str] = frozenset()
    negative_implicative: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()
    proposition_nouns: frozenset[str] = frozenset()
    obligation_verbs: frozenset[str] = frozenset()
    likelihood_adverbs: frozenset[str] = frozenset()
    conditional_marks: frozenset[str] = frozenset()
    conditional_nouns: frozenset[str] = frozenset()
    purpose_marks: frozenset[str] = frozenset()
    realised_purposes: frozenset[str] = frozenset()
    negative_prepositions: frozenset[str] = frozenset()
    possibility_nouns: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    possibility_modifiers: frozenset[str] = frozenset()
    future_modifiers: frozenset[str] = frozenset()
    ordinal_words: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    causative: frozenset[str] = frozenset()
    directive: frozenset[str] = frozenset()
    comment_verbs: frozenset[str] = frozenset()
    effort_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Tables:
    ontology: Ontology
    lexicon: Lexicon
    cues: Cues
    context_words: dict[str, tuple[str, ...]]  # lemma -> contexts it signals


def _read_yaml(name: str) -> Any:
    try:
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ConfigError(f"event data file {name!r} is missing: {exc}") from exc
    return yaml.safe_load(text)


def parse_entry(key: str, value: str) -> Entry:
    """Parse ``"TYPE CAMEO [mode] [@ctx,ctx] [topic] [inverse] [object]"``."""
    parts = str(value).split()
    if len(parts) < 2:
        raise ConfigError(f"trigger {key!r}: expected 'TYPE CAMEO ...', got {value!r}")
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    inverse = topic = needs_object = False
    for part in parts[2:]:
        if part.startswith("@"):
            contexts = tuple(c for c in part[1:].split(",") if c)
        elif part == "inverse":
            inverse = True
        elif part == "topic":
            topic = True
        elif part == "object":
            needs_object = True
        else:
            mode = part
    return Entry(key=key, type=parts[0], cameo=parts[1], mode=mode, contexts=contexts, inverse=inverse,
                 topic=topic, needs_object=needs_object)


def _index(section: dict[str, str], known_types: set[str]) -> tuple[dict[str, Entry], dict[tuple[str, str], Entry]]:
    singles: dict[str, Entry] = {}
    pairs: dict[tuple[str, str], Entry] = {}
    for key, value in section.items():
        entry = parse_entry(key, value)
        if entry.type not in known_types:
            raise ConfigError(f"trigger {key!r} has unknown type {entry.type!r}")
        words = key.lower().split()
        if len(words) == 1:
            singles[words[0]] = entry
        elif len(words) == 2:
            pairs[(words[0], words[1])] = entry
        else:
            # three-word nouns ("state of emergency") are indexed on their first and last word
            pairs[(words[0], words[-1])] = entry
    return singles, pairs


def load_ontology() -> Ontology:
    raw = _read_yaml("ontology.yaml")
    types = {
        name: TypeInfo(name=name, quad=spec["quad"], score=float(spec["score"]), cameo=str(spec["cameo"]))
        for name, spec in raw["types"].items()
    }
    return Ontology(
        types=types,
        legacy=dict(raw.get("legacy_types", {})),
        cameo_roots={str(k): v for k, v in raw.get("cameo_roots", {}).items()},
        intent_cameo=dict(raw.get("intent_cameo", {})),
        threat_cameo=dict(raw.get("threat_cameo", {})),
        reject_cameo=dict(raw.get("reject_cameo", {})),
        request_cameo=dict(raw.get("request_cameo", {})),
        halt_cameo=dict(raw.get("halt_cameo", {})),
        recoding_cameo=dict(raw.get("recoding_cameo", {})),
    )


def load_lexicon(known_types: set[str]) -> Lexicon:
    raw = _read_yaml("triggers.yaml")
    verbs, verb_pairs = _index(raw["verbs"], known_types)
    nouns, noun_pairs = _index(raw["nouns"], known_types)
    heads = {w for pair in (*verb_pairs, *noun_pairs) for w in pair}
    thing_object = {key: _optional_entry(key, str(value), known_types)
                    for key, value in (raw.get("thing_object_verbs") or {}).items()}
    words = heads | set(verbs) | set(nouns) | set(thing_object)
    party_nouns = frozenset(str(w).lower() for w in raw.get("party_nouns") or ())
    measure_nouns = frozenset(str(w).lower() for w in raw.get("measure_nouns") or ())
    return Lexicon(verbs, verb_pairs, nouns, noun_pairs, frozenset(heads), frozenset(words), thing_object,
                   party_nouns, measure_nouns)


def _optional_entry(key: str, value: str, known_types: set[str]) -> Entry | None:
    if value.strip().lower() == "none":
        return None
    entry = parse_entry(key, value)
    if entry.type not in known_types:
        raise ConfigError(f"trigger {key!r} has unknown type {entry.type!r}")
    return entry


def load_cues() -> Cues:
    raw = _read_yaml("cues.yaml")
    names = [f.name for f in fields(Cues) if f.name not in ("governing", "factual_only")]
    groups = {name: frozenset(str(w).lower() for w in raw[name]) for name in names}
    governing = frozenset().union(*(groups[name] for name in GOVERNING_GROUPS))
    factual_only = frozenset().union(*(groups[name] for name in FACTUALITY_GROUPS))
    return Cues(**groups, governing=governing, factual_only=factual_only)


def load_context_words() -> dict[str, tuple[str, ...]]:
    raw: dict[str, list[str]] = _read_yaml("contexts.yaml")
    index: dict[str, list[str]] = {}
    for context, words in raw.items():
        for word in words:
            index.setdefault(str(word).lower(), []).append(context)
    return {word: tuple(contexts) for word, contexts in index.items()}


def load_tables() -> Tables:
    """Read every event data file once (the stage calls this at construction)."""
    ontology = load_ontology()
    return Tables(
        ontology=ontology,
        lexicon=load_lexicon(set(ontology.types)),
        cues=load_cues(),
        context_words=load_context_words(),
    )
