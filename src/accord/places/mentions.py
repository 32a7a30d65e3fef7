"""Finds place mentions in a parsed document, geocodes them and decides which stand for actors.

Mentions come from spaCy's GPE/LOC/FAC entities and from gazetteer phrase hits (the small model calls
"Ladakh" a PERSON and "Hyderabad House" an ORG); a name the model mislabels counts where only a place can
stand ("fighting in Manbij", "jets bombed Douma") when the town lies in a country the article is about. Common
nouns name places too: a border a nationality qualifies, a definite noun referring to a place named before
it, a facility named after a city. A country, a capital or a seat of power is an actor, not
an event location, when it is a participant of a clause: subject, object, possessor, coordinated with
one, or the object of "with", "between", "against" ("New Delhi and Moscow sign ...", "clashes with China").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from accord.blackboard import ACTORS
from accord.dateline import find_doc_dateline
from accord.doc_index import sentence_index, span_text, token_table
from accord.places.admin import admin_words
from accord.places.countries import read_place_data
from accord.places.gazetteer import RANK_CITY, RANK_EXTRA, Gazetteer, GeoEntry
from accord.places.names import normalise_name
from accord.records import Actor, Place
from accord.words import shared_words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
MISLABELLED_CITY_MIN_POPULATION = 100_000
# A gazetteer hit strictly inside one of these is part of a name ("Punjab National Bank").
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"})
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "iobj", "dative", "poss", "agent"})
DIRECTIONAL_PREPS = frozenset({"to", "from"})
ACTOR_RULE_HINTS = ("capital", "metonym")
# The actors stage's rule for a surname that refers back to a person the text named in full ("Hillary Clinton
# ... attacked Clinton"): such a name is that person's, not a town's, however many towns bear it.
PERSON_BACK_REFERENCE = "surname-back-reference"
# Verbs by which a subject is said to be what its complement names ("Arsal has *been* the scene of clashes").
COPULAS = frozenset({"be", "become", "remain"})
# The patient of a verb, active or passive ("shelled Juba", "Juba was shelled").
TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
# How a name qualifies the word it hangs on ("London-based", "the Kabul government").
QUALIFIER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})
# What may stand between a settlement noun and its name: "the town of Kidal", "the capital, Juba".
SETTLEMENT_LINKS = frozenset({"of", ","})
# How far back a definite noun's earlier mention may give it its place ("the stadium in Sydney ... a protest
# outside the stadium"): a few sentences of the same story.
MAX_SENTENCES_TO_REFERENT = 5
# Prepositions by which a noun gets a name or a place of its own ("the town of Kidal", "the camp near Gao").
NAMING_PREPS = frozenset({"of", "in", "at", "near", "inside", "within", "outside"})


@dataclass(frozen=True)
class RoleWords:
    """The word lists of ``data/places/roles.yaml``, and the direction words of ``data/words.yaml``."""

    directions: frozenset[str]
    actor_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    motion_lemmas: frozenset[str]
    physical_target_lemmas: frozenset[str]
    relation_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    border_nouns: frozenset[str]
    containment_prepositions: frozenset[str]
    referring_settlement_nouns: frozenset[str]
    site_nouns: frozenset[str]  # "Arsal has been *the scene* of clashes": only a place is that

    @classmethod
    def load(cls) -> RoleWords:
        raw = read_place_data("roles.yaml")
        words = shared_words()  # direction words are shared with the actor stage (data/words.yaml)
        raw["directions"] = words.compass_adjectives | words.intercardinal_points | words.relative_positions
        raw["site_nouns"] = read_place_data("event_location.yaml")["site_nouns"]
        return cls(**{name: frozenset(raw[name]) for name in cls.__dataclass_fields__})


class PlaceFinder:
    """Holds the gazetteer and the phrase matcher built from it; finds places in one Doc at a time."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language) -> None:
        self.gazetteer = gazetteer
        self.words = RoleWords.load()
        admin1 = read_place_data("admin1.yaml")
        self.state_abbreviations: dict[str, str] = admin1["dateline_state_abbreviations"]
        self.state_country: str = admin1["dateline_state_country"]
        # Ids of the settlement nouns, to find them in a Doc's LOWER array.
        self.settlement_ids = frozenset(nlp.vocab.strings.add(w) for w in self.words.settlement_nouns)
        # Ids of the nouns that name a first-level division after its name ("Logar province").
        self.naming_nouns = admin_words().naming_nouns
        self.naming_ids = frozenset(nlp.vocab.strings.add(w) for w in self.naming_nouns)
        self.matcher = PhraseMatcher(nlp.vocab)
        names = sorted(set(gazetteer.extra_names) | set(gazetteer.country_names))
        self.matcher.add("PLACE", [nlp.make_doc(name) for name in names])

    def find(self, doc: Doc) -> list[Place]:
        article = self.article_countries(doc)
        dateline = self.dateline_place(doc, article)
        if dateline is not None and dateline.country:
            article.add(dateline.country)  # a story filed from a country is about it
        actor_spans = _actor_metonym_spans(ACTORS.get(doc) or ())
        actor_countries = _actor_country_names(ACTORS.get(doc) or ())
        people = _named_people_spans(ACTORS.get(doc) or ())
        resolved = []
        for span, label in self._mention_spans(doc):
            if (span.start_char, span.end_char) in people:
                continue
            entry = self._in_named_state(span) or self.gazetteer.best(span_text(span), article)
            if entry is None and label == "FAC":
                entry = self._facility(span, article)
            if entry is not None and entry.is_admin and label not in PLACE_LABELS:
                if not self._credible_division(span, entry, article):
                    continue
                resolved.append((span, label, entry))
            elif entry is not None and _plausible(span, label, entry, self.words, article):
                resolved.append((span, label, entry))
        resolved = self._as_actor_countries(resolved, actor_countries)
        places = [self._place(span, entry, actor_spans) for span, _, entry in _without_overlaps(resolved)]
        places = sorted([*places, *self._borders(doc, places)], key=lambda p: p.start)
        places = sorted([*places, *self._referred(doc, places, dateline)], key=lambda p: p.start)
        if dateline is None:
            return places
        rest = [p for p in places if p.end <= dateline.start or p.start >= dateline.end]
        return sorted([dateline, *rest], key=lambda p: p.start)

    def _in_named_state(self, span: Span) -> GeoEntry | None:
        """"in Portsmouth, N.H.", "in Wilmington, N.C.": the state abbreviation US news writes after a town
        picks the town of that name in the United States, however small beside a namesake abroad (as in a
        dateline, :meth:`dateline_place`)."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != "," \
                or doc[span.end + 1].text not in self.state_abbreviations:
            return None
        return self.gazetteer.namesake_in(span_text(span), {self.state_country})

    def _credible_division(self, span: Span, entry: GeoEntry, article: Collection[str]) -> bool:
        """A province's name the model did not call a place is one with a naming noun ("Logar province",
        "the province of Logar"), or where only a place stands in a story about its country ("fighting in
        Logar"): alone, many such names are also people's, common words or firms ("Guerrero", "Delta",
        "Rivers")."""
        if span[-1].lower_ in self.naming_nouns or span[0].lower_ in self.naming_nouns \
                or _named_as_settlement(span, self.words):
            return True
        return entry.country in article and _stands_as_a_place(span.root, self.words)

    def _facility(self, span: Span, article: Collection[str]) -> GeoEntry | None:
        """"Manchester airport", "the Sydney Football Stadium": a facility the gazetteer does not know, named
        after a city of a country the article is about, is a landmark in that city."""
        for end in range(len(span) - 1, 0, -1):
            city = self.gazetteer.best(span_text(span[:end]), article)
            if city is not None and city.feature == "city" and city.country in article:
                return GeoEntry(span_text(span), city.country, city.lat, city.lon, "landmark", rank=city.rank)
        return None

    def _borders(self, doc: Doc, places: list[Place]) -> list[Place]:
        """ "inside Turkish borders", "in the Lebanese border region"... : a border noun that one nationality
        adjective qualifies, inside which something is put, names a place in that country (a border between
        two, "the Syrian-Turkish border", is left alone: the text does not say on which side)."""
        found = []
        for i, pos in enumerate(token_table(doc).pos):
            if pos != NOUN:  # the part of speech's id first: most tokens are no noun
                continue
            noun = doc[i]
            if noun.lower_ not in self.words.border_nouns or not self._contained(noun):
                continue
            phrase = noun.head if noun.dep_ == "compound" else noun
            adjectives = [c for w in {noun, phrase} for c in w.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"]
            codes = {self.gazetteer.country_of(a.text) for a in adjectives}
            if len(adjectives) != 1 or None in codes or _hyphenated(adjectives[0]):
                continue
            span = doc[adjectives[0].i : max(noun.i, phrase.i) + 1]
            if any(p.start < span.end_char and span.start_char < p.end for p in places):
                continue
            country = next(iter(codes))
            found.append(Place(text=span_text(span), start=span.start_char, end=span.end_char, name=span_text(span),
                               country=country, feature="region", is_actor=False))
        return found

    def _referred(self, doc: Doc, places: list[Place], dateline: Place | None) -> list[Place]:
        """"bombed the town", "clashes in the Syrian capital", "a protest outside the stadium": a definite noun
        that names no place itself, where only a place can stand, is the place it refers to — a town or city
        (``referring_settlement_nouns``) the last town or city named in its sentence or the two before it; a
        capital the capital of the country its nationality adjective names, or else of the country last named
        there as a place, not an actor (or of the dateline's); any other noun the place an earlier mention of
        it was given ("inside the stadium in Sydney ... outside the stadium"), within a few sentences."""
        found: list[Place] = []
        starts = [p.start for p in places]
        numbers = sentence_index(doc).numbers  # each token's sentence, counted once for the Doc
        poses = token_table(doc).pos
        given: dict[str, tuple[Place, int]] = {}  # noun lemma -> the place its last mention had, its sentence
        for i, pos in enumerate(poses):
            if pos != NOUN:  # the part of speech's id first: most tokens are no noun
                continue
            noun = doc[i]
            lemma, sentence = noun.lemma_.lower(), numbers[i]
            own = self._given_place(noun, places, starts)
            if own is not None:
                given[lemma] = (own, sentence)
                continue
            if not self._refers(noun, starts):
                continue
            referent = self._referent(noun, places, dateline, given.get(lemma), sentence)
            if referent is not None:
                first = next((c for c in noun.lefts if c.dep_ == "det"), noun)
                found.append(replace(referent, text=span_text(doc[first.i : noun.i + 1]), start=first.idx,
                                     end=noun.idx + len(noun), is_actor=False))
                given[lemma] = (referent, sentence)
        return found

    def _referent(self, noun: Token, places: list[Place], dateline: Place | None,
                  earlier: tuple[Place, int] | None, sentence: int) -> Place | None:
        if noun.lower_ in self.words.referring_settlement_nouns:
            window = [p for p in places if p.end <= noun.idx and p.start >= _sentences_back(noun.doc, noun, 2)]
            if noun.lower_ != "capital":
                return next((p for p in reversed(window) if p.feature == "city" and not p.is_actor
                             and not _qualifies_a_word(noun.doc, p)), None)
            entry = self._capital(noun, window, dateline)
            return None if entry is None else Place(text="", start=0, end=0, name=entry.name, country=entry.country,
                                                    lat=entry.lat, lon=entry.lon, feature=entry.feature)
        if earlier is not None and sentence - earlier[1] <= MAX_SENTENCES_TO_REFERENT:
            return earlier[0]
        return None

    def _given_place(self, noun: Token, places: list[Place], starts: list[int]) -> Place | None:
        """The place a locative phrase on ``noun`` gives it ("the stadium *in Sydney*", "the prison *in the
        city of Denizli*")."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.words.containment_prepositions | {"at", "near"}:
                continue
            for word in prep.children:
                if word.dep_ != "pobj":
                    continue
                end = word.right_edge.idx + len(word.right_edge)
                for place in places[bisect_left(starts, word.left_edge.idx) : bisect_left(starts, end)]:
                    if not place.is_actor and place.country:
                        return place
        return None

    def _refers(self, noun: Token, starts: list[int]) -> bool:
        """A definite settlement noun with no name of its own, where only a place stands: the object of a place
        preposition or of a verb that attacks or visits a place."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        if any(c.dep_ in ("appos", "compound", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ in NAMING_PREPS)
               for c in noun.children):
            return False  # "the town of Kidal", "the capital, Juba", "the city where ...": it names or describes
        after = noun.doc[min(noun.i + 3, len(noun.doc) - 1)]
        if bisect_left(starts, noun.idx) < bisect_left(starts, after.idx + len(after)):
            return False  # a name follows it closely: that is the place
        if noun.dep_ == "pobj":
            return noun.head.lower_ in self.words.place_prepositions
        return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.words.physical_target_lemmas

    def _capital(self, noun: Token, window: list[Place], dateline: Place | None) -> GeoEntry | None:
        adjectives = [c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if adjectives:
            country = self.gazetteer.country_of(adjectives[0].text)
        else:
            # a country named as a place, not as an actor: in "Russia condemned the attack in the capital"
            # the capital need not be Moscow
            named = next((p for p in reversed(window) if p.feature == "country" and not p.is_actor), dateline)
            country = named.country if named is not None else None
        return self.gazetteer.capitals.get(country) if country else None

    def _contained(self, noun: Token) -> bool:
        phrase = noun.head if noun.dep_ == "compound" else noun  # "in the Lebanese border region"
        return phrase.dep_ == "pobj" and phrase.head.lower_ in self.words.containment_prepositions

    def _as_actor_countries(
        self, resolved: list[tuple[Span, str, GeoEntry]], actor_countries: dict[int, str]
    ) -> list[tuple[Span, str, GeoEntry]]:
        """A country name the actors stage read by the article's context ("Congo" in a story about Goma is the
        DR Congo) takes the same country here, at that mention and at every other mention of the name, so
        places and actors agree."""
        readings: dict[str, GeoEntry] = {}
        for span, _, entry in resolved:
            code = actor_countries.get(span.start_char)
            if entry.feature == "country" and code is not None and code != entry.country:
                reading = self.gazetteer.country_entries.get(code)
                if reading is not None:
                    readings[normalise_name(span_text(span))] = reading
        if not readings:
            return resolved
        return [
            (span, label, readings.get(normalise_name(span_text(span)), entry) if entry.feature == "country" else entry)
            for span, label, entry in resolved
        ]

    def dateline_place(self, doc: Doc, article: set[str]) -> Place | None:
        """The geocoded place of the story's dateline ("ACCRA, Jan 30 -"); the region after the name, when
        it names a country or state, picks among namesakes ("SAN JOSE, Costa Rica")."""
        dateline = find_doc_dateline(doc)
        if dateline is None:
            return None
        countries: set[str] = article
        entry = None
        if dateline.region is not None:
            if dateline.region in self.state_abbreviations:  # "N.H.", "Ga.": a state, whatever else bears its name
                country: str | None = self.state_country
            else:
                region = self.gazetteer.best(dateline.region)
                country = region.country if region is not None else None
            if country:
                countries = {country}
                # a region is written after the name to pick among namesakes ("MANCHESTER, N.H."): the town of
                # that very name in the region's country, however small beside a namesake abroad
                entry = self.gazetteer.namesake_in(dateline.name, countries)
        entry = entry or self.gazetteer.best(dateline.name, countries)
        if entry is None or entry.rank < RANK_CITY:
            return None
        return Place(text=dateline.name, start=dateline.start, end=dateline.end, name=entry.name,
                     country=entry.country, lat=entry.lat, lon=entry.lon, feature=entry.feature, is_actor=False)

    def article_countries(self, doc: Doc) -> set[str]:
        """The countries an article is about: those named or whose nationals are named, and its actors'."""
        counts: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                code = self.gazetteer.country_of(span_text(ent))
                if code:
                    counts[code] += 1
        for actor in ACTORS.get(doc) or ():
            if actor.country:
                counts[actor.country] += 1
        return set(counts)

    def _mention_spans(self, doc: Doc) -> list[tuple[Span, str]]:
        """Entity spans with their label, the pieces of long place entities ("the Great Hall of the People
        in Beijing"), and gazetteer hits (label "") that are not part of a longer name."""
        spans: list[tuple[Span, str]] = []
        for ent in doc.ents:
            if ent.label_ not in NUMERIC_LABELS:
                spans.append((_trim_article(ent), ent.label_))
            if ent.label_ in PLACE_LABELS and len(ent) > 2:
                spans.extend((piece, ent.label_) for piece in _pieces(ent))
        for _, start, end in self.matcher(doc):
            hit = doc[start:end]
            if not _inside_longer_name(doc, hit):
                spans.append((hit, ""))
        spans.extend((name, "") for name in _settlement_names(doc, self.settlement_ids))
        spans.extend((name, "") for name in _division_names(doc, self.naming_ids))
        return spans

    def _place(self, span: Span, entry: GeoEntry, actor_spans: set[tuple[int, int]]) -> Place:
        shown = _with_direction(span, self.words)
        is_actor = (span.start_char, span.end_char) in actor_spans or (
            _can_stand_for_government(entry) and _is_participant(span.root, entry.feature == "country", self.words)
        )
        return Place(
            text=span_text(shown),
            start=shown.start_char,
            end=shown.end_char,
            name=entry.name,
            country=entry.country,
            lat=entry.lat,
            lon=entry.lon,
            feature=entry.feature,
            is_actor=is_actor,
        )


def _qualifies_a_word(doc: Doc, place: Place) -> bool:
    """"the *London*-based monitor", "the *Kabul* government": a city that qualifies a common word names that
    thing (where it sits, whose it is), and no site the story goes on to call "the town"."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in QUALIFIER_DEPS and root.head.pos_ != "PROPN" and root.head.i != root.i


def _sentences_back(doc: Doc, token: Token, count: int) -> int:
    """The character offset where the sentence ``count`` sentences before ``token``'s begins."""
    index = sentence_index(doc)
    start = index.start_of(token)
    for _ in range(count):
        if start == 0:
            break
        start = index.starts[index.numbers[start - 1]]
    return doc[start].idx


def _hyphenated(token: Token) -> bool:
    """ "Syrian-Turkish": one of two adjectives the tokenizer split at a hyphen."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].text == "-") or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-")


def _can_stand_for_government(entry: GeoEntry) -> bool:
    return entry.feature == "country" or entry.is_capital or entry.metonym


def _is_participant(token: Token, is_country: bool, words: RoleWords) -> bool:
    """True when the mention fills a participant slot of its clause rather than saying where. A country
    after "to"/"from" is a party ("purchase of rifles from Russia") unless something moves there."""
    head = token
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ in TARGET_DEPS and not is_country and head.head.lemma_.lower() in words.physical_target_lemmas:
        return False  # "rebels shelled Juba", "Juba was shelled": where the attack landed, not a party to it
    if head.dep_ in ACTOR_DEPS:
        return True
    if head.dep_ != "pobj":
        return False
    prep = head.head
    word = prep.lower_
    if word in words.actor_prepositions:
        return True
    if word in DIRECTIONAL_PREPS:
        return is_country and prep.head.lemma_.lower() not in words.motion_lemmas
    return word == "of" and prep.head.lemma_.lower() in words.relation_nouns


def _actor_metonym_spans(actors: Iterable[Actor]) -> set[tuple[int, int]]:
    """Spans the actors stage already resolved as a capital or country standing for a government."""
    found = set()
    for actor in actors:
        rule = (actor.rule or "").lower()
        if actor.start is not None and actor.end is not None and any(h in rule for h in ACTOR_RULE_HINTS):
            found.add((actor.start, actor.end))
    return found


def _named_people_spans(actors: Iterable[Actor]) -> set[tuple[int, int]]:
    """Spans the actors stage read as the surname of a person the text named in full before ("Senator Hillary
    Clinton ... her rival attacked *Clinton*", "the *Rubio* campaign"): a person, not the town of that name."""
    return {(a.start, a.end) for a in actors if a.kind == "person" and a.start is not None and a.end is not None
            and PERSON_BACK_REFERENCE in (a.rule or "")}


def _actor_country_names(actors: Iterable[Actor]) -> dict[int, str]:
    """Country codes of actors by start offset: an actor that opens with a country name ("Congo", "Congo's
    government") belongs to the country the actors stage read that name as. Not where actors of different
    countries open at the same word: a pair of countries in one phrase ("the *Syria-Iraq* border", "*US-Russia*
    talks") is two actors, and neither is a reading of the first name; nor is a person's country, which is their
    own ("*Switzerland*'s Trump" is an American)."""
    codes: dict[int, set[str]] = {}
    for actor in actors:
        if actor.country and actor.start is not None and actor.kind != "person":
            codes.setdefault(actor.start, set()).add(actor.country)
    return {start: next(iter(found)) for start, found in codes.items() if len(found) == 1}


def _inside_longer_name(doc: Doc, hit: Span) -> bool:
    """True when the hit is part of, but not all of, a name entity ("Punjab" in "Punjab National Bank")."""
    if not any(token.ent_type_ in NAME_LABELS for token in hit):
        return False
    starts_inside = hit[0].ent_iob_ == "I"
    runs_on = hit.end < len(doc) and doc[hit.end].ent_iob_ == "I"
    return starts_inside or runs_on


def _trim_article(span: Span) -> Span:
    """Drops a leading "the" and a trailing possessive: "the Ivory Coast's" -> "Ivory Coast"."""
    if len(span) > 1 and span[-1].lower_ in ("'s", "’s", "'", "’"):
        span = span[:-1]
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    return span


def _with_direction(span: Span, words: RoleWords) -> Span:
    """ "eastern Ladakh": the direction word belongs to the mention's text, not to its lookup name."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in words.directions:
        return span.doc[span.start - 1 : span.end]
    return span


def _without_overlaps(found: Iterable[tuple[Span, str, GeoEntry]]) -> list[tuple[Span, str, GeoEntry]]:
    """The longest of overlapping mentions; of equal ones, an entity's label over a bare gazetteer hit."""
    kept: list[tuple[Span, str, GeoEntry]] = []
    # The kept spans never overlap, so sorted by start they are sorted by end too: the only one that can
    # overlap a new span is the last that starts before it ends (a bisection, not a scan of all kept).
    starts: list[int] = []
    ends: list[int] = []
    for item in sorted(found, key=lambda f: (-(f[0].end - f[0].start), f[0].start, f[1] == "")):
        span = item[0]
        before = bisect_left(starts, span.end)
        if before and ends[before - 1] > span.start:
            continue
        at = bisect_left(starts, span.start)
        starts.insert(at, span.start)
        ends.insert(at, span.end)
        kept.append(item)
    return sorted(kept, key=lambda f: f[0].start)


def _pieces(ent: Span) -> list[Span]:
    """The proper-noun runs of an entity split at prepositions, punctuation and conjunctions."""
    pieces, start = [], ent.start
    for token in ent:
        if token.pos_ in ("ADP", "PUNCT", "CCONJ"):
            if token.i > start:
                pieces.append(_trim_article(ent.doc[start : token.i]))
            start = token.i + 1
    if start < ent.end and start > ent.start:
        pieces.append(_trim_article(ent.doc[start : ent.end]))
    return pieces


def _plausible(span: Span, label: str, entry: GeoEntry, words: RoleWords, article: Collection[str] = ()) -> bool:
    """Whether a gazetteer match is really a place. The small model often mislabels places (a city as a
    PERSON or ORG), so a mislabelled name counts when it is a curated place or country, or a big city;
    a big city labelled PERSON must also stand where only a place can, as a smaller town must ("the road to
    Rawalpindi", "artillery shelled Kharkiv").
    A smaller town counts where only a place can stand — the object of a place preposition or of a verb that
    attacks or visits a place ("fighting in Manbij", "jets bombed Douma") — when it lies in one of the
    countries the article is about (``article``): "attacked Hamas" in a story about Gaza is no German town."""
    if label in PLACE_LABELS or entry.rank >= RANK_EXTRA:
        return True
    if entry.feature == "city" and label != "NORP" and _named_as_settlement(span, words):
        return True
    if label == "NORP":
        return False  # "Thai" is a nationality even if some city once had it as an alternate name
    if entry.population < MISLABELLED_CITY_MIN_POPULATION or not entry.credible_when_mislabelled:
        return entry.feature == "city" and entry.country in article and _stands_as_a_place(span.root, words)
    return label != "PERSON" or _stands_as_a_place(span.root, words)


def _stands_as_a_place(token: Token, words: RoleWords) -> bool:
    """The object of a place preposition, or of a verb that attacks or visits a place, active or passive
    ("bombed Douma", "Douma was bombed")."""
    head = token
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ in TARGET_DEPS and head.head.lemma_.lower() in words.physical_target_lemmas:
        return True
    return _is_place_object(token, words) or _said_to_be_a_site(head, words)


def _said_to_be_a_site(subject: Token, words: RoleWords) -> bool:
    """The subject of "be" whose complement is the scene, site or venue of something ("Arsal had been a
    focal point of clashes", "Geneva will be the venue"): only a place is said to be one."""
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_.lower() in COPULAS \
        and any(c.dep_ == "attr" and c.lemma_.lower() in words.site_nouns for c in verb.children)


def _settlement_names(doc: Doc, settlement_ids: frozenset[int]) -> list[Span]:
    """Proper-noun runs a settlement noun introduces ("the town of Kidal", "the capital, Juba"), which the
    model may leave untagged; the gazetteer decides whether they are places."""
    found = []
    lowers = doc.to_array(LOWER).tolist()  # one array read, not a Token object per word
    for i in [i for i, lower in enumerate(lowers) if lower in settlement_ids]:
        if i + 1 >= len(doc):
            continue
        start = i + 2 if doc[i + 1].lower_ in SETTLEMENT_LINKS else i + 1
        end = start
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN":
            end += 1
        if end > start:
            found.append(doc[start:end])
    return found


def _division_names(doc: Doc, naming_ids: frozenset[int]) -> list[Span]:
    """"Logar province", "the Rostov region", "al-Anbar Governorate", "the province of Idlib": a run of
    capitalised words (the parser often makes "Logar" an adjective of "province") and the noun that names a
    first-level division, after or before it with "of", which the model may tag in part or not at all; the
    gazetteer decides whether it is one."""
    found = []
    lowers = doc.to_array(LOWER).tolist()
    for i in [i for i, lower in enumerate(lowers) if lower in naming_ids]:
        start = i
        while start > 0 and i - start < 4:
            before = doc[start - 1]
            if _name_word(before):
                start -= 1
            elif before.text == "-" and start > 1 and doc[start - 2].lower_ == "al":
                start -= 2  # "al-Anbar"
            else:
                break
        if start < i:
            found.append(doc[start : i + 1])
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of":  # "the province of Idlib"
            end = i + 2
            while end < len(doc) and end - i < 6 and (_name_word(doc[end]) or (
                    doc[end].lower_ == "al" and end + 1 < len(doc) and doc[end + 1].text == "-")):
                end += 2 if doc[end].lower_ == "al" else 1
            if end > i + 2:
                found.append(doc[i:end])
    return found


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN", "X") and token.ent_type_ != "NORP"


def _named_as_settlement(span: Span, words: RoleWords) -> bool:
    """ "the town of Rutshuru", "the capital Juba": a settlement noun right before the name."""
    doc, start = span.doc, span.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in SETTLEMENT_LINKS and start > 1:
        before = doc[start - 2]
    return before is not None and before.lower_ in words.settlement_nouns


def _is_place_object(token: Token, words: RoleWords) -> bool:
    head = token
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in words.place_prepositions
