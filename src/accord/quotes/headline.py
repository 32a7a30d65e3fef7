"""Headlines that attribute by a colon: "Poll: Smith leads challenger", "Senator Jones: budget deal will hurt
farmers". News headlines drop the speech verb and put the source before a colon (PARC/PolNeAR annotate the
colon as the cue); the rest of the headline is what the source says.

Only the document's first paragraph is a headline, and only when what precedes the colon is a short name —
no verb, no conjunction ("Netanyahu and Obama: …" is a topic), not a label ("The Latest: …", "Breaking: …",
"EXCLUSIVE: …"), at most followed by a phrase saying where or to whom it was said ("Mayor Diaz at the summit:
…", "Ortega to farmers: …") — and the source is a named entity or a noun that speaks (a poll, a report). A
headline's bare surname often goes untyped by the tagger ("Lynch: …"); it is a name when the article names
it inside an entity of a speaking kind ("Attorney General Loretta Lynch").
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.candidates import ASSERTION, Candidate, Context, end_char, trim_content
from accord.quotes.syntax import Cue

MAX_SOURCE_WORDS = 5
MIN_CONTENT_WORDS = 3
_NOT_IN_A_NAME = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "NUM"})
_AFTER_A_NAME = frozenset({"at", "to", "on", "before"})  # "X at the summit:", "X to farmers:"
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def headline_attribution(ctx: Context) -> Candidate | None:
    """The attribution of a "Source: claim" headline, if the document opens with one."""
    doc = ctx.doc
    if not len(doc) or not ctx.layout.units:
        return None
    first_paragraph = ctx.layout.units[0].paragraph
    units = ctx.layout.units_of_paragraph(first_paragraph)
    start, end = units[0].start, units[-1].end
    colon = next((i for i in range(start, min(end, start + MAX_SOURCE_WORDS + 1)) if doc[i].text == ":"), None)
    if colon is None or colon == start:
        return None
    source = list(doc[start:colon])
    speaker = _speaker(ctx, source)
    words = [t for t in doc[colon + 1 : end] if not t.is_punct]
    if speaker is None or len(words) < MIN_CONTENT_WORDS:
        return None
    first, last = trim_content(ctx, doc[colon + 1].idx, end_char(ctx, end))
    if first >= last:
        return None
    return Candidate(first, last, False, Cue(colon, colon, speaker.i), kind=ASSERTION)


def _speaker(ctx: Context, source: list[Token]) -> Token | None:
    """The head of a short name before the colon, when it can speak."""
    words = [t for t in source if not t.is_punct]
    where = next((n for n, t in enumerate(words) if t.pos_ == "ADP" and t.lower_ in _AFTER_A_NAME), None)
    if where is not None and where > 0 and where + 1 < len(words):
        words = words[:where]  # the name before "at …" / "to …"
    if not words or any(t.pos_ in _NOT_IN_A_NAME for t in words):
        return None
    head = words[-1]
    if head.lower_ in ctx.lexicon.headline_labels or all(not c.isalpha() or c.isupper() for c in head.text):
        return None  # "The Latest", "Breaking", "UPDATE": a label of the page, not a source
    if head.ent_type_ in _SPEAKING_ENTITIES or head.lemma_.lower() in ctx.lexicon.headline_sources:
        return head
    if head.text[:1].isupper() and head.lower_ in _named_words(ctx, head.i + 1):
        return head
    return None


def _named_words(ctx: Context, after: int) -> frozenset[str]:
    """The words of the entities of a speaking kind the article names after token ``after`` (one pass)."""
    return frozenset(t.lower_ for t in ctx.doc[after:] if t.ent_type_ in _SPEAKING_ENTITIES and t.is_alpha)
