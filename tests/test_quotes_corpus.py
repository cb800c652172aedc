"""Quotes on the sample corpus against hand-checked expectations in `tests/expected/quotes/`.

Each expected quote gives the first words of its text, the speaker's canonical name and the cue (and,
where the annotator gave it, the speaker's role). Besides `corpus/`, the held-out articles in
`tests/fixtures/unseen/` are checked: written after the rules, to measure generalisation, and kept out
of `corpus/` so the other corpus tests are unaffected. Only the entity and quote extractors run (they
are pure over the Doc), so a change in the claim or demand stages cannot fail these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract.entities import extract_entities
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.resolve import EntityIndex
from pipeline.ingest import read_path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "corpus", Path(__file__).parent / "fixtures" / "unseen")
EXPECTED = Path(__file__).parent / "expected" / "quotes"
ARTICLES = {
    article.id: article
    for folder in SOURCES
    for path in sorted(folder.iterdir())
    if not path.name.startswith(".") and path.suffix != ".md"
    for article in read_path(path)
}


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_corpus_quotes(nlp, article_id: str) -> None:
    expected = json.loads((EXPECTED / f"{article_id}.json").read_text(encoding="utf-8"))
    article = ARTICLES[article_id]
    doc = nlp(article.text)
    quotes = extract_quotes(doc, EntityIndex(extract_entities(doc)))
    got = [(" ".join(q.text.split()[:6]), q.speaker, q.cue) for q in quotes]
    want = [(row["text_start"], row["speaker"], row["cue"]) for row in expected]
    assert got == want, f"{article_id}: quotes differ\n got  {got}\n want {want}"
    for quote, row in zip(quotes, expected, strict=True):
        assert article.text[quote.start : quote.end] == quote.text
        if "speaker_role" in row:
            assert quote.speaker_role == row["speaker_role"], f"{article_id}: {row}"
