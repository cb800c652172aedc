"""Batch orchestration: inputs → articles → `Analyzer` → English → JSON files, streaming.

Failures are isolated per article: an unreadable input or an extractor crash is recorded in
`_errors.jsonl` and the batch goes on. Run facts (counts, timings) go to `_run.json`, never into an
article's JSON, so re-running on the same input yields the same bytes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from tqdm import tqdm

from pipeline import __version__
from pipeline.analyze import Analyzer
from pipeline.ingest import IngestError, iter_sources, read_path
from pipeline.output.json_files import atomic_write_text, write_result
from pipeline.schema import Article, ArticleResult

ERRORS_FILE = "_errors.jsonl"
RUN_FILE = "_run.json"
CHUNK = 16
PROGRESS_MIN_ARTICLES = 5

EnglishStep = Callable[[list[ArticleResult]], list[ArticleResult]]


@dataclass
class RunSummary:
    written: int = 0
    failed: int = 0
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def error_record(article_id: str, source: str, error: BaseException) -> dict:
    return {
        "id": article_id,
        "source": source,
        "error": type(error).__name__,
        "message": str(error),
    }


def _articles(inputs: Iterable[str | Path], summary: RunSummary) -> Iterator[Article]:
    for path in iter_sources(inputs):
        for item in read_path(path):
            if isinstance(item, IngestError):
                summary.failed += 1
                summary.errors.append(error_record(item.article_id, item.source, item))
            else:
                yield item


def _chunks(items: Iterable[ArticleResult], size: int) -> Iterator[list[ArticleResult]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: Path,
    analyzer: Analyzer,
    english: EnglishStep | None = None,
    show_progress: bool = True,
) -> RunSummary:
    """Analyse every article under `inputs` into `out_dir/<id>.json`; return what happened."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    inputs = list(inputs)
    sources = list(iter_sources(inputs))
    # One article per file unless record files (.jsonl/.csv) are among the inputs: then no ETA.
    single = all(p.suffix.lower() not in (".jsonl", ".csv") for p in sources)
    total = len(sources) if single else None
    bar = tqdm(
        total=total, unit="article", desc="articles", dynamic_ncols=True,
        disable=not show_progress or (total is not None and total < PROGRESS_MIN_ARTICLES),
    )

    def on_error(article: Article, error: Exception) -> None:
        summary.failed += 1
        summary.errors.append(error_record(article.id, article.source, error))
        bar.update(1)

    results = analyzer.pipe(_articles(sources, summary), on_error=on_error)
    for chunk in _chunks(results, CHUNK):
        if english is not None:
            chunk = english(chunk)
        for result in chunk:
            write_result(result, out_dir)
            summary.written += 1
        bar.update(len(chunk))
    bar.close()
    summary.seconds = time.perf_counter() - started
    _write_run_files(out_dir, analyzer, summary)
    return summary


def _write_run_files(out_dir: Path, analyzer: Analyzer, summary: RunSummary) -> None:
    lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in summary.errors)
    atomic_write_text(out_dir / ERRORS_FILE, lines)
    manifest = {
        "pipeline_version": __version__,
        "model": analyzer.info.model,
        "model_version": analyzer.info.model_version,
        **{k: v for k, v in asdict(summary).items() if k != "errors"},
    }
    atomic_write_text(out_dir / RUN_FILE, json.dumps(manifest, indent=2) + "\n")
