"""Command line (Typer, like spaCy's CLI): each command parses, calls library code and prints."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline import __version__
from pipeline.cli_errors import DEBUG_ENV, DEBUG_KEY, ErrorHandlingGroup
from pipeline.errors import ExitCode, OutputError, UsageError, exit_codes_help, one_line
from pipeline.limits import DEFAULT_MAX_CHARS
from pipeline.schema import json_schema
from pipeline.threads import one_blas_thread

if TYPE_CHECKING:
    from pipeline.batch import RunSummary
    from pipeline.ingest.web import FetchOptions
    from pipeline.translate import EnglishStep

app = typer.Typer(
    cls=ErrorHandlingGroup,
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    help="Dutch news analysis: entities, numeric claims, quotes and demands, in English, as JSON.",
    epilog=exit_codes_help(),
)
# Failures listed one per line on stderr; the rest are in the files named.
MAX_LISTED = 20


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        envvar="PIPELINE_MODEL",
        help="spaCy model name or path (default: nl_core_news_sm, else nl_news_sm).",
    ),
]


TranslatorOption = Annotated[
    str,
    typer.Option(
        envvar="PIPELINE_TRANSLATOR", help="MT engine: none|google|deepl|microsoft|libre|mymemory."
    ),
]
OutputDirArgument = Annotated[
    Path,
    typer.Argument(
        envvar="PIPELINE_OUT",
        help="Folder of <id>.json files from `pipeline run`.",
        show_default=False,
    ),
]
TranslatorUrlOption = Annotated[
    str | None, typer.Option(help="Endpoint of a self-hosted engine (LibreTranslate).")
]
CacheOption = Annotated[
    Path | None,
    typer.Option(
        envvar="PIPELINE_CACHE", help="SQLite translation cache (default: per-user cache dir)."
    ),
]
TimeoutOption = Annotated[float, typer.Option(min=0.1, help="Seconds per MT request.")]


def english_step(name: str, url: str | None, cache: Path | None, timeout: float):
    """The English step for translator `name` (`EnglishStep.create`, as the Python API and the
    service make it); an unknown name is a usage error."""
    from pipeline.translate import EnglishStep

    try:
        return EnglishStep.create(name, url, cache, timeout)
    except ValueError as error:
        raise fail(str(error), 2) from None


def fail(message: str, code: int) -> typer.Exit:
    """Print `message` on stderr and return the exit to raise (no traceback for the user)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _informative() -> bool:
    """Whether result lines and progress are wanted (not -q)."""
    return logging.getLogger("pipeline").isEnabledFor(logging.INFO)


def note(message: str) -> None:
    """A result line on stderr, unless -q."""
    if _informative():
        typer.echo(message, err=True)


def list_lines(prefix: str, lines: list[str], more_in: str) -> None:
    """Print up to `MAX_LISTED` lines on stderr, then how many more there are and where."""
    for line in lines[:MAX_LISTED]:
        typer.echo(f"  {prefix}: {line}", err=True)
    if len(lines) > MAX_LISTED:
        typer.echo(f"  … and {len(lines) - MAX_LISTED} more ({more_in})", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose", "-v", count=True, help="More detail and tracebacks (-vv: libraries too)."
        ),
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Warnings and errors only; no progress.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar=DEBUG_ENV, help="Show the Python traceback of a failure."),
    ] = False,
) -> None:
    """Dutch news analysis: entities, numeric claims, quotes and demands, in English, as JSON.

    Options for every command come before it: `pipeline -v run …`, `pipeline --debug export …`.
    """
    from pipeline.logs import setup_logging

    setup_logging(verbose, quiet)
    ctx.meta[DEBUG_KEY] = debug or verbose >= 1


@app.command()
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or globs (.txt .html .jsonl .csv); http(s) URLs of RSS/Atom "
            "feeds, sitemaps or article pages; - for standard input (a text or JSON lines)."
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", envvar="PIPELINE_OUT", help="Folder for <id>.json files.")
    ] = Path("outputs"),
    model: ModelOption = None,
    translator: TranslatorOption = "google",
    translator_url: TranslatorUrlOption = None,
    cache: CacheOption = None,
    timeout: TimeoutOption = 20.0,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Worker processes, each loads the model once (default: all cores)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Redo articles whose output is already up to date.")
    ] = False,
    engine: Annotated[
        str, typer.Option(help="local (process pool) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://HOST:8786); none: a local Dask cluster."),
    ] = None,
    force_language: Annotated[
        str | None,
        typer.Option(help="nl: analyse texts that look like another language as Dutch anyway."),
    ] = None,
    fetch_delay: Annotated[
        float, typer.Option(min=0, help="Seconds between two requests to one web host.")
    ] = 1.0,
    fetch_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds per web request (then retried, 3 at most).")
    ] = 20.0,
    user_agent: Annotated[
        str | None,
        typer.Option(envvar="PIPELINE_USER_AGENT", help="User-Agent for web requests."),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            min=1,
            help="Longest article analysed, in characters; longer ones are reported, not parsed.",
        ),
    ] = DEFAULT_MAX_CHARS,
) -> None:
    """Analyse Dutch articles into one JSON file per article (skipping up-to-date ones)."""
    from pipeline.engines import default_workers

    _check_engine_options(engine, scheduler, force_language)
    english = english_step(translator, translator_url, cache, timeout)
    summary = _run_batch(
        inputs,
        out,
        english=english,
        show_progress=progress and _informative(),
        model=model,
        workers=workers or default_workers(),
        engine=engine,
        scheduler=scheduler,
        force=force,
        backend=translator,
        force_language=force_language,
        fetch=_fetch_options(user_agent, fetch_delay, fetch_timeout),
        max_chars=max_chars,
    )
    _finish_run(summary, english, out)


def _check_engine_options(engine: str, scheduler: str | None, force_language: str | None) -> None:
    """Usage errors among `run`'s options that Typer cannot express."""
    if engine not in ("local", "dask"):
        raise fail(f"unknown engine {engine!r}: use local or dask", 2)
    if scheduler and engine != "dask":
        raise fail("--scheduler needs --engine dask", 2)
    if force_language not in (None, "nl"):
        raise fail("--force-language takes only nl: the model and the extractors are Dutch", 2)


def _fetch_options(user_agent: str | None, delay: float, timeout: float) -> FetchOptions:
    from pipeline.ingest.web import USER_AGENT, FetchOptions

    return FetchOptions(user_agent=user_agent or USER_AGENT, delay=delay, timeout=timeout)


def _run_batch(inputs: list[str], out: Path, **options) -> RunSummary:
    """`run_batch`, with a missing input or model as a usage error."""
    from pipeline.batch import run_batch
    from pipeline.nlp import ModelNotFoundError

    try:
        return run_batch(inputs, out, **options)
    except (FileNotFoundError, ModelNotFoundError) as error:
        raise fail(str(error), ExitCode.USAGE) from None


def _finish_run(summary: RunSummary, english: EnglishStep, out: Path) -> None:
    """Print what the run did and exit with its code: 3 for unwritable run files, 1 for failures."""
    print_run_summary(summary, out)
    if english.translator is not None:
        note(english.translator.stats.line(english.translator.name))
    if summary.run_files_error:
        raise fail(summary.run_files_error, ExitCode.IO)
    if summary.failed or english.statuses["failed"]:
        raise typer.Exit(ExitCode.ARTICLES_FAILED)


def print_run_summary(summary: RunSummary, out: Path) -> None:
    """What a run did, on stderr: counts, failures, warnings, renamed ids, moved and skipped files.

    Failures and warnings are always listed; the counts and notes only without -q.
    """
    from pipeline.output.names import ERRORS_FILE, RUN_FILE, STALE_DIR, WARNINGS_FILE

    note(
        f"{summary.written} article(s) written to {out}, {summary.skipped} up to date, "
        f"{summary.failed} failed ({summary.seconds:.1f}s)"
    )
    list_lines(
        "failed", [f"{e['source']}: {e['message']}" for e in summary.errors], f"{out / ERRORS_FILE}"
    )
    list_lines(
        "warning",
        [f"{w['source']}: {w['message']}" for w in summary.warnings],
        f"{out / WARNINGS_FILE}",
    )
    if summary.renamed:
        note(
            f"{len(summary.renamed)} article id(s) were taken already and got a suffix "
            f"(listed under 'renamed' in {out / RUN_FILE})"
        )
    if summary.moved_aside:
        note(
            f"{len(summary.moved_aside)} earlier output(s) of articles that now fail moved to "
            f"{out / STALE_DIR}"
        )
    if summary.kept:
        note(
            f"{len(summary.kept)} earlier output(s) kept: their pages could not be fetched this "
            "time (a timeout, 429 or 5xx); a later run tries again"
        )
    if _informative():
        list_lines("not read (a pipeline output)", summary.skipped_inputs, f"{out / RUN_FILE}")


@app.command()
def translate(
    output_dir: OutputDirArgument,
    translator: TranslatorOption = "google",
    translator_url: TranslatorUrlOption = None,
    cache: CacheOption = None,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Fill in missing English in existing output files (after an offline or failed run)."""
    from pipeline.lock import output_lock
    from pipeline.translate.outputs import fill_outputs

    if not output_dir.is_dir():
        raise fail(f"not a folder: {output_dir}", 2)
    mt = english_step(translator, translator_url, cache, timeout).translator
    problems: list[str] = []
    with output_lock(output_dir):
        statuses = fill_outputs(output_dir, mt, problems)
    typer.echo(
        "translation status: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())),
        err=True,
    )
    list_lines("skipped", problems, "fix or remove these files")
    if mt is not None:
        typer.echo(mt.stats.line(mt.name), err=True)
    if statuses["failed"] or problems:
        raise typer.Exit(ExitCode.ARTICLES_FAILED)


@app.command()
def report(
    output_dir: OutputDirArgument,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the HTML report.")] = Path(
        "report"
    ),
) -> None:
    """Write a self-contained HTML report: an index and one highlighted page per article."""
    from pipeline.output.folders import ensure_writable_dir
    from pipeline.output.report import render_report

    if not output_dir.is_dir():
        raise fail(f"not a folder: {output_dir}", 2)
    ensure_writable_dir(out, "--out")
    summary = render_report(output_dir, out)
    typer.echo(
        f"{summary.articles} article page(s) and {summary.errors} error(s) in {summary.index}",
        err=True,
    )
    if summary.removed:
        typer.echo(
            f"removed {len(summary.removed)} page(s) of articles no longer in the run", err=True
        )


@app.command()
def export(
    output_dir: OutputDirArgument,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Folder for CSV, Parquet and claims.sqlite, or an SQLAlchemy URL "
            "(postgresql://…); default: OUTPUT_DIR/tables and OUTPUT_DIR/claims.sqlite. "
            "With claim-jsonld or jsonl: a folder or a .jsonld/.jsonl file.",
        ),
    ] = None,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="tables (CSV, Parquet, SQL), claim-jsonld (schema.org Claim lines) or jsonl "
            "(every article as one JSON line).",
        ),
    ] = "tables",
    prune: Annotated[
        bool | None,
        typer.Option(
            "--prune/--no-prune",
            help="Delete database rows of articles whose file is gone from OUTPUT_DIR "
            "(default: only for the folder's own claims.sqlite, not for --to).",
        ),
    ] = None,
) -> None:
    """Export the per-article JSON files as claim-database tables, Claim JSON-LD or JSON lines."""
    from pipeline.lock import output_lock

    if not output_dir.is_dir():
        raise fail(f"no such folder: {output_dir}", 2)
    if format not in ("tables", *LINE_FORMATS):
        raise fail(f"unknown format {format!r}: use tables, claim-jsonld or jsonl", 2)
    with output_lock(output_dir):
        if format in LINE_FORMATS:
            problems = _export_lines(output_dir, to, format)
        else:
            problems = _export_tables(output_dir, to, prune)
    list_lines("skipped", problems, "fix or remove these files")
    if problems:
        raise typer.Exit(ExitCode.ARTICLES_FAILED)


# One-stream formats of `export` (the rest of its formats: tables).
LINE_FORMATS = ("claim-jsonld", "jsonl")


def _export_lines(output_dir: Path, to: str | None, format: str) -> list[str]:
    from pipeline.output.folders import ensure_writable_dir
    from pipeline.output.json_files import iter_article_lines
    from pipeline.output.jsonld import JSONLD_FILE, iter_claim_lines
    from pipeline.output.tables import write_lines

    lines, name, noun = {
        "claim-jsonld": (iter_claim_lines, JSONLD_FILE, "claim"),
        "jsonl": (iter_article_lines, "articles.jsonl", "article"),
    }[format]
    target = Path(to) if to else output_dir
    path = target if target.suffix in (".jsonld", ".jsonl") else target / name
    ensure_writable_dir(path.parent, "--to")
    if path.is_dir():
        raise OutputError(f"--to {path} is a folder, not a file")
    problems: list[str] = []
    count = write_lines(path, lines(output_dir, problems))
    typer.echo(f"{count} {noun}(s) written to {path}", err=True)
    return problems


def _database_name(to: str | None) -> str:
    """The database as the user named it, without its password."""
    import sqlalchemy as sa

    try:
        return sa.engine.make_url(to).render_as_string() if to and "://" in to else "database"
    except sa.exc.ArgumentError:
        return "database"


def _export_tables(output_dir: Path, to: str | None, prune: bool | None) -> list[str]:
    import sqlalchemy as sa

    from pipeline.output.folders import ensure_writable_dir
    from pipeline.output.tables import LayoutError, export_tables

    if to is None or "://" not in to:
        ensure_writable_dir(Path(to) if to else output_dir / "tables", "--to")
    try:
        summary = export_tables(output_dir, to, prune=prune)
    except LayoutError as error:
        raise UsageError(str(error)) from None
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as error:
        raise UsageError(f"--to {to}: not a database URL ({one_line(error)})") from None
    except sa.exc.SQLAlchemyError as error:
        raise OutputError(f"{_database_name(to)}: {one_line(error)}") from None
    rows = ", ".join(f"{n} {table}" for table, n in summary.rows.items())
    typer.echo(
        f"{summary.articles} article(s) exported ({summary.unchanged} unchanged in the database): "
        f"{rows}; {summary.clusters_linked} claim(s) share a figure with another",
        err=True,
    )
    if summary.pruned:
        typer.echo(
            f"pruned: rows of {summary.pruned} article(s) no longer in {output_dir} deleted",
            err=True,
        )
    if summary.absent:
        typer.echo(
            f"{summary.absent} article(s) in the database are no longer in {output_dir}; "
            "kept (--prune deletes their rows)",
            err=True,
        )
    return summary.errors


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes; each loads the model once.")
    ] = 1,
    model: ModelOption = None,
    translator: Annotated[
        str,
        typer.Option(
            envvar="PIPELINE_TRANSLATOR",
            help='MT engine for requests that ask for translation ("translate": true).',
        ),
    ] = "none",
    translator_url: TranslatorUrlOption = None,
    cache: CacheOption = None,
    timeout: TimeoutOption = 20.0,
    max_body: Annotated[
        int, typer.Option(min=1024, help="Largest request body in bytes (else 413).")
    ] = 5 * 1024 * 1024,
    max_chars: Annotated[
        int, typer.Option(min=1, help="Longest article analysed, in characters (else 422).")
    ] = DEFAULT_MAX_CHARS,
) -> None:
    """Serve the analysis over HTTP: POST /analyze and /analyze/batch, docs at /docs."""
    from pipeline.engines import peek_info
    from pipeline.nlp import ModelNotFoundError, load_model
    from pipeline.service import ServiceSettings, check_address, run_server

    english_step(translator, translator_url, cache, timeout)  # an unknown name fails here
    check_address(host, port)
    if peek_info(model) is None:  # the model is unknown without loading it: say why now
        try:
            load_model(model)
        except ModelNotFoundError as error:
            raise fail(str(error), 2) from None
    logger = logging.getLogger("pipeline")
    settings = ServiceSettings(
        model=model,
        translator=translator,
        translator_url=translator_url,
        cache=str(cache) if cache else None,
        timeout=timeout,
        max_body=max_body,
        max_chars=max_chars,
        verbose=1 if logger.isEnabledFor(logging.DEBUG) else 0,
        quiet=not logger.isEnabledFor(logging.INFO),
    )
    run_server(settings, host=host, port=port, workers=workers)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the per-article output."""
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    one_blas_thread()  # before anything imports numpy: see pipeline.threads
    app()
