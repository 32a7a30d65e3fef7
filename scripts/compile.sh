#!/usr/bin/env bash
# Compiles accord's stage modules with mypyc into C extensions beside their .py files, for the .venv install
# (which is editable, so it picks them up at once); `scripts/compile.sh --clean` removes them again.
# Python imports a compiled module in preference to its .py file: after editing a compiled module, compile
# again or clean (the test suite refuses to run on a compiled module older than its source).
set -euo pipefail
cd "$(dirname "$0")/.."

clean() {
  find src -name "*.so" -delete
  rm -rf build
}
if [ "${1:-}" = "--clean" ]; then
  clean
  exit 0
fi

[ -x .venv/bin/python ] || bash scripts/install.sh
# setup.py reads pyproject.toml, whose SPDX license string needs setuptools 77; mypyc comes with mypy
.venv/bin/python -m pip install --quiet "setuptools>=77" wheel "mypy>=1.10"
clean
ACCORD_COMPILE=1 .venv/bin/python setup.py --quiet build_ext --inplace >build-compile.log 2>&1 \
  || { tail -n 40 build-compile.log >&2; exit 1; }
rm -f build-compile.log
echo "compiled: $(find src/accord -name '*.so' | wc -l) extension modules"
