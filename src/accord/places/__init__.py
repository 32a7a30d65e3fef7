"""Place mentions geocoded with GeoNames plus accord's extras, and the location each event gets.

``event_location`` is what the event coder calls: where the text says the event happened. A place is the
event's when its phrase is a locative of the event's own words (:class:`~accord.dates.clause.EventWords`):

- a locative or site preposition on the trigger, the verbs that tell the event or its event nouns ("met *in
  Geneva*", "strikes *on Idlib*", "the meeting *in Geneva*"), or on a noun such a preposition introduces
  ("killed in a raid *on Kidal*"), or on a place that is itself one ("in the town of Afrin *in northern
  Syria*"), or on the patient of an act done where its patient is ("attacking rebel positions *in Ghouta*");
- the destination of a movement ("a visit *to India*"), the place an act goes into ("an incursion *into*
  Afrin") or the place left ("withdrew *from* the town of X", "drove them *out of* Raqqa");
- the object of a verb that visits or attacks a place ("*shelled Douma*", "*visited Canberra*"), or of any
  verb coded as an act done where its patient is ("took over *Raqqa*"); a place naming the event noun ("the
  *Geneva* talks"); a part of a place its possessor names ("in *Syria*'s eastern desert");
- the place a relative "where" clause describes ("met in Antalya, *where* they floated plans");
- the place of a clause of the same time the event's verb governs ("was detained while he was hiding *in
  Idlib*"), or, for an attack, an arrest or a meeting, of the clause of purpose it serves ("launched an
  offensive to clear the militia *from Afrin*"), and where the doer is while acting ("the leader, who is
  *in London*, criticised", "the man, who is held *in Turkey*, received help");
- the place said to be the event's scene, site or venue ("*Mosul* has been the scene of clashes");
- for a speech act (a threat, an accusation), where its doer says it ("..., she told reporters *in Geneva*").

The places themselves (:mod:`accord.places.mentions`) include what the text names by a common noun: a
border a nationality qualifies ("inside *Turkish borders*"), a definite noun that refers to a place ("bombed
*the town*", "*the Syrian capital*", "outside *the stadium*" after "the stadium in Perth") and a facility
named after a city ("*Manchester airport*").

Several places coordinated in the phrase that locates the event ("met in Paris and Geneva", "attacking
forces in Syria and Iraq") are no one place of it: None. A locative set off by a comma right after a place
name ("into Afrin, *in north-west Syria*") says where that place lies, wherever the parser hung it.

Never a place that is where an actor comes from or lives ("Turkish", "a man from Alabama", "return to her
family in Alabama"), nor one inside a relative clause, apposition or quote about something else. With no such
place: the next sentence's, when it goes on telling the same event ("The attack took place in X"); the
sub-national place the previous sentence of the paragraph set the scene in, when the sentence names only
actors; where the main clause of the scene it goes on with in the simple past, naming no time of its own,
was located (:func:`_scene_continued`: "spoke at a rally in Toledo on Monday. She accused the governor");
the story's dateline city, for an event of the story's own days told in its lede
(:mod:`accord.dates.lede`), in a sentence naming no other country; for an act on the ground of the story's
time (not its actors' past, told in the perfect or before another time: :func:`told_as_background`), the
town or region the story is set in (the one it names far more often than any other) — unless
the setting is a venue in a country none of the story's actors is of and the act's actors are of other
countries ("talks in Geneva ... the army shelled rebel towns"). It takes
the place records of the trigger's sentence window (the coder hands it those); what it knows of the whole
story (its dateline, its setting, the countries of each sentence's actors) it reads from the Doc, worked
out once per Doc.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from accord.blackboard import (
    ACTOR_COUNTRIES,
    ACTORS,
    DATELINE_PLACE,
    DATES,
    PLACE_INDEX,
    PLACES,
    STORY_SETTING,
    TEXT_DATE_STARTS,
    PlaceIndex,
)
from accord.dateline import find_doc_dateline
from accord.dates import NARRATIVE_HOPS, narrated_past
from accord.dates.aspect import (
    background_adverbial,
    goes_on,
    ordered_elsewhere,
    perfect,
    reported_as_news,
    told_as_earlier,
    told_before_its_time,
)
from accord.dates.clause import (
    CIRCUMSTANCE_PREPS,
    SHARED_PLACE_DEPS,
    EventWords,
    adjunct_host,
    coordinated_verbs,
    relative_antecedent,
    shared_time_clauses,
)
from accord.dates.lede import in_lede
from accord.doc_index import doc_text, opening_sentence, sentence_index, sentence_of
from accord.places.countries import read_place_data
from accord.quotes.lexicon import load_lexicon as load_cue_lexicon
from accord.records import Place
from accord.syntax import nominal_subject
from accord.words import shared_words

__all__ = ["event_location", "places_within", "told_as_background"]


def places_within(doc: Doc, start_char: int, end_char: int) -> list[Place]:
    """The place records lying inside [start_char, end_char], in the places stage's order (a binary search
    over an index built once per Doc, not a scan of the document's places)."""
    found = PLACES.get(doc) or []
    index = PLACE_INDEX.peek(doc)
    if not (isinstance(index, PlaceIndex) and index.source is found and index.size == len(found)):
        order = sorted(range(len(found)), key=lambda k: found[k].start)
        index = PLACE_INDEX.store(doc, PlaceIndex(found, len(found), [found[k].start for k in order], order))
    lo, hi = bisect_left(index.starts, start_char), bisect_right(index.starts, end_char)
    return [found[k] for k in sorted(index.positions[lo:hi]) if found[k].end <= end_char]

# The more specific place wins when a clause names several ("at Hyderabad House in New Delhi, India").
SPECIFICITY = {"landmark": 0, "city": 1, "region": 2, "disputed": 2, "water": 3, "country": 4}
# Places of no single country that are still where things happen: a strait, a sea, a disputed line or area,
# a landmark ("seized a tanker in the Strait of Hormuz", "clashes along the Line of Control"). A region
# ("the Sahel", "the Indo-Pacific") is too wide to say where an event took place.
UNOWNED_SITES = frozenset({"water", "disputed", "landmark"})
# Prepositions that place an event beside a place, not in it ("near Damascus", "outside Kabul").
PROXIMITY_PREPS = frozenset({"near", "outside", "around", "beyond"})
# Prepositions by which a noun is a participant of an event ("an offensive *against* rebel positions in X",
# "talks *with* opposition groups in Astana").
PARTICIPANT_PREPS = frozenset({"on", "against", "at", "with", "between"})
# Prepositions by which an event noun takes its patient or goal ("the bombing *of* Mosul", "the battle *for*
# Raqqa", "the detention *of* a national in Turkey").
NOUN_PATIENT_PREPS = frozenset({"of", "for"})
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
# Prepositions of the goal of a movement, which another clause happens at only once it is reached.
GOAL_PREPS = frozenset({"to", "toward", "towards"})
# Words that place a clause after the one it hangs on ("flew to Paris *before* meeting").
LATER_MARKS = frozenset({"before", "then"})
# Prepositions of the path a movement takes ("marched *through* central London"); not a place of any other act
# ("a deal brokered through Qatar": an intermediary).
PATH_PREPS = frozenset({"through"})
# Verbs by which a subject is said to be what its complement names ("Mosul *has been* the scene of clashes").
COPULAS = frozenset({"be", "become", "remain"})
# Dependencies of an infinitive clause of purpose on a verb ("launched an offensive *to clear* ...").
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# How deep a chain of nested locatives is followed ("in the district of Afrin in northern Syria").
MAX_NESTING = 4
# A story is set in a town or region it names at least this often, and this many times as often as any other
# town or region: a report from Afrin names Afrin again and again, a survey of a war names many places.
SETTING_MIN_MENTIONS = 3
SETTING_LEAD = 2
SETTING_FEATURES = frozenset({"city", "region"})
# How many sentences back a scene told in the simple past reaches for its place: as far as a narrative reaches
# for its time (the coder's window of place records reaches as far).
SCENE_HOPS = NARRATIVE_HOPS


@dataclass(frozen=True, slots=True)
class LocationWords:
    """The word lists of ``data/places/event_location.yaml``, the prepositions of ``data/words.yaml`` and the
    verbs of motion and attack of ``data/places/roles.yaml``."""

    locative: frozenset[str]
    place_nouns: frozenset[str]
    visit_verbs: frozenset[str]
    departure_verbs: frozenset[str]
    motion: frozenset[str]
    physical_targets: frozenset[str]
    continuation_verbs: frozenset[str]
    continuation_subjects: frozenset[str]
    where: frozenset[str]
    positions: frozenset[str]  # "south of Kabul" is not Kabul
    entry: frozenset[str]  # "into": whatever goes into a place acts inside it
    simultaneity: frozenset[str]  # "as", "while", "when": a clause of the same time and place
    presence_verbs: frozenset[str]  # "the president, *speaking* in Ankara, said": where the doer is
    kept_verbs: frozenset[str]  # "the man, who is *held* in Turkey, received help": where the doer is kept
    site_nouns: frozenset[str]  # "Mosul has been *the scene* of clashes": the subject is where they happened


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def location_words() -> LocationWords:
    raw = read_place_data("event_location.yaml")
    roles = read_place_data("roles.yaml")
    words = shared_words()
    return LocationWords(
        locative=words.locative_prepositions | words.site_prepositions,
        place_nouns=frozenset(raw["place_nouns"]),
        visit_verbs=frozenset(raw["visit_verbs"]),
        departure_verbs=frozenset(raw["departure_verbs"]),
        motion=frozenset(roles["motion_lemmas"]),
        physical_targets=frozenset(roles["physical_target_lemmas"]),
        continuation_verbs=frozenset(raw["continuation_verbs"]),
        continuation_subjects=frozenset(raw["continuation_subjects"]),
        where=words.relative_place_adverbs,
        positions=words.compass_points | words.intercardinal_points,
        entry=frozenset(raw["entry_prepositions"]),
        simultaneity=words.simultaneity_marks,
        presence_verbs=frozenset(raw["presence_verbs"]),
        kept_verbs=frozenset(raw["kept_verbs"]),
        site_nouns=frozenset(raw["site_nouns"]),
    )


def event_location(event: EventWords, found: Sequence[Place], of_the_day: bool = True,
                   in_the_setting: bool = False) -> Place | None:
    """Where the text says ``event`` happened, among the places ``found`` around it; None when it does not
    say. ``of_the_day``: the event is of the story's own days (dated by its publication or a few days
    before), so that the story's dateline can place it. ``in_the_setting``: the event is an act done on the
    ground and not dated to another time than the story's, so that, told without a place, it happens where
    the story is set (:func:`_setting`)."""
    doc = event.word.doc
    places = [p for p in found if p.country is not None or p.feature in UNOWNED_SITES]
    dateline = _dateline_place(doc)  # the whole story's, wherever ``found`` comes from
    if dateline is not None:  # a dateline is no part of the sentence it opens
        places = [p for p in places if p.start != dateline.start or p != dateline]
    sent = sentence_of(event.word)
    in_sentence = _located(doc, places, sent)
    chosen = [p for p, span in in_sentence if locates(span, p, event)]
    if not chosen:
        chosen = _where_clause(event, in_sentence)
    if not chosen:
        chosen = _of_shared_clause(event, in_sentence)
    if not chosen:
        chosen = _of_simultaneous_clause(event, in_sentence)
    if not chosen and event.with_participants:
        chosen = _of_purpose_clause(event, in_sentence)
    if not chosen:
        chosen = _where_the_doer_is(event, in_sentence)
    if not chosen and event.speech_act and event.reported:
        chosen = _where_said(event, in_sentence)
    if not chosen:
        chosen = _continued_next(doc, places, sent)
    if not chosen and not event.speech_act:
        chosen = _scene(event, places, sent, in_sentence)
    if not chosen:
        chosen = _scene_continued(event, places, sent, in_sentence)
    if not chosen:
        placed = None
        if of_the_day and not event.speech_act and in_lede(event.word) \
                and not _names_a_place(in_sentence):
            placed = _dateline_default(dateline, _countries_named(doc, sent, [p for p, _ in in_sentence]))
        if placed is None and in_the_setting:
            placed = _setting(doc, event.word, in_sentence)
        return placed
    best = min(chosen, key=lambda p: (p.feature == "country", _only_near(doc, p), SPECIFICITY.get(p.feature or "", 5),
                                      abs(p.start - event.word.idx)))
    return None if _one_of_several(doc, best, places) else best


def _names_a_place(in_sentence: list[tuple[Place, Span]]) -> bool:
    """The sentence names a place where something is or happens: not a place standing for an actor ("said
    *the United States* must act"), nor one naming a thing ("*Iowa* farmers", "a *Chicago* police officer"),
    as for the story's setting (:func:`_setting`). A lede that names only such places tells of the day's news
    where the story was filed, as one that names none does (but a thing named as where something is, "at a
    Texas restaurant", names that place)."""
    words = location_words()
    return any(not p.is_actor and (not _names_a_thing(span) or _in_a_locative(_phrase_root(span).head, words))
               for p, span in in_sentence)


def _in_a_locative(noun: Token, words: LocationWords) -> bool:
    """"met them *at a Texas restaurant*": a thing a place names is still where something is when a locative
    preposition puts anything there."""
    return noun.dep_ == "pobj" and noun.head.lower_ in words.locative


def _only_near(doc: Doc, place: Place) -> bool:
    """"fighting in Ghouta, *near Damascus*": a place the event is only near ranks after a town or region it is
    in, however much smaller (but before a country: "an ambush near Gao in Mali" says more by Gao)."""
    span = _span(doc, place)
    if span is None:
        return False
    root = _phrase_root(span)
    return root.dep_ == "pobj" and root.head.lower_ in PROXIMITY_PREPS


def _one_of_several(doc: Doc, place: Place, places: list[Place]) -> bool:
    """The place is coordinated with another of its kind ("in Paris, Brussels and London", "attacking forces
    in Syria and Iraq"): the event happened in several places, and no one of them is where it did. (A place
    and the larger one it lies in, "Raqqa, Syria", are of different kinds.)"""
    span = _span(doc, place)
    if span is None:
        return False
    conjuncts = {t.i for t in cast(Any, span.root).conjuncts}  # spaCy's stubs type this as a 1-tuple
    if not conjuncts:
        return False
    return any(other.feature == place.feature and other.name != place.name
               and (other_span := _span(doc, other)) is not None and other_span.root.i in conjuncts
               for other in places)


def locates(span: Span, place: Place, event: EventWords) -> bool:
    """True when the place mention ``span`` says where ``event`` happened (see the module's rules): climbing
    from the place's phrase through locative prepositions — and through a destination of a movement or the
    place left — to one of the event's own words, to a participle beside them, or, for an event that brings
    its participants together or acts on them, to one of its participants."""
    words = location_words()
    own = event.own()
    root = _phrase_root(span)
    if root.dep_ != "pobj":
        return _names_the_site(root, place, event, words)
    current = root
    for _ in range(MAX_NESTING):
        prep = current.head
        word, head = prep.lower_, _set_off_place(prep, words) or prep.head
        if word == "of" and head.lower_ == "out" and head.dep_ == "prep" and head.head.i != head.i:
            word, head = "from", head.head  # "drove them *out of* the town": the place left, as "from"
        if head.lower_ in words.positions:
            return False  # "30km south of Kabul" is not in Kabul
        lemma = head.lemma_.lower()
        if word in words.entry:
            linked = True  # "an incursion into Afrin", "fired rockets into Israel": the act reaches inside it
        elif word in DESTINATION_PREPS or word in PATH_PREPS:
            linked = lemma in words.motion  # "marched through London": a movement goes on along its path
        elif word == "from":
            head = _left_by(head, words)
            linked = head.lemma_.lower() in words.departure_verbs
        elif word in NOUN_PATIENT_PREPS:  # "the bombing of Mosul", "the battle for Raqqa": what the act is done to
            if not event.with_participants or head.pos_ != "NOUN":
                return False
            if head.i in own:
                return True
            linked = head.dep_ == "pobj" and head.head.lower_ in CIRCUMSTANCE_PREPS  # "killed in a bombing of X"
        else:
            linked = word in words.locative or word in CIRCUMSTANCE_PREPS
        if not linked:
            return False
        host = adjunct_host(head)
        if head.i in own or (host is not None and host.i in own) \
                or (event.with_participants and word not in NOUN_PATIENT_PREPS and _participant_of(_outer(head), own)):
            return True
        current = _phrase_root(head.doc[head.i : head.i + 1])
        if current.dep_ != "pobj":
            return False
    return False


def _left_by(head: Token, words: LocationWords) -> Token:
    """"cleared the fighters from Afrin", "expelled the diplomats from X": the parser often hangs the place left
    on the object of the verb of departure, though it is the verb that tells where the act began."""
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in words.departure_verbs:
        return verb
    return head


def _set_off_place(prep: Token, words: LocationWords) -> Token | None:
    """"Turkey's incursion into Afrin, *in north-west Syria*": a locative set off by a comma right after a
    place name says where that place lies, wherever the parser hung it (often on a word far before)."""
    doc = prep.doc
    if prep.i < 2 or prep.lower_ not in words.locative or doc[prep.i - 1].text != ",":
        return None
    before = doc[prep.i - 2]
    return before if before.i != prep.head.i and _place_ends_at(before) else None


def _place_ends_at(token: Token) -> bool:
    """A place record ends on ``token`` ("into *Afrin*", "in the town of *Didim*", "*Logar province*")."""
    end = token.idx + len(token.text)
    return any(p.end == end for p in places_within(token.doc, sentence_of(token).start_char, end))


def _names_the_site(root: Token, place: Place, event: EventWords, words: LocationWords) -> bool:
    """"shelled Douma", "visited Canberra": the object of a verb that attacks or visits a place, or of any verb
    the coder read as an act done where its patient is ("took over Raqqa"); "the Geneva talks": a place
    naming the event noun (a country there is a party: "the US strike")."""
    own = event.own()
    if _is_the_site_of(root, own, words):
        return True
    if root.head.i not in own:
        return False
    verb = root.head.lemma_.lower()
    if root.dep_ in ("dobj", "nsubjpass"):
        if event.with_participants and root.head.i == event.word.i and not place.is_actor:
            return True  # the patient of an attack or a seizure coded on this verb: "the coalition took Raqqa"
        return verb in words.visit_verbs or (verb in words.physical_targets
                                             and (place.feature != "country" or event.with_participants))
    return root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and place.feature != "country" \
        and not place.is_actor


def _is_the_site_of(root: Token, own: frozenset[int], words: LocationWords) -> bool:
    """"Mosul has been the scene of clashes", "Geneva will be the venue of the talks": a place said to be the
    scene, site or venue of the event noun is where it happens."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in COPULAS:
        return False
    return any(attr.dep_ == "attr" and attr.lemma_.lower() in words.site_nouns
               and any(prep.lower_ == "of" and any(noun.i in own or any(c.i in own for c in cast(Any, noun).conjuncts)
                                                   for noun in prep.children if noun.dep_ == "pobj")
                       for prep in attr.children if prep.dep_ == "prep")
               for attr in root.head.children)


def _outer(token: Token) -> Token:
    """The first of coordinated or apposed words: "his counterpart, Nomvula Khumalo" speaks through
    "counterpart", "Siqueira and his counterpart" through "Siqueira"."""
    for _ in range(MAX_NESTING):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            break
        token = token.head
    return token


def _participant_of(noun: Token, own: frozenset[int]) -> bool:
    """A participant of the event: its object ("attacking *forces* in Syria", "met Iran's *leaders* in
    Tehran"), the object of "on", "against", "with" ("an offensive against rebel *positions* in Ghouta",
    "talks with opposition *groups* in Astana"), or of an event noun's "of", "for" ("the detention of a
    British *national* in Turkey")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.i in own
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.head.i not in own:
        return False
    return prep.lower_ in PARTICIPANT_PREPS or (prep.lower_ in NOUN_PATIENT_PREPS and prep.head.pos_ == "NOUN")


def _is_place_word(token: Token, words: LocationWords) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in words.place_nouns


def _scene(event: EventWords, places: list[Place], sent: Span,
           in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """"Tension rose along the frontier in Tigray. Dozens were killed in fighting.": a sentence that names no
    place but actors goes on in the sub-national place the previous sentence of its paragraph set the scene
    in. Not a place where something was said ("*In Geneva*, the agency issued a statement", "in a speech *in
    Ankara*, he said"): that is where the speaker was, not where what the story goes on to tell happened."""
    doc = event.word.doc
    if not all(p.is_actor for p, _ in in_sentence) or sent.start == 0:
        return []
    previous = sentence_of(doc[sent.start - 1])
    if _paragraph_break(doc_text(doc)[previous.start_char : sent.start_char]):
        return []
    return [p for p, span in _located(doc, places, previous) if _sets_the_scene(p, span) and not _where_said_in(span)]


# The named entities a relative clause describing an actor hangs on (a proper noun needs none).
DESCRIBED_ACTOR_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
# How a common noun is tied to the name that makes it an actor: "the branch *of the PKK*", "the *PKK's* wing".
NAMING_DEPS = frozenset({"prep", "poss", "compound", "appos"})
# How a verb of saying and what it reports are linked: the content its complement, or the saying set into it
# ("The city has fallen, the army said in Damascus").
REPORT_DEPS = frozenset({"ccomp", "parataxis"})


def _where_said_in(span: Span) -> bool:
    """The place's phrase puts a saying somewhere: it hangs on a verb of saying that reports what was said ("said
    in Geneva that ...", "..., he told reporters in Kabul"; not "fighting *continued* in Raqqa"), on an occasion
    of speech ("in a speech in Ankara", "at a news conference in Kabul") or on a verb whose object is one ("*In
    Geneva*, the agency issued a statement")."""
    words = _speech_words()
    root = _phrase_root(span)
    if root.dep_ != "pobj":  # not a locative phrase ("Raqqa fell"): it puts no saying anywhere
        return False
    host = root.head.head  # the word the locative preposition hangs on
    if host.pos_ in ("NOUN", "PROPN"):
        return host.lemma_.lower() in words.nouns
    reports = host.dep_ in REPORT_DEPS or any(c.dep_ in REPORT_DEPS for c in host.children)
    return (host.lemma_.lower() in words.verbs and reports) \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in words.nouns for c in host.children)


@dataclass(frozen=True, slots=True)
class _SpeechWords:
    """The verbs of saying and the occasions and channels of speech (the quote cue lexicon's)."""

    verbs: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)  # read once per process; the result is frozen
def _speech_words() -> _SpeechWords:
    lexicon = load_cue_lexicon()
    return _SpeechWords(frozenset(lexicon.speech_verbs), frozenset(lexicon.setting_nouns))


def _scene_continued(event: EventWords, places: list[Place], sent: Span,
                     in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """"The senator spoke at a rally in Toledo on Monday. She accused the governor of lying.": a sentence that
    goes on telling, in the simple past, the scene a sentence before it told in the simple past, and names no
    place (but as actors) and no time of its own, happens where that scene did: where the earlier sentence's
    main clause is located (not any place it names: "He met voters who had moved from Ohio" sets no scene
    in Ohio). Also for an act done by saying, said where its speaker is. The scene reaches back through
    sentences that go on in it the same way (:data:`SCENE_HOPS`), and ends at a paragraph break unless the
    sentence is linked to the one before (:func:`_continues`), at a sentence told in another tense, and at one
    naming another place or time. Not when the sentence's actors are of another country than the place (a
    venue abroad is not where the people at home act), nor, for an act not done by saying, when that main clause
    only said something there (:func:`_where_said_in`) and the sentence is not linked to it (the speaker going
    on: "She *also* ...")."""
    doc = event.word.doc
    if not all(p.is_actor for p, _ in in_sentence) or event.prospective or not narrated_past(event.verbs) \
            or _names_a_time(doc, sent):
        return []
    current, linked = sent, _continues(event.verbs)
    goes_on_from = linked  # "She spoke at a rally in Toledo. She also hugged ...": the speaker goes on there
    for _ in range(SCENE_HOPS):
        if current.start == 0:
            return []
        previous = sentence_of(doc[current.start - 1])
        if _paragraph_break(doc_text(doc)[previous.start_char : current.start_char]) and not linked:
            return []
        root = previous.root
        if not narrated_past((root,)):
            return []
        named = [(p, span) for p, span in _located(doc, places, previous) if not p.is_actor]
        found = [p for p, span in named if locates(span, p, EventWords.of(root))
                 and (event.speech_act or goes_on_from or not _where_said_in(span))]
        if found:
            countries = set(_actor_countries(doc).get(sent.start, ()))
            return [p for p in found if not countries - {p.country}]
        if named or _names_a_time(doc, previous):
            return []  # another place or a time not the main clause's: the scene is not told here
        current, linked = previous, _continues((root,))
    return []


def _continues(verbs: tuple[Token, ...]) -> bool:
    """The clause is linked to the sentence before it, across a paragraph break too: by an adverb of narrative
    continuation ("She *also* accused him") or by a personal pronoun as its subject, which takes up the one
    the sentence before told of ("*She* said the plan would fail")."""
    if goes_on(verbs):
        return True
    subject = nominal_subject(verbs[-1]) if verbs else None
    return subject is not None and subject.lower_ in BACK_REFERENCE


def _names_a_time(doc: Doc, sent: Span) -> bool:
    """The sentence names a time of its own: a new scene, or another time than the scene's."""
    starts = _text_date_starts(doc)
    k = bisect_left(starts, sent.start_char)
    return k < len(starts) and starts[k] < sent.end_char


def _text_date_starts(doc: Doc) -> list[int]:
    """The start offsets of the times the text names, ascending: kept per document (asked for every sentence,
    a scan of every date would make a long text quadratic), rebuilt if the dates stage's list changed."""
    found = DATES.get(doc) or []
    cached = TEXT_DATE_STARTS.peek(doc)
    if isinstance(cached, tuple) and cached[0] is found and cached[1] == len(found):
        return cast(list[int], cached[2])
    starts = sorted(d.start for d in found if d.source == "text")
    TEXT_DATE_STARTS.store(doc, (found, len(found), starts))
    return starts


def _where_clause(event: EventWords, in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """"... met in Antalya on Sunday, where they floated plans": the place the relative clause describes, or
    the place of the clause the parser hung it in."""
    antecedent = relative_antecedent(event.top, location_words().where)
    if antecedent is None:
        return []
    named = [p for p, span in in_sentence if span.start <= antecedent.i < span.end]
    if named:
        return named
    holder = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent
    return [p for p, span in in_sentence if locates(span, p, EventWords(holder, (holder,)))]


def _of_shared_clause(event: EventWords, in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """The place of the nearest clause the event's clause is an adverbial of or coordinated with ("fled from
    their home in Hama, after they were shot at"), or of a verb coordinated with the event's and sharing its
    subject ("was shot down and recovered in northern Iraq")."""
    for clause in (*shared_time_clauses(event.top, SHARED_PLACE_DEPS), *coordinated_verbs(event)):
        found = [p for p, span in in_sentence if locates(span, p, EventWords(clause, (clause,)))
                 and (_after_the_movement(event.top, clause) or not _a_destination(span))]
        if found:
            return found
    return []


def _a_destination(span: Span) -> bool:
    """The place is where a movement goes ("flew *to Brussels*")."""
    root = _phrase_root(span)
    return root.dep_ == "pobj" and root.head.lower_ in GOAL_PREPS


def _after_the_movement(top: Token, clause: Token) -> bool:
    """The event's clause tells what came after the movement of ``clause`` ("travelled to Moscow *and met*",
    "flew to Brussels *before* meeting"), so it happened where the movement went — unlike what came before or
    went on meanwhile ("flew to Brussels *after* he condemned the attack", "*as* protests grew"): the
    destination is no place of those."""
    if top.dep_ == "conj" and top.head.i == clause.i:
        return top.i > clause.i
    if top.dep_ == "pcomp":  # "before meeting": the preposition orders the gerund
        return top.head.lower_ in LATER_MARKS
    return any(c.dep_ == "mark" and c.lower_ in LATER_MARKS for c in top.children)


def _of_simultaneous_clause(event: EventWords, in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """"was shot as she helped civilians flee Afrin *in northern Syria*", "was arrested when he landed *at
    Heathrow*": the place of a clause that tells what went on at the same time, which the event's verb
    governs."""
    words = location_words()
    for verb in event.verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in words.simultaneity
                                                 for c in clause.children):
                continue
            found = [p for p, span in in_sentence if locates(span, p, EventWords(clause, (clause,)))]
            if found:
                return found
    return []


def _of_purpose_clause(event: EventWords, in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """"launched an offensive to clear the militia from Afrin", "raided the camp to seize weapons in Mosul":
    an attack, an arrest or a meeting is done where the purpose it serves is to be reached — the place of
    the infinitive clause of purpose on the event's verb."""
    for verb in event.verbs:
        for clause in verb.children:
            if clause.dep_ not in PURPOSE_DEPS or clause.tag_ != "VB" \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            found = [p for p, span in in_sentence if locates(span, p, EventWords(clause, (clause,)))]
            if found:
                return found
    return []


def _where_the_doer_is(event: EventWords, in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """"The opposition leader, who is in London, criticised the plan", "the president, speaking in Ankara,
    accused ...", "Turkish troops in Syria shelled", "was arrested by police in Texas": where the doer is while
    acting, as a locative on it, a relative clause of being or a participle of speaking or visiting on it says
    (not where it comes from or lives: "a man from Alabama", "who lives in Ohio"). The doer is the subject,
    or the agent of a passive. A speech act takes the place on its speaker ("a court in Istanbul sentenced",
    "refugees in Beirut claimed") unless it tells which speaker it is (:func:`_names_whose`)."""
    words = location_words()
    doer = next((c for c in event.top.children if c.dep_ == "nsubj"), None) or _passive_agent(event.top)
    if doer is None:
        return []
    on_the_doer = [p for p, span in in_sentence if _locates_the_doer(span, doer, words)
                   and not (event.speech_act and _names_whose(doer, p))]
    if on_the_doer:
        return on_the_doer
    for clause in doer.children:
        being = clause.dep_ == "relcl" and (clause.lemma_ == "be" or _kept(clause, words))
        present = clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_.lower() in words.presence_verbs
        if being or present:
            found = [p for p, span in in_sentence if _is_locative(span) and _phrase_root(span).head.head.i == clause.i]
            if found:
                return found
    return []


def _names_whose(doer: Token, place: Place) -> bool:
    """A place on a speaker that tells which one it is rather than where it speaks: a country ("a lawmaker in
    the Philippines" is a Philippine lawmaker), or the seat of one part of an owner the text names ("*its*
    branch in Kabul", "Russia's embassy in Ankara")."""
    return place.feature == "country" or any(c.dep_ == "poss" for c in doer.children)


def _passive_agent(verb: Token) -> Token | None:
    """The doer a passive names with "by" ("was arrested *by police* in Texas")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)


def _kept(clause: Token, words: LocationWords) -> bool:
    """"who has been *held* in Turkey", "who is *detained* in Evin": a passive of being kept somewhere says
    where the doer is (unlike where it lives or comes from)."""
    return clause.lemma_.lower() in words.kept_verbs and any(c.dep_ == "auxpass" for c in clause.children)


def _locates_the_doer(span: Span, doer: Token, words: LocationWords) -> bool:
    """A locative phrase on the doer itself, or on the noun its "of" phrase names: "Turkish troops *in Syria*
    shelled ...", "the forces of Moscow and Tehran *in Syria* helped ..." — where the doer is as it acts (not
    where it comes from: "from", "of" a place are no locatives; nor a role an apposition gives it: "Iran,
    Russia's ally in Syria, ...")."""
    root = _phrase_root(span)
    if root.dep_ != "pobj" or root.head.lower_ not in words.locative or root.head.dep_ != "prep":
        return False
    holder = root.head.head
    if holder.i == doer.i:
        return True
    return holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.i == doer.i


# Pronouns by which the reporter of a speech act is its doer: the doer speaks of itself ("*we* will fight
# on") or the report refers back to it ("the president threatened to ..., *he* said").
SELF_REFERENCE = frozenset({"i", "we"})
BACK_REFERENCE = frozenset({"he", "she", "they"})
# How many reports a content clause may sit under ("..., she said he told reporters").
MAX_REPORTS = 2


def _where_said(event: EventWords, in_sentence: list[tuple[Place, Span]]) -> list[Place]:
    """A threat, an accusation, a demand is made by saying it: "We will crush them, the president said in a
    speech in Ankara", "The president threatened to crush them, he said in Ankara" — the place of the
    saying, when the one who says it is the one who acts."""
    clause = event.top
    for _ in range(MAX_REPORTS):
        if clause.dep_ not in ("ccomp", "parataxis") or clause.head.i == clause.i:
            return []
        report = clause.head
        if _same_speaker(clause, report):
            found = [p for p, span in in_sentence if locates(span, p, EventWords(report, (report,)))]
            if found:
                return found
        clause = report
    return []


def _same_speaker(clause: Token, report: Token) -> bool:
    doer = nominal_subject(clause)
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    return doer is None or doer.lower_ in SELF_REFERENCE or speaker.lower_ in BACK_REFERENCE \
        or doer.lower_ == speaker.lower_


def _continued_next(doc: Doc, places: list[Place], sent: Span) -> list[Place]:
    """"... killed five people. The attack took place in Kidal.": the next sentence, in the same paragraph,
    goes on telling the event (its subject refers back to it, its verb only says where it happened)."""
    if sent.end >= len(doc) or _paragraph_break(doc_text(doc)[sent.start_char : doc[sent.end].idx]):
        return []
    following = sentence_of(doc[sent.end])
    root = following.root
    if not _tells_where_it_happened(root):
        return []
    return [p for p, span in _located(doc, places, following) if locates(span, p, EventWords(root, (root,)))]


def _tells_where_it_happened(root: Token) -> bool:
    words = location_words()
    verb = root.lemma_.lower()
    objects = [c.lemma_.lower() for c in root.children if c.dep_ == "dobj"]
    if verb not in words.continuation_verbs and not any(f"{verb} {o}" in words.continuation_verbs for o in objects) \
            and not any(f"{verb} {c.lower_}" in words.continuation_verbs for c in root.children if c.dep_ == "prt"):
        return False
    subject = nominal_subject(root)
    if subject is None:
        return False
    if subject.lower_ in words.continuation_subjects:
        return True
    return subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                          for c in subject.children)


def _setting(doc: Doc, word: Token, in_sentence: list[tuple[Place, Span]]) -> Place | None:
    """"We gathered in one of the Raqqa houses ... Snipers began targeting us.": a story that names one town or
    region far more often than any other is set there, and an act on the ground it tells without naming
    another place (its sentence names places only as actors or in the name of a thing — "a Free Syria flag"
    —, or names only the setting itself: "fans tried to unfurl a flag inside the stadium, but police stopped
    them") happens there — once the story has named it."""
    setting = STORY_SETTING.recall(doc, _find_setting)
    if setting is None or setting.start > word.idx:
        return None
    if any(not p.is_actor and (p.name, p.country) != (setting.name, setting.country) and not _names_a_thing(span)
           for p, span in in_sentence):
        return None
    return None if _a_venue_for_others(doc, setting, sentence_of(word)) else setting


def told_as_background(event: EventWords) -> bool:
    """An act the text tells as part of its actors' history, not as a happening of the story's days: in the
    perfect ("a group that *has fought* an insurgency for decades", "they *had driven* the militants out"),
    placed before or after another time ("before Isis *killed* them"), or with an adverb or adjective of an
    earlier time or a span ("*eight years ago* she battled", "*previously* attacked"), as the dates read them
    (:mod:`accord.dates.aspect`). Told with no time of its own, it happened at no time the story tells, and so
    at no place the story is set in: a story set in one town tells its actors' past elsewhere as often as
    there — unless its sentence names that town itself (:func:`names_the_setting`). Not a habit or a state in
    the present, nor a clause describing a participant in the simple past: the setting's own ("snipers
    *target* those who flee", "volunteers *fighting* with the Kurds"). Not an event noun, which happens
    whatever the tense of the verb telling of it ("the clashes that have followed the *incursion*"), nor a
    past perfect a report in the past tells as its news ("the group said it *had captured* soldiers": before the
    report's day, which does not date it, but the news the report brings, done where the story is set —
    :func:`accord.dates.aspect.reported_as_news`, where both readings are documented), nor the perfect of the
    sentence a story opens with (its "hot news"). An event noun carried by the verb
    of a relative clause describing a named actor takes that verb's tense ("the PKK, which *has waged* an
    *insurgency* for decades": the actor's history, as "which has fought for decades" is)."""
    verbs = event.verbs
    if not verbs or names_the_setting(event) \
            or (event.word.pos_ not in ("VERB", "AUX") and not _carried_in_a_description(event)):
        return False
    governing = tuple(shared_time_clauses(event.top))
    if told_as_earlier((event.word, *event.nouns)) or ordered_elsewhere(verbs[0]) \
            or any(background_adverbial(v) for v in (*verbs, *governing)):
        return True
    if any(told_before_its_time(v) for v in verbs):
        # "the group said it *had captured* soldiers": the report's news, though before its day (the dates
        # give it no date): the one place the two readings are set side by side is accord.dates.aspect
        return not reported_as_news(event.top)
    return not opening_sentence(verbs[0]) and any(perfect(v) for v in verbs)


def _carried_in_a_description(event: EventWords) -> bool:
    """The event noun is the object of the event's verb, and that verb heads a relative clause on a named actor
    ("the PKK, which has waged an *insurgency*", "the Syrian branch of the PKK, which has waged ..."; not "the
    clashes that have followed the *incursion*", whose clause describes another event)."""
    noun, verb = event.word, event.verbs[0]
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.i != verb.i or verb.dep_ != "relcl":
        return False
    described = verb.head
    return _named(described) or any(_named(t) for c in described.children if c.dep_ in NAMING_DEPS
                                     for t in c.subtree)


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in DESCRIBED_ACTOR_LABELS


def names_the_setting(event: EventWords) -> bool:
    """The event's sentence names the town or region the story is set in, not as an actor ("the militia,
    which has fought for Raqqa for years"): however it is told, it is told of that place."""
    doc = event.word.doc
    setting = STORY_SETTING.recall(doc, _find_setting)
    if setting is None:
        return False
    sent = sentence_of(event.word)
    return any(not p.is_actor and (p.name, p.country) == (setting.name, setting.country)
               for p in places_within(doc, sent.start_char, sent.end_char))


def _a_venue_for_others(doc: Doc, setting: Place, sent: Span) -> bool:
    """"Government delegations met in Geneva ... The army is still shelling rebel towns.": a setting whose
    country is that of none of the story's actors is a venue where others meet, not where they are; an act
    whose actors are of other countries (and of none of the setting's) is done at home or at the front, not
    there. A setting in the country of some of the story's actors (a town its own people and foreign troops
    fight over) keeps every act told there."""
    by_sentence = _actor_countries(doc)
    here = set(by_sentence.get(sent.start, ()))
    if not here or setting.country in here:
        return False
    return all(setting.country not in countries for countries in by_sentence.values())


def _names_a_thing(span: Span) -> bool:
    """"a Free Syria flag", "the Kabul government's plan", "the Afrin operation": a place modifying a common noun
    that is no place names a thing, not where anything is."""
    root = _phrase_root(span)
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN" \
        and not _is_place_word(root.head, location_words())


def _find_setting(doc: Doc) -> Place | None:
    """The first mention of the town or region (not standing for an actor) the story names at least
    :data:`SETTING_MIN_MENTIONS` times and :data:`SETTING_LEAD` times as often as any other."""
    mentions = sorted((p for p in PLACES.get(doc) or () if not p.is_actor and p.feature in SETTING_FEATURES
                       and p.country is not None), key=lambda p: p.start)
    ranked = Counter((p.name, p.country) for p in mentions).most_common(2)
    if not ranked:
        return None
    (setting, count), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    if count < SETTING_MIN_MENTIONS or count < SETTING_LEAD * runner_up:
        return None
    return next(p for p in mentions if (p.name, p.country) == setting)


def _dateline_place(doc: Doc) -> Place | None:
    """The place record of the story's dateline, looked up once per Doc (every event asks)."""
    return DATELINE_PLACE.recall(doc, _find_dateline_place)


def _find_dateline_place(doc: Doc) -> Place | None:
    dateline = find_doc_dateline(doc)
    if dateline is None:
        return None
    span = (dateline.start, dateline.end)
    return next((p for p in PLACES.get(doc) or () if (p.start, p.end) == span and p.country), None)


def _countries_named(doc: Doc, sent: Span, in_sentence: list[Place]) -> set[str | None]:
    """The countries of a sentence's places and of its actors ("Sudanese troops" names Sudan)."""
    named: set[str | None] = set(_actor_countries(doc).get(sent.start, ()))
    return named | {p.country for p in in_sentence}


def _actor_countries(doc: Doc) -> dict[int, list[str]]:
    """Sentence start token -> the countries of the actors that start in it, gathered once per Doc."""
    return ACTOR_COUNTRIES.recall(doc, _gather_actor_countries)


def _gather_actor_countries(doc: Doc) -> dict[int, list[str]]:
    by_sentence: dict[int, list[str]] = {}
    index = sentence_index(doc)
    for actor in ACTORS.get(doc) or ():
        if actor.country and actor.start is not None:
            token = doc.char_span(actor.start, actor.start + 1, alignment_mode="expand")
            if token is not None:
                by_sentence.setdefault(index.start_of(token[0]), []).append(actor.country)
    return by_sentence


def _dateline_default(dateline: Place | None, countries: set[str | None]) -> Place | None:
    """The dateline city, unless the sentence names another country (a Seoul dateline does not place
    "North Korea fired missiles")."""
    if dateline is None or dateline.feature != "city":
        return None
    return None if countries - {dateline.country} else dateline


def _paragraph_break(text: str) -> bool:
    """A line break between two sentences (spaCy keeps it as trailing whitespace of the first)."""
    return "\n" in text[len(text.rstrip()) :]


def _located(doc: Doc, places: list[Place], sent: Span) -> list[tuple[Place, Span]]:
    low, high = sent.start_char, sent.end_char  # offsets first: no Span for a place outside the sentence
    return [(p, span) for p in places
            if p.start < high and p.end > low and (span := _span(doc, p)) is not None and _within(span, sent)]


def _sets_the_scene(place: Place, span: Span) -> bool:
    return not place.is_actor and place.feature not in ("country", "water") and _is_locative(span)


def _span(doc: Doc, place: Place) -> Span | None:
    return doc.char_span(place.start, place.end, alignment_mode="expand")


def _within(span: Span, sent: Span) -> bool:
    return sent.start <= span.start and span.end <= sent.end


def _is_locative(span: Span) -> bool:
    root = _phrase_root(span)
    return root.dep_ == "pobj" and root.head.lower_ in location_words().locative


def _phrase_root(span: Span) -> Token:
    """The head of the phrase a place name stands in: 'Rutshuru' in 'the town of Rutshuru' is 'town', 'Logar'
    in 'Logar province' is 'province' (but 'Geneva' in 'the Geneva talks' stays 'Geneva')."""
    words = location_words()
    root = span.root
    while root.head.i != root.i:
        head = root.head
        if root.dep_ in ("conj", "appos") or (root.dep_ == "compound" and (_is_place_word(head, words)
                                                                          or head.pos_ == "PROPN")):
            root = head
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words.place_nouns:
            root = head.head
        elif root.dep_ == "poss" and _names_a_part(head, words):
            root = head  # "in Syria's eastern desert", "in Turkey's south-east": a part of the country
        elif _town_and_region(root, head):
            root = head
        else:
            break
    return root


def _town_and_region(town: Token, region: Token) -> bool:
    """"at a rally in *Portsmouth*, N.H.", "in *Dayton*, Ohio": a town and the region it lies in, set off by a
    comma, name one place; when the parser made the town a modifier of the region's name, the town's phrase is
    the region's (its preposition is the town's too)."""
    return town.dep_ in ("nmod", "compound", "npadvmod") and town.ent_type_ == "GPE" \
        and region.ent_type_ == "GPE" and region.i == town.i + 2 and town.nbor(1).text == ","


def _names_a_part(noun: Token, words: LocationWords) -> bool:
    """A noun that names a part of the place its possessor names: a place noun ("Syria's border", "the
    country's desert") or a compass point ("Turkey's south-east")."""
    return noun.lemma_.lower() in words.place_nouns or noun.lower_ in words.positions
