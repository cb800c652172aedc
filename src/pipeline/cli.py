"""Command line (Typer, like spaCy's CLI): each command parses, calls library code and prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.schema import json_schema

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Dutch news analysis: entities, numeric claims, quotes and demands, in English, as JSON.",
)

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        envvar="PIPELINE_MODEL",
        help="spaCy model name or path (default: nl_core_news_sm, else nl_news_sm).",
    ),
]


TranslatorOption = Annotated[
    str, typer.Option(help="MT engine: none|google|deepl|microsoft|libre|mymemory.")
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


def _make_translator(name: str, url: str | None, cache: Path | None, timeout: float):
    from pipeline.translate import TRANSLATOR_NAMES, make_translator

    if name not in TRANSLATOR_NAMES:
        raise fail(f"unknown translator {name!r}: use {'|'.join(TRANSLATOR_NAMES)}", 2)
    return make_translator(name, url, cache, timeout)


def english_step(name: str, url: str | None, cache: Path | None, timeout: float):
    """The translator, the batch's English step, and a counter of the statuses it set."""
    from collections import Counter

    from pipeline.translate import add_english

    mt = _make_translator(name, url, cache, timeout)
    statuses: Counter[str] = Counter()

    def english(results):
        done = add_english(results, mt)
        statuses.update(r.translation.status for r in done)
        return done

    return mt, english, statuses


def fail(message: str, code: int) -> typer.Exit:
    """Print `message` on stderr and return the exit to raise (no traceback for the user)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@app.command()
def run(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders or globs (.txt .html .jsonl .csv).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <id>.json files.")] = Path(
        "outputs"
    ),
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
) -> None:
    """Analyse Dutch articles into one JSON file per article (skipping up-to-date ones)."""
    from pipeline.batch import OutputLockedError, run_batch
    from pipeline.engines import default_workers
    from pipeline.nlp import ModelNotFoundError

    if engine not in ("local", "dask"):
        raise fail(f"unknown engine {engine!r}: use local or dask", 2)
    if scheduler and engine != "dask":
        raise fail("--scheduler needs --engine dask", 2)
    mt, english, statuses = english_step(translator, translator_url, cache, timeout)
    try:
        summary = run_batch(
            inputs,
            out,
            english=english,
            show_progress=progress,
            model=model,
            workers=workers or default_workers(),
            engine=engine,
            scheduler=scheduler,
            force=force,
            backend=translator,
        )
    except (FileNotFoundError, OutputLockedError, ModelNotFoundError) as error:
        raise fail(str(error), 2) from None
    typer.echo(
        f"{summary.written} article(s) written to {out}, {summary.skipped} up to date, "
        f"{summary.failed} failed ({summary.seconds:.1f}s)",
        err=True,
    )
    for record in summary.errors:
        typer.echo(f"  failed: {record['source']}: {record['message']}", err=True)
    if mt is not None:
        typer.echo(mt.stats.line(mt.name), err=True)
    if summary.failed or statuses["failed"]:
        raise typer.Exit(1)


@app.command()
def translate(
    output_dir: Annotated[
        Path, typer.Argument(help="Folder of <id>.json files from `pipeline run`.")
    ],
    translator: TranslatorOption = "google",
    translator_url: TranslatorUrlOption = None,
    cache: CacheOption = None,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Fill in missing English in existing output files (after an offline or failed run)."""
    from pipeline.translate.outputs import fill_outputs

    if not output_dir.is_dir():
        raise fail(f"not a folder: {output_dir}", 2)
    mt = _make_translator(translator, translator_url, cache, timeout)
    statuses = fill_outputs(output_dir, mt)
    typer.echo(
        "translation status: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())),
        err=True,
    )
    if mt is not None:
        typer.echo(mt.stats.line(mt.name), err=True)
    if statuses["failed"]:
        raise typer.Exit(1)


@app.command()
def report(
    output_dir: Annotated[
        Path, typer.Argument(help="Folder of <id>.json files from `pipeline run`.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the HTML report.")] = Path(
        "report"
    ),
) -> None:
    """Write a self-contained HTML report: an index and one highlighted page per article."""
    from pipeline.output.report import render_report

    if not output_dir.is_dir():
        raise fail(f"not a folder: {output_dir}", 2)
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
    output_dir: Annotated[
        Path, typer.Argument(help="Folder of <id>.json files from `pipeline run`.")
    ],
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
) -> None:
    """Export the per-article JSON files as claim-database tables, Claim JSON-LD or JSON lines."""
    if not output_dir.is_dir():
        raise fail(f"no such folder: {output_dir}", 2)
    if format in ("claim-jsonld", "jsonl"):
        from pipeline.output.json_files import iter_article_lines
        from pipeline.output.jsonld import JSONLD_FILE, iter_claim_lines
        from pipeline.output.tables import write_lines

        lines, name, noun = {
            "claim-jsonld": (iter_claim_lines, JSONLD_FILE, "claim"),
            "jsonl": (iter_article_lines, "articles.jsonl", "article"),
        }[format]
        target = Path(to) if to else output_dir
        path = target if target.suffix in (".jsonld", ".jsonl") else target / name
        count = write_lines(path, lines(output_dir))
        typer.echo(f"{count} {noun}(s) written to {path}", err=True)
        return
    if format != "tables":
        raise fail(f"unknown format {format!r}: use tables, claim-jsonld or jsonl", 2)
    from pipeline.output.tables import LayoutError, export_tables

    try:
        summary = export_tables(output_dir, to)
    except LayoutError as error:
        raise fail(str(error), 2) from None
    rows = ", ".join(f"{n} {table}" for table, n in summary.rows.items())
    typer.echo(
        f"{summary.articles} article(s) exported ({summary.unchanged} unchanged in the database): "
        f"{rows}; {summary.clusters_linked} claim(s) share a figure with another",
        err=True,
    )
    for message in summary.errors:
        typer.echo(f"  skipped: {message}", err=True)
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the per-article output."""
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    app()
