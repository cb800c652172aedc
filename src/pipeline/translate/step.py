"""`EnglishStep`: the English stage every path runs, so `pipeline run`, `pipeline.analyze()` and
`pipeline serve` give the same English fields, summary and translation status for the same text.
"""

from __future__ import annotations

from collections import Counter
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
