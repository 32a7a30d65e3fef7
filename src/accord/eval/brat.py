"""Reading quote-attribution annotations in BRAT standoff form (``.txt`` + ``.ann``).

Text-bound lines ``T1<TAB>Source 0 5<TAB>Putin`` mark Source, Cue and Content spans (discontinuous
fragments ``0 5;9 12`` are joined into one covering span). They are linked either by an event line
``E1<TAB>Attribution:T2 Source:T1 Content:T3`` or by relation lines ``R1<TAB>Attribution Arg1:T1 Arg2:T3``;
the roles come from the span types, so argument names do not matter. Attribute lines ``A1<TAB>Direct T3``
or ``A1<TAB>QuoteType T3 Indirect`` say whether a quote is direct; without one, a content span inside
quotation marks is direct.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accord.errors import EvalError
from accord.eval.split import select

ROLES = ("Source", "Cue", "Content")
OPENING_MARKS = "\"“„«‘'"
CLOSING_MARKS = "\"”«»’'"
_ANNOTATION_ID = re.compile(r"[A-Z*#][0-9]*\t")
TEXT_FOLDER, ANNOTATION_FOLDER = "text", "attributions"  # PolNeAR's layout


@dataclass(frozen=True)
class TextSpan:
    id: str
    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldAttribution:
    """One quote: its content span, the speaker span(s) and cue, and whether it is direct."""

    content: TextSpan
    sources: tuple[TextSpan, ...] = ()
    cue: TextSpan | None = None
    direct: bool = False


@dataclass(frozen=True)
class BratDocument:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def parse_ann(ann: str, text: str, source: str = "<ann>") -> tuple[GoldAttribution, ...]:
    spans: dict[str, TextSpan] = {}
    links: dict[str, set[str]] = defaultdict(set)  # content id -> ids of spans linked to it
    flags: dict[str, bool] = {}
    # event and relation lines, linked once every span is read: a span may be defined after the line naming it
    # (PolNeAR writes an attribution's second content, "Content2:T52", after its event line at times)
    link_lines: list[tuple[str, str]] = []
    previous = ""
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source}:{number}"
        if _ANNOTATION_ID.match(line) is None and previous.startswith("T"):
            continue  # the covered text of the text-bound line before held a line break: its offsets rule
        previous = line
        kind = line[0]
        if kind == "T":
            span = _text_bound(line, text, where)
            spans[span.id] = span
        elif kind in "ER":
            link_lines.append((line, where))
        elif kind in "AM":
            _attribute(line, flags)
    for line, where in link_lines:
        _link(line, links, spans, where)
    attributions = []
    for span in sorted(spans.values(), key=lambda s: (s.start, s.end)):
        if span.label != "Content":
            continue
        linked = [spans[i] for i in sorted(links.get(span.id, ())) if i in spans]
        sources = tuple(s for s in linked if s.label == "Source")
        cue = next((s for s in linked if s.label == "Cue"), None)
        direct = flags.get(span.id, _inside_marks(text, span.start, span.end))
        attributions.append(GoldAttribution(span, sources, cue, direct))
    return tuple(attributions)


def _text_bound(line: str, text: str, where: str) -> TextSpan:
    try:
        span_id, middle, _covered = line.split("\t", 2)
        label, offsets = middle.split(" ", 1)
        fragments = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
        start, end = min(f[0] for f in fragments), max(f[1] for f in fragments)
    except ValueError as error:
        raise EvalError(f"{where}: not a BRAT text-bound line: {line!r}") from error
    if not 0 <= start <= end <= len(text):
        raise EvalError(f"{where}: span {start}-{end} is outside the text ({len(text)} characters)")
    return TextSpan(span_id, label, start, end, text[start:end])


def _link(line: str, links: dict[str, set[str]], spans: dict[str, TextSpan], where: str) -> None:
    """An event or relation: every argument that is a Content span is linked to every other argument."""
    try:
        _id, body = line.split("\t", 2)[:2]
    except ValueError as error:
        raise EvalError(f"{where}: not a BRAT event or relation line: {line!r}") from error
    ids = [arg.split(":", 1)[1] for arg in body.split() if ":" in arg]
    contents = [i for i in ids if i in spans and spans[i].label == "Content"]
    for content in contents:
        links[content].update(i for i in ids if i != content)


def _attribute(line: str, flags: dict[str, bool]) -> None:
    parts = line.split("\t")[1].split() if "\t" in line else []
    if len(parts) < 2:
        return
    name, target, value = parts[0].lower(), parts[1], (parts[2].lower() if len(parts) > 2 else None)
    if name == "direct":
        flags[target] = value not in ("false", "no", "0")
    elif name == "indirect":
        flags[target] = value in ("false", "no", "0")
    elif value in ("direct", "indirect"):
        flags[target] = value == "direct"


def _inside_marks(text: str, start: int, end: int) -> bool:
    """A content span that starts after (or with) an opening mark and ends at a closing one is direct."""
    inner = text[start:end].strip()
    before = text[max(0, start - 2):start].strip()
    after = text[end:end + 3].strip()
    opens = inner[:1] in OPENING_MARKS or before[-1:] in OPENING_MARKS
    closes = inner[-1:] in CLOSING_MARKS or re.match(r"^[,.?!]?[\"”»’']", after) is not None
    return opens and closes


def read_brat_dir(directory: str | Path, split: str = "all", sample: int | None = None,
                  seed: int = 0) -> Iterator[BratDocument]:
    """The documents of a BRAT directory in name order, optionally one part of it (see ``accord.eval.split``).

    Two layouts are read: ``NAME.txt`` with ``NAME.ann`` beside it (anywhere below the directory), and
    PolNeAR's ``text/NAME.txt`` with ``attributions/NAME_ANNOTATOR.ann``.
    """
    root = Path(directory)
    if not root.is_dir():
        raise EvalError(f"{root}: not a directory of BRAT files")
    pairs = split_layout_pairs(root) if is_split_layout(root) else flat_pairs(root)
    for doc_id, txt_path, ann_path in select(pairs, split, sample, seed):
        yield read_pair(doc_id, txt_path, ann_path)


def flat_pairs(root: Path) -> list[tuple[str, Path, Path]]:
    """(id, text, annotation) for every ``NAME.ann`` with its ``NAME.txt`` beside it."""
    pairs = []
    for ann_path in sorted(root.rglob("*.ann")):
        txt_path = ann_path.with_suffix(".txt")
        if not txt_path.exists():
            raise EvalError(f"{ann_path}: no {txt_path.name} beside it")
        pairs.append((ann_path.relative_to(root).with_suffix("").as_posix(), txt_path, ann_path))
    return pairs


def is_split_layout(root: Path) -> bool:
    return (root / TEXT_FOLDER).is_dir() and (root / ANNOTATION_FOLDER).is_dir()


def split_layout_pairs(root: Path) -> list[tuple[str, Path, Path]]:
    """PolNeAR's layout: ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``, one file per annotator.

    When several annotators did an article, the first annotation file in name order is the gold (a fixed,
    content-blind choice); an article nobody annotated is skipped.
    """
    by_text: dict[str, list[Path]] = defaultdict(list)
    for ann_path in (root / ANNOTATION_FOLDER).glob("*.ann"):
        stem, separator, _annotator = ann_path.stem.rpartition("_")
        if separator:
            by_text[stem].append(ann_path)
    pairs = []
    for txt_path in sorted((root / TEXT_FOLDER).glob("*.txt")):
        annotations = sorted(by_text.get(txt_path.stem, ()))
        if annotations:
            pairs.append((txt_path.stem, txt_path, annotations[0]))
    return pairs


def read_pair(doc_id: str, txt_path: Path, ann_path: Path) -> BratDocument:
    try:  # bytes, not read_text: BRAT offsets count "\r\n" as two characters
        text = txt_path.read_bytes().decode("utf-8")
        ann = ann_path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EvalError(f"{ann_path}: cannot read: {error}") from error
    return BratDocument(doc_id, text, parse_ann(ann, text, str(ann_path)))
