"""Finding actor mentions in a parsed document and resolving each with the :class:`ActorResolver`.

Anchors are found by dictionary lookups (knowledge-base names, sector words), by the parse (proper-noun
chains, plural back-references such as "the two countries") and by pronouns. Each anchor climbs the parse to
the noun it modifies while that noun is itself part of an actor phrase ("India's Defense Ministry",
"Russian President Vladimir Putin"); the mention covers that noun with its left modifiers, plus an
apposition or an "of/from" description for people ("Nandan Unnikrishnan, of the ... think tank").
A document-level memory lets surnames and pronouns point back to people introduced earlier, and plural
back-references to the last group of actors that were named together.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, cast

from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PRON, PROPN, X, conj
from spacy.tokens import Doc, Span, Token

from accord.actors.apposed import DEMONYM_RULE, apposed_descriptions_name_their_referent
from accord.actors.apposed import RULE as APPOSED_RULE
from accord.actors.binding import co_argument_verb, excluded_referents, reporting_speaker, spoken_words
from accord.actors.bridging import (
    DEFINITE_OPENERS,
    NAME_HEAD_CANDIDATE,
    abbreviations_of_named_bodies,
    abbreviations_take_their_definition,
    bodies_named_by_their_head,
    definite_descriptions_point_back,
    generic_bodies_point_back,
    members_of_named_body,
    officers_of_named_force,
    repeated_descriptions_point_back,
)
from accord.actors.confirmation_story import confirmation_story_caucuses
from accord.actors.coordinated import share_coordinated_nationality
from accord.actors.copular import copular_descriptions
from accord.actors.country_from_context import (
    PERSONS_COUNTRY,
    SENTENCE_COUNTRY_DESCRIPTION,
    PlaceMention,
    home_country,
    lend_home_country,
    lend_homeland,
    lend_rebels_setting,
    lend_sentence_place,
    lend_to_descriptions,
    lend_to_people,
    lend_town_country,
    lends_country,
    lent_country,
    people_states,
    placed_home,
)
from accord.actors.credits import credited_journalists
from accord.actors.delayed_names import delayed_group_names, delayed_names
from accord.actors.described_people import DESCRIPTION_RULE, TEMPORAL_MODIFIERS, descriptions_name_people
from accord.actors.document_people import (
    BACK_REFERENCE_RULES,
    UNPLACED_RULES,
    families_of_named_people,
    known_people_by_surname,
    names_after_plural_description,
    names_after_plural_title,
    names_never_people,
    one_description_per_person,
    refer_surnames_to_full_names,
    titles_name_their_one_holder,
)
from accord.actors.genders import agrees, shared_genders
from accord.actors.handles import social_media_handles
from accord.actors.kb import NAME_SUFFIXES as SUFFIXES
from accord.actors.kb import SAME_SECTOR, KnowledgeBase
from accord.actors.kin import relatives_named_by_surname
from accord.actors.nomination_story import nomination_story_groups
from accord.actors.place_in_phrase import lend_place_in_phrase, place_words
from accord.actors.places_acting import places_acting
from accord.actors.regions import REGION_RULE, region_root
from accord.actors.representation import lawyers_of_the_represented
from accord.actors.resolver import HONORIFICS, PERSON_POSSESSIVES, ActorResolver, Resolution, known_person
from accord.actors.spans import mention_root, states_side
from accord.actors.text import Tok, key, tokenize
from accord.budget import check_time
from accord.dateline import doc_opening_dateline, find_doc_dateline
from accord.doc_index import Chars, doc_text, sentences, span_text, token_chars, token_table, tokens_text
from accord.layout import doc_layout
from accord.records import Actor
from accord.syntax import NOMINAL_SUBJECT_DEPS, PLURAL_NOUN_TAGS, RELATIVE_PRONOUNS, nominal_subject
from accord.words import shared_words

# Entity labels of the words of a time phrase, which the parser can hang on a name ("December Donald Trump").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
PLACE_ENTITIES = frozenset({"GPE", "LOC"})  # the entity labels of a country's or region's name
LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "predet"})
CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
PERSON_DESCRIPTION_PREPS = frozenset({"of", "from", "at", "with"})
SECTOR_DESCRIPTION_PREPS = frozenset({"of", "from", "in"})
PLURAL_NOUNS = {
    "country": "country", "nation": "country", "state": "country", "government": "country",
    "side": "country", "capital": "country", "neighbour": "country", "neighbor": "country",
    "party": "country", "leader": "person", "president": "person", "minister": "person",
}
PLURAL_MARKERS = frozenset({"two", "both", "three", "all"})
ORGANISATION_KINDS = frozenset({"organisation", "igo"})
# What the knowledge base names in a mention's description is a mention of its own ('Sam Heller at the Century
# Foundation', 'supporters of Bernie Sanders'); a country there is a place or a nationality ('a refugee in
# Lebanon'), which the mention's actor takes in.
EMBEDDED_KINDS = frozenset({"organisation", "igo", "person"})
THEN = "then"
POSSESSED_PERSON = "possessive-person+sector-word"  # the resolver's rule for "Merkel's spokesman", "Assad's forces"
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})  # a name of these owns no campaign


def _campaigns_pronoun(doc: Doc, left: int, head: int, made: Sequence[Actor], memory: _Memory) -> list[Actor]:
    """'his campaign' read as the person's campaign: the possessive pronoun is still the person, a mention of
    its own at its own word, as 'Hillary Clinton' is in "Hillary Clinton's campaign"."""
    owner = doc[left] if left < head and doc[left].dep_ == "poss" and doc[left].lower_ in PERSON_POSSESSIVES \
        else None
    body = next((a for a in made if PERSONS_BODY in (a.rule or "") and a.name), None)
    if owner is None or body is None or not body.name or not body.name.endswith(f" {doc[head].lower_}"):
        return []
    name = body.name[: -len(doc[head].lower_) - 1]
    person = next((a for _, a in reversed(memory.recent) if a.kind == "person" and a.name == name), None)
    if person is None:
        return []
    return [replace(person, text=owner.text, start=owner.idx, end=owner.idx + len(owner.text), rule=PRONOUN_RULE)]


def _pronouns_own_body(token: Token, offices: frozenset[str]) -> bool:
    """'his campaign', 'her campaign for president': a person's own body (``person_bodies``) owned by a person's
    possessive pronoun and by nothing else before it. A word before it says which campaign it is ('his bombing
    campaign', 'her Senate campaign', 'his military campaign'), and so does a cause after it ('his campaign
    against corruption', 'her campaign for land reform', 'his campaign to ban mines'): an act or another body's,
    no organisation. Only an office it is for ('for president', ``body_offices``) keeps it the candidacy's."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "poss" and lefts[0].lower_ in PERSON_POSSESSIVES \
        and not _for_a_cause(token, offices)


def _for_a_cause(token: Token, offices: frozenset[str]) -> bool:
    """A campaign whose words after it name a cause: an infinitive or clause of its aim, a prep "against" or "on",
    or "for" anything but an office (a name counts as an office: "for the Senate", "for Congress")."""
    for child in token.rights:
        if child.dep_ in ("acl", "relcl"):
            return True
        if child.dep_ != "prep":
            continue
        if child.lower_ in ("against", "on"):
            return True
        if child.lower_ == "for" and any(p.dep_ == "pobj" and p.pos_ != "PROPN" and p.lower_ not in offices
                                         and p.lemma_.lower() not in offices for p in child.children):
            return True
    return False


PERSON_MODIFIER = "person-modifier+"  # the resolver's rule for 'Trump supporters', 'the anti-Assad rebels'
# parts of speech of a capitalised word that opens a sentence or a name without being one ('The', 'Its')
NOT_NAME_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "PUNCT", "NUM"})
GROUP_NAME_RULE = "group-name"  # the resolver's rule for a voluntary group's name ('the Friends of Abe')
OCCUPATION_TAGS = frozenset({"NN", "NNP"})  # one person's trade: 'actor', not 'state actors'
NAME_OCCUPATION_RULE = "name-occupation"  # a trade written right before a person's name ('actor Dale Fenwick')
DESCRIBED_PERSON = "person-described"  # the rule of a name whose own words (an apposition) describe it
PERSONS_BODY = "person's-body"  # the resolver's rule for 'the Sanders campaign'
# Nouns for a state's government as a whole ('the regime', 'the authorities'): the country's entry, GOV
GOVERNMENT_NOUNS = frozenset({"government", "regime", "administration", "authorities"})
GOVERNMENT_SECTOR = "GOV"
RELATION_AGENT = "+relation-agent"  # the rule part of a name before '-backed', '-led': a backer, heading nothing
DEFINITE_ANTECEDENT = "definite-antecedent"  # bridging's rule part: 'the regime' after 'the Syrian regime'
GIVEN_NAME_RULE = "given-name-back-reference"  # 'Hillary' for Hillary Clinton, named in full in the text
PLACE_METONYM = "place-metonym"  # the resolver's rule for a place's name standing for a body ('Europe': the EU)
THEN_PREFIX = re.compile(r"\bthen-$", re.IGNORECASE)  # 'then-President X', written just before a mention
_PLURAL_TAGS = frozenset(get_string_id(tag) for tag in PLURAL_NOUN_TAGS)
_SINGULAR_NOUN = get_string_id("NN")
PRONOUNS = shared_words().pronouns(("person",))
REPORTING_PRONOUNS = shared_words().pronouns(("group",), ("subject", "possessive"))
POSSESSIVE_PRONOUNS = shared_words().pronouns(cases=("possessive",))
# a relative's phrase opened by these names someone in particular ('son of the candidate', 'his son')
DEFINITE_RELATIVE_OPENERS = frozenset({"the"}) | POSSESSIVE_PRONOUNS
GENDERS = shared_genders()
PRONOUN_REACH = 2  # sentences a pronoun may look back for its person
DEFINITE_REACH = 1  # sentences 'the president' or 'the country' may look back
ACL_REACH = 8  # longest participle clause ("fleeing the civil war in Liberia") kept in a mention


def _standing_not_trade(word: Token) -> bool:
    """'a *rising* star', 'Republican star Jo Marsh': a trade word with an adjective or a party's or nation's
    adjective of its own tells a standing in that party or field, not a performer's billing."""
    return any(c.dep_ == "amod" or (c.dep_ == "compound" and c.ent_type_ == "NORP") for c in word.children)


@dataclass
class _Tally:
    """How often each party was mentioned in ``recent[:folded]`` and where first, so that ranking the story's
    parties costs the new mentions only, not the whole story again (long documents ask once per plural)."""

    counts: dict[str, int] = field(default_factory=dict)
    first: dict[str, tuple[int, Actor]] = field(default_factory=dict)  # identity -> (index in recent, actor)
    folded: int = 0
    latest: int = -1  # the largest offset folded in

    def fold(self, recent: list[tuple[int, Actor]], before: int, want: str) -> None:
        """Take in the mentions after the folded prefix while they start before ``before``."""
        while self.folded < len(recent) and recent[self.folded][0] < before:
            offset, actor = recent[self.folded]
            _count(self.counts, self.first, self.folded, actor, want)
            self.latest = max(self.latest, offset)
            self.folded += 1


def _count(counts: dict[str, int], first: dict[str, tuple[int, Actor]], position: int, actor: Actor,
           want: str) -> None:
    ident = _identity(actor, want)
    if ident:
        counts[ident] = counts.get(ident, 0) + 1
        first.setdefault(ident, (position, actor))


@dataclass
class _Memory:
    """What the document has introduced so far (per document, never shared)."""

    people: dict[str, Actor] = field(default_factory=dict)  # normalised name part -> person record
    # the same for the known people the whole text names in full, asked when no one met so far has the name
    cast: dict[str, Actor] = field(default_factory=dict)
    # given names of the people met so far ('hillary' -> Hillary Clinton); None where two people share one
    given: dict[str, Actor | None] = field(default_factory=dict)
    cast_given: dict[str, Actor | None] = field(default_factory=dict)  # the same for the whole text's cast
    # surnames two or more known people the text names in full share ('bush': Jeb Bush, George W. Bush)
    shared_surnames: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    # surnames the story has already written alone for a person named before ('clinton' -> 'Hillary Clinton'):
    # its short form for them; and a namesake named in full after that, with where their paragraph ends
    surname_alone: dict[str, str] = field(default_factory=dict)
    namesake_here: dict[str, tuple[Actor, int]] = field(default_factory=dict)
    named_in_full: set[str] = field(default_factory=set)  # people a mention has named with their given name
    # surnames of people named in full as another's kin, left to the relative known by them (_surname_left_to_kin)
    kin_surnames: set[str] = field(default_factory=set)
    groups: list[tuple[int, tuple[Actor, ...]]] = field(default_factory=list)  # (char offset, coordinated)
    recent: list[tuple[int, Actor]] = field(default_factory=list)  # every resolved actor, in order
    salience: dict[str, _Tally] = field(default_factory=dict)  # per wanted kind: counts over a prefix of recent
    pairs: dict[str, _Pairs] = field(default_factory=dict)  # per wanted kind: the groups naming two of them
    sentence_starts: list[int] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # a person's name -> the gender a mention told
    # a person's name -> the gender a pronoun bound to them alone told: weaker than a title or a given name
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    text: str = ""
    dateline: tuple[int, int] | None = None  # where the story was filed ("TALLINN, Jan 17 -"): never an actor
    # one-word names the text never gives as a person's and tags as a place or organisation (names_never_people)
    never_people: dict[str, str] = field(default_factory=dict)
    paragraph_starts: tuple[int, ...] = ()  # where the layout starts a paragraph (character offsets, ascending)

    def paragraph_end(self, offset: int) -> int:
        """Where the paragraph holding the character ``offset`` ends: at the next of the layout's breaks
        (``accord.layout``, where a sentence must start): a paragraph's start (every line in text taken from a
        page, only a blank line in hard-wrapped text, whose lines break inside sentences), and also the edges
        of boilerplate inside a line (a teaser run of other articles' headlines, a credit or link lead-in), so
        the stretch ends there too, not only at a paragraph's end."""
        k = bisect_right(self.paragraph_starts, offset)
        return self.paragraph_starts[k] if k < len(self.paragraph_starts) else len(self.text)

    def in_dateline(self, actor: Actor) -> bool:
        return self.dateline is not None and actor.start is not None \
            and self.dateline[0] <= actor.start < self.dateline[1]


class MentionFinder:
    """Finds and resolves the actor mentions of one document."""

    def __init__(self, resolver: ActorResolver, place_country: Callable[[str], str | None] | None = None) -> None:
        self.resolver = resolver
        self.kb = resolver.kb
        # the country of a town or region by its name (the gazetteer's): where a story is set
        self.place_country = place_country
        # 'Follow Jo Park on Twitter': the one-word platforms an author's sign-off names, once per knowledge base
        self.sign_off_platforms = one_word_platforms(self.kb.media_platforms)

    def find(self, doc: Doc, date: str | None) -> list[Actor]:
        text = doc_text(doc)
        toks = tokenize(text)
        starts = [t.start for t in toks]
        contextual = self.resolver.in_context(toks)
        if contextual is not self.resolver:  # 'Congo' in a story about Brazzaville
            return MentionFinder(contextual, self.place_country)._find(doc, date, text, toks, starts)
        return self._find(doc, date, text, toks, starts)

    def _find(self, doc: Doc, date: str | None, text: str, toks: list[Tok], starts: list[int]) -> list[Actor]:
        spans = sentences(doc)
        memory = _Memory(text=text, sentence_starts=[s.start_char for s in spans], dateline=doc_opening_dateline(doc),
                         paragraph_starts=doc_layout(doc).breaks)
        cast = _Memory()  # the people the text names in full anywhere: a headline's surname is one of them
        by_surname = known_people_by_surname(toks, self.resolver, date)
        for surname, people in by_surname.items():
            if len(people) == 1:
                _remember_person(cast, next(iter(people.values())))
            else:
                memory.shared_surnames[surname] = tuple(people.values())
        memory.cast = cast.people
        memory.cast_given = cast.given
        memory.never_people = names_never_people(doc)
        found: list[Actor] = []
        for index, sent in enumerate(spans):
            check_time()  # a sentence boundary: a document out of time stops here
            sentence_actors = self._sentence(doc, sent, index, toks, starts, date, memory)
            found.extend(sentence_actors)
        # 'Mr. Sanders' in the lead, 'Senator Bernie Sanders' three paragraphs on: the whole article decides
        found = refer_surnames_to_full_names(found, toks, self.resolver, date)
        found = names_after_plural_title(found, text)
        # 'the British aid workers David Haines and Alan Henning': the description is each name's
        found = names_after_plural_description(found, text)
        found = families_of_named_people(found, by_surname)  # 'the Clintons' after Hillary and Bill Clinton
        found = lawyers_of_the_represented(doc, found)  # 'Jo Marsh, who represents Ann Lee': her lawyer, JUD
        # 'Jo Marsh is a research associate at the Hoover Institution': what an apposition would say
        found = copular_descriptions(doc, found, self.resolver, toks, starts, date, self.kb.heading_verbs)
        # 'Reporting by Ana Ruiz; Editing by Sam Hart', 'Jo Park reported in the Ledger': journalists, MED
        found = credited_journalists(doc, found, self.kb.credit_lines, self.sign_off_platforms)
        found = one_description_per_person(found)
        found = officers_of_named_force(found, self.kb.force_members, self.kb.force_sectors,
                                        self.kb.country_and_seat_names)
        found = definite_descriptions_point_back(found, self.kb.country_names)
        # 'the prime minister' paragraphs after 'Theresa May': the one holder of the title the article names
        found = titles_name_their_one_holder(found)
        # 'An Ohio man pleaded guilty ... Martin Delacroix Jr. was arrested': the opening's person, named later
        found = delayed_names(doc, found, memory.sentence_starts)
        # 'Two prison guards were charged ... The guards, Ann Lee and Tom Ruiz, slept': the group's members, named later
        found = delayed_group_names(doc, found, memory.sentence_starts)
        # 'the candidate', 'the Democratic nominee' after 'Tom Harlan, the Democratic nominee': that person
        found = descriptions_name_people(doc, found, lambda actor: mention_root(doc, actor),
                                         known_as=self.kb.known_as)
        # 'her husband' in a story naming Hillary and Bill Clinton: the one relative of that surname and gender
        found = relatives_named_by_surname(doc, found, {w[0] for w in self.kb.kinship_words if len(w) == 1})
        # 'Kenya's Ministry of Health ... the ministry': a description repeating the head of a body's name
        found = bodies_named_by_their_head(_name_head_candidates(doc, found, self.kb.name_head_bodies),
                                           self.kb.country_names)
        # 'the FBI ... the agency', 'the Taliban ... the armed group': a generic noun names the last such body
        found = generic_bodies_point_back(found, self.kb.generic_body_nouns, self.kb.sector_families,
                                          lambda offset: bisect_right(memory.sentence_starts, offset) - 1,
                                          self.kb.country_and_seat_names)
        # 'an Islamic State cell ... the two remaining members': members of the body last named
        found = members_of_named_body(found, self.kb.membership_nouns,
                                      lambda offset: bisect_right(memory.sentence_starts, offset) - 1,
                                      self.kb.country_and_seat_names, lambda actor: _head_has_compound(doc, actor))
        found = repeated_descriptions_point_back(found)  # 'Syrian regime forces ... regime forces'
        found = abbreviations_take_their_definition(found, text)
        # 'the Syrian Negotiations Commission ... the SNC': the initials of a body named in full before
        found = abbreviations_of_named_bodies(found)
        # 'the PKK, an outlawed militant group', 'the militia is a terrorist organisation': the named actor
        found = apposed_descriptions_name_their_referent(doc, found)
        # 'prosecutors', 'the ministry', 'security forces' that no earlier mention names: their sentence's country
        found = self._descriptions_in_sentences(doc, found, memory)
        # 'he wrote on Facebook', 'a video posted on YouTube': the platform is where it was said, no actor
        found = [a for a in found if not _platform_as_medium(doc, a, self.kb.media_platforms)]
        # 'the Employee Free Choice Act', 'the Central American Minors program': the name of a thing, no actor
        found = [a for a in found if not _guessed_name_of_a_thing(doc, a, self.kb.thing_name_heads)]
        # 'the PKK has fought an insurgency': what a group wages, no actor; 'the insurgency struck' is the group
        found = [a for a in found if not _activity_not_acting(doc, a, self.kb.activity_bodies)]
        if self.place_country is not None:  # 'fighting in Afrin', 'a rebel from Idlib': a town, not a person
            found = [a for a in found
                     if not _guessed_name_is_a_place(doc, a, self.place_country, self.kb.person_surnames)]
        if self.place_country is not None:  # 'Dayton Police Department': its town's country
            found = lend_town_country(found, self.place_country, self._describes)
            # 'Sinaloa state police', 'the governor of Nangarhar province': the place the phrase names
            found = lend_place_in_phrase(doc, found, self.place_country, self._describes,
                                         self.kb.foreign_facing_titles)
        if self.place_country is not None:  # 'In Manchester, about 100 protesters demonstrated': there, not home
            found = lend_sentence_place(found, self._sentence_places(doc))
            # 'Ohio sued the agency', 'the state asked a federal judge': the place's government
            found = places_acting(doc, found, self.place_country, self.kb.place_government_acts)
        # 'more than 100 convention delegates', delegates in a story on a nomination: the party's, not envoys
        # and a candidate's supporters in such a story are voters ('Kasich supporters')
        found = nomination_story_groups(doc, found, self.kb.party_delegates)
        # 'Republicans approved the nominee' in a story on a chamber's confirmations: the party's caucus, LEG
        found = confirmation_story_caucuses(doc, found, self.kb.confirmation_story,
                                            self.kb.opens_longer_name)
        # where the story's actors come from, not where they go ('visited Chad', 'talks in Kenya')
        # (a name inside a longer mention was weighed with it: counted once, as before it had a record of its own)
        # (a country lent to a description is the sentence's, counted there already)
        # (an outlet's country is where the story was told, not whose its actors are: it never names the story's
        # home on its own, but a story is mostly told by its own country's outlets, so it adds weight to a country
        # the story's other actors name: _with_outlets)
        # (a description apposed to a name is that name's actor, counted at the name: APPOSED_RULE)
        evidence = _with_outlets([a for a in found if not _destination(text, a) and not _embedded(a)
                                  and not (a.rule or "").endswith((SENTENCE_COUNTRY_DESCRIPTION, APPOSED_RULE))])
        # 'its troops', 'their leaders': the possessive says whose they are; that is coreference's answer,
        # never the story's default
        # (a coalition at war is several states': none of them alone, and not the country it fights in)
        open_to_lend = [i for i, a in enumerate(found) if a.text[: a.text.find(" ")].lower() not in POSSESSIVE_PRONOUNS
                        and not _states_alliance(a) and not states_side(a)]
        # where the story's places are ('shelling in Syria'): rebels fight there, and a story whose actors name
        # no one country is at home there
        setting = home_country(a.country for a in found if a.kind == "country" and _destination(text, a))
        # a local story may name its country only by its towns and states ('officers in Leeds')
        placed = placed_home(self._place_countries(doc), evidence)
        lent = lend_home_country([found[i] for i in open_to_lend], evidence, self.kb.foreign_facing_titles, setting,
                                 placed, self._nearby_state(doc, found),
                                 civil_sectors=self.kb.civil_state_sectors)
        for i, actor in zip(open_to_lend, lent, strict=True):
            found[i] = actor
        home = home_country(evidence) or placed
        found = lend_rebels_setting(found, setting, home)
        # 'Kurdish forces in Afrin': the state, of those the people lives in (the places read only when a
        # description names such a people)
        if self.place_country is not None and any(people_states(a, self.kb.homelands) for a in found):
            found = lend_homeland(found, self.kb.homelands, self._located_places(doc, found), setting, home,
                                  lent_country)
        if home is not None and date is not None:
            found = [self._home_title_holder(actor, home, date) for actor in found]
        found = back_references_keep_the_persons_country(found)
        # '@ellie_r wrote': an account holder, with no country (so only after the home country is lent)
        found = social_media_handles(text, found, lambda word: self._known_entry(word, date),
                                     memory.sentence_starts)
        return [self._the_state_itself(self._national_body(actor)) for actor in found]

    def _known_entry(self, word: str, date: str | None) -> Actor | None:
        """The knowledge base's entry written ``word`` ('Reuters', 'GOP'), if there is one."""
        resolution = self.resolver.resolve(word, date)
        return resolution.actor if resolution is not None and resolution.entry else None

    def _descriptions_in_sentences(self, doc: Doc, found: list[Actor], memory: _Memory) -> list[Actor]:
        """Each sentence's descriptions of a state's institutions with no country of their own take the one
        country its other mentions name (:func:`lend_to_descriptions`) — after the document's back-references
        ('the court' after 'the Supreme Court', 'officers' after the police force named), which say more."""
        by_sentence: dict[int, list[int]] = {}
        for i, actor in enumerate(found):
            if actor.start is not None:
                by_sentence.setdefault(bisect_right(memory.sentence_starts, actor.start) - 1, []).append(i)
        out = list(found)
        for members in by_sentence.values():
            actors = [found[i] for i in members]
            places = [_argument_place(doc, a) for a in actors]
            # each mention's phrase head once per sentence, not once per pair of its mentions
            heads = [(a, _phrase_head_token(doc, a)) for a in actors]
            for i, actor, place, (_, head) in zip(members, actors, places, heads, strict=True):
                # a country its own phrase names is its owner ("coast guard ships *from China*"); else the
                # sentence's, but the other side of the description's own act is its counterpart, not its
                # owner: "the ministry condemned Israel", "Turkey shelled the soldiers"
                # a bare weapon or vehicle is a force's: only a state body of the sentence can own it, never the
                # country of a place or a private party ('a drone hit a convoy near the Syrian border', 'a drone
                # from a Chinese firm'; 'the army said a drone hit ...' lends the army's)
                machine = _force_machine(actor, self.kb.force_machines)
                evidence = _phrase_owners(actor, head, heads) \
                    or self._owners_of_named_body(actor, [
                        a.country for a, at in zip(actors, places, strict=True)
                        if a.country and not _destination(memory.text, a) and not _counterparts(place, at)
                        and lends_country(a) and (not machine or a.sector in self.kb.state_sectors)])
                out[i] = lend_to_descriptions([actor], evidence, self.kb.foreign_facing_titles,
                                              self.kb.state_sectors, self._owned_or_alliance)[0]
        return out

    @staticmethod
    def _owned_or_alliance(actor: Actor) -> bool:
        """A description its sentence lends no country: one a possessive owns ('its troops'), or a coalition at
        war (several states')."""
        return _possessed(actor) or _states_alliance(actor) or states_side(actor)

    def _owners_of_named_body(self, actor: Actor, countries: list[str | None]) -> list[str | None]:
        """'In its budget, Congress funded a project with Israel's army': a body written as a name (capitalised)
        that the knowledge base knows as some countries' institution ('US Congress', 'Philippine Congress') is
        no institution of a country that has none of that name; the sentence lends it only such a country, else
        nothing (the story's country may then name it: :meth:`_national_body`)."""
        owners = self._named_body_countries(actor)
        return countries if owners is None else [c for c in countries if c in owners]

    def _named_body_countries(self, actor: Actor) -> frozenset[str] | None:
        if actor.name is not None or actor.kind != "organisation" or actor.sector is None:
            return None
        words = [w for w in actor.text.split() if w.lower() != "the"]
        if not words or not all(w[:1].isupper() for w in words):
            return None  # 'the army' in lower case may be any army the story speaks of
        return self.kb.body_countries(actor.sector, actor.text) or None

    def _national_body(self, actor: Actor) -> Actor:
        """'the Senate', 'Congress', 'the Army' written as a name (capitalised) in a story whose country is now
        known: that country's body of that name, when the knowledge base has exactly one (``national_body``)."""
        if actor.name is not None or actor.kind != "organisation" or actor.country is None or actor.sector is None:
            return actor
        words = [w for w in actor.text.split() if w.lower() != "the"]
        if not words or not words[0][:1].isupper():
            return actor  # 'the army' in lower case may be any army the story speaks of
        entry = self.kb.national_body(actor.country, actor.sector, actor.text)
        return actor if entry is None else replace(actor, name=entry.name, rule=f"{actor.rule}+national-body")

    def _the_state_itself(self, actor: Actor) -> Actor:
        """'The Syrian regime ... the regime': a definite 'regime', 'government', 'authorities' that points back
        to a mention of a country's government is that state itself, which the knowledge base's country entry
        stands for — named by the country, as its antecedent is ('Syria'). Not 'the ministry', 'the agency': a
        body of the state, not the state; nor one whose country only its sentence or the story lends (a guess
        that later stages may still correct)."""
        if actor.name is not None or actor.country is None or actor.sector != GOVERNMENT_SECTOR \
                or actor.kind not in ("organisation", "group") or actor.role \
                or DEFINITE_ANTECEDENT not in (actor.rule or "").split("+"):
            return actor
        words = actor.text.lower().split()
        if not words or words[-1].strip(".,;:'’]") not in GOVERNMENT_NOUNS:
            return actor
        entry = self.kb.entries.get(actor.country)
        if entry is None or entry.kind != "country":
            return actor
        return replace(actor, name=entry.name, rule=f"{actor.rule}+the-state")

    def _is_name(self, text: str) -> bool:
        """``text`` is a name the knowledge base knows ('South Korea', a compass word and all)."""
        return key(text) in self.kb.names

    def _describes(self, word: str) -> bool:
        """Whether ``word`` says what kind of actor one is ('University', 'Police'): a sector word."""
        return (word.lower(),) in self.kb.sector_words

    def _place_countries(self, doc: Doc) -> list[str | None]:
        """The countries of the story's towns, regions and dateline (the model's place names, one lookup
        each): where it is set, read before the place stage geocodes them."""
        if self.place_country is None:
            return []
        names = [(ent.start_char, span_text(ent)) for ent in doc.ents if ent.label_ in PLACE_ENTITIES]
        dateline = find_doc_dateline(doc)
        if dateline is not None and all(start != dateline.start for start, _ in names):
            names.append((dateline.start, dateline.name))
        return [self.place_country(name) for _, name in names]

    def _nearby_state(self, doc: Doc, found: list[Actor]) -> Callable[[Actor], str | None]:
        """The country the context of a description names (its sentence and the one before): the one country of
        the states the text names there — a country's name or a named civil state body (not an armed force, which
        names the side a description fights as often as its own), not a person, not a nationality
        word, not a country lent from context, nor a place someone goes to or where something is ('visited
        Chad', 'an enclave inside Syria'), nor a name compounded before a noun ('the Iraq war'); with none, the
        one country of the places it names where something is (not where someone goes or comes from: 'sent back
        to Syria'). Two or more countries, or none, say nothing. A description of a stateless people's men
        ('Kurdish officials') is no state's it names. The tables are built at the first question only: most
        stories have a home country and never ask."""
        text = doc.text
        tables: list[tuple[list[int], dict[int, set[str]], dict[int, set[str]]]] = []

        def build() -> tuple[list[int], dict[int, set[str]], dict[int, set[str]]]:
            starts = [s.start_char for s in sentences(doc)]
            named: dict[int, set[str]] = {}
            for actor in found:
                # a nationality word alone (its rule DEMONYM_RULE whole) modifies a thing or names a language as
                # often as it names a state; one heading a state body's description ('the Syrian government',
                # 'demonym+sector-word') or an act of state ('the Turkish offensive', 'demonym+state-act') names it
                if actor.start is None or actor.country is None or actor.name is None or _embedded(actor) \
                        or not (actor.kind == "country" or (actor.kind == "organisation"
                                                            and actor.sector in self.kb.civil_state_sectors)) \
                        or actor.rule == DEMONYM_RULE or lent_country(actor) or _destination(text, actor) \
                        or _placed_by(text, actor) or _modifies_a_noun(doc, actor):
                    continue
                named.setdefault(bisect_right(starts, actor.start) - 1, set()).add(actor.country)
            placed: dict[int, set[str]] = {}
            if self.place_country is not None:
                for ent in doc.ents:
                    if ent.label_ not in PLACE_ENTITIES or _after_movement(doc, ent.start):
                        continue
                    country = self.place_country(span_text(ent))
                    if country is not None:
                        placed.setdefault(bisect_right(starts, ent.start_char) - 1, set()).add(country)
            return starts, named, placed

        def nearby(actor: Actor) -> str | None:
            if actor.start is None or any(w in self.kb.stateless_peoples for w in actor.text.lower().split()):
                return None
            if not tables:
                tables.append(build())
            starts, named, placed = tables[0]
            here = bisect_right(starts, actor.start) - 1
            for table in (named, placed):
                countries = table.get(here, set()) | table.get(here - 1, set())
                if countries:
                    return next(iter(countries)) if len(countries) == 1 else None
            return None

        return nearby

    def _sentence_places(self, doc: Doc) -> list[tuple[int, int, frozenset[str]]]:
        """Each sentence's character span and the countries of the places it names (the model's place names,
        one gazetteer lookup each)."""
        assert self.place_country is not None
        spans = sentences(doc)
        starts = [s.start_char for s in spans]
        by_sentence: dict[int, set[str]] = {}
        for ent in doc.ents:
            if ent.label_ not in PLACE_ENTITIES:
                continue
            country = self.place_country(span_text(ent))
            index = bisect_right(starts, ent.start_char) - 1
            if country is not None and index >= 0:
                by_sentence.setdefault(index, set()).add(country)
        return [(spans[i].start_char, spans[i].end_char, frozenset(countries))
                for i, countries in by_sentence.items()]

    def _located_places(self, doc: Doc, found: list[Actor]) -> list[tuple[int, int, list[PlaceMention]]]:
        """Each sentence's character span and the places it names (:class:`PlaceMention`): its towns and
        regions, and the countries it names as a land ('northern Iraq': no sector) or after a locative
        preposition ('in Turkey') — not as the state that acts ('Turkey shelled'), nor a nationality word ('the
        Iraqi border', 'Turkish patrons'); each with whether a locative preposition comes before it ('fighting
        *in Afrin*') and the relative clause it sits in ('a group which fought *in Turkey*')."""
        assert self.place_country is not None
        spans = sentences(doc)
        starts = [s.start_char for s in spans]
        # a capital or country the actor stage read as the state acting ('orchestrated by Ankara', 'the
        # Ankara-backed rebels') is no place unless a locative preposition says so
        acting = {a.start for a in found if a.sector is not None and a.start is not None}
        places = [(ent.start_char, self.place_country(span_text(ent)), ent.start_char not in acting)
                  for ent in doc.ents if ent.label_ in PLACE_ENTITIES]
        places += [(a.start, a.country, a.sector is None) for a in found if a.kind == "country"
                   and a.start is not None and not _embedded(a) and a.rule != DEMONYM_RULE
                   and not _modifies_a_noun(doc, a)]
        by_sentence: dict[int, list[PlaceMention]] = {}
        for start, country, land in places:
            index = bisect_right(starts, start) - 1
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            if country is None or index < 0 or span is None or len(span) == 0:
                continue
            root = _place_root(doc, span[0])
            if root.dep_ == "poss" or any(c.dep_ == "case" for c in root.children):  # "Turkey's border": whose
                continue
            if _directional(root):  # 'shelling from Turkey's border provinces': not where they are
                continue
            located = _after_locative(doc, root)
            if located or land:
                by_sentence.setdefault(index, []).append(
                    PlaceMention(start, country, located, _relative_clause(doc, start)))
        return [(spans[i].start_char, spans[i].end_char, found_here) for i, found_here in by_sentence.items()]

    def _home_title_holder(self, actor: Actor, home: str, date: str) -> Actor:
        """'The prime minister said' in a story about one country's affairs: that country's prime minister on
        the date, as its own papers write — the bare title, with no name, no country and nothing else."""
        if actor.country is not None or actor.kind not in ("person", "group") or actor.name or not actor.role \
                or actor.text.lower().removeprefix("the ").strip() != actor.role.lower():
            return actor
        holders = self.kb.office_holders(home, actor.role, date)
        if len(holders) != 1:
            return actor
        entry, office = holders[0]
        return replace(actor, name=entry.name, country=home, sector=office.sector, role=office.role, kind="person",
                       rule=f"{actor.rule}+home-title-holder")

    # --- one sentence --------------------------------------------------------------------------------------

    def _sentence(
        self, doc: Doc, sent: Span, index: int, toks: list[Tok], starts: list[int], date: str | None,
        memory: _Memory,
    ) -> list[Actor]:
        lo, hi = bisect_left(starts, sent.start_char), bisect_left(starts, sent.end_char)
        sent_toks = toks[lo:hi]
        covered: set[int] = set()  # spaCy token indices inside names/sector words
        anchors: dict[int, str] = {}  # head token index -> why it is an anchor
        names: list[tuple[int, int]] = []  # spaCy token ranges of knowledge-base names
        organisations: set[int] = set()  # the head tokens of names the knowledge base knows as organisations only
        name_matches = list(self.resolver.match_names(sent_toks))
        agents: list[tuple[int, int]] = []  # names before '-backed', '-led': actors of their own, heading nothing
        for start, end, targets in name_matches:
            span = doc.char_span(sent_toks[start].start, sent_toks[end - 1].end, alignment_mode="expand")
            if span is None or _inside_person_name(span):
                continue
            if _place_descriptor(memory.text, span):
                if _relation_agent(memory.text, span):
                    agents.append((start, end))
                    covered.update(range(span.start, span.end))  # no proper-name guess at it either
                continue
            names.append((span.start, span.end))
            covered.update(range(span.start, span.end))
            anchors.setdefault(span.root.i, "name")
            if all(self.kb.entries[t.entry].kind in ORGANISATION_KINDS for t in targets):
                organisations.add(span.root.i)
        named = {i for s, e, _ in name_matches for i in range(s, e)}
        for span in self._sector_spans(doc, sent_toks, named):
            covered.update(range(span.start, span.end))
            if span.root.pos_ in ("NOUN", "PROPN"):
                anchors.setdefault(span.root.i, "sector")
        for i in self._persons_bodies(sent, memory):
            covered.add(i)
            anchors.setdefault(i, "sector")
        for i in self._sides(sent):  # not covered: the owner ('Trump', 'his') stays a mention of its own
            anchors.setdefault(i, "sector")
        poses = token_table(doc).pos
        for i in range(sent.start, sent.end):
            kind = _anchor_kind(doc[i], covered) if poses[i] in _ANCHOR_POS else None  # ids first: most
            if kind is None and (poses[i] in _NAME_POS or poses[i] == X) and _name_pos(doc[i]) \
                    and (memory.people or memory.cast) \
                    and _met_before(doc[i], covered, memory):
                kind = "proper"  # tokens can head no mention
            if kind is not None:
                anchors[i] = kind
        heads: dict[int, str] = {}
        for i, why in anchors.items():
            head = _climb(doc[i], covered)
            # a person's name the climb reached ('spokesman Zhang Hailong') stays a proper name to describe
            heads.setdefault(head.i, why if head.i == i or anchors.get(head.i) != "proper" else "proper")
        merged_left = _merge_sibling_modifiers(doc, heads)
        apposed = _apposed_names(doc, heads, covered, self.kb, organisations)
        actors: list[Actor] = []
        taken: set[int] = set()
        for i in sorted(heads):
            if i in taken:
                continue
            head = doc[i]
            if i in apposed:  # 'The transport minister, Peter Kamau,': the person, described
                name_head = apposed[i]
                left, right = _trim(name_head, head.left_edge.i, _before_conjuncts(name_head))
                taken.update(range(left, right + 1))
                made = self._apposed_person(doc, head, name_head, left, right, toks, starts, date)
            else:
                left, right = self._extent(head, heads[i], covered, names)
                left = min(left, merged_left.get(i, left))
                taken.update(range(left, right + 1))
                made = self._resolve(doc, head, heads[i], left, right, toks, starts, date, memory, index)
            made = [actor for actor in made if not memory.in_dateline(actor)]
            if made:
                made = [*self._embedded_bodies(doc, (left, head.i, right), names, toks, starts, date, made, memory),
                        *made]
            for actor in made:
                memory.recent.append((actor.start or 0, actor))
                if actor.kind == "person" and actor.name:
                    # 'then-Sen. Barack Obama ... Obama said' in 2016: 'then' gives a sitting office holder
                    # another, earlier office for that mention only; the bare name after it is the person as of
                    # the article's date (a former holder's 'then' opens a story of their time in office, which
                    # the mentions after it go on telling: they keep the office)
                    rule = actor.rule or ""
                    remembered = self.resolver.as_of(actor, date) \
                        if rule.startswith("then+") and rule.endswith("-in-office") else actor
                    _remember_person(memory, remembered, self.kb.kinship_words, self._bearer_tied)
                    _remember_gender(memory, actor)
                elif _described_unknown_body(actor):
                    # 'Brimlo, a supplier of pumps, ... Brimlo said': the body the text described, as a person's
                    # name is remembered, so the bare name later is that body and not a private person
                    memory.people.setdefault((actor.name or "").lower(), replace(actor, start=None, end=None))
            actors.extend(made)
        if agents:
            actors = [*self._relation_agents(sent_toks, agents, date), *actors]  # the name first of equals
        # a person's own description places them before the sentence's other actors do ('Sam Cole, a Leeds
        # grocer, and Ivan Petrov, a Russian-born banker': Cole is from Leeds, not Russia)
        if self.place_country is not None:  # 'Sam Cole, 24, from Leeds': the later 'Cole' follows
            actors = _in_memory(actors, lend_town_country(actors, self.place_country, self._describes), memory)
        # 'Turkish troops and tanks': the tanks are Turkish before the sentence's other countries are weighed
        actors = _in_memory(actors, share_coordinated_nationality(doc, actors), memory)
        actors = _sentence_country(actors, memory, self.kb.foreign_facing_titles)
        _remember_groups(doc, sent, actors, memory)
        return actors

    def _embedded_bodies(self, doc: Doc, span: tuple[int, int, int], names: list[tuple[int, int]], toks: list[Tok],
                         starts: list[int], date: str | None, made: list[Actor], memory: _Memory) -> list[Actor]:
        """'Sam Heller at the Century Foundation', 'supporters of Bernie Sanders', 'the largest army in Nato':
        an organisation or person the knowledge base names after a mention's head (in its description, an
        of-phrase) is an actor of its own as well — the description names it, the mention does not become
        it. What modifies the head from the left ('the UNITA armed wing') is how the mention names its own
        actor, and stays in it — except a body before a person, whose employer it names ('NAACP president
        Derrick Johnson', 'Taliban spokesman Zabihullah Mujahid'): the body is an actor of its own beside the
        person (a country stays in it: "Turkey's Erdoğan" says whose president). Put before
        the longer mention (``made``), so that the name is the first of equals where both cover a word; never a
        second record of the mention's actor. ``span``: the mention's left edge, head and right edge."""
        left, head, right = span
        own = {(a.name, a.country, a.sector, a.kind) for a in made}
        people = {a.name for a in made if a.kind == "person"}  # a person once, whatever office each record gives
        out = []
        if any(POSSESSED_PERSON in (a.rule or "") and a.kind != "organisation" for a in made):
            out.extend(self._aides_principal(doc, left, head, toks, starts, date)
                       or self._people_in_description(doc, head, right, toks, starts, date, memory, serving=True)
                       or self._describing_person(doc, left, head, toks, starts, date, memory))
        if any(PERSON_MODIFIER in (a.rule or "") for a in made):
            out.extend(self._describing_person(doc, left, head, toks, starts, date, memory))
        if any(PERSONS_BODY in (a.rule or "") for a in made):
            out.extend(self._campaigns_candidate(doc, left, head, toks, starts, date, memory)
                       or _campaigns_pronoun(doc, left, head, made, memory))
        for start, end in names:
            before = left <= start and end <= head and any(a.kind == "person" for a in made)
            if not before and (start <= head or end - 1 > right):
                continue
            # the article before the name is the embedded mention's own, as every other mention's is
            # ('Matt Duss, the president of *the Foundation for Middle East Peace*')
            first = start - 1 if start - 1 > (left - 1 if before else head) and doc[start - 1].lower_ == "the" \
                else start
            chars = tokens_text(doc, first, end - 1)
            found = self.resolver.resolve_tokens(toks[bisect_left(starts, chars.start) : bisect_right(
                starts, chars.end - 1)], date)
            served = before and any(t.lower_ in self.kb.serving_words for t in doc[end:head])
            if found is None or found.actor.kind not in EMBEDDED_KINDS \
                    or (before and found.actor.kind == "person" and not served) \
                    or (found.actor.kind != "person" and not any(a.kind == "person" for a in made)):
                continue  # 'activists from the Fatah party' are the party's own: its members, one mention
            inner = found.actor
            if (inner.name, inner.country, inner.sector, inner.kind) in own or (inner.kind == "person"
                                                                                and inner.name in people):
                continue  # the mention's own actor, not another inside it
            out.append(replace(inner.at(chars.text, chars.start, chars.end), rule=f"{EMBEDDED}{inner.rule}"))
        if any(a.kind == "person" and (a.rule or "").startswith(DESCRIBED_PERSON) for a in made):
            known = people | {a.name for a in out}
            out.extend(a for a in self._people_in_description(doc, head, right, toks, starts, date, memory,
                                                              serving=False)
                       if a.name not in known)
        return out

    def _campaigns_candidate(self, doc: Doc, left: int, head: int, toks: list[Tok], starts: list[int],
                             date: str | None, memory: _Memory) -> list[Actor]:
        """'Hillary Clinton's campaign', 'the Sanders campaign': the mention is the campaign; the person whose
        campaign it is, is named too, an actor of their own at their own words (as an aide's principal is)."""
        body = next((t for t in doc[left : head + 1] if t.lower_ in self.kb.person_bodies), None)
        owner = None if body is None else next(
            (c for c in body.lefts if c.dep_ in ("compound", "poss") and _proper(c)), None)
        if owner is None:
            return []
        return self._embedded_person(doc, owner, toks, starts, date, memory)

    def _embedded_person(self, doc: Doc, name: Token, toks: list[Tok], starts: list[int], date: str | None,
                         memory: _Memory) -> list[Actor]:
        """The person named inside a longer mention (a campaign's owner, an aide's principal), as an actor at the
        name's own words (the name with its proper-noun compounds)."""
        first = min([name.i] + [c.i for c in name.lefts if c.dep_ == "compound" and _proper(c)])
        chars = tokens_text(doc, first, name.i)
        person = self._named_person(doc, name, first, toks, starts, date, memory)
        if person is None:
            return []
        return [replace(person.at(chars.text, chars.start, chars.end), rule=f"{EMBEDDED}{person.rule}")]

    def _named_person(self, doc: Doc, last: Token, first: int, toks: list[Tok], starts: list[int],
                      date: str | None, memory: _Memory) -> Actor | None:
        """The person a name inside a longer mention stands for: the one the article named so ('Clinton' after
        Hillary Clinton), else the one the knowledge base knows by it."""
        remembered = self._remembered(doc, last, first, memory)
        if remembered is not None:
            return remembered
        chars = tokens_text(doc, first, last.i)
        found = self.resolver.resolve_tokens(toks[bisect_left(starts, chars.start) : bisect_right(
            starts, chars.end - 1)], date)
        return found.actor if found is not None and found.actor.kind == "person" else None

    def _describing_person(self, doc: Doc, left: int, head: int, toks: list[Tok], starts: list[int],
                           date: str | None, memory: _Memory) -> list[Actor]:
        """'Clinton aides', 'anti-Assad rebels', 'the Trump administration': the mention is the group or body; the
        person whose name describes it is named too, an actor of their own at their own words (the last
        capitalised word before the head, with its proper-noun compounds)."""
        # 'McConnell spokesman Tom Baird': the name before the word for whoever serves, not the aide's given name
        serving = next((t.i for t in doc[left:head] if t.lower_ in self.kb.serving_words), head)
        name = next((t for t in reversed(doc[left:serving]) if t.text[:1].isupper() and t.pos_ not in NOT_NAME_POS),
                    None)
        if name is None or any(t.lower_ in POSSESSIVE_MARKS for t in doc[name.i : head]):
            return []
        return self._embedded_person(doc, name, toks, starts, date, memory)

    def _people_in_description(self, doc: Doc, head: int, right: int, toks: list[Tok], starts: list[int],
                               date: str | None, memory: _Memory, serving: bool) -> list[Actor]:
        """'an aide to Obama', 'Ann Hale, a Sanders supporter', 'Jo Hart, Mr. Smith's lawyer', 'Tim Dole, an
        attorney for Mr. Cruz': a mention's description names another person — after its head, as the object of
        'for' or 'to' (``serving``: the mention itself is the aide, the person served is named) or also of 'of',
        and, in a description apposed to a name, by a proper noun before its head (a compound or a possessor).
        That person is named too, an actor of their own at their own words (a surname as the person named in
        full earlier); the description still describes the first person only. A name that is a firm's or a
        place's ('a lawyer for Wicker & Sons', 'a Ford executive', 'the mayor of Jackson') names no person."""
        apposed = [c for c in doc[head].rights if c.dep_ == "appos" and c.i <= right]
        named = [] if serving else [c for d in apposed for c in d.lefts if c.dep_ in ("compound", "poss")]
        preps = SERVING_PREPS if serving else DESCRIBING_PREPS
        for description in ([doc[head], *apposed] if serving else apposed):
            for prep in (c for c in description.rights if c.dep_ == "prep" and c.lower_ in preps):
                named.extend(c for c in prep.children if c.dep_ == "pobj" and c.i <= right)
        out: list[Actor] = []
        for name in named:
            if _proper(name) and _names_a_person(name):
                out.extend(self._embedded_person(doc, name, toks, starts, date, memory))
        return out

    def _aides_principal(self, doc: Doc, left: int, head: int, toks: list[Tok], starts: list[int],
                         date: str | None) -> list[Actor]:
        """"Erdoğan's spokesman", "Donald Trump's national security adviser": the mention is the aide; the person
        whose aide they are is named too, an actor of their own at their own words."""
        mark = next((t.i for t in doc[left:head] if t.lower_ in POSSESSIVE_MARKS), None)
        first = left + 1 if doc[left].lower_ == "the" else left
        if mark is None or mark <= first:
            return []
        found = self.resolver.resolve_tokens(toks[bisect_left(starts, doc[first].idx) : bisect_left(
            starts, doc[mark].idx)], date)
        if found is None or found.actor.kind != "person":
            return []
        chars = tokens_text(doc, first, mark - 1)
        return [replace(found.actor.at(chars.text, chars.start, chars.end), rule=f"{EMBEDDED}{found.actor.rule}")]

    def _relation_agents(self, sent_toks: Sequence[Tok], agents: list[tuple[int, int]], date: str | None
                         ) -> list[Actor]:
        """'the Saudi-led coalition', 'Iran-backed militias', 'UN-brokered talks': the name is who leads, backs
        or brokers, an actor of its own (a country so named is its government) that heads no longer phrase."""
        out = []
        for start, end in agents:
            found = self.resolver.resolve_tokens(list(sent_toks[start:end]), date)
            if found is None:
                continue
            actor = found.actor.at(sent_toks[start].raw if end - start == 1 else
                                   _raw_between(sent_toks, start, end), sent_toks[start].start, sent_toks[end - 1].end)
            if actor.kind == "country" and actor.sector is None:
                actor = replace(actor, sector="GOV")
            out.append(replace(actor, rule=f"{actor.rule}{RELATION_AGENT}"))
        return out

    def _persons_bodies(self, sent: Span, memory: _Memory) -> Iterator[int]:
        """'the Sanders campaign', "Cruz's campaign": a person's own body (``person_bodies``) heads a mention
        when a person's name is its compound or possessor — tagged a person, or a surname the article named in
        full; alone ('the bombing campaign') or after a body ('his Senate campaign') it is no actor."""
        doc = sent.doc
        poses = token_table(doc).pos
        for i in range(sent.start, sent.end):
            if poses[i] != NOUN:  # the part of speech's id first: most tokens are no noun
                continue
            token = doc[i]
            if token.lower_ in self.kb.person_bodies and (any(
                    c.dep_ in ("compound", "poss") and _proper(c) and c.ent_type_ not in PLACE_LABELS
                    and (c.ent_type_ == "PERSON" or c.lower_ in memory.people or c.lower_ in memory.cast)
                    for c in token.lefts) or _pronouns_own_body(token, self.kb.body_offices)):
                yield token.i

    def _sector_spans(self, doc: Doc, sent_toks: Sequence[Tok], named: set[int]) -> Iterable[Span]:
        i = 0
        while i < len(sent_toks):
            hit = None if i in named else self.kb.sector_at(sent_toks, i)
            if hit is None:
                i += 1
                continue
            span = doc.char_span(sent_toks[i].start, sent_toks[hit[0] - 1].end, alignment_mode="expand")
            if span is not None:
                yield span
            i = hit[0]

    def _extent(
        self, head: Token, why: str, covered: set[int], names: list[tuple[int, int]]
    ) -> tuple[int, int]:
        """Token range of the mention headed by ``head``: its left modifiers, plus descriptions of people."""
        left = head.i
        for child in head.lefts:
            if child.ent_type_ in TIME_ENTITIES:
                continue  # "In December Donald Trump announced": a date before a name is no part of it
            if child.dep_ in LEFT_DEPS or (child.dep_ == "punct" and child.text == "-"):
                left = min(left, child.left_edge.i)
            elif child.dep_ == "conj" or child.dep_ == "cc":
                continue
        right = head.i
        if why in ("pronoun", "reported-pronoun"):
            return head.i, head.i
        if why == "definite":
            return head.left_edge.i, head.i
        person = why == "proper" and (
            head.ent_type_ == "PERSON" or (head.ent_type_ not in ("GPE", "LOC", "FAC")
                                           and (_described_person(head) or _apposed_description(head, covered)))
        )
        for child in head.rights:
            if _extends(child, head, person, covered) or _serves(child, head, covered, self.kb.serving_words):
                right = max(right, _edge_before_clauses(child))
        while right + 2 < len(head.doc) and _hyphenated_name_part(head.doc[right + 2]) \
                and head.doc[right + 2].pos_ == "PROPN":  # 'Kang Min-seo' parsed as three words
            right += 2
        for start, end in names:  # never cut a name in two ("Democratic People's Republic | of Korea")
            if start <= right and end > left:
                left, right = min(left, start), max(right, end - 1)
        return _trim(head, left, right)

    # --- resolving one mention -----------------------------------------------------------------------------

    def _resolve(
        self, doc: Doc, head: Token, why: str, left: int, right: int, toks: list[Tok], starts: list[int],
        date: str | None, memory: _Memory, sentence: int,
    ) -> list[Actor]:
        chars = tokens_text(doc, left, right)
        start, end = chars.start, chars.end
        if why == "plural":
            return _plural_actors(head, chars, memory)
        if why == "pronoun":
            wanted = GENDERS.of_pronoun(head.lower_)
            excluded = _excluded_people(head, memory)
            excluded += _speaker_to_come(doc, head, sentence, memory, excluded)
            # 'Ward and his allies': the coordinated person, when the pronoun's gender fits them; else the clause's
            # subject (as for 'his aides', _pronoun_owners_aide)
            subject = next((p for p in (_coordinated_owner(head, memory), _clause_subject_person(head, memory))
                            if p is not None and agrees(wanted, _gender(memory, p))), None)
            person = subject if subject is not None and not _among(subject, excluded) else None
            candidates = _people_in_reach(memory, doc, head, sentence, wanted, excluded)
            person = person or (candidates[0] if candidates else None)
            person = person if person is not None and person.name else None
            if person is not None and person.name and wanted is not None and _only_one(person, candidates):
                # 'Reed ... she ...': a pronoun only one person agreed with tells that person's gender to every
                # later one ('he' is not Reed); a doubtful binding tells nothing
                memory.pronoun_genders.setdefault(person.name, wanted)
            return [replace(person, text=head.text, start=start, end=end, rule=PRONOUN_RULE)] \
                if person else []
        if why == "definite":
            bare = Actor(text=chars.text, start=start, end=end)
            referent = _definite_reference(bare, head, memory, sentence)
            return [referent] if referent else []
        if why == "reported-pronoun":
            speaker = _reported_subject(head)
            said_by = [a for off, a in memory.recent if speaker is not None and off <= speaker.idx < (a.end or 0)]
            if speaker is not None and _one_person(speaker, said_by):
                return []  # 'the minister said they ...', 'Lee said it ...': a group or a thing, not the speaker
            return [replace(a, text=head.text, start=start, end=end, rule=PRONOUN_RULE)
                    for a in said_by]
        span_toks = toks[bisect_left(starts, start) : bisect_right(starts, end - 1)]
        remembered = self._remembered(doc, head, left, memory)
        if remembered is not None:
            return [remembered.at(chars.text, start, end)]
        back = self._plural_inside(doc, head, right, chars, span_toks, date, memory)
        if back:
            return back
        resolution = self._persons_body_by_surname(doc, left, right, date, memory) \
            or self.resolver.resolve_tokens(span_toks, date, text=chars.text)
        resolution = _bearer_unsettled(resolution, head, memory, self.kb) or resolution
        if resolution is not None and resolution.rule == "capital-metonym" and _locative(head):
            return []  # 'talks in New Delhi': a place, not the Indian government
        if resolution is not None and resolution.rule == "capital-metonym" and self._where_force_struck(head):
            return []  # 'the Kabul assault', 'the Moscow bombing': where the attack was, not who made it
        if resolution is not None and PLACE_METONYM in resolution.rule and (_locative(head) or _compass(doc, left)):
            return []  # 'refugees arriving in Europe', 'eastern Europe': the place, not the union
        # 'fighting in northern Syria', 'shelled northern Iraq': the land, not its government (kept as a mention
        # of the country: it says where the story is set, and the events stage reads a locative as a place)
        if resolution is not None and resolution.rule == "country-name" \
                and region_root(doc, left, head, self._is_name) is not None:
            actor = replace(resolution.actor, sector=None, rule=f"{resolution.rule}+{REGION_RULE}")
            resolution = replace(resolution, actor=actor, rule=actor.rule or "")
        if resolution is not None and THEN_PREFIX.search(memory.text, max(0, start - len("then-")), start):
            # 'then-Secretary of State Hillary Clinton': the hyphened 'then' stays outside the mention
            titles = self.resolver.written_titles(span_toks) \
                or ([resolution.actor.role.lower()] if resolution.actor.role else [])
            resolution = self.resolver.as_then_holder(resolution, titles)
        elif resolution is not None and resolution.actor.kind == "person" and _proper(head) \
                and not any(t.norm in TEMPORAL_MODIFIERS for t in span_toks):
            # 'President Reagan signed the law': the title of a past office, with no 'former', before the name,
            # is that office (not a description with no name, 'the 43rd president', nor 'the Bush presidents')
            resolution = self.resolver.as_titled_past_holder(resolution, self.resolver.written_titles(span_toks))
        if _proper(head) and why != "name" and resolution is not None and resolution.actor.kind == "person" \
                and self._names_someone_else(head, resolution.actor, toks, starts, date):
            resolution = None  # 'Matt Bennett, a former aide to Mr. Clinton': Bennett, described by Clinton
        if _proper(head) and (resolution is None or resolution.actor.kind != "person") and why != "name" \
                and (resolution is None or resolution.rule != GROUP_NAME_RULE):  # 'the Friends of Abe': named
            shared = _coordinated_description(doc, head, left)
            before = toks[bisect_left(starts, shared[0]) : bisect_left(starts, start)] if shared else []
            resolution = self._proper_name(doc, head, left, span_toks, resolution, date, before,
                                           memory.never_people)
        resolution = self._pronoun_owners_aide(doc, head, date, memory, sentence) or resolution
        if resolution is None and head.lower_ in self.kb.person_bodies \
                and _pronouns_own_body(head, self.kb.body_offices):
            # 'his campaign' of someone who runs no campaign the knowledge base can name: the pronoun alone
            owner = doc[left]
            return self._resolve(doc, owner, "pronoun", owner.i, owner.i, toks, starts, date, memory, sentence)
        if resolution is None or _predicated_title(doc, left, head, resolution.actor):
            return []
        actor = _nation_acting(doc, left, head, self._state_act(head, resolution.actor.at(chars.text, start, end)))
        actor = self._alliance_at_war(head, actor)
        actor = self._accredited_name(doc, left, head, actor, memory)
        if actor.country is None and not states_side(actor):  # 'Greece said its allies ...': not Greece's own
            actor = _owner_from_pronoun(head, actor, memory)
        if actor.country is None and actor.organisation is None and _definite(doc, left, head):
            actor = _definite_reference(actor, head, memory, sentence) or actor
        return self._split_coordinated(actor, span_toks, date) or [actor]

    def _described_by_relation(self, around: Sequence[Tok], other: Resolution, date: str | None) -> Resolution:
        """'a former aide to Mr. Clinton', 'Mr. Netanyahu's adviser': a description that names another known
        person says who the named one works for: that person's country, the description's own word's sector
        and role, never their name. With no word of its own that has a sector ('a Clinton ally', 'a Sanders
        supporter'), the sector is where the description's head word says the named one stands toward the
        other (``_side_sector``)."""
        split = self.resolver.analyse(around).split
        own = self.resolver.describe(around[:split], date) if split else None
        if own is None or own.actor.kind == "person":
            actor = replace(other.actor, name=None, role=None, kind="group",
                            sector=self._side_sector(around, other))
            return replace(other, actor=actor, entry=None)
        actor = replace(own.actor, country=own.actor.country or other.actor.country)
        return replace(own, actor=actor)

    def _side_sector(self, around: Sequence[Tok], other: Resolution) -> str | None:
        """The sector of someone a description ties to another person: the description's head word read
        through ``person_sides``, in the compound form ('a longtime Obama ally': 'ally') and the 'of' form
        ('an ally of Mr. Obama') — an ally is of the person's own sector, a supporter of the opposition's.
        No such word: a known person's own office says nothing of the named one's (none); a sector the
        words themselves gave ('opposition leader X') stays."""
        words = [t.norm for t in around if t.norm.isalpha()]
        cut = next((i for i, w in enumerate(words) if w in DESCRIBING_PREPS), len(words))
        code = self.kb.person_side(words[cut - 1]) if cut else None
        if code is not None:
            return other.actor.sector if code == SAME_SECTOR else code
        return None if known_person(self.kb, other) else other.actor.sector

    def _names_someone_else(self, head: Token, person: Actor, toks: list[Tok], starts: list[int],
                            date: str | None) -> bool:
        """'Matt Bennett, a former aide to Mr. Clinton', 'Clinton campaign Chairman John Podesta': the known
        person the phrase resolved to is named in its description or modifiers, while its head is another
        name — one that is no part of that person's name and that alone names no such person."""
        if head.ent_type_ != "PERSON" or not _name_word(head) or head.lower_ in (person.name or "").lower().split() \
                or head.lower_ in NAME_SUFFIXES:  # 'Joseph R. Biden Jr.': the suffix is no name of its own
            return False
        alone = self.resolver.resolve_tokens(toks[bisect_left(starts, head.idx) : bisect_right(starts, head.idx)],
                                             date)
        return alone is None or alone.actor.name != person.name

    def _accredited_name(self, doc: Doc, left: int, head: Token, actor: Actor, memory: _Memory) -> Actor:
        """'China's ambassador to Britain Liu Xiaoming', 'the special envoy to Ukraine Kurt Volker': the parser
        joins the country to the name, but the name after '<title> to <country>' (``accredited_titles``) is the
        title's holder, of the title's country (China's, or none said), where the country is only where they
        serve."""
        unknown_name = (actor.rule or "").startswith("named-organisation")  # the tagger's 'ORG' for a person
        if not (actor.kind == "person" or head.ent_type_ == "PERSON" or unknown_name) or left == 0 \
                or doc[left - 1].lower_ != "to":
            return actor
        title = doc[left - 1].head
        if title.lemma_.lower() not in self.kb.accredited_titles:
            return actor
        owner = next((a for off, a in reversed(memory.recent) if off <= title.idx < (a.end or off)), None)
        if owner is not None and owner.sector:
            return replace(actor, country=owner.country, sector=owner.sector, role=owner.role or actor.role,
                           kind="person", rule=f"{actor.rule}+accredited-to")
        return replace(actor, country=None, kind="person", rule=f"{actor.rule}+accredited-to")

    def _where_force_struck(self, head: Token) -> bool:
        """A capital's name compounded with the noun of an act of armed force ('the Kabul assault', 'the Moscow
        bombing') tells where it struck: a state's own armed act is told by its name, demonym or possessive
        ('Russia's offensive', 'the Russian strike'), not by a compound of its capital's name. Acts of
        government keep the metonym ('the Beijing crackdown')."""
        return head.dep_ == "compound" and head.head.pos_ == "NOUN" \
            and self.kb.state_acts.get(head.head.lemma_.lower()) == "MIL"

    def _state_act(self, head: Token, actor: Actor) -> Actor:
        """'Russian objections', 'the Turkish offensive', "Turkey's airstrikes": a country modifying the noun of
        an act a state does is that state acting, its government or, for a military act, its forces."""
        if actor.kind != "country" or actor.sector not in (None, "GOV") or head.dep_ not in STATE_ACT_DEPS \
                or head.head.pos_ != "NOUN":
            return actor
        sector = self.kb.state_acts.get(head.head.lemma_.lower())
        if sector is None:
            return actor
        return replace(actor, sector=sector, rule=f"{actor.rule}+state-act")

    def _alliance_at_war(self, head: Token, actor: Actor) -> Actor:
        """'the coalition bombed the port', 'the coalition would continue its strikes', 'coalition airstrikes':
        a bare alliance noun (``war_alliance_nouns``) that wages war is the states' military alliance (MIL), not
        parties in politics (PTY)."""
        if actor.sector != PARTY_SECTOR or actor.name is not None \
                or head.lemma_.lower() not in self.kb.war_alliance_nouns:
            return actor
        military = self.kb.state_acts
        verb = head.head
        at_war = (head.dep_ in STATE_ACT_DEPS and military.get(verb.lemma_.lower()) == MILITARY_SECTOR) or (
            head.dep_ == "nsubj" and (verb.lemma_.lower() in self.kb.war_verbs or any(
                c.dep_ == "dobj" and military.get(c.lemma_.lower()) == MILITARY_SECTOR for c in verb.children))) \
            or self._against_armed_group(head)
        return replace(actor, sector=MILITARY_SECTOR, rule=f"{actor.rule}+{AT_WAR_RULE}") if at_war else actor

    def _against_armed_group(self, head: Token) -> bool:
        """'the coalition against Isis': an alliance formed against an armed group fights it (a coalition
        against a government or a law is politics)."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "against":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = self.resolver.resolve(obj.doc[obj.left_edge.i : obj.i + 1].text)
                    if found is not None and found.actor.sector in ARMED_GROUP_SECTORS:
                        return True
        return False

    def _apposed_person(
        self, doc: Doc, description: Token, name_head: Token, left: int, right: int, toks: list[Tok],
        starts: list[int], date: str | None,
    ) -> list[Actor]:
        """'A spokesman for the Sudanese armed forces, Brigadier Nabil Osman': the apposed name is the person;
        the description before it gives the country, sector and role the knowledge base does not."""
        def tokens(first: int, last: int) -> list[Tok]:
            lo, hi = token_chars(doc, first, last)
            return toks[bisect_left(starts, lo) : bisect_right(starts, hi - 1)]

        name_left = name_head.left_edge.i
        named = tokens(name_left, name_head.i)
        known = self.resolver.resolve_tokens(named, date)
        if known is not None and known.actor.kind == "person" and len(named) == 1 \
                and (description.lower_,) in self.kb.kinship_words:
            known = None  # "Robinson's mother, Sharon": a given name of kin, not the surname of a public figure
        if known is not None and known.entry and known.actor.kind in ORGANISATION_KINDS:
            return [self._apposed_organisation(doc, description, known.actor, left, right, tokens(
                description.left_edge.i, description.i), date)]
        if known is not None and known.actor.kind == "person" and known.entry:
            person = known.actor  # a person the knowledge base knows: their office on the date decides
        else:
            found = self._proper_name(doc, name_head, name_left, named, known, date)
            if found is None or found.actor.kind != "person":
                return []
            person = found.actor
        desc_end = name_left - 1
        while desc_end > description.left_edge.i and doc[desc_end].is_punct:
            desc_end -= 1
        description_toks = tokens(description.left_edge.i, desc_end)
        described = self.resolver.describe(description_toks, date)
        info = described.actor if described else None
        if known is not None and known.entry and any(t.norm == THEN for t in description_toks):
            # 'the then prime minister, David Cameron': the office he held at the time told
            person = self.resolver.as_then_holder(known, [info.role.lower()] if info and info.role else []).actor
        organisation = person.organisation
        country_entry = self.kb.entries.get(info.country) if info is not None and info.country else None
        if info is not None and organisation is None and info.kind in ("organisation", "igo") and info.name \
                and info.name != (country_entry.name if country_entry else None):
            organisation = info.name  # a named body, not just the country a sector word was found in
        chars = tokens_text(doc, left, right)
        actor = replace(
            person, text=chars.text, start=chars.start, end=chars.end,
            country=person.country or (info.country if info else None),
            sector=person.sector if known is not None and known.entry else (info.sector if info and info.sector
                                                                              else person.sector),
            role=person.role or (info.role if info else None), organisation=organisation,
            rule="apposed-person" + ("+then" if person.rule and person.rule.startswith("then+") else "")
            + (f"+{described.rule}" if described else ""),
        )
        return [actor]

    def _apposed_organisation(self, doc: Doc, description: Token, organisation: Actor, left: int, right: int,
                              described: list[Tok], date: str | None) -> Actor:
        """'the Lebanese militant group Hezbollah', 'the rebel group Jaish al-Islam': the named organisation, as
        the knowledge base knows it; the description fills in only what the entry lacks (its country)."""
        info = self.resolver.describe(described, date) if described else None
        chars = tokens_text(doc, left, right)
        country = organisation.country or (info.actor.country if info else None)
        return replace(organisation, text=chars.text, start=chars.start, end=chars.end, country=country,
                       sector=organisation.sector or (info.actor.sector if info else None),
                       rule=f"apposed-organisation+{organisation.rule}")

    def _persons_body_by_surname(self, doc: Doc, left: int, right: int, date: str | None, memory: _Memory
                                 ) -> Resolution | None:
        """'the Sanders campaign', "Cruz's campaign's chairman" after the article named Bernie Sanders or Ted
        Cruz in full: the surname stands for that person, so the phrase reads as it would with the full name."""
        body = next((t for t in doc[left : right + 1] if t.lower_ in self.kb.person_bodies), None)
        owner = None if body is None else next(
            (c for c in body.lefts if c.dep_ in ("compound", "poss") and _proper(c)), None)
        person = None if owner is None else memory.people.get(owner.lower_) or memory.cast.get(owner.lower_)
        if owner is None or person is None or not person.name or person.kind != "person":
            return None
        text = tokens_text(doc, left, right).text
        at = owner.idx - doc[left].idx
        found = self.resolver.resolve(text[:at] + person.name + text[at + len(owner.text) :], date)
        return found if found is not None and PERSONS_BODY in found.rule else None

    def _sides(self, sent: Span) -> Iterator[int]:
        """'his rivals', "Turkey's allies", 'Trump allies': a plural word for people or states by where they stand
        toward someone (``person_sides``, ``state_sides``) that a possessive or a capitalised name owns heads a
        mention of its own, which the resolver reads as that group -- never the owner. Not where nationalities
        say who they are ('his Russian and Iranian allies': mentions of their own)."""
        words = self.kb.person_sides.keys() | self.kb.state_sides
        for token in sent:
            if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lower_ not in words:
                continue
            owners = [c for c in token.lefts if c.dep_ == "poss" or (c.dep_ == "compound" and _capitalised(c))]
            # 'his Russian and Iranian allies': nationalities say who they are, each a mention of its own
            said = any(c.dep_ == "amod" and (c.ent_type_ in ("NORP", "GPE") or any(g.dep_ == "conj"
                                                                                   for g in c.children))
                       for c in token.lefts)
            # only lower-case words between the owner and the word, as the resolver reads them ("Turkey's closest
            # allies"): "Russia's Western partners", "Turkey's NATO allies" name who the partners are
            between = range(min(o.i for o in owners) + 1, token.i) if owners else range(0)
            named_between = any(sent.doc[k].text[:1].isupper() for k in between if sent.doc[k].tag_ != "POS")
            # "Assad's allies, Russia and Iran": an apposed name says who they are, each a mention of its own
            # (the parser often hangs the list on the noun as conjuncts: "allies, Russia and Iran")
            doc = sent.doc
            apposed = token.i + 1 < len(doc) and doc[token.i + 1].text == "," and any(
                c.dep_ in ("appos", "conj") and c.i > token.i + 1 and any(g.pos_ == "PROPN" for g in c.subtree)
                for c in token.rights)
            if owners and not said and not named_between and not apposed:
                yield token.i

    def _pronoun_owners_aide(self, doc: Doc, head: Token, date: str | None, memory: _Memory, sentence: int
                             ) -> Resolution | None:
        """'Her spokesman', 'his aides': a word for whoever serves someone (``serving_words``) after a person's
        possessive pronoun is that person's aide, read as "<the person>'s spokesman" is — their country, never
        their name. The person is the nearest one the pronoun's gender fits, as for 'she' alone. So too a word
        for people by where they stand toward the person (``person_sides``): 'his supporters', 'her rivals' read
        as "<the person>'s rivals" — the person's country, never the person."""
        side = head.lower_ in self.kb.person_sides
        body = head.lower_ in self.kb.person_bodies and _pronouns_own_body(head, self.kb.body_offices)
        if head.lower_ not in self.kb.serving_words and not side and not body:
            return None
        named = next((c for c in head.lefts if side and c.dep_ in ("poss", "compound") and _capitalised(c)), None)
        known = None if named is None else memory.people.get(named.lower_) or memory.cast.get(named.lower_)
        if known is not None and known.kind == "person":  # 'Sanders backers' after Bernie Sanders was named
            return self.resolver.persons_side(known, head.lower_)
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
        if owner is None:
            return None
        wanted = GENDERS.of_pronoun(owner.lower_)
        coordinated = _coordinated_owner(owner, memory)
        person = coordinated if coordinated is not None and agrees(wanted, _gender(memory, coordinated)) \
            else _recent_person(memory, doc, owner, sentence, wanted)
        if person is None or not person.name:
            return None
        if side:
            return self.resolver.persons_side(person, head.lower_)
        found = self.resolver.resolve(f"{person.name}'s {head.text}", date)
        wanted_rule = PERSONS_BODY if body else POSSESSED_PERSON
        return found if found is not None and wanted_rule in found.rule else None

    def _remembered(self, doc: Doc, head: Token, left: int, memory: _Memory) -> Actor | None:
        """'Putin', 'Shringla' or 'Mr. Sanders' after the article introduced the full name. Another given name
        before the surname ('Tom Sanders') makes someone else; an honorific ('Mr.', 'Dr.') does not."""
        # the cheap test first: most words name nobody met before
        person = memory.people.get(head.lower_) or memory.cast.get(head.lower_)
        if person is None:
            return self._given_name_reference(doc, head, left, memory)
        here = memory.namesake_here.get(head.lower_)
        namesake = here is not None and head.idx < here[1]
        if here is not None and namesake:
            person = here[0]  # the namesake named in full in this paragraph ('Bill Clinton ... Clinton')
        before = [t for t in doc[left : head.i] if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in HONORIFICS]
        if not _name_word(head) or (before and (len(before) > 1 or not _ends_full_name(person, [*before, head]))):
            return None
        if person.kind == "person" and self._names_a_state_or_body(head) and not self._known_person(person) \
                and not self._marks_person(doc, head, left):
            return None  # 'Jordan' the country, 'Bloomberg' the agency after a person of that surname was named
        told = _honorifics_gender(doc, head, left)
        if told is not None and person.kind == "person" and not agrees(told, _gender(memory, person)):
            person = _bearer_of_gender(memory, head.lower_, told)  # 'Mr. Clinton' after Hillary Clinton
            if person is None:
                return None
        if left == head.i and head.dep_ != "compound" and person.kind == "person" and not namesake \
                and person.name in memory.named_in_full:
            # the surname alone as a phrase of its own ('Clinton said', "Clinton's plan"; not 'the Clinton
            # years', which name no one person), for someone the story named in full: its short form for them
            memory.surname_alone.setdefault(head.lower_, person.name or "")
        return replace(person, rule="surname-back-reference" if person.kind == "person" else "name-back-reference")

    def _bearer_tied(self, surname: str, relative: Sequence[str]) -> bool:
        """Whether the words naming a relative ('the former secretary of state', "the senator's", 'Bill Clinton')
        fit a person the knowledge base knows by the surname alone ('clinton' -> Hillary Clinton, Bill Clinton):
        the person's own name, or every word of one of their offices or of a noun news uses for them."""
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in relative}
        for index in self.kb.short_names.get(surname, ()):
            entry = self.kb.entries[index]
            if entry.kind != "person":
                continue
            titles = (*(o.role for o in entry.offices), *entry.known_as)
            if surname in words or any(set(t.lower().split()) <= words for t in titles):
                return True
        return False

    def _names_a_state_or_body(self, head: Token) -> bool:
        """A word that is, by itself, the name of a country or of a body the knowledge base knows ('Jordan',
        'Monaco', 'Bloomberg'): after a person of that surname was named, the bare word keeps that reading."""
        return any(self.kb.entries[t.entry].kind != "person"
                   for _, _, targets in self.resolver.match_names(tokenize(head.text)) for t in targets)

    def _known_person(self, person: Actor) -> bool:
        """The knowledge base knows the person by the whole name ('Volker Türk', 'Luís Montenegro'): a person it
        lists with that surname is no namesake of the country, and his later bare surname stays his."""
        if not person.name:
            return False
        tokens = tokenize(person.name)
        return any(start == 0 and end == len(tokens) and any(self.kb.entries[t.entry].kind == "person" for t in targets)
                   for start, end, targets in self.resolver.match_names(tokens))

    def _marks_person(self, doc: Doc, head: Token, left: int) -> bool:
        """The text marks a person by the surname: an honorific ('Mr. Jordan') or a title ('Rep. Jordan',
        'Congressman Jordan') before it, or a coordination with another name that is no country's or body's
        ('between Clinton, Cruz and Bloomberg'; 'Jordan and Israel' stay two countries)."""
        # spaCy's stubs type Token.conjuncts as a 1-tuple, which the compiled build (mypyc) would enforce
        conjuncts: tuple[Token, ...] = tuple(cast(Any, head).conjuncts)
        if head.dep_ == "nsubj":  # 'Clinton had 36 percent and Bloomberg 13': the subjects of coordinated clauses
            verbs = (head.head, *cast(Any, head.head).conjuncts)
            conjuncts += tuple(c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.i != head.i)
        if any(c.pos_ == "PROPN" and _name_word(c) and not self._names_a_state_or_body(c) for c in conjuncts):
            return True
        for token in doc[left : head.i]:
            if token.lower_.rstrip(".") in HONORIFICS:
                return True
            found = self.kb.sector_at(tokenize(token.text), 0)
            if found is not None and found[1].cls == "titles":
                return True
        return False

    def _given_name_reference(self, doc: Doc, head: Token, left: int, memory: _Memory) -> Actor | None:
        """'Hillary' alone in a story that names Hillary Clinton: the one person of that given name
        (:func:`_remember_given_name`). Only a name standing alone — no word of a name before or after it
        ('Hillary Smith', 'Mrs Hillary' are someone else or another reading)."""
        person = _given_name_of(memory, head.lower_)
        if person is None or head.i != left or not _name_word(head) \
                or (head.i + 1 < len(doc) and _proper(doc[head.i + 1])):
            return None
        return replace(person, rule=GIVEN_NAME_RULE)

    def _proper_name(
        self, doc: Doc, head: Token, left: int, span_toks: Sequence[Tok], described: Resolution | None,
        date: str | None, shared: Sequence[Tok] = (), never_people: dict[str, str] | None = None,
    ) -> Resolution | None:
        """A proper name the knowledge base does not know: a person (or organisation) described by the text.
        ``shared``: the words of a description coordinated with the mention's own (``_coordinated_description``);
        ``never_people``: one-word names the article never gives as a person's (``names_never_people``)."""
        parts = self.resolver.analyse(span_toks)
        titled = {span_toks[i].start for s in parts.sectors for i in range(s.start, s.end)}
        if head.idx in titled:
            return described
        known = {span_toks[i].start for n in parts.names for i in range(n.start, n.end)}
        first = head.i  # the name is the run of proper words ending at the head, after any title or country
        if head.lower_ in NAME_SUFFIXES and first > left and doc[first - 1].pos_ == "PROPN":
            first -= 1  # 'Martin Luther King Jr.': the suffix ends the name, the surname before it is no title
            titled.discard(doc[first].idx)
        while (first > left and doc[first - 1].pos_ == "PROPN" and doc[first - 1].idx not in titled | known
               and doc[first - 1].lower_.rstrip(".") not in HONORIFICS
               and doc[first - 1].text != "." and not self._trade_opening(doc[first - 1])) \
                or (first - 2 >= left and _hyphenated_name_part(doc[first]) and doc[first - 1].text == "-"):
            first -= 1
        last = head.i
        while last + 2 < len(doc) and doc[last + 2].pos_ == "PROPN" and _hyphenated_name_part(doc[last + 2]):
            last += 2  # 'Kang Min-seo'
        name, name_start, name_end = tokens_text(doc, first, last)
        around = [t for t in span_toks if not name_start <= t.start < name_end]
        while around and around[0].is_punct:
            around = around[1:]
        # what the words around the name say (title, demonym, apposition), never the name itself ('Michael Jordan')
        described = self.resolver.describe(around, date) if around else None
        if described is not None and described.actor.kind == "person" and described.actor.name:
            described = self._described_by_relation(around, described, date)
        if shared and (described is None or described.actor.sector is None):
            # 'the Islamic State recruiter and conspirator Neil Prakash': both nouns describe the name
            described = self.resolver.describe([*shared, *around], date) or described
        described_by_text = any(c.dep_ == "appos" for c in head.rights) or _described_person(head)
        after_title = first > left and doc[first - 1].idx in titled  # 'spokesperson Asim Iftikhar'
        # 'Evidence Action, a charity': an institution described, not a person
        # ('Tatiana Belousova from OP Jindal World University' is a person: 'of/from' gives an affiliation)
        institution = any(c.dep_ == "appos" for c in head.rights) and not after_title \
            and not _described_person(head) and self.resolver.description_class(around) == "bodies"
        is_person = not institution and (head.ent_type_ == "PERSON" or (
            head.ent_type_ not in ("GPE", "LOC", "FAC") and (described_by_text or after_title)))
        # a would-be private person the article elsewhere tags as a place or firm is that instead
        otherwise = (never_people or {}).get(head.lower_) if is_person and first == last and not after_title \
            else None
        is_person = is_person and otherwise is None
        info = described.actor if described else None
        if is_person and info is not None:  # a body's country stays its state's ('the U.S. Judicial Conference')
            info = _nationality_only(info)
        title_sector = self.kb.name_titles.get(doc[first - 1].text) if after_title else None
        if info is not None and title_sector is not None:  # 'Representative Jo Smith': a legislator
            info = replace(info, sector=title_sector, role=doc[first - 1].text)
        if is_person and head.ent_type_ == "PERSON" and (info is None or info.sector is None):
            info = self._occupation_before(doc, first, left, info)  # 'actor Dale Fenwick': an entertainer
        if _compass(doc, left):
            return None  # 'eastern Ladakh' is a region, whatever the tagger says
        if not is_person:
            if head.ent_type_ != "ORG" and not institution and otherwise != "organisation":
                return None
            name = _organisation_name(doc, first, last, left, titled | known)
            actor = Actor(text="", name=name, country=info.country if info else None,
                          sector=info.sector if info else None, kind="organisation",
                          rule="named-organisation" + (f"+{info.rule}" if info else ""))
            return Resolution(actor, actor.rule or "", described.entry if described else None)
        organisation = None
        if info is not None:
            organisation = info.name if info.kind in ("organisation", "igo") else info.organisation
        actor = Actor(text="", name=name, country=info.country if info else None,
                      sector=info.sector if info else None, role=info.role if info else None, kind="person",
                      rule=DESCRIBED_PERSON + (f"+{info.rule}" if info else ""), organisation=organisation)
        if first != last or doc[first].lower_ not in self.kb.person_surnames:  # 'Mr. Cruz' may be the senator
            actor = _private_person(actor)
        return Resolution(actor, actor.rule or "", described.entry if described else None)

    def _trade_opening(self, token: Token) -> bool:
        """'Star Dale Fenwick said': a trade word (sectors.yaml ``name_occupations``) capitalised only because it
        opens the sentence, which the tagger then reads as a word of the name; it says what the person does."""
        return bool(token.is_sent_start) and token.lower_ in self.kb.name_occupations and not token.is_upper

    def _occupation_before(self, doc: Doc, first: int, left: int, info: Actor | None) -> Actor | None:
        """'actor Dale Fenwick', 'singer Ann Pruitt': a word for a trade right before a person's name
        (sectors.yaml ``name_occupations``: words that alone or in the plural mean something else) says what the
        person does; the person takes its sector and the word as role. Else ``info`` unchanged."""
        if first <= left:
            return info
        word = doc[first - 1]
        code = self.kb.name_occupations.get(word.lower_) if word.tag_ in OCCUPATION_TAGS else None
        if code is None or _standing_not_trade(word) or (info is not None and info.sector not in (None, "CVL")):
            # a person the knowledge base or a title already places ('star Senator Ann Pruitt') keeps that sector
            return info
        found = info or Actor(text="", kind="person")
        # the earlier resolution's rule stays, the trade's appended (as the other post-rules do)
        rule = f"{found.rule}+{NAME_OCCUPATION_RULE}" if found.rule else NAME_OCCUPATION_RULE
        return replace(found, sector=code, role=word.lower_, rule=rule)

    def _plural_inside(
        self, doc: Doc, head: Token, right: int, chars: Chars, span_toks: Sequence[Tok], date: str | None,
        memory: _Memory,
    ) -> list[Actor]:
        """'the defense and foreign ministers of the two countries': one actor per referent country."""
        if right <= head.i:
            return []  # nothing follows the head for a plural reference to hide in
        plural = next((doc[i] for i in range(head.i + 1, right + 1) if _plural_reference(doc[i])), None)
        if plural is None:
            return []
        referents = _plural_actors(plural, tokens_text(doc, plural.left_edge.i, plural.i), memory)
        head_toks = [t for t in span_toks if t.end <= doc[head.i].idx + len(doc[head.i])]
        sector = self.resolver.resolve_tokens(head_toks, date)
        out = []
        for ref in referents:
            out.append(replace(ref, text=chars.text, start=chars.start, end=chars.end,
                               sector=sector.actor.sector if sector else ref.sector,
                               kind=sector.actor.kind if sector else ref.kind,
                               rule="sector-word+plural-back-reference"))
        return out

    def _split_coordinated(self, actor: Actor, span_toks: Sequence[Tok], date: str | None) -> list[Actor]:
        """'Hungarian and Romanian officials' -> Hungarian officials + Romanian officials."""
        if len(span_toks) < 2:  # one word names one country at most
            return []
        parts = self.resolver.analyse(span_toks)
        head = [n for n in parts.names if n.end <= parts.split]
        countries = []
        for name in head:
            entry = self.kb.entries[name.targets[0].entry]
            if entry.kind == "country":
                countries.append(name)
        if len(countries) < 2 or any(
            t.norm not in ("and", ",", "or", "&") for t in span_toks[countries[0].end : countries[-1].start]
            if not any(c.start <= span_toks.index(t) < c.end for c in countries)
        ):
            return []
        rest = list(span_toks[countries[-1].end :])
        out = []
        for name in countries:
            sub = self.resolver.resolve_tokens(list(span_toks[name.start : name.end]) + rest, date)
            if sub is not None:
                out.append(sub.actor.at(actor.text, actor.start, actor.end))
        return out


# --- parse helpers ----------------------------------------------------------------------------------------


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
PARTY_SECTOR = "PTY"
MILITARY_SECTOR = "MIL"
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})  # whom a military coalition is formed against
AT_WAR_RULE = "at-war"  # a bare alliance noun that wages war: states' military alliance
NAMED_ORGANISATION_RULE = "named-organisation"  # a name the knowledge base does not know, read as a body
STATE_ACT_DEPS = frozenset({"amod", "compound", "nmod", "poss"})  # how a country modifies the noun of its act


def _merge_sibling_modifiers(doc: Doc, heads: dict[int, str]) -> dict[int, int]:
    """'Israeli army bulldozers', 'U.S. border patrol agents': a country and a sector word side by side, both
    modifying a noun that is no actor, are one actor. Drops the left sibling from ``heads``; returns, for the
    right one, where its mention now starts."""
    merged: dict[int, int] = {}
    for i in sorted(heads, reverse=True):
        token = doc[i]
        if i not in heads or token.dep_ not in MODIFIER_DEPS or heads[i] == "plural":
            continue
        left = token.left_edge.i
        previous = left - 1
        while previous >= 0 and previous not in heads and doc[previous].dep_ in ("compound",) \
                and doc[previous].head.i == token.i:
            previous -= 1
        if previous in heads and doc[previous].head.i == token.head.i and doc[previous].dep_ in MODIFIER_DEPS \
                and doc[previous].right_edge.i == left - 1:
            merged[i] = min(doc[previous].left_edge.i, merged.get(previous, previous))
            del heads[previous]
    return merged


def _apposed_names(doc: Doc, heads: dict[int, str], covered: set[int], kb: KnowledgeBase,
                   organisations: set[int]) -> dict[int, Token]:
    """Description heads ('minister', 'spokesman') with an apposed proper name ('Peter Kamau'): the pair is one
    person; a description with the apposed name of an organisation the knowledge base knows ('the militant
    group Hamas', 'the rebel group Jaish al-Islam') is that organisation. Heads inside the pair are dropped
    from ``heads``; the description head maps to the name's head."""
    pairs: dict[int, Token] = {}
    for i in sorted(heads):
        name = doc[i]
        description = _described_by(name.head, covered)
        if name.dep_ != "appos" or not _proper(name) or description.pos_ not in ("NOUN", "PROPN"):
            continue
        if i in organisations and description.i < name.i:
            # not 'the People's Protection Units (YPG)': a bracketed abbreviation is a mention of its own; nor
            # 'an al-Qaida affiliate, HTS': a description naming another organisation relates the two; nor 'Sara
            # Khan, the head of a rebel group, Jaish al-Islam' hung on the person's name: a person is no
            # organisation, so the name is the nearer description's, and both are mentions of their own
            between = range(description.left_edge.i, name.i)
            if description.ent_type_ != "PERSON" and not any(doc[j].text in "([" or j in organisations
                                                             for j in between):
                pairs[description.i] = name
            continue
        if description.i not in covered:
            continue
        word = kb.sector_words.get((description.lemma_.lower(),)) or kb.sector_words.get((description.lower_,))
        titled = any(c.dep_ == "compound" and c.i in covered for c in name.lefts)
        if (word is not None and word.cls == "bodies") or not (name.ent_type_ == "PERSON" or titled):
            continue  # 'the opposition newspaper, La Prensa': an institution's name, not a person's
        pairs[description.i] = name
    for d, name in pairs.items():
        for i in [h for h in heads if doc[d].left_edge.i <= h <= _before_conjuncts(name)]:
            del heads[i]
        heads[d] = "apposed"
    return pairs


def _coordinated_description(doc: Doc, head: Token, left: int) -> tuple[int, int] | None:
    """'the alleged Islamic State recruiter and conspirator Neil Prakash', 'the rebel commander and financier Ali
    Darwish': two description nouns coordinated right before one name describe the same person, however the
    parser attached them (the name as the first noun's conjunct, or the second noun as the first's). The
    character range of the first noun's phrase up to the mention, or None."""
    noun: Token | None = None
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i + 2 == left and doc[left].pos_ == "NOUN":
        noun = head.head  # 'recruiter and [conspirator Neil Prakash]'
    elif left >= 3 and doc[left - 1].pos_ == "NOUN" and doc[left - 1].dep_ == "conj" \
            and doc[left - 1].head.i == left - 3 and doc[left - 3].pos_ == "NOUN":
        noun = doc[left - 3]  # '[recruiter and financier] Omar Delacroix'
    if noun is None or doc[noun.i + 1].lower_ not in ("and", "&"):
        return None
    return doc[noun.left_edge.i].idx, doc[left - 1].idx + len(doc[left - 1].text)


def _described_by(head: Token, covered: set[int]) -> Token:
    """What an apposed name describes: the parser hangs the name in 'the special envoy for Syria, Jo Smith' or
    'the ambassador to Iraq, Jo Smith' on the place that ends the description; the person is the envoy (the
    title word the place is the object of), never the place."""
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.i in covered \
            and head.ent_type_ in PLACE_ENTITIES:
        return prep.head
    return head


def _before_conjuncts(name: Token) -> int:
    """The last token of an apposed name without what is coordinated with it: in 'the foreign minister, Ali
    Reza, and the defence minister, Omid Farzan' the parser hangs the second pair on the first name; each pair
    is a person of its own (each description with its own name)."""
    first = next((c.i for c in name.rights if c.dep_ in ("conj", "cc")), None)
    if first is None:
        return _edge_before_clauses(name)
    return max([name.i, *(_edge_before_clauses(c) for c in name.rights if c.i < first)])


# Clauses inside a description tell what its referent did or does ('a donor who backs Mr. Cruz', 'an investor
# whose holdings include ...'): their actors are mentions of their own, and no part of the description.
CLAUSE_DEPS = frozenset({"relcl"})


def _edge_before_clauses(token: Token) -> int:
    """The last token of ``token``'s subtree, leaving out relative clauses and whatever follows one."""
    edge = token.i
    for child in token.rights:
        if child.dep_ in CLAUSE_DEPS:
            break
        edge = max(edge, _edge_before_clauses(child))
    return edge


def _trim(head: Token, left: int, right: int) -> tuple[int, int]:
    """Keep a mention on its own line and free of leading/trailing punctuation."""
    doc = head.doc
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].whitespace_ or "\n" in doc[i].text or doc[i].text in "[(":
            left = i + 1
            break
    for i in range(head.i, right):
        if "\n" in doc[i].whitespace_ or doc[i + 1].text in "[(":
            right = i
            break
    while left < head.i and doc[left].is_punct:
        left += 1
    while right > head.i and doc[right].is_punct:
        right -= 1
    return left, right


LOCATIVE_PREPS = shared_words().locative_prepositions  # "talks in New Delhi": a place, not a government


# the dependencies of a noun predicated of the subject: 'is president', 'became a minister', 'was elected president'
PREDICATE_DEPS = frozenset({"attr", "oprd"})
REFERRING_DETERMINERS = frozenset({"the", "this", "that"})  # 'it was the president who ...' names someone
ROLE_PREPOSITIONS = frozenset({"for", "as"})  # 'declared for president', 'served as minister': a role, no holder


def _predicated_title(doc: Doc, left: int, head: Token, actor: Actor) -> bool:
    """A bare or indefinite title said of the subject ('could become President', 'is qualified to be president',
    'if she is elected president', 'would be a better president') describes the subject, or a role nobody yet
    holds: it is no mention of whoever holds the title (a definite one, as in a cleft, still is). So is a bare
    singular title after a verb's 'for' or 'as' ('since he declared for president', 'served as minister')."""
    if actor.role is None or actor.name or actor.kind == "person":
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ROLE_PREPOSITIONS:
        # 'ran for president', 'served as minister': a bare singular title after a verb (a headline's 'For pope,
        # it's ...' drops the article of someone it names)
        return left == head.i and head.tag_ == "NN" and head.head.head.pos_ == "VERB"
    if head.dep_ not in PREDICATE_DEPS:
        return False
    return doc[left].lower_ not in REFERRING_DETERMINERS and not any(
        t.dep_ == "poss" or t.pos_ == "PROPN" for t in doc[left : head.i])


def _locative(head: Token) -> bool:
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


COMPASS = shared_words().compass_adjectives | shared_words().compass_points


def _compass(doc: Doc, left: int) -> bool:
    return doc[left].lower_ in COMPASS


def _extends(child: Token, head: Token, person: bool, covered: set[int]) -> bool:
    """An apposition or 'of/from' description of a person; 'of <country>' after a sector word."""
    if person:
        return child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in PERSON_DESCRIPTION_PREPS)
    if head.i in covered and _proper(head):  # 'the Department of Energy', 'the Bureau of Prisons': one name
        return child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1 \
            and any(_proper(t) and t.dep_ == "pobj" for t in child.children)
    if head.i not in covered:
        return False
    if child.dep_ == "acl":  # 'refugees fleeing the war in Liberia', 'Palestinians living in Gaza'
        short = child.right_edge.i - child.i <= ACL_REACH
        return child.tag_ in ("VBG", "VBN") and short and _restrictive(child) and _describes(child, covered)
    return child.dep_ == "prep" and child.lower_ in SECTOR_DESCRIPTION_PREPS and _describes(child, covered)


SERVING_PREPS = frozenset({"for", "to"})
# the prepositions after a description of a person that may name another person it ties them to ('an attorney
# for X', 'an adviser to X', 'the son of X')
DESCRIBING_PREPS = frozenset({"for", "to", "of"})


# entity labels of a name that is no person's: a firm's, a building's, a place's ('a lawyer for Wicker & Sons',
# 'the mayor of Jackson')
NOT_PERSON_LABELS = frozenset({"ORG", "FAC", "GPE"})


def _names_a_person(name: Token) -> bool:
    """A proper noun inside a description may name a person: not one coordinated with another ('Johnson &
    Johnson', 'Wicker & Sons': a firm's name), nor one the parser labels a firm, building or place."""
    return not any(c.dep_ in ("cc", "conj") for c in name.children) and name.ent_type_ not in NOT_PERSON_LABELS


def _serves(child: Token, head: Token, covered: set[int], serving: frozenset[str]) -> bool:
    """'a spokesman for the Foreign Office', 'an aide to Senator Lee': whom a spokesman or aide serves, when the
    text names them, belongs to their mention as "the Foreign Office's spokesman" does; the one named stays a
    mention of its own (``embedded+…``). A bare description served ('for the ministry') stays a mention of
    its own, for the back-references that give it its country."""
    return head.i in covered and head.lower_ in serving and child.dep_ == "prep" and child.lower_ in SERVING_PREPS \
        and child.i == head.i + 1 and any(_proper(t) or t.ent_type_ for t in child.subtree) \
        and not any(t.dep_ == "appos" for t in child.subtree)  # '..., Colonel X,': the apposed name is who


def _restrictive(clause: Token) -> bool:
    """Whether a participle clause narrows down who its noun is ('Palestinians living in Gaza'). One set off
    by a comma adds a comment on people already named ('Shopkeepers, worried by a Ruritanian raid, ...'), and
    one with a by-agent tells what another actor did to them ('farmers ruined by a Ruritanian embargo'): the
    actors inside either are mentions of their own."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if before is not None and before.text == ",":
        return False
    return not any(c.dep_ == "agent" for c in clause.children)


def _climb(token: Token, covered: set[int]) -> Token:
    """From a name or sector word up to the noun it modifies, while that noun is part of an actor phrase."""
    current = token
    for _ in range(8):
        if current.dep_ == "conj" and current.head.dep_ in ("amod", "compound", "nmod"):
            current = current.head  # 'Hungarian and Romanian officials': Romanian modifies what Hungarian does
        head = current.head
        if head.i == current.i or current.dep_ not in CLIMB_DEPS or head.pos_ not in ("NOUN", "PROPN"):
            break
        if current.dep_ == "appos":
            break
        title_before_name = current.i in covered and current.dep_ == "compound" and head.ent_type_ in ("PERSON", "")
        if head.i not in covered and not (_proper(head) and (_proper(current) or title_before_name)):
            break
        current = head
    return current


def _capitalised(token: Token) -> bool:
    """A capitalised word the tagger may take for a common noun ('Sanders backers': 'Sanders' NNS)."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.text[:1].isupper() or _hyphenated_name_part(token))


def _hyphenated_name_part(token: Token) -> bool:
    """'ho' in 'Park Jun-ho', 'lin' in 'Mei-lin': the lower-case half of a hyphenated given name."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].text[:1].isupper()


RELATION_SUFFIXES = ("-based", " based", "-occupied", "-backed", "-led", "-controlled", "-held", "-run",
                     "-owned", "-made", "-born", "-allied", "-sponsored", "-brokered")
RELATION_PREFIXES = ("anti-", "pro-", "non-", "ex-")


NAME_CONNECTORS = frozenset({"for", "of", "the", "and", "&"})


def _organisation_name(doc: Doc, first: int, last: int, left: int, taken: set[int]) -> str:
    """An organisation's name runs on through the small words between its proper words ('Club for Growth',
    'Deworm the World Initiative'), where a person's stops at them."""
    while first - 2 >= left and doc[first - 1].lower_ in NAME_CONNECTORS and _proper(doc[first - 2]) \
            and doc[first - 2].idx not in taken:
        first -= 2
        while first > left and _proper(doc[first - 1]) and doc[first - 1].idx not in taken:
            first -= 1
    return tokens_text(doc, first, last).text


def _inside_person_name(span: Span) -> bool:
    """'Michael Jordan': a country name that is the end of a longer person's name is no country."""
    if any(t.ent_type_ != "PERSON" for t in span):
        return False
    first = span[0]
    return first.ent_iob_ == "I"  # the PERSON entity started before this name


AGENT_SUFFIXES = ("-backed", "-led", "-controlled", "-held", "-run", "-sponsored", "-brokered", "-funded",
                  "-financed", "-supported", "-armed", "-trained", "-occupied", "-dominated", "-mediated",
                  "-supervised", "-organised", "-organized", "-imposed", "-installed", "-appointed")


def _relation_agent(text: str, span: Span) -> bool:
    """'Iran-backed', 'Saudi-led', 'UN-brokered': the name does what the participle says (backs, leads, brokers),
    unlike 'London-based', 'Russian-made' or 'anti-Syria', which only describe."""
    return text[span.end_char : span.end_char + 14].lower().startswith(AGENT_SUFFIXES)


def _raw_between(toks: Sequence[Tok], start: int, end: int) -> str:
    return " ".join(t.raw for t in toks[start:end])


def _place_descriptor(text: str, span: Span) -> bool:
    """'New Delhi-based', 'Israeli-occupied', 'anti-Syria': the name qualifies something else and heads no
    mention of its own. (Inside a longer mention, the resolver also never takes a name before any of the
    knowledge base's relation participles as the head: 'Iranian-funded militias' are no Iranian body.)"""
    after = text[span.end_char : span.end_char + 14].lower()
    before = text[max(0, span.start_char - 5) : span.start_char].lower()
    # every agent participle is a relation too: 'Iranian-funded' qualifies the militias as 'Iranian-backed' does
    return after.startswith(RELATION_SUFFIXES + AGENT_SUFFIXES) or before.endswith(RELATION_PREFIXES)


def _apposed_description(head: Token, covered: set[int]) -> bool:
    """'Amara Lindqvist, the foreign minister of Norway': a name with an apposed description headed by a sector
    word; the description belongs to the name's mention."""
    return any(c.dep_ == "appos" and c.i in covered and c.pos_ == "NOUN" for c in head.rights)


def _describes(prep: Token, covered: set[int]) -> bool:
    return any(t.i in covered or _plural_reference(t) for t in prep.subtree)


def _described_person(head: Token) -> bool:
    """A proper name followed by 'of/from' an institution is a person ('X from Y University')."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i == head.i + 1 for c in head.children)


# Prepositions whose object is where something is, comes from or goes: a town or province named there is a
# place, whatever the tagger made of its name ('in Afrin', 'near Antakya', 'a rebel from Idlib', 'the
# governor of Kunduz').
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "of", "into", "inside", "outside", "across", "around",
                                "within", "through", "toward", "towards"})
GUESSED_NAME_RULES = (*UNPLACED_RULES, *BACK_REFERENCE_RULES)


MEDIUM_PREPOSITIONS = frozenset({"on", "via", "across", "through", "onto"})
POSTING_VERBS = frozenset({"post", "upload", "stream", "broadcast"})  # 'posted to YouTube': 'to' the medium


@lru_cache(maxsize=4)  # one knowledge base per process, as a rule: read once, not per document
def one_word_platforms(platforms: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The platforms of one word ('twitter', not 'truth social') of the knowledge base's ``media_platforms``."""
    return frozenset(p[0] for p in platforms if len(p) == 1)


def _platform_as_medium(doc: Doc, actor: Actor, platforms: frozenset[tuple[str, ...]]) -> bool:
    """A platform's name as the object of 'on', 'via', 'across', 'through' or 'onto' ('wrote on Facebook', 'shared
    via WhatsApp'), of 'to' after a verb of posting ('posted to YouTube'), or alone before a noun that is no actor
    word ('in a Facebook post', 'his Twitter account': a word for people would have taken the name into its own
    mention, 'a Facebook spokesman'): the medium something was said or posted in, not the company acting."""
    if actor.start is None or actor.end is None or key(actor.text) not in platforms:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "compound" and root.head.pos == NOUN:
        return True
    if root.dep_ != "pobj":
        return False
    preposition = root.head.lower_
    return preposition in MEDIUM_PREPOSITIONS or (preposition == "to" and root.head.head.lemma_ in POSTING_VERBS)


def _guessed_name_is_a_place(doc: Doc, actor: Actor, place_country: Callable[[str], str | None],
                             public_surnames: frozenset[str] = frozenset()) -> bool:
    """A proper name no knowledge-base entry stands behind, which the resolver guessed to be a person or an
    organisation (or a back-reference to one), that the text names as a settlement ('the village of Qatma',
    'Rukban camp': :func:`_named_as_settlement`), or that is a town or province — one the gazetteer knows, or
    one coordinated with a place it knows ('Afrin and Jandairis': coordination joins like with like) —
    standing where only a place stands: the object of a place preposition, or the modifier of a common noun
    ('the Afrin operation'). A subject or object stays an actor ('Afrin said', 'Kunduz condemned'), and so does
    the surname of a public figure (``public_surnames``: 'the Sanders camp' is his campaign)."""
    rule = actor.rule or ""
    if actor.start is None or actor.end is None or not rule.startswith(GUESSED_NAME_RULES):
        return False
    if actor.sector not in (None, "CVL") or actor.role:
        return False  # a described person ('Obama' for Barack Obama): a person
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    if _named_as_settlement(span):
        return (actor.name or "").split(" ")[-1].lower() not in public_surnames
    if " " in (actor.name or ""):
        return False  # a full name: a person
    if place_country(_trim_the(span_text(span))) is None and not _coordinated_with_place(span, place_country):
        return False
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj":
        return root.head.lower_ in PLACE_PREPOSITIONS
    if root.dep_ in ("dobj", "nsubjpass"):  # 'jets bombed Douma', 'Douma was shelled': a target or a setting
        return root.head.lemma_.lower() in PHYSICAL_TARGET_LEMMAS
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos == NOUN


def _guessed_name_of_a_thing(doc: Doc, actor: Actor, heads: frozenset[str]) -> bool:
    """A proper name no knowledge-base entry stands behind that names a law, programme, prize or event: its last
    word is such a thing's head noun (``thing_name_heads``: 'the Employee Free Choice Act', 'the American Music
    Awards'), or it modifies one written in lower case ('the Central American Minors program')."""
    if actor.start is None or actor.end is None or not (actor.rule or "").startswith(UNPLACED_RULES):
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or any(t.lower_ in POSSESSIVE_MARKS for t in span):
        return False  # "the Agency's Power Programme": whose it is, an actor, stays
    last = span[-1]
    if last.lower_ in heads and last.text[:1].isupper():
        return True
    root = span.root
    return root.dep_ in ("compound", "nmod") and root.head.pos == NOUN and root.head.lower_ in heads \
        and root.head.i >= span.end


# where a noun for a group's struggle names the group: the doer of a clause, an owner, a passive's agent
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _activity_not_acting(doc: Doc, actor: Actor, activities: frozenset[str]) -> bool:
    """A mention headed by a noun that names both a group's armed struggle and the group (``activity_bodies``:
    'insurgency') where the clause does not make it act: the object of a verb ('has waged an insurgency'), a
    noun beside another ('resistance, even insurgency'), a preposition's object other than a passive's 'by'."""
    root = mention_root(doc, actor)
    if root is None or (root.lemma_.lower() not in activities and root.lower_ not in activities):
        return False
    if root.dep_ in ACTING_DEPS:
        return False
    # 'by' is a passive's agent however the parser hung it ('was overrun by the insurgency')
    return not (root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ == "by"))


# Nouns that introduce a settlement by name (the places stage's data: 'the town of Rutshuru', 'Rukban camp')
SETTLEMENT_NOUNS = place_words("roles.yaml", "settlement_nouns")
PHYSICAL_TARGET_LEMMAS = place_words("roles.yaml", "physical_target_lemmas")


def _named_as_settlement(span: Span) -> bool:
    """'the village of Qatma', 'the town Kafr Nabl', 'Rukban camp', 'Maryamin village': a common noun for a
    settlement (written in lower case, not part of a name) says that the name beside it is the settlement's,
    whatever the gazetteer knows of it: a place, not a person or a body."""
    doc, root = span.doc, span.root
    def settlement(token: Token) -> bool:
        return token.pos == NOUN and token.text.islower() and token.lemma_.lower() in SETTLEMENT_NOUNS
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.i == span.start - 1 and settlement(of.head) \
            and of.head.i == of.i - 1:
        return True  # 'the village of Qatma'
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and settlement(before) and (root.head.i == before.i or before.head.i == root.i):
        return True  # 'the town Kafr Nabl'
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and settlement(after) and root.head.i == after.i  # 'Rukban camp'


def _coordinated_with_place(span: Span, place_country: Callable[[str], str | None]) -> bool:
    """'Afrin and Jandairis', 'Jandairis and Afrin': a name coordinated with one the gazetteer knows as a town
    or region (the conjunct's own name, as the model found it)."""
    root = span.root
    conjuncts = [root.head] if root.dep_ == "conj" else []
    conjuncts += [c for c in root.children if c.dep_ == "conj"]
    return any(c.pos == PROPN and place_country(_name_at(c)) is not None for c in conjuncts)


def _name_at(token: Token) -> str:
    """The proper name a token ends or is part of: its compound words before it and the token."""
    first = token.i
    while first > 0 and token.doc[first - 1].dep_ == "compound" and token.doc[first - 1].head.i == token.i \
            and token.doc[first - 1].pos == PROPN:
        first -= 1
    return token.doc[first : token.i + 1].text


def _trim_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "EVENT", "MONEY", "CARDINAL",
                                "WORK_OF_ART"})


_ANCHOR_POS = frozenset({NOUN, PRON, PROPN})  # the parts of speech :func:`_anchor_kind` looks at
_NAME_POS = frozenset({NOUN, PROPN, ADJ})  # what the tagger makes of a surname it does not know


def _name_pos(token: Token) -> bool:
    """A part of speech a name may have: one of ``_NAME_POS``, or X where an editor set the word in brackets
    ('"[Sanders] should stay"': the tagger reads the bracketed word as foreign; X elsewhere is no name)."""
    return token.pos in _NAME_POS or (token.pos == X and token.i > 0 and token.doc[token.i - 1].text == "[")


def _anchor_kind(token: Token, covered: set[int]) -> str | None:
    """Why a token outside the names and sector words may head an actor mention, or None. Dispatched on the
    part of speech (an id, not a string): each kind needs one, and most tokens have none of them."""
    pos = token.pos
    if pos == NOUN:
        if _plural_reference(token):  # before the sector-word check: 'the two leaders'
            return "plural"
        if token.i not in covered and token.tag == _SINGULAR_NOUN and token.lemma_.lower() in ("country", "nation") \
                and any(c.lower_ == "the" and c.dep_ == "det" for c in token.lefts):
            return "definite"
        return None
    if token.i in covered:
        return None
    if pos == PRON:
        if token.lower_ in PRONOUNS:
            return "pronoun"
        return "reported-pronoun" if token.lower_ in REPORTING_PRONOUNS and _reported_subject(token) else None
    if pos == PROPN and token.dep_ not in ("compound", "flat") and token.ent_type_ not in NOT_ACTOR_ENTITIES:
        return "proper"
    return None


def _plural_reference(token: Token) -> bool:
    if token.pos != NOUN or token.tag not in _PLURAL_TAGS:  # ids, not strings: every token is asked
        return False
    if token.lemma_.lower() not in PLURAL_NOUNS:
        return False
    return any(c.lower_ in PLURAL_MARKERS for c in token.lefts)


def _plural_actors(token: Token, chars: Chars, memory: _Memory) -> list[Actor]:
    """'the two governments': the pair named together ('Chile and Peru') within the last sentences; failing
    that, the most salient parties of the story so far (most mentioned, then first mentioned); failing that,
    an older pair. Never just the last two names, which are often a third party ('France later offered')."""
    want = PLURAL_NOUNS[token.lemma_.lower()]
    count = 2 if any(c.lower_ in ("two", "both") for c in token.lefts) else 0
    before = chars.start
    sentence = bisect_right(memory.sentence_starts, before) - 1
    near = memory.sentence_starts[max(0, sentence - PLURAL_GROUP_REACH)]
    pairs = _pairs_before(memory, want, before)  # the last named first
    latest = next(pairs, None)
    recent = _within_reach(latest, pairs, near, memory.pairs[want].ascending)
    members = recent if recent is not None else _most_salient(memory, before, want, count or 2)
    if len(members) < 2 and latest is not None:
        members = latest[1]
    return [_as_reference(a, chars, want) for a in members] if len(members) >= 2 else []


@dataclass
class _Pairs:
    """The groups that name two distinct parties of one wanted kind, in the memory's order, with their offsets:
    worked out once per group, so a plural reference finds the last pair before it by binary search instead of
    going through every group named so far (which grew with the square of an article's length)."""

    seen: int = 0  # groups of the memory looked at so far
    offsets: list[int] = field(default_factory=list)
    members: list[list[Actor]] = field(default_factory=list)
    ascending: bool = True  # offsets never go down (groups are remembered sentence by sentence, in text order)

    def catch_up(self, groups: list[tuple[int, tuple[Actor, ...]]], want: str) -> None:
        for offset, group in groups[self.seen :]:
            members = _distinct(group, want)
            if len(members) >= 2:
                self.ascending = self.ascending and (not self.offsets or self.offsets[-1] <= offset)
                self.offsets.append(offset)
                self.members.append(members)
        self.seen = len(groups)


def _within_reach(latest: tuple[int, list[Actor]] | None, older: Iterator[tuple[int, list[Actor]]], near: int,
                  ascending: bool) -> list[Actor] | None:
    """The last named pair starting at ``near`` or later: the latest one, or (offsets out of order) an older one."""
    if latest is None:
        return None
    if latest[0] >= near:
        return latest[1]
    if ascending:
        return None  # every older pair starts earlier still
    return next((group for offset, group in older if offset >= near), None)


def _pairs_before(memory: _Memory, want: str, before: int) -> Iterator[tuple[int, list[Actor]]]:
    """The remembered groups starting before ``before`` that name two distinct parties of the kind, the last
    remembered first, with their offsets (found by binary search while the offsets ascend, as they do)."""
    pairs = memory.pairs.setdefault(want, _Pairs())
    pairs.catch_up(memory.groups, want)
    last = bisect_left(pairs.offsets, before) if pairs.ascending else len(pairs.offsets)
    return ((pairs.offsets[k], pairs.members[k]) for k in range(last - 1, -1, -1) if pairs.offsets[k] < before)


PLURAL_GROUP_REACH = 2  # sentences back in which a coordinated pair ('Chile and Peru') is the obvious referent


def _most_salient(memory: _Memory, before: int, want: str, size: int) -> list[Actor]:
    """The ``size`` most salient distinct parties mentioned before ``before``: the most mentioned first (ties:
    the first mentioned). The mentions folded into the memory's tally are counted once; only the rest are
    looked at again."""
    tally = memory.salience.get(want)
    if tally is None or tally.latest >= before:  # an earlier position than the tally covers: count afresh
        tally = memory.salience[want] = _Tally()
    tally.fold(memory.recent, before, want)
    counts, first = tally.counts, tally.first
    rest = [(p, memory.recent[p][1]) for p in range(tally.folded, len(memory.recent)) if memory.recent[p][0] < before]
    if rest:  # counted on copies: the tally stays the count of its prefix
        counts, first = dict(counts), dict(first)
        for position, actor in rest:
            _count(counts, first, position, actor, want)
    ranked = heapq.nsmallest(size, first, key=lambda ident: (-counts[ident], first[ident][0]))
    return [first[ident][1] for ident in ranked]


def _identity(actor: Actor, want: str) -> str:
    if want == "person":
        return actor.name or "" if actor.kind == "person" else ""
    return actor.country or ""


def _distinct(actors: Iterable[Actor], want: str) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for actor in actors:
        ident = _identity(actor, want)
        if not ident or ident in seen:
            continue
        seen.add(ident)
        out.append(actor)
    return out


def _as_reference(actor: Actor, chars: Chars, want: str) -> Actor:
    if want == "person":
        return replace(actor, text=chars.text, start=chars.start, end=chars.end, rule="plural-back-reference")
    return Actor(text=chars.text, name=actor.name if actor.kind == "country" else actor.country,
                 country=actor.country, sector="GOV", kind="country", start=chars.start, end=chars.end,
                 rule="plural-back-reference")


# 'Patrick Carlineo Jr.' is Carlineo (data/words.yaml: person_names)
NAME_SUFFIXES = frozenset({*SUFFIXES, *(f"{s}." for s in SUFFIXES)})
ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")  # 'al-Hariri' is Hariri


def _names_in_full(actor: Actor, given: str) -> bool:
    """A mention that writes the person's given name ('Liz Cheney'), not one pointing back ('Cheney', 'she')."""
    rule = actor.rule or ""
    return not rule.startswith(BACK_REFERENCES) and given.lower() in (actor.text or "").lower().split()


def _honorifics_gender(doc: Doc, head: Token, left: int) -> str | None:
    """The gender an honorific just before a surname says ('Mrs. Clinton', 'Mr Trump'), within its mention."""
    before = [t for t in doc[left : head.i] if t.text != "."]
    return GENDERS.of_honorific(before[-1].text, HONORIFICS) if before else None


def _bearer_of_gender(memory: _Memory, surname: str, gender: str) -> Actor | None:
    """The person of this surname the story has named in full whom a gendered honorific fits ('Mr. Clinton' in a
    story of Hillary and Bill Clinton is Bill, however recently she was named): the one met most recently, else
    the one the whole text names in full; None when no one, or two people the text names but has not met yet,
    of the surname fit."""
    def fits(person: Actor) -> bool:
        words = (person.name or "").lower().split()
        return person.kind == "person" and len(words) > 1 and words[-1] == surname \
            and agrees(gender, _gender(memory, person))
    met = next((replace(a, start=None, end=None) for _, a in reversed(memory.recent) if fits(a)), None)
    if met is not None:
        return met
    fitting = {p.name: p for p in [*memory.cast.values(), *memory.shared_surnames.get(surname, ())] if fits(p)}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _another_bearer(known: Actor | None, given: str) -> bool:
    """Whether a full name with this given name is someone other than the person the surname points to: another
    given name ('Liz' after 'Dick'), not a short or longer form of the same ('Pat' after 'Patrick', 'Neil
    Christopher' after 'Neil')."""
    if known is None or not known.name:
        return False
    first, new = known.name.split()[0].lower(), given.lower()
    return not (first.startswith(new) or new.startswith(first))


SHARED_SURNAME_RULE = "surname-shared-in-text"


def _bearer_unsettled(resolution: Resolution | None, head: Token, memory: _Memory,
                      kb: KnowledgeBase) -> Resolution | None:
    """'Mr. Bush' before any Bush is named, in a text that names both Jeb Bush and George W. Bush in full, where
    the knowledge base reads a bare 'Bush' as George W. Bush alone: its default is a guess that never weighed the
    other bearer the text names, so the mention names no one — only what all the bearers share (their country,
    their sector). Where the knowledge base chose among all the bearers named (by the date: 'Clinton' in 2016),
    its choice stands; a surname after a bearer was named is the nearest one named before (``_remembered``)."""
    if resolution is None or resolution.actor.kind != "person" or not resolution.rule.startswith("surname-") \
            or head.lower_ in memory.people:
        return None
    bearers = memory.shared_surnames.get(head.lower_)
    weighed = {kb.entries[i].name for i in kb.short_names.get(head.lower_, ())}
    if not bearers or all(b.name in weighed for b in bearers):
        return None
    countries, sectors = {b.country for b in bearers}, {b.sector for b in bearers}
    actor = Actor(text="", name=head.text, country=countries.pop() if len(countries) == 1 else None,
                  sector=sectors.pop() if len(sectors) == 1 else None, kind="person", rule=SHARED_SURNAME_RULE)
    return Resolution(actor, SHARED_SURNAME_RULE)


def _described_unknown_body(actor: Actor) -> bool:
    """A one-word name the knowledge base does not know that the text describes as a body of some sector
    ('Brimlo, a supplier of pumps', 'Brimlo, the Danish firm')."""
    return actor.kind == "organisation" and actor.sector is not None and actor.name is not None \
        and " " not in actor.name and (actor.rule or "").startswith(NAMED_ORGANISATION_RULE + "+")


def _introduced_as_kin(actor: Actor, kinship: Collection[tuple[str, ...]]) -> bool:
    """A person the text introduces by their tie to another ('his wife, Melania Trump', "the senator's son Tom
    Lee"): a lower-case word of kinship in the mention before the name."""
    name = actor.name or ""
    before = actor.text[: actor.text.rfind(name)] if name and name in actor.text else ""
    return any(w.islower() and (w.strip(",.'’"),) in kinship for w in before.split())


def _kin_relative(actor: Actor, kinship: Collection[tuple[str, ...]]) -> list[str]:
    """The words naming the relative in a person's apposition of kinship ('Tom Lee, son of the candidate' ->
    'the candidate'; "Tom Lee, the senator's son" -> "the senator's"): after the name and its comma, a lower-case
    word of kinship heading an of-phrase or ending the mention. Empty when the mention has no such apposition."""
    name = actor.name or ""
    at = actor.text.find(name) if name else -1
    after = actor.text[at + len(name):] if at >= 0 else ""
    if not after.startswith(","):
        return []
    words = [w for w in (w.strip(",.;") for w in after.split()) if w]
    for i, word in enumerate(words):
        bare = word.strip("'’")
        if not bare.islower() or (bare,) not in kinship:
            continue
        if i + 1 < len(words) and words[i + 1] == "of":
            return words[i + 2:]
        if i == len(words) - 1:
            return words[:i]
    return []


def _described_as_kin(actor: Actor, kinship: Collection[tuple[str, ...]]) -> bool:
    """A person whose apposition ties them to another ('Tom Lee, son of the candidate', "Tom Lee, the senator's
    son", 'Ann Lee, mother of two'): a word of kinship after the name (``_kin_relative``)."""
    return bool(_kin_relative(actor, kinship))


def _definite_relative(words: Sequence[str]) -> bool:
    """The relative is someone in particular: 'the candidate', 'his', "the senator's", a name ('Bill Clinton').
    'A dairy farmer' and 'two' name no one."""
    return bool(words) and (words[0].lower() in DEFINITE_RELATIVE_OPENERS or words[0][:1].isupper())


def _surname_left_to_kin(record: Actor, surname: str, kinship: Collection[tuple[str, ...]],
                         bearer_tied: Callable[[str, Sequence[str]], bool]) -> bool:
    """'Eric Trump, son of the Republican front-runner ... Trump said': a person introduced as another's kin
    shares the surname with that relative, and news gives the bare surname to the relative the reader knows by
    it, not to the kin it had to name in full; so when the apposition's relative is definite and is the person
    the knowledge base knows by the surname alone (their name, an office or a description of theirs), the bare
    surname is left to that person. Kin of no one in particular ('Ann Johnson, wife of a dairy farmer', 'mother
    of two') or of someone else keeps it."""
    relative = _kin_relative(record, kinship)
    return _definite_relative(relative) and bearer_tied(surname, relative)


def _no_bearer(surname: str, relative: Sequence[str]) -> bool:
    return False


def _remember_person(memory: _Memory, actor: Actor, kinship: Collection[tuple[str, ...]] = (),
                     bearer_tied: Callable[[str, Sequence[str]], bool] = _no_bearer) -> None:
    parts = (actor.name or "").split()
    record = replace(actor, start=None, end=None)
    first = memory.people.setdefault((actor.name or "").lower(), record)  # as the story first named them
    while len(parts) > 2 and parts[-1].lower().rstrip(",") in NAME_SUFFIXES:
        parts.pop()
    if len(parts) > 1:
        _remember_given_name(memory, parts[0], record)
        surname = parts[-1].lower()
        known = memory.people.get(surname)
        if _names_in_full(actor, parts[0]) and _another_bearer(known, parts[0]) \
                and not _introduced_as_kin(first, kinship) and not _described_as_kin(first, kinship):
            if known is not None and memory.surname_alone.get(surname) == known.name:
                # 'Hillary Clinton ... Clinton said ... Bill Clinton campaigned ...': once the story has written
                # the surname alone for the first bearer, that is its short form for her; the namesake named in
                # full takes the bare surname only in the paragraph that names him, and then it is hers again
                memory.namesake_here[surname] = (record, memory.paragraph_end(actor.end or 0))
            else:
                # 'Liz Cheney, 50' after 'Dick Cheney': a story that names a second bearer of a surname in full
                # turns to them, and the bare surname after that is theirs — not one it names as the first one's
                # kin ('Donald Trump ... his wife, Melania Trump', '... Eric Trump, son of the candidate': 'Trump',
                # 'Trump fans' stay his)
                memory.people[surname] = record
        elif known is None and _surname_left_to_kin(first, surname, kinship, bearer_tied):
            memory.kin_surnames.add(surname)
        else:
            memory.people.setdefault(surname, record)
        if _names_in_full(actor, parts[0]):
            memory.named_in_full.add(actor.name or "")
        bare = next((surname[len(p):] for p in ARTICLE_PREFIXES if surname.startswith(p)), "")
        if len(bare) > 2:
            memory.people.setdefault(bare, record)


def _ends_full_name(person: Actor, words: list[Token]) -> bool:
    """Whether ``words`` are the last words, and not all, of the person's full name: a surname of two words
    ('Wasserman Schultz' after 'Debra Wasserman Schultz', 'Hawk Sawyer' after 'Kathleen Hawk Sawyer'), by which
    news names again a person it named in full; 'Tom Sanders' after 'Bernie Sanders' is someone else. (The caller
    reads only two words so: three are a full name of their own, 'Norbert Leo Butz' after a headline's 'Star
    Norbert Leo Butz'.)"""
    full = (person.name or "").lower().split()
    return person.kind == "person" and len(full) > len(words) and full[-len(words):] == [t.lower_ for t in words]


MIN_GIVEN_NAME = 3  # letters: 'Jo' or an initial ('J.') is too short to stand for one person


def _remember_given_name(memory: _Memory, given: str, record: Actor) -> None:
    """'Hillary' after 'Hillary Clinton', 'Bernie' after 'Bernie Sanders': news names a person it has named in
    full by the given name alone too. Kept only while one person met so far has that given name (two make it
    ambiguous: None), and never for an initial."""
    key = given.lower()
    if len(key) < MIN_GIVEN_NAME or not key.isalpha() or not given[:1].isupper():
        return
    known = memory.given.get(key, record)
    memory.given[key] = record if known is not None and known.name == record.name else None


def _given_name_of(memory: _Memory, word: str) -> Actor | None:
    """The one person met so far, or named in full anywhere in the text, with this given name."""
    return memory.given.get(word) or (memory.cast_given.get(word) if word not in memory.given else None)


def _name_word(token: Token) -> bool:
    """A proper name, or a capitalised word the tagger took for a noun or an adjective ('Sanders' opening a
    sentence, 'the Trump announcement')."""
    return _proper(token) or (_name_pos(token) and token.text[:1].isupper())


def _met_before(token: Token, covered: set[int], memory: _Memory) -> bool:
    """A surname of someone the story has named ('Kotey' after 'Alexanda Kotey'), wherever it stands: opening a
    sentence (tagged a noun), modifying another noun ('the Trump announcement'), or tagged a nationality. Never
    a date's word ('in May' after 'Theresa May')."""
    return token.i not in covered and (token.lower_ in memory.people or token.lower_ in memory.cast
                                       or token.lower_ in memory.kin_surnames
                                       or _given_name_of(memory, token.lower_) is not None) \
        and _name_word(token) \
        and token.ent_type_ not in TIME_ENTITIES


def _remember_groups(doc: Doc, sent: Span, actors: list[Actor], memory: _Memory) -> None:
    """Actors joined by 'and' (India and Russia; Modi and Putin) form a group plural references point to."""
    by_start = {a.start: a for a in actors if a.start is not None}
    if len(by_start) < 2:
        return
    doc = sent.doc
    deps = token_table(doc).dep
    for i in range(sent.start, sent.end):
        if deps[i] != conj:
            continue
        token = doc[i]
        first = _actor_at(by_start, token.head)
        second = _actor_at(by_start, token)
        if first is not None and second is not None:
            memory.groups.append((second.start or 0, (first, second)))


def _actor_at(by_start: dict[int, Actor], token: Token) -> Actor | None:
    for start, actor in by_start.items():
        if start <= token.idx < (actor.end or start):
            return actor
    return None


def _with_outlets(actors: list[Actor]) -> list[str | None]:
    """The countries of ``actors`` as evidence of a story's home: a news outlet's (:func:`lends_country`) only
    where another actor names the same country ('told Reuters' in a story of Kenyan officials counts for no one;
    'told NBC' in a story of American senators adds to the United States)."""
    named = {a.country for a in actors if lends_country(a)}
    return [a.country for a in actors if lends_country(a) or a.country in named]


def _sentence_country(actors: list[Actor], memory: _Memory, foreign_facing: frozenset[str]) -> list[Actor]:
    """People the text gives a role but no country take the sentence's only country
    (:func:`accord.actors.country_from_context.lend_to_people`); the document's memory follows."""
    evidence = [a.country for a in actors if a.country and not _destination(memory.text, a) and lends_country(a)]
    return _in_memory(actors, lend_to_people(actors, evidence, foreign_facing), memory)


def _force_machine(actor: Actor, machines: frozenset[str]) -> bool:
    """'a drone', 'the missiles', 'fighter jets': a weapon or vehicle (sectors.yaml ``force_machines``) named
    with no name and no country of its own."""
    if actor.name is not None or actor.country is not None:
        return False
    words = actor.text.split(",")[0].lower().split()
    return bool(words) and (words[-1] in machines or " ".join(words[-2:]) in machines)


def _states_alliance(actor: Actor) -> bool:
    """A bare alliance noun read as states at war (:meth:`_alliance_at_war`): many countries', none lent."""
    return actor.country is None and AT_WAR_RULE in (actor.rule or "").split("+")


def _possessed(actor: Actor) -> bool:
    """'its troops', 'their leaders': a possessive pronoun says whose they are (coreference's answer)."""
    return actor.text.split(" ", 1)[0].lower() in POSSESSIVE_PRONOUNS


def _in_memory(actors: list[Actor], placed: list[Actor], memory: _Memory) -> list[Actor]:
    """``placed`` (``actors`` with some given a country), the document's memory following."""
    for old, new in zip(actors, placed, strict=True):
        if new is not old:
            _replace_in_memory(memory, old, new)
    return placed


PRIVATE_SECTOR = "CVL"


def _nationality_only(described: Actor) -> Actor:
    """What a country alone says of a person the knowledge base does not know ('Jo Park from Kenya', 'Ann Lee of
    Nigeria Health Watch'): where they are from, not that they act for its state. The words around the name read
    as the state itself (GOV, kind country) give the person that country and no sector, so a private person is
    a civilian of it, as 'Kenyan Jo Park' is (docs/annotation.md: private persons take their nationality); a
    sector word beside the country ('a Kenyan official', 'of the Kenyan army') still gives its sector."""
    if described.kind != "country" or "sector-word" in (described.rule or ""):
        return described
    return replace(described, sector=None, role=None)


def _private_person(person: Actor) -> Actor:
    """A person the knowledge base does not know and the text gives no office, role or organisation ('Beth
    Ruffin said', 'Syrian midfielder X', 'X, 24, from Accrington') is a private person: a civilian, CVL
    (docs/annotation.md: private persons take their nationality, if the text gives it, and CVL). Not a bare
    surname that a known person bears: the knowledge base may leave 'Cruz' unnamed because two share it."""
    if person.sector is not None or person.role or person.organisation:
        return person
    return replace(person, sector=PRIVATE_SECTOR, rule=f"{person.rule}+private-person")


DESTINATION_WORDS = frozenset({"in", "to", "into", "at", "from", "visited", "visit", "visiting", "toward",
                               "towards", "across", "via"})
# The words before a place someone goes to or comes from ('back to Syria', 'fled from Aleppo'), not where a thing
# is or happens ('in Beirut'): such a place says nothing of whose a nearby state body is.
MOVEMENT_WORDS = DESTINATION_WORDS - {"in", "at"}


EMBEDDED = "embedded+"  # the rule prefix of a name's record inside a longer mention (_embedded_bodies)


def _place_root(doc: Doc, token: Token) -> Token:
    """The head word of the place name that opens at ``token`` ('northern *Iraq*', '*Turkey* 's')."""
    while token.head.i != token.i and token.head.i > token.i and token.dep_ in ("amod", "compound", "det"):
        token = token.head
    return token


# Prepositions that name where something comes from, not where it is (a destination, 'swept into Afrin', is
# where the deed is done).
DIRECTIONAL_PREPS = frozenset({"from"})


def _directional(root: Token) -> bool:
    """Whether the place whose head is ``root`` is where something comes from ('bombardment *from* Turkey's
    provinces of Kilis and Hatay'): up through 'of', conjuncts and appositions."""
    token = root
    for _ in range(8):
        if token.dep_ == "pobj":
            if token.head.lower_ != "of":
                return token.head.lower_ in DIRECTIONAL_PREPS
            token = token.head.head
        elif token.dep_ in ("conj", "appos", "compound", "poss") and token.head.i != token.i:
            token = token.head
        else:
            return False
    return False


def _after_locative(doc: Doc, root: Token) -> bool:
    """Whether the place whose head is ``root`` follows a locative preposition ('*in* northern Iraq', 'in the
    Syrian town of Afrin'), or is joined to one that does ('in Iraq *and Syria*')."""
    if root.dep_ == "conj" and root.head.i < root.i and root.head.head.i != root.head.i:
        return _after_locative(doc, root.head)
    first = min(t.i for t in root.subtree)
    if first > 0 and doc[first - 1].lower_ in ("the", "northern", "southern", "eastern", "western"):
        first -= 1
    return first > 0 and doc[first - 1].lower_ in LOCATIVE_PREPS


def _relative_clause(doc: Doc, start: int) -> tuple[int, int] | None:
    """The character span of the relative clause the word at ``start`` sits in ('a group which has fought *in
    Turkey*'), or None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for token in span[0].ancestors:
        if token.dep_ == "relcl":
            subtree = list(token.subtree)
            return subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    return None


def _modifies_a_noun(doc: Doc, actor: Actor) -> bool:
    """'the Iraq war', 'Syria policy', 'a US-controlled base': a country's name compounded before a noun names
    what the thing is about or whose it is, not a state that acts there."""
    if (actor.rule or "").endswith(RELATION_AGENT):
        return True
    span = doc.char_span(actor.start or 0, actor.end or 0, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].dep_ == "compound"


def _placed_by(text: str, actor: Actor) -> bool:
    """'an enclave inside Syria', 'talks in Geneva': a name after a locative preposition is where something is,
    not a state that acts there."""
    before = text[max(0, (actor.start or 0) - 20) : actor.start or 0].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1] in LOCATIVE_PREPS


def _after_movement(doc: Doc, i: int) -> bool:
    """Whether the words before token ``i`` say someone goes there or comes from there ('to Syria', 'into the
    Netherlands'): :data:`MOVEMENT_WORDS`, with an article between."""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and doc[j].lower_ in MOVEMENT_WORDS


def _embedded(actor: Actor) -> bool:
    return (actor.rule or "").startswith(EMBEDDED)


# How a phrase takes part in its verb's act: as its doer (an active subject, a passive's by-phrase), or as what
# the act is done to or with (objects, a passive subject).
DOER_DEPS = frozenset({"nsubj", "agent"})
UNDERGOER_DEPS = frozenset({"dobj", "dative", "pobj", "nsubjpass", "attr", "oprd"})


def _argument_place(doc: Doc, actor: Actor) -> tuple[int, bool] | None:
    """The verb a mention is an argument of and whether as its doer ("*the ministry* condemned Israel"), or
    None for a mention that is no verb's argument (a modifier, an apposition, a phrase's part)."""
    head = mention_root(doc, actor)
    if head is None:
        return None
    dep = head.dep_
    if dep == "pobj" and head.head.dep_ in ("prep", "agent"):
        preposition = head.head
        dep, head = ("agent" if preposition.dep_ == "agent" else "pobj"), preposition
    if dep not in DOER_DEPS and dep not in UNDERGOER_DEPS:
        return None
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return None
    return verb.i, dep in DOER_DEPS


def _phrase_owners(actor: Actor, head: Token | None, others: list[tuple[Actor, Token | None]]) -> list[str]:
    """The countries of the mentions that say whose the phrase is that the mention heads or modifies: a from- or
    of-phrase or a possessive on its head noun ("Coast guard ships *from China*", "*Turkey's* coast guard").
    ``head``: the actor's :func:`_phrase_head_token`; ``others``: the sentence's mentions with theirs."""
    if head is None:
        return []
    found = []
    for other, root in others:
        if other is actor or not other.country or root is None:
            continue
        owner = root.dep_ == "poss" and root.head.i == head.i
        origin = root.dep_ == "pobj" and root.head.lower_ in ("from", "of") and root.head.head.i == head.i
        if owner or origin:
            found.append(other.country)
    return found


def _phrase_head_token(doc: Doc, actor: Actor) -> Token | None:
    """The noun heading the phrase a mention heads or modifies ("Coast guard" -> "ships")."""
    head = mention_root(doc, actor)
    if head is None:
        return None
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head


def _counterparts(one: tuple[int, bool] | None, other: tuple[int, bool] | None) -> bool:
    """Two mentions on the two sides of one verb: who acts and whom the act is done to or with."""
    return one is not None and other is not None and one[0] == other[0] and one[1] != other[1]


def _destination(text: str, actor: Actor) -> bool:
    """'visited Chad', 'arrived in Kenya': a place someone goes to or is in, not whose they are."""
    before = text[max(0, (actor.start or 0) - 20) : actor.start or 0].split()
    words = [w.lower() for w in before[-2:]]
    return bool(words) and (words[-1] in DESTINATION_WORDS or (words[-1] == "the" and len(words) > 1
                                                                and words[-2] in DESTINATION_WORDS))


BACK_REFERENCES = ("surname-back-reference", "pronoun-back-reference", "surname-document-reference",
                   GIVEN_NAME_RULE, DESCRIPTION_RULE)


def back_references_keep_the_persons_country(actors: list[Actor]) -> list[Actor]:
    """'Lt. Col. Alexander Vindman' (American) ... 'Vindman had registered concerns over Ukraine policy': a
    surname or pronoun pointing back to a person is that person, whose country does not change with the
    countries of the sentence it stands in (nor with those a pronoun copied from such a surname). A back-reference
    takes the country of the person's last mention in full before it (or the first, for one before any)."""
    introduced: dict[str, list[Actor]] = {}
    for actor in actors:
        rule = actor.rule or ""
        if actor.kind == "person" and actor.name and actor.country and not rule.startswith(BACK_REFERENCES):
            introduced.setdefault(actor.name, []).append(actor)
    if not introduced:
        return actors
    out = []
    for actor in actors:
        rule = actor.rule or ""
        full = introduced.get(actor.name or "") if rule.startswith(BACK_REFERENCES) else None
        if full:
            before = [a for a in full if (a.start or 0) < (actor.start or 0)]
            country = (before[-1] if before else full[0]).country
            if country != actor.country:
                actor = replace(actor, country=country, rule=f"{rule}+{PERSONS_COUNTRY}")
        out.append(actor)
    return out


def _replace_in_memory(memory: _Memory, old: Actor, new: Actor) -> None:
    replaced = [i for i, (_, a) in enumerate(memory.recent) if a is old]
    for i in replaced:
        memory.recent[i] = (memory.recent[i][0], new)
    if replaced and any(replaced[0] < tally.folded for tally in memory.salience.values()):
        memory.salience.clear()  # a counted mention changed: the tallies start again
    stored = replace(old, start=None, end=None)
    for name, person in list(memory.people.items()):
        if person == stored:
            memory.people[name] = replace(new, start=None, end=None)


PEOPLE_RULE = "demonym-people"  # the resolver's rule for a nationality's plural ('Turks', 'the Americans')


def _nation_acting(doc: Doc, left: int, head: Token, actor: Actor) -> Actor:
    """'the Turks were opposed', 'the Russians said': a nationality's plural with the definite article, as the
    subject of a clause, is the nation acting as one — its state, GOV — where 'Turks' alone or 'aid to the
    Syrians' are people (CVL)."""
    if actor.rule != PEOPLE_RULE or doc[left].lower_ != "the" or head.dep_ not in NOMINAL_SUBJECT_DEPS:
        return actor
    return replace(actor, sector="GOV", kind="country", rule=f"{PEOPLE_RULE}+nation-acting")


def _definite(doc: Doc, left: int, head: Token) -> bool:
    """'the president', 'the foreign minister': a definite description with nothing else in it."""
    return doc[left].lower_ == "the" and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") for t in doc[left : head.i + 1])


def _definite_reference(actor: Actor, head: Token, memory: _Memory, sentence: int) -> Actor | None:
    """'the president' after 'President Xi' is Xi; 'the country' after 'Afghanistan' is Afghanistan."""
    earliest = memory.sentence_starts[max(0, sentence - DEFINITE_REACH)]
    for offset, earlier in reversed(memory.recent):
        if offset < earliest:
            return None
        if offset >= head.idx:
            continue
        if actor.role and earlier.kind == "person" and earlier.role and actor.role.lower() in earlier.role.lower():
            return replace(earlier, text=actor.text, start=actor.start, end=actor.end, rule="title-back-reference")
        if head.lemma_.lower() in ("country", "nation") and head.tag_ == "NN" and earlier.kind == "country":
            return replace(earlier, text=actor.text, start=actor.start, end=actor.end, rule="definite-back-reference")
    return None


def _owner_from_pronoun(head: Token, actor: Actor, memory: _Memory) -> Actor:
    """'Russia said its troops would stay': the troops are Russia's."""
    pronoun = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in REPORTING_PRONOUNS), None)
    speaker = _reported_subject(pronoun) if pronoun is not None else None
    if speaker is None:
        return actor
    owner = next((a for off, a in memory.recent if off <= speaker.idx < (a.end or 0) and a.country), None)
    if owner is None:
        return actor
    return replace(actor, country=owner.country, name=owner.name if owner.kind == "country" else owner.country,
                   rule=f"{actor.rule}+possessive-pronoun")


def _one_person(speaker: Token, said_by: Sequence[Actor]) -> bool:
    """The speaker is one person, whom a group pronoun ('it', 'they', 'its', 'their') does not agree with: a
    person named, or one holder of a role ('the minister', 'a spokesman'), not several ('the ministers')."""
    if not said_by or len(said_by) > 1 or speaker.tag_ in PLURAL_NOUN_TAGS or any(c.dep_ == "conj" for c in
                                                                                   speaker.children):
        return False  # 'the ministers said they', 'Lee and Ward said they'
    return all(a.kind in ("person", "group") for a in said_by)


def _reported_subject(pronoun: Token) -> Token | None:
    """'China said it lost four soldiers': 'it' is the subject of a clause reported by the subject of 'said'."""
    clause = pronoun.head
    if pronoun.dep_ == "poss":  # 'China said its troops ...': the owned noun is the clause's subject
        if clause.dep_ not in NOMINAL_SUBJECT_DEPS:
            return None
        clause = clause.head
    elif pronoun.dep_ not in NOMINAL_SUBJECT_DEPS:
        return None
    if clause.dep_ not in ("ccomp", "xcomp"):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < pronoun.i), None)
    return subject


def _recent_person(memory: _Memory, doc: Doc, token: Token, sentence: int, gender: str | None = None,
                   excluded: Sequence[Actor] = ()) -> Actor | None:
    """The most salient of :func:`_people_in_reach`."""
    ranked = _people_in_reach(memory, doc, token, sentence, gender, excluded)
    return ranked[0] if ranked else None


def _only_one(person: Actor, candidates: Sequence[Actor]) -> bool:
    """Whether ``person`` is the only person (by name) among the candidates a pronoun agreed with."""
    return all(c.name == person.name for c in candidates)


def _people_in_reach(memory: _Memory, doc: Doc, token: Token, sentence: int, gender: str | None = None,
                     excluded: Sequence[Actor] = ()) -> list[Actor]:
    """The person mentioned before the pronoun whom its gender fits ('she' passes over a man the text has told
    is one) and the grammar allows (``excluded``: the mentions ``binding`` forbids it, an object pronoun's own
    subject, the speaker of first-person words), in the order of salience the grammar gives
    (:func:`_salience`): in the pronoun's own sentence a subject before other arguments, in an earlier sentence
    its main clause's subject, then its other subjects, then its objects ('Trump attacked Obama. *He* said ...':
    Trump, the one the story goes on telling of). A person named as a modifier or in a description comes after
    every argument; an unnamed one ('the minister') ranked first blocks the names behind it. At the same rank a
    person the text has told is of the pronoun's gender comes before one whose gender it has not told."""
    earliest = memory.sentence_starts[max(0, sentence - PRONOUN_REACH)]
    ranked: list[tuple[tuple[int, int, int, int], Actor]] = []
    for offset, actor in reversed(memory.recent):
        if offset < earliest:
            break
        known = _gender(memory, actor)
        if offset < token.idx and _person_like(actor) and agrees(gender, known) and not _among(actor, excluded):
            back = sentence - (bisect_right(memory.sentence_starts, offset) - 1)
            unknown = 0 if gender is None or known == gender else 1  # 'she': a woman before a name that says none
            ranked.append(((*_salience(doc, actor, token, back), unknown), actor))
    # the first of the most salient: the nearest, as the mentions were met nearest first (a stable sort)
    return [actor for _, actor in sorted(ranked, key=lambda pair: pair[0])]


def _salience(doc: Doc, actor: Actor, pronoun: Token, back: int) -> tuple[int, int, int]:
    """How salient a person's mention is for a pronoun ``back`` sentences after it (0: the same sentence), as a
    key ordered most salient first: a backgrounded mention (a modifier, a description: :func:`_backgrounded`)
    after every argument; then the nearer sentence; in the pronoun's own sentence a subject before other
    arguments; in an earlier one the main clause's subject before other subjects, and those before objects
    (what the sentence is about is what the next one goes on with)."""
    background = 1 if _backgrounded(doc, actor, pronoun) else 0
    role = _grammatical_role(doc, actor)
    if back == 0:
        role = min(role, 1)  # the same sentence: a subject of any clause before other arguments
    return background, back, role


def _grammatical_role(doc: Doc, actor: Actor) -> int:
    """0 for the subject of its sentence's main clause (or of a verb coordinated with it), 1 for another
    clause's subject, 2 for any other role; a name coordinated with another takes its first conjunct's role."""
    if actor.start is None or actor.end is None:
        return 2
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return 2
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ not in NOMINAL_SUBJECT_DEPS:
        return 2
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # 'Reed spoke and then attacked Ward'
        verb = verb.head
    return 0 if verb.dep_ == "ROOT" else 1


# A name that modifies another noun ('Bill Ward's booster', 'a possible Ward administration') is not an argument of
# its clause; nor the subject of an absolute 'with' phrase ('with Senator Ward still in the race').
NAME_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
PRONOUN_RULE = "pronoun-back-reference"


def _in_subject(token: Token) -> bool:
    """Whether the token is inside a clause's subject ('Ward's role was limited', 'Many of Ward's claims came
    from ...'): a name there stays in view."""
    for _ in range(8):
        if token.dep_ in NOMINAL_SUBJECT_DEPS:
            return True
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def _backgrounded(doc: Doc, actor: Actor, pronoun: Token) -> bool:
    """A person named as a modifier or in an absolute 'with' phrase is less likely the one a later pronoun
    stands for than a person named as an argument: 'Reed is Ward's biggest booster; he also ...' is Reed. A
    possessor still binds a pronoun inside what it possesses ('Ward's realization that his campaign ...')."""
    if actor.start is None or actor.end is None or (actor.rule or "").startswith(PRONOUN_RULE):
        return False  # a person a pronoun already stands for is the story's topic, 'his' as much as 'he'
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:  # 'Senator Hall and Senator Ward'
        token = token.head
    if token.dep_ in NAME_MODIFIER_DEPS:
        owner = token.head
        return not _in_subject(owner) and not owner.left_edge.i <= pronoun.i <= owner.right_edge.i
    described = _describing_clause_owner(token)
    # 'Hall, who lost to Ward, said ...; he ...': what describes a person is background ('the PAC backing Ward' is
    # no person: Ward stays in view)
    if described is not None and described.ent_type_ == "PERSON":
        return not described.left_edge.i <= pronoun.i <= described.right_edge.i
    return token.dep_ == "nsubj" and token.head.dep_ == "pcomp" and token.head.head.lower_ == "with"


# what describes a noun beside it rather than states the sentence: an apposition ('Hall, a rival of Ward'), a relative
# or participial clause ('Hall, who lost to Ward', 'rivals beaten by Ward')
DESCRIBING_DEPS = frozenset({"appos", "acl", "relcl"})
DESCRIPTION_REACH = 6  # arcs climbed from a name to the description that holds it


def _describing_clause_owner(token: Token) -> Token | None:
    """The noun described by an apposition or a relative clause set off by a comma that holds the name: 'Hall, a
    rival of Ward', 'Hall, who lost to Ward', 'Hall, one of the rivals beaten by Ward'. What such a description
    says is background to its sentence, as a modifier is ('Ward's booster'). Not the name apposed itself ('the
    owner, Tom Hall'), nor a restrictive clause ('a race that Ward must win') or a noun's content clause ('the
    claim that Ward lied'), which say who or what is meant: the climb goes on through those to the first verb."""
    name = token
    for _ in range(DESCRIPTION_REACH):
        if token.head.i == token.i:
            return None
        if token.dep_ == "appos":
            return None if token.i == name.i else token.head
        if token.dep_ == "relcl" and _set_off(token):
            return None if _describes_where_or_when(token) else token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in DESCRIBING_DEPS:
            return None
        token = token.head
    return None


def _set_off(clause: Token) -> bool:
    """A clause after a comma, a dash or a bracket: non-restrictive ('Hall, who lost to Ward, ...')."""
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text in (",", "(", "—", "–", "--")


SETTING_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
SETTING_ADVERBS = shared_words().relative_place_adverbs | shared_words().relative_time_adverbs


def _describes_where_or_when(description: Token) -> bool:
    """'on Capitol Hill, where Ward has stayed popular', 'in May, when Ward won': a clause that sets the scene
    of the sentence rather than describes a party to it; the person it names stays in view."""
    return description.head.ent_type_ in SETTING_ENTITIES \
        or any(c.lower_ in SETTING_ADVERBS for c in description.children if c.dep_ == "advmod")


def _gender(memory: _Memory, actor: Actor) -> str | None:
    """What the article or the given name tells of a person's gender ('Mr. Netanyahu' earlier, 'Hillary')."""
    told = memory.genders.get(actor.name) if actor.name else None
    bound = memory.pronoun_genders.get(actor.name) if actor.name else None
    # a title or a given name is an explicit cue; a pronoun bound earlier only fills in where none is
    return told or GENDERS.of_person(actor) or bound


def _remember_gender(memory: _Memory, actor: Actor) -> None:
    """'Mr. Netanyahu', 'Sara Netanyahu, the prime minister's wife': the mention's title or word tells the
    gender of the person at every later mention."""
    told = GENDERS.of_mention(actor.text)
    if told is not None and actor.name:
        memory.genders.setdefault(actor.name, told)


def _person_like(actor: Actor) -> bool:
    """A person, named or not: 'Ahmed Kassem', or a singular titled mention such as 'the minister'."""
    if actor.kind == "person":
        return True
    return actor.role is not None and not actor.text.lower().endswith("s")


def _excluded_people(pronoun: Token, memory: _Memory) -> list[Actor]:
    """The mentions the grammar forbids the pronoun to stand for (``binding``): 'Reed' in 'Reed vowed to vote
    for him', the speaker of 'I will vote for him'."""
    found = (_mention_at(memory, token) or memory.people.get(token.lower_) for token in excluded_referents(pronoun))
    excluded = [actor for actor in found if actor is not None]  # a speaker named after the words: by the name met
    words = spoken_words(pronoun)
    if words is not None:
        first, last = words.left_edge.idx, words.right_edge.idx
        excluded += [actor for offset, actor in memory.recent if first <= offset <= last]
    return excluded


def _speaker_to_come(doc: Doc, pronoun: Token, sentence: int, memory: _Memory,
                     excluded: Sequence[Actor]) -> list[Actor]:
    """The person a pronoun reporting the words after them will stand for ('"She can never win," *she* said'):
    the one most salient before the words, whom that pronoun's gender fits. Words given as the speaker's own
    name the speaker "I", so a third-person pronoun in them is someone else."""
    speaker = reporting_speaker(pronoun)
    if speaker is None or speaker.i < pronoun.i or speaker.pos_ != "PRON":
        return []
    said_by = GENDERS.of_pronoun(speaker.lower_)
    # only 'he'/'she' stands for one person; and '"She is brave," he said' names two people, so the speaker
    # shuts out of the quoted pronoun only a person of the same gender ('they', 'it' shut out nobody)
    if said_by is None or GENDERS.of_pronoun(pronoun.lower_) != said_by:
        return []
    meant = _recent_person(memory, doc, pronoun, sentence, said_by, excluded)
    return [meant] if meant is not None and meant.name else []


def _among(actor: Actor, excluded: Sequence[Actor]) -> bool:
    """The same mention, or another mention of the same named person."""
    return any(actor is other or (actor.name is not None and actor.name == other.name) for other in excluded)


def _mention_at(memory: _Memory, token: Token, before: int | None = None) -> Actor | None:
    """The latest mention remembered that covers ``token`` (and starts before offset ``before``, if given)."""
    return next((a for off, a in reversed(memory.recent)
                 if off <= token.idx < (a.end or off) and (before is None or off < before)), None)


def _coordinated_owner(pronoun: Token, memory: _Memory) -> Actor | None:
    """'criticized Ward and his allies', 'Ward and her husband': a possessive pronoun in a conjunct whose first
    conjunct names a person is that person's -- the coordinated noun phrase is the pronoun's nearest antecedent,
    nearer than the clause's subject. The person's mention, when the first conjunct is one (named or not)."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "conj":
        return None
    first = pronoun.head.head
    if first.i >= pronoun.i or first.pos_ not in ("PROPN", "NOUN"):
        return None
    actor = _mention_at(memory, first, before=pronoun.idx)
    return actor if actor is not None and _person_like(actor) and actor.name else None


def _clause_subject_person(pronoun: Token, memory: _Memory) -> Actor | None:
    """'his' usually refers to the subject of its clause: 'the minister, who said his office would respond' is
    the minister's office. Climbs clause by clause to the first subject that does not contain the pronoun
    ('who' stands for the noun it modifies). Returns that subject's mention when it is a person (named or not)."""
    if co_argument_verb(pronoun) is not None:
        return None  # 'Reed praised him', 'Reed voted for him': an object is not its clause's subject (binding)
    verb = pronoun.head
    for _ in range(6):
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = nominal_subject(verb)
        if subject is not None and not (subject.left_edge.i <= pronoun.i <= subject.right_edge.i):
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = verb.head
            actor = _mention_at(memory, subject, before=pronoun.idx)
            if actor is not None and _person_like(actor):
                return actor
            if verb.dep_ != "conj":
                return None
            # 'Dale will keep his post, but the hiring of Hall was a demotion for him': a clause whose subject is
            # no person leaves the pronoun to the subject of the clause it is coordinated with
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None




def _name_head_candidates(doc: Doc, found: list[Actor], nouns: frozenset[str]) -> list[Actor]:
    """The mentions with, in text order, each bare definite noun of ``nouns`` ('the committee', 'this council')
    that no mention covers: a lower-case singular noun right after its determiner, heading its phrase (no noun
    after it, no 'of' phrase: 'the committee chairman', 'the council of elders' say more). Each is put forward
    with the rule NAME_HEAD_CANDIDATE; bridging keeps it only where it repeats the head of a name before it."""
    if not nouns:
        return found
    covered = [(a.start, a.end) for a in found if a.start is not None and a.end is not None]
    extra: list[Actor] = []
    for token in doc:
        if token.lower_ not in nouns or token.text != token.lower_ or token.tag_ != "NN" or token.i == 0:
            continue
        det = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if det.lower_ not in DEFINITE_OPENERS or det.head.i != token.i or token.dep_ == "compound" \
                or (after is not None and (after.pos in (NOUN, PROPN) or after.lower_ == "of")):
            continue
        start, end = det.idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in covered):
            continue
        extra.append(Actor(doc.text[start:end], kind="organisation", start=start, end=end, rule=NAME_HEAD_CANDIDATE))
    return placed_in_text_order(found, extra)


def placed_in_text_order(found: list[Actor], extra: list[Actor]) -> list[Actor]:
    """``found`` with each of ``extra`` (in text order, each with a start) put before the first mention of
    ``found`` that starts after it; the mentions of ``found`` keep their order, and several candidates before the
    same mention keep theirs. The first mention starting after a point is the first whose running maximum start
    passes it (the running maximum never falls), so one pass and a binary search per candidate place them all."""
    running: list[int] = []
    highest = -1
    for a in found:
        if a.start is not None:
            highest = max(highest, a.start)
        running.append(highest)
    before: dict[int, list[Actor]] = {}
    for candidate in extra:
        before.setdefault(bisect_right(running, candidate.start or 0), []).append(candidate)
    out: list[Actor] = []
    for i, a in enumerate(found):
        out.extend(before.get(i, ()))
        out.append(a)
    out.extend(before.get(len(found), ()))
    return out


def _head_has_compound(doc: Doc, actor: Actor) -> bool:
    """Whether a mention's head noun has a noun compounded before it ('family members', 'council members')."""
    root = mention_root(doc, actor)
    return root is not None and any(c.dep_ == "compound" for c in root.children)
