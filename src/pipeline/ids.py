"""Unique article ids within one run: every record gets its own output file.

Ids come from file stems and record ids made safe as file names (`pipeline.ingest.safe_id`), so
different inputs can end up with one id: a record id given twice, `a/b` and `a_b`, `café` and
`cafe`, `.` and `..`, ids that differ only after their 120th character, `a/bericht.txt` and
`b/bericht.txt`, or `Bericht` and `bericht` on a case-insensitive file system. The first article
with an id (in input order) keeps it; every later one gets `-` and eight hex digits of the SHA-256
of its source (path, with line number for a record). The suffix depends only on where the article
comes from, so a re-run assigns the same ids and finds its outputs up to date.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

SUFFIX_HEX = 8


def suffixed(article_id: str, source: str, attempt: int = 0) -> str:
    """`article_id` plus a short stable hash of `source` (and of `attempt`, when that is taken too)."""
    key = source if attempt == 0 else f"{source}\0{attempt}"
    return f"{article_id}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:SUFFIX_HEX]}"


@dataclass
class IdRegistry:
    """The ids taken so far in a run, compared case-insensitively; collisions are recorded."""

    renamed: list[dict] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)

    def claim(self, article_id: str, source: str) -> str:
        """A unique id for the article `article_id` read from `source`; the same input gives the same id."""
        unique, attempt = article_id, 0
        while unique.lower() in self.taken:
            unique = suffixed(article_id, source, attempt)
            attempt += 1
        self.taken.add(unique.lower())
        if unique != article_id:
            self.renamed.append({"source": source, "requested": article_id, "id": unique})
        return unique
