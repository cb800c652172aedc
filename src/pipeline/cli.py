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
        "--model", envvar="PIPELINE_MODEL",
        help="spaCy model name or path (default: nl_core_news_sm, else nl_news_sm).",
    ),
]


def fail(message: str, code: int) -> typer.Exit:
    """Print `message` on stderr and return the exit to raise (no traceback for the user)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def load_analyzer(model: str | None):
    from pipeline.analyze import Analyzer
    from pipeline.nlp import ModelNotFoundError

    try:
        return Analyzer(model=model)
    except ModelNotFoundError as error:
        raise fail(str(error), 2) from None


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs (.txt .html .jsonl .csv).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <id>.json files.")] = Path(
        "outputs"
    ),
    model: ModelOption = None,
    translator: Annotated[
        str, typer.Option(help="none|google|deepl|microsoft|libre|mymemory")
    ] = "none",
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Analyse Dutch articles into one JSON file per article."""
    from pipeline.batch import run_batch

    analyzer = load_analyzer(model)
    try:
        summary = run_batch(inputs, out, analyzer, show_progress=progress)
    except FileNotFoundError as error:
        raise fail(str(error), 2) from None
    typer.echo(
        f"{summary.written} article(s) written to {out}, {summary.failed} failed "
        f"({summary.seconds:.1f}s)",
        err=True,
    )
    for record in summary.errors:
        typer.echo(f"  failed: {record['source']}: {record['message']}", err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the per-article output."""
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    app()
