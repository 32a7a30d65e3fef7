"""Resolving a phrase ("India's Defense Ministry", "Russian President Vladimir Putin") to an Actor.

A phrase is split into its head (up to the first preposition or comma outside a name) and its tail
("refugees | fleeing the war in Liberia", "a member | of the Syrian parliament"). Names (people,
organisations, countries, demonyms, capitals, seats of power) and sector words are found by dictionary
lookups on normalised tokens. The head decides; the tail fills in what the head lacks.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from accord.actors.bridging import DEFINITE_OPENERS, MAX_DESCRIPTION_WORDS
from accord.actors.country_from_context import (
    HOMELAND_EXEMPT_SECTORS,
    REFUGEE_SECTOR,
    people_words,
    state_abbreviation_at,
)
from accord.actors.genders import agrees, shared_genders
from accord.actors.kb import (
    KINSHIP_SECTOR,
    LOWERCASE_AFTER_ARTICLE,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    SAME_SECTOR,
    Entry,
    KnowledgeBase,
    NameTarget,
    Office,
    SectorWord,
)
from accord.actors.spans import STATES_SIDE
from accord.actors.text import Tok, tokenize
from accord.memo import BoundedMemo
from accord.records import Actor
from accord.words import shared_words

# Words that end the head of a phrase: what follows describes it ("refugees fleeing ... Liberia").
SPLIT_WORDS = frozenset(
    [
        "of", "in", "from", "at", "for", "with", "near", "on", "inside", "outside", "across", "against",
        "over", "under", "by", "to", "fleeing", "living", "operating", "ordered", "who", "which", "that",
        "whose", "based",
    ]
)
SPLIT_PUNCT = frozenset(",;:()")
COUNTING_WORDS = frozenset({"a", "an", "one", "another"})  # 'an executive': one of many, a person
COUNTED_MODIFIERS = 2  # 'a senior oil executive'
NEGATING_PREFIXES = frozenset({"anti", "pro", "non"})
MEMO_SIZE = 50_000  # resolutions kept per resolver before the memo starts afresh
FORMER = frozenset({"former", "ex", "late", "ousted", "deposed", "exiled"})
FORMER_TITLE_CLASSES = frozenset({"titles", "weak"})  # the words for an office's holder: 'ambassador', 'official'
PERSON_WORD_CLASSES = frozenset({"titles", "weak"})  # words for a person by office or tie: 'adviser', 'wife'
# words for someone that a name can follow as its head ('campaign manager Jo Marsh', 'adviser Jo Marsh')
ROLE_BEFORE_NAME = PERSON_WORD_CLASSES | {"groups"}
THEN = "then"  # 'the then prime minister': the office as held at the time told
TITLED = "titled"  # 'President Reagan signed': a past office's title with no 'former', the office's time
# Sectors of organisations whose members' words decide their own sector: a state's bodies ('Pentagon officials',
# 'FBI agents') and parties, whose members may hold a state office ('Labour MPs' are legislators, LEG).
MEMBER_WORDS_DECIDE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY"})
# The forces of a people with no state ('Kurdish forces'): armed, and no state's (sectors.yaml: stateless_peoples).
STATELESS_FORCE_SECTOR = "REB"
PARTY_SECTOR = "PTY"
# What links a person's word to the organisation they work for ('a researcher for/at/with Human Rights Watch'),
# and the sectors of words for people that an organisation acts on or against, never its own ('victims of',
# 'refugees from', 'opponents of' a group).
AFFILIATION_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
# whom someone works for, after a trade ('an analyst at a bank'); not 'of', which may name what they study
EMPLOYER_PREPOSITIONS = frozenset({"for", "at", "with"})
SERVING_PREPOSITIONS = frozenset({"for", "to"})  # 'a spokesman for', 'an aide to': whom they serve
# who serves a public figure out of office (a candidate, a former official: ELI) serves them in politics, as a
# campaign's aides do (PTY, 'campaign aides' in sectors.yaml)
SERVED_OUT_OF_OFFICE = {"ELI": "PTY"}
# a body's name goes on after its institution word ('Institute of ...', 'Centre for ...') and through the small
# words between its capitalised words ('of Arab and Islamic Studies', 'for Peace and Justice')
_NAME_OPENERS = frozenset({"of", "for"})
_NAME_JOINERS = frozenset({"and", "&", "of", "for"})
RELATIONAL_SECTORS = frozenset({"CVL", REFUGEE_SECTOR, "OPP"})
# The words a stateless people's adjective makes REB: its armed men ('Kurdish forces': MIL, UAF) and the people who
# lead or run it ('Kurdish officials', 'Kurdish leaders', 'the Kurdish authorities', 'the Kurdish administration':
# GOV) -- a people with no state of its own has no state's government, so those are its movement's or its
# self-rule's, a non-state group (docs/annotation.md: non-state groups, their country the one they act in). Not
# legislators ('Kurdish MPs' sit in a state's parliament) nor police, courts or spies; a body the knowledge base
# names (the Kurdistan Regional Government, the Peshmerga) keeps its own entry.
STATELESS_GROUP_SECTORS = frozenset({"MIL", "UAF", "GOV"})
# ... of which those who run it (GOV) stay a state's government when the phrase says they hold a state's office: a
# word of such office before them ('elected Kurdish officials', sectors.yaml stateless_state_office_words) or a
# state's demonym before the people word ('Iraqi Kurdish officials': the state is named). Armed men stay REB.
STATELESS_RULER_SECTORS = frozenset({"GOV"})
STATELESS_PEOPLE_RULE = "stateless-people"
APPOSITION_COUNTRY = "apposition-country"  # the rule part of a country an apposition gives a titled name


# What `accord actors lookup` says of a rule the language decides, by the rule's part
# words that may open an international body's own name without making it another's ('the UN Security Council'
# is matched whole; 'The Security Council' opens a sentence)
OWN_NAME_OPENERS = frozenset({"the", "un", "u.n.", "united", "nations"})
NAMESAKE_RULE = "country+namesake-body"
NATIONAL_FORCES = "national-forces"  # 'Turkish forces': the state's armed forces (sectors.yaml national_force_words)
PLURAL_ENDINGS = ("s", "men", "people")  # 'rebels', 'militiamen': a group's word, not one member's
DESCRIBED_GROUP = "described-group"  # 'Syrian rebels': a non-state group named by its description, not the country
CANDIDATE_SECTOR = "ELI"
CANDIDATE_RULE = "described-candidate"
STATES_SIDE_SECTOR = "GOV"
COORDINATORS = frozenset({"and", "or", "&"})
PERSON_POSSESSIVES = shared_words().pronouns(("person",), ("possessive",))  # 'his', 'her'
PRONOUN_SIDE_NOTE = ("in an article, a person's possessive pronoun before a word of sectors.yaml person_sides ('his "
                     "rivals', 'her supporters') is the nearest person the pronoun fits, read as that person's "
                     "group: the person's country, the word's sector or (same) the person's own")
STATE_NOUNS = frozenset({"country", "nation", "state"})  # "the country's allies": the state the story speaks of
PERSONS_SIDE = "person's-side"  # "Erdoğan's supporters", "Clinton's rivals": a group of the person's country
RULE_NOTES = {
    PERSONS_SIDE: "a word for people by where they stand toward a person (sectors.yaml person_sides: 'supporters', "
                  "'rivals', 'allies') after the person's name or possessive is that group, never the person: the "
                  "person's country, the word's sector or (same) the person's own",
    STATES_SIDE: "a word for states by where they stand toward a state (sectors.yaml state_sides: 'allies', "
                 "'neighbours', 'partners') after the country's name or possessive is other states: GOV, of no "
                 "country -- neither the owner's nor, in an article, the sentence's or the story's",
    CANDIDATE_RULE: "an undated text describes the person as running for office ('candidate X'): the text's "
                    "description, not the knowledge base's latest office, says what they are (ELI)",
    "namesake-body": "an international body's name made of ordinary words ('Security Council') after a country's or "
                   "region's name is that country's own body of the name, a state body (GOV), not the UN organ; "
                   "after another capitalised word it is a body the knowledge base does not know",
    APPOSITION_COUNTRY: "the apposition after the titled name ('X, Iran's army chief') gives the country the "
                        "title does not",
    NATIONAL_FORCES: "a country or nationality with a word for a state's armed men and no name of their own "
                     "('Turkish forces', 'US troops', sectors.yaml national_force_words) is that state's armed "
                     "forces: the body the knowledge base names '<nationality> armed forces' or '<nationality> "
                     "military', not the country",
    DESCRIBED_GROUP: "a group outside the state that a nationality only describes ('Syrian rebels', the sectors of "
                     "sectors.yaml described_group_sectors) is named by its description, not by the country, "
                     "whose name is its state's; one member ('a Syrian rebel') is a person with no name",
    STATELESS_PEOPLE_RULE: "a people with no state of its own (sectors.yaml stateless_peoples) before a word for armed "
                        "men ('Kurdish forces') or for those who lead or run it ('Kurdish officials', 'Kurdish "
                        "leaders', 'the Kurdish authorities') is a non-state group (REB), no state's military or "
                        "government -- unless the phrase says they hold a state's office ('elected Kurdish "
                        "officials', 'Iraqi Kurdish officials')",
    "region-name": "a region of the country (subnational_names.yaml `regions`) is a place in it, not its state: "
                   "the country with no sector; a body of the region is named with its sector word "
                   "('Xinjiang authorities')",
}
GENERIC_NOTE = ("in an article, this generic noun names the organisation last named (two sentences back at most) "
                "whose sector is of the same family: 'The FBI ... the agency' (generic-antecedent)")
SENTENCE_COUNTRY_NOTE = ("in an article, a description of a state's body with no country of its own takes the one "
                         "country its sentence names (sentence-country-description), after back-references")
NEARBY_STATE_NOTE = ("in an article whose places are mostly in one country but whose actors name no one home "
                     "country, such a "
                     "description of a state's body takes the one state its sentence and the one before name (a "
                     "country's name or a named state body, not a place someone goes to or where something is), "
                     "else the one country of the places there where something happens, before the country the "
                     "story is set in (nearby-country)")
TITLE_HOLDER_NOTE = ("in an article, a definite singular title ('the prime minister') its sentence and the one "
                     "before leave unplaced is the one person the article names who holds that title "
                     "(title-holder-in-text); with two such people, neither")
AT_WAR_NOTE = ("in an article, a bare coalition that wages war -- subject of a verb of war ('bombed'), of a verb "
               "whose object is a military act ('continued its strikes'), owner of one ('coalition airstrikes') or "
               "formed against an armed group -- is states' military alliance, MIL, lent no country (at-war)")
HOMELAND_NOTE = ("in an article, a group named by a people with no state of its own ({people}: sectors.yaml "
                 "stateless_peoples) takes the one of the states where that people lives ({states}) that its "
                 "sentence places it in ('in Afrin', 'northern Iraq'; not a possessive, a capital that acts, a "
                 "place after 'from' or in a relative clause about another noun), else the story's setting, else "
                 "its home country, if one of those; never another state (homeland)")
MACHINE_NOTE = ("in an article, a bare weapon or vehicle (sectors.yaml force_machines) takes its sentence's "
                "country only from a state body there, never from a place or a private party beside it")
DESCRIPTION_NOTE = ("in an article, a singular definite description of a person ('the senator', 'the Democratic "
                    "nominee') is the nearest earlier person the article names and describes so — by title, "
                    "apposition or role (description-back-reference); none so described leaves it as it is")
REPRESENTS_NOTE = ("in an article, a person the text alone places who 'represents' a person ('X, who represents Y', "
                   "'X, representing Y') is that person's lawyer, JUD at every mention of the name, as the annotation "
                   "guide codes private lawyers (represents-person; not 'who represents a district')")
REPRESENTS_WORDS = frozenset({"represents", "represented", "representing"})
CREDIT_NOTE = ("in an article, a person a story's credit line names ('Reporting by X; Editing by Y', 'Contributing: "
               "Z'; sectors.yaml credit_lines), an author's sign-off ('Follow X on Twitter') or who 'reported in' a "
               "news outlet is a journalist, MED at every mention of the name (credited-journalist)")
HEADING_NOTE = ("in an article, a person the text alone places who, in the present tense, heads, leads, chairs, runs, "
                "directs or commands a body ('X, who leads the rebel group'; sectors.yaml heading_verbs) takes the "
                "body's sector and country, not its role, at every mention of the name (copular-description)")
SUFFIX_NOTE = ("a generational suffix the person's own names do not write ('III', 'Jr.'), with no other bearer known "
               "(the entry's namesakes, or an article naming the name with and without it): the known person")
NAME_HEAD_NOTE = ("in an article, a bare definite description of a body ('the ministry', 'the committee') whose head "
                  "noun is a word of the name of a body the text named before (\"Kenya's Ministry of Health\", 'the "
                  "Senate Intelligence Committee') is the latest such body: its country, sector and own name "
                  "(name-head-antecedent)")
TITLE_OPENS_NAME_NOTE = ("a capitalised title right before a capitalised word that ends a body's or a thing's name "
                         "(sectors.yaml name_head_bodies, thing_name_heads: 'the Premier League', 'General Council') "
                         "opens that name: no title, no person (title-opens-name)")
KINSHIP_NOTE = ("a word for family in lower case ('his fiancee', \"Robinson's father\") describes a private "
                "person, CVL (sectors.yaml: kinship); alone it is too vague to be an actor")


# The sectors whose weak words ('forces', 'officers') a person in office owns as their state's ('Assad's forces')
OWNED_FORCE_SECTORS = frozenset({"MIL", "COP"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """An Actor and how it was found: the rule that fired and the knowledge-base entry it came from."""

    actor: Actor
    rule: str
    entry: str | None = None


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int
    targets: tuple[NameTarget, ...]


@dataclass(frozen=True, slots=True)
class _Sector:
    start: int
    end: int
    word: SectorWord


class _Parts(NamedTuple):
    """What the phrase contains, found once by lookups (a named tuple: one is made per resolution)."""

    tokens: Sequence[Tok]
    names: tuple[_Name, ...]
    sectors: tuple[_Sector, ...]
    split: int  # index of the first token of the tail (len(tokens) when there is none)


_Shape = tuple[tuple[str, int], ...]  # each token as written, with its offset from the phrase's first
_Context = tuple[_Shape, int]  # a phrase's shape with the words before it, and how many of those there are
_Analysis = tuple[tuple[_Name, ...], tuple[_Sector, ...], int]  # _Parts without its tokens


class ActorResolver:
    """Resolves phrases to actors against a :class:`KnowledgeBase`; load once and reuse."""

    def __init__(self, kb: KnowledgeBase, prefer: Mapping[tuple[str, ...], str] | None = None,
                 namesakes: frozenset[tuple[str, ...]] = frozenset()) -> None:
        self.kb = kb
        self.prefer: Mapping[tuple[str, ...], str] = prefer or {}
        self.namesakes = namesakes  # names the document writes as two people (kb.namesakes_in_text)
        # News repeats its phrases ('Russia', 'the foreign ministry'): a resolution depends only on the words
        # as written, their spacing and the date's class (kb.date_class), so it is worked out once per shape.
        self._analysed: BoundedMemo[_Context, _Analysis] = BoundedMemo(MEMO_SIZE)
        self._memo: BoundedMemo[tuple[_Shape, tuple[int, int] | None], Resolution | None] = BoundedMemo(MEMO_SIZE)
        # words that end a body's or a thing's name ('League', 'Council', 'Cup'), never a person's: a title
        # before one opens that name ('the Premier League', 'General Council'), it names no one
        self._name_heads = kb.name_head_bodies | kb.thing_name_heads

    def in_context(self, tokens: Sequence[Tok]) -> ActorResolver:
        """This resolver for one document: ambiguous names ('Congo') read by the document's cue words, and a
        name the document writes as two people ('X' and 'X Jr.') with its suffix naming the other."""
        prefer = self.kb.context_choices(tokens)
        namesakes = self.kb.namesakes_in_text(tokens)
        return ActorResolver(self.kb, prefer, namesakes) if prefer or namesakes else self

    def match_names(self, tokens: Sequence[Tok],
                    before: Sequence[Tok] = ()) -> Iterator[tuple[int, int, list[NameTarget]]]:
        """The knowledge base's name matches, as this document reads its names (``in_context``)."""
        return self.kb.match_names(tokens, before, self.namesakes)

    @classmethod
    def load(cls, user_files: Sequence[str | Path] = ()) -> ActorResolver:
        """Shipped data with the user's actor files layered on top."""
        return cls(KnowledgeBase.load(user_files))

    def resolve(self, phrase: str, date: str | None = None) -> Resolution | None:
        """'India's Defense Ministry' -> IND/MIL. ``date`` (ISO) picks who held an office then."""
        return self.resolve_tokens(tokenize(phrase), date, text=phrase)

    def resolve_tokens(
        self, tokens: Sequence[Tok], date: str | None = None, *, text: str | None = None
    ) -> Resolution | None:
        if not tokens:
            return None
        key = (_shape(tokens), self.kb.date_class(date))
        if key in self._memo:
            found = self._memo[key]
        else:
            parts = self.analyse(tokens)
            found = self._group_name(parts, date) or self._former_title(
                parts, self._from_head(parts, date) or self._from_tail(parts, date))
            self._memo.remember(key, found)
        if found is None:
            return None
        surface = text if text is not None else _surface(tokens)
        if found.actor.text == surface:  # the phrase as written before: the remembered record is this one
            return found
        actor = found.actor
        found = Resolution(actor.at(surface, actor.start, actor.end), found.rule, found.entry)
        self._memo[key] = found
        return found

    def explain(self, phrase: str, date: str | None = None) -> dict[str, Any]:
        """What the resolver saw in a phrase and what it decided: for `accord actors lookup`."""
        tokens = tokenize(phrase)
        parts = self.analyse(tokens)
        found = self.resolve_tokens(tokens, date, text=phrase)
        entry = self.kb.entries.get(found.entry) if found and found.entry else None
        words = " ".join(t.norm for t in tokens)  # the phrase's words, read against each credit line's opening
        return {
            "phrase": phrase,
            "date": date,
            "head": _surface(tokens[: parts.split]),
            "tail": _surface(tokens[parts.split :]) or None,
            "names": [
                {"text": _surface(tokens[n.start : n.end]), "entries": [f"{t.entry} ({t.form})" for t in n.targets],
                 "matched": self.kb.how_matched(tokens[n.start : n.end], n.targets[0])}
                for n in parts.names
            ],
            "sector_words": [
                {"text": _surface(tokens[s.start : s.end]), "sector": s.word.sector, "class": s.word.cls}
                for s in parts.sectors
            ],
            "actor": found.actor.to_dict() | {"kind": found.actor.kind} if found else None,
            "rule": found.rule if found else None,
            "entry": found.entry if found else None,
            "entry_name": entry.name if entry else None,
            "entry_source": entry.source if entry else None,
            "members": list(entry.members) if entry and entry.members else None,
            "period": _period_text(entry, date) if entry else None,
            "notes": [note for part, note in RULE_NOTES.items() if found and part in found.rule.split("+")]
            + [KINSHIP_NOTE for s in parts.sectors if (s.word.text,) in self.kb.kinship_words
               and s.word.sector == KINSHIP_SECTOR and s.word.cls == "weak"]
            + self._in_document_notes(tokens, found)
            + [REPRESENTS_NOTE for t in tokens[parts.split : parts.split + 3] if t.norm in REPRESENTS_WORDS][:1]
            + [CREDIT_NOTE for o in self.kb.credit_lines if words.startswith(o + " ")][:1]
            + [HEADING_NOTE for i, t in enumerate(tokens[:-1]) if t.norm == "who"
               and tokens[i + 1].norm.removesuffix("s") in self.kb.heading_verbs][:1]
            + [SUFFIX_NOTE for n in parts.names if found and found.entry == n.targets[0].entry and n.end < len(tokens)
               and tokens[n.end].norm in NAME_SUFFIXES and self.kb.entries[n.targets[0].entry].kind == "person"][:1]
            + [TITLE_OPENS_NAME_NOTE for i in range(len(tokens) - 1) if (hit := self.kb.sector_at(tokens, i))
               and self._opens_a_name(tokens, i, hit[0], hit[1])][:1],
        }

    def _in_document_notes(self, tokens: Sequence[Tok], found: Resolution | None) -> list[str]:
        """What an article would add to a description the phrase alone leaves without a name or country: the
        rules that read the document (actors/mentions.py), which `accord actors lookup` cannot run."""
        if found is None:
            side = len(tokens) > 1 and tokens[-1].norm in self.kb.person_sides
            if side and any(t.norm in PERSON_POSSESSIVES for t in tokens[:-1]):
                return [PRONOUN_SIDE_NOTE]
            # 'the committee': no actor alone, the body of that head the article named before
            head_body = 2 <= len(tokens) <= MAX_DESCRIPTION_WORDS and tokens[0].norm in DEFINITE_OPENERS \
                and tokens[-1].norm in self.kb.name_head_bodies
            return [NAME_HEAD_NOTE] if head_body else []
        if found.actor.name is not None or found.actor.country is not None:
            return []
        actor, notes = found.actor, []
        words = [t.norm for t in tokens]
        definite = bool(words) and words[0] in DEFINITE_OPENERS
        if actor.kind == "organisation" and definite and 2 <= len(words) <= MAX_DESCRIPTION_WORDS \
                and not any(t.capitalised for t in tokens[1:]):
            notes.append(NAME_HEAD_NOTE)
        if actor.kind == "organisation" and definite and any(
                " ".join(words[-n:]) in self.kb.generic_body_nouns for n in (1, 2) if len(words) > n):
            notes.append(GENERIC_NOTE)
        machine = bool(words) and (words[-1] in self.kb.force_machines
                                   or " ".join(words[-2:]) in self.kb.force_machines)
        if actor.sector in self.kb.state_sectors and actor.kind in ("organisation", "group") and not actor.role \
                and not machine and STATES_SIDE not in found.rule.split("+"):
            notes.append(SENTENCE_COUNTRY_NOTE)
            notes.append(NEARBY_STATE_NOTE)
        if actor.role and words and words[0] == "the" and not words[-1].endswith("s"):
            notes.append(TITLE_HOLDER_NOTE)
        if actor.kind in ("person", "group") and words and words[0] in DEFINITE_OPENERS \
                and len(tokens) > 1 and not tokens[-1].capitalised and not words[-1].endswith("s"):
            notes.append(DESCRIPTION_NOTE)
        if actor.sector == "PTY" and words and words[-1] in self.kb.war_alliance_nouns:
            notes.append(AT_WAR_NOTE)
        if machine:
            notes.append(MACHINE_NOTE)
        peoples = people_words(actor.text, self.kb.homelands)  # as the actor stage reads them
        if peoples and actor.sector not in HOMELAND_EXEMPT_SECTORS:
            states = sorted(set().union(*(self.kb.homelands[w] for w in peoples)))
            notes.append(HOMELAND_NOTE.format(people=", ".join(peoples), states=", ".join(states)))
        return notes

    # --- analysis ----------------------------------------------------------------------------------

    def _opens_a_name(self, tokens: Sequence[Tok], start: int, end: int, word: SectorWord) -> bool:
        """A capitalised title right before a capitalised word that ends a body's or a thing's name ('the Premier
        League', 'General Council', 'the Chancellor Cup'): the title word opens that name and names no one."""
        return word.cls == "titles" and end < len(tokens) and tokens[start].capitalised \
            and tokens[end].capitalised and tokens[end].norm in self._name_heads

    def analyse(self, tokens: Sequence[Tok], before: Sequence[Tok] = ()) -> _Parts:
        """The names, sector words and head/tail split of a phrase; ``before``: words that precede it, which
        decide whether a name that is also an ordinary word is a name ('the Department of | Labor')."""
        shape = (_shape([*before, *tokens]) if tokens else (), len(before))
        found = self._analysed.get(shape)
        if found is None:
            found = self._analyse(tokens, before)
            self._analysed.remember(shape, found)
        return _Parts(tokens, *found)

    def _analyse(self, tokens: Sequence[Tok], before: Sequence[Tok] = ()) -> _Analysis:
        relations = self.kb.relation_participles
        names = tuple(
            _Name(s, e, self._ordered(tokens[s:e], t)) for s, e, t in self.match_names(tokens, before)
            if not (s > 0 and tokens[s - 1].norm in NEGATING_PREFIXES)  # 'anti-Syria', 'pro-Russian'
            and not (e < len(tokens) and tokens[e].norm in relations  # 'US-backed', 'Russian-made': a modifier
                     and tokens[e].start - tokens[e - 1].end <= 1)
            and not state_abbreviation_at(tokens, e - 1)  # 'Athens, Ga.', 'Carthage, Ill.': a US town
        )
        covered = {i for n in names for i in range(n.start, n.end)}
        sectors: list[_Sector] = []
        i = 0
        while i < len(tokens):
            found = None if i in covered else self.kb.sector_at(tokens, i)
            if found is None or any(j in covered for j in range(i, found[0])):
                i += 1
                continue
            if self._opens_a_name(tokens, i, found[0], found[1]):  # 'the Premier League': no premier's
                i = found[0] + 1
                continue
            sectors.append(_Sector(i, found[0], found[1]))
            i = found[0]
        sectors = [self._counted_sense(tokens, s) for s in sectors]
        inside = covered | {j for s in sectors for j in range(s.start, s.end)}
        split = next(
            (i for i, t in enumerate(tokens) if i > 0 and i not in inside and _splits(t)), len(tokens)
        )
        return names, tuple(sectors), split

    def _counted_sense(self, tokens: Sequence[Tok], sector: _Sector) -> _Sector:
        """'an executive at a firm', 'a senior executive': a body's word counted as one of many is a person of the
        sector ``counted_person_senses`` gives (an indefinite article or 'one' before it, with at most two
        lower-case modifiers between); 'the executive' stays the branch of government."""
        code = self.kb.counted_senses.get(sector.word.text.lower())
        if code is None:
            return sector
        for back in range(1, COUNTED_MODIFIERS + 2):
            i = sector.start - back
            if i < 0:
                return sector
            if tokens[i].norm in COUNTING_WORDS:
                return _Sector(sector.start, sector.end, SectorWord(code, "groups", sector.word.text))
            if tokens[i].capitalised or tokens[i].is_punct:  # a name or a break: no article of this word's
                return sector
        return sector

    def _ordered(self, tokens: Sequence[Tok], targets: list[NameTarget]) -> tuple[NameTarget, ...]:
        chosen = self.prefer.get(tuple(t.norm for t in tokens)) if self.prefer else None
        if chosen is None:
            return tuple(targets)
        return tuple(sorted(targets, key=lambda t: t.entry != chosen))

    # --- the head decides ----------------------------------------------------------------------------

    def _group_name(self, parts: _Parts, date: str | None) -> Resolution | None:
        """'the Friends of Abe', 'Mothers Against Drunk Driving', 'Veterans for Peace': a capitalised plural word
        for people (``group_name_openers``) with 'of', 'for', 'against' or 'without' and capitalised words after
        it, up to a comma, is a voluntary group's name (NGO) — not the person, party or place it names. A body
        the knowledge base knows by the whole name ('Friends of the Earth') keeps its entry; lower case ('friends
        of Abe') or a country after the link ('Citizens of Iraq') are people."""
        tokens = parts.tokens
        first = 1 if tokens and tokens[0].norm in DEFINITE_OPENERS else 0
        if first + 2 >= len(tokens) or tokens[first].norm not in self.kb.group_name_openers \
                or not tokens[first].raw[:1].isupper() or tokens[first + 1].norm not in self.kb.group_name_links:
            return None
        if any(n.start <= first < n.end for n in parts.names):
            return None
        end = next((i for i in range(first + 2, len(tokens)) if tokens[i].raw in (",", ";", ":", "(")), len(tokens))
        words = [t for t in tokens[first + 2 : end] if t.norm not in self.kb.group_name_joiners]
        if not words or not all(t.raw[:1].isupper() for t in words):
            return None
        if any(n.start >= first + 2 and self._entry(n, date, kinds=("country",)) for n in parts.names if n.end <= end):
            return None
        actor = Actor(text="", name=_surface(tokens[first:end]), sector=self.kb.group_name_sector, kind="organisation")
        return _result(actor, "group-name", None)

    def _from_head(self, parts: _Parts, date: str | None) -> Resolution | None:
        head_names = [n for n in parts.names if n.end <= parts.split]
        sector = self._head_sector(parts)
        person = self._person(parts, head_names, date)
        if person is not None:
            return person
        namesake: _Name | None = None  # an international body's generic name used by another body
        for name in head_names:
            entry = self._entry(name, date, kinds=("igo", "organisation"))
            if entry is not None and self._another_bodys_name(entry, name, parts):
                namesake = name
                continue
            if entry is not None:
                return self._employee(entry, name, parts, date) or self._organisation(entry, name, sector, parts, date)
        unknown = self._unknown_person(parts, date)
        if unknown is not None:
            return unknown
        country = next((n for n in head_names if self._entry(n, date, kinds=("country",))), None)
        # 'the British Foreign Office', 'the Russian Kremlin': the seat of power heads the phrase, the demonym
        # before it only says whose it is
        seat = next((n for n in reversed(head_names) if any(t.entry.startswith("seat:") for t in n.targets)
                     and self._entry(n, date, kinds=("country",))), None)
        country = seat or country
        if country is not None and namesake is not None and sector is None and country.end == namesake.start:
            # 'the Ukrainian Security Council': the country's own body of that name, a state body
            code = self._country(country, None, parts, date).actor.country
            body = Actor(text="", name=_surface(parts.tokens[country.start : namesake.end]), country=code,
                         sector="GOV", kind="organisation")
            return _result(body, NAMESAKE_RULE, None)
        if sector is None and self._states_side(parts, country):
            return _result(Actor(text="", sector=STATES_SIDE_SECTOR, kind="group"), STATES_SIDE, None)
        if country is not None:
            own = self._country(country, sector, parts, date)
            if sector is not None and own.actor.kind != "person" \
                    and self._stateless_group(parts, sector, country):
                # 'Syrian Kurdish militias': the demonym says whose country they are from, the stateless people
                # that they are its non-state armed men, not its army (MIL) nor gunmen of no affiliation (UAF)
                # no name of their own but the country's; an institution's name ('the Syrian Defence Forces') stays
                entry = self.kb.entries.get(own.entry or "")
                own_name = own.actor.name
                if entry is not None and own.actor.name == entry.name:  # the country's name is not theirs
                    own_name = _described_group(parts, country.start, sector)
                actor = replace(own.actor, sector=STATELESS_FORCE_SECTOR, name=own_name,
                                rule=f"{STATELESS_PEOPLE_RULE}+{own.rule}")
                return Resolution(actor, actor.rule or "", own.entry)
            return own
        if sector is not None:
            found = self._from_sector(parts, sector, date)
            if found is not None and self._stateless_group(parts, sector):
                # the country a phrase adds ('in Syria') is where they fight, not their name; with no name the
                # story's setting can still give them a country (country_from_context)
                actor = replace(found.actor, sector=STATELESS_FORCE_SECTOR, name=None,
                                rule=f"{STATELESS_PEOPLE_RULE}+{found.rule}")
                return Resolution(actor, actor.rule or "", found.entry)
            return found
        return None

    def _states_side(self, parts: _Parts, country: _Name | None) -> bool:
        """"Turkey's allies", 'US allies', "the country's neighbours": a word for states by where
        they stand toward a state (``state_sides``) ending the head after the country's name or possessive --
        "the country's", "the nation's" -- with only lower-case words between ("Turkey's closest allies"): other
        states, never the owner. A demonym ('American allies', 'Turkish partners') may say who they are, and 'its'
        may be a firm's or a community's ('the company and its partners'): both are left alone."""
        tokens = parts.tokens[: parts.split]
        if len(tokens) < 2 or tokens[-1].norm not in self.kb.state_sides \
                or any(t.norm in COORDINATORS for t in tokens):  # 'the Department of Energy and its partners'
            return False
        if country is not None:
            if any(t.form == "demonym" for t in country.targets) or country.end >= len(tokens):
                return False
            if any(t.entry.startswith("seat:") for t in country.targets):
                return False  # 'Kremlin allies' are insiders of the seat's own state, not other states
            start = country.end + (tokens[country.end].norm == "'s")
        else:
            owner = next((i for i, t in enumerate(tokens) if t.norm == "'s" and i > 0
                          and tokens[i - 1].norm in STATE_NOUNS), None)
            if owner is None:
                return False
            start = owner + 1
        return all(not t.capitalised and t.norm != "'s" for t in tokens[start:-1])

    def _another_bodys_name(self, entry: Entry, name: _Name, parts: _Parts) -> bool:
        """'the Ukrainian Security Council', 'the Kurdistan Region Security Council': an international body's
        name made of a generic body noun ('Security Council', 'General Assembly') inside a longer proper name is
        another body of that kind -- the capitalised word before it names whose it is (a country's, a region's,
        one the knowledge base does not know), as 'the National Security Council' is no UN organ."""
        tokens = parts.tokens
        if entry.kind != "igo" or entry.country is not None or name.start == 0:
            return False
        if self.kb.guarded.get(tuple(t.norm for t in tokens[name.start : name.end])) != LOWERCASE_AFTER_ARTICLE:
            return False  # a name of its own ('Nato', 'Unicef'), not one made of ordinary words (name_cases.yaml)
        before = tokens[name.start - 1]
        return before.capitalised and before.norm not in OWN_NAME_OPENERS

    def _stateless_group(self, parts: _Parts, sector: _Sector, country: _Name | None = None) -> bool:
        """'Kurdish forces', 'Baloch troops in Iran', 'the Kurdish militias': the armed men of a people with no
        state of its own (``stateless_peoples``) are a non-state armed group, not a state's military — nor armed
        men of no known affiliation (UAF): the people named is their affiliation. So are the people who lead or
        run such a people ('Kurdish officials', 'Kurdish leaders': :data:`STATELESS_GROUP_SECTORS`), unless the
        phrase says they hold a state's office (:data:`STATELESS_RULER_SECTORS`): a word of such office before them
        ('elected Kurdish officials') or the state named before the people word ('Iraqi Kurdish officials')."""
        if sector.word.sector not in STATELESS_GROUP_SECTORS:
            return False
        before = parts.tokens[: sector.start]
        people = next((i for i, t in enumerate(before) if t.norm in self.kb.stateless_peoples), None)
        if people is None:
            return False
        if sector.word.sector in STATELESS_RULER_SECTORS:
            if any(t.norm in self.kb.stateless_state_office_words for t in before):
                return False
            if country is not None and country.end <= people:
                return False
        return True

    def _head_sector(self, parts: _Parts) -> _Sector | None:
        """The sector word that heads the phrase: a kin word after a possessive, else the head's best."""
        return self._kin_of_possessor(parts) or _best_sector([s for s in parts.sectors if s.end <= parts.split])

    def _kin_of_possessor(self, parts: _Parts) -> _Sector | None:
        """'the prime minister's wife', 'the general's son': a word of kinship after a possessive heads the
        phrase — a relative, a private person (CVL), not the office holder whose relative they are."""
        tokens = parts.tokens
        return next((s for s in parts.sectors if s.end <= parts.split and s.start > 0
                     and tokens[s.start - 1].norm == "'s"
                     and tuple(t.norm for t in tokens[s.start : s.end]) in self.kb.kinship_words), None)

    def _former_title(self, parts: _Parts, found: Resolution | None) -> Resolution | None:
        """'a former ambassador', 'former US officials', 'the former foreign minister': who held a state's office
        and no longer does is an elite, ELI, as a former office holder the knowledge base knows is — whatever
        else the phrase resolves to (the country stays)."""
        if found is None or found.actor.kind == "person" or found.actor.sector not in self.kb.state_sectors:
            return found
        sector = _best_sector([s for s in parts.sectors if s.end <= parts.split])
        if sector is None or sector.word.cls not in FORMER_TITLE_CLASSES:
            return found
        if not any(t.norm in FORMER for t in parts.tokens[: sector.start]):
            return found
        return _as_former(found)

    def _accredited_to(self, parts: _Parts, sector: _Sector) -> bool:
        """'ambassador to Britain': a title of those a state sends abroad (``accredited_titles``), ending the
        head, with 'to' opening the tail."""
        return sector.end == parts.split < len(parts.tokens) and parts.tokens[parts.split].norm == "to" \
            and sector.word.text.lower() in self.kb.accredited_titles

    def _from_sector(self, parts: _Parts, sector: _Sector, date: str | None) -> Resolution | None:
        """A head with a sector word and no name of its own: the tail fills in what it lacks."""
        if self._accredited_to(parts, sector):
            # 'the ambassador to Britain', 'a special envoy to the UN': where they serve, not whose they are
            actor = Actor(text="", sector=sector.word.sector, kind=sector.word.kind, role=_role(sector))
            return _result(actor, "sector-word+accredited-to")
        tail = self._from_tail(parts, date)
        if tail is not None and sector.word.cls == "titles" and tail.actor.kind == "person" and tail.entry \
                and self.kb.entries[tail.entry].kind == "person":
            # 'Minister for Defence Richard Marles': the title introduces a known person, who keeps their office
            return replace(tail, actor=replace(tail.actor, rule=f"title+{tail.rule}"), rule=f"title+{tail.rule}")
        if tail is not None and self._serves_person(parts, sector, tail):
            return self._possessed_person(tail, sector)  # 'a spokesman for Merkel' is as 'Merkel's spokesman'
        if tail is not None and known_person(self.kb, tail):
            return _of_person(sector, tail)  # 'supporters of Hillary Clinton': the group, not the person
        if tail is not None:
            # a weak head ('a member of the Syrian parliament') takes the tail's stronger sector, and so does
            # the title of whoever heads a body ('the president of the Arab American Institute')
            heads_body = sector.word.text.lower() in self.kb.head_titles and tail.actor.kind != "country"
            # but a relative ('the son of the senator', 'X, daughter of the Democratic candidate') is a private
            # person, as 'the senator's son' is (_kin_of_possessor): the tie is not the office
            kin = tuple(t.norm for t in parts.tokens[sector.start : sector.end]) in self.kb.kinship_words
            weak = not kin and (sector.word.cls == "weak" or heads_body) and (
                tail.actor.sector not in (None, "GOV", "CVL") or self._belongs_to_civilians(sector, tail))
            code = tail.actor.sector if weak or self._employed_at(parts, sector, tail) else sector.word.sector
            member_of = self._tail_employer_sector(parts, sector, tail, date)
            code = member_of or code
            actor = replace(tail.actor, sector=code, kind=sector.word.kind, role=_role(sector),
                            rule=f"sector-word+{'member+' if member_of else ''}{tail.rule}")
            return Resolution(actor, actor.rule or "", tail.entry)
        if sector.word.cls == "weak" and not parts.tokens[sector.end - 1].norm.endswith("s"):
            return None  # 'a spokesman', 'the side': too vague to be an actor alone ('officials' is not)
        employer = self._employer_before(parts, sector)
        if employer is not None:  # 'Redfield Bank analyst Jo Marsh': the bank's, as 'an analyst at the bank'
            actor = Actor(text="", name=_proper_body_name(parts.tokens, employer), sector=employer.word.sector,
                          kind=sector.word.kind, role=_role(sector))
            return _result(actor, "named-body+occupation")
        body = _proper_body_name(parts.tokens, sector)
        actor = Actor(text="", name=body, sector=sector.word.sector, kind=sector.word.kind, role=_role(sector))
        return _result(actor, "named-body" if body else "sector-word")

    def _employer_before(self, parts: _Parts, sector: _Sector) -> _Sector | None:
        """'Kellaway Securities analyst', 'Redfield Bank strategists': an institution's name (capitalised, ending
        in its body word) right before a trade of ``employed_occupations`` names whom they work for."""
        if sector.word.text.lower() not in self.kb.employed_occupations:
            return None
        return next((s for s in parts.sectors if s.end == sector.start and s.word.cls == "bodies"
                     and parts.tokens[s.end - 1].capitalised), None)

    def _employed_at(self, parts: _Parts, sector: _Sector, tail: Resolution) -> bool:
        """'an analyst at Redfield Bank', 'a strategist with the UN': a trade practised in organisations of every
        kind (``employed_occupations``) ending the head, 'at'/'with'/'for' opening a tail that is an organisation
        of known sector — whom they work for says their sector, not the trade."""
        return sector.end == parts.split < len(parts.tokens) \
            and parts.tokens[parts.split].norm in EMPLOYER_PREPOSITIONS \
            and sector.word.text.lower() in self.kb.employed_occupations \
            and tail.actor.kind in ("organisation", "igo") and tail.actor.sector is not None

    def _serves_person(self, parts: _Parts, sector: _Sector, tail: Resolution) -> bool:
        """'a spokeswoman for Angela Merkel', 'an aide to the senator': a word for whoever works or speaks for
        someone (``serving_words``) ending the head, 'for'/'to' opening a tail that is a person."""
        return tail.actor.kind == "person" and sector.end == parts.split < len(parts.tokens) \
            and parts.tokens[parts.split].norm in SERVING_PREPOSITIONS \
            and sector.word.text.lower() in self.kb.serving_words

    def _belongs_to_civilians(self, sector: _Sector, tail: Resolution) -> bool:
        """'members of the public', 'a spokesman for the residents': who belongs to or speaks for a group of
        private persons is one of them (``belonging_words``), where an office word keeps its state's sector."""
        return tail.actor.sector == "CVL" and tail.actor.kind == "group" \
            and sector.word.text.lower() in self.kb.belonging_words

    def _tail_employer_sector(self, parts: _Parts, sector: _Sector, tail: Resolution, date: str | None
                              ) -> str | None:
        """'chief negotiator for the opposition's commission', 'a researcher for Human Rights Watch': the
        organisation the tail names is whom they work for, as 'an IS commander' is the group's: its sector when
        its people are its own (:func:`_members_sector`). Not the people an organisation acts on or against
        ('victims of', 'opponents of', 'families driven out by' a group)."""
        if not tail.entry or tail.rule != f"of:{tail.actor.kind}" or sector.word.sector in RELATIONAL_SECTORS \
                or parts.tokens[parts.split].norm not in AFFILIATION_PREPOSITIONS:
            return None
        named = self.kb.entries.get(tail.entry)
        if named is None or named.kind not in ("organisation", "igo"):
            return None
        return _members_sector(named, sector.word, date, self.kb.head_titles,
                               self.kb.party_standing_words)

    def _from_tail(self, parts: _Parts, date: str | None) -> Resolution | None:
        if parts.split >= len(parts.tokens):
            return None
        split = parts.split
        sub = self.analyse(parts.tokens[split + 1 :], before=parts.tokens[max(0, split - 1) : split + 1])
        found = self._group_name(sub, date) or self._from_head(sub, date) or self._from_tail(sub, date)
        if found is None:
            return None
        return replace(found, rule=found.rule if found.rule.startswith("of:") else "of:" + found.rule)

    # --- people -----------------------------------------------------------------------------------------

    def _person(self, parts: _Parts, names: list[_Name], date: str | None) -> Resolution | None:
        titles = [s.word.text.lower() for s in parts.sectors if s.end <= parts.split and s.word.cls == "titles"]
        former = any(t.norm in FORMER for t in parts.tokens[: parts.split])
        found: Resolution | None = None
        name_start = name_end = 0  # where the person's name starts and ends in the phrase
        for name in names:
            surname_only = _bare_surname(parts.tokens[name.start : name.end])
            people = [self.kb.entries[t.entry] for t in name.targets if self.kb.entries[t.entry].kind == "person"
                      and not (surname_only and _other_given_name(parts, name.start, self.kb.entries[t.entry],
                                                                self.kb.head_titles))]
            people = _of_honorifics_gender(people, parts.tokens, name.start)
            if surname_only:
                people = _of_bench_title(people, parts, self.kb.bench_sectors)
            if people:
                found = self._person_record(_pick_person(_titled(people, titles), date), date, "person", titles)
                name_start, name_end = name.start, name.end
                break
        covered = {i for n in names for i in range(n.start, n.end)}
        for i, token in enumerate(parts.tokens[: parts.split]):
            if found is not None or i in covered or not token.capitalised:
                continue
            people = _of_bench_title(_of_honorifics_gender([p for p in self.kb.people_named(token)
                                                            if not _other_given_name(parts, i, p,
                                                                                     self.kb.head_titles)],
                                                           parts.tokens, i), parts, self.kb.bench_sectors)
            if people and _short_is_name(parts.tokens, i):
                found = self._person_record(_pick_person(_titled(people, titles), date), date, "surname", titles)
                name_start, name_end = i, i + 1
        named_last = self._named_after_role(parts, found, name_end, date) if found is not None else None
        if named_last is not None:  # 'Donald Trump campaign manager Corey Lewandowski': the manager, not Trump
            return _as_former(named_last) if former else named_last  # 'former Obama adviser Jo Marsh'
        # "Merkel's spokesman Jo Marsh": the person named last, right after the word for someone, is the head,
        # not the group or body a possessive before the word would make of a phrase with no name after it
        owner = found if found is not None and not (name_end == parts.split and any(
            s.end == name_start and s.word.cls in ROLE_BEFORE_NAME for s in parts.sectors)) else None
        own_body = self._persons_body(parts, owner) if owner is not None else None
        if own_body is not None:
            return own_body  # 'the Sanders campaign', 'the Cruz campaign's chairman'
        side = self._persons_side(parts, owner, name_end) if owner is not None else None
        if side is not None:
            return side  # "Erdoğan's supporters", "Clinton's rivals", 'Trump allies': the group, not the person
        possessed = self._possessed_body(parts, owner) if owner is not None else None
        if possessed is not None:
            return possessed  # 'Mr. Netanyahu's former adviser': 'former' is the adviser's (_former_title)
        described = self._described_by_person(parts, owner, name_end) if owner is not None else None
        if described is not None:
            return described  # 'Trump supporters', 'the non-Trump candidates': the group, not the person
        if found is not None and former:
            return _as_former(found)
        if found is not None and date is None and found.rule.endswith("-in-office") \
                and _describes_candidate(parts.tokens[: max(name_end - 1, 0)], self.kb.candidate_words):
            # 'Republican candidate Donald Trump' in an undated text: the text's description, not the latest
            # office the knowledge base knows, says what the person is (an elite running for office)
            actor = replace(found.actor, sector=CANDIDATE_SECTOR, role=None, organisation=None)
            return _result(actor, f"{CANDIDATE_RULE}+{found.rule}", found.entry)
        if found is not None and any(t.norm == THEN for t in parts.tokens[: parts.split]):
            return self.as_then_holder(found, titles)
        return found

    def _named_after_role(self, parts: _Parts, owner: Resolution, end: int, date: str | None) -> Resolution | None:
        """'Donald Trump campaign manager Corey Lewandowski', 'Obama adviser Jo Marsh', "Clinton's spokesman Al
        Reed": a person's name (or possessive) before a word for someone by office or tie, itself followed by a
        name that ends the head. The head of such a phrase is the person named last (as in 'the campaign manager
        of Donald Trump'): the first name only says whose they are. A person the knowledge base knows is read as
        named alone; one it does not is the word's person of the owner's country, in the sector a word for
        someone who serves the owner takes (:meth:`_possessed_person`), with the name as written."""
        head = parts.split
        words = [s for s in parts.sectors if s.start >= end and s.end < head and s.word.cls in ROLE_BEFORE_NAME]
        if owner.actor.kind != "person" or not words:
            return None
        word = max(words, key=lambda s: s.end)
        between = parts.tokens[end : word.start]
        if any(t.capitalised or (t.is_punct and t.norm not in ("'s", "'", "’")) for t in between):
            return None  # 'Trump Tower security chief X': a name of its own between
        tail = parts.tokens[word.end : head]
        if not tail or not tail[0].capitalised or not tail[-1].capitalised \
                or any(s.start < head and s.end > word.end for s in parts.sectors if s is not word) \
                or not all(t.capitalised or t.norm in NAME_PARTICLES or _hyphen_half(tail, i)
                           for i, t in enumerate(tail)) \
                or all(t.norm in NAME_SUFFIXES for t in tail):  # 'Obama aide Jr.': no name
            return None
        later = [n for n in parts.names if n.start >= word.end and n.end <= head]
        if any(self.kb.entries[t.entry].kind != "person" for n in later for t in n.targets):
            return None  # a body or a place after the word ('Obama adviser Brookings'): not a person's name
        if later:
            sub = self.analyse(parts.tokens[word.start : head], before=parts.tokens[: word.start])
            known = self._person(sub, [n for n in sub.names if n.end <= sub.split], date)
            if known is not None and known.actor.kind == "person":
                return known
            return None
        served = self._possessed_person(owner, word)
        actor = replace(served.actor, name=_join_name(tail), kind="person")
        return _result(actor, "person-modifier+role+name", owner.actor.country)

    def as_of(self, actor: Actor, date: str | None) -> Actor:
        """A person mention as of ``date`` by the knowledge base's dated offices (the one person of the name),
        for a mention whose own words dated it otherwise ('then-Sen. Barack Obama'); else ``actor``."""
        entry = self.kb.dated_person(actor.name or "") if actor.kind == "person" else None
        if entry is None:
            return actor
        found = self._person_record(entry, date, "person").actor
        return replace(actor, country=found.country, sector=found.sector, role=found.role,
                       organisation=found.organisation, rule=found.rule)

    def written_titles(self, tokens: Sequence[Tok]) -> list[str]:
        """The titles written before the name in a phrase ('sen.' of 'Sen. Barack Obama'), lower-cased."""
        parts = self.analyse(tokens)
        return [s.word.text.lower() for s in parts.sectors if s.end <= parts.split and s.word.cls == "titles"]

    def as_then_holder(self, found: Resolution, titles: Sequence[str] = ()) -> Resolution:
        """'the then prime minister, David Cameron', 'then-President Obama', 'then-Sen. Barack Obama': 'then'
        places the mention in the time the office was held. A former holder is the office holder of the events
        told — the office the title names (else the last one held), not an elite out of office; one in another
        office on the article's date ('then-Sen. Obama' in 2016) holds the earlier office the title names.
        Anyone else is left as found."""
        entry = self.kb.entries.get(found.entry or "")
        if entry is None or not entry.offices:
            return found
        # 'then-Sen. Barack Obama' in 2016: 'then' with the title of another office the person held is that
        # office, whatever the person holds on the article's date
        named = _named_offices(entry, titles)
        if found.rule.endswith("former-office-holder"):
            office = max(named, key=lambda o: o.start or "") if named else _office_at(entry, None, titles)
        elif found.rule.endswith("-in-office") and named and found.actor.role not in {o.role for o in named}:
            office = max(named, key=lambda o: o.start or "")
        else:
            return found
        if office is None:
            return found
        org = self.kb.entries.get(office.org) if office.org else None
        actor = replace(found.actor, sector=office.sector, role=office.role,
                        country=found.actor.country if org else office.country or entry.country or found.actor.country,
                        organisation=org.name if org else found.actor.organisation)
        return _result(actor, f"then+{found.rule}", entry.id)

    def as_titled_past_holder(self, found: Resolution, titles: Sequence[str]) -> Resolution:
        """'President Reagan signed the law', 'President George W. Bush's term': a title of an office the person
        held only in the past, written with no 'former' (the caller checks), speaks of the time the office was
        held — news writes 'former President Bush' for what he does out of office. The office the title names,
        as :meth:`as_then_holder` gives it; the event stage still dates the act by the text
        (:mod:`accord.actors.dating`: the rule keeps its dated ending). A title of no office the person held
        ('Mr.'), or a person in office, is left as found."""
        entry = self.kb.entries.get(found.entry or "")
        if entry is None or not found.rule.endswith("former-office-holder") or not _named_offices(entry, titles):
            return found
        then = self.as_then_holder(found, titles)
        return replace(then, rule=f"{TITLED}+{found.rule}", actor=replace(then.actor, rule=f"{TITLED}+{found.rule}"))

    def _persons_body(self, parts: _Parts, person: Resolution) -> Resolution | None:
        """'the Sanders campaign', "Cruz's campaign", 'the Clinton camp': a person's own political organisation
        (``person_bodies``) right after their name or possessive, ending the head, is that body — the person's
        country, the body's sector, named by the person ('Ted Cruz campaign'), not the person; a word for
        someone after its possessive ('the Cruz campaign's chairman') is one of its people, in its sector."""
        tokens = parts.tokens[: parts.split]
        at = next((i for i, t in enumerate(tokens) if i > 0 and t.norm in self.kb.person_bodies
                   and (tokens[i - 1].capitalised or tokens[i - 1].norm in ("'s", "'", "’"))), None)
        if at is None:
            return None
        code = self.kb.person_bodies[tokens[at].norm]
        country = person.actor.country
        if at == len(tokens) - 1:
            # the body is the person's own: named by them, as news names it ('the Sanders campaign' is Bernie
            # Sanders's campaign, one organisation whatever phrase the text uses for it)
            name = f"{person.actor.name} {tokens[at].norm}" if person.actor.name else None
            actor = Actor(text="", name=name, country=country, sector=code, kind="organisation")
            return _result(actor, "person's-body", country)
        word = _best_sector([s for s in parts.sectors if s.start > at + 1 and s.end <= parts.split])
        if tokens[at + 1].norm != "'s" or word is None or word.word.cls not in PERSON_WORD_CLASSES:
            return None
        actor = Actor(text="", country=country, sector=code, role=_role(word), kind=word.word.kind)
        return _result(actor, "person's-body+member", country)

    def _persons_side(self, parts: _Parts, person: Resolution, end: int) -> Resolution | None:
        """"Erdoğan's supporters", "Clinton's rivals", 'Trump allies', "his rivals" (read as the person's): a
        word for people by where they stand toward a person (``person_sides``) ending the head right after the
        person's name or possessive, with only lower-case words between ("Trump's closest allies"), is a group of
        the person's country, never the person: the word's sector, or the person's own for ``same``. Not after a
        country ("Turkey's allies" are other states) nor after a capitalised word ('Trump Tower backers')."""
        tokens = parts.tokens[: parts.split]
        if person.actor.kind != "person" or not tokens or end <= 0 or end >= len(tokens):
            return None
        if tokens[-1].norm not in self.kb.person_sides or any(t.capitalised for t in tokens[end:-1]):
            return None
        return self.persons_side(person.actor, tokens[-1].norm)

    def persons_side(self, person: Actor, word: str) -> Resolution | None:
        """The group a word of ``person_sides`` names toward a person: the person's country, the word's sector or
        (``same``) the person's own. None for a word that is none of them."""
        code = self.kb.person_sides.get(word.lower())
        if code is None:
            return None
        sector = person.sector if code == SAME_SECTOR else code
        actor = Actor(text="", country=person.country, sector=sector, kind="group")
        return _result(actor, PERSONS_SIDE, person.country)

    def _possessed_body(self, parts: _Parts, person: Resolution) -> Resolution | None:
        """'Scholz's government', 'Putin's party': the body of the person's country, not the person. A weak
        word of the armed forces counts after a possessive ('Assad's forces', 'Putin's commanders'): what a
        person in office owns is their state's forces."""
        tokens = parts.tokens
        owner = next((i for i, t in enumerate(tokens[: parts.split]) if t.norm == "'s"), None)
        after_owner = [s for s in parts.sectors if owner is not None and owner < s.start and s.end <= parts.split]
        body = _best_sector(after_owner)
        if owner is None or body is None:
            return None
        if self._works_for_person(parts, body):
            return self._possessed_person(person, body)
        if not (body.word.cls in ("bodies", "groups") or body.word.sector in OWNED_FORCE_SECTORS):
            return None
        country = person.actor.country
        country_name = self.kb.entries[country].name if country and country in self.kb.entries else None
        actor = Actor(text="", name=country_name, country=country, sector=body.word.sector, kind=body.word.kind,
                      organisation=person.actor.organisation)
        return _result(actor, "possessive-person+sector-word", country)

    def _described_by_person(self, parts: _Parts, person: Resolution, end: int) -> Resolution | None:
        """'Trump supporters', 'anti-Trump protesters', 'the non-Trump candidates', 'Clinton aides', 'a Trump
        administration': a person's name (no possessive: :meth:`_possessed_body` reads that) modifying a common
        noun for people or a body that ends the head names that group or body, which the name only describes —
        never the person. Whoever works for the person is read as the possessive is ('Clinton aides' as 'Clinton's
        aides'); a group the name describes takes the person's country, also where the name is what it stands
        against ('anti-Assad rebels', 'anti-Putin protesters' mostly oppose their own country's leader). A
        capitalised word after the name ('Trump University', 'Carter Center') makes a name of its own, left to
        the names."""
        between = parts.tokens[end : parts.split]
        if end >= parts.split or any(t.capitalised or t.norm in ("'s", "'", "’") for t in between):
            return None
        word = _best_sector([s for s in parts.sectors if s.start >= end and s.end == parts.split])
        if word is None or word.word.text.lower() in (person.actor.role or "").lower():
            return None  # 'the Bush presidents': the people of that name who held the office, not their aides
        if self._works_for_person(parts, word):
            return self._possessed_person(person, word)
        country = person.actor.country
        # a state's body the name describes is the state's, named as the possessive names it ('the Trump
        # administration' as "Scholz's government"); a group of people or a firm ('Trump enterprises') has no
        # name of its own
        name = self.kb.entries[country].name if word.word.cls == "bodies" and country is not None \
            and word.word.sector in self.kb.state_sectors and country in self.kb.entries else None
        actor = Actor(text="", name=name, country=country, sector=word.word.sector, kind=word.word.kind,
                      role=_role(word))
        return _result(actor, "person-modifier+sector-word", country)

    def _works_for_person(self, parts: _Parts, word: _Sector) -> bool:
        """A title ('adviser', 'chief of staff'), a word for a state's people ('spokesman', 'aides') or kin
        ('wife') after a person's possessive: someone else, who works for or belongs to them. Not the forces a
        person in office owns ('Putin's commanders': the state's) nor a word of another sector ('Erdoğan's
        supporters', which leave the person)."""
        if word.word.cls not in PERSON_WORD_CLASSES:
            return False
        if word.word.cls == "titles":
            return True
        kin = tuple(t.norm for t in parts.tokens[word.start : word.end]) in self.kb.kinship_words
        return kin or (word.word.sector in self.kb.state_sectors and word.word.sector not in OWNED_FORCE_SECTORS)

    def _possessed_person(self, owner: Resolution, word: _Sector) -> Resolution:
        """'Obama's chief of staff', 'Mr. Netanyahu's national security adviser', 'Merkel's spokesman': someone
        who works for the person (or is kin to them), never the person: the owner's country, the word's sector
        and role ('the prime minister's wife' is a private person, CVL)."""
        country = owner.actor.country
        # who serves a private person, a candidate or a business figure holds no office of the state: they
        # belong with the one they serve ('the singer's spokeswoman' is a private person)
        # who serves someone holding a state office works in that office's arm of the state: a senator's
        # spokesman is the legislature's (LEG), a general's aide the army's (MIL); a title keeps its own sector
        own = owner.actor.sector
        # a title of its own office keeps its sector ('Putin's defence minister'); a word for whoever serves a
        # person ('adviser', ``serving_words``) is of the one served, whatever its class
        titled = word.word.cls == "titles" and word.word.text.lower() not in self.kb.serving_words
        if own is None or titled or word.word.sector not in self.kb.state_sectors:
            sector = word.word.sector
        else:
            sector = own if own in self.kb.state_sectors else SERVED_OUT_OF_OFFICE.get(own, own)
        actor = Actor(text="", country=country, sector=sector, role=_role(word), kind=word.word.kind)
        return _result(actor, "possessive-person+sector-word", country)

    def _person_record(self, entry: Entry, date: str | None, how: str, titles: Sequence[str] = ()) -> Resolution:
        if not entry.offices:
            actor = Actor(text="", name=entry.name, country=entry.country, kind="person")
            return _result(actor, f"{how}-known", entry.id)
        if date is None:  # the office the phrase's title names, else the latest
            office = _office_at(entry, None, titles)
            return _office_record(entry, office or entry.offices[-1], how, self._organisations(entry))
        return person_over(entry, date, date, how, self._organisations(entry))

    def _organisations(self, entry: Entry) -> dict[str, str]:
        """The names of the bodies of a person's IGO posts (office.org -> the organisation's name)."""
        return organisations_of(self.kb, entry)

    def _unknown_person(self, parts: _Parts, date: str | None) -> Resolution | None:
        """'President Abdelaziz Bouteflika': a title followed by capitalised words not in the knowledge base."""
        titles = [s for s in parts.sectors if s.end <= parts.split and s.word.cls == "titles"]
        if not titles:
            return None
        title = titles[-1]
        tail = parts.tokens[title.end : parts.split]
        name_tokens = [t for i, t in enumerate(tail)
                       if t.capitalised or t.norm in NAME_PARTICLES or _hyphen_half(tail, i)]
        if not name_tokens or not (name_tokens[-1].capitalised or _hyphen_half(tail, tail.index(name_tokens[-1]))) \
                or all(t.norm in NAME_SUFFIXES for t in name_tokens):  # 'King Jr.': a surname, not a title
            return None
        country = None
        for name in parts.names:
            if name.end <= title.start and (entry := self._entry(name, date, kinds=("country", "igo"))):
                country = entry.country
        if country is None:
            country = self._country_after(parts, date)
        sector, rule = title.word.sector, "title+name"
        body = self._body_before_head_title(parts, title)
        organisation = None
        if body is not None:  # 'Indiana State Teachers Association President Keith Gambill': the body's head
            sector, rule = body.word.sector, "named-body+title+name"
            organisation = _proper_body_name(parts.tokens, body)
        if country is None:
            country = self._apposition_country(parts, date)
            rule = rule if country is None else f"{rule}+{APPOSITION_COUNTRY}"
        if title.word.text.lower() in self.kb.shared_ranks:
            # 'Lt. Jo Marsh, a county police spokesman': a rank police and armies share; the force named decides
            force = self._from_tail(parts, date)
            if force is not None and force.actor.sector in self.kb.force_sectors:
                sector, rule = force.actor.sector, "shared-rank+force"
                country = country or force.actor.country
        if title.word.text.lower() in self.kb.degree_titles:
            sector, rule = self._degree_holders_sector(parts, date) or (sector, rule)
        actor = Actor(text="", name=_join_name(name_tokens), country=country,
                      sector=sector, role=_title_case(title.word.text), kind="person", organisation=organisation)
        found = _result(actor, rule)
        return _as_former(found) if any(t.norm in FORMER for t in parts.tokens[: title.start]) else found

    def _degree_holders_sector(self, parts: _Parts, date: str | None) -> tuple[str, str] | None:
        """'Dr. Jo Marsh, a physician at the city hospital': a degree title (``degree_titles``) says nothing of
        the holder's trade; the description or body after the name does (not a country: 'of Kenya' is whose)."""
        described = self._from_tail(parts, date)
        if described is None or described.actor.sector is None or described.actor.kind in ("country", "person"):
            return None
        return described.actor.sector, "degree-title+description"

    def _body_before_head_title(self, parts: _Parts, title: _Sector) -> _Sector | None:
        """'Teachers Association President X', 'Senate President X', 'Harwick Police Chief X': a capitalised body
        word right before the title of whoever heads a body (``organisation_head_titles``) names the body the
        person heads, whose sector is theirs — as 'the president of the Arab American Institute' is NGO."""
        if title.word.text.lower() not in self.kb.head_titles or title.start == 0:
            return None
        body = next((s for s in parts.sectors if s.end == title.start and s.word.cls == "bodies"), None)
        if body is None or not parts.tokens[body.end - 1].capitalised:
            return None
        return body

    def _employee(self, entry: Entry, name: _Name, parts: _Parts, date: str | None) -> Resolution | None:
        """'NAACP president Derrick Johnson', 'former Oxfam director Jane Ode': an organisation's name before
        a title and a person's name the knowledge base does not know. The phrase names the person (its head is
        the name), described by the body they work for: the person, with the body as their organisation, its
        country, and the sector its people have (``_members_sector``: an NGO's president is NGO, a party's
        spokesman PTY) or else the title's. None when no such person follows the organisation's name."""
        person = self._unknown_person(parts, date) or self._worker(parts)
        words = [s for s in parts.sectors if s.end <= parts.split and s.word.cls in ("titles", "weak")]
        if person is None or not words or words[-1].start < name.end:
            return None
        word = words[-1]
        sector = person.actor.sector if person.actor.sector == "ELI" else (
            _members_sector(entry, word.word, date, self.kb.head_titles, self.kb.party_standing_words)
            or person.actor.sector)
        actor = replace(person.actor, sector=sector, country=entry.country_on(date) or person.actor.country,
                        organisation=entry.name)
        return _result(actor, f"{entry.kind}+{person.rule}", entry.id)

    def _worker(self, parts: _Parts) -> Resolution | None:
        """'spokesman Ali Omar', 'researcher Jane Ode' closing a phrase: a weak word for whoever works for a body
        and then a full name (two capitalised words at least, so that a date or place after the word is no
        name) — the person, with the word's sector. Only :meth:`_employee` asks, where a body's name comes first
        and says whose they are; a weak word alone says too little to be an actor (``_from_sector``)."""
        weak = [s for s in parts.sectors if s.end <= parts.split and s.word.cls == "weak"]
        if not weak or weak[-1].end >= parts.split:
            return None
        word = weak[-1]
        tail = parts.tokens[word.end : parts.split]
        if len(tail) < 2 or not all(t.capitalised and not t.is_punct for t in tail):
            return None
        actor = Actor(text="", name=_join_name(tail), sector=word.word.sector, role=_title_case(word.word.text),
                      kind="person")
        found = _result(actor, "weak-word+name")
        return _as_former(found) if any(t.norm in FORMER for t in parts.tokens[: word.start]) else found

    def _country_after(self, parts: _Parts, date: str | None) -> str | None:
        """'Prime Minister Olu Bade of Nigeria', 'Defence Minister X, of India': the country a titled name is
        'of' or 'from', when that is all the tail says."""
        tail = [t for t in parts.tokens[parts.split :] if not t.is_punct]
        if len(tail) < 2 or tail[0].norm not in ("of", "from"):
            return None
        rest = tail[1:]
        if rest[0].norm == "the":
            rest = rest[1:]
        names = [n for n in self.analyse(rest).names if n.start == 0 and n.end == len(rest)]
        entry = self._entry(names[0], date, kinds=("country",)) if names else None
        return (entry.country or entry.id) if entry is not None else None

    def _apposition_country(self, parts: _Parts, date: str | None) -> str | None:
        """'Gen Omid Farzan, Iran's armed forces chief of staff', 'Colonel Jo Reed, a Dutch army officer': a
        titled name whose title gives no country, followed by an apposition — a description (a sector word
        with a country, a demonym or a possessive) set off by a comma — takes the country the description
        names: the apposition says who the name's bearer is. Not a clause ('X, who visited France': a
        relative pronoun opens it) nor a bare country ('X, France': a place or a list)."""
        tokens = parts.tokens
        if parts.split >= len(tokens) - 1 or tokens[parts.split].raw != ",":
            return None
        apposition = list(tokens[parts.split + 1 :])
        end = next((i for i, t in enumerate(apposition) if t.raw in SPLIT_PUNCT), len(apposition))
        apposition = apposition[:end]
        if not apposition or apposition[0].norm in SPLIT_WORDS:
            return None
        found = self.resolve_tokens(apposition, date)
        if found is None or found.actor.kind == "person" or not found.rule.endswith("sector-word"):
            return None
        return found.actor.country

    def describe(self, tokens: Sequence[Tok], date: str | None = None) -> Resolution | None:
        """What a description beside a name says of the one it names ('the foreign minister of Norway', 'a
        Kurdish official'): as :meth:`resolve_tokens`, but a weak word alone ('an official', 'a spokesman'),
        too vague to be an actor of its own, still gives the person's sector."""
        found = self.resolve_tokens(tokens, date)
        if found is not None:
            return found
        parts = self.analyse(tokens)
        sector = self._head_sector(parts)
        if sector is None:
            return None
        actor = Actor(text="", sector=sector.word.sector, kind=sector.word.kind, role=_role(sector))
        described = _result(actor, "description")
        return self._former_title(parts, described) or described

    def description_class(self, tokens: Sequence[Tok]) -> str | None:
        """The class of the head word of a description ('bodies' for 'a charity', 'titles' for 'the minister')."""
        parts = self.analyse(tokens)
        sector = _best_sector([s for s in parts.sectors if s.end <= parts.split])
        return sector.word.cls if sector is not None else None

    # --- organisations and countries -----------------------------------------------------------------------

    def _organisation(
        self, entry: Entry, name: _Name, sector: _Sector | None, parts: _Parts, date: str | None
    ) -> Resolution:
        own = sector is not None and sector.start >= name.start and sector.end <= name.end
        sector_code = sector.word.sector if sector is not None and not own else entry.sector_on(date)
        rule = entry.kind + ("+sector-word" if sector is not None and not own else "") \
            + ("+place-metonym" if any(t.form == "metonym" and t.entry == entry.id for t in name.targets) else "")
        member_of = _members_sector(entry, sector.word, date, self.kb.head_titles, self.kb.party_standing_words) \
            if sector is not None and not own else None
        if member_of is not None:
            sector_code, rule = member_of, f"{entry.kind}+member"
        country = entry.country_on(date) or self._country_code(parts, date, exclude=name, limit=parts.split)
        actor = Actor(text="", name=_chamber_members(entry, name, sector, parts) or entry.name, country=country,
                      sector=sector_code, kind=entry.kind)
        return _result(actor, rule, entry.id)

    def _country(self, name: _Name, sector: _Sector | None, parts: _Parts, date: str | None) -> Resolution:
        target = next(t for t in name.targets if self.kb.entries[t.entry].kind == "country"
                      or self.kb.entries[t.entry].country)
        entry = self.kb.entries[target.entry]
        code = entry.country or entry.id
        country_name = self.kb.entries[code].name if code in self.kb.entries else entry.name
        tokens = parts.tokens
        based = name.end < len(tokens) and tokens[name.end].norm == "based"
        if based:
            return self._based(code, name, parts, date)
        if sector is not None and not (sector.start >= name.start and sector.end <= name.end):
            holder = self._title_holder(code, sector, parts, date)
            if holder is not None:
                return holder
            possessive = name.end < len(tokens) and tokens[name.end].norm == "'s"
            how = "possessive" if possessive else ("demonym" if target.form in ("demonym", "people") else target.form)
            own: str | None = _institution_name(tokens, name, sector)
            rule, found = f"{how}+sector-word", entry.id
            after = sector.start >= name.end
            forces = None if own or not after or self._stateless_group(parts, sector) else self.kb.national_forces(
                code, tuple(t.norm for t in tokens[sector.start : sector.end]))
            if forces is not None:
                # 'Turkish forces', 'US troops': the state's armed forces, the body, not the country acting
                own, rule, found = forces.name, f"{rule}+{NATIONAL_FORCES}", forces.id
            elif own is None and after and sector.word.sector in self.kb.described_group_sectors:
                # 'Syrian rebels', 'the Syrian opposition': a group the nationality describes is no country; one
                # member ('a Syrian rebel') is a person the text does not name
                actor = Actor(text="", name=_described_group(parts, name.start, sector), country=code,
                              sector=sector.word.sector, role=_role(sector), kind=sector.word.kind)
                return _result(actor, f"{rule}+{DESCRIBED_GROUP}", entry.id)
            actor = Actor(text="", name=own or country_name, country=code,
                          sector=sector.word.sector, role=_role(sector), kind=sector.word.kind)
            return _result(actor, rule, found)
        default = {
            "name": ("GOV", "country", "country-name"),
            "alias": ("GOV", "country", "country-name"),
            "capital": ("GOV", "country", "capital-metonym"),
            "seat": (entry.sector, "organisation", "seat-of-power"),
            "people": ("CVL", "group", "demonym-people"),
            "demonym": (None, "country", "demonym"),
            # a region is a place in the country, not its government: 'protests across Tibet'
            "region": (None, "country", "region-name"),
        }[target.form]
        seat = entry.id.startswith("seat:")
        if seat:
            default = (entry.sector, "organisation", "seat-of-power")
        # 'the Pentagon', 'the Kremlin', 'the Foreign Office': the seat names the arm of government it stands for,
        # as a body is named by its own name rather than its country's (the country and sector stay the state's)
        actor = Actor(text="", name=entry.name if seat else country_name, country=code, sector=default[0],
                      kind=default[1])
        return _result(actor, default[2], entry.id)

    def _title_holder(self, code: str, title: _Sector, parts: _Parts, date: str | None) -> Resolution | None:
        """"Russia's president", "India's foreign minister": whoever held that office on the date — never for
        "the former Mexican president", whom the date's holder is not."""
        last = parts.tokens[title.end - 1]
        if date is None or title.word.cls != "titles" or title.end != parts.split or last.norm.endswith("s"):
            return None
        if any(t.norm in FORMER for t in parts.tokens[: title.start]):
            return None
        holders = self.kb.office_holders(code, title.word.text, date)
        if len(holders) != 1:
            return None
        entry, office = holders[0]
        actor = Actor(text="", name=entry.name, country=code, sector=office.sector, role=office.role, kind="person")
        return _result(actor, "title-holder", entry.id)

    def _based(self, code: str, name: _Name, parts: _Parts, date: str | None) -> Resolution:
        """'the New Delhi-based Observer Research Foundation think tank': located there, not its government."""
        rest = parts.tokens[name.end + 1 :]
        sub = self.analyse(rest, before=parts.tokens[name.end - 1 : name.end + 1])
        known = self._from_head(sub, date)
        if known is not None and known.actor.kind in ("organisation", "igo") and known.entry:
            actor = replace(known.actor, country=known.actor.country or code)
            return _result(actor, "place-based+" + known.rule, known.entry)
        sector = _best_sector(list(sub.sectors))
        org_tokens = [t for t in rest if t.capitalised]
        actor = Actor(text="", name=" ".join(t.raw for t in org_tokens) or None, country=code,
                      sector=sector.word.sector if sector else None, kind="organisation")
        return _result(actor, "place-based+sector-word" if sector else "place-based", code)

    def _country_code(self, parts: _Parts, date: str | None, exclude: _Name, limit: int) -> str | None:
        for name in parts.names:
            if name is exclude or name.end > limit:
                continue
            entry = self._entry(name, date, kinds=("country",))
            if entry is not None:
                return entry.country or entry.id
        return None

    def _entry(self, name: _Name, date: str | None, kinds: tuple[str, ...]) -> Entry | None:
        for target in name.targets:
            entry = self.kb.entries[target.entry]
            kind = "country" if entry.id.startswith("seat:") or entry.kind == "country" else entry.kind
            if kind in kinds and entry.valid(date):
                return entry
        return None


# --- helpers -------------------------------------------------------------------------------------------


def _members_sector(entry: Entry, word: SectorWord, date: str | None,
                    head_titles: frozenset[str] = frozenset(),
                    party_standing: frozenset[str] = frozenset()) -> str | None:
    """The sector of an organisation's people and parts when it is the organisation's own, whatever the word
    for them, else None (the word decides).

    'an IS commander', 'Taliban fighters', 'the UN envoy', 'a researcher for Human Rights Watch': the people and
    parts of a non-state organisation are the organisation's ('commander' is MIL in a state's army, not in an
    armed group); an IGO's officials and envoys are IGO, but its troops ('NATO peacekeeping troops') stay
    military, MIL. A state body's and a party's members are what their own word says ('Pentagon officials',
    'Labour MPs' sit in parliament, LEG), except that the vague words for anyone who works for a body ('a
    party official', 'a PYD spokesman', 'the party's leader') and the titles of whoever heads a body ('the
    Democratic Party chairman', ``head_titles``) leave a party's people the party's, PTY; so do the words for a
    standing within a group rather than an office ('Republican elders', 'the Labour elite', ``party_standing``):
    a party's elders are its senior members, not the traditional leaders or elites ELI names."""
    group_sector = entry.sector_on(date) or ("IGO" if entry.kind == "igo" else None)
    # the vague words for who works for a body ('UN investigators') are an IGO's as its officials are; its
    # officers and commanders stay military as its troops do
    igo_staff = word.sector == "GOV" or (word.cls == "weak" and word.sector != "MIL")
    if group_sector is None or (entry.kind == "igo" and not igo_staff):
        return None
    party_staff = word.cls == "weak" or word.text.lower() in head_titles or word.text.lower() in party_standing
    if group_sector not in MEMBER_WORDS_DECIDE or (group_sector == PARTY_SECTOR and party_staff):
        return group_sector
    return None


def _period_text(entry: Entry, date: str | None) -> str | None:
    """'REB from 2001-11-13 to 2021-08-14': the dated period of an organisation that set its sector or country."""
    period = entry.period(date)
    if period is None:
        return None
    what = " ".join(x for x in (period.sector, period.country) if x)
    dates = " ".join(x for x in (period.start and f"from {period.start}", period.end and f"to {period.end}") if x)
    return f"{what} {dates} (sector or country by date)"


def _splits(token: Tok) -> bool:
    return token.norm in SPLIT_WORDS or token.raw in SPLIT_PUNCT


def _best_sector(sectors: list[_Sector]) -> _Sector | None:
    """The rightmost strong sector word; a weak one ('spokesman', 'officials') only when nothing else."""
    strong = [s for s in sectors if s.word.cls != "weak"]
    chosen = strong or sectors
    return chosen[-1] if chosen else None


def _proper_body_name(tokens: Sequence[Tok], sector: _Sector) -> str | None:
    """'OP Jindal World University': capitalised words ending in an institution word name that institution. A
    number is no word of the name: it counts the body's members ('140 House members')."""
    if sector.word.cls != "bodies" or not tokens[sector.end - 1].capitalised:
        return None
    start = sector.start
    while start > 0 and tokens[start - 1].capitalised and not tokens[start - 1].is_punct \
            and tokens[start - 1].norm != "the" and not tokens[start - 1].raw[:1].isdigit():
        start -= 1
    end = sector.end  # 'the Department of Energy', 'the Bureau of Prisons': the name goes on after 'of'
    if end + 1 < len(tokens) and tokens[end].norm in _NAME_OPENERS and _name_word(tokens[end + 1]):
        end += 2
        while end < len(tokens) and (_name_word(tokens[end]) or (
                tokens[end].norm in _NAME_JOINERS and end + 1 < len(tokens) and _name_word(tokens[end + 1]))):
            end += 1  # 'of Arab and Islamic Studies', 'for Strategic and International Studies'
    return " ".join(t.raw for t in tokens[start:end]) if start < sector.start or end > sector.end else None


def _name_word(token: Tok) -> bool:
    return token.capitalised and not token.is_punct


def _role(sector: _Sector) -> str | None:
    return _title_case(sector.word.text) if sector.word.cls == "titles" else None


def _title_case(text: str) -> str:
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in text.split())


def _office_at(entry: Entry, date: str | None, titles: Sequence[str] = ()) -> Office | None:
    """The office held on ``date``; with no date, the one the phrase's title names, else the latest."""
    if not entry.offices:
        return None
    if date is None:
        named = [o for o in entry.offices if any(t in o.role.lower() for t in titles)]
        return max(named or entry.offices, key=lambda o: o.start or "")
    current = [o for o in entry.offices if o.covers(date)]
    return max(current, key=office_rank) if current else None


def organisations_of(kb: KnowledgeBase, entry: Entry) -> dict[str, str]:
    """The names of the bodies of a person's IGO posts (office.org -> the organisation's name)."""
    return {o.org: kb.entries[o.org].name for o in entry.offices if o.org and o.org in kb.entries}


def office_over(entry: Entry, first: str, last: str) -> tuple[bool, Office | None]:
    """(settled, office): an office held every day from ``first`` to ``last`` (the highest ranked when two are,
    as on the article's date), whether or not another office begins or ends inside the period; settled with
    None when no office is held on any of those days; not settled when no office spans the period and one
    begins or ends inside it."""
    whole = [o for o in entry.offices if o.covers(first) and o.covers(last)]
    if whole:
        return True, max(whole, key=office_rank)
    return not any(_overlaps(o, first, last) for o in entry.offices), None


def _overlaps(office: Office, first: str, last: str) -> bool:
    """Whether ``office`` is held on some day from ``first`` to ``last``."""
    return office.covers(first) or office.covers(last) or first <= (office.start or "") <= last


def held_within(entry: Entry, first: str, last: str) -> list[Office]:
    """The offices of ``entry`` held on some day from ``first`` to ``last``."""
    return [o for o in entry.offices if _overlaps(o, first, last)]


def person_over(entry: Entry, first: str, last: str, how: str, organisations: Mapping[str, str]) -> Resolution:
    """A known person with dated offices as the knowledge base codes them over the days ``first`` to ``last``
    (one day: a date). An office held over the whole period is that office. None held on any of its days: an
    elite, a former office holder after the last office ended before it, or one whose office is still to come
    (docs/annotation.md codes candidates without office as elites, never private persons). A period that sees
    an office begin or end is the office held on its last day, the state the period leads to ('in 2009' for a
    senator sworn in as vice president that January); with none then, the one office held during it, else
    the sector the offices held during it share (no role), else an elite with no role."""
    settled, office = office_over(entry, first, last)
    if office is not None:
        return _office_record(entry, office, how, organisations)
    if settled:
        return _out_of_office_record(entry, first, how)
    at_end = [o for o in entry.offices if o.covers(last)]
    within = held_within(entry, first, last)
    if at_end or len(within) == 1:
        return _office_record(entry, max(at_end or within, key=office_rank), how, organisations)
    sectors = {o.sector for o in within}
    countries = {o.country or entry.country for o in within}
    actor = Actor(text="", name=entry.name, country=countries.pop() if len(countries) == 1 else entry.country,
                  sector=sectors.pop() if len(sectors) == 1 else "ELI", kind="person")
    return _result(actor, f"{how}-in-offices", entry.id)


def _office_record(entry: Entry, office: Office, how: str, organisations: Mapping[str, str]) -> Resolution:
    """A person in ``office``: its sector and role; an IGO post's organisation and no country (the person acts
    for the organisation), else the office's country."""
    organisation = organisations.get(office.org) if office.org else None
    actor = Actor(text="", name=entry.name, country=None if organisation else office.country or entry.country,
                  sector=office.sector, role=office.role, kind="person", organisation=organisation)
    return _result(actor, f"{how}-in-office", entry.id)


def _out_of_office_record(entry: Entry, date: str, how: str) -> Resolution:
    """A person holding no office on ``date``: the office held last before it ('former CENTCOM Commander' in
    2015, not the cabinet post to come in 2017), else the last of all; a former holder after the last office,
    one whose office is still to come before the first — an elite either way."""
    ended = [o for o in entry.offices if o.end is not None and o.end <= date]
    last = max(ended or entry.offices, key=lambda o: o.end or "9999")
    before = all(date < (o.start or "") for o in entry.offices)
    actor = Actor(text="", name=entry.name, country=last.country or entry.country,
                  sector="ELI", role=None if before else f"former {last.role}", kind="person")
    return _result(actor, f"{how}-not-yet-in-office" if before else f"{how}-former-office-holder", entry.id)


def _named_offices(entry: Entry, titles: Sequence[str]) -> list[Office]:
    """The offices of ``entry`` a title of the text names, word by word, a short form standing for the word it
    begins ('sen.' for Senator, 'gov.' for Governor of Arkansas, 'president' for President)."""
    found = []
    for office in entry.offices:
        role = office.role.lower().split()
        for title in titles:
            words = [w.strip(".") for w in title.split()]
            if words and all(any(r.startswith(w) for r in role) for w in words if w):
                found.append(office)
                break
    return found


def _describes_candidate(tokens: Sequence[Tok], words: frozenset[str]) -> bool:
    """A word of ``words`` among ``tokens`` ('candidate'), a hyphened one split in two ('front-runner')."""
    pairs = (f"{a.norm}-{b.norm}" for a, b in pairwise(tokens))
    return any(t.norm in words for t in tokens) or any(pair in words for pair in pairs)


def _as_former(found: Resolution) -> Resolution:
    """'former President Carlos Menem': an elite, no longer the government."""
    actor = found.actor
    role = actor.role if actor.role is None or actor.role.startswith("former") else f"former {actor.role}"
    return _result(replace(actor, sector="ELI", role=role), "former+" + found.rule, found.entry)


_RANKED_ROLES = ("minister", "prime minister", "president", "king", "emir", "supreme leader")


def office_rank(office: Office) -> int:
    """When offices overlap, the head of state or government outranks a minister or party post."""
    role = office.role.lower()
    return max((rank for rank, word in enumerate(_RANKED_ROLES) if word in role), default=-1)


def known_person(kb: KnowledgeBase, found: Resolution) -> bool:
    """The resolution is a person of the knowledge base (an entry of its own), not one a description made."""
    entry = kb.entries.get(found.entry or "")
    return found.actor.kind == "person" and entry is not None and entry.kind == "person"


def _of_person(sector: _Sector, person: Resolution) -> Resolution:
    """'supporters of Hillary Clinton', 'opponents of Mr. Putin', 'the wife of the president': a word for people
    whose complement is a known person names others, who stand to that person as the word says — as 'Clinton
    supporters' does. They keep the person's country; their sector is the word's own (a supporter of a senator
    is no legislator), never the person's name."""
    country = person.actor.country
    actor = Actor(text="", country=country, sector=sector.word.sector, kind=sector.word.kind, role=_role(sector))
    return _result(actor, "sector-word+of-person", country)


def _of_bench_title(people: list[Entry], parts: _Parts, bench_sectors: frozenset[str]) -> list[Entry]:
    """'Judge Sullivan', 'Justice Kennedy': of the people a surname may mean, those who sat on a bench (an office
    of a sector of sectors.yaml ``bench_sectors``, whose titles only their holders bear); none when no one did — a
    namesake the title rules out ('Judge Sullivan' is not the adviser Jake Sullivan), and the phrase is left to
    name an unknown judge."""
    benches = {s.word.sector for s in parts.sectors
               if s.end <= parts.split and s.word.cls == "titles" and s.word.sector in bench_sectors}
    if not benches:
        return people
    return [p for p in people if any(office.sector in benches for office in p.offices)]


def _titled(people: list[Entry], titles: Sequence[str]) -> list[Entry]:
    """'President Clinton', 'President Carter': of the people a surname may mean, those who held the office the
    title names, whenever they held it. A title is an office, so it tells two holders of the surname apart
    before the date does ('Clinton' alone in 2016 is the Secretary of State; 'President Clinton' never is)."""
    if len(people) < 2 or not titles:
        return people
    held = [p for p in people if any(_title_names(title, office.role) for office in p.offices for title in titles)]
    return held or people


def _title_names(title: str, role: str) -> bool:
    """Whether a title names an office: the same words ('defense secretary', 'Secretary of Defense'), or the
    head of an 'X of Y' office alone ('governor', 'Governor of Ohio'). 'president' does not name 'Vice
    President': a modifier the title lacks makes another office."""
    words = set(title.lower().replace("defence", "defense").replace(".", "").split()) - set(FORMER)
    role_words = role.lower().replace("defence", "defense").split()
    content = {w for w in role_words if w not in ("of", "the")}
    if words == content:
        return True
    return "of" in role_words and words == {role_words[0]}


def honorifics_gender(tokens: Sequence[Tok], i: int) -> str | None:
    """The gender the honorific just before a name's first word (``tokens[i]``) says: 'Mr.', 'Mrs', 'Ms.'."""
    j = i - 1
    while j >= 0 and tokens[j].raw == ".":
        j -= 1
    return GENDERS.of_honorific(tokens[j].norm, HONORIFICS) if j >= 0 else None


def _of_honorifics_gender(people: list[Entry], tokens: Sequence[Tok], i: int) -> list[Entry]:
    """'Mrs. Clinton' is no man, 'Mr. Trump' no woman: of the people a name may mean, those whose given name
    does not contradict the gender an honorific before the name says (the knowledge base records no gender;
    a person's given name tells it where it is a common one, data/genders.yaml). A person whose gender the
    given name does not tell stays: the honorific may well be theirs."""
    told = honorifics_gender(tokens, i)
    if told is None:
        return people
    return [p for p in people if agrees(told, GENDERS.of_name(p.name))]


def _pick_person(people: list[Entry], date: str | None) -> Entry:
    """Of the people a name may mean ('Clinton'), the one in office on the date, else the one whose office lies
    nearest to it: news names by surname alone whoever is in the news then ('Clinton' in 2016 is the Secretary
    of State of 2009-2013, not the President of 1993-2001). The first listed of equals."""
    if date is None or len(people) == 1 or not date[:4].isdigit():
        return people[0]
    return min(people, key=lambda person: _years_from_office(person, date))


def _years(date: str) -> float:
    """An ISO date, possibly partial ('2014', '2014-05'), as a year with its fraction."""
    year, _, rest = date.partition("-")
    month = rest[:2]
    return (int(year) if year.isdigit() else 0) + ((int(month) - 1) / 12 if month.isdigit() else 0.0)


def _years_from_office(person: Entry, date: str) -> float:
    """How far ``date`` lies from the person's nearest office: 0 while in office; no office, infinitely far."""
    when = _years(date)
    gaps = [0.0 if office.covers(date) else max(_years(office.start) - when if office.start else 0.0,
                                                when - _years(office.end) if office.end else 0.0)
            for office in person.offices]
    return min(gaps, default=math.inf)


# Words that open a noun phrase and are capitalised only at the start of a sentence.
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
HONORIFICS = shared_words().honorifics  # mr, dr ...: before a name, no given name (data/words.yaml)
GENDERS = shared_genders()


def _other_given_name(parts: _Parts, i: int, person: Entry, offices: frozenset[str] = frozenset()) -> bool:
    """'Imran Qureshi' is not 'Shah Mahmood Qureshi': a capitalised word before the surname that is no title,
    honorific, head of a body's title ('Director Comey': ``offices``, the knowledge base's ``head_titles``) or
    known name, and no part of the person's names, makes a different person's full name. The
    particles of a surname ('al-', 'bin', 'van') belong to it: the given name stands before them ('Zeid Ra'ad
    al-Hussein' is not Saddam Hussein)."""
    while i > 0 and parts.tokens[i - 1].norm in NAME_PARTICLES and not parts.tokens[i - 1].capitalised:
        i -= 1
    if i == 0:
        return False
    before = parts.tokens[i - 1]
    in_names = any(n.start <= i - 1 < n.end for n in parts.names)
    in_sector = any(s.start <= i - 1 < s.end for s in parts.sectors)
    if not before.capitalised or before.is_punct or in_names or in_sector or before.norm in HONORIFICS \
            or before.norm in offices \
            or before.norm in DETERMINERS:  # 'The Assad regime' opening a sentence: no given name
        return False
    own = {t.norm for text in (person.name, *person.aliases) for t in tokenize(text)}
    return before.norm not in own


def _bare_surname(tokens: Sequence[Tok]) -> bool:
    """'al-Assad', 'bin Laden', 'Assad': a name matched without a given name of its own, which a given name
    written before it may contradict ('Omar al-Assad'); a full name ('Elena Kagan') carries its own."""
    return sum(1 for t in tokens if t.norm not in NAME_PARTICLES and not t.is_punct) == 1


def _short_is_name(tokens: Sequence[Tok], i: int) -> bool:
    """A surname stands alone: it is not followed by another capitalised word (part of another name), nor by a
    surname's particle and its name ('Anwar al-Awlaki', 'Ali bin Hassan': a given name, not the short 'Anwar')."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.norm in NAME_PARTICLES and i + 2 < len(tokens) and tokens[i + 2].capitalised:
        return False
    return nxt is None or not nxt.capitalised or nxt.norm == "'s"


def _described_group(parts: _Parts, start: int, sector: _Sector) -> str | None:
    """'Syrian rebels', 'Syrian Kurdish fighters', 'the Syrian opposition' -> the description as written, from
    the nationality to the last of the head's words for the group that follow one another ('Syrian rebel
    groups', 'Syrian rebel fighters'), the name of a group that has no other; None for one member ('a Syrian
    rebel', 'the Syrian rebel commander': a person the text does not name)."""
    if start >= sector.start:  # the group's word before the nationality: nothing written describes it
        return None
    tokens = parts.tokens
    for other in sorted(parts.sectors, key=lambda s: s.start):
        if other.start == sector.end and other.end <= parts.split:
            sector = other
    last = tokens[sector.end - 1].norm
    if sector.word.cls != "bodies" and (not last.endswith(PLURAL_ENDINGS) or any(
            t.norm in COUNTING_WORDS for t in tokens[:start])):
        return None
    return _join_raw(tokens[start : sector.end])


def _institution_name(tokens: Sequence[Tok], name: _Name, body: _Sector) -> str | None:
    """'India's Foreign Ministry', 'the Chinese Defence Ministry': a country and a capitalised body word right
    after it name an institution, and the institution is named as written (not 'India')."""
    proper = all(t.capitalised for t in tokens[body.start : body.end])
    if body.word.cls != "bodies" or body.start < name.end or not proper:
        return None
    between = tokens[name.end : body.start]
    if any(t.norm != "'s" and not t.capitalised for t in between):
        return None
    return _join_raw(tokens[name.start : body.end])


def _join_raw(tokens: Sequence[Tok]) -> str:
    """Tokens as written, with a space only where the text had one."""
    out = ""
    for i, token in enumerate(tokens):
        out += ("" if i == 0 or token.start == tokens[i - 1].end else " ") + token.raw
    return out


def _hyphen_half(tokens: Sequence[Tok], i: int) -> bool:
    """'ho' of 'Jun-ho': a lower-case word one character (the dropped hyphen) after a capitalised one."""
    glued = i > 0 and tokens[i].start == tokens[i - 1].end + 1
    return glued and not tokens[i].capitalised and tokens[i - 1].capitalised and tokens[i].norm not in NAME_PARTICLES


# The Arabic article of a surname, written joined to it by a hyphen in English news ('al-Hussein', 'el-Sisi')
HYPHENATED_PARTICLES = frozenset({"al", "el", "ad"})


def _chamber_members(entry: Entry, name: _Name, sector: _Sector | None, parts: _Parts) -> str | None:
    """'Senate Democrats', 'House Republicans': a chamber's name right before a party's names the party's members
    in that chamber, a caucus of lawmakers and not the party; they are named as written, from the chamber to the
    party's word. Only where that word is the members' plural noun ('Democrats', 'Republicans') or the party's
    acronym ('GOP'): an adjective ('House Democratic leaders') describes the leaders as the party's."""
    if sector is None or entry.sector != "PTY" or sector.word.sector != "LEG" or sector.word.cls != "bodies" \
            or sector.end != name.start:
        return None
    last = parts.tokens[name.end - 1]
    if not (last.norm.endswith("s") or (len(last.raw) > 1 and last.raw.isupper())):
        return None
    return _join_name(parts.tokens[sector.start : name.end])


def _join_name(tokens: Sequence[Tok]) -> str:
    """Name words as written, hyphenated given names kept whole ('Park Jun-ho', not 'Park Jun'); a surname's
    particle is a word of its own ('Walid al-Hussein', 'Ursula von der Leyen'), not the end of a given name."""
    out = ""
    for i, token in enumerate(tokens):
        after = i > 0 and token.start == tokens[i - 1].end + 1
        glued = after and not token.capitalised and token.norm not in NAME_PARTICLES
        joined = after and tokens[i - 1].norm in HYPHENATED_PARTICLES and not tokens[i - 1].capitalised
        out += ("-" if glued or joined else " " if out else "") + token.raw
    return out


def _shape(tokens: Sequence[Tok]) -> _Shape:
    """What a resolution depends on: each token as written and its offset from the first."""
    base = tokens[0].start
    return tuple((t.raw, t.start - base) for t in tokens)


def _surface(tokens: Sequence[Tok]) -> str:
    return " ".join(t.raw for t in tokens)


def _result(actor: Actor, rule: str, entry: str | None = None) -> Resolution:
    return Resolution(replace(actor, rule=rule), rule, entry)
