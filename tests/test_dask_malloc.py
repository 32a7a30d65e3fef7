"""The worker plugin gives glibc its adaptive thresholds back when Dask's nanny fixed the trim threshold."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from accord.distributed.malloc import TRIM_VARIABLE

PROBE = "from accord.distributed.malloc import relax_allocator; print(relax_allocator())"


def _relaxed(environ: dict[str, str]) -> str:
    """Run relax_allocator in a fresh process started with this environment (glibc reads it at start)."""
    done = subprocess.run([sys.executable, "-c", PROBE], env=environ, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_process_started_with_dasks_trim_threshold_gets_the_thresholds_set_back() -> None:
    assert _relaxed({**os.environ, TRIM_VARIABLE: "65536"}) == "True"


def test_an_ordinary_process_is_left_alone() -> None:
    environ = {key: value for key, value in os.environ.items() if key != TRIM_VARIABLE}
    assert _relaxed(environ) == "False"

