"""Dependency-parse helpers shared by the quote rules: cues, their speakers, speaker mentions, voice."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.doc_index import entity_bounds, token_chars, tokens_text
from accord.quotes.lexicon import CueLexicon
from accord.syntax import PRESENT_TAGS

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
DASHES = frozenset({"-", "--", "—", "–"})  # a dash as a token: an aside or a break in a sentence
_PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
SPEAKER_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Left dependents that belong to a speaker mention: "India's foreign minister", "Russian President Putin".
_MENTION_LEFT = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct"})
_INHERITS_SUBJECT = frozenset({"conj", "advcl", "xcomp"})
_COMPLEMENT_PREPOSITIONS = frozenset({"to"})  # "used to", "opposed to", "accustomed to": a participle's complement


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that mark an attribution ("said", "called it", "according to") and the speaker's head."""

    first: int  # token indices [first, last]
    last: int
    speaker: int | None  # head token of the speaker mention

    def text(self, doc: Doc) -> str:
        return tokens_text(doc, self.first, self.last).text

    def chars(self, doc: Doc) -> tuple[int, int]:
        return token_chars(doc, self.first, self.last)


def finite_auxiliary(token: Token) -> bool:
    """An auxiliary of tense, voice, mood or "do" ("could", "had", "was", "didn't"), not the infinitive's "to"."""
    return token.dep_ in ("aux", "auxpass") and token.lower_ != "to"


def _adverb_particle(child: Token, verb: Token, lexicon: CueLexicon) -> bool:
    """The tagger reads some particles as adverbs ("pushed back on the claims": advmod "back"): such a word right
    of its verb is the particle all the same."""
    return child.dep_ == "advmod" and child.i > verb.i and child.lower_ in lexicon.adverb_particles


def cue_lemma(token: Token, lexicon: CueLexicon) -> str:
    """The lemma a cue is listed under: a phrasal verb with its particle ("pointed out that …" is "point out",
    a verb of saying, where "point" alone is not), any other word its own lemma."""
    lemma = lexicon.lemma_of(token.lemma_, token.lower_)
    particles = lexicon.particle_verbs.get(lemma)
    if particles:
        for child in token.children:
            if child.lower_ in particles and (child.dep_ == "prt" or _adverb_particle(child, token, lexicon)):
                phrasal = f"{lemma} {child.lower_}"
                if phrasal in lexicon.stance_object_phrasals and not _said_or_stance_object(token, lexicon):
                    return lemma
                return phrasal
    return lemma


_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})  # a person or a body named: someone to push back against


def _said_or_stance_object(verb: Token, lexicon: CueLexicon) -> bool:
    """The object of the verb's preposition (or the verb with none) is a saying, a stance, a person or a body."""
    # the preposition hangs on the verb or, at times, on its particle ("pushed back *against* the advance")
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
    objects = [o for h in heads for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return not objects or any(
        o.lemma_.lower() in lexicon.said_or_stance_nouns or o.lower_ in lexicon.said_or_stance_nouns
        or o.ent_type_ in _ACTOR_ENTITIES or o.pos_ == "PRON" for o in objects)


def is_speech_verb(token: Token, lexicon: CueLexicon) -> bool:
    return token.tag_ in VERB_TAGS and cue_lemma(token, lexicon) in lexicon.speech_verbs


def is_cue_verb(token: Token, lexicon: CueLexicon) -> bool:
    """A verb of any cue class (speech, thought, evidence, intention, stance, prepositional)."""
    return token.tag_ in VERB_TAGS and cue_lemma(token, lexicon) in lexicon.cue_lemmas


def is_naming_verb(token: Token, lexicon: CueLexicon) -> bool:
    return token.tag_ in VERB_TAGS and cue_lemma(token, lexicon) in lexicon.naming_verbs


def speaker_of(verb: Token, lexicon: CueLexicon, depth: int = 0, shared: bool = False) -> Token | None:
    """The subject of a cue verb; a relative pronoun stands for its noun; "adding that" borrows its head's.
    ``shared``: the subject is looked for on a verb the cue is coordinated with, where a passive's subject is
    the cue's too ("was forced into a retreat and said …")."""
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    for child in verb.children:
        if child.dep_ == "nsubj" or (shared and child.dep_ == "nsubjpass" and child.i < verb.i):
            if child.lower_ in lexicon.relative_pronouns and verb.dep_ == "relcl":
                if _gap_filler(child, verb, lexicon):
                    continue  # "a drug which doctors say saves lives": the pronoun is the content's subject
                return child  # PARC's source is the pronoun itself; the resolver names its noun
            return _nominal(child)
    for child in verb.children:
        if child.dep_ == "csubj" and child.i < verb.i and child.tag_ == "VBG":
            # "Voters going to the polls said …": the parser made the participle the subject clause
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return _nominal(subject)
    for child in verb.children:
        if child.dep_ == "advcl" and child.i < verb.i and child.tag_ == "VBG":
            # "Cole, noting the size of the crowd, said …": the parser gave the subject to the participle
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            if subject is not None:
                return _nominal(subject)
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    quoted = _quoted_as(verb, lexicon)
    if quoted is not None:
        return quoted
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "when asked whether …": a bare past participle is passive, its subject the one asked
    continued = continued_cue(verb, lexicon) if depth < 2 else None
    if continued is not None:  # "told reporters the firm never paid and said …": the one saying again is the teller
        return speaker_of(continued, lexicon, depth + 1)
    if depth < 2 and verb.dep_ in _INHERITS_SUBJECT and verb.head.i != verb.i and verb.head.tag_ in VERB_TAGS:
        return speaker_of(_reporting_head(verb, lexicon), lexicon, depth + 1, verb.dep_ == "conj")
    controller = _adjective_controller(verb)
    if depth < 2 and controller is not None:
        return speaker_of(controller, lexicon, depth + 1)
    adjunct = _adjunct_governor(verb)
    if depth < 2 and adjunct is not None:
        # the adjunct's subject is its governor's surface subject, a passive one too ("was fired for saying …":
        # the one fired is the one who said it); "to" after a participle takes its complement, a state the
        # subject is in ("are used to seeing", "is opposed to raising"), not the occasion of an act
        return speaker_of(adjunct, lexicon, depth + 1, shared=verb.head.lower_ not in _COMPLEMENT_PREPOSITIONS)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        issuer = _issuer(verb.head, lexicon) if depth < 2 else None
        return issuer or verb.head  # "polls showing Clinton ahead", "a group saying …": the noun speaks
    return None


def _gap_filler(pronoun: Token, verb: Token, lexicon: CueLexicon) -> bool:
    """A relative pronoun the parser hung on the cue beside a second subject of its own between them ("which
    doctors say saves lives"): English gives a verb one subject, so the pronoun fills the gap in what follows
    the cue and the second subject is the one saying it."""
    return any(c.dep_ == "nsubj" and pronoun.i < c.i < verb.i and c.lower_ not in lexicon.relative_pronouns
               for c in verb.children)


def _issuer(noun: Token, lexicon: CueLexicon) -> Token | None:
    """"She released a statement saying …", "the group is running an ad attacking …": a text put out by a
    light verb's subject speaks for that subject (PARC's source is who said it, the statement its medium)."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicon.message_nouns:
        return None
    governor = noun.head
    if governor.lemma_.lower() not in lexicon.light_verbs:
        return None
    return speaker_of(governor, lexicon, 2)


_EXPLETIVES = frozenset({"it", "there"})


def _adjective_controller(verb: Token) -> Token | None:
    """"Critics were quick to condemn the ruling", "she was eager to praise him": the infinitive of a predicate
    adjective has the subject of the adjective's verb (subject control). Not after an expletive ("it is easy to
    criticize X": no one does), nor when the infinitive has its own subject."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.dep_ != "acomp" or adjective.pos_ != "ADJ" or adjective.i == verb.i:
        return None
    governor = adjective.head
    if governor.i == adjective.i or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return governor if subject is not None and subject.lower_ not in _EXPLETIVES else None


def _adjunct_governor(verb: Token) -> Token | None:
    """"hit back by accusing him of …", "instead of calling himself a conservative, he said …": a gerund
    after a preposition that modifies a verb has that verb's subject (subject control of the adjunct)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(c.dep_ in ("nsubj", "poss") for c in verb.children):
        return None
    preposition = verb.head
    governor = preposition.head
    if preposition.dep_ != "prep" or governor.i == preposition.i or governor.tag_ not in VERB_TAGS:
        return None
    return governor


def _quoted_as(verb: Token, lexicon: CueLexicon) -> Token | None:
    """"X was quoted as saying …" / "Reuters quoted X as saying …": X is the one saying."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    governor = verb.head.head
    if governor.lemma_.lower() not in lexicon.quoting_verbs:
        return None
    spoken = next((c for c in governor.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return _nominal(spoken) if spoken is not None else None


def quoting_cue_start(verb: Token, lexicon: CueLexicon) -> int:
    """First token of the cue: "quoted as saying" is one cue; any other verb is its own."""
    if _quoted_as(verb, lexicon) is not None:
        return verb.head.head.i
    return verb.i


def _reporting_head(verb: Token, lexicon: CueLexicon) -> Token:
    """The verb whose subject a participle shares. "X said Y had Z, adding …": the parser often hangs
    "adding" on the reported verb "had"; the one adding is still X."""
    head = verb.head
    if verb.tag_ == "VBG" and head.dep_ == "ccomp" and is_speech_verb(head.head, lexicon):
        return head.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and is_speech_verb(head.head, lexicon) \
            and verb.tag_ == head.head.tag_ != head.tag_:
        return head.head  # "says the answer was X and says he wrote a bill": the one saying again is the first
    return head


def own_subject(verb: Token) -> Token | None:
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _nominal(subject) if subject is not None else None


def _inverted_subject(verb: Token) -> Token | None:
    """", said the minister, …": the subject right after a cue set off by a comma is the speaker, also when the
    parser made the content's subject before the comma a second subject of the cue ("The treaty, said the
    minister, would …")."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in (",", "—", "–"):
        return None
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i == verb.i + 1]
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return after[0] if after and before else None


def _nominal(subject: Token) -> Token:
    """A subject the parser left on a participle ("The Red Cross operating in Iraq said") -> its noun."""
    if subject.pos_ not in ("VERB", "AUX"):
        return subject
    nouns = [t for t in subject.subtree if t.i < subject.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
    return nouns[-1] if nouns else subject


_SOURCE_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod", "prep", "acl", "relcl"})


def source_phrase_at(doc: Doc, i: int, lexicon: CueLexicon) -> Cue | None:
    """A cue phrase such as "according to X" starting at token i, with X's head as the speaker."""
    first_word = doc[i].lower_
    for phrase in lexicon.source_phrases:
        if phrase[0] != first_word:
            continue
        end = i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[i:end]) != phrase:
            continue
        last = doc[end - 1]
        source = next((c for c in last.children if c.dep_ == "pobj"), None)
        if source is None and end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN", "PRON"):
            source = _noun_head(doc[end])
        if source is not None and not _names_no_one(source, lexicon):
            return Cue(i, end - 1, source.i)
    return None


def _names_no_one(source: Token, lexicon: CueLexicon) -> bool:
    """"according to plan": a bare non-source noun is a manner, not a source; "according to the plan" or
    "according to state law" names a document that says what follows."""
    return source.lower_ in lexicon.non_sources and not any(
        c.dep_ in _SOURCE_MODIFIERS for c in source.children
    )


def _noun_head(token: Token) -> Token:
    while token.dep_ in ("compound", "amod", "det", "poss", "case") and token.head.i != token.i:
        token = token.head
    return token


def mention_bounds(head: Token) -> tuple[int, int]:
    """Token span [start, end) of the noun phrase naming a speaker, without clauses or appositions."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _MENTION_LEFT or (child.dep_ == "punct" and child.text != "-"):
            break
        start = child.left_edge.i
    end = head.i + 1
    entity = entity_bounds(head)
    doc = head.doc
    if entity is not None:
        first = entity[0]
        for i in range(entity[0], head.i):
            # "…moved to Jones, Brown said": the recogniser ran two names across a comma into one; the words
            # before the comma that the parse does not hang on the speaker belong to the sentence before
            if doc[i].text == "," and i > first and not _hangs_on(doc[i - 1], head):
                first = i + 1
        start, end = min(start, first), max(end, entity[1])
    while start < head.i and (doc[start].dep_ in ("cc", "punct") or doc[start].is_space):
        start += 1
    return start, end


def _hangs_on(token: Token, head: Token) -> bool:
    """Whether the parse puts ``token`` inside the phrase ``head`` heads."""
    return token.i == head.i or any(a.i == head.i for a in token.ancestors)


# the tags of a finite verb or modal: a clause that states something, not an infinitive, gerund or participle
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def glued_hyphen(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen with no space on either side, joining two words into one ("re-election",
    "op-ed", "R-Texas"), not a dash that sets a phrase off."""
    return 0 < k < len(doc) and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def voice(tokens: list[Token], lexicon: CueLexicon) -> str:
    """'first' (speaks as I/we/you), 'present' (tense not shifted back), or 'past'."""
    if any(t.lower_ in lexicon.first_second_person and t.tag_ in _PRONOUN_TAGS for t in tokens):  # not "US"
        return "first"
    for t in tokens:
        if t.tag_ == "MD" and t.lower_ in lexicon.present_modals:
            return "present"
        if t.tag_ in PRESENT_TAGS and not (t.dep_ == "aux" and t.lemma_ == "have"):  # "has agreed" is a report
            return "present"
    return "past"


def simple_present(tokens: list[Token]) -> bool:
    """A main verb in the simple present ("This is a victory", "We see"), not an auxiliary of a
    perfect, progressive or passive ("has agreed", "is providing", "is committed") — those are how wire
    copy reports, while the simple present is how people speak."""
    return any(t.tag_ in PRESENT_TAGS and t.dep_ not in ("aux", "auxpass") for t in tokens)


def word_count(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not (t.is_punct or t.is_space))


def relative_antecedent(pronoun: Token, lexicon: CueLexicon) -> Token | None:
    """The noun a relative pronoun subject stands for ("officials who said …" -> "officials")."""
    verb = pronoun.head
    if pronoun.lower_ not in lexicon.relative_pronouns or pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    return verb.head if verb.head.i != verb.i else None


# the dependencies a coordinated verb of speech may hang from inside an earlier cue's content: its clause, object,
# prepositional object, infinitive, and the clauses and phrases these carry
_CONTENT_PATH_DEPS = frozenset({"ccomp", "conj", "xcomp", "dobj", "pobj", "prep", "pcomp", "relcl", "acl", "advcl",
                                "oprd", "attr", "acomp", "dative"})
# how the first content hangs on its cue: a complement, not an adjunct of the saying ("said, when asked …")
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "dative", "oprd", "attr", "acomp"})
_MAX_CLIMB = 8  # dependency steps from the coordinated verb up to the cue it continues
_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "mark"})


def continued_cue(verb: Token, lexicon: CueLexicon) -> Token | None:
    """The earlier cue verb whose speaker goes on in ``verb``: "The mayor told reporters the city never paid
    the firm and said …", "claims that the agency hides its records, and asserts that …", "is noting the
    problems the team had and saying …". A verb of speech (or naming) after "and"/"but", with no subject or
    "that" of its own, in the same form as a cue verb above it (finite with finite, gerund with gerund), tells
    what that cue's speaker said next, wherever the parser hung it inside the first content: the outermost
    such cue, as news reports a speaker's successive statements so, and PARC's source of both is the one who
    spoke (two attributions, each with its own cue). None when ``verb`` is no such verb."""
    if verb.dep_ != "conj" or verb.tag_ not in VERB_TAGS or verb.head.i == verb.i:
        return None
    lemma = cue_lemma(verb, lexicon)
    if lemma not in lexicon.speech_verbs and lemma not in lexicon.naming_verbs:
        return None
    if any(c.dep_ in _OWN_SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.left_edge.i - 1  # "and also said": the conjunction before the verb's own words
    if before < 0 or verb.doc[before].dep_ != "cc":
        return None
    if _named_conjunct(verb.head, verb, lexicon):
        return None
    found = None
    token, step = verb.head, verb.dep_
    inside = False  # a conjunct of a conjunct of the cue ("shouting, projecting and demanding") is a list item
    for _ in range(_MAX_CLIMB):
        if inside and step in _COMPLEMENT_DEPS and token.i < verb.i and _speaking_cue(token, lexicon) \
                and _parallel(token, verb):
            found = token
        if token.head.i == token.i or token.dep_ not in _CONTENT_PATH_DEPS:
            break
        inside = inside or token.dep_ != "conj"
        token, step = token.head, token.dep_
    return found


def _speaking_cue(token: Token, lexicon: CueLexicon) -> bool:
    """A cue verb with someone behind it who may go on speaking: not an evidential verb ("appeared accurate
    when the report was finalized and denied …" — appearing says nothing)."""
    return is_cue_verb(token, lexicon) and cue_lemma(token, lexicon) not in lexicon.evidential_verbs


def _named_conjunct(head: Token, verb: Token, lexicon: CueLexicon) -> bool:
    """"Aides said the mayor denied the claim and added …": a verb of speech conjoined to a cue verb of its own
    form whose subject is named is that subject's next act of saying, as the parser read it. A personal
    pronoun subject ("says he respects her and calls her …") most often stands for the outer speaker."""
    if not _speaking_cue(head, lexicon) or not _parallel(head, verb):
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.tag_ != "PRP"


_FINITE_OWN = frozenset({"VBD", "VBZ", "VBP"})


def _parallel(cue: Token, verb: Token) -> bool:
    """Two verbs of one speaker's coordinated acts of saying share their form: the same tag ("noting … and
    saying"), or both finite ("adds that … and called on …", "did say … and called …": a verb's auxiliary
    makes it finite)."""
    return cue.tag_ == verb.tag_ or (_finite(cue) and _finite(verb))


def _finite(verb: Token) -> bool:
    if verb.tag_ in _FINITE_OWN:
        return True
    return verb.tag_ != "VBG" and any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)
