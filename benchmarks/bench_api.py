"""HTTP API latency on a generated store of a million events.

Generates documents, events and participants as numpy/Arrow arrays and bulk-inserts them with DuckDB
(INSERT ... SELECT from the registered Arrow tables, never row by row) into a store created by accord's
own migrations; then starts `accord serve` on 127.0.0.1 and measures, from a keep-alive client:
- GET /events with a dyad and a one-year date filter (target: p95 <= 100 ms)
- the same with participants=true (actor and recipient names and offsets added; no target)
- GET /dyads/{a}/{b}/timeline by month over the whole store (target: p95 <= 200 ms)

    .venv/bin/python benchmarks/bench_api.py --events 1000000 --requests 200

Prints one JSON object with the store size, build time and latency percentiles.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pyarrow as pa

from accord.store import Store

# PLOVER types with their quad class, score and a representative CAMEO root (DESIGN.md).
TYPES = [
    ("AGREE", "verbal_cooperation", 4.2, "057"), ("CONSULT", "verbal_cooperation", 2.1, "040"),
    ("SUPPORT", "verbal_cooperation", 4.6, "051"), ("CONCEDE", "verbal_cooperation", 5.0, "080"),
    ("COOPERATE", "material_cooperation", 6.8, "060"), ("AID", "material_cooperation", 7.4, "070"),
    ("RETREAT", "material_cooperation", 7.6, "087"), ("REQUEST", "verbal_conflict", -5.0, "100"),
    ("ACCUSE", "verbal_conflict", -2.0, "111"), ("REJECT", "verbal_conflict", -4.2, "120"),
    ("THREATEN", "verbal_conflict", -5.1, "130"), ("PROTEST", "material_conflict", -6.6, "140"),
    ("SANCTION", "material_conflict", -5.2, "163"), ("MOBILIZE", "material_conflict", -5.3, "150"),
    ("COERCE", "material_conflict", -7.2, "170"), ("ASSAULT", "material_conflict", -9.3, "190"),
]
COUNTRIES = [
    "USA", "CHN", "RUS", "IND", "GBR", "FRA", "DEU", "JPN", "UKR", "ISR", "IRN", "PAK", "TUR", "SAU", "BRA", "KOR",
    "PRK", "EGY", "SYR", "IRQ", "AFG", "NGA", "ZAF", "MEX", "CAN", "AUS", "IDN", "ITA", "ESP", "POL", "KEN", "ETH",
    "VNM", "PHL", "THA", "MYS", "BGD", "LKA", "NPL", "MMR", "SDN", "LBY", "YEM", "QAT", "ARE", "JOR", "LBN", "VEN",
    "COL", "ARG", "CHL", "PER", "CUB", "KAZ", "UZB", "BLR", "SRB", "GRC", "NLD", "BEL", "SWE", "NOR",
]
EVENTS_PER_DOC = 20
START_DAY = np.datetime64("2015-01-01")
SPAN_DAYS = 11 * 365


def generate(path: Path, n_events: int, seed: int = 7) -> dict[str, Any]:
    """A store with ``n_events`` events spread over 11 years; dyads follow a skewed (Zipf-like) mix."""
    rng = np.random.default_rng(seed)
    n_docs = max(1, n_events // EVENTS_PER_DOC)
    started = time.perf_counter()
    doc_days = START_DAY + np.sort(rng.integers(0, SPAN_DAYS, n_docs)).astype("timedelta64[D]")
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1) ** 0.9
    weights /= weights.sum()
    actor = rng.choice(len(COUNTRIES), n_events, p=weights)
    shift = rng.integers(1, len(COUNTRIES), n_events)  # never the actor itself
    recipient = (actor + shift) % len(COUNTRIES)
    doc_index = np.repeat(np.arange(n_docs), EVENTS_PER_DOC)[:n_events]
    n_events = len(doc_index)
    type_index = rng.integers(0, len(TYPES), n_events)
    located = rng.random(n_events) < 0.4
    countries = np.array(COUNTRIES)
    types = np.array([t[0] for t in TYPES])
    documents = pa.table({
        "doc_id": pa.array([f"gen-{i}" for i in range(n_docs)]),
        "published": pa.array(doc_days),
    })
    events = pa.table({
        "doc_index": pa.array(doc_index),
        "event_no": pa.array(np.arange(n_events) % EVENTS_PER_DOC + 1),
        "type": pa.array(types[type_index]),
        "quad": pa.array(np.array([t[1] for t in TYPES])[type_index]),
        "score": pa.array(np.array([t[2] for t in TYPES])[type_index]),
        "cameo": pa.array(np.array([t[3] for t in TYPES])[type_index]),
        "actor": pa.array(countries[actor]),
        "recipient": pa.array(countries[recipient]),
        "day_offset": pa.array(rng.integers(0, 3, n_events)),
        "lat": pa.array(np.where(located, rng.uniform(-50, 65, n_events), np.nan)),
        "lon": pa.array(np.where(located, rng.uniform(-120, 150, n_events), np.nan)),
    })
    with Store(path) as store:
        con = store.con
        con.execute("SET enable_progress_bar = false")
        con.register("gen_documents", documents)
        con.register("gen_events", events)
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO documents BY NAME SELECT doc_id, 1 AS version, true AS is_current,"
            " 'Generated report ' || doc_id AS title, NULL AS url, CAST(published AS DATE) AS published,"
            " 'bench' AS source, md5(doc_id) AS content_hash, 'Generated text of ' || doc_id AS text,"
            " 30 AS n_chars, now()::TIMESTAMP AS ingested_at, 'bench' AS run_id FROM gen_documents"
        )
        con.execute(
            "CREATE TEMP TABLE gen AS SELECT g.*, d.doc_id, CAST(d.published AS DATE) + CAST(g.day_offset AS INTEGER)"
            " AS event_day, d.doc_id || ':e' || g.event_no AS event_id,"
            " g.actor || ' government ' || lower(g.type) || ' ' || g.recipient || ' over a generated matter.'"
            " AS sentence FROM gen_events g JOIN (SELECT row_number() OVER () - 1 AS i, * FROM gen_documents) d"
            " ON d.i = g.doc_index"
        )
        con.execute(
            "INSERT INTO events BY NAME SELECT doc_id, 1 AS version, event_id, type, NULL AS mode,"
            " ['diplomatic'] AS context, cameo, score, quad, false AS negated, false AS reciprocal,"
            " CAST(event_day AS VARCHAR) AS date, 'day' AS date_granularity, event_day,"
            " CASE WHEN isnan(lat) THEN NULL ELSE 'Place ' || recipient END AS location_name,"
            " CASE WHEN isnan(lat) THEN NULL ELSE recipient END AS location_country,"
            " CASE WHEN isnan(lat) THEN NULL ELSE lat END AS lat, CASE WHEN isnan(lat) THEN NULL ELSE lon END AS lon,"
            " lower(type) AS trigger_text, 15 AS trigger_start, 15 + length(type) AS trigger_end,"
            " sentence AS sentence_text, 0 AS sentence_start, length(sentence) AS sentence_end,"
            " 0.8 AS confidence, NULL AS cluster, [actor] AS actor_countries, [recipient] AS recipient_countries,"
            " '[]' AS quantities FROM gen ORDER BY event_day, doc_id, event_id"
        )
        for role, column in (("actor", "actor"), ("recipient", "recipient")):
            con.execute(
                f"INSERT INTO event_participants BY NAME SELECT doc_id, 1 AS version, event_id, '{role}' AS role,"
                f" 0 AS idx, {column} AS text, {column} AS name, {column} AS country, 'GOV' AS sector,"
                " 0 AS start_char, 3 AS end_char FROM gen ORDER BY event_day, doc_id, event_id"
            )
        con.execute("COMMIT")
        con.execute("DROP TABLE gen")
        con.execute("CHECKPOINT")
    return {"events": n_events, "documents": n_docs, "build_seconds": round(time.perf_counter() - started, 1)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    command = [sys.executable, "-c", "from accord.cli import main; main()", "serve", "--db", str(db),
               "--port", str(port), "--quiet", "--read-only"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{url}/openapi.json", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("accord serve did not start")


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=100, method="inclusive")
    return {"n": len(ordered), "p50_ms": round(q[49], 1), "p95_ms": round(q[94], 1), "max_ms": round(ordered[-1], 1)}


def measure(url: str, requests: int, seed: int = 11) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    # Dyads drawn the way analysts ask: mostly among the busiest countries, sometimes rare pairs.
    busy, rare = COUNTRIES[:8], COUNTRIES[8:]
    out: dict[str, Any] = {}
    with httpx.Client(base_url=url, timeout=30) as client:
        client.get("/events", params={"dyad": "USA,CHN", "limit": 10})  # first query warms the caches
        events, with_participants, timelines, sizes = [], [], [], []
        for i in range(requests):
            pool = busy if i % 4 else rare
            a, b = rng.choice(pool, 2, replace=False)
            year, month = int(rng.integers(2015, 2025)), int(rng.integers(1, 13))
            params = {"dyad": f"{a},{b}", "since": f"{year}-{month:02d}-01", "until": f"{year + 1}-{month:02d}-01",
                      "limit": 100}
            t0 = time.perf_counter()
            response = client.get("/events", params=params)
            events.append((time.perf_counter() - t0) * 1000)
            response.raise_for_status()
            sizes.append(len(response.json()["events"]))
            t0 = time.perf_counter()
            client.get("/events", params={**params, "participants": "true"}).raise_for_status()
            with_participants.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            client.get(f"/dyads/{a}/{b}/timeline", params={"bucket": "month"}).raise_for_status()
            timelines.append((time.perf_counter() - t0) * 1000)
        out["events_dyad_date"] = {**_percentiles(events), "mean_rows": round(float(np.mean(sizes)), 1)}
        out["events_dyad_date_with_participants"] = _percentiles(with_participants)
        out["dyad_timeline_month"] = _percentiles(timelines)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, help="Reuse (or keep) this store instead of a temporary one.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        built: dict[str, Any] = {"reused": True}
        if not db.exists():
            built = generate(db, args.events)
        built["db_mb"] = round(os.path.getsize(db) / 1e6, 1)
        process, url = _serve(db)
        try:
            stats = httpx.get(f"{url}/stats", timeout=120).json()
            result = {"store": {**built, "stored_events": stats["events"]}, **measure(url, args.requests)}
        finally:
            process.terminate()
            process.wait(timeout=20)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
