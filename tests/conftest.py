"""Shared fixtures: the Dutch model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyzer import Analyzer
from pipeline.ingest import iter_sources, make_article, read_path
from pipeline.schema import Article, ArticleResult

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference" / "ckm_2020-10_chat_met_fier.txt"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The process's cached analyzer, the one `pipeline.analyze()` uses: one model load per session."""
    from pipeline.api import get_analyzer

    return get_analyzer()


@pytest.fixture(scope="session")
def nlp(analyzer):
    return analyzer.nlp


@pytest.fixture(scope="session")
def analyze_text(analyzer):
    """Analyse a Dutch text given inline in a test: `analyze_text("...") -> ArticleResult`."""

    def run(text: str, title: str | None = None) -> ArticleResult:
        return analyzer(make_article("test", "test", text, title=title))

    return run


@pytest.fixture(scope="session")
def reference_article() -> Article:
    if not REFERENCE.exists():
        pytest.skip(f"reference article not found at {REFERENCE}")
    [article] = read_path(REFERENCE)
    return article


@pytest.fixture(scope="session")
def reference_result(analyzer, reference_article) -> ArticleResult:
    return analyzer(reference_article)


def corpus_articles() -> list[Article]:
    """Every article in `corpus/`, read the way `pipeline run` reads them."""
    articles = [item for path in iter_sources([CORPUS]) for item in read_path(path)]
    errors = [item for item in articles if not isinstance(item, Article)]
    assert not errors, f"corpus articles that do not ingest: {errors}"
    return articles
