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


@pytest.mark.parametrize(
    ("held", "asked", "found"),
    [
        ("woordvoerder", "woordvoerder", True),
        ("officier van justitie", "officier", True),  # the role in full
        ("politiewoordvoerder", "woordvoerder", True),  # a compound headed by the role
        ("raadslid", "raad", False),  # a word inside another is no match
        ("officier van justitie", "justitie", False),
        ("wethouder", "wethouder van onderwijs", False),
    ],
)
def test_by_role_matches_whole_roles(held, asked, found):
    index = EntityIndex([entity("Anna Smit", "PERSON", 0, role=held)])
    assert (index.by_role(asked) is not None) == found, f"{asked!r} for a {held}"


def test_bodies_depend_on_their_arguments_not_on_call_order():
    text = "Humanitas opent een winkel. ‘Humanitas helpt’, zegt Anna Smit."
    humanitas = entity("Humanitas", "ORG", 0)
    humanitas.mentions.append(Span(start=29, end=38, text="Humanitas"))
    index = EntityIndex([humanitas, entity("Anna Smit", "PERSON", text.index("Anna Smit"))])
    quoted = [(text.index("‘"), text.index("’"))]
    assert [b.starts for b in index.bodies(text, quoted)] == [[0]]
    assert [b.starts for b in index.bodies(text, [])] == [[0, 29]]  # not the first call's answer


# Termbase bodies (their kind comes from data/termbase.csv) and one organisation outside it.
GENERIC = EntityIndex(
    [
        entity("Vluchtelingenwerk Nederland", "ORG", 0),
        entity("Justitie en Veiligheid", "ORG", 60),
        entity("Stichting Thuisloos", "ORG", 120),
        entity("Tweede Kamer", "ORG", 180),
        entity("Gezondheidsraad", "ORG", 240),
    ]
)


@pytest.mark.parametrize(
    ("phrase", "before", "expected"),
    [
        ("de organisatie", 50, "Vluchtelingenwerk Nederland"),  # an NGO is an organisation
        ("organisatie", 50, "Vluchtelingenwerk Nederland"),  # determiner already dropped
        ("het ministerie", 100, "Justitie en Veiligheid"),
        ("het ministerie", 50, None),  # no ministry named yet
        ("de organisatie", 150, "Stichting Thuisloos"),  # the most recent one wins
        ("de stichting", 230, "Stichting Thuisloos"),  # by its own name
        ("de organisatie", 230, "Stichting Thuisloos"),  # parliament is no "organisatie"
        ("de raad", 300, "Gezondheidsraad"),  # by name only
        ("een organisatie", 230, None),  # indefinite: someone new
        ("de gemeente", 300, None),  # the municipality in general
        ("de bond", 300, None),  # no union named
        ("de woordvoerder", 300, None),  # not a generic organisation noun
    ],
)
def test_by_generic_noun(phrase, before, expected):
    found = GENERIC.by_generic_noun(phrase, before)
    assert (found.name if found else None) == expected, f"{phrase!r} before {before}"


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("organisatie", 50, "Vluchtelingenwerk Nederland"),
        ("organisatie", None, "organisatie"),  # no offset: the old behaviour, text as written
        ("de organisatie", 50, "Vluchtelingenwerk Nederland"),
        ("Tweede Kamer", 10, "Tweede Kamer"),
        ("bond", 300, "bond"),
    ],
)
def test_canonical_with_offset(text, before, expected):
    assert GENERIC.canonical(text, before=before) == expected
    if before is not None:
        found = GENERIC.resolve(text, before=before)
        assert (found.name if found else text) == expected


def test_head_noun_falls_back_to_generic_kind():
    assert GENERIC.by_head_noun("organisatie", 50).name == "Vluchtelingenwerk Nederland"


def _index_of(text: str, names: dict[str, str]) -> EntityIndex:
    """Entities (name -> label) with a mention at every occurrence of the name in `text`."""
    entities = []
    for name, label in names.items():
        starts, at = [], text.find(name)
        while at >= 0:
            starts.append(at)
            at = text.find(name, at + 1)
        entities.append(
            Entity(
                id=name,
                name=name,
                label=label,
                mentions=[Span(start=s, end=s + len(name), text=name) for s in starts],
            )
        )
    return EntityIndex(entities)


# (id, text, entities, the role phrase, expected employer). Quotation marks are ‘…’.
EMPLOYER_CASES = [
    (
        "only-body-in-paragraph",
        "Woordvoerder Ans Kok: ‘Goed nieuws.’ Stichting Lichtpunt is tevreden.",
        {"Stichting Lichtpunt": "ORG"},
        "Woordvoerder",
        "Stichting Lichtpunt",
    ),
    (
        "two-bodies-in-paragraph",
        "Stichting Lichtpunt en Humanitas zijn tevreden, zegt een woordvoerster.",
        {"Stichting Lichtpunt": "ORG", "Humanitas": "ORG"},
        "woordvoerster",
        None,
    ),
    (
        "body-only-inside-quote",
        "Voorzitter Ans Kok: ‘We praten met Humanitas.’",
        {"Humanitas": "ORG"},
        "Voorzitter",
        None,
    ),
    (
        "ministry-is-no-employer",
        "Het ministerie van Financiën reageert. ‘Dit klopt niet’, zegt een woordvoerder.",
        {"Financiën": "ORG"},
        "woordvoerder",
        None,
    ),
    (
        "fallback-one-body-elsewhere",
        "Humanitas opent een winkel.\nHumanitas zoekt vrijwilligers.\n\nEen woordvoerder: ‘Kom!’",
        {"Humanitas": "ORG"},
        "woordvoerder",
        "Humanitas",
    ),
    (
        "fallback-public-body-left-out",
        "Rijkswaterstaat sluit de brug.\n\nEen woordvoerder: ‘Het is veilig.’",
        {"Rijkswaterstaat": "ORG"},
        "woordvoerder",
        None,
    ),
    (
        "fallback-not-clear",
        "Humanitas opent een winkel.\nHet Leger des Heils ook.\n\nEen woordvoerder: ‘Kom!’",
        {"Humanitas": "ORG", "Leger des Heils": "ORG"},
        "woordvoerder",
        None,
    ),
    (
        "place-is-no-employer",
        "In Utrecht is het druk. Een woordvoerder: ‘Rustig blijven.’",
        {"Utrecht": "GPE"},
        "woordvoerder",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "role", "expected"),
    [c[1:] for c in EMPLOYER_CASES],
    ids=[c[0] for c in EMPLOYER_CASES],
)
def test_employer(text: str, names: dict[str, str], role: str, expected: str | None) -> None:
    from pipeline.extract.quotes import find_quote_marks

    index = _index_of(text, names)
    at = text.index(role)
    quoted = [(q.open_at, q.close_at) for q in find_quote_marks(text)]
    found = index.employer(at, at + len(role), text, quoted)
    assert (found.name if found else None) == expected, f"{text!r}: want {expected!r}"


# (entities of the article as (name, label), the one asked about, the one meant)
FULLEST_CASES = [
    ([("Pauline", "PERSON"), ("Pauline Verhoef", "PERSON")], "Pauline", "Pauline Verhoef"),
    ([("Verhoef", "PERSON"), ("Pauline Verhoef", "PERSON")], "Verhoef", "Pauline Verhoef"),
    ([("Sander", "LOC"), ("Sander de Wit", "PERSON")], "Sander", "Sander de Wit"),  # mislabelled
    ([("Pauline", "PERSON"), ("Pauline Verhoef", "PERSON"), ("Pauline Smit", "PERSON")],
     "Pauline", "Pauline"),  # two Paulines: no guess
    ([("Jansen", "ORG"), ("Piet Jansen", "PERSON")], "Jansen", "Jansen"),  # a firm, not his surname
    ([("Den Haag", "GPE"), ("Den Haag Jansen", "PERSON")], "Den Haag", "Den Haag"),
]  # fmt: skip


@pytest.mark.parametrize(("names", "asked", "meant"), FULLEST_CASES)
def test_fullest_person(names, asked, meant):
    index = EntityIndex([entity(name, label, 10 * k) for k, (name, label) in enumerate(names)])
    [asked_entity] = [e for e in index.entities if e.name == asked]
    assert index.fullest(asked_entity).name == meant
    assert index.resolve(asked).name == meant


@pytest.mark.parametrize(
    ("key", "expected"),
    [("Arjen", "Arjen Spek"), ("De", None), ("van", None), ("Spek", "Arjen Spek"), ("Bram", None)],
)
def test_given_name_resolves_to_the_one_person(key, expected):
    index = EntityIndex([entity("Arjen Spek", "PERSON", 0), entity("De Vries", "PERSON", 20)])
    found = index.resolve(key)
    assert (found.name if found else None) == expected, key
