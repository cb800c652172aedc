"""Claim-database outputs: the per-article JSON files as tables (CSV, Parquet, SQL).

Five tables, one row per item, each row carrying the article id and text hash:
`articles`, `entities`, `claims`, `demands`, `quotes`. Item columns come from the pydantic models in
`pipeline.schema`, so a field added to the contract appears as a column without a change here;
lists (aliases, mentions) are stored as JSON text.

Articles are read in batches, so memory stays flat however many files there are. CSV and Parquet
files are rewritten whole (temp file + rename); the SQL tables are upserted per article: an article
whose output file changed (its `output_sha256`) has its rows deleted and inserted again in one
transaction, so a re-export, or one killed half way, never leaves duplicate or partial rows.
Rows of articles whose file is gone from the folder are deleted with `prune` (the default for the
folder's own `claims.sqlite`); otherwise they are only counted, since a shared database may hold
other folders' articles.
"""

from __future__ import annotations

import hashlib
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa
from pydantic import BaseModel, ValidationError

from pipeline.output.json_files import iter_result_paths, unreadable_reason
from pipeline.schema import ArticleResult, Claim, Demand, Entity, Quote

SQLITE_FILE = "claims.sqlite"
BATCH = 500
ITEM_TABLES: dict[str, type[BaseModel]] = {
    "entities": Entity,
    "claims": Claim,
    "demands": Demand,
    "quotes": Quote,
}
TABLES = ("articles", *ITEM_TABLES)

# Column kinds: pandas nullable dtype and SQL type.
_DTYPES = {"int": "Int64", "float": "Float64", "str": "string"}
_SQL_TYPES = {"int": sa.Integer, "float": sa.Float, "str": sa.Text}

ARTICLE_COLUMNS = {
    "article_id": "str",
    "sha256": "str",
    "output_sha256": "str",
    "source": "str",
    "title": "str",
    "title_en": "str",
    "date": "str",
    "language": "str",
    "chars": "int",
    "summary_en": "str",
    "translation_backend": "str",
    "translation_status": "str",
    "translation_missing": "str",
    "pipeline_version": "str",
    "model": "str",
    "model_version": "str",
    "text": "str",
}


def _kind(annotation: object) -> str:
    """'int', 'float' or 'str' for a pydantic field annotation (Optional stripped)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
    if annotation is int:
        return "int"
    if annotation is float:
        return "float"
    return "str"


def columns(table: str) -> dict[str, str]:
    """Column name → kind for `table`, in output order."""
    if table == "articles":
        return ARTICLE_COLUMNS
    fields = ITEM_TABLES[table].model_fields
    return {"article_id": "str", "sha256": "str"} | {
        name: _kind(info.annotation) for name, info in fields.items()
    }


@dataclass
class Rows:
    """One batch of rows per table, plus the output hash of each article in it."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in TABLES})
    hashes: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportSummary:
    articles: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    pruned: int = 0  # articles deleted from the database: their file is gone from the folder
    absent: int = 0  # articles in the database without a file in the folder, kept (no prune)


def _cell(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def add_result(rows: Rows, result: ArticleResult, output_sha256: str) -> None:
    """Append `result`'s rows to the batch."""
    article = result.article
    rows.hashes[article.id] = output_sha256
    rows.tables["articles"].append(
        {
            "article_id": article.id,
            "sha256": article.sha256,
            "output_sha256": output_sha256,
            "source": article.source,
            "title": article.title,
            "title_en": article.title_en,
            "date": article.date,
            "language": article.language,
            "chars": article.chars,
            "summary_en": result.summary_en,
            "translation_backend": result.translation.backend,
            "translation_status": result.translation.status,
            "translation_missing": _cell(result.translation.missing),
            "pipeline_version": result.pipeline.version,
            "model": result.pipeline.model,
            "model_version": result.pipeline.model_version,
            "text": article.text,
        }
    )
    for table in ITEM_TABLES:
        for item in getattr(result, table):
            row = {"article_id": article.id, "sha256": article.sha256}
            row.update((k, _cell(v)) for k, v in item.model_dump(mode="json").items())
            rows.tables[table].append(row)


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """`rows` as a DataFrame with the table's fixed columns and nullable dtypes."""
    kinds = columns(table)
    df = pd.DataFrame(rows, columns=list(kinds))
    return df.astype({name: _DTYPES[kind] for name, kind in kinds.items()})


def iter_batches(out_dir: Path, summary: ExportSummary, size: int = BATCH) -> Iterator[Rows]:
    """Rows of the article files in `out_dir`, `size` articles at a time.

    A file that does not validate against the contract is reported and left out.
    """
    paths = iter_result_paths(out_dir)
    while batch := list(islice(paths, size)):
        rows = Rows()
        for path in batch:
            data = path.read_bytes()
            try:
                result = ArticleResult.model_validate_json(data)
            except ValidationError as error:
                summary.errors.append(f"{path}: {unreadable_reason(error)}")
                continue
            add_result(rows, result, hashlib.sha256(data).hexdigest())
            summary.articles += 1
        yield rows


def database_url(target: str) -> str:
    """The SQLAlchemy URL for `--to`: a bare postgresql:// (or postgres://) uses psycopg 3.

    SQLAlchemy's default PostgreSQL driver is psycopg2; we ship psycopg 3, so a URL without an
    explicit driver is pointed at it. Any other URL is used as given.
    """
    scheme, rest = target.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return target


def export_tables(
    out_dir: Path, to: str | Path | None = None, prune: bool | None = None
) -> ExportSummary:
    """Export the outputs in `out_dir` to files and a database.

    `to` None: CSV + Parquet in `out_dir/tables/` and SQLite at `out_dir/claims.sqlite`; a folder:
    CSV + Parquet and `claims.sqlite` there; an SQLAlchemy URL (`postgresql://…`): that database.
    `prune` (default: only for `to` None) deletes the rows of articles that have no file in
    `out_dir` any more.
    """
    prune = to is None if prune is None else prune
    summary = ExportSummary()
    target = str(to) if to is not None else None
    if target is not None and "://" in target:
        folder, url = None, database_url(target)
    else:
        folder = Path(target) if target is not None else out_dir / "tables"
        sqlite_path = (folder if target is not None else out_dir) / SQLITE_FILE
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{sqlite_path.resolve()}"
    engine = sa.create_engine(url)
    try:
        database = Database(engine)
        with TableFiles(folder) if folder is not None else nullcontext() as files:
            for rows in iter_batches(out_dir, summary):
                frames = {t: frame(t, rows.tables[t]) for t in TABLES}
                if files is not None:
                    files.append(frames)
                summary.unchanged += database.upsert(rows.hashes, frames)
                for table, df in frames.items():
                    summary.rows[table] += len(df)
        absent = database.absent({path.stem for path in iter_result_paths(out_dir)})
        if prune:
            database.delete(absent)
            summary.pruned = len(absent)
        else:
            summary.absent = len(absent)
    finally:
        engine.dispose()
    return summary


class TableFiles:
    """CSV and Parquet files written batch by batch into temp files, renamed into place at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.temps: dict[Path, Path] = {}
        self.parquet: dict[str, pq.ParquetWriter] = {}

    def __enter__(self) -> TableFiles:
        self.folder.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            for suffix in (".csv", ".parquet"):
                final = self.folder / f"{table}{suffix}"
                self.temps[final] = self.folder / f".{final.name}.{os.getpid()}.tmp"
            frame(table, []).to_csv(self._temp(table, ".csv"), index=False)
            schema = pa.Schema.from_pandas(frame(table, []), preserve_index=False)
            self.parquet[table] = pq.ParquetWriter(self._temp(table, ".parquet"), schema)
        return self

    def _temp(self, table: str, suffix: str) -> Path:
        return self.temps[self.folder / f"{table}{suffix}"]

    def append(self, frames: dict[str, pd.DataFrame]) -> None:
        for table, df in frames.items():
            df.to_csv(self._temp(table, ".csv"), mode="a", header=False, index=False)
            writer = self.parquet[table]
            writer.write_table(pa.Table.from_pandas(df, schema=writer.schema, preserve_index=False))

    def __exit__(self, exc_type, exc, tb) -> None:
        for writer in self.parquet.values():
            writer.close()
        for final, temp in self.temps.items():
            if exc_type is None:
                os.replace(temp, final)
            else:
                temp.unlink(missing_ok=True)


class Database:
    """The five tables in any SQLAlchemy database, upserted per article."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.metadata = sa.MetaData()
        self.tables = {name: self._define(name) for name in TABLES}
        self.metadata.create_all(engine)

    def _define(self, name: str) -> sa.Table:
        keys = ("article_id",) if name == "articles" else ("article_id", "id")
        return sa.Table(
            name,
            self.metadata,
            *(
                sa.Column(col, _SQL_TYPES[kind], primary_key=col in keys)
                for col, kind in columns(name).items()
            ),
        )

    def upsert(self, hashes: dict[str, str], frames: dict[str, pd.DataFrame]) -> int:
        """Replace the rows of every article in `hashes` whose output changed; return unchanged."""
        articles = self.tables["articles"]
        with self.engine.begin() as conn:
            stored = dict(
                conn.execute(
                    sa.select(articles.c.article_id, articles.c.output_sha256).where(
                        articles.c.article_id.in_(list(hashes))
                    )
                ).all()
            )
            changed = [a for a, h in hashes.items() if stored.get(a) != h]
            if not changed:
                return len(hashes)
            for name, table in self.tables.items():
                conn.execute(table.delete().where(table.c.article_id.in_(changed)))
                df = frames[name]
                df = df[df["article_id"].isin(changed)]
                if len(df):
                    conn.execute(table.insert(), _records(df))
        return len(hashes) - len(changed)

    def absent(self, present: set[str]) -> list[str]:
        """Ids of articles in the database that are not in `present`."""
        articles = self.tables["articles"]
        with self.engine.connect() as conn:
            stored = conn.execute(sa.select(articles.c.article_id)).scalars().all()
        return sorted(a for a in stored if a not in present)

    def delete(self, article_ids: list[str]) -> None:
        """Delete every row of these articles, in one transaction."""
        with self.engine.begin() as conn:
            for start in range(0, len(article_ids), BATCH):
                batch = article_ids[start : start + BATCH]
                for table in self.tables.values():
                    conn.execute(table.delete().where(table.c.article_id.in_(batch)))


def _records(df: pd.DataFrame) -> list[dict]:
    """DataFrame rows as dicts with None for missing values (what DB drivers expect)."""
    return [
        {k: (None if v is pd.NA or v is None else v) for k, v in row.items()}
        for row in df.astype(object).to_dict("records")
    ]


def write_lines(path: Path, lines: Iterable[str]) -> int:
    """Stream `lines` into `path` via a temp file and rename; return how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with temp.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
                count += 1
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count
