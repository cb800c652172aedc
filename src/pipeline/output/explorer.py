"""Cross-article explorer pages of the HTML report: every claim, quote and demand of the batch.

`claims.html`, `quotes.html` and `demands.html` list the items of all articles in one table each,
filterable by text, entity, date and (claims) unit, measure, value range and shared figures. Each claim
shows the other articles that state the same figure ("also reported by …"), from the claim
clusters of `pipeline.output.clusters` — the same rule the database export uses.

Rows are rendered by the template (Jinja2 autoescapes every value, as on the other pages); what
the script filters on travels in `data-*` attributes, never as markup.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date

from pipeline.output.catalog import PARTIES
from pipeline.output.clusters import cluster
from pipeline.output.rows import Parties, cluster_inputs, entity_key, parse_date
from pipeline.schema import ArticleResult, Claim, Demand, Entity, Quote

KIND_TABLES = {"claim": "claims", "quote": "quotes", "demand": "demands"}
PAGES = {kind: f"{table}.html" for kind, table in KIND_TABLES.items()}


@dataclass
class ItemRow:
    """One claim, quote or demand as the explorer lists it."""

    kind: str
    article_id: str
    item_id: str
    href: str
    title: str
    date: Date | None
    item: Claim | Quote | Demand
    parties: dict[str, tuple[str | None, str | None]]  # field → (name as written, entity key)
    entities: list[str]  # keys of the entities the item names or mentions
    search: str
    cluster_id: str | None = None
    also: list[dict] = field(default_factory=list)

    @property
    def entity_keys(self) -> str:
        return "|".join(self.entities)


def _mentioned(entities: list[Entity], start: int, end: int) -> list[Entity]:
    """Entities with a mention inside [start, end)."""
    return [e for e in entities if any(start <= m.start and m.end <= end for m in e.mentions)]


class Explorer:
    """Collects the items of the batch while the report streams the articles, then renders."""

    def __init__(self) -> None:
        self.rows: dict[str, list[ItemRow]] = {kind: [] for kind in KIND_TABLES}
        self.names: dict[str, str] = {}  # entity key → display name
        self.claim_facts: list[dict] = []
        self.claim_rows: list[ItemRow] = []

    def add(self, result: ArticleResult, page: str) -> None:
        article = result.article
        title = article.title or article.id
        day, _ = parse_date(article.date)
        parties = Parties(result.entities)
        for entity in result.entities:
            self.names.setdefault(
                entity_key(entity.name, entity.label), f"{entity.name} ({entity.label})"
            )
        for kind, table in KIND_TABLES.items():
            for item in getattr(result, table):
                named = {}
                for name in PARTIES[table]:
                    written = getattr(item, name)
                    entity = parties.find(written)
                    named[name] = (
                        written,
                        entity_key(entity.name, entity.label) if entity else None,
                    )
                start, end = (
                    (item.sentence_start, item.sentence_end)
                    if isinstance(item, Claim)
                    else (item.start, item.end)
                )
                keys = [key for _, key in named.values() if key]
                keys += [
                    entity_key(e.name, e.label) for e in _mentioned(result.entities, start, end)
                ]
                row = ItemRow(
                    kind=kind,
                    article_id=article.id,
                    item_id=item.id,
                    href=f"{page}#{kind}-{item.id}",
                    title=title,
                    date=day,
                    item=item,
                    parties=named,
                    entities=list(dict.fromkeys(keys)),
                    search=_search_text(item, title, named),
                )
                self.rows[kind].append(row)
        self.claim_facts.extend(cluster_inputs(result))
        self.claim_rows.extend(self.rows["claim"][-len(result.claims) :] if result.claims else [])

    def link_clusters(self) -> int:
        """Give each claim its cluster and the other articles in it; return shared clusters."""
        shared = 0
        for found in cluster(self.claim_facts):
            members = [self.claim_rows[i] for i in found.members]
            articles = {row.article_id for row in members}
            for row in members:
                row.cluster_id = found.cluster_id
            if len(articles) < 2:
                continue
            shared += 1
            for row in members:
                seen = {row.article_id}
                for other in members:
                    if other.article_id not in seen:
                        seen.add(other.article_id)
                        row.also.append(
                            {
                                "title": other.title,
                                "date": other.date,
                                "href": other.href,
                                "text": other.item.text,
                            }
                        )
        return shared

    def entity_options(self, kind: str) -> list[tuple[str, str, int]]:
        """(key, name, items) of every entity the items of `kind` refer to, most frequent first."""
        counts = Counter(key for row in self.rows[kind] for key in row.entities)
        return sorted(
            ((key, self.names.get(key, key), n) for key, n in counts.items()),
            key=lambda option: (-option[2], option[1].casefold()),
        )

    def units(self) -> list[str]:
        return sorted({row.item.unit for row in self.rows["claim"]})  # type: ignore[union-attr]

    def measures(self) -> list[tuple[str, str]]:
        """(value, label) of the measure filter: every measure of the claims ("duration"), then each
        of its measure units ("duration/weeks"), so a reader picks all durations or only weeks."""
        keys = {measure_key(row.item) for row in self.rows["claim"]}  # type: ignore[arg-type]
        keys |= {key.split("/")[0] for key in keys}
        keys.discard("")
        return [(key, key.replace("/", " · ").replace("_", " ")) for key in sorted(keys)]


def measure_key(claim: Claim) -> str:
    """A claim's measure as the explorer filters it: "duration/weeks", "percentage", or ""."""
    return "/".join(part for part in (claim.measure, claim.measure_unit) if part)


def _search_text(item: Claim | Quote | Demand, title: str, parties: dict) -> str:
    """What the text filter looks in: the item's Dutch and English text, parties, the title."""
    parts = [item.text, title, *(written or "" for written, _ in parties.values())]
    if isinstance(item, Claim):
        parts += [item.sentence, item.sentence_en, item.subject, item.subject_en, item.value_en]
    elif isinstance(item, Quote):
        parts += [item.text_en, item.speaker_role]
    else:
        parts += [item.text_en, item.action, item.action_en]
    return " ".join(p for p in parts if p).casefold()
