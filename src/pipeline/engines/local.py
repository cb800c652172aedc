"""Local engine: a pool of worker processes on this machine, each with its own model."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial

from pipeline.engines import ChunkMapper, analyze_chunk, bounded_map, warm_up
from pipeline.engines.lifetime import die_with_parent
from pipeline.limits import DEFAULT_MAX_CHARS

IN_FLIGHT_PER_WORKER = 2


def start_worker(parent_pid: int, model: str | None, max_chars: int) -> None:
    """Process-pool initializer: end with the parent, then load the model."""
    die_with_parent(parent_pid)
    warm_up(model, max_chars)


@contextmanager
def process_pool(
    model: str | None, workers: int, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[ChunkMapper]:
    """A `ChunkMapper` over `workers` spawned processes; each loads the model once as it starts.

    `spawn`, not `fork`: the parent may hold threads (progress bar) and forking those is unsafe.
    Workers die with the parent (`pipeline.engines.lifetime`), so `kill -9` leaves none behind.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(os.getpid(), model, max_chars),
    )
    try:
        submit = partial(pool.submit, analyze_chunk, model, max_chars=max_chars)
        yield partial(bounded_map, submit, window=IN_FLIGHT_PER_WORKER * workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
