"""The number grammar's registry: every unit registered once, each form and filter doing its job.

Forms are tried one by one on our own sentences; each non-claim filter is shown to be the one that
rejects its shape: with the filter the number is no quantity, with the registry minus that filter
it is. A word written "woningen/NOUN" carries that POS tag (the grammar reads tags when parsed).
"""

from __future__ import annotations

import inspect
import pkgutil
import re
from dataclasses import replace

import pytest

from pipeline.extract.numbers import filters, forms, registry, shapes
from pipeline.extract.numbers.context import Scan
from pipeline.extract.numbers.scanner import find_quantities
from pipeline.extract.numbers.words import Word, tokenize

REGISTRY = registry.REGISTRY


def _words(text: str) -> list[Word]:
    """`tokenize` of the text without its tags, "word/TAG" giving that word its POS."""
    tags = dict(t.split("/") for t in text.split() if re.fullmatch(r"\w+/[A-Z]+", t))
    plain = re.sub(r"/[A-Z]+", "", text)
    return [Word(w.text, w.start, w.end, tags.get(w.text, "")) for w in tokenize(plain)]


def _texts(text: str) -> list[str]:
    """The surfaces of the quantities the scan (with `registry.REGISTRY`) finds in `text`."""
    plain = re.sub(r"/[A-Z]+", "", text)
    return [plain[q.start : q.end] for q in find_quantities(_words(text))]


def test_names_are_unique():
    names = [unit.name for unit in (*REGISTRY.readers, *REGISTRY.opening, *REGISTRY.forms)]
    assert len(names) == len(set(names)), f"duplicate names in {names}"


def test_every_form_module_is_registered():
    registered = {unit.find.__module__ for unit in (*REGISTRY.opening, *REGISTRY.forms)} | {
        reader.read.__module__ for reader in REGISTRY.readers
    }
    modules = {f"{forms.__name__}.{m.name}" for m in pkgutil.iter_modules(forms.__path__)}
    assert modules == registered, f"not registered: {sorted(modules - registered)}"


def test_every_filter_is_registered():
    kinds = (
        REGISTRY.span_filters,
        REGISTRY.count_filters,
        REGISTRY.quantity_filters,
        REGISTRY.skips,
    )
    registered = {f.__name__ for kind in kinds for f in kind}
    helpers = {"excluded"}
    defined = {
        name
        for name, f in inspect.getmembers(filters, inspect.isfunction)
        if f.__module__ == filters.__name__ and not name.startswith("_")
    }
    assert defined - helpers == registered


# (form or reader name, sentence, the surface its unit finds first)
UNIT_ROWS = [
    ("signed", "Het vroor min 7 graden.", "min 7"),
    ("grouped", "Het land telt 17 942 000 inwoners.", "17 942 000"),
    ("slashed", "Het daalde -3/4 punt.", "3/4"),
    ("part", "Zij kocht een half dozijn eieren.", "een half"),
    ("mixed", "Het duurde zeven en een half uur.", "zeven en een half"),
    ("spoken_decimal", "De groei is twee komma vijf procent.", "twee komma vijf"),
    ("digits", "Er wachten 17.000 dossiers.", "17.000"),
    ("cardinal", "Er werken twaalf agenten.", "twaalf"),
    ("one_scale", "Er is een miljoen euro.", "een"),
    ("numeral_one", "Eén agent raakte gewond.", "Eén"),
    ("bare_scale", "Er kwamen duizend klachten.", "duizend"),
    ("year", "Dat gebeurde in 2019.", "in 2019"),
    ("rank", "Nederland staat op plaats 3.", "plaats 3"),
    ("ordinal", "Zij is de vierde vrouw in het bestuur.", "vierde"),
    ("bounds", "Het moet meer dan 10 en minder dan 20 zijn.", "meer dan 10 en minder dan 20"),
    ("change", "Het aantal is verdubbeld.", "verdubbeld"),
    ("between", "Het kost tussen de 5 en 10 procent.", "tussen de 5 en 10 procent"),
    ("fraction", "Twee derde van de huizen is oud.", "Twee derde"),
    ("one_in", "Eén op de vier jongeren.", "Eén op de vier"),
    ("one_of", "Eén van de bestuurders/NOUN reed door.", "Eén van"),
    ("rate", "Twee per duizend inwoners/NOUN haken af.", "Twee per duizend inwoners"),
    ("range", "Het stijgt 2 tot 3 procent.", "2 tot 3 procent"),
    ("age", "Een 34-jarige man.", "34-jarige"),
    ("compound", "Zij liep een dertienweekse stage.", "dertienweekse"),
    ("collective", "Zij kwamen met z'n vieren.", "vieren"),
    ("around_zero", "Het vroor drie graden onder nul.", "drie graden onder nul"),
    ("counted", "Er zijn 300 slachtoffers.", "300"),
]


def test_every_unit_has_a_row():
    names = {unit.name for unit in (*REGISTRY.readers, *REGISTRY.opening, *REGISTRY.forms)}
    assert names == {row[0] for row in UNIT_ROWS}


@pytest.mark.parametrize(("name", "text", "expected"), UNIT_ROWS, ids=[r[0] for r in UNIT_ROWS])
def test_unit_finds_its_construction(name, text, expected):
    scan = Scan(_words(text), None, REGISTRY)
    text = re.sub(r"/[A-Z]+", "", text)
    units = {u.name: u for u in (*REGISTRY.opening, *REGISTRY.forms)}
    readers = {r.name: r for r in REGISTRY.readers}
    for i in range(len(scan.words)):
        if name in readers:
            read = readers[name].read(scan, i)
            if read is not None:
                surface = text[scan.words[i].start : scan.words[max(read[1], i + 1) - 1].end]
                assert surface == expected, f"{name} read {surface!r} in {text!r}"
                return
        else:
            q = units[name].find(scan, i)
            if q is not None:
                assert text[q.start : q.end] == expected, f"{name} found {q} in {text!r}"
                return
    raise AssertionError(f"{name} found nothing in {text!r}; expected {expected!r}")


# (filter, sentence, the number it rejects)
FILTER_ROWS = [
    (filters.phone_word_before, "Whatsapp 3456 voor hulp.", "3456"),
    (filters.reference_number, "Volgens artikel 12 mag dat.", "12"),
    (filters.phone_word_after, "Je kunt 4567 bellen.", "4567"),
    (filters.day_of_month, "Op 5 mei vierden we feest.", "5"),
    (filters.year_of_month, "In mei 2019 woningen/NOUN gebouwd.", "2019"),
    (filters.house_number, "Hij woont aan de Kerkstraat 12 in Utrecht.", "12"),
    (filters.model_number, "De Boeing 747 landde/VERB veilig.", "747"),
    (filters.vague_scale, "Het kost een paar honderd euro.", "honderd"),
    (filters.written_clock, "Het begint om tien voor twee.", "tien"),
    (filters.leading_zero, "Kies 0800 voor informatie.", "0800"),
    (filters.glued_suffix, "Het 3e kwartaal was zwak.", "3"),
    (filters.after_separator, "Stand:3 doelpunten.", "3"),
    (filters.clock_time, "Het begint om 9 uur.", "9 uur"),
    (filters.after_weekday, "Het gebeurde zondag 29 rond middernacht.", "29"),
    (filters.day_pair, "In de nacht van 17 op 18 november brandde het.", "17"),
    (filters.bare_year, "Het was 2019.", "2019"),
    (filters.hyphen_compound, "Het werd 2-0 voor de thuisploeg.", "2"),
    (filters.lone_one, "Er is 1 over.", "1"),
    (filters.service_number, "Bel snel 112.", "112"),
    (filters.example, "Een gezin met twee kinderen betaalt meer.", "twee"),
    (filters.relative_time, "Vijf jaar geleden waren het er nog 520.", "Vijf jaar"),
    (filters.date_time_or_phone, "Het was 12-3 in de rust.", "3"),
]


def test_every_filter_has_a_row():
    kinds = (
        REGISTRY.span_filters,
        REGISTRY.count_filters,
        REGISTRY.quantity_filters,
        REGISTRY.skips,
    )
    assert {f for kind in kinds for f in kind} == {row[0] for row in FILTER_ROWS}


def _without(rules: registry.Registry, unit) -> registry.Registry:
    return replace(
        rules,
        span_filters=tuple(f for f in rules.span_filters if f is not unit),
        count_filters=tuple(f for f in rules.count_filters if f is not unit),
        quantity_filters=tuple(f for f in rules.quantity_filters if f is not unit),
        skips=tuple(f for f in rules.skips if f is not unit),
    )


@pytest.mark.parametrize(
    ("unit", "text", "number"), FILTER_ROWS, ids=[row[0].__name__ for row in FILTER_ROWS]
)
def test_filter_rejects_its_shape(monkeypatch, unit, text, number):
    found = _texts(text)
    assert not any(number in t for t in found), f"{unit.__name__}: {number!r} found in {found}"
    monkeypatch.setattr(registry, "REGISTRY", _without(REGISTRY, unit))
    unfiltered = _texts(text)
    assert any(number in t for t in unfiltered), (
        f"without {unit.__name__} {number!r} should be found in {text!r}; found {unfiltered}"
    )


def test_a_week_beyond_53_is_a_count():
    assert _texts("Elke week dertienhonderd mensen.") == ["dertienhonderd"]
    assert _texts("Dat was in week 12.") == []


def test_every_shape_is_registered():
    defined = {
        name
        for name, f in inspect.getmembers(shapes, inspect.isfunction)
        if f.__module__ == shapes.__name__
        and not name.startswith("_")
        and name not in {"marked", "may_hold_shape"}
    }
    assert defined == {shape.__name__ for shape in REGISTRY.shapes}


# (shape, sentence, a number inside the shape that the registry without that shape would read)
SHAPE_ROWS = [
    (shapes.url, "Zie www.test.nl/pagina?id=45 voor meer.", "45"),
    (shapes.email, "Mail naar 1234@test.nl voor info.", "1234"),
    (shapes.phone, "Bel +31 6 98 76 54 32 voor een afspraak.", "31"),
    (shapes.iban, "Maak het over op BE68 5390 0754 7034 graag.", "5390"),
    (shapes.postcode, "Het adres is 1234 AB Utrecht.", "1234"),
    (shapes.licence_plate, "De auto met 12-34-AB reed weg.", "12"),
    (shapes.ip_address, "Via 10.100.200.250 kwam hij binnen.", "10.100.200.250"),
    (shapes.date, "Op 3-4-2020 was het druk.", "3"),
    (shapes.clock, "Vanaf 19.30 is het loket open.", "19.30"),
    (shapes.code, "De A27 was urenlang dicht.", "27"),
    (shapes.identifier, "Het dossier 2025235066 is gesloten.", "2025235066"),
    (shapes.short_year, "Het seizoen '24 was goed.", "24"),
]


# the examples of the shapes' docstrings, each found by its shape
SHAPE_EXAMPLES = [
    "https://www.zwolle.nl/raadsvoorstel-2025-117.pdf",
    "WWW.Zwolle.NL/raad-2025",
    "politie.nl/tips",
    "info@slachtofferhulp.nl",
    "+31 6 98 76 54 32",
    "+31698765432",
    "06-12345678",
    "0800-7000",
    "088 - 169 1234",
    "(010) 123 45 67",
    "bel 0201234567",
    "bellen met 14 038",
    "bellen met 14038",
    "NL91 ABNA 0417 1643 00",
    "BE68539007547034",
    "1234 AB",
    "8000 GA Zwolle",
    "12-XKL-3",
    "AB-123-C",
    "84.241.12.7",
    "17/5/2018",
    "17-05-2018",
    "17.5.18",
    "2018-05-17",
    "7:30",
    "19u30",
    "19.00 uur",
    "van 10.00 tot 16.00",
    "A27",
    "COVID-19",
    "GPLv3",
    "niveau-4",
    "ECLI:NL:RBAMS:2025:4512",
    "5G-mast",
    "een 4x4",
    "3x3-basketbal",
    "2025235066",
    "2025-04417",
    "13/123456-24",
    "seizoen '24 '25",
    "de zomer van ’76",
]


@pytest.mark.parametrize("example", SHAPE_EXAMPLES)
@pytest.mark.parametrize("gap", [" ", "\n", "  "])
def test_shape_pre_check_admits_every_shape(example, gap):
    """`may_hold_shape`, which rules all shapes out at once, admits every text a shape matches in
    (each example does with single spaces), however the words are spaced."""
    text = gap.join(["Het", "is", *example.split(" "), "vandaag."])
    scan = Scan(tokenize(text), None, REGISTRY)
    layout = shapes.Layout.of(scan)
    matched = any(list(shape(layout)) for shape in REGISTRY.shapes)
    assert matched or gap != " ", "the example needs a shape"
    assert shapes.may_hold_shape(text) or not matched


def test_every_shape_has_a_row():
    assert set(REGISTRY.shapes) == {row[0] for row in SHAPE_ROWS}


@pytest.mark.parametrize(
    ("shape", "text", "number"), SHAPE_ROWS, ids=[row[0].__name__ for row in SHAPE_ROWS]
)
def test_shape_hides_its_numbers(monkeypatch, shape, text, number):
    found = _texts(text)
    assert not any(number in t for t in found), f"{shape.__name__}: {number!r} found in {found}"
    without = replace(REGISTRY, shapes=tuple(s for s in REGISTRY.shapes if s is not shape))
    monkeypatch.setattr(registry, "REGISTRY", without)
    unshaped = _texts(text)
    assert any(number in t for t in unshaped), (
        f"without {shape.__name__} {number!r} should be found in {text!r}; found {unshaped}"
    )
