"""Batch runs: incremental skipping, error isolation, crash safety, run files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pandas as pd
import pytest

from pipeline import batch
from pipeline.analyzer import Analyzer
from pipeline.batch import ERRORS_FILE, RUN_FILE, run_batch
from pipeline.engines import peek_info
from pipeline.errors import OutputLockedError
from pipeline.lock import output_lock
from pipeline.output.json_files import iter_result_paths
from pipeline.output.tables import export_tables
from pipeline.translate import add_english
from pipeline.translate.step import english_each
from tests.test_export import make_result

TEXTS = {
    "gemeente": "De gemeente Almere trekt 12 miljoen euro uit voor nieuwe fietspaden. "
    "Wethouder Karin Bosman zegt dat het werk in maart begint.",
    "school": "Ruim 300 leerlingen in Deventer kregen vorig jaar geen plek op een middelbare school."
    " "
    "Directeur Ahmed el Amrani noemt dat onacceptabel.",
    "haven": "De haven van Rotterdam sloeg in het eerste kwartaal 4 procent minder containers over."
    " "
    "Volgens Havenbedrijf Rotterdam ligt dat aan de zwakke Duitse economie.",
}


def write_inputs(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def jsonl_corpus(path: Path, n: int) -> Path:
    """`n` short Dutch articles with varied names and numbers, one JSON record per line."""
    names = ["Sanne de Wit", "Joris Hendriks", "Fatma Yilmaz", "Pieter Smit", "Lotte Kramer"]
    towns = ["Zwolle", "Breda", "Leeuwarden", "Venlo", "Haarlem"]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = (
                f"In {towns[i % 5]} wachten {100 + i} gezinnen op een sociale huurwoning. "
                f"Wethouder {names[i % 5]} wil dit jaar {20 + i % 7} procent meer woningen bouwen."
            )
            handle.write(json.dumps({"id": f"bericht-{i:03d}", "text": text}) + "\n")
    return path


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in iter_result_paths(out)}


def test_rerun_skips_unchanged_articles_without_loading_the_model(tmp_path, analyzer, monkeypatch):
    inputs = write_inputs(tmp_path / "in", TEXTS)
    out = tmp_path / "out"
    first = run_batch([inputs], out, analyzer, show_progress=False)
    assert (first.written, first.skipped, first.failed) == (3, 0, 0)
    before = outputs(out)

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded although nothing needed doing")

    monkeypatch.setattr(batch, "load_analyzer", no_model)
    second = run_batch([inputs], out, show_progress=False, workers=2)
    assert (second.written, second.skipped, second.failed) == (0, 3, 0)
    assert outputs(out) == before
    manifest = json.loads((out / RUN_FILE).read_text())
    assert manifest["skipped"] == 3 and manifest["model"] == analyzer.info.model


def test_loading_the_language_model_is_timed_as_loading(tmp_path, analyzer, monkeypatch):
    """`cpu_seconds` measures the analysis: loading the language identifier (once, before the
    first check) goes to `load_seconds`, like loading the spaCy model."""
    loads = []

    def slow_load():
        loads.append(1)
        started = time.process_time()
        while time.process_time() - started < 0.3:
            pass

    monkeypatch.setattr(batch, "identifier_loaded", lambda: bool(loads))
    monkeypatch.setattr(batch, "load_identifier", slow_load)
    summary = run_batch([write_inputs(tmp_path / "in", TEXTS)], tmp_path / "out", analyzer,
                        show_progress=False)  # fmt: skip
    assert len(loads) == 1 and summary.written == 3
    assert summary.load_seconds >= 0.3
    assert summary.cpu_seconds < summary.seconds - 0.25, "the load's CPU time was counted"


def test_changed_text_and_force_are_redone(tmp_path, analyzer):
    inputs = write_inputs(tmp_path / "in", TEXTS)
    out = tmp_path / "out"
    run_batch([inputs], out, analyzer, show_progress=False)
    (inputs / "haven.txt").write_text(TEXTS["haven"].replace("4 procent", "7 procent"), "utf-8")
    changed = run_batch([inputs], out, analyzer, show_progress=False)
    assert (changed.written, changed.skipped) == (1, 2)
    assert "7 procent" in (out / "haven.json").read_text(encoding="utf-8")
    forced = run_batch([inputs], out, analyzer, show_progress=False, force=True)
    assert (forced.written, forced.skipped) == (3, 0)


def test_other_pipeline_version_is_redone(tmp_path, analyzer):
    inputs = write_inputs(tmp_path / "in", {"school": TEXTS["school"]})
    out = tmp_path / "out"
    run_batch([inputs], out, analyzer, show_progress=False)
    path = out / "school.json"
    path.write_text(path.read_text().replace('"version": "', '"version": "0.0.0-old'), "utf-8")
    again = run_batch([inputs], out, analyzer, show_progress=False)
    assert again.written == 1


class FailsOnKapot(Analyzer):
    """An analyzer whose extraction crashes on articles with 'kapot' in their id."""

    def from_doc(self, article, doc):
        if "kapot" in article.id:
            raise ValueError(f"extractor crashed on {article.id}")
        return super().from_doc(article, doc)


def test_output_of_another_translator_is_redone(tmp_path, analyzer):
    inputs = write_inputs(tmp_path / "in", TEXTS)
    out = tmp_path / "out"
    offline = partial(add_english, translator=None)  # writes translation.backend "none"
    run_batch([inputs], out, analyzer, offline, show_progress=False, backend="none")
    same = run_batch([inputs], out, analyzer, offline, show_progress=False, backend="none")
    other = run_batch([inputs], out, analyzer, offline, show_progress=False, backend="libre")
    assert (same.skipped, other.written) == (3, 3), "a run with another translator redoes English"


def test_bad_articles_are_isolated_and_logged(tmp_path, nlp):
    texts = {**TEXTS, "kapot": "Dit artikel laat de extractie struikelen in Utrecht."}
    inputs = write_inputs(tmp_path / "in", texts)
    (inputs / "leeg.txt").write_text("", encoding="utf-8")
    (inputs / "records.jsonl").write_text('{"id": "ok-1", "text": "Zon in Assen."}\n{kapot\n')
    out = tmp_path / "out"
    summary = run_batch([inputs], out, FailsOnKapot(nlp=nlp), show_progress=False)
    assert sorted(outputs(out)) == ["gemeente.json", "haven.json", "ok-1.json", "school.json"]
    errors = [json.loads(line) for line in (out / ERRORS_FILE).read_text().splitlines()]
    by_id = {e["id"]: e for e in errors}
    assert set(by_id) == {"kapot", "leeg", "records-2"}, errors
    assert by_id["kapot"] == {
        "id": "kapot",
        "source": str(inputs / "kapot.txt"),
        "error": "ValueError",
        "message": "extractor crashed on kapot",
    }
    assert summary.failed == 3 and summary.written == 4
    manifest = json.loads((out / RUN_FILE).read_text())
    assert (manifest["written"], manifest["failed"], manifest["articles"]) == (4, 3, 7)


def test_cli_exits_1_when_an_article_fails(tmp_path):
    inputs = write_inputs(tmp_path / "in", {"haven": TEXTS["haven"]})
    (inputs / "records.jsonl").write_text('{"id": "zonder-tekst"}\n')
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            str(inputs),
            "--out",
            str(tmp_path / "out"),
            "--workers",
            "1",
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert (tmp_path / "out" / "haven.json").exists()
    assert "zonder-tekst" in (tmp_path / "out" / ERRORS_FILE).read_text()


def test_english_step_sees_every_written_result(tmp_path, analyzer):
    inputs = write_inputs(tmp_path / "in", TEXTS)
    out = tmp_path / "out"

    def english(results):
        return [r.model_copy(update={"summary_en": f"About {r.article.id}."}) for r in results]

    run_batch([inputs], out, analyzer, english=english, show_progress=False)
    for name, data in outputs(out).items():
        assert json.loads(data)["summary_en"] == f"About {name.removesuffix('.json')}."


def _english_failing_on(broken: set[str]):
    """An English step that breaks on any chunk holding one of the `broken` article ids."""
    calls: list[list[str]] = []

    def english(results):
        ids = [r.article.id for r in results]
        calls.append(ids)
        if broken & set(ids):
            raise RuntimeError(f"MT crashed on {sorted(broken & set(ids))}")
        return [r.model_copy(update={"summary_en": f"About {r.article.id}."}) for r in results]

    return english, calls


@pytest.mark.parametrize(
    ("broken", "kept"),
    [
        (set(), ["a", "b", "c"]),
        ({"b"}, ["a", "c"]),
        ({"a", "c"}, ["b"]),
        ({"a", "b", "c"}, []),
    ],
)
def test_english_each_costs_a_failure_only_its_own_article(broken, kept):
    results = [make_result(article_id) for article_id in "abc"]
    english, calls = _english_failing_on(broken)
    failed: list[str] = []
    pairs = english_each(english, results, lambda r, _error: failed.append(r.article.id))
    assert [(old.article.id, new.summary_en) for old, new in pairs] == [
        (article_id, f"About {article_id}.") for article_id in kept
    ]
    assert failed == sorted(broken)
    assert calls[0] == ["a", "b", "c"], "the chunk is tried whole first"
    assert len(calls) == (1 if not broken else 4), calls


def test_an_english_step_that_breaks_costs_only_its_article(tmp_path, analyzer):
    inputs = write_inputs(tmp_path / "in", TEXTS)
    out = tmp_path / "out"
    english, _calls = _english_failing_on({"school"})
    summary = run_batch([inputs], out, analyzer, english=english, show_progress=False)
    assert (summary.written, summary.failed) == (2, 1)
    assert sorted(outputs(out)) == ["gemeente.json", "haven.json"]
    [error] = [json.loads(line) for line in (out / ERRORS_FILE).read_text().splitlines()]
    assert (error["id"], error["error"]) == ("school", "RuntimeError"), error


def test_peek_info_matches_the_loaded_model(analyzer):
    assert peek_info(None) == analyzer.info


def test_second_run_on_the_same_folder_is_refused(tmp_path, analyzer):
    inputs = write_inputs(tmp_path / "in", {"haven": TEXTS["haven"]})
    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out), pytest.raises(OutputLockedError):
        run_batch([inputs], out, analyzer, show_progress=False)


def test_kill_9_then_rerun_gives_every_article_once(tmp_path):
    corpus = jsonl_corpus(tmp_path / "corpus.jsonl", 240)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        str(corpus),
        "--out",
        str(out),
        "--workers",
        "1",
        "--no-progress",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (out.exists() and any(out.glob("*.json"))) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    written_before = len(list(iter_result_paths(out)))
    assert 0 < written_before < 240, "the kill came too late to test anything"
    (out / ".bericht-999.json.abc123.tmp").write_text('{"article": {')  # a write cut short
    export_tables(out)  # an export of the partial run, upserted again below

    rerun = subprocess.run(command, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    manifest = json.loads((out / RUN_FILE).read_text())
    assert (
        manifest["skipped"] >= written_before and manifest["written"] + manifest["skipped"] == 240
    )
    ids = [json.loads(p.read_text())["article"]["id"] for p in iter_result_paths(out)]
    assert ids == [f"bericht-{i:03d}" for i in range(240)]
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    export_tables(out)
    with sqlite3.connect(out / "claims.sqlite") as db:
        for table, key in [("articles", "article_id"), ("entities", "entity_id"),
                           ("claims", "claim_id")]:  # fmt: skip
            rows, keys = db.execute(
                f"SELECT count(*), count(DISTINCT {key}) FROM {table}"
            ).fetchone()
            assert rows == keys, f"duplicate rows in {table}"
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (240,)
    assert len(pd.read_csv(out / "tables" / "articles.csv")) == 240
