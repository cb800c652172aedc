"""Ingest: files and records in, `Article`s out (the only place that reads input files)."""

from pipeline.ingest.article import make_article, safe_id
from pipeline.ingest.readers import IngestError, TemporarilyUnavailable, iter_sources, read_path

__all__ = [
    "IngestError",
    "TemporarilyUnavailable",
    "iter_sources",
    "make_article",
    "read_path",
    "safe_id",
]
