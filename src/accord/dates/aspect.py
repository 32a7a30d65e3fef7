"""Whether an event told with no time phrase of its own is news of the publication day, from its clause's
tense, aspect and adverbs (``data/dates/background.yaml``).

An article reports its own day's news in the simple past ("the army *shelled* the town"), the progressive
("protesters *are marching*") and the future; what it tells otherwise places the event at no day the reader
can tell (docs/annotation.md: "cannot tell: null"):

- the perfect ("Turkey *has threatened* to extend", "had *captured*"): it tells an event at an unstated time
  before now or before then, and cannot take a definite time ("*has attacked yesterday");
- the simple present and the present passive of an event verb ("Turkey *opposes* the talks", "he *is accused*
  of"): a habit or a state, unless an adverb anchors it now ("*now* seeks") or the speaker performs the act by
  saying it ("we *condemn*");
- except, for the present perfect and the simple present, in the sentence a story opens with: a headline
  tells its news in the present ("Senator *urges* ..."), a lede in the "hot news" perfect ("The family *have
  begged* ..."); never the past perfect;
- adverbs and phrases of repetition, span or an earlier time ("*previously* demanded", "has *long* protested",
  "*for months* examined", "*in the past*");
- a clause or gerund placed before or after another time, or given as a reason ("*after* Turkey objected",
  "*after* taking the town", "responsibility *for* shooting down");
- a clause that describes a participant: a relative clause ("Turkish-aligned troops who have sung and
  *threatened*") or a participle ("the bill, *opposed* by House Republicans"), unless it is all a headline has
  ("Two officers *charged* with ...").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from accord.doc_index import opening_sentence
from accord.errors import ConfigError
from accord.syntax import NOMINAL_SUBJECT_DEPS, PRESENT_TAGS, has_nominal_subject
from accord.words import shared_words

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# How a participle, an infinitive or a gerund subject with no tense of its own hangs on the verb whose tense it
# takes ("*Striking* the capital suggests"), and how far up it is looked for.
NONFINITE_LINKS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "csubj"})
MAX_CARRIER_HOPS = 4
FIRST_PERSON = frozenset({"i", "we"})
# Dependencies of the words that say when, how often or how long: adverbs, bare noun adverbials, prepositions.
ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep", "advcl"})
MAX_PHRASE_WORDS = 5
# How a clause hangs inside the clause it belongs to: coordinated with it, or its complement or adverbial.
INSIDE_CLAUSE_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl"})


@dataclass(frozen=True, slots=True)
class BackgroundWords:
    """The adverbs, phrases and span prepositions of data/dates/background.yaml."""

    adverbs: frozenset[str]
    phrases: frozenset[str]
    span_prepositions: frozenset[str]
    span_units: frozenset[str]
    present_anchors: frozenset[str]
    period_prepositions: frozenset[str]
    period_nouns: frozenset[str]
    ordering_words: frozenset[str]
    narrative_links: frozenset[str]
    continuation_verbs: frozenset[str]
    earlier_adjectives: frozenset[str]
    stance_verbs: frozenset[str]


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def background_words() -> BackgroundWords:
    try:
        raw = yaml.safe_load(resources.files("accord.data").joinpath("dates/background.yaml")
                             .read_text(encoding="utf-8"))
        return BackgroundWords(*(frozenset(str(w).lower() for w in raw[key]) for key in (
            "adverbs", "phrases", "span_prepositions", "span_units", "present_anchors", "period_prepositions",
            "period_nouns", "ordering_words", "narrative_links", "continuation_verbs", "earlier_adjectives",
            "stance_verbs")))
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read accord's data/dates/background.yaml: {exc}") from exc


def perfect(verb: Token) -> bool:
    """Told in the perfect, present or past, simple or progressive: "has urged", "had captured", "has been
    lobbying", "have been charged", "have planned and *directed*"."""
    # the parser often tags an elliptic conjunct as a simple past ("have planned and directed/VBD")
    return (verb.tag_ in ("VBN", "VBG") or verb.dep_ == "conj") \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in auxiliaries(verb))


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``'s verb group: its own, or for a participle coordinated with another and
    with no subject or auxiliary of its own, those of the first conjunct, which it shares ("have planned and
    *directed* attacks", "had captured and *held* the town")."""
    current = verb
    found: list[Token] = []
    for _ in range(MAX_CARRIER_HOPS):
        own = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
        found.extend(own)
        # "had either surrendered or *been* killed": a conjunct whose auxiliaries carry no tense ("been", "be")
        # shares the tensed ones of the first conjunct
        if any(a.tag_ in FINITE_TAGS for a in own) or current.dep_ != "conj" \
                or current.tag_ not in ("VBN", "VBG", "VBD") or current.head.i == current.i \
                or current.head.pos_ not in ("VERB", "AUX") \
                or has_nominal_subject(current):
            return found
        current = current.head
    return found


def tense_carrier(verbs: tuple[Token, ...]) -> Token | None:
    """The first of ``verbs`` (bottom-up) that carries its clause's tense: a finite verb ("seized", "opposes")
    or one with an auxiliary ("has seized", "was seized", "will seize"); a participle or an infinitive takes
    the tense of the verb it hangs on ("began *targeting*", "led them *to plead*", "avoided blaming Douma,
    *calling* for"), found above the event's verbs when none of them carries one."""
    found = next((v for v in verbs if _tensed(v)), None)
    current = verbs[-1] if verbs else None
    for _ in range(MAX_CARRIER_HOPS):
        if found is not None or current is None or current.dep_ not in NONFINITE_LINKS \
                or current.head.i == current.i:
            break
        current = current.head
        found = current if _tensed(current) else None
    return found


def _tensed(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)


def pluperfect(verb: Token) -> bool:
    """The past perfect ("had captured", "had been lobbying"): before a past time, never the day's news."""
    return perfect(verb) and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in auxiliaries(verb))


# --- the past perfect under a report in the past: one grammar fact, two readings -----------------------------
# "The group said on Friday that it *had captured* soldiers": the past perfect tells the capture as earlier
# than the saying, backshifted or not (:func:`told_before_its_time`). The stages agree on that fact and draw
# from it two different things, both decided here:
# - its TIME: the report's day dates the saying, not the capture, which the text gives no day of: the dates
#   give such a clause neither the publication day nor its report's time (:func:`not_news_of_the_day`,
#   ``accord.dates._from_shared_clauses``);
# - its PLACE: a report in the past that tells an act in the past perfect tells it as the news it brings
#   (:func:`reported_as_news`), done just before the saying, on the ground the story is set on — not as its
#   actors' past, which the past perfect of a narrative tells ("the town *had fallen* when they came"): the
#   places give it the story's setting (``accord.places.told_as_background``). Reading it as the actors' past
#   there too (no setting) lost a place on the development part in wave 28 and changed none of 120 odd-hash
#   study documents, so the places keep this reading.


def told_before_its_time(verb: Token) -> bool:
    """``verb``'s clause is told as earlier than the time it is told at: the past perfect, in a narrative ("the
    town *had fallen* when they came") and under a report in the past alike ("said on Friday that the army *had
    arrested* ...": the report's day dates the saying; what it tells came before it, at a time the text does
    not give)."""
    return pluperfect(verb)


def reported_as_news(verb: Token) -> bool:
    """The clause ``verb`` heads is the content clause of a report in the past ("said", "told police"), whose
    tense moves one step back, or a verb coordinated with it ("said the troops had arrested and *been*
    questioning ..."): a clause of it told before its time (:func:`told_before_its_time`) is the news the
    report brings, not its actors' past."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i and verb.head.tag_ == "VBD"


def simple_present(verb: Token) -> bool:
    """A simple present, active or passive ("opposes", "is accused"), with no subject in the first person:
    "we condemn" performs the act as it is said."""
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.lower_ in FIRST_PERSON for c in verb.children):
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS:
        return not helpers
    return verb.tag_ == "VBN" and len(helpers) == 1 and helpers[0].dep_ == "auxpass" \
        and helpers[0].tag_ in PRESENT_TAGS


def held_stance(verb: Token) -> bool:
    """A verb of stance in the simple past, active or passive ("*opposed* the plan", "was *backed* by"): a
    state held over time, like the simple present of an event verb."""
    if verb.lemma_.lower() not in background_words().stance_verbs:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                             for c in verb.children))


def anchored_now(verb: Token) -> bool:
    anchors = background_words().present_anchors
    return any(c.lower_ in anchors for c in verb.children if c.dep_ in ADVERBIAL_DEPS)


def background_adverbial(verb: Token) -> bool:
    """An adverb or phrase of repetition, span or an earlier time modifies ``verb``."""
    words = background_words()
    for child in verb.children:
        if child.dep_ not in ADVERBIAL_DEPS:
            continue
        if child.lower_ in words.adverbs and child.dep_ in ("advmod", "npadvmod"):
            return True
        phrase = list(child.subtree)
        if len(phrase) <= MAX_PHRASE_WORDS and " ".join(t.lower_ for t in phrase) in words.phrases:
            return True
        if child.dep_ == "prep" and ((child.lower_ in words.span_prepositions and _span(child))
                                     or (child.lower_ in words.period_prepositions and _period(child))):
            return True
    return False


def _period(preposition: Token) -> bool:
    """"during his time with", "in her tenure", "during those years": a stretch of the past, made definite
    by a possessive or a demonstrative (not "in time", "in days")."""
    nouns = background_words().period_nouns
    return any(c.dep_ == "pobj" and c.lower_ in nouns
               and any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in ("that", "those")) for d in c.children)
               for c in preposition.children)


def _span(preposition: Token) -> bool:
    """"for months", "over the past two years": the object is a plural time unit, or one counted."""
    units = background_words().span_units
    return any(c.dep_ == "pobj" and c.lemma_.lower() in units
               and (c.tag_ == "NNS" or any(n.dep_ == "nummod" for n in c.children))
               for c in preposition.children)


def told_as_earlier(nouns: Iterable[Token]) -> bool:
    """An event noun an adjective places before the day or repeats ("the president's *recent* threats",
    "*previous* attacks", "*repeated* strikes")."""
    adjectives = background_words().earlier_adjectives
    return any(c.dep_ == "amod" and c.lower_ in adjectives for n in nouns if n.pos_ == "NOUN" for c in n.children)


def ordered_elsewhere(top: Token) -> bool:
    """The event's clause is placed before or after another time, or is a reason: an adverbial clause
    introduced by "after", "before", "since" ("after Turkey objected and the HNC boycotted"), or a gerund
    under such a preposition ("after taking the town", "claimed responsibility for shooting down"); reached
    through verbs coordinated with it."""
    words = background_words().ordering_words
    current = top
    for _ in range(4):
        if current.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in words for c in current.children) \
                and not _for_infinitive(current)
        if current.dep_ == "pcomp" and current.tag_ == "VBG":
            return current.head.lower_ in words
        if current.dep_ != "conj" or current.head.i == current.i:
            return False
        current = current.head
    return False


def _for_infinitive(clause: Token) -> bool:
    """"calling *for* the minister *to resign*": "for" before a subject and an infinitive is the
    complementiser of what is asked or wanted, not the preposition of a reason ("for refusing"), and places
    nothing before or after anything."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def describes_participant(top: Token, time_relative: bool) -> bool:
    """The event's clause describes a noun: a relative clause (``time_relative``: one introduced by "when" or
    "where" goes on from its clause instead), reached through verbs coordinated with it ("who have sung and
    threatened") and through the complements and adverbials inside it ("the police, who worked with the FBI
    *to investigate*", "the regime, which said it *would boycott* talks"), or a participle describing a noun
    ("the bill, opposed by ..."), unless that noun is a headline's whole story ("Two officers charged with
    ...": no verb above it)."""
    current = top
    for _ in range(4):
        if current.dep_ == "relcl":
            return not (time_relative or _relative_of_time_or_place(current))
        if current.dep_ == "acl" and current.tag_ in ("VBN", "VBG"):
            return current.head.dep_ != "ROOT"
        if current.dep_ not in INSIDE_CLAUSE_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _relative_of_time_or_place(verb: Token) -> bool:
    words = shared_words()
    adverbs = words.relative_time_adverbs | words.relative_place_adverbs
    return any(c.lower_ in adverbs for c in verb.children if c.dep_ in ("advmod", "mark"))


def not_news_of_the_day(verbs: tuple[Token, ...], time_relative: bool, governing: tuple[Token, ...] = ()) -> bool:
    """True when the clause of ``verbs`` (the event's verbs, bottom-up) tells no news of the publication day
    (see the module's rules). ``governing``: the clauses whose time the event's shares; their adverbs of an
    earlier time or a span say it of the event too ("*During his time* with the militia he rose to command a
    unit, fighting ...")."""
    if not verbs:
        return False
    if any(background_adverbial(v) for v in (*verbs, *governing)) \
            or describes_participant(verbs[-1], time_relative) \
            or ordered_elsewhere(verbs[0]):
        return True
    if any(told_before_its_time(v) for v in (*verbs, *governing)):
        return True  # "the town *had fallen*, and he *had decided* to quit fighting", "said on Friday that the
        # talks *had failed* because ...": before the time told (a report's day dates the saying)
    if opening_sentence(verbs[0]):
        return False  # a headline's present and a lede's perfect tell the news the story opens with
    carrier = tense_carrier(verbs)
    if carrier is not None and carrier not in verbs and not anchored_now(carrier) \
            and ((perfect(carrier) and not _perfect_of_now(carrier)) or simple_present(carrier)):
        # "has recently stepped up his rhetoric, *accusing* it of ...", "laments *hosting* ...", "*Striking*
        # inside the capital suggests ...": a participle or a gerund takes the tense of the verb it hangs on
        return True
    return any(perfect(v) and not _perfect_of_now(v) for v in verbs) \
        or ((simple_present(verbs[0]) or held_stance(verbs[0])) and not any(anchored_now(v) for v in verbs))


def _perfect_of_now(verb: Token) -> bool:
    """A perfect "now" anchors in the day of the report ("His parents *have now written* a letter"): news of
    the day, not background — unless "now" opens a clause of its own ("*now that* the battle has been won")."""
    anchors = background_words().present_anchors
    return any(c.dep_ in ADVERBIAL_DEPS and c.lower_ in anchors
               and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "that") for c in verb.children)


def goes_on(verbs: Iterable[Token]) -> bool:
    """One of ``verbs``, told in the simple past, is linked to the sentence before by an adverb of narrative
    continuation ("*also* arrested", "*later* arrested")."""
    links = background_words().narrative_links
    return any(v.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ in links for c in v.children)
               for v in verbs)
