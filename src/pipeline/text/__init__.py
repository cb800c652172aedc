"""The shared text layer every extractor stands on.

- `view`: `DocView`, a parsed Doc's token columns and char↔token maps, built once per Doc.
- `datafiles`: the one typed loader for the package data files (`src/pipeline/data/`).
"""
