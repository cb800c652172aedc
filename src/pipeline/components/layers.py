"""The four extraction layers as spaCy components, and `nl_news`, which adds them all.

Each layer component calls the same pure function the batch path calls (`extract_entities`,
`extract_quotes`, `extract_claims`, `extract_demands`) and puts the result on its Doc extension.
State between them is passed explicitly on the Doc: the results of earlier layers
(`doc._.news_entities`, `doc._.quotes`) and the one shared `DocView` (`doc._.news_view`, built by
the first layer that runs, see `extensions.shared_view`). A layer whose inputs are missing raises
an error naming the components to add, instead of giving results without speakers or sources.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.extensions import (
    EXTENSIONS,
    register_extensions,
    release_view,
    shared_view,
)
from pipeline.components.termbase import TermbaseSnapshot
from pipeline.extract.claims import extract_claims
from pipeline.extract.demands import extract_demands
from pipeline.extract.entities import add_entity_components, extract_entities
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.resolve import EntityIndex
from pipeline.nlp import add_sentence_components
from pipeline.schema import Claim, Demand, Entity, Quote
from pipeline.text.view import DocView

# The layers in the order they must run: each reads the results of the ones before it.
LAYERS = ("nl_news_entities", "nl_news_quotes", "nl_news_claims", "nl_news_demands")
NEWS = "nl_news"
FACTORIES = (*LAYERS, NEWS)  # what the batch path leaves out: it calls the pure functions itself
# `nl_news` with spans=true: the `doc.spans` key each layer writes.
SPANS_KEYS = dict(zip(LAYERS, ("news_entities", "quotes", "claims", "demands"), strict=True))

Extract = Callable[[Doc, DocView], list[Any]]
SpanLabel = Callable[[Any], str]


class Layer:
    """One extraction layer on `doc._.<extension>`; with `spans_key`, also as spans in
    `doc.spans[spans_key]` (label as `span_label` says, span id the item's id), which
    displaCy shows and `DocBin` stores."""

    def __init__(
        self,
        name: str,
        extension: str,
        extract: Extract,
        span_label: SpanLabel,
        spans_key: str | None = None,
        needs: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.name = name
        self.extension = extension
        self.extract = extract
        self.span_label = span_label
        self.spans_key = spans_key
        self.needs = needs  # (extension, component that fills it)

    def __call__(self, doc: Doc) -> Doc:
        missing = [component for extension, component in self.needs if doc._.get(extension) is None]
        if missing:
            raise ValueError(
                f"{self.name} needs the results of {', '.join(missing)}: add those components "
                f"before it, or add the whole pipeline with nlp.add_pipe({NEWS!r})"
            )
        results = self.extract(doc, shared_view(doc))
        doc._.set(self.extension, results)
        if self.spans_key is not None:
            doc.spans[self.spans_key] = list(self._spans(doc, results))
        return doc

    def _spans(self, doc: Doc, results: list[Any]) -> Iterable[Span]:
        for item in results:
            for start, end in _offsets(item):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    yield Span(doc, span.start, span.end, self.span_label(item), span_id=item.id)


def _offsets(item: Entity | Quote | Claim | Demand) -> list[tuple[int, int]]:
    if isinstance(item, Entity):
        return [(m.start, m.end) for m in item.mentions]
    return [(item.start, item.end)]


class EntitiesLayer(Layer):
    """`nl_news_entities`, which also saves the termbase with the pipeline (see `termbase`)."""

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        TermbaseSnapshot.installed().to_disk(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntitiesLayer:
        TermbaseSnapshot.from_disk(Path(path)).warn_if_not_installed()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly

        return srsly.msgpack_dumps(TermbaseSnapshot.installed().to_dict())

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> EntitiesLayer:
        import srsly

        TermbaseSnapshot(srsly.msgpack_loads(data)).warn_if_not_installed()
        return self


def _index(doc: Doc) -> EntityIndex:
    return EntityIndex(doc._.get(EXTENSIONS.entities))


def _quotes(doc: Doc, view: DocView) -> list[Quote]:
    return extract_quotes(doc, _index(doc), view)


def _claims(doc: Doc, view: DocView) -> list[Claim]:
    return extract_claims(doc, _index(doc), doc._.get(EXTENSIONS.quotes), view)


def _demands(doc: Doc, view: DocView) -> list[Demand]:
    return extract_demands(doc, _index(doc), doc._.get(EXTENSIONS.quotes), view)


def _quote_label(quote: Quote) -> str:
    return "QUOTE"


_NEEDS_ENTITIES = ((EXTENSIONS.entities, "nl_news_entities"),)
_NEEDS_QUOTES = (*_NEEDS_ENTITIES, (EXTENSIONS.quotes, "nl_news_quotes"))
_DEFAULT = {"spans_key": None}


@Language.factory(
    "nl_news_entities", default_config=_DEFAULT, assigns=[f"doc._.{EXTENSIONS.entities}"]
)
def make_entities(nlp: Language, name: str, spans_key: str | None) -> EntitiesLayer:
    """Merged entities (`Entity`) on `doc._.news_entities`; spans labelled PERSON, ORG, …"""
    register_extensions()
    return EntitiesLayer(
        name, EXTENSIONS.entities, extract_entities, attrgetter("label"), spans_key=spans_key
    )


@Language.factory(
    "nl_news_quotes",
    default_config=_DEFAULT,
    requires=[f"doc._.{EXTENSIONS.entities}"],
    assigns=[f"doc._.{EXTENSIONS.quotes}"],
)
def make_quotes(nlp: Language, name: str, spans_key: str | None) -> Layer:
    """Quotes with speakers (`Quote`) on `doc._.quotes`; spans labelled QUOTE."""
    register_extensions()
    return Layer(name, EXTENSIONS.quotes, _quotes, _quote_label, spans_key, needs=_NEEDS_ENTITIES)


@Language.factory(
    "nl_news_claims",
    default_config=_DEFAULT,
    requires=[f"doc._.{EXTENSIONS.entities}", f"doc._.{EXTENSIONS.quotes}"],
    assigns=[f"doc._.{EXTENSIONS.claims}"],
)
def make_claims(nlp: Language, name: str, spans_key: str | None) -> Layer:
    """Numeric claims (`Claim`) on `doc._.claims`; spans labelled with the unit."""
    register_extensions()
    return Layer(name, EXTENSIONS.claims, _claims, attrgetter("unit"), spans_key, _NEEDS_QUOTES)


@Language.factory(
    "nl_news_demands",
    default_config=_DEFAULT,
    requires=[f"doc._.{EXTENSIONS.entities}", f"doc._.{EXTENSIONS.quotes}"],
    assigns=[f"doc._.{EXTENSIONS.demands}"],
)
def make_demands(nlp: Language, name: str, spans_key: str | None) -> Layer:
    """Demands (`Demand`) on `doc._.demands`; spans labelled with the modality."""
    register_extensions()
    return Layer(
        name, EXTENSIONS.demands, _demands, attrgetter("modality"), spans_key, _NEEDS_QUOTES
    )


def release(doc: Doc) -> Doc:
    """The `nl_news` component: drop the shared `DocView` once the four layers have run, so a Doc
    the pipeline returns holds its results, not a copy of its token columns."""
    release_view(doc)
    return doc


@Language.factory(
    NEWS,
    default_config={"sentence_components": True, "entity_components": True, "spans": False},
    assigns=[
        f"doc._.{name}"
        for name in (EXTENSIONS.entities, EXTENSIONS.quotes, EXTENSIONS.claims, EXTENSIONS.demands)
    ],
)
def make_news(
    nlp: Language, name: str, sentence_components: bool, entity_components: bool, spans: bool
) -> Callable[[Doc], Doc]:
    """Add everything: the sentence components before the parser, the termbase and entity fixes
    after the NER (what `pipeline run` adds; off only for a pipeline that must keep its own
    sentences or entities), then the four layers at the end, in order; with `spans`, each layer
    also writes `doc.spans` (keys in `SPANS_KEYS`). The component itself, after them, releases
    the shared view. A layer already in the pipeline is kept (so `spacy.load` of a saved
    pipeline, whose config lists them all, adds nothing)."""
    register_extensions()
    if sentence_components:
        add_sentence_components(nlp)
    if entity_components:
        add_entity_components(nlp)
    present = {nlp.get_pipe_meta(pipe).factory for pipe in nlp.pipe_names}
    for layer in LAYERS:
        if layer not in present:
            nlp.add_pipe(layer, config={"spans_key": SPANS_KEYS[layer] if spans else None})
    return release
