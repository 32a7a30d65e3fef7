"""The coder: frames of one sentence -> participants -> Event records (ids and clusters come later)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from accord.events.frames import Frame, build_frames, subject_of
from accord.events.participants import ActorLookup, actors_of, dedupe, is_pronoun, phrase_bounds
from accord.events.tables import Tables
from accord.events.triggers import lemma
from accord.records import Actor

# Recipient prepositions in order of preference; "in"/"at" name a target only for hostile material acts.
PREP_ORDER = ("with", "to", "against", "on", "upon", "into", "toward", "towards", "over", "from", "between",
              "among", "for", "of", "at", "in", "along", "near", "across", "inside")
NOUN_PREP_ORDER = (*PREP_ORDER, "by")
# Complaints and refusals are addressed *to* someone but are *about* someone else: the target comes first.
TARGET_FIRST = ("against", "over", "of", "for", "by", "from", "with", "on", "upon", "into", "toward", "towards",
                "between", "among", "to", "at", "in", "along", "near", "across", "inside")
TARGET_FIRST_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
LAST_RESORT_PREPS = frozenset({"in", "at", "along", "near", "across", "inside"})
DEEPER_PREPS = ("by", "against", "of", "from")
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"})
# Acts whose "in <place>" names the population affected, not just the venue ("lifted the curfew in X").
AFFECTED_PLACE_TYPES = frozenset({"CONCEDE", "RETREAT", "THREATEN", "REJECT"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
CLASH_WORDS = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "hostility", "hostilities",
                         "shootout", "war"})


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded event before it gets its document id: the frame plus its participants."""

    frame: Frame
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    reciprocal: bool
    attributed_to: Actor | None
    contexts: tuple[str, ...]
    confidence: float


def code_sentence(doc: Doc, sentence: Span, tables: Tables, lookup: ActorLookup,
                  countries: CountryIndex | None = None) -> list[Coded]:
    coded: list[Coded] = []
    frames = build_frames(sentence, tables)
    if not frames:
        return coded
    sentence_contexts = _sentence_contexts(sentence, tables)
    home = (countries or CountryIndex(doc)).only_country(sentence)
    for frame in frames:
        event = _code_frame(doc, frame, tables, lookup, sentence_contexts, home)
        if event is not None:
            coded.append(event)
    return coded


def _code_frame(doc: Doc, frame: Frame, tables: Tables, lookup: ActorLookup,
                sentence_contexts: tuple[str, ...], home: str | None) -> Coded | None:
    speaker_actors = _speaker_actors(doc, frame.speaker, lookup)
    if frame.modality == "obligation" and speaker_actors:
        subject = subject_of(frame.top)
        actor = speaker_actors
        recipient = actors_of(doc, subject, lookup) if subject is not None else []
        via = "obligation"
    elif frame.nominal and not frame.chain:
        actor, recipient, via = _nominal_participants(doc, frame.trigger, lookup)
        came_for = not actor and bool(actor := _traveller(doc, frame.trigger, lookup))
        if came_for and not recipient:
            recipient, via = _recipients(doc, frame, lookup, actor)
        if not (actor and (recipient or came_for)):
            return None  # a bare event noun ("Putin's visit was symbolic") names one side only
    else:
        actor, recipient, via = _verbal_participants(doc, frame, lookup, speaker_actors, tables)
    recipient = [r for r in recipient if not _same(r, actor)]
    if home is not None:
        recipient = _domestic(recipient, actor, home, victims=True)
        if tables.ontology.info(frame.type).quad.startswith("material"):
            actor = _domestic(actor, recipient, home)  # "supporters of X blocked roads in Algiers"
    if not any(a.country or a.sector for a in (*actor, *recipient)):
        return None  # nobody identifiable: "20 people were killed" alone is no political event
    reciprocal = via in ("between", "clash") or (via == "with" and frame.type in RECIPROCAL_TYPES)
    countries = {a.country for a in actor if a.country}
    if len(countries) > 1 and {r.country for r in recipient if r.country} <= countries:
        recipient = []  # "Russia and China signed ... in Beijing": the place is one of the parties
    if len(countries) > 1 and not recipient:
        first = actor[0]
        actor, recipient, reciprocal = [first], [a for a in actor[1:] if a.country != first.country], True
    attributed = _attribution(doc, frame.speaker, speaker_actors)
    contexts = tuple(dict.fromkeys((*frame.content.entry.contexts, *sentence_contexts)))[:3]
    return Coded(frame, tuple(actor), tuple(recipient), reciprocal, attributed, contexts,
                 _confidence(frame, actor, recipient))


class CountryIndex:
    """Where each country is named in a document (actor mentions and places), for per-sentence questions."""

    def __init__(self, doc: Doc) -> None:
        named = [(a.start, a.country) for a in doc._.accord_actors or [] if a.start is not None and a.country]
        named += [(p.start, p.country) for p in doc._.accord_places or [] if p.country]
        named.sort()
        self._starts = [start for start, _ in named]
        self._countries = [country for _, country in named]

    def only_country(self, sentence: Span) -> str | None:
        """The country of a sentence that names exactly one, else None."""
        low = bisect_left(self._starts, sentence.start_char)
        high = bisect_left(self._starts, sentence.end_char)
        found = set(self._countries[low:high])
        return found.pop() if len(found) == 1 else None


def _domestic(side: list[Actor], other: list[Actor], home: str, victims: bool = False) -> list[Actor]:
    """In a sentence that names one country only, an unresolved person or group facing that country's
    actors is taken to be domestic ("Zimbabwe's opposition demanded that President Mugabe ...")."""
    if not side or any(a.country or a.sector in INTERNATIONAL_SECTORS for a in side) \
            or not any(a.country == home for a in other):
        return side
    if victims and all(a.sector == "CVL" for a in side):
        return side  # "wounding 45 people": victims' nationality is not implied
    return [replace(a, country=home, rule="event-domestic") for a in side]


def _same(candidate: Actor, actors: list[Actor]) -> bool:
    return any(candidate.start == a.start and candidate.text == a.text for a in actors)


def _speaker_actors(doc: Doc, speaker: Token | None, lookup: ActorLookup) -> list[Actor]:
    if speaker is None or is_pronoun(speaker):
        return []
    return actors_of(doc, speaker, lookup)


def _attribution(doc: Doc, speaker: Token | None, actors: list[Actor]) -> Actor | None:
    if speaker is None:
        return None
    if actors:
        return actors[0]
    if is_pronoun(speaker):
        return None
    left = min((t.i for t in speaker.lefts if t.dep_ in ("compound", "amod", "poss")), default=speaker.i)
    span = doc[left: speaker.i + 1]
    return Actor(text=span.text, name=span.text, start=span.start_char, end=span.end_char, rule="speaker")


def _verbal_participants(doc: Doc, frame: Frame, lookup: ActorLookup, speaker_actors: list[Actor],
                         tables: Tables) -> tuple[list[Actor], list[Actor], str]:
    subject = subject_of(frame.top)
    stative = any(lemma(v) in tables.cues.stative_participles for v in frame.chain)
    died = any(lemma(v) in tables.cues.casualty for v in frame.chain)
    passive = subject is not None and (subject.dep_ == "nsubjpass" or died) and not stative
    actor: list[Actor] = []
    patient: list[Actor] = []
    if subject is not None and subject.i in {n.i for n in frame.nouns}:
        # "Egypt's purchase of jets ... was completed", "a minefield explosion killed two Iraqi youths"
        actor, recipient, via = _nominal_participants(doc, subject, lookup)
        if not recipient and not passive:
            recipient, via = _recipients(doc, frame, lookup, actor)
        return actor, recipient, via
    if subject is not None and is_pronoun(subject) and speaker_actors:
        actor = speaker_actors
    elif subject is not None:
        (patient if passive else actor).extend(actors_of(doc, subject, lookup))
        # headlines: "Pakistan, Afghanistan agree ..." parses the first name as a loose modifier
        for extra in (c for c in frame.top.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                      and c.i < subject.i):
            actor.extend(actors_of(doc, extra, lookup))
    if not actor and not passive and subject is not None and frame.type == "THREATEN":
        # "Venezuela may cut ties with Guyana, a spokesman warned": the inner clause names the actor
        actor = next((found for verb in frame.chain[:-1] for child in verb.children if child.dep_ == "nsubj"
                      for found in [actors_of(doc, child, lookup)] if found), [])
    if not actor and not patient and subject is not None and frame.top.dep_ == "acl":
        # "The party issued a declaration demanding ...": the declaration's issuer makes the demand
        issuer = subject_of(subject.head) if subject.dep_ in ("dobj", "attr") else None
        actor = actors_of(doc, issuer, lookup) if issuer is not None else []
    if passive:
        actor = _agent(doc, frame, lookup)
        via = "agent"
        if not actor:
            actor, via = _from_event_nouns(doc, frame, lookup)
        return actor, patient, via
    recipient, via = _recipients(doc, frame, lookup, actor)
    if frame.content.entry.inverse:
        actor, recipient = recipient, actor
    return actor, recipient, via


def _agent(doc: Doc, frame: Frame, lookup: ActorLookup) -> list[Actor]:
    for verb in frame.chain:
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return actors_of(doc, obj, lookup)
    return []


def _from_event_nouns(doc: Doc, frame: Frame, lookup: ActorLookup) -> tuple[list[Actor], str]:
    """"Soldiers were killed in clashes with China": the other side sits in the event noun's phrase."""
    for verb in frame.chain:
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or lemma(noun) not in CLASH_WORDS | {"attack", "raid", "strike", "bombing",
                                                                            "shelling", "explosion"}:
                    continue
                found, via = _noun_sides(doc, noun, lookup)
                if found:
                    return found, "clash" if lemma(noun) in CLASH_WORDS else via
    return [], "none"


def _traveller(doc: Doc, noun: Token, lookup: ActorLookup) -> list[Actor]:
    """"X arrived in Moscow for talks with Y": whoever came *for* the event takes part in it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(prep.head)
    return actors_of(doc, subject, lookup) if subject is not None else []


def _modifier_actors(doc: Doc, noun: Token, lookup: ActorLookup) -> list[Actor]:
    """Actors named before an event noun: "India's purchase", "Israeli air raids", "a U.S. request"."""
    owners = [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i]
    if not owners:
        return []
    # one look-up over the phrase's left part: a mention may span the whole "Two Palestinian suicide bombers"
    start = min(c.left_edge.i for c in owners)
    return dedupe(lookup(doc, start, noun.i + 1))


def _noun_sides(doc: Doc, noun: Token, lookup: ActorLookup) -> tuple[list[Actor], str]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "by", "between"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return actors_of(doc, obj, lookup), child.lower_
    return _modifier_actors(doc, noun, lookup), "modifier"


def _recipients(doc: Doc, frame: Frame, lookup: ActorLookup, actor: list[Actor]) -> tuple[list[Actor], str]:
    """Who the event is done to. First the event words' own objects and prepositions: the first naming a
    country or an international body, else an organised group; places ("in Kabul", "shelled Juba") stand
    for their country. Only then a level deeper ("protest against violations by the security forces") and
    the clauses around the event, where just a country or an international body will do."""
    direct = _recipient_candidates(frame)
    nearby = [(obj, via) for token, _ in direct for obj, via in _prep_objects(token, DEEPER_PREPS)]
    nearby += _clause_candidates(frame)
    best: dict[tuple[int, int], tuple[list[Actor], str]] = {}
    for stage, candidates in enumerate((direct, nearby)):
        ordered = [c for c in candidates if c[1] not in LAST_RESORT_PREPS] + \
            [c for c in candidates if c[1] in LAST_RESORT_PREPS]
        for token, via in ordered:
            found = _named(doc, token, via, frame, lookup, actor)
            tier = _tier(found)
            if tier == 0:
                return found, via
            if found and (tier, stage) not in best:
                best[(tier, stage)] = (found, via)
        if stage == 0 and any(tier <= 1 for tier, _ in best):
            break
    return best[min(best)] if best else ([], "none")


def _named(doc: Doc, token: Token, via: str, frame: Frame, lookup: ActorLookup,
           actor: list[Actor]) -> list[Actor]:
    named = _modifier_actors(doc, token, lookup) if via == "modifier" else actors_of(doc, token, lookup)
    found = [a for a in named if not _same(a, actor)]
    place_target = frame.type in PLACE_TARGET_TYPES or (via in LAST_RESORT_PREPS and frame.type in AFFECTED_PLACE_TYPES)
    if _tier(found) != 0 and place_target and (via in LAST_RESORT_PREPS or via == "object"):
        found = _place_as_target(doc, token) or found
    return found


def _tier(actors: list[Actor]) -> int:
    """0: a country or an international body; 1: an organised group; 2: anyone else; 3: nobody."""
    if not actors:
        return 3
    if any(a.country or a.sector in INTERNATIONAL_SECTORS for a in actors):
        return 0
    return 1 if any(a.sector for a in actors) else 2


def _recipient_candidates(frame: Frame) -> list[tuple[Token, str]]:
    """Phrases that may name the recipient: the content word's objects first, then the rest of the frame."""
    order = TARGET_FIRST if frame.type in TARGET_FIRST_TYPES else PREP_ORDER
    verbal: list[tuple[Token, str]] = []
    for verb in frame.chain:
        topic = verb.i == frame.content.token.i and frame.content.entry.topic
        for child in verb.children:
            if child.dep_ == "dative" or (child.dep_ == "dobj" and not topic and frame.type != "MOBILIZE"):
                verbal.append((child, "object"))
                verbal.extend(_prep_objects(child, (*order, "by")))
            elif child.dep_ == "dobj" and topic:
                verbal.extend(_goal_within(child))  # "gave 20 million euros in aid to Ethiopia"
            elif child.dep_ == "nsubj" and verb.i != frame.top.i:
                verbal.append((child, "object"))
            elif child.dep_ == "ccomp" and frame.type in ("REQUEST", "THREATEN", "ACCUSE"):
                verbal.extend((c, "object") for c in child.children if c.dep_ in ("nsubj", "dobj"))
            elif child.dep_ == "advcl" and frame.type in ("THREATEN", "REQUEST") and _conditional(child):
                verbal.extend((c, "condition") for c in child.children if c.dep_ == "nsubj")
        verbal.extend(_prep_objects(verb, order))
    hostile = not frame.type.endswith(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))
    noun_order = ("of", *order, "by") if hostile else (*order, "by")  # "the blockade of Serbia"
    nominal: list[tuple[Token, str]] = []
    for noun in frame.nouns:
        if noun.i != frame.top.i and noun.dep_ != "pobj":
            nominal.append((noun, "modifier"))
        nominal.extend(_prep_objects(noun, noun_order))
    return nominal + verbal if frame.content.nominal else verbal + nominal


def _clause_candidates(frame: Frame) -> list[tuple[Token, str]]:
    """Objects of the clauses around the event: its complements, purpose clauses and noun clauses."""
    order = TARGET_FIRST if frame.type in TARGET_FIRST_TYPES else PREP_ORDER
    chain = {v.i for v in frame.chain}
    clauses = [(obj, via) for verb in frame.chain for child in verb.children
               if child.i not in chain and (child.dep_ in ("xcomp", "ccomp") or
                                            (child.dep_ == "advcl" and _infinitive(child)))
               for obj, via in _clause_objects(child, order)]
    clauses += [(obj, via) for noun in frame.nouns for child in noun.children
                if child.dep_ in ("acl", "relcl", "ccomp")
                for obj, via in _clause_objects(child, order)]  # "a call for troops to be deployed in X"
    if frame.top.dep_ in ("advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in frame.top.children):
        clauses.extend(_clause_objects(frame.top.head, order))  # "sent personnel to Bosnia to investigate"
    return clauses


def _goal_within(thing: Token) -> list[tuple[Token, str]]:
    """The "to"/"for" goal anywhere inside a transferred object's phrase (not inside its clauses)."""
    found: list[tuple[Token, str]] = []
    stack = [thing]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                continue
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                found.extend((obj, child.lower_) for obj in child.children if obj.dep_ == "pobj")
            stack.append(child)
    return found


def _conditional(clause: Token) -> bool:
    """"... unless Israel rescinds", "... if Iran does not stop": the threatened party acts in the condition."""
    return any(c.dep_ == "mark" and c.lower_ in ("unless", "if", "until") for c in clause.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _place_as_target(doc: Doc, token: Token) -> list[Actor]:
    """A hostile act "in Abidjan" targets the country the place lies in (from the places stage)."""
    start, end = phrase_bounds(token)
    low, high = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return [Actor(text=p.text, name=p.name, country=p.country, kind="place", start=p.start, end=p.end,
                  rule="event-place") for p in (doc._.accord_places or []) if p.country and low <= p.start
            and p.end <= high][:1]


def _clause_objects(verb: Token, order: tuple[str, ...]) -> list[tuple[Token, str]]:
    """Objects of a purpose clause ("blocked a road to protest X's policy"), and their prepositions."""
    found: list[tuple[Token, str]] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubj", "nsubjpass"):
            found.append((child, "purpose"))
            found.extend(_prep_objects(child, order))
    found.extend(_prep_objects(verb, order))
    return found


def _prep_objects(head: Token, order: tuple[str, ...]) -> list[tuple[Token, str]]:
    found = []
    preps = [c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in order]
    for prep in sorted(preps, key=lambda p: order.index(p.lower_)):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                found.append((obj, prep.lower_))
    return found


def _nominal_participants(doc: Doc, noun: Token, lookup: ActorLookup) -> tuple[list[Actor], list[Actor], str]:
    """"India's purchase of rifles from Russia", "the meeting between Modi and Putin", "Israeli air raids"."""
    actor = _modifier_actors(doc, noun, lookup)
    recipient: list[Actor] = []
    via = "modifier"
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PREP_ORDER]
    for prep in sorted(preps, key=lambda p: NOUN_PREP_ORDER.index(p.lower_)):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        found = dedupe(a for o in objects for a in actors_of(doc, o, lookup))
        if not found:
            continue
        if prep.lower_ == "by":
            actor = found
        elif prep.lower_ == "between" and not actor:
            return (found[:1], found[1:], "between") if len(found) > 1 else ([], [], "none")
        elif not recipient and prep.lower_ not in ("in", "at", "of", "among"):
            recipient, via = found, prep.lower_
    return actor, recipient, via


def _sentence_contexts(sentence: Span, tables: Tables) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for token in sentence:
        for context in tables.context_words.get(lemma(token), ()):
            counts[context] += 1
    return tuple(c for c, _ in counts.most_common(2))


def _confidence(frame: Frame, actor: list[Actor], recipient: list[Actor]) -> float:
    score = 0.4
    score += 0.2 if actor else 0.0
    score += 0.15 if recipient else 0.0
    score += 0.1 if not frame.nominal else -0.05
    score -= 0.1 if frame.modality in ("intent", "obligation") else 0.0
    score += 0.05 if any(a.country for a in (*actor, *recipient)) else 0.0
    return max(0.05, min(0.95, score))
