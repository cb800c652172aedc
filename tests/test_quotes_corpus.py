"""Quotes on the sample corpus against hand-checked expectations in `tests/expected/quotes/`.

Each expected quote gives the first words of its text, the speaker's canonical name and the cue.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import read_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXPECTED = Path(__file__).parent / "expected" / "quotes"
ARTICLES = {
    article.id: article
    for path in sorted(CORPUS.iterdir())
    if not path.name.startswith(".") and path.suffix != ".md"
    for article in read_path(path)
}


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_corpus_quotes(analyzer, article_id: str) -> None:
    expected = json.loads((EXPECTED / f"{article_id}.json").read_text(encoding="utf-8"))
    result = analyzer(ARTICLES[article_id])
    got = [(" ".join(q.text.split()[:6]), q.speaker, q.cue) for q in result.quotes]
    want = [(row["text_start"], row["speaker"], row["cue"]) for row in expected]
    assert got == want, f"{article_id}: quotes differ\n got  {got}\n want {want}"
    for quote in result.quotes:
        assert result.article.text[quote.start : quote.end] == quote.text
