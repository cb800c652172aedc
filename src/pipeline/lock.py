"""One lock per output folder: `run`, `translate` and `export` never use a folder at the same time.

A `run` rewrites article files while `translate` rewrites the same files and `export` reads them;
interleaved, one overwrites the other's work or exports half a run. Each command holds an advisory
`flock` on the folder for its whole duration; the OS releases it when the process ends, even after
`kill -9`, so a crashed command never leaves a stale lock behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import OutputError, OutputLockedError, one_line


@contextmanager
def output_lock(folder: Path) -> Iterator[None]:
    """Hold the exclusive lock on `folder`; raise `OutputLockedError` at once if another holds it."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as error:
        raise OutputError(f"cannot open the output folder: {one_line(error)}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputLockedError(
                f"another pipeline command (run, translate or export) is using {folder}; "
                "try again when it has finished"
            ) from None
        yield
    finally:
        os.close(fd)
