"""The public Python API: `pipeline.analyze(text)` and `pipeline.analyze_many(items)`.

Both give exactly what `pipeline run` writes for the same text: the same `Analyzer`, the same
language check and the same English step (`EnglishStep`, offline English and `summary_en`, MT only
when a translator is named). The model is loaded on the first call and kept for the process
(`pipeline.engines.cached_analyzer`), so calling `analyze` in a loop costs one load.

    import pipeline
    result = pipeline.analyze("De politie in Utrecht zoekt getuigen van een overval ...")
    print(result.summary_en, [e.name for e in result.entities])
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.schema import Article, ArticleResult

SOURCE = "<string>"
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

ArticleInput = str | Mapping[str, Any] | Article
OnError = Callable[[Article, Exception], None]


def make_input_article(
    text: str,
    title: str | None = None,
    date: str | dt.date | None = None,
    *,
    id: str | None = None,
    url: str | None = None,
    source: str = SOURCE,
) -> Article:
    """An `Article` from text given in code or a request; ValueError for no text or a bad date.

    Without an `id`, the id is derived from the text (`text-` and 16 hex digits of its SHA-256):
    stable, safe as a file name, and the same text always gets the same id.
    """
    from pipeline.ingest import make_article

    if not isinstance(text, str) or not text.strip():
        raise ValueError("text is empty: nothing to analyse")
    if isinstance(date, dt.date):
        date = date.isoformat()[:10]
    if date is not None and not _DATE.match(date):
        raise ValueError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    article = make_article(id or "article", source, text, title=title, date=date, url=url)
    if not article.text:
        raise ValueError("text is empty after normalisation: nothing to analyse")
    if id is None:
        article = article.model_copy(update={"id": f"text-{article.sha256[:16]}"})
    return article


def get_analyzer(model: str | None = None, max_chars: int | None = None):
    """This process's `Analyzer` for `model` (default: nl_core_news_sm, else nl_news_sm).

    Articles over `max_chars` characters (default: `pipeline.limits.DEFAULT_MAX_CHARS`, as for
    `pipeline run`) raise `pipeline.TextTooLongError` instead of being parsed.
    """
    from pipeline.engines import cached_analyzer
    from pipeline.limits import DEFAULT_MAX_CHARS

    return cached_analyzer(model, max_chars or DEFAULT_MAX_CHARS)


def analyze(
    text: str,
    title: str | None = None,
    date: str | dt.date | None = None,
    translator: str = "none",
    *,
    id: str | None = None,
    url: str | None = None,
    force_language: str | None = None,
    model: str | None = None,
    translator_url: str | None = None,
    cache: Path | None = None,
    timeout: float = 20.0,
) -> ArticleResult:
    """Analyse one Dutch article; the result is what `pipeline run` writes for it.

    `translator` is "none" (offline English: termbase names, values, `summary_en`) or an MT engine
    (google, deepl, microsoft, libre, mymemory; `translator_url` for a self-hosted one).
    Raises `pipeline.NotDutchError` for a text in another language (unless `force_language="nl"`),
    `pipeline.TextTooLongError` (a ValueError) for a text over 100,000 characters, the limit of
    `pipeline run --max-chars`, and ValueError for empty text or a malformed date.
    """
    from pipeline.language import check_dutch
    from pipeline.translate import EnglishStep

    article = make_input_article(text, title, date, id=id, url=url)
    check_dutch(article.text, force_language)
    english = EnglishStep.create(translator, translator_url, cache, timeout)
    [result] = english([get_analyzer(model)(article)])
    return result


def analyze_many(
    items: Iterable[ArticleInput],
    translator: str = "none",
    *,
    batch_size: int = 32,
    force_language: str | None = None,
    model: str | None = None,
    translator_url: str | None = None,
    cache: Path | None = None,
    timeout: float = 20.0,
    on_error: OnError | None = None,
) -> Iterator[ArticleResult]:
    """Analyse a stream of articles lazily, in order, with `nlp.pipe` batching.

    Items are texts, mappings with `text` and optional `title`, `date`, `id`, `url` (a JSON line,
    a CSV row; other keys are ignored), or `Article`s. Memory stays constant: `batch_size` articles are parsed together and
    given English together (MT requests are shared across the batch). With `on_error(article,
    error)`, an article that is not Dutch, too long or whose analysis fails is reported there and skipped;
    without it the error is raised. An item without text raises ValueError either way.
    """
    from pipeline.language import NotDutchError, check_dutch
    from pipeline.translate import EnglishStep

    english = EnglishStep.create(translator, translator_url, cache, timeout)
    analyzer = get_analyzer(model)

    def dutch_articles() -> Iterator[Article]:
        for item in items:
            article = _to_article(item)
            try:
                check_dutch(article.text, force_language)
            except NotDutchError as error:
                if on_error is None:
                    raise
                on_error(article, error)
            else:
                yield article

    results = analyzer.pipe(dutch_articles(), batch_size=batch_size, on_error=on_error)
    while chunk := list(islice(results, batch_size)):
        yield from english(chunk)


def _to_article(item: ArticleInput) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return make_input_article(item)
    if isinstance(item, Mapping):
        return make_input_article(
            item.get("text"),  # type: ignore[arg-type]
            item.get("title"),
            item.get("date"),
            id=item.get("id"),
            url=item.get("url"),
        )
    raise TypeError(f"an article is a text, a mapping or an Article, not {type(item).__name__}")
