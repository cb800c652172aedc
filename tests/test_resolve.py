"""EntityIndex: the one place names, roles and anaphors resolve to entities."""

from __future__ import annotations

import pytest

from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity, Span


def entity(name: str, label: str, start: int, aliases: list[str] | None = None, role=None):
    return Entity(
        id=name,
        name=name,
        label=label,
        aliases=aliases or [],
        role=role,
        mentions=[Span(start=start, end=start + len(name), text=name)],
    )


INDEX = EntityIndex(
    [
        entity("Woonbond", "ORG", 0),
        entity("Shamir Ceuleers", "PERSON", 40, aliases=["Ceuleers"], role="woordvoerder"),
        entity("Belastingdienst", "ORG", 100),
    ]
)


@pytest.mark.parametrize(
    ("noun", "before", "expected"),
    [
        ("bond", 50, "Woonbond"),
        ("dienst", 150, "Belastingdienst"),
        ("dienst", 50, None),  # not yet named
        ("Woonbond", 50, None),  # the name itself is no anaphor
        ("nd", 150, None),  # too short to be a head noun
    ],
)
def test_by_head_noun(noun, before, expected):
    found = INDEX.by_head_noun(noun, before)
    assert (found.name if found else None) == expected, f"de {noun} before {before}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ceuleers", "Shamir Ceuleers"), ("Ceuleers'", "Shamir Ceuleers"), ("kabinet", "kabinet")],
)
def test_canonical(text, expected):
    assert INDEX.canonical(text) == expected


def test_by_role_and_last_person():
    assert INDEX.by_role("woordvoerder").name == "Shamir Ceuleers"
    assert INDEX.last_before(99).name == "Shamir Ceuleers"
    assert INDEX.last_before(10) is None
