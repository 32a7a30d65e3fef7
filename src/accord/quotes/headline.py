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
    line_end = ctx.text.find("\n", doc[colon].idx)  # a subheading on the next line is the article's own
    last_char = end_char(ctx, end) if line_end < 0 else min(end_char(ctx, end), line_end)
    first, last = trim_content(ctx, doc[colon + 1].idx, last_char)
    if first >= last:
        return None
    return Candidate(first, last, False, Cue(colon, colon, speaker.i), kind=ASSERTION)


def overrun_source(ctx: Context, candidate: Candidate) -> tuple[int, int, bool] | None:
    """The characters of a headline's source and whether it is a name, when the parser ran the source on past
    the colon as an apposition ("Tribune editorial: 'Repeal the tax'" read as the editorial named 'Repeal
    the tax'): the speaker is what stands before the colon."""
    cue = candidate.cue
    if cue is None or cue.speaker is None:
        return None
    doc = ctx.doc
    head = doc[cue.speaker]
    if not any(c.dep_ == "appos" and c.i > cue.first for c in head.children):
        return None
    start = ctx.layout.unit_of(head).start
    words = [t for t in doc[start : cue.first] if not t.is_punct]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text), any(t.pos_ == "PROPN" for t in words)


def _speaker(ctx: Context, source: list[Token]) -> Token | None:
    """The head of a short name before the colon, when it can speak."""
    words = [t for t in source if not t.is_punct]
    where = next((n for n, t in enumerate(words) if t.pos_ == "ADP" and t.lower_ in _AFTER_A_NAME), None)
    if where is not None and where > 0 and where + 1 < len(words):
        words = words[:where]  # the name before "at …" / "to …"
    if not words or any(t.pos_ in _NOT_IN_A_NAME for t in words):
        return None
    head = words[-1]
    if _owned_text(ctx, words):
        return head  # "Tribune editorial: …": a text its owner put out speaks for the owner (PARC)
    if head.lower_ in ctx.lexicon.headline_labels or all(not c.isalpha() or c.isupper() for c in head.text):
        return None  # "The Latest", "Breaking", "UPDATE": a label of the page, not a source
    if head.ent_type_ in _SPEAKING_ENTITIES or head.lemma_.lower() in ctx.lexicon.headline_sources:
        return head
    if head.text[:1].isupper() and head.lower_ in _named_words(ctx, head.i + 1):
        return head
    if head.tag_ == "NNS" and head.lower_.endswith(_AGENT_PLURALS) and all(t.tag_ in _GROUP_TAGS for t in words):
        return head  # "Economists: …", "Farm lobbyists: …": a bare plural of an agent noun names who says it
    return None


# plurals of agent nouns ("economists", "historians", "insiders", "investors", "residents"): people who may
# speak, where a bare plural of another noun before a colon is a topic ("Tariffs: …", "Primaries: …")
_AGENT_PLURALS = ("ists", "ians", "ers", "ors", "ants", "ents")
_GROUP_TAGS = frozenset({"NNS", "NN", "NNP", "JJ"})  # "Economists", "Senior economists", "GOP insiders"


def _owned_text(ctx: Context, words: list[Token]) -> bool:
    """A text with its owner's name before it ("Tribune editorial", "Senate memo"): the owner speaks."""
    head = words[-1]
    return (len(words) > 1 and head.lemma_.lower() in ctx.lexicon.message_nouns
            and any(t.pos_ == "PROPN" or t.tag_ == "POS" for t in words[:-1]))


def _named_words(ctx: Context, after: int) -> frozenset[str]:
    """The words of the entities of a speaking kind the article names after token ``after`` (one pass)."""
    return frozenset(t.lower_ for t in ctx.doc[after:] if t.ent_type_ in _SPEAKING_ENTITIES and t.is_alpha)
