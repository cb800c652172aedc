"""The shared text layer every extractor stands on.

- `datafiles`: the one typed loader for the package data files (`src/pipeline/data/`).
"""
