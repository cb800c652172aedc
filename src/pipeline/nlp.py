"""Loading the Dutch spaCy pipeline and adding our components to it.

The user's model is `nl_core_news_sm`; where it cannot be installed, the stand-in `nl_news_sm` (same
spaCy API, CoNLL labels) is used. Everything model-specific stops here: extractors see our label set
(see `pipeline.labels`) and sentence boundaries that respect paragraphs and headlines.
"""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.text import sentences  # registers the sentence components `configure` adds

DEFAULT_MODELS = ("nl_core_news_sm", "nl_news_sm")
MODEL_ENV = "PIPELINE_MODEL"


class ModelNotFoundError(RuntimeError):
    """No Dutch spaCy model could be loaded; the message says how to install one."""


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
    """Add the components our extractors need to a loaded model (idempotent): the sentence
    components before the parser and the termbase and entity fixes after the NER."""
    from pipeline.extract.entities import add_entity_components

    add_sentence_components(nlp)
    add_entity_components(nlp)
    return nlp


def add_sentence_components(nlp: Language) -> None:
    """Add `newline_sentences` and `long_sentences` before the parser (idempotent)."""
    before = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    for component in sentences.COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, **before)


def model_id(nlp: Language) -> tuple[str, str]:
    """(package name, version) of a loaded model, as recorded in the output."""
    return f"{nlp.meta.get('lang', 'nl')}_{nlp.meta.get('name', 'unknown')}", nlp.meta.get(
        "version", "0"
    )
