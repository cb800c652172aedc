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
    """What the exit status of every `pipeline` command means (documented in the README)."""

    OK = 0
    ARTICLES_FAILED = 1  # the command finished; some articles or files failed (listed)
    USAGE = 2  # a wrong argument or option, a missing input, no Dutch model
    IO = 3  # the output folder, a file or the database cannot be written or reached
    LOCKED = 4  # another run, translate or export is using the output folder
    INTERNAL = 70  # a bug (EX_SOFTWARE): please report it with the `--debug` output
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


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
    if isinstance(error, PipelineError):
        return first
    return f"{type(orig if orig is not None else error).__name__}: {first}".rstrip(": ")
