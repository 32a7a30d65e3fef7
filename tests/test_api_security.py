"""The server against hostile pages and inputs, on a real `accord serve` over HTTP (what curl would send)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from test_api_support import Server, serving

DOCS = {"documents": [
    {"id": "sec-1", "published": "2025-07-01", "url": "javascript:alert(1)",
     "text": "Egypt and Sudan agreed on Tuesday to reopen two river ports closed since the spring, 100% of them."},
    {"id": "sec-2", "published": "2025-07-02", "text": "Police in Nairobi arrested twelve protesters on Wednesday."},
]}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(tmp_path_factory.mktemp("security") / "s.duckdb") as running:
        with running.client() as client:
            stored = client.post("/ingest", json=DOCS)
            assert stored.status_code == 200, stored.text
        yield running


def test_other_host_names_are_refused(server: Server) -> None:
    refused = httpx.get(f"{server.url}/stats", headers={"Host": "evil.example"})
    assert refused.status_code == 400 and "--allowed-host evil.example" in refused.json()["detail"]
    assert httpx.get(f"{server.url}/stats", headers={"Host": "localhost:1"}).status_code == 200


def test_an_allowed_host_is_served(tmp_path: Path) -> None:
    with serving(tmp_path / "h.duckdb", "--allowed-host", "news.example") as running:
        assert httpx.get(f"{running.url}/stats", headers={"Host": "news.example"}).status_code == 200
        assert httpx.get(f"{running.url}/stats", headers={"Host": "evil.example"}).status_code == 400


def test_every_response_carries_the_security_headers(server: Server) -> None:
    for path in ("/", "/stats", "/events?limit=1", "/no-such-path", "/openapi.json"):
        response = httpx.get(f"{server.url}{path}")
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_head_is_answered_like_get_without_a_body(server: Server) -> None:
    for path in ("/stats", "/events?limit=2", "/", "/documents/sec-2"):
        get, head = httpx.get(f"{server.url}{path}"), httpx.head(f"{server.url}{path}")
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert httpx.head(f"{server.url}/documents/nothing").status_code == 404


def test_cross_site_writes_are_refused(server: Server) -> None:
    doc = {"documents": [{"id": "planted", "text": "Planted text about a summit in Paris on Monday."}]}
    body = httpx.Request("POST", "/", json=doc).content
    url = f"{server.url}/ingest"
    # what a page on another origin can send without a CORS preflight: text/plain, forms
    plain = httpx.post(url, content=body, headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415
    form = httpx.post(url, content=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 415
    foreign = httpx.post(url, json=doc, headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403 and "Origin" in foreign.json()["detail"]
    cross = httpx.post(url, json=doc, headers={"Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    opaque = httpx.post(url, json=doc, headers={"Origin": "null"})
    assert opaque.status_code == 403
    assert httpx.get(f"{server.url}/documents/planted").status_code == 404
    same = httpx.post(url, json=doc, headers={"Origin": server.url})
    assert same.status_code == 200 and same.json()["stored"] == 1


def test_extract_needs_the_token_when_one_is_set(tmp_path: Path) -> None:
    with serving(tmp_path / "t.duckdb", "--token", "s3cret") as running:
        text = {"text": "Chile and Peru signed an accord in Lima on Monday."}
        assert httpx.post(f"{running.url}/extract", json=text).status_code == 401
        done = httpx.post(f"{running.url}/extract", json=text, headers={"Authorization": "Bearer s3cret"},
                          timeout=300)
        assert done.status_code == 200 and done.json()["contract"] == "1.2"


def test_like_wildcards_are_literal(server: Server) -> None:
    def count(**params: str) -> int:
        return len(httpx.get(f"{server.url}/events", params={**params, "limit": "100"}).json()["events"])

    every = count()
    assert every > 0
    assert count(search="%") <= 1  # only a sentence holding a literal percent sign
    assert count(search="_") == 0
    quotes = httpx.get(f"{server.url}/quotes", params={"search": "_"}).json()["quotes"]
    assert quotes == []


def test_ingest_answers_each_document(server: Server) -> None:
    docs = {"documents": [{"id": "ok-1", "text": "Ghana and Togo held border talks in Accra on Friday."},
                          {"id": "empty-1", "text": "   "},
                          {"id": "bad-url", "url": "data:text/html,<b>x</b>",
                           "text": "Ghana and Togo signed a border accord in Lome on Saturday."}]}
    answer = httpx.post(f"{server.url}/ingest", json=docs, timeout=300)
    assert answer.status_code == 207
    body = answer.json()
    assert [(d["doc_id"], d["status"]) for d in body["documents"]] == [
        ("ok-1", "stored"), ("empty-1", "failed"), ("bad-url", "stored")]
    assert "only http(s)" in body["documents"][2]["reason"]
    assert httpx.get(f"{server.url}/documents/bad-url").json()["url"] is None
    assert httpx.get(f"{server.url}/documents/sec-1").json()["url"] is None


def test_a_slow_extract_is_stopped_and_reads_stay_fast(tmp_path: Path) -> None:
    # about 30,000 tokens: several times the 2 s limit even on a fast, idle machine (400 sentences were not)
    long_text = " ".join(f"The minister of region {i} said India would sign the pact on Monday." for i in range(2000))
    with serving(tmp_path / "slow.duckdb", "--request-seconds", "2") as running:
        warm = httpx.post(f"{running.url}/extract", json={"text": "Chile and Peru met."}, timeout=300)
        assert warm.status_code == 200  # the worker has started
        results: dict[str, httpx.Response] = {}
        thread = threading.Thread(target=lambda: results.update(
            slow=httpx.post(f"{running.url}/extract", json={"text": long_text}, timeout=300)))
        thread.start()
        time.sleep(0.3)
        started = time.perf_counter()
        assert httpx.get(f"{running.url}/stats", timeout=30).status_code == 200
        read_seconds = time.perf_counter() - started
        thread.join()
        assert results["slow"].status_code == 503 and "within 2 s" in results["slow"].json()["detail"]
        assert read_seconds < 1.5  # not behind the extract (it ran 2 s, in another process)
        again = httpx.post(f"{running.url}/extract", json={"text": "Chile and Peru met."}, timeout=300)
        assert again.status_code == 200  # a new worker took the stopped one's place


def test_a_reader_is_told_what_holds_the_store(server: Server) -> None:
    args = [str(a) for a in server.process.args]  # type: ignore[union-attr]
    db = args[args.index("--db") + 1]
    stats = subprocess.run([sys.executable, "-c", "from accord.cli import main; main()", "stats", "--db", db],
                           capture_output=True, text=True, timeout=120)
    assert stats.returncode == 2
    assert "accord serve" in stats.stderr and f"{server.url.split(':')[-1]}/stats" in stats.stderr


def test_the_holder_note_lives_as_long_as_the_server(tmp_path: Path) -> None:
    db = tmp_path / "note.duckdb"
    note = Path(f"{db}.holder.json")
    with serving(db) as running:
        assert note.exists() and running.url.split(":")[-1] in note.read_text(encoding="utf-8")
    assert not note.exists()  # removed at shutdown (SIGTERM), so no stale note points at a dead server
