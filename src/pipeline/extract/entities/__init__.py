"""Entities: spaCy NER corrected by a termbase and named span fixes, then merged across mentions.

Two spaCy components fix `doc.ents` for any model (`add_entity_components` adds them after the NER):

- `termbase_entities` (termbase.py) puts the curated termbase and the place gazetteer into
  `doc.ents`; a termbase name wins every overlap, a gazetteer name relabels or fills gaps.
- `entity_fixes` (components.py) runs the span fixes of `fixes/registry.py` in the order stated
  there: trim titles and determiners ("Woordvoerder Shamir Ceuleers"), drop spans without a capital
  and words for the state ("het Rijk"), type names after a role as persons, by an organisation word
  ("Jeroen Bosch Ziekenhuis"), as a portfolio ("van Werk en Inkomen") or by a suffix
  ("Spreidingswet"), add names the model missed (bracketed acronyms, titled and untitled personal
  names, descriptor-named organisations, neighbours), join acronyms with branches ("LTO Noord"),
  extend cut names ("Femke" + "van der Laan").

`extract_entities` (extraction.py) then collects mentions (mentions.py, after the mention fixes:
repeats, surname particles), reads each person's role and affiliation from the context
(affiliation.py), merges mentions (merging.py: same form or term, surname, acronym ↔ expansion in
acronyms.py, genitive, a typo or an acronym's other spelling in variants.py, a quoted nickname beside
a person's name in epithets.py), labels (labelling.py) and names (naming.py) each group, and drops groups
whose every capital proves nothing.

Layout: words.py (entity_words.yaml, name shapes, span provenance), roles.py (role phrases),
names.py (token-level name predicates), fixes/ (context.py: `FixContext`, `Candidate` and the
shapes of a fix; registry.py: the order; one module per fix; filters.py: the drop rules).

How to add a span fix (e.g. a dateline "DEN HAAG (ANP) -" that must not give an ORG "HAAG"):
1. write `fixes/<name>.py` with a docstring naming the construction, a Dutch example and its
   negative twin, and the data-file section holding its words; the function takes the
   `FixContext` and either one `Candidate` (a repair of one model entity: return the repaired
   candidate or None to drop it), or a `Candidate` returning a typed `Span` or None (a typing rule),
   or the Doc's whole span list returning the new list (a Doc fix: finders, joins, splits);
2. add one line `Fix("<name>", <module>.<function>)` at its place in the matching table of
   `fixes/registry.py`: `MODEL_ENTITY_REPAIRS`, `ENTITY_TYPES` (first match wins) or `DOC_FIXES`
   (`MENTION_FIXES` for mentions at extraction time, leaving `doc.ents` alone);
3. add its words as a section of data/entity_words.yaml (a field of `EntityWords`), and
   table-driven positive and negative rows to tests/test_entities.py.
A per-Doc fact that several fixes read (quote spans, headline lines) becomes a field of
`FixContext`, computed once in `FixContext.of`; fixes keep no state of their own.
tests/test_entity_fixes.py fails when a fix module is not registered.
"""

from pipeline.extract.entities.components import (
    EntityFixes,
    add_entity_components,
    make_entity_fixes,
    make_termbase_entities,
)
from pipeline.extract.entities.extraction import extract_entities
from pipeline.extract.entities.termbase import TermbaseEntities

__all__ = [
    "EntityFixes",
    "TermbaseEntities",
    "add_entity_components",
    "extract_entities",
    "make_entity_fixes",
    "make_termbase_entities",
]
