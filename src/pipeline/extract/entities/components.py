"""The spaCy components of the entity layer, registered under their factory names.

- `termbase_entities` (`TermbaseEntities`, termbase.py): curated names and places into `doc.ents`;
- `entity_fixes` (`EntityFixes`): model-independent repairs of `doc.ents`, the fixes of
  `fixes.registry.DOC_FIXES` in order.

`add_entity_components` adds both after the model's NER; `pipeline.nlp.configure` calls it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.registry import DOC_FIXES
from pipeline.extract.entities.termbase import TermbaseEntities


class EntityFixes:
    """Model-independent repairs of `doc.ents`: every fix of `DOC_FIXES`, in its order."""

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.ents)
        ctx = FixContext.of(doc, spans)
        for fix in DOC_FIXES:
            spans = fix.run(ctx, spans)
        doc.set_ents(spans)  # the `doc.ents` setter would copy every Span first (2 Tokens each)
        return doc


@Language.factory("termbase_entities")
def make_termbase_entities(nlp: Language, name: str) -> TermbaseEntities:
    """spaCy factory for `TermbaseEntities`."""
    return TermbaseEntities(nlp)


@Language.factory("entity_fixes")
def make_entity_fixes(nlp: Language, name: str) -> EntityFixes:
    """spaCy factory for `EntityFixes`."""
    return EntityFixes()


def add_entity_components(nlp: Language) -> None:
    """Add the termbase ruler and the entity fixes after the model's NER (idempotent)."""
    after = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    if "termbase_entities" not in nlp.pipe_names:
        nlp.add_pipe("termbase_entities", **after)
    if "entity_fixes" not in nlp.pipe_names:
        nlp.add_pipe("entity_fixes", after="termbase_entities")
