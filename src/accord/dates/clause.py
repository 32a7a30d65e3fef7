"""Which clause a token belongs to, and which words a phrase modifies: the syntax the attachment functions of
dates, places and quantities share.

An event's date, place and numbers are the ones its own clause gives ("signed 28 pacts on Monday"), not those
of a neighbouring clause in the same sentence. A clause is identified by its head verb: the first ancestor
(or the token itself) that is a verb heading a finite or reported clause.

Dates and places go further: they belong to an event when the phrase that holds them modifies one of the
event's own words (:class:`EventWords`) — its trigger, the verbs that tell it, the event nouns they carry —
and not merely when it sits somewhere in the same clause ("asked for talks *next week*": the week is the
talks', not the asking's).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from accord.doc_index import is_headline, same_sentence, sentence_of
from accord.syntax import NOMINAL_SUBJECT_DEPS, has_nominal_subject
from accord.words import shared_words

# Dependencies that start a new clause below their head. xcomp ("started receiving") and prepositional
# verbs ("including") stay in their governor's clause.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj", "pcomp"})
VERB_POS = frozenset({"VERB", "AUX"})
# How a clause hangs below the clause whose time it shares: a complement ("said that ..."), an adverbial
# ("..., assuring him"), a coordinated verb ("arrived and signed"). A relative clause or a participle that
# describes a noun ("the man who visited", "a soldier arrested in Turkey") has a time of its own.
SHARED_TIME_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "pcomp", "csubj"})
# A clause shares the place of the clause it is an adverbial of, or coordinated with ("met in Geneva and
# signed a pact"), but not that of a report it is the content of ("said in Washington that Russia attacked").
SHARED_PLACE_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp"})
# Dependencies by which a word or phrase modifies the word it hangs on directly ("Monday", "Saturday's",
# "the 2016 coup", "last week"), besides a preposition's object.
# Prepositions whose gerund happens at the same moment as the clause ("*upon* landing", "*on* arriving").
SIMULTANEITY_PREPS = frozenset({"upon", "on"})
# The words that open a content clause ("said *that*", "asked *whether*"), not an adverbial one.
COMPLEMENTISERS = frozenset({"that", "whether", "if"})
# Words that take a part of a period ("*much of* the past two years", "*most of* 2019").
PARTITIVES = frozenset({"much", "most", "part", "all", "some", "half", "rest", "bulk", "majority", "remainder"})
# The words that may stand inside a clause's verb group ("has *not* yet condemned").
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Entity labels of the words a longer time phrase is built on ("Monday *evening*").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# How many prepositional links are followed from an event's words to the noun a phrase hangs on.
MAX_SETTING_DEPTH = 4
# Prepositions by which a noun is the circumstance of an event ("killed *in* a raid", "*during* clashes",
# "*amid* a row"): what happens in it happens when and where the event does.
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "amid", "amidst", "at", "throughout"})


@dataclass(frozen=True, slots=True)
class EventWords:
    """The words that tell one event, as the coder's earlier layers found them.

    ``word`` is the event word (a verb, or an event noun); ``verbs`` the verbs that tell the event itself,
    bottom-up (the trigger's and those governing it — not the verbs of what is asked, threatened or refused
    below a recoding verb); ``nouns`` the event nouns those verbs carry ("held *talks*"). ``top`` holds the
    subject and is where the clause hangs in the sentence. ``reported``: told by a speaker the text cites;
    ``prospective``: told as to come or possible; ``speech_act``: an act done by saying (a demand, an
    accusation, a threat), so done when it is said; ``with_participants``: an act done where its participants
    are (an attack, an arrest, a meeting)."""

    word: Token
    verbs: tuple[Token, ...] = ()
    nouns: tuple[Token, ...] = ()
    reported: bool = False
    prospective: bool = False
    speech_act: bool = False
    with_participants: bool = False

    @classmethod
    def of(cls, token: Token) -> EventWords:
        """The event of one word taken alone: a verb tells itself, a noun has no verb."""
        return cls(token, (token,) if token.pos_ in VERB_POS else ())

    @property
    def top(self) -> Token:
        return self.verbs[-1] if self.verbs else self.word

    @property
    def clause(self) -> Token:
        """The lowest verb that tells the event, or the event noun: what the quantities are looked up from."""
        return self.verbs[0] if self.verbs else self.word

    def own(self) -> frozenset[int]:
        """Token indices of the event's own words, with the participles that describe an event noun: "the
        intervention *launched* in 2015", "the talks *held* in Geneva" tell when and where the event was; and
        the relative clauses that tell what the event itself did ("an assault *that* last month *drove* the
        Kurds from Afrin", "the strike, *which hit* a school on Monday"): what it did, it did when and where
        it happened."""
        nouns = (*self.nouns, self.word) if self.word.pos_ == "NOUN" else self.nouns
        described = (c.i for n in nouns for c in n.children
                     if (c.dep_ == "acl" and c.tag_ == "VBN") or _told_of_it(c))
        return frozenset({self.word.i, *(v.i for v in self.verbs), *(n.i for n in self.nouns), *described})


def _told_of_it(clause: Token) -> bool:
    """A relative clause in the active voice whose subject is the relative pronoun ("that", "which"): it
    tells what the noun it hangs on did — not what was done to it ("the attack, which was condemned on
    Monday", "the deal that Iran signed": another act, at another time)."""
    return clause.dep_ == "relcl" and clause.pos_ in VERB_POS \
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children)


def coordinated_verbs(event: EventWords) -> tuple[Token, ...]:
    """Verbs coordinated with the event's and sharing its subject ("was shot down and destroyed *last
    night*"): a time or a place at the end of the coordination is said of both."""
    return tuple(c for v in event.verbs for c in v.children if c.dep_ == "conj" and c.pos_ in VERB_POS
                 and not has_nominal_subject(c))


def clause_head(token: Token) -> Token:
    """The head verb of the clause ``token`` sits in (the sentence root when none is found)."""
    current = token
    while True:
        if current.pos_ in VERB_POS and current.dep_ in CLAUSE_DEPS:
            return current
        if current.head.i == current.i:
            return current
        current = current.head


def in_clause_of(token: Token, trigger: Token) -> bool:
    """True when ``token`` belongs to the trigger's clause or hangs below a nominal trigger ("clashes in X")."""
    if not same_sentence(token, trigger):
        return False
    if trigger.pos_ not in VERB_POS and _is_below(token, trigger):
        return True
    return clause_head(token).i == clause_head(trigger).i


def _is_below(token: Token, ancestor: Token) -> bool:
    return token.i == ancestor.i or any(a.i == ancestor.i for a in token.ancestors)


@dataclass(frozen=True, slots=True)
class Attachment:
    """Where a phrase hangs: the word it modifies, and the preposition between them (lower case; "" when it
    modifies the word directly, "Saturday's attack", "met Monday")."""

    head: Token
    preposition: str
    dep: str  # the phrase's own dependency (pobj, npadvmod, poss, ...)


def attachment(span: Span) -> Attachment | None:
    """The word the phrase ``span`` modifies. A preposition's object hangs on the preposition's head ("talks
    *in Geneva*"); a multiword preposition is read whole ("ahead of", "prior to"); a part of a longer time
    phrase speaks through it ("*Monday* evening", "*mid*-2014")."""
    dangling = _dangling_preposition(span)
    if dangling is not None:  # "In December Donald Trump announced": the parser hung the date on the name
        return Attachment(dangling.head, dangling.lower_, "pobj")
    root = span.root
    for _ in range(4):
        head = root.head
        if head.i == root.i or not (root.dep_ in ("compound", "nmod", "nummod", "amod", "conj", "appos")
                                    and (head.ent_type_ in TIME_ENTITIES or root.dep_ in ("conj", "appos"))):
            break
        root = head
    root = _through_partitive(root)
    part_of_day = _part_of_day_host(root)
    if part_of_day is not None:
        return part_of_day
    if root.dep_ == "pobj":
        prep = root.head
        words = prep.lower_
        head = prep.head
        if head.dep_ in ("advmod", "amod", "prep") and head.pos_ in ("ADV", "ADJ", "ADP") \
                and head.head.i != head.i:  # "ahead of", "prior to", "because of"
            words = f"{head.lower_} {words}"
            head = head.head
        if prep.dep_ not in ("prep", "agent", "dative") or head.i == prep.i:
            return None
        return Attachment(_host(span, head), words, "pobj")
    if root.head.i == root.i:
        return None
    return Attachment(_host(span, root.head), "", root.dep_)


def _host(span: Span, head: Token) -> Token:
    """The word a phrase the parser hung on ``head`` modifies: the verb of the clause when it stands between
    a subject and its verb (:func:`_between_subject_and_verb`), and the clause an adverbial clause modifies
    when it stands before that adverbial clause's subordinator (:func:`_before_subordinator`)."""
    return _between_subject_and_verb(span, head) or _before_subordinator(span, head) \
        or _headline_last_time(span, head) or head


def _headline_last_time(span: Span, head: Token) -> Token | None:
    """"Senator blasts governor over flood response *on Monday*": a headline, cut down to its verb, its
    participants and its time, puts the time last, after the object and its modifiers; there it tells when the
    headline's verb happened, though the parser hung it on the nearest noun. Only a time phrase that ends the
    headline, on a noun (not one the verb has already: "Monday's vote")."""
    sentence = sentence_of(head)
    root = sentence.root
    if head.pos_ not in ("NOUN", "PROPN") or root.pos_ not in VERB_POS or head.i == root.i \
            or not any(t.ent_type_ in TIME_ENTITIES for t in span) or not is_headline(sentence):
        return None
    after = [t for t in sentence.doc[span.end : sentence.end] if not (t.is_space or t.is_punct)]
    if after or span.root.dep_ == "poss" or not any(a.i == root.i for a in head.ancestors):
        return None
    return root


def _before_subordinator(span: Span, head: Token) -> Token | None:
    """"*A year ago*, after a chemical attack killed dozens, the president fired missiles", "*On Tuesday*, when
    the talks collapsed, the rebels attacked": an adverbial clause begins with its subordinator, so a phrase
    standing before it is no part of it — it modifies the clause the adverbial clause hangs on, though the
    parser hung it on the adverbial clause's verb."""
    clause = head
    if clause.dep_ not in ("advcl", "ccomp") or clause.pos_ not in VERB_POS or clause.head.i == clause.i:
        return None
    opener = next((c for c in clause.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")),
                  None)
    if clause.dep_ == "ccomp" and (opener is None or opener.lower_ in COMPLEMENTISERS):
        return None  # a content clause ("said *that* ..."); the parser also calls "after he left" one
    top = span.root
    while top.head.i != clause.i and top.head.i != top.i:
        top = top.head
    if opener is None or top.head.i != clause.i or top.i > opener.i:
        return None
    phrase = {t.i for t in top.subtree}
    if any(t.i < opener.i and t.i not in phrase and not t.is_punct for t in clause.subtree):
        return None
    return clause.head


def _part_of_day_host(root: Token) -> Attachment | None:
    """"withdrew before dawn *on Sunday*", "were hit in the early hours *of Monday*": a date on a part of the day
    names the day of that time, so it modifies what the part of the day's own phrase modifies — through the
    date's preposition, since an ordering word before the part of the day ("*before* dawn") orders the event
    within that day, not against the date."""
    prep = root.head
    part = prep.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or part.lower_ not in shared_words().parts_of_day \
            or part.dep_ != "pobj":
        return None
    outer = part.head
    if outer.dep_ != "prep" or outer.head.i == outer.i:
        return None
    return Attachment(outer.head, prep.lower_, "pobj")


def _through_partitive(root: Token) -> Token:
    """"for *much of* the past two years", "during *most of* 2019": a time phrase under a partitive speaks
    through it — the part of the period is still a time of the clause the partitive hangs in."""
    for _ in range(2):
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i \
                or prep.head.lower_ not in PARTITIVES:
            break
        root = prep.head
    return root


def _between_subject_and_verb(span: Span, head: Token) -> Token | None:
    """"The president *on Tuesday* condemned ...", "Police *last week* arrested ...", "The president, in an
    address *on Thursday*, threatened ...": a time phrase between a subject and its verb says when the verb's
    act was, though the parser hung it on the subject or a phrase of it (a time after a name or a title
    cannot describe the person). Only words that sit inside a clause's verb group
    (auxiliaries, adverbs, "not") may stand between the phrase and the verb."""
    subject = head
    for _ in range(MAX_SETTING_DEPTH):  # "The president, in an address on Thursday, threatened"
        if subject.dep_ in NOMINAL_SUBJECT_DEPS or subject.dep_ != "pobj" or subject.head.dep_ != "prep":
            break
        subject = subject.head.head
    if subject.dep_ not in NOMINAL_SUBJECT_DEPS or span.start <= subject.i:
        return None
    verb = subject.head
    if verb.i < span.end or verb.pos_ not in VERB_POS:
        return None
    between = span.doc[span.end : verb.i]
    return verb if all(t.dep_ in VERB_GROUP_DEPS or t.is_punct for t in between) else None


def _dangling_preposition(span: Span) -> Token | None:
    """The preposition right before ``span`` when it has no object of its own: the phrase is its object,
    whatever the parser hung the phrase on."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if before.dep_ != "prep" or before.pos_ != "ADP" or before.head.i == before.i \
            or any(c.dep_ in ("pobj", "pcomp") for c in before.children):
        return None
    return before


def in_setting(token: Token, own: frozenset[int], prepositions: frozenset[str]) -> bool:
    """True when ``token`` is one of the event's own words, a participle beside them ("*Speaking* on Tuesday,
    ..."), or a noun of the event's setting: reached from them through a chain of locative and circumstance
    prepositions ("died during an operation in *Manbij*", "at a rally in *Portland*"), where the parser often
    hangs a time or a place meant for the event."""
    current = token
    for _ in range(MAX_SETTING_DEPTH):
        if current.i in own:
            return True
        host = adjunct_host(current)
        if host is not None and host.i in own:
            return True
        while current.dep_ in ("conj", "appos", "compound") and current.head.i != current.i \
                and current.head.pos_ in ("NOUN", "PROPN"):
            current = current.head  # "Portland, Maine": the outer name
        if current.dep_ != "pobj" or current.head.lower_ not in prepositions:
            return False
        current = current.head.head
    return False


def described_nouns(token: Token) -> tuple[Token, ...]:
    """The nouns a past participle with no subject of its own may describe ("a letter *released* on Tuesday",
    "a statement *posted* online on Friday"): the one it hangs on, and the noun that one's phrase modifies, where
    the parser often hangs it too ("a letter to colleagues *released* on Monday"). Said in such a letter or
    statement, an act is done when the text that carries it is released."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.pos_ != "NOUN" \
            or has_nominal_subject(token):
        return ()
    noun = token.head
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return (noun, outer) if outer is not None and outer.pos_ == "NOUN" else (noun,)


def is_participle_adjunct(token: Token) -> bool:
    """"*Speaking* on Tuesday, the general ...", "*Upon landing* at X, he was arrested": a participle clause
    with no subject of its own, which happens when and where the clause it modifies does."""
    return adjunct_host(token) is not None


def adjunct_host(token: Token) -> Token | None:
    """The verb the participle adjunct ``token`` modifies (see :func:`is_participle_adjunct`), or None."""
    if token.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return None
    if token.dep_ == "advcl":
        return token.head
    prep = token.head
    if token.dep_ == "pcomp" and prep.lower_ in SIMULTANEITY_PREPS and prep.head.i != prep.i:
        return prep.head
    return None


def shared_time_clauses(top: Token, deps: frozenset[str] = SHARED_TIME_DEPS) -> Iterator[Token]:
    """The clauses whose time an event told at ``top`` shares, nearest first: climbing complements,
    adverbials and coordinations (a reported act, "..., assuring him", "arrived and signed"), the clause an
    event noun is the circumstance of ("arrested six people Monday during a *raid*") and the clause a "when"
    or "where" relative goes on from ("gathered in Antalya on Sunday, *where* they met ..."), stopping at a
    clause that describes a noun."""
    current = top
    for _ in range(8):  # clause nesting is shallow; a bound keeps a broken parse from looping
        if current.dep_ == "pobj" and current.head.lower_ in CIRCUMSTANCE_PREPS and current.pos_ == "NOUN":
            current = clause_head(current.head.head)
        elif (current.dep_ in deps or _relative_of_time_or_place(current)) and current.head.i != current.i:
            current = clause_head(current.head)
        else:
            return
        yield current


def _relative_of_time_or_place(verb: Token) -> bool:
    words = shared_words()
    adverbs = words.relative_time_adverbs | words.relative_place_adverbs
    return verb.dep_ == "relcl" and any(c.lower_ in adverbs for c in verb.children if c.dep_ in ("advmod", "mark"))


def relative_antecedent(top: Token, adverbs: frozenset[str]) -> Token | None:
    """The noun a relative clause told at ``top`` describes, when one of ``adverbs`` introduces it: "2003,
    *when* Turkey refused" (the time), "Antalya, *where* they met" (the place)."""
    current = top
    for _ in range(4):
        if current.dep_ == "relcl":
            if any(c.lower_ in adverbs for c in current.children if c.dep_ in ("advmod", "mark")):
                return current.head
            return None
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return None
        current = current.head
    return None
