"""The termbase a saved pipeline was built with: written by `nlp.to_disk`, checked on `spacy.load`.

Entities depend on the termbase (`data/termbase.csv`: institutions with their English names) and
the gazetteer (`data/places.csv`) as much as on the model. `nl_news_entities` saves both files in
its folder of the saved pipeline, so the pipeline on disk records exactly what it was made with,
and loading it compares them with the installed ones. The entity components and the extractors
read the termbase of the installed `pipeline` package (`pipeline.labels`); when it differs from
the saved one (another version of `pipeline`), a `TermbaseMismatchWarning` names the entries
added, removed or changed, as spaCy warns when a model was made by another spaCy version.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, fields
from pathlib import Path

from pipeline.text.datafiles import PlaceRow, TermRow, data_text, parse_table

FILES = (TermRow, PlaceRow)  # what the entities component saves, by row class


class TermbaseMismatchWarning(UserWarning):
    """A saved pipeline's termbase or gazetteer differs from the installed one."""


@dataclass(frozen=True)
class TermbaseSnapshot:
    """The text of each termbase file (`termbase.csv`, `places.csv`), by file name."""

    texts: dict[str, str]

    @classmethod
    def installed(cls) -> TermbaseSnapshot:
        return cls({row.FILE: data_text(row) for row in FILES})

    def to_disk(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.texts.items():
            (folder / name).write_text(text, encoding="utf-8")

    @classmethod
    def from_disk(cls, folder: Path) -> TermbaseSnapshot:
        """The files saved in `folder`; FileNotFoundError names a missing one."""
        return cls({row.FILE: (folder / row.FILE).read_text(encoding="utf-8") for row in FILES})

    def to_dict(self) -> dict[str, str]:
        return dict(self.texts)

    def differences(self, other: TermbaseSnapshot) -> list[str]:
        """What `other` has that this snapshot has not, per file, by entry name: "termbase.csv:
        added Kiesraad; removed Rijksdienst X; changed Tweede Kamer". Empty when they agree."""
        found = []
        for row in FILES:
            mine, theirs = self.texts[row.FILE], other.texts[row.FILE]
            if mine == theirs:
                continue
            old, new = _by_name(row, mine), _by_name(row, theirs)
            parts = [
                f"{what} {', '.join(sorted(names))}"
                for what, names in (
                    ("added", new.keys() - old.keys()),
                    ("removed", old.keys() - new.keys()),
                    ("changed", {n for n in old.keys() & new.keys() if old[n] != new[n]}),
                )
                if names
            ]
            found.append(f"{row.FILE}: {'; '.join(parts) or 'comments or order'}")
        return found

    def warn_if_not_installed(self) -> None:
        """Warn (`TermbaseMismatchWarning`) when the installed files differ from these."""
        differences = self.differences(TermbaseSnapshot.installed())
        if differences:
            warnings.warn(
                "this pipeline was saved with another termbase than the installed `pipeline` "
                "package's, which its entity components use; the installed one has: "
                + " | ".join(differences),
                TermbaseMismatchWarning,
                stacklevel=2,
            )


def _by_name(row: type, text: str) -> dict[str, tuple]:
    names = [f.name for f in fields(row)]
    return {entry.name: tuple(getattr(entry, n) for n in names) for entry in parse_table(row, text)}
