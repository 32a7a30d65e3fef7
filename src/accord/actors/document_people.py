"""A bare surname the sentence alone cannot place is the person the same article names in full.

News names a person in full once and by surname after — but a headline, a teaser or the opening paragraph
often gives the surname first ("Sanders pushes Democrats ...", "Mr. Sanders" in the lead, "Senator Bernie
Sanders of Vermont" three paragraphs on), and the full name may sit inside a longer phrase that was resolved
as one mention ("supporters of Hillary Clinton and Bernie Sanders"). Reading left to right, the actor
stage's memory cannot point those surnames anywhere. This pass runs once the whole document is read:

- it only touches mentions the sentence resolved as an unknown proper name (``named-organisation``,
  ``person-described`` with no sector of their own, or a private person) whose name is one word, and the
  pronouns and surnames the sentences pointed back at them;
- it takes the person named in full anywhere in the article whose last name is that word: a mention the stage
  resolved as a person, or a full name in the text that the knowledge base knows as a person;
- when two different people of the article share the surname, it takes neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.genders import agrees, shared_genders
from accord.actors.kb import NAME_SUFFIXES
from accord.actors.resolver import HONORIFICS, ActorResolver
from accord.actors.text import Tok
from accord.records import Actor

# Rules of the sentence-level resolver that leave a proper name unplaced (no knowledge-base entry behind it).
UNPLACED_RULES = ("named-organisation", "person-described")
BACK_REFERENCE_RULES = ("pronoun-back-reference", "surname-back-reference")
PRIVATE_PERSON = "private-person"
GIVEN_NAME_WORDS = 2  # how many capitalised words before a surname may make up the given names
GENDERS = shared_genders()


def surname_of(name: str) -> str:
    """A person's surname: the name's last word, after any suffix ('Martin Delacroix Jr.' -> 'delacroix')."""
    words = [w.lower().strip(".,") for w in name.split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def _unplaced_surname(actor: Actor) -> str | None:
    """The surname of a mention that only a fuller mention elsewhere can place, or None."""
    rule, name = actor.rule or "", actor.name or ""
    if not rule.startswith(UNPLACED_RULES) or " " in name or not name[:1].isupper():
        return None
    if actor.sector is not None and PRIVATE_PERSON not in rule:
        return None  # the text gave this mention a sector of its own ('Hollis, a spokesman')
    words = [w for w in actor.text.split() if w.lower().rstrip(".") not in HONORIFICS]
    return name.lower() if words and words[-1].lower().strip(",.") == name.lower() else None


def _back_reference_to(actor: Actor, surnames: set[str]) -> str | None:
    """A pronoun or later surname the sentence pointed at an unplaced surname ('he' after 'Mr. Sanders')."""
    name = (actor.name or "").lower()
    return name if name in surnames and (actor.rule or "").startswith(BACK_REFERENCE_RULES) else None


def _known_full_names(toks: Sequence[Tok], surnames: set[str], resolver: ActorResolver,
                      date: str | None) -> list[Actor]:
    """People the knowledge base knows whose full name the text writes with one of ``surnames``."""
    found = []
    for i, tok in enumerate(toks):
        if tok.norm not in surnames or i == 0 or not toks[i - 1].capitalised:
            continue
        for width in range(GIVEN_NAME_WORDS, 0, -1):
            first = i - width
            if first < 0 or not all(t.capitalised for t in toks[first:i]):
                continue
            resolution = resolver.resolve_tokens(list(toks[first : i + 1]), date)
            if resolution is not None and resolution.entry and resolution.actor.kind == "person" \
                    and resolution.actor.name and surname_of(resolution.actor.name) == tok.norm:
                found.append(resolution.actor)
                break
    return found


def refer_surnames_to_full_names(actors: list[Actor], toks: Sequence[Tok], resolver: ActorResolver,
                                 date: str | None) -> list[Actor]:
    """Each unplaced one-word surname takes the record of the one person the article names in full with it —
    not a person whose given name contradicts the gender the surname's own mentions or pronouns say ('she' and
    'Fiorina' are not the 'Frank Fiorina' named as her husband)."""
    wanted = {s for s in map(_unplaced_surname, actors) if s}
    if not wanted:
        return actors
    people: dict[str, dict[str, Actor]] = {}  # surname -> full name -> record
    full = [a for a in actors if a.kind == "person" and a.name and " " in a.name and a.sector is not None]
    for person in [*full, *_known_full_names(toks, wanted, resolver, date)]:
        assert person.name is not None
        surname = surname_of(person.name)
        if surname in wanted:
            people.setdefault(surname, {}).setdefault(person.name, person)
    told: dict[str, set[str]] = {}  # surname -> the genders its mentions and pronouns say ('she', 'Mrs. X')
    for actor in actors:
        referred = _unplaced_surname(actor) or _back_reference_to(actor, wanted)
        gender = GENDERS.of_pronoun(actor.text) or GENDERS.of_mention(actor.text)
        if referred and gender:
            told.setdefault(referred, set()).add(gender)
    out = []
    for actor in actors:
        referred = _unplaced_surname(actor) or _back_reference_to(actor, wanted)
        named = {name: person for name, person in people.get(referred or "", {}).items()
                 if all(agrees(g, GENDERS.of_name(name)) for g in told.get(referred or "", ()))}
        if len(named) != 1:
            out.append(actor)
            continue
        person = next(iter(named.values()))
        out.append(replace(person.at(actor.text, actor.start, actor.end), state=None,
                           rule="surname-document-reference"))
    return out


def known_people_in_text(toks: Sequence[Tok], resolver: ActorResolver, date: str | None) -> list[Actor]:
    """Every person the knowledge base knows whom the text names in full (first and last name at least), one
    record each, when no other such person shares their surname: the story's cast, known before its first
    sentence is read, so that a headline's 'Sanders' is the Bernie Sanders named three paragraphs on."""
    by_surname = known_people_by_surname(toks, resolver, date)
    return [next(iter(people.values())) for people in by_surname.values() if len(people) == 1]


def known_people_by_surname(toks: Sequence[Tok], resolver: ActorResolver,
                            date: str | None) -> dict[str, dict[str, Actor]]:
    """The people the knowledge base knows whom the text names in full, by surname then name: a surname with
    two people ('Jeb Bush', 'George W. Bush') is one a bare 'Mr. Bush' cannot settle from the cast alone."""
    by_surname: dict[str, dict[str, Actor]] = {}
    for start, end, targets in resolver.match_names(toks):
        if end - start < 2 or not any(resolver.kb.entries[t.entry].kind == "person" for t in targets):
            continue
        resolution = resolver.resolve_tokens(list(toks[start:end]), date)
        if resolution is None or not resolution.entry or resolution.actor.kind != "person" \
                or not resolution.actor.name:
            continue
        person = resolution.actor
        by_surname.setdefault(surname_of(person.name or ""), {}).setdefault(person.name or "", person)
    return by_surname


DEFAULT_SECTOR = "CVL"  # what a person the text gives nothing gets (actors.mentions._private_person)
FAMILY_RULE = "family-of-named-people"
PLURAL_SURNAME_ENDINGS = ("es", "s")  # 'the Bushes', 'the Clintons': a surname made plural names its family


def families_of_named_people(actors: list[Actor], by_surname: dict[str, dict[str, Actor]]) -> list[Actor]:
    """'the Clintons' in a story naming Hillary and Bill Clinton: a surname made plural after 'the' is the
    family of the people of that surname the text names in full and the knowledge base knows; where they all
    have one country and sector (both out of office, ELI), so has the family, a group. People of the surname
    in different sectors ('the Obamas' while he is President and she First Lady), or none known, leave it as
    found: a private family, the civilian default."""
    return [_family(actor, by_surname) or actor for actor in actors]


def _family(actor: Actor, by_surname: dict[str, dict[str, Actor]]) -> Actor | None:
    name = actor.name or ""
    if actor.kind != "person" or PRIVATE_PERSON not in (actor.rule or "") or " " in name \
            or actor.text.lower() != f"the {name.lower()}":
        return None
    people = next((by_surname[name.lower()[: -len(end)]] for end in PLURAL_SURNAME_ENDINGS
                   if name.lower().endswith(end) and name.lower()[: -len(end)] in by_surname), None)
    codings = {(p.country, p.sector) for p in (people or {}).values()}
    if len(codings) != 1:
        return None
    country, sector = codings.pop()
    return replace(actor, country=country, sector=sector, kind="group", rule=f"{actor.rule}+{FAMILY_RULE}")


def one_description_per_person(actors: list[Actor]) -> list[Actor]:
    """A person the article describes once ('accused sex trafficker Jeffrey Epstein', 'Former Rep. Anthony
    Weiner') is that person at every mention: the civilian default (CVL) a bare mention of the name got, and
    the surnames and pronouns that copied it, give way to the description's sector and role. Only where the
    text gives the name one such sector; never where it describes the person as a civilian."""
    defaulted = {a.name for a in actors if a.kind == "person" and a.name and PRIVATE_PERSON in (a.rule or "")}
    described: dict[str, dict[str, Actor]] = {}
    for actor in actors:
        if actor.name in defaulted and actor.kind == "person" and actor.sector not in (None, DEFAULT_SECTOR) \
                and not (actor.rule or "").startswith(BACK_REFERENCE_RULES):
            described.setdefault(actor.name or "", {}).setdefault(actor.sector or "", actor)
    out = []
    for actor in actors:
        sectors = described.get(actor.name or "", {})
        if actor.kind != "person" or actor.sector != DEFAULT_SECTOR or len(sectors) != 1:
            out.append(actor)
            continue
        source = next(iter(sectors.values()))
        out.append(replace(actor, sector=source.sector, role=actor.role or source.role,
                           organisation=actor.organisation or source.organisation,
                           country=actor.country or source.country, rule=f"{actor.rule}+described-elsewhere"))
    return out


# What may stand between an abbreviated plural title and its first name ('Sens. Mike Crapo'), and between the
# names it introduces ('Crapo and Jim Risch', 'A, B and C').
_AFTER_TITLE = re.compile(r"\.\s+")
_BETWEEN_NAMES = re.compile(r"\s*(,\s*(and\s+)?|and\s+)")


def _names_in_a_row(actors: list[Actor], following: list[int], text: str, gap: re.Pattern[str],
                    edge: int) -> list[int]:
    """The persons (indices, in text order) that follow ``edge`` one after another: the first separated from it by
    ``gap``, each next one from the one before by a comma or 'and' (_BETWEEN_NAMES); mentions inside the span
    already walked are passed over, anything else ends the row."""
    named: list[int] = []
    for j in following:
        person = actors[j]
        if person.start is None or person.end is None or person.start < edge:
            continue
        if person.kind != "person" or gap.fullmatch(text, edge, person.start) is None:
            break
        named.append(j)
        gap, edge = _BETWEEN_NAMES, person.end
    return named


def names_after_plural_title(actors: list[Actor], text: str) -> list[Actor]:
    """'Sens. Mike Crapo and Jim Risch', 'Reps. Ann Lee and Tom Ruiz': the tagger cuts the abbreviated plural
    title off at its full stop (often the sentence too), so the title becomes a group of its own ('Sens') and
    each name an unknown private person. The names that follow it, joined by commas and 'and', hold that title:
    its sector and role; the title is no mention of its own. Only people the text alone described (the civilian
    default); a person the knowledge base knows keeps their office."""
    ordered = sorted(range(len(actors)), key=lambda i: actors[i].start or 0)
    out = list(actors)
    dropped: set[int] = set()
    for n, i in enumerate(ordered):
        title = actors[i]
        if title.kind != "group" or not title.role or not title.role.endswith("s.") or title.end is None:
            continue
        named = _names_in_a_row(actors, ordered[n + 1 :], text, _AFTER_TITLE, title.end)
        for j in named:
            person = actors[j]
            if PRIVATE_PERSON in (person.rule or ""):
                out[j] = replace(person, sector=title.sector, role=title.role,
                                 country=person.country or title.country, rule=f"{person.rule}+plural-title")
        if named:
            dropped.add(i)
    return [a for i, a in enumerate(out) if i not in dropped]


# A plural word for people ending a description ('the British aid workers', 'two guards'): lower case, ending in
# 's' (not a possessive, not 'ss'); what stands between such a group and the names apposed to it ('two guards,
# Ann Lee and Tom Ruiz').
_PLURAL_END = re.compile(r"(?:^|\s)[a-z][a-z-]*[a-rt-z]s,?\s*$")
_APPOSED = re.compile(r"\s*,\s*")
# the rules of a person the knowledge base knows: their office is their own, no description to pass on
_KNOWN_PERSON_RULES = ("in-office", "office-holder", "-known")


def names_after_plural_description(actors: list[Actor], text: str) -> list[Actor]:
    """'the British aid workers David Haines and Alan Henning', 'two prison guards, Ann Lee and Tom Ruiz': a plural
    description before coordinated names describes each of them, though the tagger gives it to the first name
    only (or to none: an apposed group). Every name that follows, joined by commas and 'and', takes the
    description's country, sector and role — only people the text alone described (the civilian default); a
    person the knowledge base knows keeps their office. The group apposed to the names stays a mention."""
    ordered = sorted(range(len(actors)), key=lambda i: actors[i].start or 0)
    out = list(actors)
    for n, i in enumerate(ordered):
        first = actors[i]
        if first.end is None or first.start is None or first.sector is None:
            continue
        words = text[first.start : first.end]
        if first.kind == "person" and first.name and words.endswith(first.name) \
                and not any(w in (first.rule or "") for w in _KNOWN_PERSON_RULES):
            if not _PLURAL_END.search(words[: -len(first.name)]) or first.name.count(" ") == 0:
                continue
            gap = _BETWEEN_NAMES  # the description heads the first name: the others follow it
        elif first.kind == "group" and _PLURAL_END.search(words):
            gap = _APPOSED  # 'two guards, Ann Lee and Tom Ruiz'
        else:
            continue
        gave = _names_in_a_row(actors, ordered[n + 1 :], text, gap, first.end)
        if first.kind == "group" and len(gave) < 2:
            continue  # 'the guards, Ann Lee': one name is no list
        for j in gave:
            person = actors[j]
            if PRIVATE_PERSON in (person.rule or ""):
                out[j] = replace(person, sector=first.sector, role=person.role or first.role,
                                 country=first.country or person.country,
                                 rule=f"{person.rule}+plural-description")
    return out


TITLE_HOLDER_RULE = "title-holder-in-text"


def titles_name_their_one_holder(actors: list[Actor]) -> list[Actor]:
    """'the prime minister' paragraphs after 'Theresa May' (whom the knowledge base knows in that office): a
    definite singular title that neither its sentence nor the sentence before placed is the one person of the
    article who holds that title — only where exactly one person named in the article does (two foreign
    ministers named leave 'the foreign minister' as it was)."""
    holders: dict[str, dict[str, Actor]] = {}
    for actor in actors:
        if actor.kind == "person" and actor.name and actor.country and actor.role \
                and not (actor.rule or "").startswith(BACK_REFERENCE_RULES):
            holders.setdefault(actor.role.lower(), {}).setdefault(actor.name, actor)
    if not holders:
        return actors
    out = []
    for actor in actors:
        words = actor.text.lower().split()
        role = (actor.role or "").lower()
        if actor.name is not None or actor.country is not None or not role or not words or words[0] != "the" \
                or words[-1].endswith("s"):
            out.append(actor)
            continue
        named = {name: holder for title, people in holders.items() if role in title for name, holder in people.items()}
        if len(named) != 1:
            out.append(actor)
            continue
        holder = next(iter(named.values()))
        out.append(replace(holder, text=actor.text, start=actor.start, end=actor.end,
                           rule=f"{actor.rule}+{TITLE_HOLDER_RULE}"))
    return out


# What a mention the tagger labels so is, when it is not a person.
NON_PERSON_LABELS = {"GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation"}


def names_never_people(doc: Doc) -> dict[str, str]:
    """One-word names the article never gives as a person's, which the tagger labels a place or organisation
    at one of their mentions at least ('Rojava' a person in 'an incursion into Rojava', a place in 'life in
    Rojava'; 'Ubisoft' a person in 'Ubisoft are believers', a place in 'a vice-president at Ubisoft'), with
    what they are taken to be. News names a private person in full (given name and surname) or with an
    honorific ('Mr. Renas') before the bare word stands for them; a word it never so writes, and tags as no
    person elsewhere, is no private person at any of its mentions, wherever the tagger's guess flips."""
    other: dict[str, str] = {}
    personal: set[str] = set()
    for entity in doc.ents:
        words = [t for t in entity if not t.is_punct]
        if entity.label_ == "PERSON":
            if len(words) > 1:
                personal.update(t.lower_ for t in words)
            continue
        kind = NON_PERSON_LABELS.get(entity.label_)
        if kind is not None and len(words) == 1 and words[0].pos_ == "PROPN":
            other.setdefault(words[0].lower_, kind)
    if not other:
        return other
    for tok in doc[:-1]:
        if tok.lower_.rstrip(".") in HONORIFICS:
            personal.add(doc[tok.i + 1].lower_)
        elif tok.lower_ in other and _aged(doc, tok):  # only a word in question can be told a person's
            personal.add(tok.lower_)
    return {word: kind for word, kind in other.items() if word not in personal}


def _aged(doc: Doc, name: Token) -> bool:
    """A name followed by an age between commas ('Haval, 28, a fighter from ...'): news gives a private person by a
    bare given name with their age, and no place or organisation so."""
    after = doc[name.i + 1 : name.i + 4]
    return len(after) == 3 and name.pos_ == "PROPN" and after[0].text == "," and after[1].text.isdigit() \
        and after[2].text in (",", ")")
