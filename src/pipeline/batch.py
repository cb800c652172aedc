"""Batch orchestration: inputs → articles → engine (`Analyzer`) → English → JSON files, streaming.

The parent process reads inputs, decides what needs doing, runs the English step and writes every
file; engines (`pipeline.engines`) only analyse chunks. One writer keeps the translation cache and
rate limits in one process and makes the local and Dask engines write the same bytes.

- Streaming: articles are read lazily and at most a few chunks are in flight, so memory does not
  grow with the number of articles.
- Incremental: an article whose output already holds the same text hash and the same `pipeline`
  block (version, model, model version) is skipped. The model's identity is read from its meta.json,
  so a re-run with nothing to do never loads the model. `force=True` redoes everything.
- Crash-safe: every file is written to a temp file and renamed; temp files left by a killed run are
  removed when the next run starts, and a lock keeps two runs out of one output folder.
- Failures are isolated per article: an unreadable input, an extractor crash or a failed write is
  recorded in `_errors.jsonl` and the batch goes on. Run facts (counts, timings) go to `_run.json`,
  never into an article's JSON, so re-running on the same input yields the same bytes.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline import __version__
from pipeline.analyzer import Analyzer
from pipeline.engines import Outcome, analyze_with, error_record, load_analyzer, peek_info
from pipeline.ingest import IngestError, read_path
from pipeline.ingest.sources import read_stdin, split_inputs
from pipeline.language import NotDutchError, check_dutch, identifier_loaded, load_identifier
from pipeline.logs import Progress, progress
from pipeline.output.json_files import atomic_write_text, result_path, write_result
from pipeline.schema import Article, ArticleResult, PipelineInfo

ERRORS_FILE = "_errors.jsonl"
RUN_FILE = "_run.json"
CHUNK = 32
PROGRESS_MIN_ARTICLES = 5

if TYPE_CHECKING:
    from pipeline.ingest.web import FetchOptions

EnglishStep = Callable[[list[ArticleResult]], list[ArticleResult]]
Engine = Literal["local", "dask"]


class OutputLockedError(RuntimeError):
    """Another run is writing to the same output folder."""


@dataclass
class RunSummary:
    articles: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    load_seconds: float = 0.0
    cpu_seconds: float = (
        0.0  # this process's CPU time, loading the models (spaCy, language) excluded
    )
    engine: str = "local"
    workers: int = 1


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: Path,
    analyzer: Analyzer | None = None,
    english: EnglishStep | None = None,
    show_progress: bool = True,
    *,
    model: str | None = None,
    workers: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
    force: bool = False,
    chunk_size: int = CHUNK,
    backend: str | None = None,
    force_language: str | None = None,
    fetch: FetchOptions | None = None,
) -> RunSummary:
    """Analyse every article under `inputs` into `out_dir/<id>.json`; return what happened.

    `analyzer` (else one loaded from `model` when first needed) serves in-process runs; worker
    processes load `model` themselves. With `workers > 1` or `engine="dask"`, chunks of
    `chunk_size` articles go to the engine; a run whose work fits in one chunk stays in-process
    under the local engine, as starting workers would cost more than it saves. `backend` names the
    translator the English step uses, so outputs made with another one are redone.

    Inputs may also be web addresses (feeds, sitemaps, pages; fetched as `fetch` says) and `-`
    (standard input). A text that is not Dutch is recorded as an error, unless `force_language`.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = RunSummary(engine=engine, workers=workers)
    sources = split_inputs(inputs)
    with _exclusive(out_dir), _web_reader(sources.urls, out_dir, fetch, force) as web:
        _remove_stale_temp_files(out_dir)
        info = analyzer.info if analyzer is not None else peek_info(model)
        if info is None:  # the model's identity is unknown without loading it
            analyzer = _timed_load(model, summary)
            info = analyzer.info
        only_files = not (sources.urls or sources.stdin)
        bar = progress(
            _count_articles(sources.paths) if only_files else None, enabled=show_progress
        )
        if bar.total is not None and bar.total < PROGRESS_MIN_ARTICLES:
            bar.disable = True
        items = chain(
            chain.from_iterable(read_path(path) for path in sources.paths),
            read_stdin() if sources.stdin else (),
            web.read(sources.urls) if web is not None else (),
        )
        todo = _todo(_articles(items, summary, bar), out_dir, info, force, backend, summary, bar)
        todo = _dutch(todo, force_language, summary, bar)
        chunks = _chunks(todo, chunk_size)
        first = list(islice(chunks, 2))
        if first:
            mapper_context = _engine(engine, workers, scheduler, model, len(first) > 1)
            with mapper_context as mapper:
                if mapper is None:
                    analyzer = analyzer or _timed_load(model, summary)
                    outcomes = (analyze_with(analyzer, chunk) for chunk in chain(first, chunks))
                else:
                    outcomes = mapper(chain(first, chunks))
                for chunk_outcomes in outcomes:
                    _write_outcomes(chunk_outcomes, out_dir, english, summary)
                    bar.update(len(chunk_outcomes))
                    bar.set_postfix(skipped=summary.skipped, failed=summary.failed, refresh=False)
        bar.close()
        summary.seconds = time.perf_counter() - started
        summary.cpu_seconds += time.process_time() - started_cpu
        _write_run_files(out_dir, info, summary, started_at)
    return summary


def is_current(
    out_dir: Path, article: Article, info: PipelineInfo, backend: str | None = None
) -> bool:
    """Whether `out_dir` already holds this article's output for this text and pipeline.

    With `backend` (the requested translator), an output made with another translator is not
    current either: a `--translator none` run followed by a `--translator google` run adds English.
    Parsing a whole output with `json.loads` takes tens of microseconds (no pydantic validation),
    and the file itself is the truth: no index to keep consistent with the files after a crash.
    """
    try:
        data = json.loads(result_path(out_dir, article.id).read_bytes())
        same = data["article"]["sha256"] == article.sha256 and data["pipeline"] == info.model_dump()
        return same and (backend is None or data["translation"]["backend"] == backend)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _articles(
    items: Iterable[Article | IngestError], summary: RunSummary, bar: Progress
) -> Iterator[Article]:
    for item in items:
        summary.articles += 1
        if isinstance(item, IngestError):
            summary.failed += 1
            summary.errors.append(error_record(item.article_id, item.source, item))
            bar.update(1)
        else:
            yield item


def _todo(
    articles: Iterator[Article],
    out_dir: Path,
    info: PipelineInfo,
    force: bool,
    backend: str | None,
    summary: RunSummary,
    bar: Progress,
) -> Iterator[Article]:
    for article in articles:
        if not force and is_current(out_dir, article, info, backend):
            summary.skipped += 1
            bar.update(1)
        else:
            yield article


def _dutch(
    articles: Iterator[Article],
    force_language: str | None,
    summary: RunSummary,
    bar: Progress,
) -> Iterator[Article]:
    """Articles that may be analysed as Dutch; the others are recorded as errors. The language
    model is loaded before the first check, timed as loading (like the spaCy model's)."""
    for article in articles:
        if force_language is None and not identifier_loaded():
            with _loading(summary):
                load_identifier()
        try:
            check_dutch(article.text, force_language)
        except NotDutchError as error:
            summary.failed += 1
            summary.errors.append(error_record(article.id, article.source, error))
            bar.update(1)
        else:
            yield article


def _web_reader(urls: list[str], out_dir: Path, fetch: FetchOptions | None, force: bool):
    """A `WebReader` for the run's web inputs (its state is saved on exit), or None without any."""
    if not urls:
        return nullcontext(None)
    from pipeline.ingest.web import WebReader

    return WebReader(out_dir, fetch, force)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _engine(
    engine: Engine, workers: int, scheduler: str | None, model: str | None, several_chunks: bool
):
    """The context giving a `ChunkMapper`, or giving None for in-process analysis."""
    if engine == "dask":
        from pipeline.engines.dask_cluster import dask_cluster

        return dask_cluster(model, workers, scheduler)
    if workers > 1 and several_chunks:
        from pipeline.engines.local import process_pool

        return process_pool(model, workers)
    return nullcontext(None)


def _timed_load(model: str | None, summary: RunSummary) -> Analyzer:
    with _loading(summary):
        return load_analyzer(model)


@contextmanager
def _loading(summary: RunSummary) -> Iterator[None]:
    """Count the block as loading a model: its wall time goes to `load_seconds` and its CPU time
    out of `cpu_seconds`, which measure the analysis."""
    started, started_cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        summary.load_seconds += time.perf_counter() - started
        summary.cpu_seconds -= time.process_time() - started_cpu


def _write_outcomes(
    outcomes: list[Outcome], out_dir: Path, english: EnglishStep | None, summary: RunSummary
) -> None:
    results = [o for o in outcomes if isinstance(o, ArticleResult)]
    for record in (o for o in outcomes if not isinstance(o, ArticleResult)):
        summary.failed += 1
        summary.errors.append(record)
    if english is not None and results:
        try:
            results = english(results)
        except Exception as error:  # a broken English step fails its chunk, not the batch
            for result in results:
                summary.failed += 1
                summary.errors.append(error_record(result.article.id, result.article.source, error))
            return
    for result in results:
        try:
            write_result(result, out_dir)
        except OSError as error:
            summary.failed += 1
            summary.errors.append(error_record(result.article.id, result.article.source, error))
        else:
            summary.written += 1


def _count_articles(sources: list[Path]) -> int | None:
    """Articles to expect, for the progress bar's ETA: one per file, one per non-empty .jsonl line.

    CSV rows may span lines, so with a CSV among the inputs the total is unknown (no ETA).
    """
    total = 0
    for path in sources:
        suffix = path.suffix.lower()
        if suffix == ".csv":
            return None
        if suffix == ".jsonl":
            with path.open("rb") as lines:
                total += sum(1 for line in lines if line.strip())
        else:
            total += 1
    return total


@contextmanager
def _exclusive(out_dir: Path) -> Iterator[None]:
    """Hold an advisory lock on `out_dir` for the run (released by the OS even after kill -9)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputLockedError(f"another run is writing to {out_dir}") from None
        yield
    finally:
        os.close(fd)


def _remove_stale_temp_files(out_dir: Path) -> None:
    """Temp files of `atomic_write_text` that a killed run left behind (we hold the lock)."""
    for tmp in out_dir.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _write_run_files(
    out_dir: Path, info: PipelineInfo, summary: RunSummary, started_at: str
) -> None:
    # Sorted: engines read ahead differently, the file should not depend on that.
    errors = sorted(summary.errors, key=lambda e: (e["source"], e["id"]))
    lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    atomic_write_text(out_dir / ERRORS_FILE, lines)
    analysed = summary.written + summary.failed
    manifest = {
        "pipeline_version": __version__,
        "model": info.model,
        "model_version": info.model_version,
        "started": started_at,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        **{k: v for k, v in asdict(summary).items() if k != "errors"},
        "articles_per_second": round(analysed / summary.seconds, 2) if summary.seconds else None,
    }
    atomic_write_text(out_dir / RUN_FILE, json.dumps(manifest, indent=2) + "\n")
