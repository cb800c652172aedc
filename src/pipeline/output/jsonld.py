"""schema.org `Claim` JSON-LD, one claim per line, for fact-checking tools.

Mapping (https://schema.org/Claim): `text` is the claim's sentence in Dutch and, where translated,
English (JSON-LD language-tagged values); `author` is `attributed_to` (a Person when it is a PERSON
entity of the article, else an Organization, the only other type `author` admits);
`datePublished` is the article date; `appearance` is the article, identified by its source.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.output.json_files import iter_results
from pipeline.output.rows import item_id
from pipeline.schema import ArticleResult, Claim

JSONLD_FILE = "claims.jsonld"
CONTEXT = "https://schema.org"


def _without_none(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


def _author(name: str | None, result: ArticleResult) -> dict | None:
    if not name:
        return None
    persons = {e.name for e in result.entities if e.label == "PERSON"}
    return {"@type": "Person" if name in persons else "Organization", "name": name}


def claim_jsonld(result: ArticleResult, claim: Claim) -> dict:
    """One claim of `result` as a schema.org `Claim` object."""
    article = result.article
    text = [{"@language": "nl", "@value": claim.sentence}]
    if claim.sentence_en:
        text.append({"@language": "en", "@value": claim.sentence_en})
    appearance = _without_none(
        {
            "@type": "NewsArticle",
            "identifier": article.source,
            "headline": article.title,
            "datePublished": article.date,
            "inLanguage": article.language,
        }
    )
    return _without_none(
        {
            "@context": CONTEXT,
            "@type": "Claim",
            "identifier": item_id(article.id, claim.id),  # the claims table's key
            "text": text,
            "author": _author(claim.attributed_to, result),
            "datePublished": article.date,
            "appearance": appearance,
        }
    )


def iter_claim_lines(out_dir: Path, problems: list[str]) -> Iterator[str]:
    """Every claim in the article files of `out_dir`, as JSON-LD lines; unreadable files go to
    `problems`."""
    for _path, result in iter_results(out_dir, problems):
        for claim in result.claims:
            yield json.dumps(claim_jsonld(result, claim), ensure_ascii=False)
