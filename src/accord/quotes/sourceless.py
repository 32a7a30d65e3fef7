"""Attributions that name no source (PARC allows them): the passive ("The bank is widely expected to raise
rates", "It is said that the treaty was never signed", "She was known as the fixer") and the evidential
verbs ("The governor appears to have a narrow lead", "The damage seems serious"). The content is the clause
the cue sits in: its subject (unless an empty "it") and its complement, as two pieces around the cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.candidates import Context
from accord.quotes.frames import has_to
from accord.quotes.syntax import DASHES, cue_lemma
from accord.syntax import has_nominal_subject, nominal_subject

_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp", "attr"})
_EMPTY_SUBJECTS = frozenset({"it", "there"})
_NOT_A_CONTENT = frozenset({"WDT", "WP", "PRP"})  # relative words and personal pronouns


def sourceless_content(ctx: Context, verb: Token) -> list[tuple[int, int]] | None:
    """Token ranges [first, last) of the subject and the complement of a sourceless cue."""
    lexicon = ctx.lexicon
    lemma = cue_lemma(verb, lexicon)
    evidential = lemma in lexicon.evidential_verbs
    passive = _passive(verb) and lemma not in lexicon.evidential_verbs
    if not evidential and not passive:
        return None
    subject = nominal_subject(verb)
    complement = _complement(verb, evidential)
    if passive and lemma in lexicon.semi_modal_participles and complement is not None and has_to(complement):
        return None  # "was supposed to open in May": a modal of obligation or expectation, no one's belief
    asked_about = None if complement is not None else _asked_about(verb, lexicon.preposition_cues.get(lemma))
    if asked_about is not None:
        # "Asked about the strike, the mayor …", "she was asked about the merger": what the question is about
        # is the content; the one asked is not, nor the preposition, which links the cue to its content (PARC
        # keeps it with the verb group, as "commented on" is read in the active)
        return [(_object_start(asked_about), asked_about.right_edge.i + 1)]
    if complement is None and passive and lemma in lexicon.object_verbs and lemma not in lexicon.naming_verbs:
        return _passive_object(subject)
    if complement is None or (evidential and subject is None):
        return None
    pieces = []
    if subject is not None and subject.lower_ not in _EMPTY_SUBJECTS:
        pieces.append((subject.left_edge.i, subject.right_edge.i + 1))
    pieces.append((complement.left_edge.i, complement.right_edge.i + 1))
    return pieces


def agent_passive_content(ctx: Context, verb: Token) -> list[tuple[int, int]] | None:
    """Token ranges [first, last) of the content of a passive verb of speech, thought or naming whose source is
    its agent ("The move was seen by many as a blow", "The senator is expected by analysts to win"):
    the same clause as without the agent — the subject (unless an empty "it") and the complement, two pieces
    around the cue and its source. A passive whose content is its subject alone ("The plan was criticized by
    the mayor") is read as the verb's object elsewhere."""
    if not any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    lemma, lexicon = cue_lemma(verb, ctx.lexicon), ctx.lexicon
    if lemma not in lexicon.clause_verbs and lemma not in lexicon.naming_verbs:
        return None  # a verb of speech, thought or naming ("was invited by the UK to …" is a deed)
    if lemma in lexicon.evidential_verbs or lemma in lexicon.listener_verbs or lemma in lexicon.directive_verbs:
        return None  # "was asked by a reporter whether …", "was told by aides that …": the subject was addressed
    complement = _complement(verb, False) or _as_on_agent(verb)
    if complement is None or complement.i < verb.i:
        return None
    subject = nominal_subject(verb)
    pieces = []
    if subject is not None and subject.lower_ not in _EMPTY_SUBJECTS:
        pieces.append((subject.left_edge.i, subject.right_edge.i + 1))
    last = complement.right_edge.i + 1
    dash = next((i for i in range(complement.i, last) if verb.doc[i].text in DASHES), last)
    pieces.append((complement.left_edge.i, dash))  # "as a hug -- an image …": the aside is the writer's
    return pieces



def _as_on_agent(verb: Token) -> Token | None:
    """"was seen by critics as a retreat": the parser hangs the verb's "as" on the agent's noun. Not an "as" set
    off by a comma or a "such as" listing the agents ("echoed by his followers, such as …")."""
    doc = verb.doc
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for noun in agent.children:
            if noun.dep_ == "pobj":
                return next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "as"
                             and not doc[c.i - 1].is_punct and doc[c.i - 1].lower_ != "such"), None)
    return None


def _passive_object(subject: Token | None) -> list[tuple[int, int]] | None:
    """The subject of an agentless passive of a verb whose object is its content ("The merger was announced on
    Tuesday", "The plan was widely criticized"): the passive moves that object into the subject, as "was
    criticized by X" does with a source. Not an empty subject, nor a relative word (its clause belongs to the
    antecedent's sentence, which the relative-word rule reads), nor the subject of a naming verb (what is
    named is no content: "One of them is named in reports as …"), nor a named or personal actor ("He was
    criticized", "Smith was praised for the remark"): an actor in the subject is who was treated so, not what
    was said."""
    if (subject is None or subject.lower_ in _EMPTY_SUBJECTS or subject.tag_ in _NOT_A_CONTENT
            or subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON"):
        return None
    return [(subject.left_edge.i, subject.right_edge.i + 1)]


def _passive(verb: Token) -> bool:
    """A passive with no agent: "is expected to", "was known as" (not "was reported by AP"), or a bare
    participle clause ("Asked whether he would run, …")."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    bare = verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children)
    return bare or any(c.dep_ == "auxpass" for c in children)


def _complement(verb: Token, evidential: bool) -> Token | None:
    for child in verb.rights:
        if not evidential and _question_clause(verb, child):
            return child
        if child.dep_ in _COMPLEMENT_DEPS:
            if child.dep_ == "xcomp" and not has_to(child):
                continue
            return child
        if not evidential and child.dep_ == "prep" and child.lower_ == "as":
            return child  # "is seen as the favourite", "was known as the fixer"
        if evidential and child.dep_ == "prep" and child.lower_ == "like":
            return child  # "this seems like a turning point"
    return None


def _question_clause(verb: Token, child: Token) -> bool:
    """"Asked if he had ever been bullied, …": an indirect question the parser read as a condition (an adverbial
    clause marked "if" or "whether"), told by its mark coming right after the verb; a condition is set off
    ("asked, if at all, …") or comes later ("was asked to stay if the talks failed")."""
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS and c.i == verb.i + 1 for c in child.children)


_QUESTION_MARKS = frozenset({"if", "whether"})


def _asked_about(verb: Token, prepositions: frozenset[str] | None) -> Token | None:
    """The prepositional object a passive cue takes ("asked about …"), when the lexicon lists the preposition
    for the verb; for "as" see _complement."""
    if not prepositions:
        return None
    return next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in prepositions and c.lower_ != "as"
                 and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)


def _object_start(preposition: Token) -> int:
    """The first token of what a preposition governs (its object or clause), after any word between them."""
    objects = [g.left_edge.i for g in preposition.children if g.dep_ in ("pobj", "pcomp") and g.i > preposition.i]
    return min(objects, default=preposition.i + 1)


def hearsay_clause(ctx: Context, adverb: Token) -> tuple[int, int] | None:
    """Token range [first, last) of the clause a hearsay adverb modifies ("Cuccinelli reportedly left the
    floor"): the verb's clause with its subject — the first conjunct's, when the verb shares it ("is a
    Republican but has reportedly been critical of him") — without an adverbial clause set off by a comma after
    the adverb (", leaving the party fearful" is the writer's)."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.i == adverb.i:
        return None
    clause = verb
    while clause.dep_ == "conj" and not has_nominal_subject(clause):
        clause = clause.head
    first, last = clause.left_edge.i, verb.right_edge.i + 1
    doc = ctx.doc
    for child in verb.rights:
        if child.dep_ in ("advcl", "conj") and child.i > adverb.i and doc[child.left_edge.i - 1].text == ",":
            last = min(last, child.left_edge.i - 1)
    return (first, last) if first < last else None
