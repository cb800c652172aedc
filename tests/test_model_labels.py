"""Model independence: an OntoNotes-labelled NER (as in nl_core_news_sm) gives the same entities.

nl_core_news_sm cannot be installed here, so the stand-in model's CoNLL labels are rewritten into
OntoNotes labels right after its NER, the way nl_core_news_sm would label the same spans (PER →
PERSON, LOC → GPE, MISC → NORP, plus numeric CARDINAL/PERCENT spans that must be dropped). Our label
mapping and entity rules must then produce exactly what they produce for the CoNLL labels.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.analyzer import Analyzer
from pipeline.labels import map_label
from pipeline.nlp import load_model

ONTONOTES = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "NORP"}


@Language.component("as_ontonotes_labels")
def as_ontonotes_labels(doc: Doc) -> Doc:
    """Relabel CoNLL spans as OntoNotes and add numeric spans, as nl_core_news_sm would."""
    spans = [Span(doc, e.start, e.end, label=ONTONOTES[e.label_]) for e in doc.ents]
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for token in doc:
        if token.like_num and token.i not in taken:
            percent = token.i + 1 < len(doc) and doc[token.i + 1].text == "%"
            label = "PERCENT" if percent else "CARDINAL"
            spans.append(Span(doc, token.i, token.i + 1, label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.fixture(scope="module")
def ontonotes_analyzer() -> Analyzer:
    nlp = load_model()
    nlp.add_pipe("as_ontonotes_labels", after="ner")
    return Analyzer(nlp=nlp)


@pytest.mark.parametrize(
    ("model_label", "ours"),
    [
        ("PER", "PERSON"),
        ("PERSON", "PERSON"),
        ("ORG", "ORG"),
        ("GPE", "GPE"),
        ("LOC", "LOC"),
        ("NORP", "NORP"),
        ("EVENT", "EVENT"),
        ("LAW", "LAW"),
        ("MISC", "MISC"),
        ("CARDINAL", None),
        ("PERCENT", None),
        ("MONEY", None),
        ("DATE", None),
        ("SOMETHING_NEW", "MISC"),
    ],
)
def test_label_map_covers_both_label_sets(model_label, ours):
    assert map_label(model_label) == ours, f"{model_label} should map to {ours}"


def _people_and_orgs(result):
    return sorted(
        (e.name, e.label, e.role) for e in result.entities if e.label in ("PERSON", "ORG", "GPE")
    )


def test_reference_entities_are_the_same_under_ontonotes_labels(
    ontonotes_analyzer, analyzer, reference_article
):
    assert _people_and_orgs(ontonotes_analyzer(reference_article)) == _people_and_orgs(
        analyzer(reference_article)
    )


def test_corpus_entities_are_the_same_under_ontonotes_labels(ontonotes_analyzer, analyzer):
    from tests.conftest import corpus_articles

    for article in corpus_articles():
        ours, theirs = analyzer(article), ontonotes_analyzer(article)
        assert _people_and_orgs(theirs) == _people_and_orgs(ours), article.id
        assert not any(re.fullmatch(r"[\d.,%]+", e.name) for e in theirs.entities), article.id
