"""Offline English for parties named by a common noun ("kabinet", "de politie"), from data/glossary.csv."""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

_ARTICLES = ("de ", "het ", "een ")


@cache
def _glossary() -> dict[str, str]:
    text = files("pipeline.data").joinpath("glossary.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["nl"].casefold(): row["en"] for row in rows}


def glossary_en(phrase: str) -> str | None:
    """English for a Dutch party noun phrase when the glossary knows it, else None."""
    key = " ".join(phrase.casefold().split())
    for article in _ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
            break
    return _glossary().get(key)
