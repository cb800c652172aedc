"""The claim database's tables and columns: one definition for every writer and for the docs.

Every target (CSV, Parquet, SQLite, any SQLAlchemy database), the CSV type sidecar
(`datapackage.json`), the database comments and `DATA_DICTIONARY.md` are made from the `TABLES`
below, so they cannot disagree. Item columns come from the pydantic models in `pipeline.schema`
(name, type, description, example), so a field added to the contract appears as a column, described,
without a change here.

Keys: every row has a text primary key; items are named `<article_id>#<item id>` (the JSON-LD
identifier form), so one column joins them. Parties of claims, quotes and demands point to the
entity of the same article by `*_entity_id`, null when the party is a noun phrase ("kabinet");
the name as written stays beside it. `entity_key` is the same for one name and label in every
article.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field, replace
from typing import Literal

from pydantic import BaseModel

from pipeline.output.clusters import SAME_MEASURE
from pipeline.schema import (
    Article,
    ArticleResult,
    Claim,
    Demand,
    Entity,
    PipelineInfo,
    Quote,
    Span,
    Translation,
)

Kind = Literal["text", "integer", "number", "date"]

# Which party field of an item points to which entity column.
PARTIES: dict[str, dict[str, str]] = {
    "claims": {"attributed_to": "source_entity_id"},
    "quotes": {"speaker": "speaker_entity_id"},
    "demands": {"actor": "actor_entity_id", "addressee": "addressee_entity_id"},
}
ITEM_MODELS: dict[str, type[BaseModel]] = {"claims": Claim, "quotes": Quote, "demands": Demand}
ITEM_KEYS = {"claims": "claim_id", "quotes": "quote_id", "demands": "demand_id"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    description: str
    example: object = None
    nullable: bool = True
    references: str | None = None  # "table.column"
    on_delete: str | None = None  # CASCADE | SET NULL
    index: bool = False
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _field_column(model: type[BaseModel], name: str, rename: str | None = None) -> Column:
    """A column from a model field: kind, nullability, enumeration, description and example."""
    info = model.model_fields[name]
    annotation = info.annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    nullable = len(args) < len(typing.get_args(annotation))
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
    enum: tuple[str, ...] = ()
    if typing.get_origin(annotation) is Literal:
        enum = tuple(typing.get_args(annotation))
        kind: Kind = "text"
    elif annotation is int:
        kind = "integer"
    elif annotation is float:
        kind = "number"
    else:
        kind = "text"
    examples = info.examples or [None]
    return Column(
        rename or name,
        kind,
        info.description or "",
        examples[0],
        nullable=nullable,
        enum=enum,
    )


def _article_ref(description: str = "The article it comes from.") -> Column:
    return Column(
        "article_id",
        "text",
        description,
        "zorg_2024-04_huisartsen",
        nullable=False,
        references="articles.article_id",
        on_delete="CASCADE",
        index=True,
    )


def _entity_ref(name: str, description: str, nullable: bool = True) -> Column:
    return Column(
        name,
        "text",
        description,
        "zorg_2024-04_huisartsen#e4",
        nullable=nullable,
        references="entities.entity_id",
        on_delete="SET NULL" if nullable else "CASCADE",
        index=True,
    )


def _articles() -> Table:
    c = _field_column
    return Table(
        "articles",
        "One row per article: what was read, and what produced its analysis.",
        (
            Column(
                "article_id",
                "text",
                Article.model_fields["id"].description or "",
                "zorg_2024-04_huisartsen",
                nullable=False,
            ),
            c(Article, "source"),
            c(Article, "title"),
            c(Article, "title_en"),
            Column(
                "date",
                "date",
                "Publication date; a month or year alone is stored as its first day "
                "(see date_precision).",
                "2024-04-17",
                index=True,
            ),
            Column(
                "date_precision",
                "text",
                "How much of `date` the source gave: day, month or year; null without a date.",
                "day",
                enum=("day", "month", "year"),
            ),
            Column(
                "date_text",
                "text",
                "The date exactly as the source gave it (kept when it could not be read as a date).",
                "2024-04-17",
            ),
            c(Article, "language"),
            c(Article, "chars"),
            c(ArticleResult, "summary_en"),
            c(Translation, "backend", "translation_backend"),
            c(Translation, "status", "translation_status"),
            Column(
                "translation_missing",
                "text",
                "JSON array of the JSON paths of fields that still lack English ([] when none).",
                '["claims[2].sentence_en"]',
                nullable=False,
            ),
            c(PipelineInfo, "version", "pipeline_version"),
            c(PipelineInfo, "model"),
            c(PipelineInfo, "model_version"),
            c(Article, "sha256"),
            Column(
                "output_sha256",
                "text",
                "SHA-256 of the article's JSON output file; a re-export replaces the article's "
                "rows only when it changed.",
                "9b1c…",
                nullable=False,
            ),
            c(Article, "text"),
        ),
        ("article_id",),
    )


def _entities() -> Table:
    fields = [
        _field_column(Entity, name)
        for name in Entity.model_fields
        if name not in ("id", "aliases", "mentions")
    ]
    return Table(
        "entities",
        "One row per entity per article (mentions merged); `entity_key` joins the same entity "
        "across articles.",
        (
            Column(
                "entity_id",
                "text",
                "The entity in its article: `<article_id>#<id>`.",
                "zorg_2024-04_huisartsen#e4",
                nullable=False,
            ),
            _article_ref(),
            Column(
                "entity_key",
                "text",
                "The same for every article's entity with this label and canonical name "
                "(`<label>:<name>`, the name case-folded, spaces collapsed).",
                "PERSON:hanneke dekker",
                nullable=False,
                index=True,
            ),
            *(replace(f, index=f.name in ("name", "label")) for f in fields),
        ),
        ("entity_id",),
    )


def _mentions() -> Table:
    return Table(
        "mentions",
        "One row per place in the text where an entity is mentioned.",
        (
            _entity_ref("entity_id", "The entity mentioned.", nullable=False),
            _article_ref(),
            Column(
                "mention_no",
                "integer",
                "Order of the mention within its entity, from 1.",
                1,
                nullable=False,
            ),
            *(
                replace(_field_column(Span, name), nullable=False)
                for name in ("start", "end", "text")
            ),
        ),
        ("entity_id", "mention_no"),
    )


def _aliases() -> Table:
    return Table(
        "aliases",
        "One row per other surface form of an entity (surname, acronym, genitive …).",
        (
            _entity_ref("entity_id", "The entity this is another name of.", nullable=False),
            _article_ref(),
            Column(
                "alias",
                "text",
                "The other surface form as written.",
                "Dekker",
                nullable=False,
                index=True,
            ),
        ),
        ("entity_id", "alias"),
    )


def _items(table: str, description: str, extra: tuple[Column, ...] = ()) -> Table:
    model, key, parties = ITEM_MODELS[table], ITEM_KEYS[table], PARTIES[table]
    columns = [
        Column(
            key,
            "text",
            f"The {table[:-1]} in its article: `<article_id>#<id>` (the id in the JSON output).",
            f"zorg_2024-04_huisartsen#{table[0]}5",
            nullable=False,
        ),
        _article_ref(),
    ]
    for name in model.model_fields:
        if name == "id":
            continue
        columns.append(_field_column(model, name))
        if name in parties:
            columns.append(
                _entity_ref(
                    parties[name],
                    f"The entity `{name}` names, in the same article; null when it is not an "
                    "entity (a noun phrase such as 'kabinet') or unknown.",
                )
            )
    return Table(table, description, (*columns, *extra), (key,))


def _claims() -> Table:
    table = _items(
        "claims",
        "One row per numeric claim; `cluster_id` groups the same figure across articles.",
        (
            Column(
                "cluster_id",
                "text",
                "The claim's cluster in claim_clusters; null when the claim has no value.",
                "k3f2a9b1c0d7e",
                references="claim_clusters.cluster_id",
                on_delete="SET NULL",
                index=True,
            ),
        ),
    )
    indexed = ("unit", "measure", "value", "hedge")
    columns = tuple(replace(c, index=c.index or c.name in indexed) for c in table.columns)
    return replace(table, columns=columns)


def _claim_clusters() -> Table:
    measure = tuple(
        replace(
            _field_column(Claim, name), description=f"Shared by all members: {name}.", index=True
        )
        for name in SAME_MEASURE
    )
    anchor = "of the earliest member (by article date, then article id, then position)"
    return Table(
        "claim_clusters",
        "One row per figure: claims that state the same value of the same measure about the same "
        "thing (see README, 'Claim clusters').",
        (
            Column(
                "cluster_id",
                "text",
                "Stable id of the cluster; kept when articles are added.",
                "k3f2a9b1c0d7e",
                nullable=False,
            ),
            *measure,
            Column(
                "value",
                "number",
                f"Canonical value: the value {anchor}.",
                188.0,
                index=True,
            ),
            Column("value_max", "number", f"Upper bound of a range, {anchor}.", None),
            Column("subject", "text", f"Subject {anchor}.", "patiënten"),
            Column(
                "first_article_id",
                "text",
                "The earliest article that states the figure.",
                "rivm_persbericht_2020-03-07",
                references="articles.article_id",
                on_delete="SET NULL",
            ),
            Column(
                "first_claim_id",
                "text",
                "The earliest claim of the cluster (`<article_id>#<id>`).",
                "rivm_persbericht_2020-03-07#c2",
            ),
            Column("first_date", "date", "Date of the earliest article.", "2020-03-07", index=True),
            Column(
                "article_count",
                "integer",
                "How many articles state the figure.",
                2,
                nullable=False,
                index=True,
            ),
            Column(
                "claim_count",
                "integer",
                "How many claims the cluster has (an article may repeat a figure).",
                3,
                nullable=False,
            ),
        ),
        ("cluster_id",),
    )


def _quotes() -> Table:
    return _items("quotes", "One row per direct quote, with its speaker.")


def _demands() -> Table:
    table = _items("demands", "One row per demand: who urges whom to do what.")
    columns = tuple(replace(c, index=c.index or c.name == "modality") for c in table.columns)
    return replace(table, columns=columns)


# Parents before children: the order rows are inserted in (and deleted in reverse).
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _articles(),
        _entities(),
        _mentions(),
        _aliases(),
        _claim_clusters(),
        _claims(),
        _quotes(),
        _demands(),
    )
}
# Tables with rows per article (claim_clusters is derived from claims across articles).
ARTICLE_TABLES = tuple(name for name in TABLES if name != "claim_clusters")
