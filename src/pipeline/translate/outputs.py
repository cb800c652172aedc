"""`pipeline translate OUTPUT_DIR`: fill in the English that an offline or failed run left out."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from pathlib import Path

from pipeline.output.json_files import dumps, iter_result_paths, read_result, write_result
from pipeline.translate.fields import add_english
from pipeline.translate.translator import Translator

CHUNK = 64


def fill_outputs(out_dir: Path, translator: Translator | None, chunk: int = CHUNK) -> Counter[str]:
    """Translate the missing fields of every article JSON in `out_dir`; count the new statuses.

    Files are read a chunk at a time (deduplication and packing work across the chunk) and a file
    is rewritten atomically only when its content changed, so a complete folder is left untouched.
    """
    statuses: Counter[str] = Counter()
    paths = iter(iter_result_paths(out_dir))
    while batch := list(islice(paths, chunk)):
        results = [read_result(path) for path in batch]
        before = [dumps(result) for result in results]
        for result, old in zip(add_english(results, translator), before, strict=True):
            statuses[result.translation.status] += 1
            if dumps(result) != old:
                write_result(result, out_dir)
    return statuses
