#!/usr/bin/env bash
# Installs accord into .venv and runs the main job on the bundled sample articles:
# ingest samples/ into the embedded DuckDB store (accord.duckdb), then summarise what was found.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh

.venv/bin/accord ingest samples/
.venv/bin/accord stats
.venv/bin/accord events --limit 15
