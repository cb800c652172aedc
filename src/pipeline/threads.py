"""The command line's analysing processes keep a single thread: one BLAS thread, no bar monitor.

Measured with spaCy's `nlp.pipe` on this project's model (README, "Benchmarks"): a second thread in
the process, even one that only waits, costs about 10 % more CPU time and wall time, most likely
because the C library then leaves its single-threaded fast paths (allocation without locks). Two
threads nobody needs would make that second thread:
- numpy's OpenBLAS starts one worker thread per core when numpy is imported, though thinc does
  spaCy's matrix products with BLIS; `one_blas_thread` asks it for one thread. OpenBLAS reads its
  thread count only then, so `pipeline.cli.main` calls this before anything imports numpy; worker
  processes (spawned, or Dask's) inherit the environment.
- tqdm's monitor thread, which only retunes how often the bar redraws: `pipeline.logs.progress`
  turns it off.
A thread count the user set (any of `BLAS_THREAD_VARIABLES`) is left alone. Library users who want
the same gain set `OPENBLAS_NUM_THREADS=1` before importing numpy or spaCy.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# What OpenBLAS reads for its thread count, in its own order of precedence.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def one_blas_thread(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Ask OpenBLAS for one thread unless a thread count is already set; True if it was asked.

    >>> env = {}; one_blas_thread(env), env
    (True, {'OPENBLAS_NUM_THREADS': '1'})
    >>> one_blas_thread({"OMP_NUM_THREADS": "4"})
    False
    """
    if any(name in environ for name in BLAS_THREAD_VARIABLES):
        return False
    environ[BLAS_THREAD_VARIABLES[0]] = "1"
    return True
