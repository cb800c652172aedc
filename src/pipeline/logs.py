"""Logging and progress for the command line: one stderr handler, levels from `-v`/`-q`.

A progress bar redraws itself with carriage returns, which is right on a terminal and garbage in a
log file, a CI log or `journalctl`. `progress()` therefore gives tqdm's bar only when stderr is a
terminal and otherwise `ProgressLines`, which logs a plain line every `PROGRESS_SECONDS` and one at
the end. Both have the small interface the batch uses (`update`, `set_postfix`, `close`, `total`,
`disable`).
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, Protocol

LOGGER = logging.getLogger("pipeline")
PROGRESS_SECONDS = 10.0
# Libraries that log routine warnings per page or per link ("diverging domain names"); shown with -vv.
_CHATTY = ("trafilatura", "courlan", "htmldate", "urllib3", "charset_normalizer")


class Progress(Protocol):
    """What the batch needs from a progress display (tqdm's bar has it, so has `ProgressLines`)."""

    total: int | None
    disable: bool

    def update(self, n: int = 1) -> Any: ...

    def set_postfix(self, refresh: bool = ..., **counters: Any) -> Any: ...

    def close(self) -> Any: ...


def verbosity_level(verbose: int, quiet: bool) -> int:
    """The `pipeline` logger's level: -q warnings only, default info, -v and more debug."""
    if quiet:
        return logging.WARNING
    return logging.DEBUG if verbose else logging.INFO


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is at the time (test runners swap it per invocation)."""

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def setup_logging(verbose: int = 0, quiet: bool = False) -> None:
    """One handler on stderr for the command line (idempotent; libraries never call this)."""
    level = verbosity_level(verbose, quiet)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    )
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    LOGGER.setLevel(level)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose > 1 else logging.ERROR)


def _duration(total: float) -> str:
    minutes, seconds = divmod(round(total), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{seconds:02d}s" if hours else f"{minutes}m{seconds:02d}s"


class ProgressLines:
    """Progress as periodic log lines: done/total, rate, ETA and the postfix counters."""

    def __init__(
        self,
        total: int | None,
        desc: str = "articles",
        every: float = PROGRESS_SECONDS,
        logger: logging.Logger = LOGGER,
        disable: bool = False,
    ) -> None:
        self.total = total
        self.desc = desc
        self.every = every
        self.logger = logger
        self.disable = disable
        self.n = 0
        self.postfix: dict[str, Any] = {}
        self._started = self._last = time.monotonic()
        self._closed = False

    def update(self, n: int = 1) -> None:
        self.n += n
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._log(now)

    def set_postfix(self, refresh: bool = False, **counters: Any) -> None:
        self.postfix = counters

    def close(self) -> None:
        if not self._closed and self.n:
            self._log(time.monotonic(), final=True)
        self._closed = True

    def line(self, now: float, final: bool = False) -> str:
        elapsed = max(now - self._started, 1e-9)
        rate = self.n / elapsed
        done = f"{self.n}/{self.total}" if self.total is not None else str(self.n)
        parts = [f"{self.desc}: {done}", f"{rate:.1f}/s"]
        if final:
            parts.append(f"done in {_duration(elapsed)}")
        elif self.total and rate > 0:
            parts.append(f"ETA {_duration((self.total - self.n) / rate)}")
        parts += [f"{key} {value}" for key, value in self.postfix.items()]
        return ", ".join(parts)

    def _log(self, now: float, final: bool = False) -> None:
        if not self.disable:
            self.logger.info(self.line(now, final))


def progress(total: int | None, enabled: bool = True, desc: str = "articles") -> Progress:
    """tqdm's bar on a terminal, `ProgressLines` otherwise; disabled when not `enabled`."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        class Bar(tqdm):
            monitor_interval = 0  # no monitor thread: see pipeline.threads

        return Bar(total=total, unit="article", desc=desc, dynamic_ncols=True, disable=not enabled)
    return ProgressLines(total, desc=desc, disable=not enabled)
