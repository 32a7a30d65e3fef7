"""Stores and servers for the API and dashboard tests (no tests here; test_api*.py import from it).

Two stores are built from the articles in tests/fixtures/api/:
- *ingested*: the articles run through the real pipeline and ``accord.batch.ingest``;
- *coded*: the same articles run through the real pipeline, with the events replaced by the hand-coded
  events of ``coded_events.json`` (real ``accord.records`` objects, real ``Store.write_batch``), so the
  API and dashboard have events to serve whether or not the event coder stage is installed.
The main store is the ingested one once the pipeline yields events, the coded one until then.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from accord.batch import ingest
from accord.ingest.readers import ReadOptions, read_inputs
from accord.pipeline import Pipeline
from accord.records import Actor, DateRef, Event, Extraction, Place, Quantity, Quote, Sentence, Span
from accord.store import Store
from accord.store.store import LogEntry, Placement

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "api"
ARTICLES = FIXTURES / "articles.jsonl"
CODED_EVENTS = FIXTURES / "coded_events.json"
CODED_QUOTES = FIXTURES / "coded_quotes.json"
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


@dataclass
class BuiltStore:
    path: Path
    kind: str  # ingested | coded
    extractions: list[Extraction]

    @property
    def events(self) -> list[Event]:
        return [e for x in self.extractions for e in x.events]


def read_articles() -> list[Any]:
    return [item for item in read_inputs([str(ARTICLES)], ReadOptions())]


def build_ingested_store(path: Path, pipeline: Pipeline) -> BuiltStore:
    with Store(path) as store:
        ingest(read_articles(), store, pipeline, run_id="test-ingest")
    documents = read_articles()
    return BuiltStore(path, "ingested", list(pipeline.extract_documents(documents)))


def build_coded_store(path: Path, pipeline: Pipeline) -> BuiltStore:
    documents = read_articles()
    coded = json.loads(CODED_EVENTS.read_text(encoding="utf-8"))
    quotes = json.loads(CODED_QUOTES.read_text(encoding="utf-8"))
    extractions = []
    for extraction in pipeline.extract_documents(documents):
        doc_id = extraction.document.id
        mine = [c for c in coded if c["doc"] == doc_id]
        events = tuple(_coded_event(extraction, i, c) for i, c in enumerate(mine, start=1))
        said = tuple(_coded_quote(extraction, i, q)
                     for i, q in enumerate((q for q in quotes if q["doc"] == doc_id), start=1))
        extractions.append(replace(extraction, events=events, quotes=said))
    with Store(path) as store:
        stored = [(x, Placement("stored", 1)) for x in extractions]
        log = [LogEntry(x.document.source or x.document.id, "stored", x.document.id, 1, None,
                        x.document.content_hash) for x in extractions]
        store.write_batch("test-coded", stored, log, 0)
    return BuiltStore(path, "coded", extractions)


def _coded_event(extraction: Extraction, number: int, coded: dict[str, Any]) -> Event:
    text = extraction.document.text
    match = re.search(rf"\b{re.escape(coded['trigger'])}\b", text)
    if match is None:
        raise AssertionError(f"trigger {coded['trigger']!r} not in {extraction.document.id}")
    sentence = _sentence_at(extraction.sentences, match.start())
    location = coded.get("location")
    published = extraction.document.published
    return Event(
        id=f"{extraction.document.id}:e{number}",
        type=coded["type"],
        trigger=Span(match.group(0), match.start(), match.end()),
        sentence=Span(sentence.text, sentence.start, sentence.end),
        actor=tuple(_actor(a, sentence) for a in coded["actor"]),
        recipient=tuple(_actor(a, sentence) for a in coded["recipient"]),
        mode=coded.get("mode"),
        context=tuple(coded.get("context", ())),
        cameo=coded.get("cameo"),
        score=coded.get("score"),
        quad=coded.get("quad"),
        reciprocal=bool(coded.get("reciprocal", False)),
        date=DateRef(text=coded["date"], start=match.start(), end=match.end(), value=coded["date"],
                     granularity="day", source="text" if coded["date"] != published else "published"),
        location=Place(text=location["name"], start=0, end=0, **location) if location else None,
        quantities=tuple(Quantity(start=0, end=0, **q) for q in coded.get("quantities", ())),
        confidence=0.9,
    )


def _coded_quote(extraction: Extraction, number: int, coded: dict[str, Any]) -> Quote:
    start = extraction.document.text.find(coded["text"])
    if start < 0:
        raise AssertionError(f"quote {coded['text']!r} not in {extraction.document.id}")
    speaker = Actor(**coded["speaker"])
    return Quote(id=f"{extraction.document.id}:q{number}", text=coded["text"], start=start,
                 end=start + len(coded["text"]), direct=coded["direct"], cue=coded["cue"], speaker=speaker)


def _sentence_at(sentences: tuple[Sentence, ...], offset: int) -> Sentence:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    raise AssertionError(f"no sentence holds offset {offset}")


def _actor(coded: dict[str, Any], sentence: Sentence) -> Actor:
    at = sentence.text.find(coded["text"])
    start = sentence.start + at if at >= 0 else None
    end = start + len(coded["text"]) if start is not None else None
    return Actor(text=coded["text"], name=coded["name"], country=coded["country"], sector=coded["sector"],
                 start=start, end=end)


def busiest_dyad(built: BuiltStore) -> tuple[str, str]:
    """The country pair with the most events between them, either direction."""
    pairs = Counter(
        tuple(sorted((a.country, r.country)))
        for e in built.events for a in e.actor for r in e.recipient
        if a.country and r.country and a.country != r.country
    )
    (a, b), _ = pairs.most_common(1)[0]
    return a, b


# --- a real server ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60)


def start_server(db: Path, *extra: str, host: str = "127.0.0.1", env: dict[str, str] | None = None) -> Server:
    """`accord serve` in its own process on a free port; returns once it answers."""
    port = free_port()
    log = db.with_suffix(".server.log")
    command = [sys.executable, "-c", "from accord.cli import main; main()", "serve", "--db", str(db), "--host", host,
               "--port", str(port), "--quiet", *extra]
    full_env = {k: v for k, v in os.environ.items() if k != "ACCORD_TOKEN"}
    full_env.update(env or {})
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=full_env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"accord serve exited: {log.read_text(errors='replace')}")
        try:
            if httpx.get(f"{url}/stats", timeout=2).status_code == 200:
                return Server(url, process, log)
        except httpx.TransportError:
            time.sleep(0.2)
    stop_server(Server(url, process, log))
    raise RuntimeError(f"accord serve did not answer within 60 s: {log.read_text(errors='replace')}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@contextmanager
def serving(db: Path, *extra: str, **kwargs: Any) -> Iterator[Server]:
    server = start_server(db, *extra, **kwargs)
    try:
        yield server
    finally:
        stop_server(server)


def pipeline_codes_events() -> bool:
    from accord.nlp import STAGE_FACTORIES

    return "accord_events_v1" in STAGE_FACTORIES
