"""Very long documents are parsed in sections, so spaCy's memory stays bounded whatever the length.

spaCy's ``tok2vec`` holds activations for every token of the Doc it is given at once: a 1,000,000-character
article peaked at 3.4 GB, nearly all of it there. A text longer than :data:`SECTION_CHARS` is therefore cut at
paragraph breaks into sections of at most that length (a line break when a stretch has no blank line, a space
when it has no line break), each section is parsed on its own, and the parsed sections are joined back into
one Doc of the whole text (``Doc.from_docs``: the same tokens, tags, parse, entities and sentence starts), on
which accord's stages then run as on any document, with their document-level memory (people introduced
earlier, the story's countries) intact.

Texts up to :data:`SECTION_CHARS` (every news article) are parsed whole, exactly as before. In a longer text,
what can differ is only at the cuts: a cut is a sentence start anyway (a blank line starts a paragraph), and
the tagger's context window (a few tokens) no longer reaches across it. Each section is given the whole
text's layout (where sentences must start) and only the first one the opening dateline.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from accord.blackboard import set_input
from accord.dateline import opens_no_story
from accord.doc_index import remember_text
from accord.layout import find_layout, remember_section_layout
from accord.records import Document

SECTION_CHARS = 100_000  # longer texts are parsed in sections of at most this many characters


def section_bounds(text: str, limit: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """Character ranges covering ``text`` in order, each at most ``limit`` long (one range for a short text).
    A cut falls after the last blank line of a section's second half (else its last line break, else its last
    space), and after the whitespace that follows, so every section but the first starts with a word."""
    bounds = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, start + limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, end: int) -> int:
    low = start + (end - start) // 2
    for mark in ("\n\n", "\n", " "):
        found = text.rfind(mark, low, end)
        if found >= 0:
            cut = found + len(mark)
            while cut < end and text[cut].isspace():
                cut += 1
            return cut
    return end  # no space in half a section: a cut inside a 'word' of 50,000 characters


def section_docs(nlp: Language, document: Document) -> list[Doc]:
    """The unparsed Docs to parse for ``document``: one, as always, for a text up to :data:`SECTION_CHARS`."""
    bounds = section_bounds(document.text, SECTION_CHARS)
    if len(bounds) == 1:
        return [_input_doc(nlp.make_doc(document.text), document)]
    layout = find_layout(document.text)  # the whole text's, once: where its sentences must start
    docs = []
    for number, (start, end) in enumerate(bounds):
        doc = nlp.make_doc(document.text[start:end])
        remember_text(doc, document.text[start:end])
        remember_section_layout(doc, layout, start, end)
        if number:
            opens_no_story(doc)  # the opening dateline is the first section's
        docs.append(doc)
    return docs


def join_sections(document: Document, parsed: Sequence[Doc]) -> Doc:
    """One Doc of the whole text from its parsed sections (the Doc itself when there is one)."""
    if len(parsed) == 1:
        return parsed[0]
    # the sections' memos are their own, and no stage reads the tensor (77 MB at 1M characters); spaCy's stub
    # lacks the ``exclude`` argument its from_docs has had since 3.3
    doc = Doc.from_docs(list(parsed), ensure_whitespace=False,
                        exclude=["user_data", "tensor"])  # type: ignore[call-arg]
    return _input_doc(doc, document)


def _input_doc(doc: Doc, document: Document) -> Doc:
    remember_text(doc, document.text)
    set_input(doc, document.id, document.published)
    return doc


def parse_documents(nlp: Language, documents: Sequence[Document], batch_size: int) -> list[Doc]:
    """Each document parsed by ``nlp`` (the caller selects the pipes), in order: short ones batched through
    ``nlp.pipe`` as always; a long one section by section (one section at a time: a batch of sections would
    hold their activations together), joined into one Doc."""
    parts = [section_docs(nlp, document) for document in documents]
    short = [i for i, docs in enumerate(parts) if len(docs) == 1]
    parsed: dict[int, Doc] = dict(zip(short, nlp.pipe([parts[i][0] for i in short], batch_size=batch_size),
                                      strict=True))
    for i, docs in enumerate(parts):
        if i not in parsed:
            parsed[i] = join_sections(documents[i], list(nlp.pipe(docs, batch_size=1)))
    return [parsed[i] for i in range(len(documents))]
