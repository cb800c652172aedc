"""schema.org `Claim` JSON-LD, one claim per line, for fact-checking tools.

Mapping (https://schema.org/Claim): `text` is the claim's sentence in Dutch and, where translated,
English (JSON-LD language-tagged values); `author` is `attributed_to` (a Person when it is a PERSON
entity of the article, else an Organization, the only other type `author` admits), and absent when
the claim has no source or its source is a document ("rapport", in files written before documents
stopped being sources); `datePublished` is the article date; `appearance` is the article,
identified by its source. The figure itself is `about`: a `MonetaryAmount` for money (`currency`
its ISO 4217 code), else a `QuantitativeValue` whose `unitCode` is the UN/CEFACT code of its
measure unit and `unitText` its English (data/measure_units.csv); a range or a bound ("ruim",
"hooguit") is `minValue`/`maxValue`, `name` the subject, `description` the English value. A
calendar year ("in 2019") is the claim's `temporalCoverage` instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.extract.attribution import document_phrase
from pipeline.output.json_files import iter_results
from pipeline.output.rows import item_id
from pipeline.schema import MEASURE_UNITS, MEASURES, ArticleResult, Claim

JSONLD_FILE = "claims.jsonld"
CONTEXT = "https://schema.org"


def _without_none(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


def _author(name: str | None, result: ArticleResult) -> dict | None:
    """The source as a Person or Organization; none for a phrase that names a document and no
    entity of the article ("rapport"): a document is no author, and an Organization named
    "rapport" would mislead every tool that reads it."""
    entities = {e.name: e.label for e in result.entities}
    if not name or (name not in entities and document_phrase(name)):
        return None
    return {"@type": "Person" if entities.get(name) == "PERSON" else "Organization", "name": name}


_LOWER_BOUNDS = {"more_than", "at_least"}
_UPPER_BOUNDS = {"less_than", "at_most"}


def _figure(claim: Claim) -> dict | None:
    """The claim's value as a schema.org QuantitativeValue or MonetaryAmount (see the module doc)."""
    if claim.value is None or claim.measure == "calendar_year":
        return None
    unit = MEASURE_UNITS.get(claim.measure_unit or "")
    figure: dict = {"@type": "MonetaryAmount" if claim.measure == "money" else "QuantitativeValue"}
    if claim.value_max is not None:
        figure |= {"minValue": claim.value, "maxValue": claim.value_max}
    elif claim.hedge in _LOWER_BOUNDS:
        figure["minValue"] = claim.value
    elif claim.hedge in _UPPER_BOUNDS:
        figure["maxValue"] = claim.value
    else:
        figure["value"] = claim.value
    if claim.measure == "money":
        figure["currency"] = unit.code if unit else None
    else:
        figure["unitCode"] = unit.code if unit and unit.code else None
        figure["unitText"] = (unit.en_plural if unit else None) or _measure_text(claim)
    figure["name"] = claim.subject
    figure["description"] = claim.value_en
    return _without_none(figure)


def _measure_text(claim: Claim) -> str | None:
    measure = MEASURES.get(claim.measure or "")
    if measure is None:
        return None
    if measure.name == "count":
        return claim.unit
    return measure.en_plural or measure.name.replace("_", " ")


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
            "temporalCoverage": _year(claim),
            "about": _figure(claim),
            "appearance": appearance,
        }
    )


def _year(claim: Claim) -> str | None:
    """ISO 8601 year of a calendar-year claim ("in 2019" → "2019")."""
    if claim.measure != "calendar_year" or claim.value is None:
        return None
    return f"{int(claim.value):04d}"


def iter_claim_lines(out_dir: Path, problems: list[str]) -> Iterator[str]:
    """Every claim in the article files of `out_dir`, as JSON-LD lines; unreadable files go to
    `problems`."""
    for _path, result in iter_results(out_dir, problems):
        for claim in result.claims:
            yield json.dumps(claim_jsonld(result, claim), ensure_ascii=False)
