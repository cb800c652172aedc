"""Claim-database outputs: the per-article JSON files as linked tables (SQL, CSV, Parquet).

The tables, their keys and their documentation are defined once in `pipeline.output.catalog`.
An export runs in three steps:

1. **upsert** — articles are read in batches (memory stays flat however many files there are);
   an article whose output file changed (its `output_sha256`) has its rows deleted and inserted
   again, one transaction per batch, so a re-export, or one killed half way, never leaves
   duplicate or partial rows;
   (`Database.delete_articles` is the one place that removes an article's rows, children first);
   then the rows of articles whose file is gone from the folder are deleted with `prune` (the
   default for the folder's own `claims.sqlite`); otherwise they are only counted, since a shared
   database may hold other folders' articles;
2. **clusters** — the claim clusters are recomputed over every claim in the database (see
   `pipeline.output.clusters`); ids of existing clusters are kept, changed rows are updated and
   emptied clusters deleted, in one transaction;
3. **files** (folder targets) — every table is copied from the database into CSV and Parquet
   (temp file + rename), with `datapackage.json` (the CSV column types, keys and descriptions)
   and `DATA_DICTIONARY.md` beside them, so the files and the database always agree.

The database declares primary keys, foreign keys (SQLite enforces them: this module turns on
`PRAGMA foreign_keys` on its connections), indexes on what people filter by, and table and
column comments where the engine keeps them (PostgreSQL; SQLite has no comments).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import sqlalchemy as sa
from pydantic import ValidationError

from pipeline.output import clusters as clustering
from pipeline.output.catalog import ARTICLE_TABLES, TABLES, Table
from pipeline.output.dictionary import DICTIONARY_FILE, TYPES, datapackage, markdown
from pipeline.output.json_files import iter_result_paths, unreadable_reason
from pipeline.output.names import PACKAGE_FILE, SQLITE_FILE
from pipeline.output.rows import InvalidResult, article_rows
from pipeline.schema import ArticleResult

BATCH = 500
READ_CHUNK = 5000

_SQL_TYPES = {"text": sa.Text, "integer": sa.Integer, "number": sa.Float, "date": sa.Date}
ARROW_TYPES = {kind: pa.type_for_alias(types[2]) for kind, types in TYPES.items()}


@dataclass
class Batch:
    """Rows of a batch of articles per table, and the output hash of each article in it."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in ARTICLE_TABLES})
    hashes: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportSummary:
    articles: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    unchanged: int = 0
    clusters_linked: int = 0
    errors: list[str] = field(default_factory=list)
    pruned: int = 0  # articles deleted from the database: their file is gone from the folder
    absent: int = 0  # articles in the database without a file in the folder, kept (no prune)


def iter_batches(out_dir: Path, summary: ExportSummary, size: int = BATCH) -> Iterator[Batch]:
    """Rows of the article files in `out_dir`, `size` articles at a time.

    A file that cannot be read, does not validate against the contract, or repeats an article id
    already read, is reported and left out.
    """
    paths = iter_result_paths(out_dir)
    seen: set[str] = set()
    while chunk := list(islice(paths, size)):
        batch = Batch()
        for path in chunk:
            try:
                data = path.read_bytes()
                result = ArticleResult.model_validate_json(data)
                if result.article.id in seen:
                    raise InvalidResult(f"article id {result.article.id!r} already exported")
                rows = article_rows(result, hashlib.sha256(data).hexdigest())
            except (OSError, ValidationError) as error:
                summary.errors.append(f"{path}: {unreadable_reason(error)}")
                continue
            except InvalidResult as error:
                summary.errors.append(f"{path}: {error}")
                continue
            seen.add(result.article.id)
            batch.hashes[result.article.id] = rows["articles"][0]["output_sha256"]
            for table, table_rows in rows.items():
                batch.tables[table].extend(table_rows)
            summary.articles += 1
        yield batch


def database_url(target: str) -> str:
    """The SQLAlchemy URL for `--to`: a bare postgresql:// (or postgres://) uses psycopg 3.

    SQLAlchemy's default PostgreSQL driver is psycopg2; we ship psycopg 3, so a URL without an
    explicit driver is pointed at it. Any other URL is used as given.
    """
    scheme, rest = target.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return target


def make_engine(url: str) -> sa.Engine:
    """An engine; on SQLite every connection enforces foreign keys (SQLite's default is off)."""
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def export_tables(
    out_dir: Path, to: str | Path | None = None, prune: bool | None = None
) -> ExportSummary:
    """Export the outputs in `out_dir` to a database and, for folder targets, files.

    `to` None: SQLite at `out_dir/claims.sqlite`, CSV + Parquet in `out_dir/tables/`; a folder:
    `claims.sqlite`, CSV and Parquet there; an SQLAlchemy URL (`postgresql://…`): that database.
    `prune` (default: only for `to` None) deletes the rows of articles that have no file in
    `out_dir` any more; otherwise they are counted in `absent` and kept.
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
    engine = make_engine(url)
    try:
        database = Database(engine)
        for batch in iter_batches(out_dir, summary):
            summary.unchanged += database.upsert(batch)
            for table, rows in batch.tables.items():
                summary.rows[table] += len(rows)
        absent = database.absent({path.stem for path in iter_result_paths(out_dir)})
        if prune:
            database.prune(absent)
            summary.pruned = len(absent)
        else:
            summary.absent = len(absent)
        summary.clusters_linked, summary.rows["claim_clusters"] = database.refresh_clusters()
        if folder is not None:
            write_files(database, folder)
    finally:
        engine.dispose()
    return summary


class LayoutError(RuntimeError):
    """The target database has our tables in another layout (an older version's)."""


class Database:
    """The tables in any SQLAlchemy database, upserted per article."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.metadata = sa.MetaData()
        self.tables = {name: define_table(self.metadata, spec) for name, spec in TABLES.items()}
        self._check_layout()
        self.metadata.create_all(engine)

    def _check_layout(self) -> None:
        """Refuse to write into tables of ours that have other columns than this version's."""
        inspector = sa.inspect(self.engine)
        existing = set(inspector.get_table_names())
        for name, table in self.tables.items():
            if name not in existing:
                continue
            found = [c["name"] for c in inspector.get_columns(name)]
            wanted = [c.name for c in table.columns]
            if found != wanted:
                raise LayoutError(
                    f"table {name!r} in {self.engine.url.render_as_string(hide_password=True)} "
                    f"has columns {found}, this version writes {wanted}: export into a new "
                    "database, or drop the old tables (for the default SQLite file: delete it)"
                )

    def delete_articles(self, conn: sa.Connection, article_ids: list[str]) -> None:
        """Delete every row of these articles, children first (foreign keys need no cascade)."""
        for name in reversed(ARTICLE_TABLES):
            table = self.tables[name]
            for chunk in _chunks(article_ids, 500):
                conn.execute(table.delete().where(table.c.article_id.in_(chunk)))

    def upsert(self, batch: Batch) -> int:
        """Replace the rows of every article in `batch` whose output changed; return unchanged."""
        articles = self.tables["articles"]
        with self.engine.begin() as conn:
            stored = dict(
                conn.execute(
                    sa.select(articles.c.article_id, articles.c.output_sha256).where(
                        articles.c.article_id.in_(list(batch.hashes))
                    )
                ).all()
            )
            changed = {a for a, h in batch.hashes.items() if stored.get(a) != h}
            if not changed:
                return len(batch.hashes)
            self.delete_articles(conn, sorted(changed))
            for name in ARTICLE_TABLES:
                rows = [r for r in batch.tables[name] if r["article_id"] in changed]
                if rows:
                    conn.execute(self.tables[name].insert(), rows)
        return len(batch.hashes) - len(changed)

    def refresh_clusters(self) -> tuple[int, int]:
        """Recompute the claim clusters over all stored claims; (linked claims, clusters)."""
        claims, articles = self.tables["claims"], self.tables["articles"]
        entities, clusters_table = self.tables["entities"], self.tables["claim_clusters"]
        query = (
            sa.select(
                *(claims.c[name] for name in _CLUSTER_INPUT),
                articles.c.date,
                entities.c.entity_key.label("source_key"),
            )
            .join(articles, articles.c.article_id == claims.c.article_id)
            .outerjoin(entities, entities.c.entity_id == claims.c.source_entity_id)
            .where(claims.c.value.is_not(None))
            .order_by(claims.c.claim_id)
        )
        with self.engine.begin() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            previous = {r["claim_id"]: r["cluster_id"] for r in rows}
            found = clustering.cluster(rows, previous)
            wanted = {c.cluster_id: cluster_row(c, rows) for c in found}
            stored = {
                r.cluster_id: dict(r._mapping) for r in conn.execute(sa.select(clusters_table))
            }
            new = [row for cid, row in wanted.items() if cid not in stored]
            changed = [row for cid, row in wanted.items() if cid in stored and stored[cid] != row]
            if new:
                conn.execute(clusters_table.insert(), new)
            for row in changed:
                conn.execute(
                    clusters_table.update()
                    .where(clusters_table.c.cluster_id == row["cluster_id"])
                    .values(**row)
                )
            moves = [
                {"key": rows[i]["claim_id"], "cluster": c.cluster_id}
                for c in found
                for i in c.members
                if previous[rows[i]["claim_id"]] != c.cluster_id
            ]
            if moves:
                conn.execute(
                    claims.update()
                    .where(claims.c.claim_id == sa.bindparam("key"))
                    .values(cluster_id=sa.bindparam("cluster")),
                    moves,
                )
            gone = sorted(set(stored) - set(wanted))
            for chunk in _chunks(gone, 500):
                conn.execute(clusters_table.delete().where(clusters_table.c.cluster_id.in_(chunk)))
        linked = sum(len(c.members) for c in found if len(c.members) > 1)
        return linked, len(found)

    def iter_rows(self, name: str) -> Iterator[list[dict]]:
        """All rows of a table in key order, in chunks."""
        table = self.tables[name]
        order = [table.c[k] for k in TABLES[name].primary_key]
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=READ_CHUNK).execute(
                sa.select(table).order_by(*order)
            )
            for partition in result.partitions():
                yield [dict(r._mapping) for r in partition]

    def absent(self, present: set[str]) -> list[str]:
        """Ids of articles in the database that are not in `present`."""
        articles = self.tables["articles"]
        with self.engine.connect() as conn:
            stored = conn.execute(sa.select(articles.c.article_id)).scalars().all()
        return sorted(a for a in stored if a not in present)

    def prune(self, article_ids: list[str]) -> None:
        """Delete every row of these articles (no longer in the folder), in one transaction."""
        with self.engine.begin() as conn:
            self.delete_articles(conn, article_ids)


# Claim columns the cluster rule reads (plus the article date and the source's entity key).
_CLUSTER_INPUT = (
    "claim_id",
    "article_id",
    "start",
    "text",
    "value",
    "value_max",
    "hedge",
    "subject",
    "sentence",
    "cluster_id",
    *clustering.SAME_MEASURE,
)


def cluster_row(found: clustering.Cluster, rows: list[dict]) -> dict:
    """The claim_clusters row of a cluster: its earliest member's figure, counts."""
    anchor = rows[found.anchor]
    return {
        "cluster_id": found.cluster_id,
        **{name: anchor[name] for name in clustering.SAME_MEASURE},
        "value": anchor["value"],
        "value_max": anchor["value_max"],
        "subject": anchor["subject"],
        "first_article_id": anchor["article_id"],
        "first_claim_id": anchor["claim_id"],
        "first_date": anchor["date"],
        "article_count": len({rows[i]["article_id"] for i in found.members}),
        "claim_count": len(found.members),
    }


def define_table(metadata: sa.MetaData, spec: Table) -> sa.Table:
    """The SQLAlchemy table of a catalog entry: keys, foreign keys, indexes and comments."""
    columns = []
    for column in spec.columns:
        args = []
        if column.references:
            args.append(
                sa.ForeignKey(
                    column.references,
                    ondelete=column.on_delete,
                    name=f"fk_{spec.name}_{column.name}",
                )
            )
        columns.append(
            sa.Column(
                column.name,
                _SQL_TYPES[column.kind],
                *args,
                primary_key=column.name in spec.primary_key,
                nullable=column.nullable and column.name not in spec.primary_key,
                comment=column.description,
            )
        )
    indexes = [
        sa.Index(f"ix_{spec.name}_{c.name}", c.name)
        for c in spec.columns
        if c.index and c.name not in spec.primary_key[:1]
    ]
    return sa.Table(spec.name, metadata, *columns, *indexes, comment=spec.description)


def _chunks(items: list, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def arrow_schema(name: str) -> pa.Schema:
    spec = TABLES[name]
    return pa.schema(
        [pa.field(c.name, ARROW_TYPES[c.kind], nullable=c.nullable) for c in spec.columns]
    )


def write_files(database: Database, folder: Path) -> None:
    """Every table as `<table>.csv` and `<table>.parquet`, plus the sidecar and the dictionary."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        schema = arrow_schema(name)
        with (
            _Replacing(folder / f"{name}.csv") as csv_path,
            _Replacing(folder / f"{name}.parquet") as parquet_path,
            pacsv.CSVWriter(
                str(csv_path), schema, write_options=pacsv.WriteOptions(quoting_style="needed")
            ) as csv_writer,
            pq.ParquetWriter(str(parquet_path), schema) as parquet_writer,
        ):
            for rows in database.iter_rows(name):
                chunk = pa.Table.from_pylist(rows, schema=schema)
                csv_writer.write_table(chunk)
                parquet_writer.write_table(chunk)
    with _Replacing(folder / PACKAGE_FILE) as path:
        path.write_text(json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    with _Replacing(folder / DICTIONARY_FILE) as path:
        path.write_text(markdown(), encoding="utf-8")


class _Replacing:
    """A temp path beside `final`, renamed onto it when the block ends without an error."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.temp = final.with_name(f".{final.name}.{os.getpid()}.tmp")

    def __enter__(self) -> Path:
        return self.temp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            os.replace(self.temp, self.final)
        else:
            self.temp.unlink(missing_ok=True)


def write_lines(path: Path, lines: Iterable[str]) -> int:
    """Stream `lines` into `path` via a temp file and rename; return how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with _Replacing(path) as temp, temp.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
            count += 1
    return count
