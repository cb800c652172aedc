"""`EnglishStep`: the English stage every path runs, so `pipeline run`, `pipeline.analyze()` and
`pipeline serve` give the same English fields, summary and translation status for the same text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipeline.schema import ArticleResult
from pipeline.translate.fields import add_english
from pipeline.translate.translator import Translator


class EnglishStep:
    """Offline English, MT when a translator is set, `summary_en` and status, per chunk of results."""

    def __init__(self, translator: Translator | None) -> None:
        self.translator = translator
        self.statuses: Counter[str] = Counter()

    @classmethod
    def create(
        cls,
        name: str = "none",
        url: str | None = None,
        cache: Path | None = None,
        timeout: float = 20.0,
    ) -> EnglishStep:
        """The step for translator `name` ("none" for offline English only).

        Raises ValueError for an unknown name.
        """
        from pipeline.translate import TRANSLATOR_NAMES, make_translator  # the package imports us

        if name not in TRANSLATOR_NAMES:
            raise ValueError(f"unknown translator {name!r}: use {'|'.join(TRANSLATOR_NAMES)}")
        return cls(make_translator(name, url, cache, timeout))

    @property
    def backend(self) -> str:
        """The name recorded as `translation.backend`."""
        return self.translator.name if self.translator is not None else "none"

    def __call__(self, results: list[ArticleResult]) -> list[ArticleResult]:
        done = add_english(results, self.translator)
        self.statuses.update(r.translation.status for r in done)
        return done


English = Callable[[list[ArticleResult]], list[ArticleResult]]


def english_each(
    english: English,
    results: list[ArticleResult],
    on_error: Callable[[ArticleResult, Exception], None],
) -> list[tuple[ArticleResult, ArticleResult]]:
    """Each result paired with its English: the chunk at once (MT shares requests across it), or,
    if that breaks, one result at a time, so a failure costs only its own article: it goes to
    `on_error` and is left out."""
    try:
        return list(zip(results, english(results), strict=True))
    except Exception:
        pairs = []
        for result in results:
            try:
                [done] = english([result])
            except Exception as error:
                on_error(result, error)
            else:
                pairs.append((result, done))
        return pairs
