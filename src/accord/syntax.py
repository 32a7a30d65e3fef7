"""Dependency-parse questions every stage asks alike: which labels mark a clause's subject, which tags a relative
pronoun, and the verb's own child that is its nominal subject. Pure reading of spaCy's parse; it imports nothing
of accord, so any stage can use it.

``accord.events.syntax`` asks wider questions for the event coder (its ``SUBJECT_DEPS`` also counts a clausal
subject, and its ``subject_of`` climbs to a coordinated verb's head); this module asks only the narrow one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a clause's nominal subject, active or passive
# Whatever fills a clause's subject position: a nominal or clausal subject, or an expletive ("*it* is said").
CLAUSE_SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | {"expl", "csubj"}
# A nominal subject or the expletive holding its place ("*there* were clashes"), but no clausal subject.
SUBJECT_OR_EXPLETIVE_DEPS = NOMINAL_SUBJECT_DEPS | {"expl"}
RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "which", "that" as relative pronouns
# any word that opens a relative clause: a relative pronoun, a possessive one ("whose") or an adverb ("where")
RELATIVE_WORD_TAGS = RELATIVE_TAGS | {"WP$", "WRB"}
# the relative pronouns that may stand as a relative clause's subject or object ("the man who said", "the plan that
# they backed"); "whose" only modifies a noun
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})  # "civilians", "Kurds": a plural common or proper noun
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "says", "say": a verb in the simple present (not the bare "VB")
NONFINITE_TAGS = frozenset({"VBG", "VBN"})  # participles and gerunds (an infinitive has its "to": has_infinitive)


def nominal_subject(verb: Token, before: bool = False) -> Token | None:
    """The verb's own first nominal subject (active or passive), if it has one; with ``before``, only one that
    stands before the verb ("Reed said", not the inverted "said Reed")."""
    return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and (not before or c.i < verb.i)), None)


def has_nominal_subject(verb: Token) -> bool:
    """Whether the verb has a nominal subject of its own (a conjunct without one shares its head's)."""
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)


def has_infinitive(token: Token) -> bool:
    """A "to" infinitive: "agreed *to* withdraw"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def raised_objects(verb: Token) -> list[Token]:
    """The direct object a verb shares with the verb coordinated right after it, when nothing but the conjunction
    follows the first verb ("promised to *train and arm* the rebels", "*attacked and killed* 20 soldiers"): the
    parser gives the object to the second verb only, though it completes both. Nothing when the second verb has a
    subject of its own ("they train and we arm the rebels": two clauses) or the first verb an object of its own."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    after = list(verb.rights)
    if not after or after[0].dep_ != "cc" or after[0].i != verb.i + 1:
        return []
    second = next((c for c in after if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in second.children):
        return []
    return [c for c in second.children if c.dep_ == "dobj"]


def has_modal(verb: Token) -> bool:
    """A modal auxiliary of the verb's own: "*would* recover", "*could* arrest"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def misread_object(token: Token) -> bool:
    """A proper name after a verb that the parse hangs on it as an adverbial noun ("had met *Kasich*"): the verb's
    object (and a mention); not a name before a participle ("*US*-backed"), which only modifies it."""
    return token.dep_ == "npadvmod" and token.pos_ == "PROPN" and token.head.pos_ in ("VERB", "AUX") \
        and token.i > token.head.i


def bare_relative(verb: Token, adjunct: Callable[[Token], bool]) -> bool:
    """Whether the verb heads a relative clause opened by no relative word ("the dam the governor wants to
    build", "the abuses the soldiers were committing"), with a nominal subject of its own that is no relative
    word, after an antecedent that is no time, manner or reason ("the day the army attacked", "the way they
    fought", "the reason voters say ...": a DATE or TIME entity, or ``adjunct``): only then is something in the
    clause left unsaid for the antecedent to fill. A relative word before the verb ("which", "whom", "whose
    guards", "in which") holds the gap itself."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return False
    if any(t.tag_ in RELATIVE_WORD_TAGS for t in verb.subtree if t.i < verb.i):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return False
    antecedent = verb.head
    return antecedent.ent_type_ not in ("DATE", "TIME") and not adjunct(antecedent)


def subject_misread_as_date_apposition(verb: Token) -> Token | None:
    """'Monday, Nevada, heading a group of states, petitioned a court ...': the parser hangs the subject on the opening
    day (a date adverbial of the verb) as its apposition, and the verb is left with no subject of its own. That
    apposition is the subject; None where the verb has one, or no date adverbial with an apposed noun."""
    if has_nominal_subject(verb):
        return None
    for day in verb.children:
        if day.dep_ == "npadvmod" and day.ent_type_ == "DATE" and day.i < verb.i:
            apposed = next((c for c in day.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")), None)
            if apposed is not None:
                return apposed
    return None
