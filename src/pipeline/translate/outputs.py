"""`pipeline translate OUTPUT_DIR`: fill in the English that an offline or failed run left out."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from pathlib import Path

from pipeline.errors import one_line
from pipeline.output.json_files import dumps, iter_results, write_result
from pipeline.schema import ArticleResult
from pipeline.translate.fields import add_english
from pipeline.translate.step import english_each
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
        _fill_chunk(batch, translator, out_dir, statuses, problems)
    return statuses


def _fill_chunk(
    batch: list[tuple[Path, ArticleResult]],
    translator: Translator | None,
    out_dir: Path,
    statuses: Counter[str],
    problems: list[str],
) -> None:
    # add_english fills fields in place: what each file held is noted before it runs.
    files = {id(result): (path, dumps(result)) for path, result in batch}

    def failed(result: ArticleResult, error: Exception) -> None:
        problems.append(f"{files[id(result)][0]}: English step failed: {one_line(error)}")

    results = [result for _path, result in batch]
    for old, result in english_each(lambda rs: add_english(rs, translator), results, failed):
        path, before = files[id(old)]
        statuses[result.translation.status] += 1
        if dumps(result) != before:
            try:
                write_result(result, out_dir)
            except OSError as error:
                problems.append(f"{path}: not rewritten: {one_line(error)}")
