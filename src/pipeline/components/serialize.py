"""msgpack for Docs that carry our results: spaCy moves Docs between processes
(`nlp.pipe(..., n_process=2)`) and stores them (`DocBin`, `Doc.to_bytes`) with srsly's msgpack,
which knows neither our pydantic models nor a `DocView`.

Both functions are srsly entry points, so a process that never imported `pipeline` reads such a
Doc back too. srsly loads them while spaCy itself is being imported, so this module imports
nothing: it recognises our classes through the modules already loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

# Marks a pydantic model in msgpack: {MODEL_KEY: "Claim", "data": {...its JSON form}}.
MODEL_KEY = "__nl_news_model__"
_SCHEMA = "pipeline.schema"
_VIEW = "pipeline.text.view"


def msgpack_encoder(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """Our models as a marked dict of their JSON form; a `DocView` (a cache) as nothing."""
    view = sys.modules.get(_VIEW)
    if view is not None and isinstance(obj, view.DocView):
        return None
    if type(obj).__module__ == _SCHEMA and hasattr(obj, "model_dump"):
        return {MODEL_KEY: type(obj).__name__, "data": obj.model_dump(mode="json")}
    return obj if chain is None else chain(obj)


def msgpack_decoder(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """A dict marked by `msgpack_encoder` back into its model."""
    if isinstance(obj, dict) and MODEL_KEY in obj:
        from importlib import import_module

        return getattr(import_module(_SCHEMA), obj[MODEL_KEY]).model_validate(obj["data"])
    return obj if chain is None else chain(obj)
