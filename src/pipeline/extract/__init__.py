"""Extractors: pure functions over a spaCy `Doc` that return schema objects (no I/O)."""
