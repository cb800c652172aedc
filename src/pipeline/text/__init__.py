"""The shared text layer every extractor stands on.

- `view`: `DocView`, a parsed Doc's token columns and char↔token maps, built once per Doc.
- `sentences`: every notion of sentence and clause (the spaCy sentence components included).
- `quotemarks`: where the quotations of a text begin and end (quote marks paired on characters).
- `grammar`: small Dutch grammar predicates over a DocView token (finite, past, boundary, …).
- `datafiles`: the one typed loader for the package data files (`src/pipeline/data/`), with one
  frozen dataclass per file in `data_schemas` (the entity files' in `entity_schemas`, the demand
  cues' in `demand_schemas`).
"""
