"""The Doc extensions our spaCy components write, registered once, here.

Every name a component writes on `doc._` is listed in `EXTENSIONS` (the way spacy-layout keeps its
attribute names in one place); `register_extensions` registers them all, once per process, and is
called by every factory. The values are the pydantic models of the JSON contract
(`pipeline.schema`), so `doc._.claims` holds exactly the `Claim`s `pipeline run` writes.

`news_view` is not a result: it holds the one `DocView` that our layer components share on a Doc
(see `shared_view`). It is a cache, so it serialises to nothing.

spaCy moves Docs between processes (`nlp.pipe(..., n_process=2)`) and stores them (`DocBin`,
`Doc.to_bytes`) with msgpack, which knows neither pydantic models nor a `DocView`: see `serialize`.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

import srsly
from spacy.tokens import Doc

from pipeline.components.serialize import msgpack_decoder, msgpack_encoder
from pipeline.text.view import DocView


@dataclass(frozen=True)
class Extensions:
    """The names of our Doc extensions (`doc._.<name>`)."""

    entities: str = "news_entities"
    quotes: str = "quotes"
    claims: str = "claims"
    demands: str = "demands"
    view: str = "news_view"


EXTENSIONS = Extensions()


class ExtensionClashError(ValueError):
    """Another library registered one of our extension names in its own way."""


def register_extensions() -> None:
    """Register every name of `EXTENSIONS` on `Doc` (default None), once: a second call finds
    them registered and leaves them (and any value already set) alone. A name registered
    differently (a getter, a method, another default) belongs to another library: that raises
    `ExtensionClashError` rather than mixing its values with ours."""
    for name in astuple(EXTENSIONS):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
        elif Doc.get_extension(name) != (None, None, None, None):
            raise ExtensionClashError(
                f"Doc._.{name} is already registered by another library "
                f"(default, method, getter, setter = {Doc.get_extension(name)}); "
                f"nl_news components need it for their results"
            )
    # Also registered as srsly entry points; this covers a source tree that was not installed.
    srsly.msgpack_encoders.register("nl_news", func=msgpack_encoder)
    srsly.msgpack_decoders.register("nl_news", func=msgpack_decoder)


def shared_view(doc: Doc) -> DocView:
    """The Doc's shared `DocView`: built by the first of our components that runs on `doc` and
    kept in `doc._.news_view` for the later ones, so a Doc's columns are read once.

    A view of another Doc (a `doc.copy()` copies the extension) is replaced. A component placed
    between ours that changes the annotation must set `doc._.news_view = None`.
    """
    view = doc._.get(EXTENSIONS.view)
    if view is None or view.doc is not doc:
        view = DocView.of(doc)
        doc._.set(EXTENSIONS.view, view)
    return view


def release_view(doc: Doc) -> None:
    """Drop the shared view (the `nl_news` component does this after the four layers)."""
    doc._.set(EXTENSIONS.view, None)
