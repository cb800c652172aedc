"""The JSON contract: one `ArticleResult` per article.

These pydantic models are the single source of the output format. `pipeline schema` prints the JSON
Schema generated from them and `schema/article.schema.json` is a committed copy that the tests compare
against, so a change to a model is a visible change to the contract.

Every span (`start`, `end`, `text`) indexes `article.text`: `article.text[start:end] == text`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pipeline.text.datafiles import MeasureRow, MeasureUnitRow, table

Unit = Literal["percent", "ratio", "people", "count", "euro", "age", "year", "other"]
# The measure vocabularies are data (measures.csv, measure_units.csv): one row per value, described.
MEASURES: dict[str, MeasureRow] = {row.name: row for row in table(MeasureRow)}
MEASURE_UNITS: dict[str, MeasureUnitRow] = {row.name: row for row in table(MeasureUnitRow)}
Measure = Literal[tuple(MEASURES)]  # type: ignore[valid-type]
MeasureUnit = Literal[tuple(MEASURE_UNITS)]  # type: ignore[valid-type]
Hedge = Literal["exact", "approx", "less_than", "more_than", "at_most", "at_least", "only"]
Modality = Literal["must", "should", "call_on", "urge", "imperative", "high_time", "necessary"]
TranslationStatus = Literal["ok", "partial", "failed", "skipped", "offline"]
EntityLabel = Literal[
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "MISC"
]


def _described_enum(schema: dict[str, Any], rows: Iterable[MeasureRow | MeasureUnitRow]) -> None:
    """Publish a vocabulary field's enum as `oneOf` constants, each with its description from
    the data file: JSON Schema's way to describe every value of an enumeration."""
    for option in schema.get("anyOf", [schema]):
        if "enum" in option:
            del option["enum"]
            option["oneOf"] = [{"const": row.name, "description": row.description} for row in rows]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text."""

    start: int = Field(
        ge=0, description="Character offset into article.text (inclusive).", examples=[752]
    )
    end: int = Field(
        ge=0, description="Character offset into article.text (exclusive).", examples=[766]
    )
    text: str = Field(
        description="The text of the span: article.text[start:end].", examples=["Hanneke Dekker"]
    )


class _Item(_Model):
    """An extracted item: its id, then the span of article text it covers."""

    id: str = Field(
        description="Id of the item within its article: a kind letter and a number (c3, q1, d2).",
        examples=["c5"],
    )
    text: str = Field(
        description="The Dutch text of the item as written: article.text[start:end].",
        examples=["zo'n acht uur"],
    )
    start: int = Field(
        ge=0, description="Character offset into article.text (inclusive).", examples=[669]
    )
    end: int = Field(
        ge=0, description="Character offset into article.text (exclusive).", examples=[682]
    )


class Article(_Model):
    """The article as read: its text and what the source said about it."""

    id: str = Field(
        description="File stem or record id, safe as a file name.",
        examples=["zorg_2024-04_huisartsen"],
    )
    source: str = Field(
        description="Path (and record number) the article was read from.",
        examples=["corpus/zorg_2024-04_huisartsen.txt"],
    )
    url: str | None = Field(
        None,
        description="Web address the article was fetched from; null for files and text.",
        examples=["https://www.example.nl/nieuws/huisartsen"],
    )
    title: str | None = Field(
        None,
        description="Dutch headline, if the source gives one.",
        examples=["Huisartsen luiden de noodklok over personeelstekort"],
    )
    title_en: str | None = Field(
        None,
        description="English translation of the title; null until translated.",
        examples=["GPs sound the alarm about staff shortages"],
    )
    date: str | None = Field(
        None,
        description="Publication date as given by the source (for web pages, from the page's "
        "metadata): YYYY, YYYY-MM or YYYY-MM-DD.",
        examples=["2024-04-17"],
    )
    language: str = Field(
        "nl",
        description="Language the text was analysed as (ISO 639-1); checked before analysis.",
        examples=["nl"],
    )
    text: str = Field(
        description="The article body; every offset in this file points into it.",
        examples=["In grote delen van het land …"],
    )
    sha256: str = Field(
        description="SHA-256 of `text` (UTF-8), used for incremental runs.",
        examples=["3f5a…"],
    )
    chars: int = Field(description="Length of `text` in characters.", examples=[2166])


class Entity(_Model):
    """A named entity, its mentions merged into one: a person, organisation, place, …"""

    id: str = Field(
        description="Id of the entity within its article: 'e' and a number.", examples=["e4"]
    )
    name: str = Field(
        description="Canonical name: the longest full form found in the article.",
        examples=["Hanneke Dekker"],
    )
    label: EntityLabel = Field(
        description="Entity type (OntoNotes-style names, whatever the model's own labels).",
        examples=["PERSON"],
    )
    aliases: list[str] = Field(
        default_factory=list,
        description="Other surface forms, sorted.",
        examples=[["Dekker", "Dekkers"]],
    )
    mentions: list[Span] = Field(
        default_factory=list, description="Every place in the text that refers to the entity."
    )
    role: str | None = Field(
        None,
        description="Dutch title or role as written, e.g. 'woordvoerder'.",
        examples=["minister"],
    )
    role_en: str | None = Field(
        None, description="English for `role` (termbase or MT).", examples=["Minister"]
    )
    affiliation: str | None = Field(
        None,
        description="Canonical name of the organisation, ministry or municipality the role belongs to.",
        examples=["Volksgezondheid, Welzijn en Sport"],
    )
    name_en: str | None = Field(
        None,
        description="English name (termbase for institutions; people keep their name).",
        examples=["Hanneke Dekker"],
    )


class Claim(_Item):
    """A numeric claim: a figure, what it counts, how hedged, and who says so."""

    value: float | None = Field(
        description="The number as stated (a range's lower bound); for unit 'ratio' a fraction "
        "or multiplier (een kwart: 0.25, twee keer zoveel: 2), for 'percent' the percentage.",
        examples=[8.0],
    )
    value_max: float | None = Field(
        None, description="Upper bound of a range, else null.", examples=[None]
    )
    unit: Unit = Field(description="What kind of quantity the value is.", examples=["other"])
    hedge: Hedge = Field(
        "exact",
        description="How the figure is qualified: approx (zo'n, ongeveer), more_than (ruim), "
        "less_than (bijna), at_most, at_least, only (maar, amper), or exact.",
        examples=["approx"],
    )
    subject: str | None = Field(
        None,
        description="Dutch noun phrase of what is measured.",
        examples=["Een gemiddelde huisarts"],
    )
    subject_en: str | None = Field(
        None, description="English for `subject`.", examples=["An average GP"]
    )
    sentence: str = Field(
        description="The Dutch sentence the claim is in.",
        examples=[
            "Een gemiddelde huisarts is inmiddels zo'n acht uur per week kwijt aan formulieren."
        ],
    )
    sentence_start: int = Field(
        description="Character offset of the sentence into article.text (inclusive).",
        examples=[632],
    )
    sentence_end: int = Field(
        description="Character offset of the sentence into article.text (exclusive).",
        examples=[714],
    )
    sentence_en: str | None = Field(
        None,
        description="English translation of the sentence; null until translated.",
        examples=["An average GP now spends some eight hours a week on forms."],
    )
    attributed_to: str | None = Field(
        None,
        description="Source of the figure: canonical entity name or noun phrase.",
        examples=["Thomas de Vries"],
    )
    measure: Measure | None = Field(
        None,
        description="What kind of quantity the value is, finer than `unit`, from a closed "
        "vocabulary (every value described in the JSON Schema and DATA_DICTIONARY.md): count, "
        "money, percentage, "
        "percentage_point, fraction, multiplier, calendar_year, duration, age, length, area, "
        "volume, mass, speed, temperature, rank, grade. Set on every claim the pipeline writes; "
        "null only in files written before it existed.",
        examples=["duration"],
        json_schema_extra=lambda schema: _described_enum(schema, MEASURES.values()),
    )
    measure_unit: MeasureUnit | None = Field(
        None,
        description="The unit or currency of `measure` where it has one, from a closed "
        "vocabulary (every value described in the JSON Schema and DATA_DICTIONARY.md): the time "
        "unit of a duration or an "
        "age (years, months, weeks, days, hours, minutes, ...), the unit of a length, area, "
        "volume, mass, speed or temperature (km, m, m2, liter, kg, ton, km/h, degrees_celsius, "
        "...), the currency of money (euro, dollar, pound); null for measures without one.",
        examples=["hours"],
        json_schema_extra=lambda schema: _described_enum(schema, MEASURE_UNITS.values()),
    )
    value_en: str | None = Field(
        None,
        description="The value with its hedge and measure, rendered in English.",
        examples=["some 8 hours"],
    )


class Quote(_Item):
    """A direct quote and who said it."""

    speaker: str | None = Field(
        None,
        description="Canonical entity name of the speaker (or the noun phrase); null if unknown.",
        examples=["Thomas de Vries"],
    )
    speaker_role: str | None = Field(
        None, description="The speaker's role as written near the quote.", examples=["hoogleraar"]
    )
    cue: str | None = Field(
        None, description="Attribution cue: 'aldus', 'zegt', ':' ...", examples=["stelt"]
    )
    text_en: str | None = Field(
        None,
        description="English translation of the quote; null until translated.",
        examples=["We have seen this problem coming for years"],
    )


class Demand(_Item):
    """A demand: who urges whom to do what."""

    actor: str | None = Field(
        None,
        description="Who demands: canonical entity name or noun phrase.",
        examples=["Thomas de Vries"],
    )
    addressee: str | None = Field(
        None,
        description="Who must act: canonical entity name or noun phrase; null if unspecified.",
        examples=["kabinet"],
    )
    action: str | None = Field(
        None,
        description="Dutch verb phrase of what must happen.",
        examples=["de opleidingscapaciteit flink omhoog"],
    )
    modality: Modality = Field(
        description="The construction that makes it a demand (moet, roept op, het is tijd dat …).",
        examples=["necessary"],
    )
    text_en: str | None = Field(
        None,
        description="English translation of the demand; null until translated.",
        examples=["Training capacity must rise sharply in the coming years"],
    )
    action_en: str | None = Field(
        None, description="English for `action`.", examples=["raise training capacity sharply"]
    )


class Translation(_Model):
    """How far the English step got for this article."""

    backend: str = Field(
        "none",
        description="MT engine that made the English (none: offline English only).",
        examples=["google"],
    )
    status: TranslationStatus = Field(
        "skipped",
        description="ok: all English present; partial/failed: MT missed fields; "
        "skipped: no MT asked; offline: MT unreachable, offline English only.",
        examples=["ok"],
    )
    missing: list[str] = Field(
        default_factory=list,
        description="JSON paths of fields that still lack English.",
        examples=[["claims[2].sentence_en"]],
    )


class PipelineInfo(_Model):
    """What produced the output (for incremental runs and provenance)."""

    version: str = Field(description="Version of this pipeline.", examples=["0.1.0"])
    model: str = Field(description="spaCy model name.", examples=["nl_core_news_sm"])
    model_version: str = Field(description="spaCy model version.", examples=["3.8.0"])


class ArticleResult(_Model):
    """Everything the pipeline knows about one article; serialised as `outputs/<id>.json`."""

    article: Article = Field(description="The article as read.")
    entities: list[Entity] = Field(
        default_factory=list, description="Named entities, mentions merged."
    )
    claims: list[Claim] = Field(default_factory=list, description="Numeric claims.")
    quotes: list[Quote] = Field(default_factory=list, description="Direct quotes.")
    demands: list[Demand] = Field(default_factory=list, description="Demands.")
    summary_en: str | None = Field(
        None,
        description="Short English summary built from the structured data.",
        examples=["Dutch news article (2024-04-17): …"],
    )
    translation: Translation = Field(
        default_factory=Translation, description="State of the English fields."
    )
    pipeline: PipelineInfo = Field(description="Version and model that produced this output.")


def json_schema() -> dict:
    """JSON Schema of the per-article output, as published in `schema/article.schema.json`."""
    schema = ArticleResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
