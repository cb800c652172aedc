"""Per-article JSON files: written atomically, read back for later stages (translate, export, report)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from pipeline.schema import ArticleResult


def dumps(result: ArticleResult) -> str:
    """The canonical serialisation: UTF-8 text, indented, keys in model order, newline at the end.

    pydantic's own JSON writer gives the same bytes as `json.dumps(..., ensure_ascii=False,
    indent=2)` at a fraction of the cost (the standard library falls back to pure Python when
    indenting).
    """
    return result.model_dump_json(indent=2) + "\n"


@cache
def file_mode() -> int:
    """The mode `open()` gives a new file: 0666 less the umask (0644 under the usual 022).

    `mkstemp` creates its file 0600, which would leave outputs unreadable to a web server or a
    colleague. The umask can only be read by setting it, so it is read once, before any thread
    that writes files starts (Linux also shows it in /proc, which needs no setting).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write via a temp file in the same folder and rename, so a killed run leaves no partial file.

    `durable` also forces the bytes to disk before the rename (fsync), so that even a power
    failure leaves the old file or the new one, never an empty one. The file gets the mode a
    plain `open()` would give it (see `file_mode`).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def result_path(out_dir: Path, article_id: str) -> Path:
    return out_dir / f"{article_id}.json"


def write_result(result: ArticleResult, out_dir: Path) -> Path:
    """Write one article's JSON atomically, without an fsync per file.

    An fsync per article took most of a batch's wall time (seconds per thousand files) for a
    guarantee a rerun gives anyway: a kill leaves the old file or the new one, and a file that a
    power failure left empty or cut short does not parse, so the next run redoes that article
    (see `pipeline.batch.is_current`). Run files (`_run.json`, `_errors.jsonl`) stay durable.
    """
    path = result_path(out_dir, result.article.id)
    atomic_write_text(path, dumps(result), durable=False)
    return path


def read_result(path: Path) -> ArticleResult:
    return ArticleResult.model_validate_json(path.read_text(encoding="utf-8"))


def iter_result_paths(out_dir: Path) -> Iterator[Path]:
    """Article JSON files in `out_dir`, sorted; run files such as `_run.json` are skipped, and so is
    the `datapackage.json` of an export into the output folder itself (`export --to OUT`)."""
    from pipeline.ingest.own_outputs import is_package_file
    from pipeline.output.names import PACKAGE_FILE

    for path in sorted(out_dir.glob("*.json")):
        if path.name.startswith(("_", ".")):
            continue
        if path.name == PACKAGE_FILE and is_package_file(path):
            continue
        yield path


def iter_article_lines(out_dir: Path, problems: list[str]) -> Iterator[str]:
    """Every article file of `out_dir` as one compact JSON line (the same contract, one stream);
    unreadable files go to `problems`."""
    for _path, result in iter_results(out_dir, problems):
        yield result.model_dump_json()


def iter_results(out_dir: Path, problems: list[str]) -> Iterator[tuple[Path, ArticleResult]]:
    """Every article file of `out_dir` that can be read and validated, with its path.

    A file that cannot (truncated JSON, bytes that are not UTF-8, another schema) is named in
    `problems` with its reason and left out, so one bad file never stops a later stage.
    """
    for path in iter_result_paths(out_dir):
        try:
            yield path, read_result(path)
        except (OSError, ValueError) as error:  # pydantic's ValidationError is a ValueError
            problems.append(f"{path}: {unreadable_reason(error)}")


def unreadable_reason(error: Exception) -> str:
    """Why an article file could not be read, in a few words."""
    if isinstance(error, ValidationError):
        if error.errors()[0]["type"] == "json_invalid":
            return "truncated or invalid JSON"
        return f"not an article file ({error.error_count()} validation error(s))"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return " ".join(str(error).split())
