"""Layer 4's within-article coreference: the earlier actor a pronoun ("he", "it", "they", "its", "their") or a
definite description ("the group", "the ministry", "the regime") stands for, so that an event told with one
has the actor the text means.

The actor stage names the article's actor mentions; :func:`resolve_references` returns them with a mention
added at each anaphor that names no actor of its own, carrying its antecedent's identity (rule
``coreference``), and with the actor stage's own pronoun back-references left out (its rules are recency
only). The event coder looks participants up in that list. The rules:

- **Agreement.** "he", "she", "him", "her", "his" stand for one person; "it", "its" for one state or
  organisation; "they", "them", "their" for several (actors named together, "Russia and Turkey"; a plural
  mention, "Kurdish forces") or for an organisation. A definite description says what it stands for
  (``arguments.yaml``): "the country" a state; "the government", "the regime" a state, or a body or official
  of one (the referent is that state's government); a country the actor stage lent it from the story around it
  does not make it a name; "the ministry" an organisation (or the ministry of the state
  named); "the group", "the militia" an organisation that is not a government; "the militants", "the rebels" an
  armed group outside the state (or several of its members named before), told by no restricting phrase ("the
  rebels *in the north*" may be others); "the candidate", "the billionaire" one person (a standing, not an
  office: "the senator" is the actor stage's), whatever adjectives or names say what the person stands for
  ("the Democratic candidate", "the Manhattan billionaire"), never several ("the candidates").
- **Salience.** The anaphor's own sentence first: its subjects before the anaphor, the nearest first, then its
  other mentions, the nearest first; then each earlier sentence within reach: its main subject, its other
  subjects, its other mentions in text order. Anaphors are resolved in text order, so a chain ("Erdogan ...
  he ... his") carries on.
- **Binding.** A pronoun or description cannot stand for another argument of its own verb ("Washington
  invaded the country" is not Washington), nor for whom that argument stands for ("He urged *him*": not the one
  "He" was resolved to); a possessive can ("Russia withdrew its troops"), except on what a verb of disapproval
  takes ("Kenya condemned *its* decision": one's own doing is "its own"). The object of a subjectless participle
  or infinitive adjunct is not the subject of the clause it adjoins, its understood subject ("X attacked Y,
  *calling him* a liar": not X).
- **Things.** "it" and "they" stand for things too ("The deal was signed on Monday. It allows ..."): when a
  subject that names no actor and agrees in number ranks before every fitting actor, the pronoun is left
  unresolved. Pleonastic "it" ("it is clear that", "made it clear") stands for nothing.
- **Headlines.** A headline's mentions are no antecedents for the story below it.
- Quotations: a pronoun inside one is the quoted speaker's, anchored in what the speaker says, not in the
  article around it: only mentions inside the same quotation are its antecedents.
- **Relative possessives.** "whose" stands for the noun its relative clause modifies, found by the parse, not by
  salience ("Duterte, *whose* police have killed thousands": Duterte's police); the phrase it owns takes that
  noun's country as any resolved possessive's does.
- Nothing is carried over by default: an anaphor with no fitting antecedent within reach stays unresolved.
- A mention owned by a resolved possessive ("its fighters") takes its owner's country, and its name when the
  owner is an organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from accord.actors.binding import adjunct_objects, co_argument_verb, excluded_referents, verb_subject
from accord.actors.country_from_context import REFUGEE_SECTOR, lent_country
from accord.actors.genders import FEMININE, MASCULINE, shared_genders
from accord.actors.spans import states_side
from accord.doc_index import quotation_start, sentence_index, token_table
from accord.events.syntax import has_infinitive
from accord.events.tables import Coreference, grammar
from accord.events.triggers import lemma
from accord.records import Actor
from accord.syntax import (
    NOMINAL_SUBJECT_DEPS,
    NONFINITE_TAGS,
    RELATIVE_TAGS,
    has_nominal_subject,
    misread_object,
    nominal_subject,
)
from accord.syntax import PLURAL_NOUN_TAGS as PLURAL_TAGS
from accord.words import shared_words

RULE = "coreference"
REPEATED_RULE = "+repeated"  # appended to the rule of a description resolved by the head noun it repeats
OWNER_RULE = f"+{RULE}:owner"  # appended to the rule of a mention a resolved possessive owns
REPLACED_RULES = frozenset({"pronoun-back-reference", "definite-back-reference"})  # the actor stage's own
PERSON_PRONOUNS = shared_words().pronouns(("person",))
GROUP_PRONOUNS = shared_words().pronouns(("group",))
GOVERNMENT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
ARMED = "armed"  # "the militants", "the rebels": an armed group outside the state named before
PERSON = "person"  # "the candidate", "the billionaire": one person named before, as "he" or "she" wants
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})  # a verb's own arguments, for binding
ARMED_SECTORS = frozenset({"REB", "UAF"})
PEOPLE_SECTORS = frozenset({"CVL", REFUGEE_SECTOR, None})  # people at large, not an organised group
DESCRIBING_DEPS = frozenset({"relcl", "acl", "prep", "amod", "advmod"})  # "those who fled", "those inside"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
LOCATIVE_PREPOSITIONS = shared_words().locative_prepositions
OBJECT_DEPS = frozenset({"dobj", "dative"})  # a host clause's object: who may do its infinitive
RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
CONTROLLED_DEPS = frozenset({"xcomp", "conj"})  # subjectless verbs that share the subject of the verb above
CONTROL_DEPTH = 3  # "agreed to try to withdraw its forces": at most so many verbs up
POSSESSIVE_RELATIVES = frozenset({"whose"})
RELATIVE = "relative"  # what a relative possessive wants: the noun its clause modifies, whatever its kind
CLAUSE_CLIMB = 4  # words climbed at most from "whose" to the verb of its relative clause
# "young people *who were eating pastries*", "protesters *carrying banners*", "farmers *with tractors*": how a
# modifier hangs on an actor's noun, and the words inside one between that attachment and a thing it holds
ACTOR_MODIFIER_DEPS = frozenset({"relcl", "acl", "prep"})
INSIDE_MODIFIER_DEPS = frozenset({"dobj", "pobj", "prep", "conj", "nsubj", "nsubjpass", "dative", "agent", "pcomp"})
MODIFIER_CLIMB = 5  # words climbed at most from the thing to its modifier's attachment
NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
_NOUN_IDS = frozenset({NOUN, PROPN})  # the parts of speech of a thing a subject names
_ANAPHOR_WORDS = POSSESSIVE_RELATIVES | PERSON_PRONOUNS | GROUP_PRONOUNS  # the words an anaphor test reads


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase that may be pointed back to: an actor mention, a group of them named together, or a thing."""

    head: int  # token index of the phrase's head
    sentence: int
    actors: tuple[Actor, ...]  # empty for a thing
    kind: str  # person | state | organisation | thing
    plural: bool
    subject: bool
    main: bool  # the subject of the sentence's main clause
    verb: int  # the verb the phrase is an argument of (-1: none)
    left: int  # token range of the phrase
    right: int
    place: bool = False  # named where something is ("operating in Arsal"): only "the country" points to it


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A pronoun or definite description, with what it may stand for."""

    token: Token
    wants: str  # person | it | they | country | government | body | group | armed | relative
    left: int
    right: int
    record: Actor | None  # the actor stage's mention of a definite description, if any


def resolve_references(doc: Doc, actors: Sequence[Actor], rules: Coreference,
                       headlines: Iterable[int] = ()) -> list[Actor]:
    """The actor mentions with the anaphors resolved (see the module's rules). ``headlines`` are the numbers of
    the sentences that are not the story: the headline, and page furniture (``accord.layout``)."""
    kept = [a for a in actors if a.rule not in REPLACED_RULES and a.start is not None and a.end is not None]
    if not len(doc):
        return kept
    heads = _heads(doc, kept)
    mentions = _actor_mentions(doc, kept, heads) + _things(doc, heads) + _described_groups(doc, rules)
    anaphors = _anaphors(doc, kept, heads, rules)
    if not anaphors:
        return kept
    skipped = frozenset(headlines)
    genders = _Genders(rules, kept)
    resolved: dict[int, list[Actor]] = {}  # anaphor token -> its actors
    antecedents: dict[int, Mention] = {}  # anaphor token -> the mention it was resolved to
    pool = _BySentence(mentions)
    for anaphor in anaphors:
        opened = quotation_start(doc, anaphor.token.idx) if anaphor.record is None else None
        repeated = False
        here = sentence_index(doc).number_of(anaphor.token)
        reach = max(rules.reach, rules.repeated_reach)
        within = pool.within(here - 2 * reach, here)  # all that _ranked looks at (word-less fragments skipped)
        # a quotation's pronouns are its speaker's, anchored in what the speaker said, not in the article
        candidates = within if opened is None else [m for m in within if doc[m.head].idx > opened]
        if opened is None:
            candidates = [m for m in candidates if not _spoken_of(doc, m, anaphor.token)]
        if anaphor.wants == RELATIVE:
            found = _relative_antecedent(anaphor.token, pool.within(here, here))
        else:
            bound = _Bound(anaphor.token, candidates, antecedents, rules)
            found = _repeated(anaphor, candidates, skipped, rules.repeated_reach, genders.conflicts, bound)
            repeated = found is not None
            found = found or _antecedent(anaphor, candidates, skipped, rules.reach, genders.conflicts, bound)
        if found is None or _co_argument(anaphor, found, candidates):
            continue
        antecedents[anaphor.token.i] = found
        genders.learn(anaphor.token, found)
        made = _refer(doc, anaphor, found)
        if repeated:
            made = [replace(a, rule=f"{a.rule}{REPEATED_RULE}") for a in made]
        resolved[anaphor.token.i] = made
        pool.replace(anaphor.token.i, _as_mention(anaphor, made))  # no longer a thing: "the group"
    added = [a for made in resolved.values() for a in made]
    described = {id(a.record) for a in anaphors if a.record is not None and a.token.i in resolved}
    owned = _owned(doc, kept, heads, resolved)
    return [owned.get(id(a), a) for a in kept if id(a) not in described] + added


class _Genders:
    """What the article tells of its people's gender: a title ("Mr", "Mrs"), a common given name ("James
    Hamilton") or a gendered pronoun resolved to them ("Comey ... *he*"). A "she" or "her" cannot stand for a
    man known so, nor "he" for a woman; a person of unknown gender fits either."""

    def __init__(self, rules: Coreference, actors: Sequence[Actor]) -> None:
        self._words = {**{w: MASCULINE for w in rules.masculine}, **{w: FEMININE for w in rules.feminine}}
        self._known: dict[str, str] = {}
        told = shared_genders()
        for actor in actors:
            if actor.kind != "person":
                continue
            title = actor.text.split(" ", 1)[0].lower().rstrip(".")
            if title in self._words and len(actor.text.split()) > 1:
                self._known.setdefault(_person_key(actor), self._words[title])
            elif (gender := told.of_person(actor)) is not None:
                # a full name's common given name ('James Hamilton') or a gendered word of the mention ('a
                # spokeswoman'): data/genders.yaml, as the actor stage and the speakers read it
                self._known.setdefault(_person_key(actor), gender)

    def conflicts(self, pronoun: Token, mention: Mention) -> bool:
        wanted = self._words.get(pronoun.lower_)
        return wanted is not None and any(self._known.get(_person_key(a), wanted) != wanted for a in mention.actors)

    def learn(self, pronoun: Token, mention: Mention) -> None:
        gender = self._words.get(pronoun.lower_)
        if gender is not None and len(mention.actors) == 1 and mention.kind == "person":
            self._known.setdefault(_person_key(mention.actors[0]), gender)


def _co_argument(anaphor: Anaphor, found: Mention, mentions: list[Mention]) -> bool:
    """A description of a person is never who another argument of its own verb is, before or after it, named or
    resolved: "She criticised *the Republican candidate*" after "Clinton spoke" is not Clinton criticising herself,
    but someone the text has not named (nor, beside a pronoun, the one the pronoun stands for); nor is "*The
    candidate* met Trump" Trump. (A pronoun's binding is
    :func:`_first_fitting`'s, among the mentions before it.)"""
    token = anaphor.token
    if anaphor.wants != PERSON or token.pos_ != "NOUN":
        return False
    verb = _verb_of(token)
    if verb < 0:
        return False
    arguments = [c for c in token.doc[verb].children if c.i != token.i and c.dep_ in ARGUMENT_DEPS]
    if any(c.lower_ in PERSON_PRONOUNS for c in arguments):
        return True  # "She criticised the Republican candidate": the pronoun is the person spoken of, whoever she is
    here = sentence_index(token.doc).number_of(token)
    keys = {_person_key(a) for a in found.actors}
    return any(m.sentence == here and m.verb == verb and not m.left <= token.i <= m.right
               and keys & {_person_key(a) for a in m.actors} for m in mentions)


def _person_key(actor: Actor) -> str:
    return (actor.name or actor.text).lower()


class _BySentence:
    """The mentions anaphors may point back to, kept by sentence, each sentence's in the order of the list they
    came in (that order breaks ties in :func:`_ranked`, which looks only at the sentences within reach): an
    anaphor reads its window, not the whole document's mentions (linear in a long document)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._sentences: dict[int, list[Mention]] = {}
        self._heads: dict[int, set[int]] = {}  # head token -> the sentences holding mentions with that head
        for mention in mentions:
            self._add(mention)

    def _add(self, mention: Mention) -> None:
        self._sentences.setdefault(mention.sentence, []).append(mention)
        self._heads.setdefault(mention.head, set()).add(mention.sentence)

    def within(self, first: int, last: int) -> list[Mention]:
        """The mentions of sentences ``first`` to ``last``."""
        return [m for sentence in range(first, last + 1) for m in self._sentences.get(sentence, ())]

    def replace(self, head: int, mention: Mention) -> None:
        """Drop every mention headed by ``head``, then add ``mention`` (last of its sentence)."""
        for sentence in self._heads.pop(head, ()):
            self._sentences[sentence] = [m for m in self._sentences[sentence] if m.head != head]
        self._add(mention)


# --- mentions ------------------------------------------------------------------------------------------------


def _heads(doc: Doc, actors: Sequence[Actor]) -> dict[int, Span]:
    """Each actor record's token span (by the record's id)."""
    spans = {}
    for actor in actors:
        span = doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand")
        if span is not None and len(span):
            spans[id(actor)] = span
    return spans


def _actor_mentions(doc: Doc, actors: Sequence[Actor], spans: dict[int, Span]) -> list[Mention]:
    """One mention per actor phrase (several records on one span are one mention of several referents), and
    one for each group of phrases named together ("Russia and Turkey")."""
    by_span: dict[tuple[int, int], list[Actor]] = {}
    for actor in actors:
        span = spans.get(id(actor))
        if span is not None and actor.kind != "place" and (actor.country or actor.sector or actor.name):
            by_span.setdefault((span.start, span.end), []).append(actor)
    found: list[Mention] = []
    by_head: dict[int, Mention] = {}
    for (start, end), group in by_span.items():
        head = doc[start:end].root
        if head.dep_ in MODIFIER_DEPS and not (start <= head.head.i < end) and not misread_object(head):
            continue  # "an Israeli patrol": the demonym modifies a noun that is no actor
        place = head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS and _kind(group) != "person"
        plural = len(group) > 1 or head.tag_ in PLURAL_TAGS
        mention = _mention(head, tuple(group), _role_holder(group, plural) or _kind(group), plural, start, end - 1,
                           place)
        found.append(mention)
        by_head[head.i] = mention
    for mention in list(found):
        token = doc[mention.head]
        members = [by_head[c.i] for c in _conjuncts(token) if c.i in by_head]
        if token.dep_ != "conj" and members:
            together = (mention, *members)
            kinds = {m.kind for m in together}
            found.append(_mention(token, tuple(a for m in together for a in m.actors),
                                  kinds.pop() if len(kinds) == 1 else "organisation", True, mention.left,
                                  max(m.right for m in together)))
    return found


def _things(doc: Doc, spans: dict[int, Span]) -> list[Mention]:
    """Subjects that name no actor ("the deal", "prices"): what "it" and "they" may stand for instead; and plural
    common nouns that a verb takes as its object and that name no actor ("impossible to identify *these
    fanatics* until they attack", "this angered *voters*. They ..."): what "they" may stand for instead."""
    covered = {i for span in spans.values() for i in range(span.start, span.end)}
    found = []
    table, strings = token_table(doc), doc.vocab.strings
    subjects = {strings[label] for label in NOMINAL_SUBJECT_DEPS}  # the labels' ids: no string made per word
    direct_object = strings["dobj"]
    # label and part of speech ids from the token table first: a Token for every word cost more than the test
    for i, (dep, pos) in enumerate(zip(table.dep, table.pos, strict=True)):
        if pos not in _NOUN_IDS or i in covered or (dep not in subjects and not (
                dep == direct_object and pos == NOUN and doc[i].tag_ in PLURAL_TAGS)):
            continue
        token = doc[i]
        if token.ent_type_ not in NOT_THINGS:
            found.append(_mention(token, (), "thing", token.tag_ in PLURAL_TAGS, token.left_edge.i, token.i))
    return found


def _described_groups(doc: Doc, rules: Coreference) -> list[Mention]:
    """"those who fled", "those inside the city": a demonstrative pronoun with a phrase describing whom it means
    names several people no actor stands for, in whatever role; a plural pronoun after it may mean them."""
    found = []
    table, words = token_table(doc), {get_string_id(word) for word in rules.described_groups}
    # word and part of speech ids from the token table first, as in _things: a Token only for a candidate
    for i, (lower, pos) in enumerate(zip(table.lower, table.pos, strict=True)):
        if lower not in words or pos != PRON:
            continue
        token = doc[i]
        if token.dep_ != "poss" and any(c.dep_ in DESCRIBING_DEPS for c in token.children):
            found.append(_mention(token, (), "thing", True, token.i, token.i))
    return found


def _mention(head: Token, actors: tuple[Actor, ...], kind: str, plural: bool, left: int, right: int,
             place: bool = False) -> Mention:
    role = head
    while role.dep_ in ("appos", "conj") and role.head.i != role.i:
        role = role.head  # "Assad, the Syrian president,": the apposition shares the subject's role
    verb = _verb_of(role)
    subject = role.dep_ in NOMINAL_SUBJECT_DEPS and _nearest_subject(role)
    main = subject and verb >= 0 and (role.head.dep_ == "ROOT" or (role.head.dep_ == "conj"
                                                                   and role.head.head.dep_ == "ROOT"))
    return Mention(head.i, sentence_index(head.doc).number_of(head), actors, kind, plural, subject, main, verb,
                   left, right, place)


def _nearest_subject(token: Token) -> bool:
    """The subject of its verb: of two (a parse gone wrong, "A strident critic of X, Turkey has ..."), the one
    nearest the verb."""
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    return min(subjects, key=lambda c: abs(c.i - verb.i)).i == token.i


def _role_holder(actors: Sequence[Actor], plural: bool) -> str | None:
    """One person named by a role ("the judge", "a spokesman"): a single member of a sector's people is a person
    "he" or "she" can stand for ("The senators met the judge. They supported *him*"), never an "it"."""
    return "person" if not plural and actors and all(a.kind == "group" for a in actors) else None


def _kind(actors: Sequence[Actor]) -> str:
    kinds = {a.kind for a in actors}
    if kinds == {"person"}:
        return "person"
    if kinds == {"country"}:
        return "state"
    return "organisation"


def _conjuncts(token: Token) -> list[Token]:
    found = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


def _verb_of(token: Token) -> int:
    """The verb whose argument the phrase is (through a preposition: "talks with X" is an argument of
    "held"), or -1."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return -1
        if head.pos_ in ("VERB", "AUX"):
            return head.i
        if current.dep_ not in ("pobj", "prep", "dobj", "poss") and head.pos_ in ("NOUN", "PROPN"):
            return -1
        current = head
    return -1


def _as_mention(anaphor: Anaphor, actors: list[Actor]) -> Mention:
    kind = _kind(actors)
    plural = anaphor.wants == "they" or len(actors) > 1
    return _mention(anaphor.token, tuple(actors), kind, plural, anaphor.left, anaphor.right)


# --- anaphors ------------------------------------------------------------------------------------------------


def _anaphors(doc: Doc, actors: Sequence[Actor], spans: dict[int, Span], rules: Coreference) -> list[Anaphor]:
    """The pronouns and definite descriptions of the document, in text order."""
    covering: dict[int, Actor] = {}
    for actor in actors:
        span = spans.get(id(actor))
        if span is not None:
            covering.setdefault(span.root.i, actor)
    found = []
    table, strings = token_table(doc), doc.vocab.strings
    words = {strings[word] for word in _ANAPHOR_WORDS}  # their ids (hashes): no string made per word
    for i, (lower_id, pos) in enumerate(zip(table.lower, table.pos, strict=True)):
        # ids first: only these words and nouns can pass a test below (which reads the strings), and a Token
        # for every word cost more
        if pos != NOUN and lower_id not in words:
            continue
        token = doc[i]
        lower = token.lower_
        if lower in POSSESSIVE_RELATIVES and token.dep_ == "poss":
            found.append(Anaphor(token, RELATIVE, token.i, token.i, None))
        elif lower in PERSON_PRONOUNS and token.pos_ in ("PRON", "DET"):
            found.append(Anaphor(token, PERSON, token.i, token.i, None))
        elif lower in GROUP_PRONOUNS and token.pos_ in ("PRON", "DET") and not _pleonastic(token, rules):
            wants = "they" if lower in rules.plural_pronouns else "it"
            found.append(Anaphor(token, wants, token.i, token.i, None))
        elif token.pos_ == "NOUN" and lemma(token) in rules.definite_nouns:
            anaphor = _definite(token, rules, covering.get(token.i))
            if anaphor is not None:
                found.append(anaphor)
    return found


def _definite(token: Token, rules: Coreference, record: Actor | None) -> Anaphor | None:
    """"the group", "the ministry", "the Islamist movement": "the" and the noun, with at most adjectives
    between, and nothing that names whose it is ("the Syrian regime", "the group's leader" are not). A country
    the actor stage lent from the story around it (:func:`accord.actors.country_from_context.lent_country`) is
    not the mention's own: "the department" in a story set in Iran may still point back to "the US Treasury"
    named just before."""
    if record is not None and (record.name or (record.country and not lent_country(record))):
        return None
    lefts = list(token.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return None
    wants = rules.definite_nouns[lemma(token)]
    if wants == PERSON and token.tag_ in PLURAL_TAGS:
        return None  # "the candidates": several, which no one person named before is
    if any(c.dep_ in ("poss", "nummod") for c in lefts):
        return None
    if wants != PERSON and any(c.dep_ == "compound" or (c.dep_ == "amod" and c.pos_ == "PROPN") for c in lefts):
        return None  # "the Syrian regime" says whose it is; "the Democratic candidate" says only what she stands for
    if any(c.lower_ in rules.fresh_adjectives for c in lefts):
        return None  # "the same organisation", "a new government": not the one named before
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None  # "the government of Syria" says whose it is
    if wants == ARMED and any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in token.children):
        return None  # "the rebels in the north", "the Islamist militants": a phrase that may pick out others
    left = min((c.left_edge.i for c in lefts), default=token.i)
    return Anaphor(token, wants, left, token.i, record)


def _pleonastic(token: Token, rules: Coreference) -> bool:
    """"it" that stands for nothing: "it is clear that", "it emerged that", "it was reported that", "made it
    clear that"."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ in NOMINAL_SUBJECT_DEPS:
        extraposed = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > token.i for c in head.children)
        described = any(c.dep_ in ("acomp", "attr") for c in head.children)
        return extraposed and (lemma(head) in rules.pleonastic_verbs or described or token.dep_ == "nsubjpass")
    if token.dep_ == "dobj":
        return any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > token.i for c in head.children)
    return False


# --- resolution ----------------------------------------------------------------------------------------------


def _antecedent(anaphor: Anaphor, mentions: list[Mention], headlines: frozenset[int], reach: int,
                conflicts: Callable[[Token, Mention], bool] = lambda token, mention: False,
                bound: _Bound | None = None) -> Mention | None:
    """The first fitting mention in salience order; None when a thing ranks first or nothing fits. "they"
    looks for several first, and only then for an organisation ("the group said it captured soldiers as
    they tried to infiltrate": the soldiers)."""
    ranked = _ranked(anaphor, mentions, sentence_index(anaphor.token.doc).number_of(anaphor.token), headlines,
                     reach)
    if anaphor.wants == "they":
        several = _first_fitting(anaphor, [m for m in ranked if m.plural], conflicts, bound=bound)
        if several is not None:
            return several
    return _first_fitting(anaphor, ranked, conflicts, bound=bound)


def _repeated(anaphor: Anaphor, mentions: list[Mention], headlines: frozenset[int], reach: int,
              conflicts: Callable[[Token, Mention], bool], bound: _Bound | None = None) -> Mention | None:
    """"The Saudi-led coalition ... *the coalition*": a description that repeats the head noun of a mention named
    by the actor stage is that mention, whatever its sector (a military coalition is no "group" by sector, yet it
    is the one meant), and further back than salience alone reaches. Not an apposition ("Our PAC, *a group* set up
    to ..."), which describes the name before it; nor a mention that was itself resolved (its rule says so), whose
    identity is only as good as that guess."""
    token = anaphor.token
    if token.pos_ != "NOUN":
        return None  # a pronoun repeats nothing
    doc = token.doc
    ranked = _ranked(anaphor, mentions, sentence_index(doc).number_of(token), headlines, reach)
    # a common noun repeated, not the last word of a name ("the state" is not "Islamic State")
    repeated = [m for m in ranked if m.kind != "thing" and doc[m.head].pos_ == "NOUN"
                and lemma(doc[m.head]) == lemma(token) and doc[m.head].dep_ != "appos"
                and not any(_guessed(a) for a in m.actors)]
    return _first_fitting(anaphor, repeated, conflicts, fits=lambda anaphor, mention: True, bound=bound) \
        if repeated else None


def _guessed(actor: Actor) -> bool:
    """A mention resolved by salience, not by a repeated noun: a chain of repeated nouns carries it no further."""
    rule = actor.rule or ""
    return rule.startswith(RULE) and not rule.endswith(REPEATED_RULE)


def _first_fitting(anaphor: Anaphor, ranked: list[Mention],
                   conflicts: Callable[[Token, Mention], bool] = lambda token, mention: False,
                   fits: Callable[[Anaphor, Mention], bool] | None = None,
                   bound: _Bound | None = None) -> Mention | None:
    fitting = _fits if fits is None else fits
    token = anaphor.token
    here = sentence_index(token.doc).number_of(token)
    possessive = token.dep_ == "poss"
    verb = _verb_of(token)
    barred = _bound_away(token) if bound is None else bound.tokens
    addressee = _addressee(token)
    actors = {m.head: m for m in ranked if m.actors}  # once per pronoun: what a thing may hang on
    for mention in ranked:
        if mention.left <= anaphor.left <= mention.right or anaphor.left <= mention.head <= anaphor.right \
                or _part_taken_from(token, mention.head):
            continue  # "its fighters" cannot stand for itself, nor "hundreds of them" for "them"
        if any(mention.left <= i <= mention.right for i in barred) or (bound is not None and bound.bars(mention)):
            continue  # "the police vowed to arrest them": not the police, who would be "themselves"
        if mention.sentence == here and not possessive and verb >= 0 and mention.verb == verb:
            continue  # "Washington invaded the country": another argument of the same verb
        if not possessive and verb >= 0 and _relative_argument(token.doc[verb], mention.head):
            continue  # "the man who tortured him": the relative pronoun makes the man an argument of the verb
        if mention.kind == "thing":
            owner = _modifies_actor(token.doc, mention, actors)
            if (addressee and mention.subject) or (owner is not None and fitting(anaphor, owner)):
                # "Prices rose, and she urged them to stay calm": prices are not asked to do anything (a plural
                # object, "called fundraisers, asking them to ...", may name people, and still ranks); "people
                # who ate pastries": the pastries are no rival of the people, who may be "them" (but "diplomats
                # whose deal collapsed said it ...": the diplomats cannot be "it", and the deal still is)
                continue
            if anaphor.wants in ("it", "they") and mention.plural == (anaphor.wants == "they"):
                return None  # "The deal was signed on Monday. It allows ...": the pronoun is the deal
            continue
        if anaphor.wants == PERSON and conflicts(token, mention):
            continue  # "Comey ... he called her actions careless": "her" is not the man "he" stood for
        if (not mention.place or anaphor.wants == "country") and fitting(anaphor, mention):
            return mention
    return None


def _spoken_of(doc: Doc, mention: Mention, pronoun: Token) -> bool:
    """The mention lies inside a quotation that the pronoun's own verb reports, the pronoun being that verb's
    subject: '"We condemn *Christie's* plan," *he* said'. Whoever is named in the third person inside a quotation is
    spoken of by its speaker, who would say "I": the speaker is someone else."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.i == pronoun.i:
        return False
    head = doc[mention.head]
    return quotation_start(doc, head.idx) is not None and verb.left_edge.i <= head.i <= verb.right_edge.i \
        and any(c.is_ancestor(head) or head.i == c.i for c in verb.children if c.dep_ in ("ccomp", "parataxis"))


def _addressee(pronoun: Token) -> bool:
    """The pronoun is whom a verb of asking, urging or telling addresses (``arguments.yaml`` directives), with
    what it is asked to do or told after it ("urged *them* to vote", "told *them* that", "called on *them* to
    leave"): those verbs address people and bodies, never things, so a thing said as a subject is no antecedent
    there."""
    if pronoun.pos_ != "PRON":
        return False
    verb = co_argument_verb(pronoun)
    if verb is None:
        return False
    slots = grammar().directives.get(lemma(verb))
    if not slots:
        return False
    head = pronoun.head
    slot = head.lower_ if pronoun.dep_ == "pobj" else "object"
    if slot not in slots:
        return False
    told = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > pronoun.i]
    return bool(told) or (head.i != verb.i and head.dep_ in ("xcomp", "ccomp"))  # "urged [them to vote]"


def _modifies_actor(doc: Doc, thing: Mention, actors: dict[int, Mention]) -> Mention | None:
    """The actor mention (of ``actors``, by head) whose phrase the thing is said inside a modifier of (a relative
    clause, a participle, a prepositional phrase: "young people *who were eating pastries*", "protesters *carrying
    banners*"): the thing describes that actor, and is no rival antecedent of a pronoun the actor may stand for."""
    current = doc[thing.head]
    for _ in range(MODIFIER_CLIMB):
        if current.dep_ in ACTOR_MODIFIER_DEPS and current.head.i in actors:
            return actors[current.head.i]
        if current.dep_ not in INSIDE_MODIFIER_DEPS or current.head.i == current.i:
            return None  # a clause the actor's phrase does not hold ("confident that ... force X to make Y")
        current = current.head
    return None


class _Bound:
    """Whom an anaphor cannot stand for by the grammar of its sentence: the tokens :func:`_bound_away` and
    :func:`_disapproved_owner` name, and whoever those tokens stand for. A bound pronoun is not its subject's
    referent either, when the subject is itself an anaphor or a name said before ("Kenya's president met
    Museveni. *He* urged *him* to ...": "him" is not the president whom "He" stands for; "Ruto spoke. Ruto
    praised *him*": not Ruto)."""

    def __init__(self, token: Token, mentions: list[Mention], antecedents: dict[int, Mention],
                 rules: Coreference) -> None:
        self.tokens = _bound_away(token) + _disapproved_owner(token, rules)
        heads: set[int] = set()
        names: set[str] = set()
        barred = [m for m in mentions if any(m.left <= i <= m.right for i in self.tokens)]
        chain = [*self.tokens, *(m.head for m in barred)]
        while chain:  # what the barred words stand for, and what that stood for in turn
            i = chain.pop()
            found = antecedents.get(i)
            if found is not None and found.head not in heads:
                heads.add(found.head)
                barred.append(found)
                chain.append(found.head)
        for mention in barred:
            heads.add(mention.head)
            names.update(a.name.lower() for a in mention.actors if a.name and a.kind == "person")
        self._heads = frozenset(heads)
        self._names = frozenset(names)

    def bars(self, mention: Mention) -> bool:
        return mention.head in self._heads or any(
            a.name is not None and a.kind == "person" and a.name.lower() in self._names for a in mention.actors)


def _disapproved_owner(token: Token, rules: Coreference) -> list[int]:
    """The subject a possessive cannot stand for: that of a verb of disapproval taking the possessed phrase as
    its object, directly or after its preposition ("Kenya condemned *its* decision", "Christie questioned *his*
    depth", "lashed out at *their* handling"): one's own doing is "one's own" ("criticised *its own* record"); so
    too the party of a noun of disapproval taking it after its preposition ("the governor's attack on *her*
    record")."""
    if token.dep_ != "poss" or token.pos_ != "PRON":
        return []
    owned = token.head
    if any(c.lower_ == "own" for c in owned.children):
        return []
    verb = owned.head
    if owned.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ == "NOUN" and lemma(verb) in rules.disapproval_nouns:
            return _disapproving_party(verb)
    elif owned.dep_ != "dobj":
        return []
    if verb.pos_ != "VERB" or lemma(verb) not in rules.disapproval_verbs:
        return []
    subject = _clause_subject(token)
    return [] if subject is None else [subject]


def _disapproving_party(noun: Token) -> list[int]:
    """Who a noun of disapproval is by: its possessor ("*the governor's* attack on her record"), else the subject
    of the verb that takes it ("*the governor* launched an attack on her record")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return [owner.i]
    subject = _clause_subject(noun)
    return [] if subject is None else [subject]


def _bound_away(token: Token) -> list[int]:
    """The tokens a pronoun cannot stand for by the grammar of its sentence (``accord.actors.binding``): an object
    pronoun's own subject, shared through control or coordination as well as its own ("the militants vowed to
    kill them": not the militants, who would be "themselves"), and the speaker of first-person words it stands
    in; a subject pronoun's own verb's objects ("he had met Reed": not Reed), and those of a subjectless adjunct
    of that verb, whose understood subject it is ("After meeting Reed, he said ...": not Reed; binding's
    adjunct_objects). A possessive or a description is bound by no such rule here."""
    if token.pos_ != "PRON":
        return []
    return [t.i for t in (*excluded_referents(token), *adjunct_objects(token))] + _adjunct_controller(token)


def _adjunct_controller(pronoun: Token) -> list[int]:
    """The understood subject of the subjectless participle or infinitive an object pronoun hangs on, when that
    verb is an adjunct of another clause: it is the subject of the clause it adjoins ("the senator attacked the
    governor, *calling him* a liar", "praised Museveni *after meeting him*", "phoned Museveni *to urge him* to
    ..."), and the pronoun, not being "himself", is someone else (as :func:`_bound_away`'s own subject is). A
    participle with a subject of its own ("with Cruz calling him a friend") is bound by that subject instead."""
    verb = co_argument_verb(pronoun)
    if verb is None:
        return []
    while verb.dep_ == "conj" and nominal_subject(verb) is None and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "calling him a liar and accusing him of ...": the first participle's place
    if nominal_subject(verb) is not None or (verb.tag_ not in NONFINITE_TAGS and not has_infinitive(verb)):
        return []
    host = verb.head
    if verb.dep_ == "pcomp" and host.dep_ == "prep":  # "after meeting him", "by calling him out"
        host = host.head
    elif verb.dep_ != "advcl":
        return []
    if host.i == verb.i or host.pos_ not in ("VERB", "AUX"):
        return []
    if verb.tag_ not in NONFINITE_TAGS and any(c.dep_ in OBJECT_DEPS for c in host.children):
        return []  # "needed delegates *to support him*": the object may be the infinitive's doer, "him" the subject
    subject = verb_subject(host)
    return [] if subject is None or subject.i == pronoun.i else [subject.i]


def _relative_antecedent(pronoun: Token, mentions: list[Mention]) -> Mention | None:
    """The mention a relative "whose" stands for: the noun its relative clause hangs on (or, when that noun is an
    apposition, the name it describes: "Ann Lee, the head of the council, *whose* staff ..."). The clause's verb
    is the first verb above the pronoun's phrase."""
    verb = pronoun.head
    for _ in range(CLAUSE_CLIMB):
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    nouns = [noun, noun.head] if noun.dep_ == "appos" and noun.head.i != noun.i else [noun]
    for wanted in nouns:
        found = next((m for m in mentions if m.head == wanted.i and m.actors), None)
        if found is not None:
            return found
    return None


def _part_taken_from(pronoun: Token, head: int) -> bool:
    """The pronoun names the whole a phrase headed by ``head`` takes a part of ("*hundreds* of them", "*one* of
    them"): a part never stands for the whole it is taken from."""
    of = pronoun.head
    return pronoun.dep_ == "pobj" and of.lower_ == "of" and of.head.i == head


def _ranked(anaphor: Anaphor, mentions: list[Mention], here: int, headlines: frozenset[int],
            reach: int) -> list[Mention]:
    doc = anaphor.token.doc
    earlier_sentences = _within_reach(doc, here, reach)
    looked_at = {here, *earlier_sentences}
    before = [m for m in mentions if m.head < anaphor.left and m.sentence in looked_at
              and (m.sentence not in headlines or here in headlines)]
    same = [m for m in before if m.sentence == here]
    own = _clause_subject(anaphor.token) if anaphor.token.dep_ == "poss" else None
    # the nearest subject first; an apposition after the name it describes ("Germany, *a Nato member*, said it
    # ...": the pronoun refers to what the name does, not to the description's own head)
    ranked = sorted(same, key=lambda m: (m.head != own, not m.subject, doc[m.head].dep_ == "appos", -m.head))
    for sentence in earlier_sentences:
        earlier = [m for m in before if m.sentence == sentence]
        ranked += sorted(earlier, key=lambda m: (not m.main, not m.subject, not _named(m), m.head))
    return ranked


def _within_reach(doc: Doc, here: int, reach: int) -> list[int]:
    """The sentences before sentence ``here`` that an anaphor looks back over, nearest first: ``reach`` of them,
    not counting a fragment with no word in it, which the splitter leaves after a quotation (the closing mark of
    '"Very good."' alone): it moves the story on by nothing, and would otherwise put the speaker out of reach."""
    index = sentence_index(doc)
    found: list[int] = []
    counted = 0
    sentence = here - 1
    while sentence >= 0 and counted < reach:
        found.append(sentence)
        if any(doc[k].is_alpha for k in range(index.starts[sentence], index.ends[sentence])):
            counted += 1
        sentence -= 1
    return found


def _named(mention: Mention) -> bool:
    return any(a.country or a.name for a in mention.actors)


def _clause_subject(token: Token) -> int | None:
    """The subject of a possessive's own clause, which the possessive most often means ("the leader who killed
    his citizens": the leader); a relative pronoun stands for the noun its clause modifies."""
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    verb, controller = _controlling_verb(verb)
    if controller is not None:
        return controller.i
    subject = nominal_subject(verb)
    if subject is None or subject.left_edge.i <= token.i <= subject.right_edge.i:
        return None
    if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head.i
    return subject.i


def _relative_argument(verb: Token, head: int) -> bool:
    """The phrase headed by ``head`` is an argument of ``verb`` through a relative pronoun: the verb heads a
    relative clause on that phrase, whose pronoun is its subject or object ("the man *who* tortured him")."""
    return verb.dep_ == "relcl" and verb.head.i == head and any(
        c.tag_ in RELATIVE_TAGS and c.dep_ in RELATIVE_ROLES for c in verb.children)


def _controlling_verb(verb: Token) -> tuple[Token, Token | None]:
    """The verb whose subject a subjectless verb shares: up through complements and coordination ("Germany was
    obliged *to withdraw* its forces", "Turkey closed the border *and* recalled its envoy"); and the object that
    controls a complement instead, when the verb above has one ("urged *Uganda* to withdraw its troops"), but not
    after verbs like "promise"."""
    for _ in range(CONTROL_DEPTH):
        if has_nominal_subject(verb) or verb.dep_ not in CONTROLLED_DEPS or verb.head.i == verb.i:
            break
        if verb.dep_ == "xcomp" and lemma(verb.head) not in grammar().subject_control_with_object:
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None:
                return verb.head, controller
        verb = verb.head
    return verb, None


def _fits(anaphor: Anaphor, mention: Mention) -> bool:
    wants, kind = anaphor.wants, mention.kind
    if wants == PERSON:
        return kind == "person" and not mention.plural
    if wants == "it":
        return kind in ("state", "organisation") and not mention.plural
    if wants == "they":
        return mention.plural or kind == "organisation"
    countries = {a.country for a in mention.actors}
    if wants == "country":
        return kind == "state" and len(countries) == 1
    if wants == "government":
        return len(countries) == 1 and None not in countries and (
            kind == "state" or all(a.sector in GOVERNMENT_SECTORS for a in mention.actors))
    if wants == "body":
        return kind != "person" and not mention.plural and (kind == "organisation" or None not in countries)
    if wants == ARMED:
        return kind == "organisation" and all(a.sector in ARMED_SECTORS for a in mention.actors)
    return kind == "organisation" and all(a.sector not in GOVERNMENT_SECTORS and a.sector not in PEOPLE_SECTORS
                                          for a in mention.actors)


def _refer(doc: Doc, anaphor: Anaphor, antecedent: Mention) -> list[Actor]:
    """The antecedent's actors, mentioned at the anaphor."""
    record = anaphor.record
    if record is not None:
        start, end = record.start, record.end
        text = record.text
    else:
        span = doc[anaphor.left : anaphor.right + 1]
        start, end, text = span.start_char, span.end_char, span.text
    rule = f"{RULE}:{anaphor.wants}"
    made = []
    for actor in antecedent.actors:
        if anaphor.wants in ("country", "government") or (anaphor.wants == "body" and actor.kind == "country"):
            sector = (record.sector if record is not None else None) or "GOV"
            kind = "organisation" if anaphor.wants == "body" else "country"
            name = actor.name if actor.kind == "country" else actor.country
            made.append(Actor(text=text, name=name, country=actor.country, sector=sector, kind=kind,
                              start=start, end=end, rule=rule))
        else:
            made.append(replace(actor, text=text, start=start, end=end, rule=rule))
    return made


def _owned(doc: Doc, actors: Sequence[Actor], spans: dict[int, Span],
           resolved: dict[int, list[Actor]]) -> dict[int, Actor]:
    """Mentions owned by a resolved possessive ("its fighters", "their envoy") take the owner's country, and
    the owner's name when the owner is an organisation; keyed by the record's id."""
    owned: dict[int, Actor] = {}
    for actor in actors:
        span = spans.get(id(actor))
        if span is None or actor.country is not None or states_side(actor):  # "Turkey's allies": other states
            continue
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i in resolved), None)
        if owner is None:
            continue
        owners = [o for o in resolved[owner.i] if o.country]
        if len({o.country for o in owners}) != 1:
            continue
        first = owners[0]
        name = actor.name or (first.name if first.kind not in ("country", "person") else None)
        owned[id(actor)] = replace(actor, country=first.country, name=name, rule=f"{actor.rule}{OWNER_RULE}")
    return owned
