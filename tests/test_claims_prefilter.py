"""Guard for the scanner's pre-filter: skipping words `_may_start` rejects must change nothing.

`numbers._may_start` repeats the ways a quantity can begin, for speed; a new grammar branch that is
not added there would silently lose claims. With the filter switched off the scanner tries every word,
and the claims must be exactly the same.
"""

from __future__ import annotations

import sys

import pytest

from pipeline.extract import numbers
from tests.conftest import ROOT, corpus_articles

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import article_text

from pipeline.ingest import make_article


def _claims(analyzer, articles):
    return [analyzer(article).claims for article in articles]


@pytest.mark.parametrize("source", ["corpus", "generated"])
def test_prefilter_loses_no_claim(analyzer, monkeypatch, source):
    if source == "corpus":
        articles = corpus_articles()
    else:
        articles = [make_article(f"g{i}", "generated", article_text(i)) for i in range(40)]
    filtered = _claims(analyzer, articles)
    monkeypatch.setattr(numbers, "_may_start", lambda low: True)
    unfiltered = _claims(analyzer, articles)
    assert filtered == unfiltered
    assert sum(len(c) for c in filtered) > len(articles), "the check needs claims to compare"
