"""Whom a third-person pronoun cannot stand for, by the grammar of its sentence.

Two facts of English decide it, whatever the story says:

- A plain object pronoun is never its own clause's subject: that would be the reflexive ("Reed praised him",
  "Reed vowed to vote for him": not Reed, who would be "himself"). The subject may be shared with the verb the
  pronoun's verb is coordinated with ("Reed spoke and praised him") or be an infinitive's controller: the matrix
  verb's object where it has one ("Ward urged Reed to vote for him": not Reed), else its subject. A spatial
  preposition is the exception ("Reed looked around him", "the crowd at his rally"): its object may be the subject.
- In words reported as the speaker's own, the speaker is "I" or "we": when the reported clause speaks in the first
  person ("Welch said: I will vote for him") or stands in quotation marks ('he said, "she might lose"'), a
  third-person pronoun in it is someone other than the speaker (also where the quotation runs on into sentences
  with no report of their own); and the pronoun that is the speaker of such words
  ('"I would back Ward," he said') is none of the people they name.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import TAG
from spacy.tokens import Doc, Span, Token

from accord.blackboard import CONTINUED_SPEAKERS, QUOTATION_DEPTH
from accord.doc_index import line_breaks
from accord.syntax import (
    NOMINAL_SUBJECT_DEPS,
    NONFINITE_TAGS,
    RELATIVE_TAGS,
    has_infinitive,
    misread_object,
    nominal_subject,
)
from accord.words import shared_words

_WORDS = shared_words()
FIRST_PERSON = _WORDS.pronouns(("first_singular", "first_plural"))
SPATIAL_PREPOSITIONS = _WORDS.locative_prepositions | _WORDS.site_prepositions
PREDICATIVE_PREPOSITIONS = _WORDS.predicative_prepositions  # as, like: a role or likeness of the subject itself
OBJECT_CONTROL_PREPOSITIONS = _WORDS.object_control_prepositions  # of, for ...: the object does the gerund
OBJECT_DEPS = frozenset({"dobj", "dative"})
NON_ADJUNCT_PARTICIPLES = _WORDS.prepositional_participles  # according, including ...: no party's act
OBJECT_PRONOUNS = _WORDS.pronouns(cases=("object",))  # him, her, them, me: the case of a verb's object
INFINITIVE_DEPS = frozenset({"ccomp", "xcomp"})  # the clause a verb of allowing or wanting takes
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # the clause a verb of saying reports
OPENING_MARK, CLOSING_MARK = "``", "''"  # the parser's tags of quotation marks (Penn Treebank)
CLIMB = 8  # clauses climbed from a pronoun to the verb that reports it
CONTINUATION_REACH = 2  # sentences back a quotation's words may continue its report


def _verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def co_argument_verb(pronoun: Token) -> Token | None:
    """The verb the pronoun is an object of, directly or through a non-spatial preposition ('Reed praised him',
    'Reed voted for him'); None for any other pronoun ('his', 'he', 'a picture of him')."""
    head = pronoun.head
    if pronoun.dep_ in OBJECT_DEPS and _verb(head):
        return head
    if _infinitive_subject(pronoun):
        return head.head  # "the militia did not allow them to leave": the object of "allow" the parse hangs lower
    if pronoun.dep_ == "pobj" and head.dep_ in ("prep", "dative") and _verb(head.head) \
            and head.lower_ not in SPATIAL_PREPOSITIONS:
        return head.head
    return None


def _infinitive_subject(pronoun: Token) -> bool:
    """An object pronoun the parse makes the subject of the infinitive after a verb ("allowed *them* to leave",
    "wants *him* to win"): its case says it is the object of the verb above, in that verb's clause."""
    head = pronoun.head
    return pronoun.dep_ in NOMINAL_SUBJECT_DEPS and pronoun.lower_ in OBJECT_PRONOUNS and _verb(head) \
        and head.dep_ in INFINITIVE_DEPS and head.head.i != head.i and _verb(head.head) \
        and has_infinitive(head)


def verb_subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it takes from the verb it is coordinated with or whose infinitive it is; a
    relative pronoun's noun ("the militants *who* vowed to kill them": the militants)."""
    for _ in range(CLIMB):
        subject = nominal_subject(verb)
        if subject is not None:
            if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" and verb.head.i != verb.i:
                return verb.head
            return subject
        if verb.dep_ == "xcomp":
            controller = next((c for c in verb.head.children if c.dep_ in OBJECT_DEPS), None)
            if controller is not None:
                return controller
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and _verb(verb.head.head):
            # "Fields accused Reed of grabbing her", "Ward thanked Reed for helping him": a gerund after the
            # verb's object and a preposition of control is the object's act; "praised Reed after meeting him"
            # (the subject's act) and a gerund with no object before it are left as before
            return _gerund_controller(verb)
        elif verb.dep_ != "conj":
            return None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _gerund_controller(gerund: Token) -> Token | None:
    """The object of the verb above a gerund's preposition, when the object comes before it and the preposition
    is one of control ("accused X *of* grabbing her"): X does the gerund."""
    preposition = gerund.head
    if preposition.lower_ not in OBJECT_CONTROL_PREPOSITIONS:
        return None
    controller = next((c for c in preposition.head.children if c.dep_ in OBJECT_DEPS), None)
    return controller if controller is not None and controller.i < preposition.i else None


def _speaks_in_first_person(clause: Token) -> bool:
    return any(t.pos_ == "PRON" and t.lower_ in FIRST_PERSON for t in clause.subtree)


def _paragraph_start(token: Token) -> int:
    """The index of the first token of the token's paragraph (after the last line break before it)."""
    return _quotation_depth(token.doc)[0][token.i]


def inside_quotation(token: Token) -> bool:
    """Whether the token stands between an opening and a closing quotation mark of its paragraph (the parser tags
    the marks themselves as opening or closing); a quotation may run over several sentences."""
    starts, opened = _quotation_depth(token.doc)
    return opened[token.i] - opened[starts[token.i]] > 0


def _quotation_depth(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's paragraph start, and the count of opening minus closing marks before each token (one more
    entry than tokens): read once per Doc from its arrays, as every pronoun asks of its own paragraph."""
    return QUOTATION_DEPTH.recall(doc, _count_quotation_marks)


def _count_quotation_marks(doc: Doc) -> tuple[list[int], list[int]]:
    if not len(doc):
        return [], [0]
    opening, closing = doc.vocab.strings[OPENING_MARK], doc.vocab.strings[CLOSING_MARK]
    breaks = [False] * len(doc)  # whether the token is whitespace holding a line break
    for i, _ in line_breaks(doc):
        breaks[i] = True
    starts = [0] * len(doc)
    opened = [0] * (len(doc) + 1)
    for i, tag in enumerate(doc.to_array(TAG).tolist()):
        if i:
            starts[i] = i if breaks[i - 1] else starts[i - 1]
        opened[i + 1] = opened[i] + (tag == opening) - (tag == closing)
    return starts, opened


def _reports(token: Token) -> list[tuple[Token, Token]]:
    """(reported clause, reporting verb) pairs at this token: the clause a verb reports ('Reed said he ...'),
    or a clause with a report set inside it ('he said, "she might ..."')."""
    found = [(token, token.head)] if token.dep_ in REPORTED_DEPS and _verb(token.head) else []
    found += [(token, c) for c in token.children if c.dep_ == "parataxis" and _verb(c)]
    return found


def reported_by(token: Token, report: Token) -> bool:
    """Whether the verb of saying ``report`` reports the clause holding the token ('the army said the rebels
    attacked *us*', 'the rebels attacked *us*, the army said'), not only shares its sentence ('soldiers attacked
    *us* as the minister said the war was over': the report is a circumstance of the clause, not its teller)."""
    for _ in range(CLIMB):
        if any(r.i == report.i for _, r in _reports(token)):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _own_words(pronoun: Token, clause: Token, report: Token) -> bool:
    """Words given as the speaker's own: inside quotation marks the report stands out of; where the sentence marks
    no quotation, words in the first person ('Welch said: I will vote for him'). A pronoun outside the marks of
    its sentence is the narrator's ('Reed said, "You tell me," before he left')."""
    if inside_quotation(pronoun):
        return not inside_quotation(report)
    if any(t.tag_ in (OPENING_MARK, CLOSING_MARK) for t in pronoun.sent):
        return False
    return _speaks_in_first_person(clause)


def reporting_speaker(pronoun: Token) -> Token | None:
    """The subject of the verb reporting the pronoun's clause when the clause is the speaker's own words: in the
    first person ('Welch said: I will vote for him') or quoted ('he said, "she might lose"'); for quoted words
    with no report in their sentence, the speaker of the quotation they continue ('"..." Reed said. "If he runs,
    ..."')."""
    return _reporting_subject(pronoun) or _continued_speaker(pronoun)


def _continued_speaker(pronoun: Token) -> Token | None:
    """The speaker of the quotation a quoted pronoun's sentence continues. It depends on the sentence and its
    paragraph alone, and is read once for each (memo :data:`CONTINUED_SPEAKERS`): every pronoun of a quoted
    sentence, in the actors and again in the events stage, asked it by reading the sentences before."""
    if not inside_quotation(pronoun):
        return None
    doc = pronoun.doc
    start = _paragraph_start(pronoun)
    sentence = pronoun.sent
    known = CONTINUED_SPEAKERS.recall(doc, lambda _: {})
    key = (sentence.start, start)
    if key not in known:
        known[key] = _speaker_before(doc, sentence, start)
    found = known[key]
    return None if found is None else doc[found]


def _speaker_before(doc: Doc, sentence: Span, start: int) -> int | None:
    for _ in range(CONTINUATION_REACH):
        if sentence.start <= start:
            return None
        sentence = doc[sentence.start - 1].sent
        for token in sentence:
            for clause, report in _reports(token):
                if inside_quotation(clause) and not inside_quotation(report):
                    subject = nominal_subject(report)
                    if subject is not None and not inside_quotation(subject):
                        return subject.i
    return None


def _reporting_subject(pronoun: Token) -> Token | None:
    token = pronoun
    for _ in range(CLIMB):
        for clause, report in _reports(token):
            if not _own_words(pronoun, clause, report):
                continue
            subject = nominal_subject(report)
            if subject is not None and subject.i != pronoun.i and subject.lower_ not in FIRST_PERSON \
                    and not inside_quotation(subject):
                return subject
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def spoken_words(pronoun: Token) -> Token | None:
    """The clause of own words a pronoun is the speaker of ('"I would back Ward," he said'): none of the people
    that clause names in the third person is the speaker."""
    report = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECT_DEPS or not _verb(report):
        return None
    clauses = [c for c in report.children if c.dep_ in REPORTED_DEPS and _verb(c)]
    if report.dep_ == "parataxis":  # '"I would back Ward," he said': the words are the sentence's main clause
        clauses.append(report.head)
    own = (c for c in clauses if _quoted_or_first_person(c, report))
    return next(own, None)


def _quoted_or_first_person(clause: Token, report: Token) -> bool:
    """The reported clause is its speaker's own words: quoted with the report outside the marks, or, where the
    sentence marks no quotation, in the first person."""
    if any(t.tag_ in (OPENING_MARK, CLOSING_MARK) for t in clause.sent):
        quoted = inside_quotation(clause) or inside_quotation(clause.left_edge)
        return quoted and not inside_quotation(report)
    return _speaks_in_first_person(clause)


def own_objects(pronoun: Token) -> list[Token]:
    """The objects of the verb a subject pronoun is the subject of, directly or through a non-spatial preposition
    or the by-phrase of a passive ("he had met Reed", "they spoke with Reed", "he was praised by Reed"): the
    pronoun is not one of them, who would be "himself" ("themselves")."""
    verb = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECT_DEPS or pronoun.lower_ in OBJECT_PRONOUNS \
            or pronoun.tag_ in RELATIVE_TAGS or not _verb(verb) or verb.i == pronoun.i:
        return []
    found = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS or misread_object(child):
            found.append(child)  # a name after the verb the parse reads as an adverbial noun is its object
        elif child.dep_ in ("prep", "agent") and child.lower_ not in SPATIAL_PREPOSITIONS \
                and child.lower_ not in PREDICATIVE_PREPOSITIONS:  # "elected as governor": a role, no object
            found.extend(c for c in child.children if c.dep_ == "pobj")
    # spaCy's stubs type Token.conjuncts as a 1-tuple, which the compiled build (mypyc) would enforce
    return [t for o in found for t in (o, *cast(Any, o).conjuncts) if t.i != pronoun.i]


def adjunct_objects(pronoun: Token) -> list[Token]:
    """The objects of a subjectless participle, gerund or infinitive adjoining the verb a subject pronoun is the
    subject of ("*Citing* long delays, they accused ...", "*After meeting* Putin, he said ...", "*Asked about*
    the strikes, she ...", "*Backed by* Russia, they ..."): the adjunct's understood subject is the pronoun, so
    its objects are the pronoun's co-arguments, as its own verb's are (:func:`own_objects`): "he" is not Putin,
    who would be "himself". An adjunct with a subject of its own ("After Putin arrived, he ...") binds nothing;
    nor do participles read as prepositions ("*according to* Reed, he ...": no act of the subject's), nor an
    "as" or "like" phrase, which names a role."""
    verb = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECT_DEPS or pronoun.lower_ in OBJECT_PRONOUNS \
            or pronoun.tag_ in RELATIVE_TAGS or not _verb(verb) or verb.i == pronoun.i:
        return []
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "advcl":
            adjunct: Token | None = child
        elif child.dep_ == "prep" and child.lower_ not in PREDICATIVE_PREPOSITIONS:
            adjunct = next((c for c in child.children if c.dep_ == "pcomp"), None)
        else:
            continue
        if adjunct is None or not _subjectless_nonfinite(adjunct):
            continue
        for part in (adjunct, *(c for c in adjunct.children if c.dep_ == "conj" and _subjectless_nonfinite(c))):
            for own in part.children:
                if own.dep_ in OBJECT_DEPS:
                    found.append(own)
                elif own.dep_ in ("prep", "agent") and own.lower_ not in PREDICATIVE_PREPOSITIONS:
                    found.extend(c for c in own.children if c.dep_ == "pobj")
    return [t for o in found for t in (o, *cast(Any, o).conjuncts) if t.i != pronoun.i]


def _subjectless_nonfinite(verb: Token) -> bool:
    """A participle, gerund or infinitive verb with no subject of its own, not one read as a preposition."""
    if not _verb(verb) or verb.dep_ == "prep" or verb.lower_ in NON_ADJUNCT_PARTICIPLES:
        return False
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS or c.dep_ in ("csubj", "expl") for c in verb.children):
        return False
    return verb.tag_ in NONFINITE_TAGS or has_infinitive(verb)


def excluded_referents(pronoun: Token) -> list[Token]:
    """The tokens of the mentions a third-person pronoun cannot stand for: its own verb's subject when it is that
    verb's object, its own verb's objects when it is that verb's subject (:func:`own_objects`), and the speaker of
    the first-person words it stands in."""
    found = own_objects(pronoun)
    verb = co_argument_verb(pronoun)
    subject = verb_subject(verb) if verb is not None else None
    if subject is not None and subject.i != pronoun.i:
        found.append(subject)
    speaker = reporting_speaker(pronoun)
    if speaker is not None:
        found.append(speaker)
    return found
