"""Dask engine: the same chunks on a `distributed` cluster, an existing one or a local one.

Workers import `pipeline` and load the model on their first chunk, then keep it (see
`pipeline.engines.cached_analyzer`), so the package and model must be installed where the workers
run. Start remote workers with one thread each (`dask worker tcp://HOST:8786 --nthreads 1
--nworkers N`): a spaCy pipeline analyses one chunk at a time per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from pipeline.engines import ChunkMapper, analyze_chunk, bounded_map
from pipeline.limits import DEFAULT_MAX_CHARS

IN_FLIGHT_PER_THREAD = 2


@contextmanager
def dask_cluster(
    model: str | None, workers: int, scheduler: str | None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[ChunkMapper]:
    """A `ChunkMapper` on the cluster at `scheduler`, else on a local one of `workers` processes."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        slots = sum(client.nthreads().values()) or workers
        submit = partial(client.submit, analyze_chunk, model, pure=False, max_chars=max_chars)
        yield partial(bounded_map, submit, window=IN_FLIGHT_PER_THREAD * slots)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
