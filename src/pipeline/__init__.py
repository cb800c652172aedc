"""Dutch news analysis: entities, numeric claims, quotes and demands, in English, as JSON.

The public API, imported lazily so that `import pipeline` (and `pipeline --version`) stays cheap:
`analyze`, `analyze_many`, the output models (`ArticleResult`, `Article`, `Entity`, `Claim`,
`Quote`, `Demand`, ...), `NotDutchError` and `TextTooLongError`. See `pipeline.api`.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyze": "pipeline.api",
    "analyze_many": "pipeline.api",
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


class _Package(ModuleType):
    """The `pipeline` package, whose `analyze` is the API function, not the submodule.

    `pipeline/analyze.py` (home of `Analyzer`) shares the name. Importing a submodule sets it as an
    attribute of its package, which would turn `pipeline.analyze(...)` into "module is not
    callable" once anything imported `pipeline.analyze`; that one assignment is ignored here. The
    submodule stays importable as usual (`from pipeline.analyze import Analyzer`).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "analyze" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
