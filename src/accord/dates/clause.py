"""Which clause a token belongs to: the syntax the attachment functions of dates, places and quantities share.

An event's date, place and numbers are the ones its own clause gives ("signed 28 pacts on Monday"), not those
of a neighbouring clause in the same sentence. A clause is identified by its head verb: the first ancestor
(or the token itself) that is a verb heading a finite or reported clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.doc_index import same_sentence

# Dependencies that start a new clause below their head. xcomp ("started receiving") and prepositional
# verbs ("including") stay in their governor's clause.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj", "pcomp"})
VERB_POS = frozenset({"VERB", "AUX"})


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
