"""The CLI's last line of defence: every failure is one line on stderr and a documented exit code.

`ErrorHandlingGroup` is the Typer app's command group; it wraps every command: a `PipelineError`
prints its message and exits with its code, a file system or database error exits 3, Ctrl-C exits
130, and anything else is a bug that exits 70. Only `--debug` (`pipeline --debug COMMAND …`, or
`PIPELINE_DEBUG=1`) prints the Python traceback: the app's callback sets `ctx.meta[DEBUG_KEY]`,
which any other option may set too.
"""

from __future__ import annotations

import sys
import traceback

import typer
from typer.core import TyperGroup

from pipeline.errors import ExitCode, PipelineError, one_line

DEBUG_KEY = "pipeline.debug"
DEBUG_ENV = "PIPELINE_DEBUG"


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit code of an exception that ended a command."""
    if isinstance(error, PipelineError):
        return error.exit_code
    if isinstance(error, OSError):
        return ExitCode.IO
    database_errors = sys.modules.get("sqlalchemy.exc")
    if database_errors is not None and isinstance(error, database_errors.SQLAlchemyError):
        return ExitCode.IO
    return ExitCode.INTERNAL


def message_for(error: BaseException, code: ExitCode) -> str:
    """The one line printed for an exception that ended a command."""
    line = one_line(error)
    if code == ExitCode.INTERNAL:
        return f"internal error: {line} (a bug: please report it with the output of --debug)"
    return line


class ErrorHandlingGroup(TyperGroup):
    """A Typer group whose commands end in one line and an exit code, never a traceback."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):  # Typer's own: usage errors, exits
            raise
        except KeyboardInterrupt:
            typer.echo("\ninterrupted", err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except Exception as error:
            code = exit_code_for(error)
            if ctx.meta.get(DEBUG_KEY):
                traceback.print_exc(file=sys.stderr)
            typer.echo(f"error: {message_for(error, code)}", err=True)
            raise typer.Exit(code) from None
