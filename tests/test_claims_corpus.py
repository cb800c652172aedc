"""Every corpus article gives the claims a careful reader lists (tests/expected/claims/<id>.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import corpus_articles

EXPECTED = Path(__file__).parent / "expected" / "claims"
ARTICLES = corpus_articles() if (Path(__file__).parents[1] / "corpus").exists() else []


@pytest.mark.parametrize("article", ARTICLES, ids=[a.id for a in ARTICLES])
def test_corpus_claims(analyzer, article) -> None:
    path = EXPECTED / f"{article.id}.json"
    if not path.exists():
        pytest.fail(f"no expected claims for {article.id}: write {path}")
    want = json.loads(path.read_text(encoding="utf-8"))
    result = analyzer(article)
    got = [
        {
            "text": c.text,
            "value": c.value,
            "value_max": c.value_max,
            "unit": c.unit,
            "hedge": c.hedge,
        }
        for c in result.claims
    ]
    for c in result.claims:
        assert article.text[c.start : c.end] == c.text
    assert got == want, article.id
