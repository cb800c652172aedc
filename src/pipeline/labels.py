"""Map every model's NER labels to our label set, from `data/labels.csv` (one place for all models)."""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files


@cache
def label_map() -> dict[str, str | None]:
    """Model label -> our label, or None for labels we drop."""
    text = files("pipeline.data").joinpath("labels.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["model_label"]: row["label"] or None for row in rows}


def map_label(model_label: str) -> str | None:
    """Our label for a model label; unknown labels become MISC rather than being lost."""
    return label_map().get(model_label, "MISC")
