"""Output folders checked before any work: a wrong `--out` is one clear error, not a traceback."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pipeline.errors import OutputError


def ensure_writable_dir(folder: Path, option: str) -> None:
    """Create `folder` if needed and prove it writable, or raise `OutputError` naming `option`.

    A probe file is created and removed: permission bits do not tell (root ignores them, an
    immutable folder or a read-only mount refuses root too).
    """
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{option} {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create {option} folder {folder}: {error.strerror}") from None
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".pipeline-probe-", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise OutputError(f"cannot write to {option} folder {folder}: {error.strerror}") from None
