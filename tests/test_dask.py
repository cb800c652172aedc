"""Engines: a process pool and a Dask LocalCluster write the same bytes as an in-process run."""

from __future__ import annotations

import json

import pytest

from pipeline.batch import RUN_FILE, run_batch
from pipeline.output.json_files import iter_result_paths
from tests.test_batch import TEXTS, write_inputs

MORE = {
    "brug": "Rijkswaterstaat sluit de Van Brienenoordbrug 3 weekenden voor onderhoud. "
    "Minister Lucas Verbeek vraagt automobilisten om de trein te nemen.",
    "ziekenhuis": "Het Maasstad Ziekenhuis behandelde 15 procent meer patiënten met griep. "
    "Een woordvoerder spreekt van een zware winter.",
    "kapot": "",  # an unreadable input: the error file must match too
}


@pytest.mark.parametrize(
    ("engine", "workers"),
    [("local", 2), ("dask", 2)],
    ids=["process-pool-2", "dask-localcluster-2"],
)
def test_engine_output_equals_in_process_output(tmp_path, analyzer, engine, workers):
    inputs = write_inputs(tmp_path / "in", {**TEXTS, **MORE})
    reference = run_batch([inputs], tmp_path / "ref", analyzer, show_progress=False, chunk_size=2)
    out = tmp_path / engine
    summary = run_batch(
        [inputs], out, show_progress=False, workers=workers, engine=engine, chunk_size=2
    )
    assert (summary.written, summary.failed) == (reference.written, reference.failed) == (5, 1)
    expected = {p.name: p.read_bytes() for p in iter_result_paths(tmp_path / "ref")}
    actual = {p.name: p.read_bytes() for p in iter_result_paths(out)}
    assert actual == expected
    assert (out / "_errors.jsonl").read_bytes() == (tmp_path / "ref" / "_errors.jsonl").read_bytes()
    manifest = json.loads((out / RUN_FILE).read_text())
    assert (manifest["engine"], manifest["workers"]) == (engine, workers)
