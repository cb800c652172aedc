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
from dataclasses import dataclass
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

NEWS = "nl_news"
Extract = Callable[[Doc, DocView], list[Any]]
SpanLabel = Callable[[Any], str]


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


@dataclass(frozen=True)
class LayerSpec:
    """One layer component: its factory name, the extension it fills, the function it calls, the
    label of its spans, the key `nl_news` (spans=true) gives them, and the layers it reads."""

    name: str
    extension: str
    extract: Extract
    span_label: SpanLabel
    spans_key: str
    needs: tuple[str, ...] = ()


# The registry: the layers in the order they must run, each after the layers it reads.
LAYER_SPECS = (
    LayerSpec("nl_news_entities", EXTENSIONS.entities, extract_entities, attrgetter("label"),
              "news_entities"),
    LayerSpec("nl_news_quotes", EXTENSIONS.quotes, _quotes, _quote_label, "quotes",
              needs=("nl_news_entities",)),
    LayerSpec("nl_news_claims", EXTENSIONS.claims, _claims, attrgetter("unit"), "claims",
              needs=("nl_news_entities", "nl_news_quotes")),
    LayerSpec("nl_news_demands", EXTENSIONS.demands, _demands, attrgetter("modality"), "demands",
              needs=("nl_news_entities", "nl_news_quotes")),
)  # fmt: skip
_BY_NAME = {spec.name: spec for spec in LAYER_SPECS}
LAYERS = tuple(_BY_NAME)
FACTORIES = (*LAYERS, NEWS)  # what the batch path leaves out: it calls the pure functions itself


class Layer:
    """One extraction layer (see `LayerSpec`) on `doc._.<extension>`; with `spans_key`, also as
    spans in `doc.spans[spans_key]` (span id the item's id), which displaCy shows and `DocBin`
    stores."""

    def __init__(self, name: str, spec: LayerSpec, spans_key: str | None = None) -> None:
        self.name = name
        self.spec = spec
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        missing = [n for n in self.spec.needs if doc._.get(_BY_NAME[n].extension) is None]
        if missing:
            raise ValueError(
                f"{self.name} needs the results of {', '.join(missing)}: add those components "
                f"before it, or add the whole pipeline with nlp.add_pipe({NEWS!r})"
            )
        results = self.spec.extract(doc, shared_view(doc))
        doc._.set(self.spec.extension, results)
        if self.spans_key is not None:
            doc.spans[self.spans_key] = list(self._spans(doc, results))
        return doc

    def _spans(self, doc: Doc, results: list[Any]) -> Iterable[Span]:
        for item in results:
            for start, end in _offsets(item):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    label = self.spec.span_label(item)
                    yield Span(doc, span.start, span.end, label, span_id=item.id)


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


def layer_factory(spec: LayerSpec) -> Callable[..., Layer]:
    """The spaCy factory of one layer; its settings (`spans_key`) are its keyword arguments."""

    def make(nlp: Language, name: str, spans_key: str | None) -> Layer:
        register_extensions()
        kind = EntitiesLayer if spec.extension == EXTENSIONS.entities else Layer
        return kind(name, spec, spans_key)

    make.__name__ = make.__qualname__ = f"make_{spec.name}"  # confection names its schema so
    return make


for _spec in LAYER_SPECS:
    Language.factory(
        _spec.name,
        default_config={"spans_key": None},
        requires=[f"doc._.{_BY_NAME[n].extension}" for n in _spec.needs],
        assigns=[f"doc._.{_spec.extension}"],
        func=layer_factory(_spec),
    )


def release(doc: Doc) -> Doc:
    """The `nl_news` component: drop the shared `DocView` once the four layers have run, so a Doc
    the pipeline returns holds its results, not a copy of its token columns."""
    release_view(doc)
    return doc


@Language.factory(
    NEWS,
    default_config={"sentence_components": True, "entity_components": True, "spans": False},
    assigns=[f"doc._.{spec.extension}" for spec in LAYER_SPECS],
)
def make_news(
    nlp: Language, name: str, sentence_components: bool, entity_components: bool, spans: bool
) -> Callable[[Doc], Doc]:
    """Add everything: the sentence components before the parser, the termbase and entity fixes
    after the NER (what `pipeline run` adds; off only for a pipeline that must keep its own
    sentences or entities), then the four layers at the end, in order; with `spans`, each layer
    also writes `doc.spans` (keys in `LAYER_SPECS`). The component itself, after them, releases
    the shared view. A layer already in the pipeline is kept (so `spacy.load` of a saved
    pipeline, whose config lists them all, adds nothing)."""
    register_extensions()
    if sentence_components:
        add_sentence_components(nlp)
    if entity_components:
        add_entity_components(nlp)
    present = {nlp.get_pipe_meta(pipe).factory for pipe in nlp.pipe_names}
    for spec in LAYER_SPECS:
        if spec.name not in present:
            nlp.add_pipe(spec.name, config={"spans_key": spec.spans_key if spans else None})
    return release
