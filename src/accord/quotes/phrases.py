"""Cues that are phrases around their content: naming ("the ministry called it a landmark deal" — the
characterisation is the content) and source phrases ("…, according to India's Foreign Ministry", "In the
economist's view, …" — the rest of the sentence is the content)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.quotes.candidates import Candidate, Context, end_char, trim_content
from accord.quotes.frames import restrictive_end
from accord.quotes.syntax import FINITE_TAGS, Cue, glued_hyphen, speaker_of
from accord.syntax import CLAUSE_SUBJECT_DEPS, NOMINAL_SUBJECT_DEPS

_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_AS_OBJECTS = frozenset({"pobj", "amod", "acomp", "advmod"})
_CLOSING = re.compile(r"”|''|\"")
_NAMING_PREPS = frozenset({"as", "at"})  # "described it as …", "estimated the damage at …"


def naming(ctx: Context, verb: Token) -> Candidate | None:
    """"X called it a landmark deal": the characterisation is what X said."""
    speaker = speaker_of(verb, ctx.lexicon)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if speaker is None:
        return None
    folded = folded_predicate(verb, obj)
    if folded is not None:  # the object and what it is called both follow the verb: all of them is content
        return _named_span(ctx, Cue(verb.i, verb.i, speaker.i), verb.i + 1, folded)
    if obj is None:
        return None
    # a second object after the first is the parser's reading of the predicate ("calling Brown a fraud")
    predicate = next((c for c in verb.children if c.i > obj.i and (c.dep_ in _PREDICATE_DEPS or c.dep_ == "dobj")),
                     None)
    if predicate is None:
        preps = [c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ in _NAMING_PREPS]
        as_phrase = preps[0] if preps else None
        # "as a consequence" (pobj) or "as transparent" (the parser makes the adjective a modifier)
        predicate = next((c for c in as_phrase.children if c.dep_ in _AS_OBJECTS), None) if as_phrase else None
    if predicate is None:
        return None
    # the object is part of what is said, a pronoun too ("called it “a disgrace”" attributes "it “a disgrace”":
    # PolNeAR's dev gold puts such a pronoun in the content in 75 of 80 uses, in the cue in 5); an object
    # fronted before the verb is a relative or question word standing outside ("what she called “a farce”")
    first = obj.left_edge.i if obj.i > verb.i else predicate.left_edge.i
    return _named_span(ctx, Cue(verb.i, verb.i, speaker.i), first, predicate)


def _named_span(ctx: Context, cue: Cue, first: int, predicate: Token) -> Candidate:
    """The characterisation from ``first`` to the end of its predicate (without an aside set off after it)."""
    last = _word_end(ctx, restrictive_end(predicate)) + 1
    start, end = trim_content(ctx, ctx.doc[first].idx, _quotation_end(ctx, first, end_char(ctx, last)))
    return Candidate(start, _with_closing_mark(ctx, start, end), False, cue)


def folded_predicate(verb: Token, obj: Token | None) -> Token | None:
    """The predicate of "called X Y" when the parser has folded the object X into it, so that the verb has an
    object predicate after it and no object before that predicate: "calling the plan's cost “absurd”" read with
    "cost" under "absurd", "calls the mayor “a risk”" read with "the mayor" as the predicate and "a risk" as
    the object. Whatever the parser's labels, the words after the verb up to the end of the predicate are the
    object and what it is called — when they are two phrases. A passive ("was called a liar") names no object
    after the verb: left out, as is a predicate with no word before it ("called “absurd”" alone leaves what was
    so called unsaid)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    predicate = next((c for c in verb.rights if c.dep_ == "oprd"), None)
    if predicate is None or (obj is not None and obj.i < predicate.i):
        return None
    if predicate.left_edge.i != verb.i + 1:
        return None
    if obj is not None:  # the predicate read as the object, the object as the predicate: the later one ends it
        return obj if _two_phrases(verb, obj) else None
    words_before = [t for t in verb.doc[predicate.left_edge.i : predicate.i] if not t.is_punct]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words_before):
        return None
    return predicate if _two_phrases(verb, predicate) else None


def _two_phrases(verb: Token, last: Token) -> bool:
    """The words after ``verb`` up to the end of ``last`` are an object and what it is called, not one noun
    phrase the parser split or made a predicate ("called a party donor, Ann Lee," is a telephone call): an
    adjective cannot be an object, and a quotation sets the characterisation apart from what it characterises
    (or, with the object fronted, "the videos he calls “Town Hall TV”", is the name)."""
    quoted = any(t.is_quote for t in verb.doc[verb.i + 1 : last.right_edge.i + 1])
    return last.pos_ == "ADJ" or quoted


def _with_closing_mark(ctx: Context, start: int, end: int) -> int:
    """A content holding a quotation it opens after its first word ("it “a disgrace”") ends with the mark that
    closes it, as PARC's mixed contents do."""
    text = ctx.text
    if end < len(text) and text[end] in ctx.lexicon.all_marks and _open_quotation(text[start:end]):
        return end + 1
    return end


def _open_quotation(stretch: str) -> bool:
    return bool(stretch.count('"') % 2 or stretch.count("''") % 2 or stretch.count("“") > stretch.count("”"))


def _quotation_end(ctx: Context, first: int, end: int) -> int:
    """A characterisation that opens or lies in a quotation ends where the quotation closes ("described the plan
    as “bold, not only for its size, but for its speed”"): what is quoted is quoted whole, whatever
    commas the parser reads as asides inside it. ``end`` unchanged when no quotation is open there."""
    unit = ctx.layout.unit_of(first)
    opening = ctx.doc[unit.start].idx
    stretch = ctx.text[opening:end]
    if not _open_quotation(stretch):
        return end
    close = _CLOSING.search(ctx.text, end, end_char(ctx, unit.end))
    return close.start() if close is not None else end


def _word_end(ctx: Context, last: int) -> int:
    """``last`` carried to the end of the hyphenated word it is part of: the parser may split "pro-business"
    into sibling tokens, and a characterisation never ends inside a word."""
    doc = ctx.doc
    while last + 2 < len(doc) and glued_hyphen(doc, last + 1) and not doc[last + 1].is_space:
        last += 2
    return last


def source_phrase(ctx: Context, cue: Cue | None, kind: str) -> Candidate | None:
    """"…, according to X" / "According to X, …": the rest of the sentence is what X says."""
    doc = ctx.doc
    if cue is None or cue.speaker is None:
        return None
    unit = ctx.layout.unit_of(cue.first)
    phrase_end = max(cue.last, doc[cue.speaker].right_edge.i) + 1
    before = [t for t in doc[unit.start : cue.first] if not t.is_punct]
    after = [t for t in doc[phrase_end : unit.end] if not t.is_punct]
    if not before and not after:
        return None
    if before and after and _inside_clause(doc[cue.first], cue.first):
        start, end = doc[unit.start].idx, end_char(ctx, unit.end)  # "The plan, according to X, will fail"
    elif not after or (before and _finite(before)):
        start, end = doc[unit.start].idx, doc[cue.first].idx  # "…, according to X[, citing …]"
    elif not before:
        start, end = doc[_opening_phrase_end(doc[cue.first], doc[cue.speaker], phrase_end, unit.end)].idx, \
            end_char(ctx, unit.end)
    elif _finite(after):
        start, end = doc[phrase_end].idx, end_char(ctx, unit.end)
    else:
        start, end = doc[unit.start].idx, end_char(ctx, unit.end)
    start, end = trim_content(ctx, start, end)
    return Candidate(start, end, False, cue, kind=kind)


def _opening_phrase_end(phrase: Token, source: Token, phrase_end: int, unit_end: int) -> int:
    """Where the clause after a sentence-opening source phrase starts. A fronted phrase is closed by a comma:
    what the parser leaves between the source and that comma ("According to a poll out Monday, …") still
    belongs to the phrase. And a clause needs a subject: when the verb the phrase hangs on has none before it,
    an appositive the parser gave the source is that subject ("According to the agency, 300 of the 400
    delegates — most of them insiders — backed the mayor")."""
    doc = phrase.doc
    verb = phrase.head
    if verb.i <= phrase.i or verb.i >= unit_end:
        return phrase_end
    if not any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        # an appositive opening the document has no comma before it (index -1 would read the document's end)
        appositive = next((c for c in source.rights if c.dep_ == "appos" and c.left_edge.i > 0
                           and doc[c.left_edge.i - 1].text == ","), None)
        if appositive is not None:
            return appositive.left_edge.i
    if doc[phrase_end].text == ",":
        return phrase_end
    subject_tokens = {t.i for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS for t in c.subtree}
    for k in range(phrase_end, verb.i):
        if k in subject_tokens or doc[k].tag_ in FINITE_TAGS:
            return phrase_end
        if doc[k].text == ",":
            return k + 1
    return phrase_end


def _inside_clause(phrase: Token, first: int) -> bool:
    """A source phrase set inside one clause, between its subject (or a fronted phrase) and the verb that
    follows: "The plan, according to the mayor, will cost millions", "Among the roads at risk, according to
    the engineer, are six bridges". The clause it interrupts is the content, on both sides (PARC)."""
    head = phrase.head
    if head.dep_ in NOMINAL_SUBJECT_DEPS and head.i < first < head.head.i:
        return True  # the parser hangs the phrase on the subject it follows
    if phrase.dep_ not in ("prep", "advcl", "advmod") or head.pos_ not in ("VERB", "AUX") or head.i < first:
        return False
    return any(c.i < first and not c.is_punct and c.dep_ not in ("cc", "mark", "advcl") for c in head.children)


def _finite(tokens: list[Token]) -> bool:
    return any(t.tag_ in FINITE_TAGS for t in tokens)
