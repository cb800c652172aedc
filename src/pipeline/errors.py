"""Exit codes and the errors that end a command, each with one line for the user.

A batch never ends on a bad article (those go to `_errors.jsonl`, exit code 1); what ends a command
is something the user must fix before anything can be done: a wrong argument, an output that cannot
be written, a folder another command is using. Those are `PipelineError`s carrying their exit code.
`one_line` turns any other exception into one readable line, so no traceback reaches a user unless
`--debug` asks for it (see `pipeline.cli_errors`).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the exit status of every `pipeline` command means (see `MEANINGS`, and the README)."""

    OK = 0
    ARTICLES_FAILED = 1
    USAGE = 2
    IO = 3
    LOCKED = 4
    INTERNAL = 70  # EX_SOFTWARE of sysexits.h
    INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


MEANINGS = {
    ExitCode.OK: "done",
    ExitCode.ARTICLES_FAILED: "finished, but some articles or files failed (listed on stderr and "
    "in _errors.jsonl)",
    ExitCode.USAGE: "wrong usage: a bad option or value, a missing input, no Dutch model",
    ExitCode.IO: "an output folder, file or database cannot be written or reached, or serve cannot "
    "listen on its address",
    ExitCode.LOCKED: "another run, translate or export is using the output folder",
    ExitCode.INTERNAL: "internal error, a bug: please report it with the --debug output",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}


def exit_codes_help() -> str:
    """The exit codes as one paragraph for `--help`."""
    return "Exit codes: " + "; ".join(f"{int(code)} {text}" for code, text in MEANINGS.items())


class PipelineError(Exception):
    """An error that ends a command: its message is the one line the user sees."""

    exit_code: ExitCode = ExitCode.USAGE


class UsageError(PipelineError):
    """The command line asks for something that cannot be done (missing input, bad value)."""

    exit_code = ExitCode.USAGE


class OutputError(PipelineError):
    """An output (folder, file, database) cannot be written or reached."""

    exit_code = ExitCode.IO


class OutputLockedError(PipelineError):
    """Another run, translate or export holds the output folder."""

    exit_code = ExitCode.LOCKED


def one_line(error: BaseException) -> str:
    """A one-line description of `error` for stderr, without the traceback.

    File system errors name the path and the reason; database errors keep the driver's first line
    (not SQLAlchemy's statement dump and background link); anything else is its class and message.
    """
    if isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename is not None else ""
        return f"{error.strerror}{where}"
    orig = getattr(error, "orig", None)  # sqlalchemy.exc.DBAPIError wraps the driver's error
    message = str(orig if orig is not None else error).strip()
    first = message.splitlines()[0] if message else ""
    if isinstance(error, PipelineError) or (orig is not None and first):
        return first
    return f"{type(error).__name__}: {first}".rstrip(": ")
