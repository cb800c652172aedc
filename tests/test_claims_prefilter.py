"""Guard for the scanner's pre-filter: skipping words a unit's `may_start` rejects must change nothing.

Each reader, form and opener of `numbers.registry` says which words it may begin with, and the scan
tries a form only there, for speed; a `may_start` that misses a word its unit can begin with would
silently lose claims; likewise a form that says it never begins at digits (`Form.digits`). With
every `may_start` admitting every word and every form tried at digits the scanner tries every form
at every word, and the claims must be exactly the same.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

from pipeline.extract.numbers import registry, shapes
from tests.conftest import ROOT, corpus_articles

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import article_text

from pipeline.ingest import make_article


def _admitting_every_word(rules: registry.Registry) -> registry.Registry:
    def every(low: str) -> bool:
        return True

    return replace(
        rules,
        readers=tuple(replace(reader, may_start=every, digits=True) for reader in rules.readers),
        opening=tuple(replace(form, may_start=every, digits=True) for form in rules.opening),
        forms=tuple(replace(form, may_start=every, digits=True) for form in rules.forms),
        openers=(every,),
    )


def _claims(analyzer, articles):
    return [analyzer(article).claims for article in articles]


@pytest.mark.parametrize("source", ["corpus", "generated"])
def test_prefilter_loses_no_claim(analyzer, monkeypatch, source):
    if source == "corpus":
        articles = corpus_articles()
    else:
        articles = [make_article(f"g{i}", "generated", article_text(i)) for i in range(40)]
    filtered = _claims(analyzer, articles)
    monkeypatch.setattr(registry, "REGISTRY", _admitting_every_word(registry.REGISTRY))
    unfiltered = _claims(analyzer, articles)
    assert filtered == unfiltered
    assert sum(len(c) for c in filtered) > len(articles), "the check needs claims to compare"


def test_shape_pre_check_loses_no_claim(analyzer, monkeypatch):
    """`shapes.may_hold_shape` rules out the non-claim shapes of most sentences at once: with it
    admitting every sentence, the claims are the same."""
    articles = corpus_articles()
    checked = _claims(analyzer, articles)
    monkeypatch.setattr(shapes, "may_hold_shape", lambda text: True)
    unchecked = _claims(analyzer, articles)
    assert checked == unchecked
