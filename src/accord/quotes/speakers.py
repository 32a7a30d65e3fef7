"""Turning a speaker mention into an Actor: the actor stage's record when there is one, and always a name.

The actor stage (``doc._.accord_actors``, or ``accord.actors.actors_for_token``) knows countries, sectors and
roles. When it knows nothing of a speaker, this module still names them: a surname ("Shringla") or a
pronoun ("he") is linked to the full name introduced in the article ("Harsh Vardhan Shringla").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from accord.actors.genders import agrees, shared_genders
from accord.blackboard import ACTORS
from accord.descriptions import Descriptions, roles_by_start
from accord.doc_index import entity_bounds, span_text
from accord.quotes.lexicon import CueLexicon
from accord.quotes.syntax import SPEAKER_ENTITY_LABELS, mention_bounds, relative_antecedent
from accord.records import Actor
from accord.syntax import NOMINAL_SUBJECT_DEPS
from accord.syntax import PLURAL_NOUN_TAGS as _PLURAL_TAGS

ActorsForToken = Callable[[Doc, Token], list[Actor]]

_KIND_BY_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
_POSSESSIVE = re.compile(r"['’]s?$")
_PRONOUN_LOOKBACK = 80  # tokens: about three sentences
_SAME_NAME_RATIO = 0.8  # "sergei lavrov" / "sergey lavrov" = 0.92; "imran qureshi" / "shah mahmood qureshi" = 0.6
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


_NAMED_NON_PERSONS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})  # "he" cannot mean these


class SpeakerResolver:
    """Resolves speakers of one document; build one per Doc."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, lookup: ActorsForToken | None = None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.lookup = lookup
        stage_actors = [a for a in (ACTORS.get(doc) or ()) if a.start is not None]
        self.stage = _ActorIndex(stage_actors)
        self.persons: dict[str, Actor] = {}  # name -> the actor stage's first record of that person
        for actor in stage_actors:
            if actor.kind == "person" and actor.name:
                self.persons.setdefault(actor.name, actor)
        self.full_names = _full_names(doc, frozenset(self.persons))
        self.descriptions = Descriptions(doc, roles_by_start(stage_actors))

    def resolve(self, head_index: int) -> Actor:
        head = self.doc[head_index]
        antecedent = relative_antecedent(head, self.lexicon)
        if antecedent is not None:  # "who said": the pronoun is the mention, its noun says who
            found = self.resolve(antecedent.i)
            return replace(found, text=head.text, start=head.idx, end=head.idx + len(head.text))
        if head.pos_ == "PRON":
            return self._pronoun(head)
        named = _appositive_name(head)
        if named is not None:  # "the commander of the ground forces, Oleksandr Syrskyi, said"
            person, role = self.resolve(named.i), self._from_actor_stage(head)
            if role is not None:  # the role says whom the person serves when the KB does not know them
                person = replace(person, country=person.country or role.country, sector=person.sector or role.sector)
            return replace(person, kind=person.kind or "person")
        start, end = self._mention_tokens(head)
        span = self.doc[start:end]
        described = self.descriptions.antecedent(head)
        if described is not None:  # "the senator said": the senator named earlier
            found = self.resolve(described)
            return replace(found, text=span_text(span), start=span.start_char, end=span.end_char,
                           rule="quotes.description")
        own = self._fallback(head, span)
        known = self._from_actor_stage(head)
        if own.rule == "quotes.surname" and (known is None or known.kind != "person"):
            known = self._person_record(own) or known  # a person the actor stage did not link back
        if known is None or _another_person(known, own):
            return own
        return replace(known, text=own.text, start=own.start, end=own.end, name=_reconcile(known, own))

    # --- the actor stage ----------------------------------------------------------------------------

    def _from_actor_stage(self, head: Token) -> Actor | None:
        covering = self.stage.overlapping(head.idx, head.idx + len(head.text))
        if covering is not None:
            return covering
        if self.lookup is not None:
            found = self.lookup(self.doc, head)
            if found:
                return found[0]
        return None

    def _person_record(self, own: Actor) -> Actor | None:
        """The actor stage's record of the person a surname was linked to, carried to this mention."""
        return self.persons.get(own.name) if own.name else None

    # --- own resolution -----------------------------------------------------------------------------

    def _mention_tokens(self, head: Token) -> tuple[int, int]:
        start, end = mention_bounds(head)
        entity = _entity_of(head)
        if entity is not None and entity.label_ == "PERSON":
            return entity.start, entity.end  # the name without its title ("Foreign Minister ...")
        if entity is not None and entity.label_ in SPEAKER_ENTITY_LABELS:
            return min(start, entity.start), max(end, entity.end)
        return start, end

    def _fallback(self, head: Token, span: Span) -> Actor:
        text = span_text(span)
        base = Actor(text=text, start=span.start_char, end=span.end_char, rule="quotes.mention")
        entity = _entity_of(head)
        name = _clean_name(span_text(entity) if entity is not None else text)
        full = self.full_names.get(head.lower_) if head.pos_ == "PROPN" else None
        if full is not None and len(full.split()) > len(name.split()):
            return replace(base, name=full, kind="person", rule="quotes.surname")
        if entity is None and head.pos_ == "NOUN" and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts):
            return replace(base, name=name, kind="organisation")  # "the Clinton campaign"
        if entity is None:
            return replace(base, name=name if head.pos_ == "PROPN" else None)
        kind = "person" if full is not None else _KIND_BY_LABEL.get(entity.label_)
        return replace(base, name=name, kind=kind, rule="quotes.entity")

    # --- pronouns -----------------------------------------------------------------------------------

    def _pronoun(self, pronoun: Token) -> Actor:
        """'he said' -> the person who is the nearest earlier subject; 'it said' -> the nearest earlier
        non-person subject ("Japan's foreign ministry ... It said"); the actor stage's guess otherwise."""
        text, start, end = pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text)
        antecedent = self._antecedent(pronoun)
        if antecedent is not None:
            found = self.resolve(antecedent.i)
            return self._stage_person(pronoun, antecedent, found) or replace(found, text=text, start=start, end=end,
                                                                  rule="quotes.pronoun")
        known = self._from_actor_stage(pronoun)
        if known is not None:
            return known.at(text, start, end)
        return Actor(text=text, start=start, end=end, rule="quotes.mention")

    def _stage_person(self, pronoun: Token, antecedent: Token, found: Actor) -> Actor | None:
        """The actor stage's person for "he"/"she" when it names one other than the nearest subject this module
        found: the stage weighs what this module does not — the pronoun's gender against the people's, the
        grammar that forbids a pronoun its own clause's other arguments, and the salience of the previous
        sentence's main subject over a subject reported inside it ("Trump said Obama had failed. He ...":
        Trump). A common noun resolved to a body stays when the stage names no person there: "the head of the
        command" is a person."""
        if pronoun.lower_ not in self.lexicon.person_pronouns:
            return None
        stage = self.stage.overlapping(pronoun.idx, pronoun.idx + len(pronoun.text))
        if stage is None or stage.kind != "person" or not stage.name or stage.name == found.name:
            return None
        if found.kind != "person" and antecedent.ent_type_ not in _NAMED_NON_PERSONS:
            return None
        return stage.at(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text))

    def _antecedent(self, pronoun: Token) -> Token | None:
        lower = pronoun.lower_
        if lower not in self.lexicon.person_pronouns and lower not in self.lexicon.group_pronouns:
            return None
        person = lower in self.lexicon.person_pronouns
        plural = lower in self.lexicon.plural_pronouns
        window = range(pronoun.i - 1, max(-1, pronoun.i - _PRONOUN_LOOKBACK), -1)
        persons: list[Token] = []
        others: list[Token] = []  # "they" may stand for a singular organisation when no plural fits
        for i in window:
            token = self.doc[i]
            if token.pos_ not in ("PROPN", "NOUN"):
                continue
            is_person = self._is_person(token)
            if is_person:
                persons.append(token)
            if token.dep_ not in NOMINAL_SUBJECT_DEPS or is_person != person:
                continue
            if person and self._other_gender(pronoun, token):
                continue  # "Mrs. Clinton spoke ... he said": not her (asked only of a subject about to be taken)
            if person or (token.tag_ in _PLURAL_TAGS) == plural:
                return token
            others.append(token)
        if person:
            # the gender is looked up for the persons in turn, only until one fits
            return next((p for p in persons if not self._other_gender(pronoun, p)), None)
        return others[0] if plural and others else None

    def _other_gender(self, pronoun: Token, token: Token) -> bool:
        """The person named at ``token`` is one the pronoun's gender cannot stand for: the actor stage's record
        of them says another by its title, its words or the given name ("Mrs. Clinton", "Hillary Clinton")."""
        genders = shared_genders()
        known = self._from_actor_stage(token)
        told = genders.of_person(known) if known is not None and known.kind == "person" else None
        return not agrees(genders.of_pronoun(pronoun.lower_), told)

    def _is_person(self, token: Token) -> bool:
        if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.lower_ in self.full_names):
            return True
        if _appositive_name(token) is not None:
            return True
        known = self._from_actor_stage(token)
        return known is not None and known.kind == "person"


class _ActorIndex:
    """The actor stage's mentions sorted by start: the one overlapping a token is found by bisection, not
    by a scan of every actor for every speaker."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = sorted(actors, key=lambda a: a.start or 0)
        self.starts = [a.start or 0 for a in self.actors]
        self.longest = max(((a.end or 0) - (a.start or 0) for a in self.actors), default=0)

    def overlapping(self, start: int, end: int) -> Actor | None:
        """The first mention (in text order) overlapping characters [start, end)."""
        first = bisect_left(self.starts, start - self.longest)
        for index in range(first, bisect_left(self.starts, end)):
            actor = self.actors[index]
            if (actor.end or 0) > start:
                return actor
        return None


def _reconcile(known: Actor, own: Actor) -> str | None:
    """The actor stage's name, unless it is a bare surname, a title glued to the person's name, or a
    clipped form of the name the article gives ("Park Jun" for "Park Jun-ho")."""
    name, mine = known.name, own.name
    if known.kind != "person" or not mine:
        return name or mine
    if name is not None and _extends(mine, name):
        return name  # "Canadian Jo Tamm": the tagger took a word before the name into it
    if name is None or len(name.split()) < len(mine.split()) or (name != mine and name.endswith(" " + mine)):
        return mine
    if len(mine) > len(name) and _folded(mine).startswith(_folded(name)):
        return mine
    return name


def _another_person(known: Actor, own: Actor) -> bool:
    """The knowledge base matched the surname of someone else: the article names "Imran Qureshi", the
    record is "Shah Mahmood Qureshi". Spelling variants ("Sergei"/"Sergey Lavrov") are the same person."""
    if known.kind != "person" or not known.name or not own.name or len(own.name.split()) < 2:
        return False
    if own.kind not in (None, "person"):
        # "the Trump administration": no person's name to compare, but the stage's record must be of these words,
        # not of a longer phrase about someone ("Jo Ruiz of the Working Group")
        return not _same_words(known, own)
    theirs, mine = _folded(known.name), _folded(own.name)
    if _extends(mine, theirs):
        return False  # "Spaniard Ana Ruiz", "Top Ruiz aide": a word before the name, the same person
    if theirs.split()[-1] == mine.split()[-1] and theirs[0] == mine[0]:
        return False  # same surname and initial: "Joe Biden" / "Joseph R. Biden"
    if theirs == mine or theirs.endswith(" " + mine) or mine.startswith(theirs) or theirs.startswith(mine):
        return False
    return SequenceMatcher(None, theirs, mine).ratio() < _SAME_NAME_RATIO


def _same_words(known: Actor, own: Actor) -> bool:
    """The stage's record is of exactly the speaker's words: a person's name inside a group's ("Ruiz aides",
    "the Ruiz campaign") is not the group."""
    return known.start is not None and (known.start, known.end) == (own.start, own.end)


def _extends(mine: str, theirs: str) -> bool:
    """The article's words are a full name (two words at least) with words before it: a nationality, an
    adjective or a headline's capitalised word the tagger took into the person ("Canadian Jo Tamm")."""
    mine, theirs = _folded(mine), _folded(theirs)
    return len(theirs.split()) >= 2 and mine.endswith(" " + theirs)


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _appositive_name(head: Token) -> Token | None:
    """A name set beside a role noun: "the commander …, Oleksandr Syrskyi," -> "Syrskyi". In "a spokesman
    for the president, Andrés Quispe," the parser hangs the name on the nearer noun; a name closing the
    role's phrase between commas still names the role's holder."""
    if head.pos_ != "NOUN":
        return None
    own = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if own is not None:
        return own
    for prep in head.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.ent_type_ != "PERSON":
                name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                             and c.ent_type_ not in _PLACE_LABELS), None)
                if name is not None and name.right_edge.i == head.right_edge.i - (
                        head.doc[head.right_edge.i].is_punct):
                    return name
    return None


def _entity_of(token: Token) -> Span | None:
    bounds = entity_bounds(token)
    if bounds is None:
        return None
    return Span(token.doc, bounds[0], bounds[1], label=token.ent_type_)


def _full_names(doc: Doc, known: frozenset[str] = frozenset()) -> dict[str, str]:
    """Short name -> the fullest person name it stands for ("shringla" -> "Harsh Vardhan Shringla").

    A surname is the usual short form; a given name also counts when it belongs to one person only
    (Thai and Icelandic usage: "Srettha said"). Among names of one surname, a person the actor stage
    resolved (``known``) comes first: a headline's "Top Ruiz aide" tagged as a person is no one's name.
    """
    by_surname: dict[str, str] = {}
    by_given: dict[str, set[str]] = {}
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        words = [t for t in entity if not t.is_punct]
        if len(words) < 2:
            continue
        name = _clean_name(span_text(entity))
        surname = words[-1].lower_
        if _name_rank(name, known) > _name_rank(by_surname.get(surname, ""), known):
            by_surname[surname] = name
        by_given.setdefault(words[0].lower_, set()).add(name)
    names = {given: next(iter(full)) for given, full in by_given.items() if len(full) == 1}
    names.update(by_surname)
    return names


def _name_rank(name: str, known: frozenset[str]) -> tuple[bool, int]:
    return name in known, len(name.split())


def _clean_name(text: str) -> str:
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip())).strip()
