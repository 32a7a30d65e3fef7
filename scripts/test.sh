#!/usr/bin/env bash
# Installs accord with its test dependencies into .venv (from scratch when absent) and runs every check:
# ruff, mypy and the whole pytest suite (including the real-browser dashboard tests).
# With --compiled first, the suite runs on the mypyc-compiled build (scripts/compile.sh), removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

compiled=0
if [ "${1:-}" = "--compiled" ]; then
  compiled=1
  shift
fi

bash scripts/install.sh test,api,dask

# Debian's Chromium for the dashboard's browser tests (no browser download from elsewhere).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
      || echo "note: could not install chromium; browser tests will be skipped" >&2
  else
    echo "note: chromium not installed; browser tests will be skipped" >&2
  fi
fi

.venv/bin/ruff check .
.venv/bin/mypy
if [ "$compiled" = 1 ]; then
  trap 'bash scripts/compile.sh --clean' EXIT
  bash scripts/compile.sh
fi
.venv/bin/python -m pytest -q "$@"
