"""English through machine translation: protected, deduplicated, packed, cached, retried.

The batch layer needs two calls: `make_translator` once per run and `add_english` per chunk of
results. `Translator.stats.line()` is the end-of-run line for stderr.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.translate.cache import Cache, default_cache_path
from pipeline.translate.engines import ENGINE_NAMES, make_engine
from pipeline.translate.fields import FIELDS, add_english, missing_english
from pipeline.translate.step import EnglishStep
from pipeline.translate.translator import Translator

TRANSLATOR_NAMES = ("none", *ENGINE_NAMES)

__all__ = [
    "FIELDS",
    "TRANSLATOR_NAMES",
    "EnglishStep",
    "Translator",
    "add_english",
    "make_translator",
    "missing_english",
]


def make_translator(
    name: str, url: str | None, cache_path: Path | None, timeout: float
) -> Translator | None:
    """The translator for `--translator NAME` (None for "none"), cached at `cache_path`."""
    if name == "none":
        return None
    engine = make_engine(name, url, timeout)
    return Translator(engine, Cache(cache_path or default_cache_path()))
