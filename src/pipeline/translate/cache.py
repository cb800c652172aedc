"""Persistent translation cache: a re-run over the same articles sends no requests.

Keyed by (engine, source, target, text) where `text` is the masked segment, so the same sentence
in two articles, or in two runs, is paid for once. SQLite in WAL mode tolerates a second process
reading while one writes.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

import platformdirs

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    engine TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    text TEXT NOT NULL, translation TEXT NOT NULL,
    PRIMARY KEY (engine, source, target, text)
)
"""


def default_cache_path() -> Path:
    """`$PIPELINE_CACHE`, else `translations.sqlite` in the per-user cache directory."""
    env = os.environ.get("PIPELINE_CACHE")
    if env:
        return Path(env)
    return platformdirs.user_cache_path("pipeline") / "translations.sqlite"


class Cache:
    """Masked Dutch segment → masked English, per engine and language pair."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get_many(
        self, engine: str, source: str, target: str, texts: Iterable[str]
    ) -> dict[str, str]:
        found: dict[str, str] = {}
        query = (
            "SELECT translation FROM translations"
            " WHERE engine = ? AND source = ? AND target = ? AND text = ?"
        )
        for text in texts:
            row = self._db.execute(query, (engine, source, target, text)).fetchone()
            if row is not None:
                found[text] = row[0]
        return found

    def put_many(self, engine: str, source: str, target: str, pairs: Mapping[str, str]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)",
            [(engine, source, target, text, out) for text, out in pairs.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()
