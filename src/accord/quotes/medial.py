"""Attributions set inside or beside the content instead of before it.

* Medial: "At the time, she said, the council was trying to sell the land" — the attribution sits between
  commas and the content is the sentence around it, in two pieces (PARC: one attribution, one content).
* As-clause: "As the ambassador said, the two countries have become partners" (or "…, as she said") — the
  content is the clause the as-clause hangs on; so too with a verb of wording and "it" ("as the coach put it").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.quotes.candidates import Context, says_something, trim_chars
from accord.quotes.layout import Unit
from accord.quotes.syntax import finite_auxiliary, mention_bounds, own_subject, word_count
from accord.syntax import has_nominal_subject

_COMMAS = frozenset({",", "—", "–"})
_MAX_AFTER_VERB = 10  # tokens of the verb's own adjuncts before the closing comma ("said at a town hall on Monday,")
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
_ADJUNCT_DEPS = frozenset({"advcl", "prep", "npadvmod", "mark"})


def medial_attribution(ctx: Context, verb: Token, unit: Unit) -> list[tuple[int, int]] | None:
    """Character pieces of the content around ", X said," in the middle of a sentence."""
    doc = ctx.doc
    subject = own_subject(verb)
    if subject is None or subject.lower_ in ctx.lexicon.relative_pronouns:
        return None
    mention_start, mention_end = mention_bounds(subject)
    block_start, block_end = min(mention_start, verb.i), max(mention_end, verb.i + 1)
    if block_start - 1 <= unit.start or doc[block_start - 1].text not in _COMMAS:
        return None
    closing = _closing_comma(verb, block_end, unit, verb.lemma_.lower() in ctx.lexicon.listener_verbs)
    if closing is None or word_count(list(doc[unit.start : block_start - 1])) == 0:
        return None
    if closing < subject.right_edge.i:
        # "said Ann Lee, the union's leader, …": the comma opens an apposition to the speaker; the content
        # goes on after the comma that closes it
        closing = _after_apposition(subject, unit) if subject.i > verb.i else None
        if closing is None:
            return None
    if word_count(list(doc[closing + 1 : unit.end])) < 2 or _adjunct_after(verb, closing + 1, unit.end):
        return None
    before = (0, 0) if _adjunct_before(verb, unit.start, block_start - 1) else _chars(ctx, unit.start, block_start - 1)
    after = (0, 0) if _sources_next_act(doc, closing + 1, unit.end) else _chars(ctx, closing + 1, unit.end)
    return [piece for piece in (before, after) if piece[1] > piece[0] and says_something(ctx.doc, *piece)]


def _sources_next_act(doc: Doc, first: int, last: int) -> bool:
    """'…, police said, and would not release details', '…, and did not answer': after the closing comma, a
    conjunction and a verb with no subject of its own in a modal or negated form: what the source did or refused
    next (whatever the parser hung it on), not the content going on."""
    words = [doc[i] for i in range(first, last) if doc[i].dep_ != "punct"]
    if len(words) < 2 or words[0].dep_ != "cc":
        return False
    verb = words[1].head if words[1].dep_ in ("aux", "neg") else words[1]
    return verb.dep_ == "conj" and not has_nominal_subject(verb) and _modal_or_negated(verb)


def _modal_or_negated(verb: Token) -> bool:
    return any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)


def _adjunct_after(verb: Token, first: int, last: int) -> bool:
    """What follows the attribution hangs on the cue as its adjunct ("…, the government said, after months
    of talks"; "…, the agency said on Tuesday, ending a standoff"): the writer's words, not the source's. A
    clause with a subject of its own that the parser coordinated with the cue ("…, said the mayor, but the
    council will not raise it") goes on with what was said."""
    doc = verb.doc
    return any(doc[i].head.i == verb.i and doc[i].dep_ not in ("ccomp", "punct", "cc")
               and not _own_clause(doc[i]) for i in range(first, last))


def _own_clause(token: Token) -> bool:
    """A coordinated verb with its own subject: a clause, not a second thing the source did. So too a
    coordinated verb with an auxiliary the cue lacks ("The driver had no record, the company added, and *had
    passed* every check"): a second thing the source did would be told in the cue's own simple form ("…, the
    company added, and declined to …"); in another tense the verb goes on with the content's subject."""
    if token.dep_ != "conj":
        return False
    return has_nominal_subject(token) or (_tense_auxiliary(token) and not _auxiliary(token.head))


def _auxiliary(verb: Token) -> bool:
    return any(finite_auxiliary(c) for c in verb.children)


def _tense_auxiliary(verb: Token) -> bool:
    """An auxiliary of tense or voice only ('had passed', 'was cleared'): a modal or a negation ('…, police said,
    and *would not* release details', '…, and *did not* say') is the source's own next act, told as news tells
    a refusal or a plan, not the content going on."""
    return _auxiliary(verb) and not _modal_or_negated(verb)


def _after_apposition(subject: Token, unit: Unit) -> int | None:
    """The comma closing an apposition to a speaker after the cue ("said Ann Lee, the union's leader, …")."""
    doc = subject.doc
    last = subject.right_edge.i
    for i in (last, last + 1):
        if i < unit.end and doc[i].text in _COMMAS:
            return i
    return None


def _adjunct_before(verb: Token, first: int, last: int) -> bool:
    """"Asked by a reporter whether …, she said, …", "After reciting a passage, he said, …": words before the
    attribution that hang on the cue tell when or why it was said."""
    doc = verb.doc
    return any(doc[i].head.i == verb.i and doc[i].dep_ in _ADJUNCT_DEPS for i in range(first, last))


def _closing_comma(verb: Token, block_end: int, unit: Unit, telling: bool = False) -> int | None:
    """The comma closing the attribution, with only the verb's own adjuncts before it — and, after a verb of
    telling, its listener ("The bridge, she told reporters, will close"): who heard it, not what was said."""
    doc = verb.doc
    for i in range(block_end, min(unit.end, block_end + _MAX_AFTER_VERB)):
        token = doc[i]
        if token.text in _COMMAS:
            return i
        if telling and _listener(token, verb):
            continue
        if token.dep_ in _CLAUSE_DEPS or token.dep_ == "mark" or verb not in token.ancestors:
            return None  # a clause of the cue's own ("the surveys indicate that — for now — …") is no aside
    return None


def _listener(token: Token, verb: Token) -> bool:
    """The bare object or dative of a verb of telling: a name or a noun with no clause of its own."""
    return (token.dep_ in ("dobj", "dative") and token.head.i == verb.i
            and not any(c.dep_ in ("ccomp", "xcomp", "relcl", "acl") for c in token.children))


def as_clause(ctx: Context, verb: Token, unit: Unit, *, worded: bool = False) -> list[tuple[int, int]] | None:
    """"As X said, …" / "…, as X said": the clause the as-clause modifies. ``worded``: the verb is a verb of
    wording whose object "it" stands for that clause ("As the coach put it, …")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if worded:
        if not worded_it(verb):
            return None
    elif any(c.dep_ in _CLAUSE_DEPS for c in verb.rights):
        return None  # "as he said he would": the as-clause has content of its own
    left, right = verb.left_edge.i, verb.right_edge.i + 1
    if left <= unit.start or _connectives_only(ctx, unit.start, left):
        piece = _chars(ctx, right, unit.end)
    elif verb.head.i >= right and right < unit.end:
        # "The mayor, as the paper reported, did not fill the hall": the clause it modifies goes on after it
        pieces = [_chars(ctx, unit.start, left), _chars(ctx, right, unit.end)]
        return [p for p in pieces if p[1] > p[0]] or None
    else:
        piece = _chars(ctx, unit.start, left)
    return [piece] if piece[1] > piece[0] else None


_WORDING_OBJECT = "it"
# what else a verb of wording may take besides its "it" and say something other than wording: "as she put it on
# the table", "as he put it down", "as they put it to a vote"
_NOT_WORDING_DEPS = frozenset({"prep", "prt", "dative", "ccomp", "xcomp", "oprd", "acomp"})


def worded_it(verb: Token) -> bool:
    """A verb of wording ("put", "phrase") whose only complement is the object "it": "as the coach put it"."""
    rights = list(verb.rights)
    objects = [c for c in rights if c.dep_ == "dobj"]
    return (len(objects) == 1 and objects[0].lower_ == _WORDING_OBJECT
            and not any(c.dep_ in _NOT_WORDING_DEPS for c in rights))


_CONNECTIVE_DEPS = frozenset({"cc", "advmod", "intj", "punct"})


def _connectives_only(ctx: Context, first: int, last: int) -> bool:
    """"But as X noted, …", "However, as X reported, …": only a conjunction or a sentence adverb linking the
    sentence to the one before stands before the as-clause, and it is the writer's, not the source's words."""
    tokens = [t for t in ctx.doc[first:last] if not t.is_space]
    return bool(tokens) and all(t.dep_ in _CONNECTIVE_DEPS and not any(True for _ in t.children) for t in tokens)


def _chars(ctx: Context, first: int, last: int) -> tuple[int, int]:
    """Characters of tokens [first, last) without edge punctuation and spaces."""
    if first >= last:
        return (0, 0)
    doc = ctx.doc
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    while True:  # edge spaces and commas, a sentence's full stop, the mark opening the next quotation
        start, end = trim_chars(ctx.text, start, end)
        if end > start and (ctx.text[end - 1] == "." or ctx.text[end - 1] in ctx.lexicon.all_marks):
            end -= 1
            continue
        return (start, end)
