"""Local engine: a pool of worker processes on this machine, each with its own model."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial

from pipeline.engines import ChunkMapper, analyze_chunk, bounded_map, warm_up

IN_FLIGHT_PER_WORKER = 2


@contextmanager
def process_pool(model: str | None, workers: int) -> Iterator[ChunkMapper]:
    """A `ChunkMapper` over `workers` spawned processes; each loads the model once as it starts.

    `spawn`, not `fork`: the parent may hold threads (progress bar) and forking those is unsafe.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=warm_up,
        initargs=(model,),
    )
    try:
        submit = partial(pool.submit, analyze_chunk, model)
        yield partial(bounded_map, submit, window=IN_FLIGHT_PER_WORKER * workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
