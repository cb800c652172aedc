"""The typed data-file loader: every package data file matches its class, and mismatches fail loudly."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

import pytest

from pipeline.text import datafiles
from pipeline.text.datafiles import DataFileError, quote_words, sections, table

FILE_CLASSES = [
    cls
    for cls in vars(datafiles).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and hasattr(cls, "FILE")
]


def test_every_data_file_has_a_class():
    from importlib.resources import files

    on_disk = {
        p.name for p in files("pipeline.data").iterdir() if p.name.endswith((".csv", ".yaml"))
    }
    assert {cls.FILE for cls in FILE_CLASSES} == on_disk


@pytest.mark.parametrize("cls", FILE_CLASSES, ids=lambda c: c.FILE)
def test_every_data_file_loads(cls):
    loaded = table(cls) if cls.FILE.endswith(".csv") else sections(cls)
    assert loaded, f"{cls.FILE} loaded empty"


def test_quote_words_are_grouped_by_kind():
    words = quote_words()
    assert words.speaker_noun["woordvoerster"] == "f"
    assert words.given_name["jan"] == "m"  # lower-cased for case-insensitive lookup


@dataclass(frozen=True)
class _Sections:
    FILE: ClassVar[str] = "fake.yaml"
    words: frozenset[str]
    pairs: dict[str, tuple[float, str]]
    particle: str | None
    ordered: tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    FILE: ClassVar[str] = "fake.csv"
    word: str
    flag: bool
    forms: tuple[str, ...]


@pytest.fixture
def fake_file(monkeypatch):
    """Serve `text` as the content of any data file the loader reads."""

    def serve(text: str) -> None:
        monkeypatch.setattr(datafiles, "_read", lambda name: text)
        sections.cache_clear()
        table.cache_clear()

    yield serve
    sections.cache_clear()
    table.cache_clear()


def test_sections_convert_by_field_type(fake_file):
    fake_file("words: [b, a, 112]\npairs: {x: [2, doubled]}\nparticle: null\nordered: [z, a]\n")
    loaded = sections(_Sections)
    assert loaded.words == frozenset({"a", "b", "112"})
    assert loaded.pairs == {"x": (2.0, "doubled")}
    assert loaded.particle is None
    assert loaded.ordered == ("z", "a")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("words: [a]\npairs: {}\nparticle: op\n", "lacks ['ordered']"),
        ("words: [a]\npairs: {}\nparticle: op\nordered: []\nextra: [b]\n", "declare ['extra']"),
        ("words: [Aldus]\npairs: {}\nparticle: op\nordered: []\n", "lower-case"),
        ("words: a\npairs: {}\nparticle: op\nordered: []\n", "a list expected"),
        ("words: []\npairs: {x: [2]}\nparticle: op\nordered: []\n", "2 items expected"),
        ("words: []\npairs: {x: [two, doubled]}\nparticle: op\nordered: []\n", "number expected"),
    ],
)
def test_sections_mismatch_fails_at_load(fake_file, text, message):
    fake_file(text)
    with pytest.raises(DataFileError, match=message.replace("[", r"\[").replace("]", r"\]")):
        sections(_Sections)


def test_table_converts_cells(fake_file):
    fake_file("# a comment\nword,flag,forms\nzegt,1,a|b\nmeldt,,\n")
    assert table(_Row) == (_Row("zegt", True, ("a", "b")), _Row("meldt", False, ()))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("word,forms,flag\nzegt,a,1\n", "declares"),
        ("word,flag,forms\nzegt,1\n", "has 2 cells"),
        ("word,flag,forms\nzegt,maybe,a\n", "not 1/yes"),
    ],
)
def test_table_mismatch_fails_at_load(fake_file, text, message):
    fake_file(text)
    with pytest.raises(DataFileError, match=message):
        table(_Row)
