"""The JSON contract: one `ArticleResult` per article.

These pydantic models are the single source of the output format. `pipeline schema` prints the JSON
Schema generated from them and `schema/article.schema.json` is a committed copy that the tests compare
against, so a change to a model is a visible change to the contract.

Every span (`start`, `end`, `text`) indexes `article.text`: `article.text[start:end] == text`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Unit = Literal["percent", "ratio", "people", "count", "euro", "age", "year", "other"]
Hedge = Literal["exact", "approx", "less_than", "more_than", "at_most", "at_least", "only"]
Modality = Literal["must", "should", "call_on", "urge", "imperative", "high_time", "necessary"]
TranslationStatus = Literal["ok", "partial", "failed", "skipped", "offline"]
EntityLabel = Literal[
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "MISC"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text."""

    start: int = Field(ge=0, description="Character offset into article.text (inclusive).")
    end: int = Field(ge=0, description="Character offset into article.text (exclusive).")
    text: str


class _Item(_Model):
    """An extracted item: its id, then the span of article text it covers."""

    id: str
    text: str
    start: int = Field(ge=0, description="Character offset into article.text (inclusive).")
    end: int = Field(ge=0, description="Character offset into article.text (exclusive).")


class Article(_Model):
    id: str = Field(description="File stem or record id, safe as a file name.")
    source: str = Field(description="Path (and record number) the article was read from.")
    url: str | None = Field(
        None, description="Web address the article was fetched from; null for files and text."
    )
    title: str | None = Field(None, description="Headline as given by the source, if any.")
    title_en: str | None = Field(None, description="English headline (machine translation).")
    date: str | None = Field(
        None,
        description="Publication date as given by the source (for web pages, from the page's "
        "metadata): YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    language: str = Field(
        "nl", description="Language the text was analysed as (ISO 639-1); checked before analysis."
    )
    text: str = Field(description="The article body; every offset in this file points into it.")
    sha256: str = Field(description="SHA-256 of `text` (UTF-8), used for incremental runs.")
    chars: int = Field(description="Length of `text` in characters (Unicode code points).")


class Entity(_Model):
    id: str
    name: str = Field(description="Canonical name: the longest full form found in the article.")
    label: EntityLabel
    aliases: list[str] = Field(default_factory=list, description="Other surface forms, sorted.")
    mentions: list[Span] = Field(default_factory=list)
    role: str | None = Field(
        None, description="Dutch title or role as written, e.g. 'woordvoerder'."
    )
    role_en: str | None = None
    affiliation: str | None = Field(
        None,
        description="Canonical name of the organisation, ministry or municipality the role belongs to.",
    )
    name_en: str | None = None


class Claim(_Item):
    value: float | None
    value_max: float | None = Field(None, description="Upper bound of a range, else null.")
    unit: Unit
    hedge: Hedge = "exact"
    subject: str | None = Field(None, description="Dutch noun phrase of what is measured.")
    subject_en: str | None = None
    sentence: str
    sentence_start: int
    sentence_end: int
    sentence_en: str | None = None
    attributed_to: str | None = Field(None, description="Canonical entity name or noun phrase.")
    value_en: str | None = None


class Quote(_Item):
    speaker: str | None = Field(None, description="Canonical entity name of the speaker.")
    speaker_role: str | None = None
    cue: str | None = Field(None, description="Attribution cue: 'aldus', 'zegt', ':' ...")
    text_en: str | None = None


class Demand(_Item):
    actor: str | None = Field(
        None, description="Who demands: canonical entity name or noun phrase."
    )
    addressee: str | None = Field(None, description="Who must act; null if unspecified.")
    action: str | None = Field(None, description="Dutch verb phrase of what must happen.")
    modality: Modality
    text_en: str | None = None
    action_en: str | None = None


class Translation(_Model):
    backend: str = "none"
    status: TranslationStatus = "skipped"
    missing: list[str] = Field(
        default_factory=list, description="JSON paths of fields that still lack English."
    )


class PipelineInfo(_Model):
    version: str
    model: str
    model_version: str


class ArticleResult(_Model):
    """Everything the pipeline knows about one article; serialised as `outputs/<id>.json`."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    demands: list[Demand] = Field(default_factory=list)
    summary_en: str | None = None
    translation: Translation = Field(default_factory=Translation)
    pipeline: PipelineInfo


def json_schema() -> dict:
    """JSON Schema of the per-article output, as published in `schema/article.schema.json`."""
    schema = ArticleResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
