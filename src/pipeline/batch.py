"""Batch orchestration: inputs → articles → engine (`Analyzer`) → English → JSON files, streaming.

The parent process reads inputs, decides what needs doing, runs the English step and writes every
file; engines (`pipeline.engines`) only analyse chunks. One writer keeps the translation cache and
rate limits in one process and makes the local and Dask engines write the same bytes.

- Inputs: files, folders and globs, web addresses (feeds, sitemaps, pages; `pipeline.ingest.web`)
  and standard input (`-`). Our own outputs are never inputs (`pipeline.ingest.own_outputs`).
- Streaming: articles are read lazily and at most a few chunks are in flight, so memory does not
  grow with the number of articles.
- Incremental: an article whose output already holds the same text hash and the same `pipeline`
  block (version, model, model version) is skipped. The model's identity is read from its meta.json,
  so a re-run with nothing to do never loads the model. `force=True` redoes everything.
- Crash-safe: every file is written to a temp file and renamed; temp files left by a killed run are
  removed when the next run starts, and a lock (`pipeline.lock`) keeps two commands out of one
  output folder. Worker processes die with the parent.
- Failures are isolated per article at every stage: an unreadable input, a text over `max_chars`,
  a text that is not Dutch, a parse or extractor crash, a failed English step or write is recorded
  in `_errors.jsonl` and the batch goes on; the article's previous output, if any, moves to
  `_stale/`, unless the failure is temporary (`TemporarilyUnavailable`: a web page without a final
  answer this time), when it stays in place. Doubtful decodings go to `_warnings.jsonl`. Run facts
  (counts, timings, ids that had to be suffixed, outputs moved aside or kept, inputs skipped as our
  own outputs) go to `_run.json`, never into an article's JSON, so re-running on the same input
  yields the same bytes. The run files are written even when the run is aborted.
- Ids are unique in the output folder (`pipeline.ids`): every record gets its own file.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline import __version__
from pipeline.analyzer import Analyzer
from pipeline.engines import Outcome, analyze_with, error_record, load_analyzer, peek_info
from pipeline.errors import one_line
from pipeline.ids import IdRegistry
from pipeline.ingest import IngestError, TemporarilyUnavailable, read_path, safe_id
from pipeline.ingest.encoding import DecodingWarning
from pipeline.ingest.sources import STDIN_ID, STDIN_SOURCE, Inputs, read_stdin, split_inputs
from pipeline.language import NotDutchError, check_dutch, identifier_loaded, load_identifier
from pipeline.limits import (
    CHUNK_CHARS,
    DEFAULT_MAX_CHARS,
    HTML_BYTES_PER_CHAR,
    TEXT_BYTES_PER_CHAR,
    file_too_large,
    too_long,
)
from pipeline.lock import output_lock
from pipeline.logs import Progress, progress
from pipeline.output.folders import ensure_writable_dir
from pipeline.output.json_files import atomic_write_text, result_path, write_result
from pipeline.output.names import ERRORS_FILE, RUN_FILE, WARNINGS_FILE
from pipeline.output.stale import forget_stale, move_aside
from pipeline.schema import Article, ArticleResult, PipelineInfo
from pipeline.translate.step import English, english_each

CHUNK = 32
PROGRESS_MIN_ARTICLES = 5

if TYPE_CHECKING:
    from pipeline.ingest.web import FetchOptions, WebReader

Engine = Literal["local", "dask"]
# An input's item with the decoding warnings raised while reading it.
Noted = tuple[Article | IngestError, list[DecodingWarning]]


@dataclass
class RunSummary:
    articles: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)  # doubtful decodings (article still written)
    renamed: list[dict] = field(default_factory=list)  # ids suffixed to stay unique
    moved_aside: list[str] = field(default_factory=list)  # ids whose old output went to _stale/
    kept: list[str] = field(default_factory=list)  # failed for now; their old output stays
    skipped_inputs: list[str] = field(default_factory=list)  # our own outputs among the inputs
    aborted: str | None = None  # why the run stopped before the end
    run_files_error: str | None = None  # _errors.jsonl or _run.json could not be written
    seconds: float = 0.0
    load_seconds: float = 0.0
    cpu_seconds: float = (
        0.0  # this process's CPU time, loading the models (spaCy, language) excluded
    )
    engine: str = "local"
    workers: int = 1
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class _EngineChoice:
    """Where chunks are analysed: `run_batch`'s engine arguments, passed on as one."""

    engine: Engine
    workers: int
    scheduler: str | None
    model: str | None
    chunk_size: int
    max_chars: int


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: Path,
    analyzer: Analyzer | None = None,
    english: English | None = None,
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
    max_chars: int = DEFAULT_MAX_CHARS,
) -> RunSummary:
    """Analyse every article under `inputs` into `out_dir/<id>.json`; return what happened.

    `analyzer` (else one loaded from `model` when first needed) serves in-process runs; worker
    processes load `model` themselves. With `workers > 1` or `engine="dask"`, chunks of
    `chunk_size` articles go to the engine; a run whose work fits in one chunk stays in-process
    under the local engine, as starting workers would cost more than it saves. `backend` names the
    translator the English step uses, so outputs made with another one are redone. Articles longer
    than `max_chars` characters are reported, not analysed.

    Inputs may also be web addresses (feeds, sitemaps, pages; fetched as `fetch` says) and `-`
    (standard input). A text that is not Dutch is recorded as an error, unless `force_language`.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    ensure_writable_dir(out_dir, "--out")
    summary = RunSummary(engine=engine, workers=workers, max_chars=max_chars)
    sources = split_inputs(inputs, exclude=[out_dir])
    summary.skipped_inputs = [str(p) for p in sources.skipped]
    choice = _EngineChoice(engine, workers, scheduler, model, chunk_size, max_chars)
    with output_lock(out_dir), _web_reader(sources.urls, out_dir, fetch, force) as web:
        _remove_stale_temp_files(out_dir)
        info = analyzer.info if analyzer is not None else peek_info(model)
        bar = _progress_bar(sources, show_progress)
        try:
            if info is None:  # the model's identity is unknown without loading it
                analyzer = _timed_load(model, max_chars, summary)
                info = analyzer.info
            items = _read_all(sources, web, max_chars)
            articles = _articles(items, out_dir, summary, bar, IdRegistry(summary.renamed))
            todo = _todo(articles, out_dir, info, force, backend, summary, bar)
            todo = _dutch(todo, force_language, out_dir, summary, bar)
            _analyse(todo, choice, analyzer, out_dir, english, summary, bar)
        except BaseException as error:
            summary.aborted = (
                "interrupted" if isinstance(error, KeyboardInterrupt) else one_line(error)
            )
            raise
        finally:
            bar.close()
            summary.seconds = time.perf_counter() - started
            summary.cpu_seconds += time.process_time() - started_cpu
            _write_run_files(out_dir, info, summary, started_at)
    return summary


def _analyse(
    todo: Iterator[Article],
    choice: _EngineChoice,
    analyzer: Analyzer | None,
    out_dir: Path,
    english: English | None,
    summary: RunSummary,
    bar: Progress,
) -> None:
    """Analyse `todo` chunk by chunk on the chosen engine and write every outcome."""
    chunks = _chunks(todo, choice.chunk_size)
    first = list(islice(chunks, 2))
    if not first:
        return
    with _engine(choice, len(first) > 1) as mapper:
        if mapper is None:
            analyzer = analyzer or _timed_load(choice.model, choice.max_chars, summary)
            outcomes = (analyze_with(analyzer, chunk) for chunk in chain(first, chunks))
        else:
            outcomes = mapper(chain(first, chunks))
        for chunk_outcomes in outcomes:
            _write_outcomes(chunk_outcomes, out_dir, english, summary)
            bar.update(len(chunk_outcomes))
            bar.set_postfix(skipped=summary.skipped, failed=summary.failed, refresh=False)


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


def _progress_bar(sources: Inputs, show: bool) -> Progress:
    """The run's progress display; its total is known only for file inputs (none for a tiny run)."""
    only_files = not (sources.urls or sources.stdin)
    total = _count_articles(sources.paths) if only_files else None
    tiny = total is not None and total < PROGRESS_MIN_ARTICLES
    return progress(total, enabled=show and not tiny)


def _read_all(sources: Inputs, web: WebReader | None, max_chars: int) -> Iterator[Noted]:
    """Every item of the inputs: files in order, then standard input, then the web addresses."""
    for path in sources.paths:
        yield from _read_file(path, max_chars)
    if sources.stdin:
        yield from _noting(read_stdin(), STDIN_ID, STDIN_SOURCE)
    if web is not None:
        yield from _noting(web.read(sources.urls), "web", "web inputs")


def _articles(
    items: Iterable[Noted], out_dir: Path, summary: RunSummary, bar: Progress, registry: IdRegistry
) -> Iterator[Article]:
    """The articles to consider, with unique ids; every input that is no article is recorded."""
    max_chars = summary.max_chars
    for item, notes in items:
        summary.articles += 1
        if isinstance(item, IngestError):
            item.article_id = registry.claim(item.article_id, item.source)
            article_id, source = item.article_id, item.source
            record = error_record(article_id, source, item)
            temporary = isinstance(item, TemporarilyUnavailable)
            _record_failure(summary, out_dir, record, temporary)
            bar.update(1)
        else:
            article_id, source = registry.claim(item.id, item.source), item.source
            if article_id != item.id:
                item = item.model_copy(update={"id": article_id})
            if item.chars > max_chars:
                error = too_long(item.chars, max_chars)
                _record_failure(summary, out_dir, error_record(article_id, source, error))
                bar.update(1)
            else:
                yield item
        summary.warnings.extend(
            {"id": article_id, "source": note.source, "message": note.note} for note in notes
        )


def _read_file(path: Path, max_chars: int) -> Iterator[Noted]:
    """`read_path(path)`, noted; a file too large for `max_chars` is refused unread."""
    refusal = _oversized(path, max_chars)
    if refusal is not None:
        yield IngestError(safe_id(path.stem), str(path), str(refusal)), []
        return
    yield from _noting(read_path(path), safe_id(path.stem), str(path))


def _noting(
    items: Iterator[Article | IngestError], fallback_id: str, source: str
) -> Iterator[Noted]:
    """Each item with the decoding warnings raised while reading it.

    A reader that fails in a way it did not foresee costs the rest of that input (one error under
    `fallback_id` and `source`), never the batch.
    """
    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                item = next(items, None)
            except Exception as error:
                item = IngestError(fallback_id, source, f"{type(error).__name__}: {error}")
                items = iter(())
        notes = [w.message for w in caught if isinstance(w.message, DecodingWarning)]
        for other in (w for w in caught if not isinstance(w.message, DecodingWarning)):
            warnings.warn_explicit(other.message, other.category, other.filename, other.lineno)
        if item is None:
            return
        yield item, notes


def _oversized(path: Path, max_chars: int) -> Exception | None:
    """Whether a one-article file is too large to hold an article of `max_chars` characters."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv"):
        return None  # records are checked one by one, after reading
    per_char = HTML_BYTES_PER_CHAR if suffix in (".html", ".htm") else TEXT_BYTES_PER_CHAR
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reading it reports the problem
    return file_too_large(size, max_chars, per_char) if size > per_char * max_chars else None


def _record_failure(
    summary: RunSummary, out_dir: Path, record: dict, temporary: bool = False
) -> None:
    """Count and log a failed article; its previous output, if any, moves to `_stale/`.

    After a `temporary` failure (no final answer about the article) the previous output stays
    in place and the record says so: one timeout must not take an article out of the exports.
    """
    summary.failed += 1
    summary.errors.append(record)
    if temporary:
        if result_path(out_dir, record["id"]).is_file():
            summary.kept.append(record["id"])
            record["message"] += "; temporary: its previous output is kept"
        return
    try:
        if move_aside(out_dir, record["id"]):
            summary.moved_aside.append(record["id"])
    except OSError:
        pass  # the failure itself is recorded; an old output that cannot move stays


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
    out_dir: Path,
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
            _record_failure(summary, out_dir, error_record(article.id, article.source, error))
            bar.update(1)
        else:
            yield article


def _web_reader(urls: list[str], out_dir: Path, fetch: FetchOptions | None, force: bool):
    """A `WebReader` for the run's web inputs (its state is saved on exit), or None without any."""
    if not urls:
        return nullcontext(None)
    from pipeline.ingest.web import WebReader

    return WebReader(out_dir, fetch, force)


def _chunks(
    items: Iterable[Article], size: int, max_chars: int = CHUNK_CHARS
) -> Iterator[list[Article]]:
    """Chunks of at most `size` articles and `max_chars` characters (a longer article goes alone).

    spaCy parses a chunk as one batch, so the characters in a chunk bound a worker's memory.
    """
    chunk: list[Article] = []
    chars = 0
    for article in items:
        if chunk and (len(chunk) >= size or chars + article.chars > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(article)
        chars += article.chars
    if chunk:
        yield chunk


def _engine(choice: _EngineChoice, several_chunks: bool):
    """The context giving a `ChunkMapper`, or giving None for in-process analysis."""
    if choice.engine == "dask":
        from pipeline.engines.dask_cluster import dask_cluster

        return dask_cluster(choice.model, choice.workers, choice.scheduler, choice.max_chars)
    if choice.workers > 1 and several_chunks:
        from pipeline.engines.local import process_pool

        return process_pool(choice.model, choice.workers, choice.max_chars)
    return nullcontext(None)


def _timed_load(model: str | None, max_chars: int, summary: RunSummary) -> Analyzer:
    with _loading(summary):
        return load_analyzer(model, max_chars)


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
    outcomes: list[Outcome], out_dir: Path, english: English | None, summary: RunSummary
) -> None:
    results = [o for o in outcomes if isinstance(o, ArticleResult)]
    for record in (o for o in outcomes if not isinstance(o, ArticleResult)):
        _record_failure(summary, out_dir, record)
    if english is not None and results:

        def failed(result: ArticleResult, error: Exception) -> None:
            record = error_record(result.article.id, result.article.source, error)
            _record_failure(summary, out_dir, record)

        results = [done for _result, done in english_each(english, results, failed)]
    for result in results:
        try:
            write_result(result, out_dir)
        # A full disk, a file in the way, a result that will not serialise: this article only.
        except Exception as error:
            record = error_record(result.article.id, result.article.source, error)
            _record_failure(summary, out_dir, record)
        else:
            summary.written += 1
            forget_stale(out_dir, result.article.id)


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
            try:
                with path.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            except OSError:
                total += 1  # reading it will report the problem
        else:
            total += 1
    return total


def _remove_stale_temp_files(out_dir: Path) -> None:
    """Temp files of `atomic_write_text` that a killed run left behind (we hold the lock)."""
    for tmp in out_dir.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _write_run_files(
    out_dir: Path, info: PipelineInfo | None, summary: RunSummary, started_at: str
) -> None:
    """`_errors.jsonl`, `_warnings.jsonl` and `_run.json`; a failure is kept in the summary."""
    # Sorted: engines read ahead differently, the files should not depend on that.
    errors = sorted(summary.errors, key=lambda e: (e["source"], e["id"]))
    notes = sorted(summary.warnings, key=lambda e: (e["source"], e["id"]))
    analysed = summary.written + summary.failed
    manifest = {
        "pipeline_version": __version__,
        "model": info.model if info else None,
        "model_version": info.model_version if info else None,
        "started": started_at,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        **{
            k: v
            for k, v in asdict(summary).items()
            if k not in ("errors", "warnings", "run_files_error")
        },
        "warnings": len(summary.warnings),
        "articles_per_second": round(analysed / summary.seconds, 2) if summary.seconds else None,
    }
    files = {
        ERRORS_FILE: _json_lines(errors),
        WARNINGS_FILE: _json_lines(notes),
        RUN_FILE: json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
    }
    for name, text in files.items():
        try:
            atomic_write_text(out_dir / name, text)
        except OSError as error:
            summary.run_files_error = f"could not write {out_dir / name}: {one_line(error)}"


def _json_lines(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
