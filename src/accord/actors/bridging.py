"""Members of a force the phrase does not name: 'officers' are the officers of the force the story named last;
a definite description points back to the body it repeats ('the regime'), or, with a generic noun ('the
agency', 'the armed group'), to the last body of its family the story named.

Police forces and armed forces alike have officers, so the word alone ("Officers arrested him", "the
officers") says neither which force nor whose. News names the force first and its members after ("Police
raided a house on Monday ... Officers found ..."): a bridging reference, read here once the whole document is.
The member words and the sectors of forces are data (``sectors.yaml``: ``force_members``,
``force_sectors``). Only a bare member phrase is read so — a determiner or a number before the word, nothing
else ("Israeli officers", "prison officers", "officers of the 5th Brigade" say whose they are).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from accord.records import Actor

# Closed-class words that may stand before a member word without saying whose the members are.
DETERMINERS = frozenset({"the", "these", "those", "some", "several", "many", "other", "all", "both", "more",
                         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "of"})


def _bare_member(actor: Actor, members: frozenset[str]) -> bool:
    words = actor.text.lower().split()
    return bool(words) and actor.country is None and actor.name is None and actor.organisation is None \
        and words[-1] in members and all(w in DETERMINERS or w.isdigit() for w in words[:-1])


def officers_of_named_force(actors: Iterable[Actor], members: frozenset[str], forces: frozenset[str],
                            country_names: frozenset[str]) -> list[Actor]:
    """Each bare member phrase takes the force (sector, country and, for a named body, its name: not a
    country's, which 'Police in London' carries) most recently named before it; with no force named before
    it, it is left as it was."""
    out: list[Actor] = []
    force: Actor | None = None
    for actor in actors:
        if _bare_member(actor, members):
            if force is not None:
                actor = replace(actor, sector=force.sector, country=force.country,
                                name=force.name if force.kind == "organisation"
                                and force.name not in country_names else None,
                                rule=f"{actor.rule}+force-bridging")
        elif actor.sector in forces:
            force = actor
        out.append(actor)
    return out


# What may open a definite description that points back ('the regime', 'this brutal regime').
DEFINITE_OPENERS = frozenset({"the", "this", "that"})
MAX_DESCRIPTION_WORDS = 4  # 'the regime', 'this brutal regime', 'the embattled military regime'


def _definite_head(actor: Actor) -> str | None:
    """The head noun of a bare definite description ('the regime' -> 'regime'), or None."""
    words = actor.text.lower().split()
    if not 2 <= len(words) <= MAX_DESCRIPTION_WORDS or words[0] not in DEFINITE_OPENERS \
            or not all(w.isalpha() for w in words[1:]) or any(w[:1].isupper() for w in actor.text.split()[1:]):
        return None
    return words[-1]


def definite_descriptions_point_back(actors: list[Actor], country_names: frozenset[str]) -> list[Actor]:
    """'The Syrian regime ... the regime': a definite description with no country of its own is the same
    body as the last earlier mention with the same head noun and sector that named its country (the
    ordinary reading of a repeated definite noun phrase)."""
    out: list[Actor] = []
    latest: dict[tuple[str, str], Actor] = {}  # (head noun, sector) -> last mention of it with a country
    for actor in actors:
        head = actor.text.lower().split()[-1] if actor.text.split() else ""
        if actor.country is None and actor.sector is not None and actor.organisation is None \
                and _definite_head(actor) is not None:
            antecedent = latest.get((head, actor.sector))
            if antecedent is not None:
                named = antecedent.name if antecedent.kind == "organisation" \
                    and antecedent.name not in country_names else None
                actor = replace(actor, country=antecedent.country, name=actor.name or named,
                                rule=f"{actor.rule}+definite-antecedent")
        if actor.country is not None and actor.sector is not None and head:
            latest[(head, actor.sector)] = actor
        out.append(actor)
    return out


GENERIC_REACH = 2  # sentences back a generic noun ('the agency') may look for the organisation it names


def generic_bodies_point_back(actors: list[Actor], generic_nouns: frozenset[str], families: Mapping[str, str],
                              sentence_of: Callable[[int], int], country_names: frozenset[str]) -> list[Actor]:
    """'The FBI opened an inquiry ... The agency said', 'the Taliban ... the armed group': a definite description
    whose head is a noun that names an organisation without saying what it does (``generic_nouns``) is the
    organisation the text last named (within :data:`GENERIC_REACH` sentences) whose sector is of the same family
    as the noun's (``families``: a state's bodies, armed groups, parties and movements) — the ordinary reading
    of a definite noun that could name any body of that kind. It takes that organisation's name, country and
    sector. A noun that says what a body does ('the court') is no generic noun; a country is no organisation."""
    out: list[Actor] = []
    named: list[Actor] = []  # organisations the text named, in order
    for actor in actors:
        words = actor.text.lower().split()
        generic = actor.name is None and actor.organisation is None and actor.kind == "organisation" \
            and actor.sector is not None and _definite_head(actor) is not None \
            and any(" ".join(words[-n:]) in generic_nouns for n in (1, 2) if len(words) > n)
        if generic and actor.start is not None:
            family = families.get(actor.sector or "")
            here = sentence_of(actor.start)
            antecedent = next((a for a in reversed(named) if families.get(a.sector or "") == family
                               and here - sentence_of(a.start or 0) <= GENERIC_REACH), None)
            if family is not None and antecedent is not None:
                actor = _as_body(actor, antecedent, "generic-antecedent")
        elif _named_body(actor, country_names):
            named.append(actor)
        out.append(actor)
    return out


NAME_HEAD_ANTECEDENT = "name-head-antecedent"
# A bare definite noun that no sector word makes an actor ('the committee', 'the council': name_head_bodies in
# sectors.yaml), put forward by the actor stage and kept only when it repeats the head of a name before it.
NAME_HEAD_CANDIDATE = "name-head-candidate"


def _name_words(actor: Actor) -> frozenset[str]:
    """The capitalised words of a mention's text, in lower case ("Kenya's Ministry of Health" -> kenya's,
    ministry, health): the words of a name a later description may repeat."""
    return frozenset(w.lower() for w in actor.text.split() if w[:1].isupper())


def bodies_named_by_their_head(actors: list[Actor], country_names: frozenset[str]) -> list[Actor]:
    """'Kenya's Ministry of Health ... the ministry', 'the Senate Intelligence Committee ... the committee': a
    bare definite description of a body ('the ministry', 'this committee') whose head noun is a word of the name
    of a body the text named before is that body — the ordinary reading of a definite noun that repeats the head
    of an earlier name. It takes the body's country and sector and, when the name is the body's own (not a
    country's: "Kenya's Ministry of Health" resolves to Kenya), its name. The latest such body is taken; a
    description with a country of its own that differs ('the Turkish ministry' after Egypt's) is left as it was,
    and so is one that already has a name or an owner."""
    out: list[Actor] = []
    named: list[tuple[Actor, frozenset[str]]] = []  # bodies the text named, in order, with their name's words
    for actor in actors:
        head = _definite_head(actor)
        pending = actor.rule == NAME_HEAD_CANDIDATE  # 'the committee': an actor only if a name's head before
        if head is not None and actor.kind == "organisation" and actor.name is None \
                and actor.organisation is None and (actor.sector is not None or pending):
            body = next((a for a, words in reversed(named) if head in words
                         and (actor.country is None or actor.country == a.country)), None)
            if body is not None:
                own = body.name if body.name not in country_names else None
                actor = replace(actor, name=own, country=body.country, sector=body.sector, kind=body.kind,
                                rule=f"{actor.rule}+{NAME_HEAD_ANTECEDENT}" if not pending else NAME_HEAD_ANTECEDENT)
            elif pending:
                continue
        elif pending:
            continue
        elif actor.kind in ("organisation", "igo") and actor.sector is not None and actor.start is not None \
                and (actor.country is not None or actor.name):
            words = _name_words(actor)  # split once: every later description is compared with them
            if len(words) >= 2:
                named.append((actor, words))
        out.append(actor)
    return out


MEMBERSHIP_RULE = "sector-word"  # what a member noun alone resolves by: a weak word, no owner, no 'of' phrase


def members_of_named_body(actors: list[Actor], nouns: frozenset[str], sentence_of: Callable[[int], int],
                          country_names: frozenset[str], names_its_group: Callable[[Actor], bool]) -> list[Actor]:
    """'Relatives of the victims of an Islamic State cell ... the two remaining members', 'the five permanent
    members of the Security Council ... the permanent members': a member noun (``nouns``) whose phrase names
    no owner belongs to the organisation the text last named (within :data:`GENERIC_REACH` sentences), as
    'Isis members' are Islamic State's: its name, country and sector. With none named so near, it is left as
    it was (the weak word's state sector). A member noun whose own words name its group ('family members',
    'audience members', 'council members': ``names_its_group``) belongs to no body named before."""
    out: list[Actor] = []
    named: list[Actor] = []  # organisations the text named, in order
    for actor in actors:
        words = actor.text.lower().split()
        if words and words[-1] in nouns and actor.rule == MEMBERSHIP_RULE and actor.kind == "group" \
                and actor.country is None and actor.name is None and actor.start is not None \
                and not names_its_group(actor):
            here = sentence_of(actor.start)
            body = next((a for a in reversed(named) if here - sentence_of(a.start or 0) <= GENERIC_REACH), None)
            if body is not None:
                actor = _as_body(actor, body, "member-of-antecedent")
        elif _named_body(actor, country_names):
            named.append(actor)
        out.append(actor)
    return out


def _named_body(actor: Actor, country_names: frozenset[str]) -> bool:
    """An organisation the text names (not a country's name), placed and with a sector: what a later generic or
    member noun points back to."""
    return actor.kind in ("organisation", "igo") and bool(actor.name) and actor.name not in country_names \
        and actor.start is not None and actor.sector is not None


def _as_body(actor: Actor, body: Actor, rule: str) -> Actor:
    """The noun read as the body it points back to: that body's name, country and sector."""
    return replace(actor, name=body.name, country=body.country, sector=body.sector, rule=f"{actor.rule}+{rule}")


MIN_REPEATED_WORDS = 2  # 'regime forces' repeats 'Syrian regime forces'; a lone 'forces' says too little


def _description_words(actor: Actor) -> tuple[str, ...]:
    """The words of a description in lower case, without an opening determiner; () for a name (a capital
    after the first word) or anything but words."""
    words = actor.text.split()
    if words and words[0].lower() in DEFINITE_OPENERS:
        words = words[1:]
    if not words or any(w[:1].isupper() for w in words[1:]) or not all(w.isalpha() for w in words):
        return ()
    return tuple(w.lower() for w in words)


def repeated_descriptions_point_back(actors: list[Actor]) -> list[Actor]:
    """'Syrian regime forces shelled Douma ... regime forces advanced': a description with no country of its
    own that repeats the last words (two at least) of an earlier mention which named its country — the same
    noun phrase with the nationality left out, as news repeats it — is that mention's actor: its country.
    The sector must agree, and the latest such mention is taken (the ordinary reading of a repeated phrase)."""
    out: list[Actor] = []
    latest: dict[tuple[tuple[str, ...], str], Actor] = {}  # (trailing words, sector) -> last mention with a country
    for actor in actors:
        words = _description_words(actor)
        if actor.country is None and actor.sector is not None and actor.name is None \
                and actor.organisation is None and len(words) >= MIN_REPEATED_WORDS:
            antecedent = latest.get((words, actor.sector))
            if antecedent is not None:
                actor = replace(actor, country=antecedent.country, rule=f"{actor.rule}+repeated-description")
        full = tuple(w.lower() for w in actor.text.split())
        if actor.country is not None and actor.sector is not None and len(full) > MIN_REPEATED_WORDS:
            for start in range(1, len(full) - MIN_REPEATED_WORDS + 1):
                latest[(full[start:], actor.sector)] = actor
        out.append(actor)
    return out


# An abbreviation defined in brackets right after a mention: 'the Ministry of Trade (MOTIE)', 'the Kenya Wildlife
# Service (KWS)'. Two to ten letters, upper case first (the bracket of a person's party and state, '(R-Ky.)', has
# a hyphen and is no abbreviation).
ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
UNPLACED_ORGANISATION = "named-organisation"  # the resolver's rule for an organisation the knowledge base lacks


# Initials a body's full name gives its abbreviation from: its capitalised words, not the small words between
INITIAL_SKIPS = frozenset({"the", "of", "for", "and", "in", "on", "&"})
MIN_INITIALS = 3  # 'SNC', 'HTS'; two letters ('UN', 'US', 'EU') are read by the knowledge base alone


def initials(name: str) -> str:
    """'The Syrian Negotiations Commission' -> 'SNC'; '' when a word is not capitalised."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w and w.lower() not in INITIAL_SKIPS]
    if not words or any(not w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def abbreviations_of_named_bodies(actors: list[Actor]) -> list[Actor]:
    """'The Syrian Negotiations Commission ... The SNC said': an abbreviation written in capitals whose letters
    are the initials of a body the article has named in full before is that body — news names a body in full
    once and by its initials after, with or without brackets — though the knowledge base knows another body by
    the same letters (the Syrian National Council). It takes the full mention's name, country and sector — only
    where that mention was named by the words written (its name has the same initials): the body named last
    with those initials wins."""
    named: dict[str, Actor] = {}
    out: list[Actor] = []
    for actor in actors:
        short = actor.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
        body = named.get(short) if short.isalpha() and short.isupper() and len(short) >= MIN_INITIALS else None
        if body is not None and actor.kind in ("organisation", "igo") and actor.name != body.name:
            actor = replace(actor, name=body.name, country=body.country, sector=body.sector, kind=body.kind,
                            rule=f"{actor.rule}+initials-of-named-body")
        elif actor.kind in ("organisation", "igo") and actor.name and actor.sector is not None:
            full = initials(actor.text.removeprefix("the ").removeprefix("The "))
            if len(full) >= MIN_INITIALS and initials(actor.name) == full:  # named by the words written
                named[full] = actor
        out.append(actor)
    return out


def abbreviations_take_their_definition(actors: list[Actor], text: str) -> list[Actor]:
    """'the Ministry of Trade, Industry and Energy (MOTIE) ... MOTIE said': an abbreviation the text defines in
    brackets after a body's mention is that body wherever it stands later (and in the brackets themselves),
    when the knowledge base does not know it: it takes the defining mention's country, sector and name."""
    defined: dict[str, Actor] = {}
    out: list[Actor] = []
    for actor in actors:
        short = actor.text.removeprefix("the ").removeprefix("The ")
        definition = defined.get(short)
        if definition is not None and (actor.rule or "").startswith(UNPLACED_ORGANISATION):
            actor = replace(actor, name=definition.name, country=definition.country, sector=definition.sector,
                            kind=definition.kind, rule=f"{actor.rule}+abbreviation")
        elif actor.end is not None and actor.kind in ("organisation", "igo", "country", "group") \
                and actor.sector is not None and (match := ABBREVIATION.match(text, actor.end)):
            defined.setdefault(match.group(1), actor)
        out.append(actor)
    return out
