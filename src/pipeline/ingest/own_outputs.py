"""What the pipeline itself wrote is never read back as input.

With `--out` inside an input folder, a re-run would otherwise analyse its own tables (the
`articles` table has a `text` column), report pages and JSON-LD as articles. Recognised:
- the run's `--out` folder, given by the caller;
- any folder holding a `_run.json` written by `pipeline run` (an output folder, with its tables/);
- any folder holding `claims.sqlite` (a `pipeline export --to FOLDER` target) or our
  `datapackage.json` (the `tables/` folder of an export: CSV, Parquet, `DATA_DICTIONARY.md`);
- any file given by name inside such a folder (article JSON, `_run.json`, `_errors.jsonl`,
  `_warnings.jsonl`, `_fetch.json`, a table's CSV);
- HTML pages carrying the report's generator marker (a `pipeline report` folder anywhere: the
  index, article pages and the explorer's `claims.html`, `quotes.html`, `demands.html`);
- schema.org Claim lines written by `pipeline export --format claim-jsonld --to FILE.jsonl`.
The names come from `pipeline.output.names`, where the writers take them too.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.output.names import (
    PACKAGE_FILE,
    PACKAGE_NAME,
    REPORT_MARKER,
    RUN_FILE,
    SQLITE_FILE,
)

RUN_FILE_KEY = b'"pipeline_version"'  # the first key of `_run.json`
PACKAGE_KEY = f'"name": "{PACKAGE_NAME}"'.encode()
REPORT_MARKER_BYTES = REPORT_MARKER.encode()
# How every line of `pipeline export --format claim-jsonld` starts (a ClaimReview feed does not).
CLAIM_LINE_START = b'{"@context": "https://schema.org", "@type": "Claim", "identifier": '
_HEAD_BYTES = 2048


class OwnOutputs:
    """Decides whether a folder or file is one of our outputs; folder answers are cached."""

    def __init__(self, out_dirs: list[Path]) -> None:
        self.out_dirs = {_resolved(p) for p in out_dirs}
        self._folders: dict[Path, bool] = {}

    def is_output_folder(self, folder: Path) -> bool:
        """`folder` is an output folder (ours by name, run files or export database)."""
        key = _resolved(folder)
        if key not in self._folders:
            self._folders[key] = (
                key in self.out_dirs
                or _holds_run_file(key)
                or (key / SQLITE_FILE).is_file()
                or is_package_file(key / PACKAGE_FILE)
            )
        return self._folders[key]

    def inside_out_dir(self, path: Path) -> bool:
        """`path` is inside one of the output folders named by the caller (at any depth)."""
        resolved = _resolved(path)
        return any(resolved == d or d in resolved.parents for d in self.out_dirs)

    def output_between(self, top: Path, folder: Path) -> Path | None:
        """The first output folder from `top` down to `folder` (both included), else None.

        What a folder walk from `top` would have pruned: a glob's matches are checked this way.
        """
        top, folder = _resolved(top), _resolved(folder)
        if folder != top and top not in folder.parents:
            return folder if self.is_output_folder(folder) else None
        chain = [folder, *folder.parents]
        for candidate in reversed(chain[: chain.index(top) + 1]):
            if self.is_output_folder(candidate):
                return candidate
        return None

    def is_own_file(self, path: Path) -> bool:
        """A report page or a file of our claim JSON-LD lines, recognised by their first bytes."""
        suffix = path.suffix.lower()
        if suffix not in (".html", ".htm", ".jsonl", ".jsonld"):
            return False
        head = _head(path)
        if suffix in (".html", ".htm"):
            return REPORT_MARKER_BYTES in head
        return head.startswith(CLAIM_LINE_START)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def is_package_file(path: Path) -> bool:
    """`path` is the `datapackage.json` an export writes beside its tables."""
    return PACKAGE_KEY in _head(path)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError:
        return b""


def _holds_run_file(folder: Path) -> bool:
    return RUN_FILE_KEY in _head(folder / RUN_FILE)
