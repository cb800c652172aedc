"""Dutch news analysis: entities, numeric claims, quotes and demands, in English, as JSON.

The public API, imported lazily so that `import pipeline` (and `pipeline --version`) stays cheap:
`analyze`, `analyze_many`, the output models (`ArticleResult`, `Article`, `Entity`, `Claim`,
`Quote`, `Demand`, ...), `NotDutchError`, `TextTooLongError` and `Analyzer` (`pipeline.analyzer`).
See `pipeline.api`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyze": "pipeline.api",
    "analyze_many": "pipeline.api",
    "Analyzer": "pipeline.analyzer",
    "NotDutchError": "pipeline.language",
    "TextTooLongError": "pipeline.limits",
    **{
        name: "pipeline.schema"
        for name in (
            "Article",
            "ArticleResult",
            "Claim",
            "Demand",
            "Entity",
            "PipelineInfo",
            "Quote",
            "Span",
            "Translation",
        )
    },
}

__all__ = [
    "Analyzer",
    "Article",
    "ArticleResult",
    "Claim",
    "Demand",
    "Entity",
    "NotDutchError",
    "PipelineInfo",
    "Quote",
    "Span",
    "TextTooLongError",
    "Translation",
    "__version__",
    "analyze",
    "analyze_many",
]

if TYPE_CHECKING:
    from pipeline.analyzer import Analyzer
    from pipeline.api import analyze, analyze_many
    from pipeline.language import NotDutchError
    from pipeline.limits import TextTooLongError
    from pipeline.schema import (
        Article,
        ArticleResult,
        Claim,
        Demand,
        Entity,
        PipelineInfo,
        Quote,
        Span,
        Translation,
    )


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
