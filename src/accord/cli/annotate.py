"""`accord eval annotations ...`: the tools of the real-news annotation workflow (docs/annotation.md).

`text` prints an article exactly as accord reads it (what the annotator quotes from), `draft` turns an
annotator's draft (quoted snippets, kept outside the project) into an offset-only annotation file, and
`check` loads and validates annotation files against the texts they refer to.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from accord.errors import EvalError
from accord.eval.annotation import load_sample_gold
from accord.eval.realnews import annotation_paths, annotation_problems, load_annotation, write_annotation
from accord.eval.realnews_draft import annotation_from_draft
from accord.eval.runner import GOLD_SUFFIX
from accord.eval.sample_convert import annotation_from_sample
from accord.eval.sources import corpus_document, reader_description, shared_dir


@click.group(name="annotations")
def annotations_group() -> None:
    """Real-news annotations: print a text to annotate, turn drafts into offset files, validate them."""


@annotations_group.command()
@click.argument("corpus")
@click.argument("doc_id")
@click.option("--offsets", is_flag=True, help="Start each paragraph with its character offset in [brackets].")
def text(corpus: str, doc_id: str, offsets: bool) -> None:
    """Print document DOC_ID of CORPUS (a path under the shared folder) as accord reads it.

    Example: accord eval annotations text realnews/guardian_dev.jsonl guardian-125
    """
    document = corpus_document(corpus, doc_id)
    click.echo(f"# {corpus} {doc_id} published={document.published} title={document.title!r} "
               f"chars={len(document.text)}", err=True)
    if not offsets:
        click.echo(document.text)
        return
    position = 0
    for paragraph in document.text.split("\n"):
        click.echo(f"[{position}] {paragraph}" if paragraph else "")
        position += len(paragraph) + 1


@annotations_group.command()
@click.argument("drafts", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory for the annotation files (one NAME.json per draft).")
def draft(drafts: tuple[str, ...], out_dir: str) -> None:
    """Turn annotator drafts (snippets quoted from the text) into offset-only annotation files.

    A draft is written only when every snippet was found and the result validates; otherwise every
    problem is listed and the command exits with status 1.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in drafts:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        document = corpus_document(str(data["corpus"]), str(data["id"]))
        annotation, problems = annotation_from_draft(data, document.text, reader_description())
        problems += annotation_problems(annotation, document.text)
        if problems:
            failed += 1
            click.echo(f"{path}: {len(problems)} problems", err=True)
            for problem in problems:
                click.echo(f"  - {problem}", err=True)
            continue
        target = Path(out_dir) / f"{Path(data['corpus']).stem}__{data['id']}.json"
        write_annotation(annotation, target)
        click.echo(f"{path} -> {target}: {len(annotation.events)} events, {len(annotation.quotes)} quotes, "
                   f"{len(annotation.actors)} actor mentions")
    if failed:
        sys.exit(1)


@annotations_group.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def check(paths: tuple[str, ...]) -> None:
    """Load and validate annotation files (default: eval/annotations/realnews), each against its text.

    Exits with status 1 when any file has a problem; without the shared folder only the labels and
    offsets' bounds are checked.
    """
    files = annotation_paths(paths or ("eval/annotations/realnews",))
    have_texts = shared_dir().is_dir()
    bad = events = 0
    for path in files:
        try:
            annotation = load_annotation(path)
            text_now = (corpus_document(annotation.source.corpus, annotation.source.id).text
                        if have_texts else None)
        except EvalError as error:
            click.echo(f"{path}: {error}", err=True)
            bad += 1
            continue
        problems = annotation_problems(annotation, text_now)
        events += len(annotation.events)
        if problems:
            bad += 1
            click.echo(f"{path}: " + "; ".join(problems), err=True)
    click.echo(f"{len(files)} annotation files, {events} events, {bad} with problems"
               + ("" if have_texts else " (shared texts absent: offsets checked against recorded lengths only)"))
    if bad:
        sys.exit(1)


@annotations_group.command(name="from-sample")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory for the converted annotation file.")
def from_sample(gold: str, out_dir: str) -> None:
    """Convert a sample annotation (NAME.gold.json beside NAME.txt, under the shared folder) into an
    offset-only whole-article annotation, so that `accord eval realnews` scores the sample article.

    Example: accord eval annotations from-sample ../shared/samples/summit-2021-12-06.gold.json
    --out eval/annotations/sample
    """
    path = Path(gold).resolve()
    doc_id = path.name.removesuffix(GOLD_SUFFIX)
    try:
        corpus = str(path.parent.relative_to(shared_dir().resolve()))
    except ValueError as error:
        raise EvalError(f"{gold}: not under the shared folder {shared_dir()}") from error
    document = corpus_document(corpus, doc_id)
    raw = json.loads(path.read_text(encoding="utf-8"))
    annotation, problems = annotation_from_sample(load_sample_gold(path), raw, corpus, doc_id, document.text,
                                                  reader_description())
    problems += annotation_problems(annotation, document.text)
    if problems:
        for problem in problems:
            click.echo(f"  - {problem}", err=True)
        raise EvalError(f"{gold}: {len(problems)} problems; nothing written")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    target = Path(out_dir) / f"{Path(corpus).name}__{doc_id}.json"
    write_annotation(annotation, target)
    click.echo(f"{gold} -> {target}: {len(annotation.events)} events, {len(annotation.quotes)} quotes, "
               f"{len(annotation.actors)} actor mentions")
