"""Loading the Dutch spaCy pipeline and adding our components to it.

The user's model is `nl_core_news_sm`; where it cannot be installed, the stand-in `nl_news_sm` (same
spaCy API, CoNLL labels) is used. Everything model-specific stops here: extractors see our label set
(see `pipeline.labels`) and sentence boundaries that respect paragraphs and headlines.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODELS = ("nl_core_news_sm", "nl_news_sm")
MODEL_ENV = "PIPELINE_MODEL"
_LINE_BREAKS = re.compile(r"\n+")
_SENTENCE_BREAKS = re.compile(r"[.!?…\n]")
# News sentences stay far below this (the corpus's longest is 34 tokens); see `long_sentences`.
MAX_SENTENCE_TOKENS = 150


class ModelNotFoundError(RuntimeError):
    """No Dutch spaCy model could be loaded; the message says how to install one."""


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Headlines and subheadings ("Resultaten", "Rust de politie met voldoende middelen uit") carry no
    full stop; without this the parser glues them to the next paragraph's first sentence. Line
    breaks are found in the text and mapped to tokens by offset: looping over Token objects would
    cost more than the rest of our components together.
    """
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    for match in _LINE_BREAKS.finditer(text):
        following = bisect_right(starts, match.start())  # the first token after the break
        if following < len(doc):
            doc[following].is_sent_start = True
    return doc


@Language.component("long_sentences")
def long_sentences(doc: Doc) -> Doc:
    """Start a sentence every `MAX_SENTENCE_TOKENS` tokens in a run with no full stop or line break.

    Such a run is a list, a table or text without punctuation, not a sentence; the extractors'
    per-sentence rules cost time quadratic in sentence length, so one 4,000-word run took minutes.
    Breaks are found in the text and mapped to tokens by offset, as in `newline_sentences`.
    """
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    starts = doc.to_array("IDX").tolist()
    breaks = {bisect_right(starts, m.start()) - 1 for m in _SENTENCE_BREAKS.finditer(doc.text)}
    previous = -1  # the last token of the previous run
    for end in [*sorted(breaks), len(doc)]:
        for k in range(previous + 1 + MAX_SENTENCE_TOKENS, end, MAX_SENTENCE_TOKENS):
            doc[k].is_sent_start = True
        previous = end
    return doc


def load_model(name: str | None = None) -> Language:
    """Load `name` (a package name or a path), else `$PIPELINE_MODEL`, else the first default found."""
    requested = name or os.environ.get(MODEL_ENV)
    candidates = [requested] if requested else list(DEFAULT_MODELS)
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(Path(candidate) if Path(candidate).exists() else candidate)
        except OSError as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
            continue
        if nlp.lang != "nl":
            errors.append(f"{candidate}: language is {nlp.lang!r}, not Dutch")
            continue
        return configure(nlp)
    raise ModelNotFoundError(
        "No Dutch spaCy model could be loaded ("
        + "; ".join(errors)
        + "). Install one with `python -m spacy download nl_core_news_sm`, or without internet "
        "`pip install ../shared/models/nl_news_sm-0.1.0-py3-none-any.whl`, or pass --model NAME|PATH."
    )


def configure(nlp: Language) -> Language:
    """Add our components to a freshly loaded model (idempotent)."""
    from pipeline.extract.entities import add_entity_components

    before = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    for component in ("newline_sentences", "long_sentences"):
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, **before)
    add_entity_components(nlp)
    return nlp


def model_id(nlp: Language) -> tuple[str, str]:
    """(package name, version) of a loaded model, as recorded in the output."""
    return f"{nlp.meta.get('lang', 'nl')}_{nlp.meta.get('name', 'unknown')}", nlp.meta.get(
        "version", "0"
    )
