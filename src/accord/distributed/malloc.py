"""Give a Dask worker process the C allocator's ordinary behaviour back.

Dask's nanny starts every worker process with ``MALLOC_TRIM_THRESHOLD_=65536`` (its
``distributed.nanny.pre-spawn-environ``), so that freed memory goes back to the system at once and the
nanny's memory accounting stays honest. glibc reads that variable at process start and, because a threshold was
set by hand, also stops adapting its mmap threshold: every allocation over 128 KiB then gets its own ``mmap`` and
is unmapped again on ``free``. spaCy's parser allocates and frees arrays of that size for every batch, so a
worker spent a quarter to a third more CPU per article than the same code in an ordinary process (measured on
128 PolNeAR articles: 31.9 against 27.8 CPU-seconds with the thresholds set back, 28.5 with no variable at all).

``relax_allocator`` sets the two thresholds to where glibc's own adaptation ends up on a 64-bit machine (the
mmap threshold at its 32 MiB ceiling, the trim threshold at twice that) when the process was started with a
trim threshold. It runs once, in the worker plugin's set-up, so it also covers workers of a cluster the user
started (``--scheduler``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

TRIM_VARIABLE = "MALLOC_TRIM_THRESHOLD_"
M_TRIM_THRESHOLD = -1  # glibc's mallopt parameter numbers (malloc.h)
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024  # glibc's DEFAULT_MMAP_THRESHOLD_MAX on 64-bit: where its adaptation stops
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD  # glibc keeps the trim threshold at twice the mmap threshold


def relax_allocator() -> bool:
    """Set glibc's mmap and trim thresholds back to what it adapts to by itself, if this process was started
    with a fixed trim threshold (as Dask's nanny starts its workers). Returns whether it changed anything;
    elsewhere (no such variable, not Linux, a C library without ``mallopt``) it does nothing."""
    if TRIM_VARIABLE not in os.environ or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return False
    mallopt = getattr(libc, "mallopt", None)  # musl has none
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
