"""`pipeline translate OUTPUT_DIR`: fill in the English that an offline or failed run left out."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from pathlib import Path

from pipeline.errors import one_line
from pipeline.output.json_files import dumps, iter_results, write_result
from pipeline.schema import ArticleResult
from pipeline.translate.fields import add_english
from pipeline.translate.translator import Translator

CHUNK = 64


def fill_outputs(
    out_dir: Path, translator: Translator | None, problems: list[str], chunk: int = CHUNK
) -> Counter[str]:
    """Translate the missing fields of every article JSON in `out_dir`; count the new statuses.

    Files are read a chunk at a time (deduplication and packing work across the chunk) and a file
    is rewritten atomically only when its content changed, so a complete folder is left untouched.
    A file that cannot be read, translated or rewritten is named in `problems` and the rest go on.
    """
    statuses: Counter[str] = Counter()
    results = iter(iter_results(out_dir, problems))
    while batch := list(islice(results, chunk)):
        before = [dumps(result) for _path, result in batch]
        for (path, result), old in zip(
            _translated(batch, translator, problems), before, strict=True
        ):
            if result is None:
                continue
            statuses[result.translation.status] += 1
            if dumps(result) != old:
                try:
                    write_result(result, out_dir)
                except OSError as error:
                    problems.append(f"{path}: not rewritten: {one_line(error)}")
    return statuses


def _translated(
    batch: list[tuple[Path, ArticleResult]], translator: Translator | None, problems: list[str]
) -> list[tuple[Path, ArticleResult | None]]:
    """The batch with English added; if the step breaks, again one file at a time."""
    try:
        done = add_english([result for _path, result in batch], translator)
        return [(path, result) for (path, _old), result in zip(batch, done, strict=True)]
    except Exception:
        out: list[tuple[Path, ArticleResult | None]] = []
        for path, result in batch:
            try:
                [translated] = add_english([result], translator)
            except Exception as error:
                problems.append(f"{path}: English step failed: {one_line(error)}")
                translated = None
            out.append((path, translated))
        return out
