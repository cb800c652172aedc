"""Execution back-ends for `pipeline.batch`: where chunks of articles are analysed.

Like EDS-NLP's `processing/`, the engines are separate from reading and writing: the parent process
streams articles, decides what needs doing and writes every output; an engine only turns a chunk of
`Article`s into `Outcome`s through `Analyzer.pipe`, the one call every engine makes. Each worker
process (a local `ProcessPoolExecutor` worker or a Dask worker) loads the model once and keeps it in
`_ANALYZERS` for every later chunk.
"""

from __future__ import annotations

import gc
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path

from pipeline import __version__
from pipeline.limits import DEFAULT_MAX_CHARS
from pipeline.schema import Article, ArticleResult, PipelineInfo

# An analysed article, or the error record of one that failed (see `pipeline.batch.error_record`).
Outcome = ArticleResult | dict
# Turns a stream of chunks into their outcomes, in order: what every engine provides.
ChunkMapper = Callable[[Iterable[list[Article]]], Iterator[list[Outcome]]]

# An error message longer than this (spaCy's run to several paragraphs) is cut in _errors.jsonl.
MAX_MESSAGE_CHARS = 500

_ANALYZERS: dict[tuple[str | None, int], object] = {}
_LOCK = threading.Lock()


def error_record(article_id: str, source: str, error: BaseException) -> dict:
    """What `_errors.jsonl` says about one failed article: its reason on one line."""
    message = " ".join(str(error).split())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    return {
        "id": article_id,
        "source": source,
        "error": type(error).__name__,
        "message": message,
    }


def load_analyzer(model: str | None, max_chars: int = DEFAULT_MAX_CHARS):
    """An `Analyzer` for a long batch: the model is loaded, then kept out of the garbage collector.

    The model's long-lived objects would otherwise be rescanned by every full collection that the
    per-article allocations trigger (several percent of a run's CPU time); `gc.freeze` moves
    everything alive at this point to a permanent generation.
    """
    from pipeline.analyzer import Analyzer

    analyzer = Analyzer(model=model, max_chars=max_chars)
    gc.freeze()
    return analyzer


def cached_analyzer(model: str | None, max_chars: int = DEFAULT_MAX_CHARS):
    """This process's `Analyzer` for `model`: loaded on first use, then kept."""
    with _LOCK:
        if (model, max_chars) not in _ANALYZERS:
            _ANALYZERS[model, max_chars] = load_analyzer(model, max_chars)
        return _ANALYZERS[model, max_chars]


def analyze_with(analyzer, articles: list[Article]) -> list[Outcome]:
    """Analyse one chunk with `Analyzer.pipe`; a failing article becomes its error record.

    Extraction errors are caught per article inside `pipe`; an error of spaCy's own parse ends
    `nlp.pipe` for the whole chunk, so the chunk is then analysed again one article at a time and
    only the article that fails is lost.
    """
    outcomes: list[Outcome] = []

    def on_error(article: Article, error: Exception) -> None:
        outcomes.append(error_record(article.id, article.source, error))

    try:
        for result in analyzer.pipe(articles, batch_size=max(len(articles), 1), on_error=on_error):
            outcomes.append(result)
    except Exception:
        return [analyze_one(analyzer, article) for article in articles]
    return outcomes


def analyze_one(analyzer, article: Article) -> Outcome:
    """One article alone: its result, or its error record."""
    try:
        return analyzer(article)
    except Exception as error:
        return error_record(article.id, article.source, error)


def analyze_chunk(
    model: str | None, articles: list[Article], max_chars: int = DEFAULT_MAX_CHARS
) -> list[Outcome]:
    """The task shipped to worker processes: analyse `articles` with the process's cached model.

    The lock serialises analysis within a process: a spaCy pipeline is not meant to be shared by
    threads, so a Dask worker with several threads still runs one chunk at a time per process.
    """
    analyzer = cached_analyzer(model, max_chars)
    with _LOCK:
        return analyze_with(analyzer, articles)


def warm_up(model: str | None, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Process-pool initializer: load the model as each worker starts, all in parallel."""
    cached_analyzer(model, max_chars)


def bounded_map(
    submit: Callable[[list[Article]], Future], chunks: Iterable[list[Article]], window: int
) -> Iterator[list[Outcome]]:
    """Results of `submit(chunk)` in input order, with at most `window` chunks in flight.

    The window is what keeps memory constant: `Pool.imap` and `Executor.map` read their whole input
    up front, this reads the next chunk only when one has come back. Input order keeps
    `_errors.jsonl` the same from run to run.
    """
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def peek_info(model: str | None) -> PipelineInfo | None:
    """The `pipeline` block a run with `model` would write, read from the model's meta.json.

    Reading meta.json takes milliseconds where loading the model takes seconds, so an incremental
    re-run with nothing to do never loads it. Mirrors the model choice of `pipeline.nlp.load_model`
    and `pipeline.nlp.model_id`; None when the model cannot be found this way (the caller then
    loads it, which also gives the proper error message).
    """
    import spacy.util

    from pipeline.nlp import DEFAULT_MODELS, MODEL_ENV

    requested = model or os.environ.get(MODEL_ENV)
    for candidate in [requested] if requested else list(DEFAULT_MODELS):
        if Path(candidate).exists():
            path = Path(candidate)
        elif spacy.util.is_package(candidate):
            path = spacy.util.get_package_path(candidate)
        else:
            continue
        try:
            meta = spacy.util.get_model_meta(path)
        except (OSError, ValueError):
            return None
        if meta.get("lang") != "nl":
            return None
        return PipelineInfo(
            version=__version__,
            model=f"{meta.get('lang', 'nl')}_{meta.get('name', 'unknown')}",
            model_version=meta.get("version", "0"),
        )
    return None
