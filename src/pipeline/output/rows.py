"""One article's result as rows of the normalised tables (see `pipeline.output.catalog`)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date as Date

from pipeline.output.catalog import ITEM_KEYS, ITEM_MODELS, PARTIES
from pipeline.schema import ArticleResult, Entity

_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])")


def parse_date(text: str | None) -> tuple[Date | None, str | None]:
    """(date, precision) of an article date: `2024`, `2024-04`, `2024-04-17` or an ISO timestamp.

    A year or month alone becomes its first day with precision `year`/`month`, so dates sort and
    filter as dates; anything else gives (None, None) and the text is kept beside it.
    """
    match = _DATE.match(text or "")
    if not match:
        return None, None
    year, month, day = match.groups()
    try:
        value = Date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, None
    return value, "day" if day else "month" if month else "year"


def entity_key(name: str, label: str) -> str:
    """The same key for one label and canonical name in every article: `PERSON:hanneke dekker`."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return f"{label}:{folded}"


def item_id(article_id: str, local_id: str) -> str:
    """Table key of an item: `<article_id>#<id>`, the identifier the JSON-LD export uses too."""
    return f"{article_id}#{local_id}"


class Parties:
    """Finds the entity a party name refers to within one article.

    The extractors give a party as the entity's canonical name when it is a known entity; an
    older or edited output may give a surface form instead, so a unique alias (case-insensitive)
    counts too. A noun phrase such as "kabinet" finds nothing.
    """

    def __init__(self, entities: list[Entity]) -> None:
        self.by_name = {e.name: e for e in reversed(entities)}
        forms = Counter(a.casefold() for e in entities for a in {*e.aliases, e.name})
        self.by_alias = {
            a.casefold(): e
            for e in entities
            for a in {*e.aliases, e.name}
            if forms[a.casefold()] == 1
        }

    def find(self, name: str | None) -> Entity | None:
        if not name:
            return None
        return self.by_name.get(name) or self.by_alias.get(name.casefold())


class InvalidResult(ValueError):
    """An output whose items cannot become rows with unique keys."""


def _check_unique_ids(result: ArticleResult) -> None:
    for kind in ("entities", *ITEM_MODELS):
        ids = Counter(item.id for item in getattr(result, kind))
        doubles = sorted(i for i, n in ids.items() if n > 1)
        if doubles:
            raise InvalidResult(f"{kind} ids occur more than once: {', '.join(doubles)}")


def article_rows(result: ArticleResult, output_sha256: str) -> dict[str, list[dict]]:
    """Rows for every per-article table (claims without a cluster yet)."""
    _check_unique_ids(result)
    article = result.article
    aid = article.id
    day, precision = parse_date(article.date)
    rows: dict[str, list[dict]] = {
        "articles": [
            {
                "article_id": aid,
                "source": article.source,
                "title": article.title,
                "title_en": article.title_en,
                "date": day,
                "date_precision": precision,
                "date_text": article.date,
                "language": article.language,
                "chars": article.chars,
                "summary_en": result.summary_en,
                "translation_backend": result.translation.backend,
                "translation_status": result.translation.status,
                "translation_missing": json.dumps(result.translation.missing, ensure_ascii=False),
                "pipeline_version": result.pipeline.version,
                "model": result.pipeline.model,
                "model_version": result.pipeline.model_version,
                "sha256": article.sha256,
                "output_sha256": output_sha256,
                "text": article.text,
            }
        ],
        "entities": [],
        "mentions": [],
        "aliases": [],
    }
    for entity in result.entities:
        eid = item_id(aid, entity.id)
        data = entity.model_dump(exclude={"id", "aliases", "mentions"})
        rows["entities"].append(
            {
                "entity_id": eid,
                "article_id": aid,
                "entity_key": entity_key(entity.name, entity.label),
                **data,
            }
        )
        rows["mentions"].extend(
            {"entity_id": eid, "article_id": aid, "mention_no": n, **m.model_dump()}
            for n, m in enumerate(entity.mentions, start=1)
        )
        rows["aliases"].extend(
            {"entity_id": eid, "article_id": aid, "alias": alias}
            for alias in sorted(set(entity.aliases))
        )
    parties = Parties(result.entities)
    for table in ITEM_MODELS:
        rows[table] = []
        for item in getattr(result, table):
            row = {ITEM_KEYS[table]: item_id(aid, item.id), "article_id": aid}
            row.update(item.model_dump(exclude={"id"}))
            for name, column in PARTIES[table].items():
                entity = parties.find(row[name])
                row[column] = item_id(aid, entity.id) if entity else None
            rows[table].append(row)
    return rows


def cluster_inputs(result: ArticleResult) -> list[dict]:
    """The claims of one article as the cluster rule reads them (`pipeline.output.clusters`).

    The same facts the database export joins from its tables: the claim's columns, the article
    date, and the `entity_key` of the claim's source when the source is an entity.
    """
    aid = result.article.id
    day, _ = parse_date(result.article.date)
    parties = Parties(result.entities)
    rows = []
    for claim in result.claims:
        source = parties.find(claim.attributed_to)
        rows.append(
            {
                **claim.model_dump(exclude={"id"}),
                "claim_id": item_id(aid, claim.id),
                "article_id": aid,
                "date": day,
                "source_key": entity_key(source.name, source.label) if source else None,
            }
        )
    return rows
