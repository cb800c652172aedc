"""The Dutch number grammar, rule by rule, on our own sentences (plain text, no model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from text_to_num import text2num

from pipeline.extract.numbers import format_dutch, parse_digits, parse_word_number, quantities_in

# (sentence, [(text, value, value_max, unit, hedge), ...])
CASES = [
    # Dutch separators
    ("Er wachten 17.000 dossiers.", [("17.000", 17000, None, "count", "exact")]),
    ("De groei was 2,5 procent.", [("2,5 procent", 2.5, None, "percent", "exact")]),
    ("In totaal 1.250.000 bezoekers.", [("1.250.000", 1250000, None, "people", "exact")]),
    ("Het aandeel steeg naar 5,3 procent.", [("5,3 procent", 5.3, None, "percent", "exact")]),
    ("Zij telden 640 meldingen.", [("640", 640, None, "count", "exact")]),
    # scale words
    ("Het kost 2,4 miljard euro.", [("2,4 miljard euro", 2.4e9, None, "euro", "exact")]),
    ("Er gaat 7,5 duizend naar de stad.", [("7,5 duizend", 7500, None, "count", "exact")]),
    ("Er is 35 miljoen euro nodig.", [("35 miljoen euro", 35e6, None, "euro", "exact")]),
    ("Het fonds krijgt € 3,2 miljoen.", [("€ 3,2 miljoen", 3.2e6, None, "euro", "exact")]),
    ("Het fonds krijgt €80 miljoen.", [("€80 miljoen", 80e6, None, "euro", "exact")]),
    ("De huur is € 950 per maand.", [("€ 950", 950, None, "euro", "exact")]),
    ("Er is een miljoen euro gereserveerd.", [("een miljoen euro", 1e6, None, "euro", "exact")]),
    ("Er kwamen drie miljoen bezoekers.", [("drie miljoen", 3e6, None, "people", "exact")]),
    ("Het tekort is 12 mld euro.", [("12 mld euro", 12e9, None, "euro", "exact")]),
    # written-out numbers
    ("Er werken twaalf agenten.", [("twaalf", 12, None, "people", "exact")]),
    ("Er zijn dertienhonderd aanvragen.", [("dertienhonderd", 1300, None, "count", "exact")]),
    ("Ruim tweeduizend leerlingen.", [("Ruim tweeduizend", 2000, None, "people", "more_than")]),
    ("Vijftien gemeenten doen mee.", [("Vijftien", 15, None, "count", "exact")]),
    ("Er zijn eenentwintig scholen.", [("eenentwintig", 21, None, "count", "exact")]),
    ("Er kwamen duizend klachten binnen.", [("duizend", 1000, None, "count", "exact")]),
    ("Anderhalf miljoen huishoudens.", [("Anderhalf miljoen", 1.5e6, None, "count", "exact")]),
    # percent
    ("Het steeg met 8%.", [("8%", 8, None, "percent", "exact")]),
    ("Het steeg met 8 %.", [("8 %", 8, None, "percent", "exact")]),
    ("Een stijging van 3 procentpunt.", [("3 procentpunt", 3, None, "percent", "exact")]),
    ("Het daalde 1,5 procentpunten.", [("1,5 procentpunten", 1.5, None, "percent", "exact")]),
    ("Dat is 40 pct van de banen.", [("40 pct", 40, None, "percent", "exact")]),
    # ratio: fractions
    ("Twee derde van de huizen is oud.", [("Twee derde", 0.6667, None, "ratio", "exact")]),
    ("Een kwart van de scholen sluit.", [("Een kwart", 0.25, None, "ratio", "exact")]),
    ("De helft van de artsen stopt.", [("De helft", 0.5, None, "ratio", "exact")]),
    ("Bijna de helft wil weg.", [("Bijna de helft", 0.5, None, "ratio", "less_than")]),
    ("Driekwart van de ouders is tevreden.", [("Driekwart", 0.75, None, "ratio", "exact")]),
    ("Drie vijfde van de wijken.", [("Drie vijfde", 0.6, None, "ratio", "exact")]),
    ("Een derde van de bewoners.", [("Een derde", 0.3333, None, "ratio", "exact")]),
    ("Ruim een derde stemde tegen.", [("Ruim een derde", 0.3333, None, "ratio", "more_than")]),
    # ratio: X op de Y
    ("Eén op de vier jongeren.", [("Eén op de vier", 0.25, None, "ratio", "exact")]),
    ("Drie op de tien inwoners.", [("Drie op de tien", 0.3, None, "ratio", "exact")]),
    ("Een op de zes huishoudens.", [("Een op de zes", 0.1667, None, "ratio", "exact")]),
    ("Eén op elke acht leerlingen.", [("Eén op elke acht", 0.125, None, "ratio", "exact")]),
    ("Bijna 1 op de 3 gezinnen.", [("Bijna 1 op de 3", 0.3333, None, "ratio", "less_than")]),
    # ratio: multipliers
    ("Er zijn vier keer meer klachten.", [("vier keer meer", 4, None, "ratio", "exact")]),
    ("Het is drie keer zo groot.", [("drie keer zo groot", 3, None, "ratio", "exact")]),
    ("Het komt twee maal vaker voor.", [("twee maal vaker", 2, None, "ratio", "exact")]),
    ("Het aantal is verdubbeld.", [("verdubbeld", 2, None, "ratio", "exact")]),
    ("De wachtlijst is gehalveerd.", [("gehalveerd", 0.5, None, "ratio", "exact")]),
    ("De kosten verdrievoudigden.", [("verdrievoudigden", 3, None, "ratio", "exact")]),
    ("Het budget is bijna verdubbeld.", [("bijna verdubbeld", 2, None, "ratio", "less_than")]),
    # people and count
    ("Er zijn 450 verpleegkundigen.", [("450", 450, None, "people", "exact")]),
    ("Er werden 38 verdachten opgepakt.", [("38", 38, None, "people", "exact")]),
    ("Er zijn 60 politieagenten extra.", [("60", 60, None, "people", "exact")]),
    ("Het gaat om 75 tienermeisjes.", [("75", 75, None, "people", "exact")]),
    ("Zij openden 90 opvangplekken.", [("90", 90, None, "count", "exact")]),
    ("Hij kwam drie keer langs.", [("drie keer", 3, None, "count", "exact")]),
    # age
    ("Leerlingen van 14 jaar of jonger.", [("14 jaar of jonger", 14, None, "age", "at_most")]),
    ("Mensen van 70 jaar of ouder.", [("70 jaar of ouder", 70, None, "age", "at_least")]),
    ("Kinderen onder de twaalf mogen gratis.", [("onder de twaalf", 12, None, "age", "less_than")]),
    ("Jongeren onder de 18 jaar.", [("onder de 18 jaar", 18, None, "age", "less_than")]),
    ("Vrouwen tussen de 25 en 40 jaar.", [("tussen de 25 en 40 jaar", 25, 40, "age", "exact")]),
    ("Een jongen van 16 jaar.", [("16 jaar", 16, None, "age", "exact")]),
    # "van X naar Y euro" names the unit once; "met X procent tot Y" is no hedge "up to"
    (
        "Het budget daalt van 31 miljoen naar 26,5 miljoen euro.",
        [
            ("31 miljoen", 31e6, None, "euro", "exact"),
            ("26,5 miljoen euro", 26.5e6, None, "euro", "exact"),
        ],
    ),
    (
        "De uitgaven stegen met 11 procent tot 96 miljoen euro.",
        [
            ("11 procent", 11, None, "percent", "exact"),
            ("96 miljoen euro", 96e6, None, "euro", "exact"),
        ],
    ),
    ("Boetes tot 5.000 euro.", [("tot 5.000 euro", 5000, None, "euro", "at_most")]),
    # names of inhabitants count people
    ("Ruim 2.000 Utrechters tekenden.", [("Ruim 2.000", 2000, None, "people", "more_than")]),
    # the press convention "Name (age)"; a party's seats in brackets are no age
    ("Buurvrouw Els Bakker (81) belde de brandweer.", [("81", 81, None, "age", "exact")]),
    (
        "De SP (5) en de VVD (22) stemden tegen.",
        [("5", 5, None, "count", "exact"), ("22", 22, None, "count", "exact")],
    ),
    ("Een 17-jarige scholier.", [("17-jarige", 17, None, "age", "exact")]),
    ("Het kind is 9 jaar oud.", [("9 jaar oud", 9, None, "age", "exact")]),
    ("Wie jonger dan 21 is.", [("jonger dan 21", 21, None, "age", "less_than")]),
    ("Wie ouder dan 65 is.", [("ouder dan 65", 65, None, "age", "more_than")]),
    # year and duration
    ("Sinds 2015 daalt het aantal.", [("Sinds 2015", 2015, None, "year", "exact")]),
    ("De wet werd in 2016 ingevoerd.", [("in 2016", 2016, None, "year", "exact")]),
    ("Vanaf 2021 geldt de regel.", [("Vanaf 2021", 2021, None, "year", "exact")]),
    ("Zij wacht al zes jaar.", [("zes jaar", 6, None, "year", "exact")]),
    ("Dat duurt minstens tien jaar.", [("minstens tien jaar", 10, None, "year", "at_least")]),
    # other
    ("De wachttijd is elf weken.", [("elf weken", 11, None, "other", "exact")]),
    ("Het duurt 48 uur.", [("48 uur", 48, None, "other", "exact")]),
    ("Zij wachten drie maanden.", [("drie maanden", 3, None, "other", "exact")]),
    ("Binnen tien dagen.", [("tien dagen", 10, None, "other", "exact")]),
    ("Hulp komt binnen vijf werkdagen.", [("vijf werkdagen", 5, None, "other", "exact")]),
    ("Een kamer van 15 vierkante meter.", [("15 vierkante meter", 15, None, "other", "exact")]),
    ("Het huis meet 80 m2.", [("80 m2", 80, None, "other", "exact")]),
    # other: ranks
    ("Nederland staat op plaats 3.", [("plaats 3", 3, None, "other", "exact")]),
    ("Utrecht zakt naar plek vier.", [("plek vier", 4, None, "other", "exact")]),
    ("Zij eindigde op de derde plaats.", [("derde plaats", 3, None, "other", "exact")]),
    ("Het team werd 2e plaats.", [("2e plaats", 2, None, "other", "exact")]),
    ("Op de eerste plaats staat Utrecht.", [("eerste plaats", 1, None, "other", "exact")]),
    ("Zij eindigde als 3e.", [("3e", 3, None, "other", "exact")]),
    # ranges
    ("Het scheelt 4 tot 6%.", [("4 tot 6%", 4, 6, "percent", "exact")]),
    ("Tussen de 300 en 450 woningen.", [("Tussen de 300 en 450", 300, 450, "count", "exact")]),
    ("Drie tot vijf procent.", [("Drie tot vijf procent", 3, 5, "percent", "exact")]),
    ("Zo'n 2.000 à 3.000 fietsen.", [("Zo'n 2.000 à 3.000", 2000, 3000, "count", "approx")]),
    ("Het kost 2 tot 3 miljoen euro.", [("2 tot 3 miljoen euro", 2e6, 3e6, "euro", "exact")]),
    ("Het scheelt 10-15 procent.", [("10-15 procent", 10, 15, "percent", "exact")]),
    ("Van 20 tot en met 30 deelnemers.", [("20 tot en met 30", 20, 30, "people", "exact")]),
    # hedges
    ("Bijna 80 klachten.", [("Bijna 80", 80, None, "count", "less_than")]),
    ("Ruim 600 woningen.", [("Ruim 600", 600, None, "count", "more_than")]),
    ("Meer dan 40 procent.", [("Meer dan 40 procent", 40, None, "percent", "more_than")]),
    ("Ruim boven de 9 procent.", [("Ruim boven de 9 procent", 9, None, "percent", "more_than")]),
    ("Het ligt ruim boven 700 euro.", [("ruim boven 700 euro", 700, None, "euro", "more_than")]),
    (
        "Naar schatting wonen 4.000 mensen in de wijk.",
        [("4.000", 4000, None, "people", "approx")],
    ),
    ("Het kost rond de 90 euro.", [("rond de 90 euro", 90, None, "euro", "approx")]),
    ("Er blijft amper 3 procent over.", [("amper 3 procent", 3, None, "percent", "only")]),
    (
        "Zij verdienen 1.500 euro of minder.",
        [("1.500 euro of minder", 1500, None, "euro", "at_most")],
    ),
    ("Minstens 25 leraren.", [("Minstens 25", 25, None, "people", "at_least")]),
    ("Minimaal 3 procent.", [("Minimaal 3 procent", 3, None, "percent", "at_least")]),
    ("Maximaal 12 kinderen.", [("Maximaal 12", 12, None, "people", "at_most")]),
    ("Hooguit vier weken.", [("Hooguit vier weken", 4, None, "other", "at_most")]),
    ("Naar schatting 900 gezinnen.", [("Naar schatting 900", 900, None, "count", "approx")]),
    ("Zo'n 70 vrijwilligers.", [("Zo'n 70", 70, None, "people", "approx")]),
    ("Ongeveer 55 procent.", [("Ongeveer 55 procent", 55, None, "percent", "approx")]),
    ("Circa 130 mensen.", [("Circa 130", 130, None, "people", "approx")]),
    ("Rond de 400 aanvragen.", [("Rond de 400", 400, None, "count", "approx")]),
    ("Het is slechts 4 procent.", [("slechts 4 procent", 4, None, "percent", "only")]),
    ("Er zijn er maar 6 over.", [("maar 6", 6, None, "count", "only")]),
    ("Er kwamen amper 20 bezoekers.", [("amper 20", 20, None, "people", "only")]),
    (
        "Het gaat om 5 meldingen of minder.",
        [("5 meldingen of minder", 5, None, "count", "at_most")],
    ),
    ("Maar liefst 300 klachten.", [("Maar liefst 300", 300, None, "count", "exact")]),
    # a month before a number that is not a year: no date ("sinds januari 150 medewerkers")
    ("Sinds januari 150 extra medewerkers.", [("150", 150, None, "people", "exact")]),
    ("Elke week 1300 bezoekers.", [("1300", 1300, None, "people", "exact")]),
    ("Elke week dertienhonderd bezoekers.", [("dertienhonderd", 1300, None, "people", "exact")]),
    # "een gezin met twee kinderen" is an example household, not a measured count
    ("Een gezin met drie kinderen krijgt 90 euro.", [("90 euro", 90, None, "euro", "exact")]),
    ("Soms wonen er vijf mensen in een flat.", [("vijf", 5, None, "people", "exact")]),
    ("Minder dan 10 procent.", [("Minder dan 10 procent", 10, None, "percent", "less_than")]),
    # "vijf jaar geleden" says when something happened, as "in 2019" does: a claim (GUIDELINES;
    # the dev set annotates "Twee jaar geleden startte …")
    ("Vijf jaar geleden sloot de fabriek.", [("Vijf jaar", 5, None, "year", "exact")]),
    ("Twee weken geleden kwam het rapport uit.", [("Twee weken", 2, None, "other", "exact")]),
    # every mention that counts is a claim, also one pointing back ("De twee reden weg")
    ("De twee partijen praten.", [("twee", 2, None, "count", "exact")]),
    ("Eén van hen vertrok.", [("Eén van", 1, None, "people", "exact")]),
    # not claims
    ("Op 1 juli 2023 ging het mis.", []),
    ("In week 12 begint de bouw.", []),
    ("In groep acht zitten de oudste leerlingen.", []),
    ("Zij wonen op de Molenweg 7 in Zwolle.", []),
    ("De derde van de maand is een feestdag.", []),
    ("Honderdduizenden woningen lekken warmte.", []),
    ("Moet een student dan maar in een tent slapen?", []),
    ("Bel 0800-1234567 gratis.", []),
    ("De uitzending begint om 20.00 uur.", []),
    ("Sinds januari 2024 geldt de wet.", []),
    ("De vergadering is op 14 maart.", []),
    ("In juni 2022 was het druk.", []),
    ("Het begint om 14.30 uur.", []),
    ("Het begint om 9 uur.", []),
    ("Het begint om 10:15.", []),
    ("Bel 112 bij nood.", []),
    ("Bel 0800-0123 voor hulp.", []),
    ("Of bel het nummer 0900-8844.", []),
    ("Het kantoor zit aan de Dorpsstraat 14.", []),
    ("Zie artikel 7 lid 3 van de wet.", []),
    ("Zie art. 12 van de wet.", []),
    ("Het staat in hoofdstuk 4.", []),
    ("Duizenden mensen kwamen.", []),
    ("Er gaan extra miljoenen naar.", []),
    ("Het merendeel van de scholen.", []),
    ("Honderden agenten en tientallen rechercheurs.", []),
    ("Het is een klein deel.", []),
    ("De Tweede Kamer stemde.", []),
    ("Het rapport van 2019 was kritisch.", []),
    ("Tot 2030 blijft dat zo.", []),
    ("Het groeit, maar het is niet genoeg.", []),
    ("Datum: 2024-03-12.", []),
    ("Postbus 20301 in Den Haag.", []),
    ("Een agent kwam langs.", []),
    # a verb of change a time phrase before "tot": "rose to", not the hedge "up to"
    (
        "Het aandeel steeg vorig jaar tot 31 procent.",
        [("31 procent", 31, None, "percent", "exact")],
    ),
    # "elk jaar met 8 procent" is a rate, not an example household ("een gezin met twee kinderen")
    ("Het stijgt elk jaar met 8 procent.", [("8 procent", 8, None, "percent", "exact")]),
    # a reference word before an amount: "week 3" is no week number here
    ("Hij trok vorige week 3 miljoen euro uit.", [("3 miljoen euro", 3e6, None, "euro", "exact")]),
    # generalisation QA: a separable particle of a rise verb before "tot" ("oplopen tot"); the year
    # only bounds the amount (GUIDELINES: "in 2019 daalde dat aantal naar 170" is no claim)
    (
        "De schulden liepen in 2023 op tot 90 miljoen euro.",
        [("90 miljoen euro", 9e7, None, "euro", "exact")],
    ),
    ("Het aantal nam vorig jaar toe tot 450.", [("450", 450, None, "count", "exact")]),
    # "1" with a unit is an amount
    ("Dat is een stijging van 1 procentpunt.", [("1 procentpunt", 1, None, "percent", "exact")]),
    ("Een rit kost nu 1 euro.", [("1 euro", 1, None, "euro", "exact")]),
    # "een vrouw van 61": an age without "jaar"
    ("Gewond raakte een vrouw van 61.", [("61", 61, None, "age", "exact")]),
    # partitives count what the group counts; "hen" is persons
    (
        "Het voorstel kreeg steun van 76 van de 150 Kamerleden.",
        [("76", 76, None, "people", "exact"), ("150", 150, None, "people", "exact")],
    ),
    ("Ongeveer 30 van hen tekenden.", [("Ongeveer 30", 30, None, "people", "approx")]),
    # a comparative after a number leaves out the noun counted before
    (
        "Er waren 12.000 mensen werkloos, 800 meer dan vorig jaar.",
        [("12.000", 12000, None, "people", "exact"), ("800", 800, None, "people", "exact")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_grammar(sentence: str, expected: list[tuple]) -> None:
    got = [
        (sentence[q.start : q.end], q.value, q.value_max, q.unit, q.hedge)
        for q in quantities_in(sentence)
    ]
    want = [(t, pytest.approx(v), m, u, h) for t, v, m, u, h in expected]
    assert got == want, f"{sentence!r}: expected {expected}, got {got}"


WORDS = [
    ("twaalf", 12),
    ("dertienhonderd", 1300),
    ("tweeduizend", 2000),
    ("vijftien", 15),
    ("eenentwintig", 21),
    ("drieëntwintig", 23),
    ("honderdduizend", 100000),
    ("tachtig", 80),
    ("anderhalf", 1.5),
]


@pytest.mark.parametrize(("word", "value"), WORDS, ids=[w for w, _ in WORDS])
def test_written_cardinals(word: str, value: float) -> None:
    assert parse_word_number(word) == value, word


@pytest.mark.parametrize("word", ["tweede", "derde", "duizenden", "miljoenen", "helft", "een"])
def test_not_cardinals(word: str) -> None:
    assert parse_word_number(word) is None, word


def test_text2num_fractions_are_wrong_so_we_do_them() -> None:
    """text2num reads "derde" as an ordinal; the grammar must not hand fractions to it."""
    with pytest.raises(ValueError):
        text2num("twee derde", "nl")


@pytest.mark.parametrize("shape", ["1,2,3", "1.2.3", "12.345.67", "1,23,456", "1.250,000,5"])
def test_no_number_shapes(shape: str) -> None:
    assert parse_digits(shape) is None, shape


@pytest.mark.parametrize(
    ("shape", "value"),
    [("1.65", 1.65), ("2.5", 2.5), ("12.3456", 12.3456), ("1,250,000", 1250000),
     ("1,250,000.5", 1250000.5), ("1,250.75", 1250.75), ("1.650", 1650), ("0,75", 0.75)],
)  # fmt: skip
def test_decimal_points_and_english_grouping(shape: str, value: float) -> None:
    assert parse_digits(shape) == pytest.approx(value), shape


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3))
def test_dutch_format_round_trips(number: int, decimals: int) -> None:
    value = number / 10**decimals
    text = format_dutch(value, decimals)
    assert parse_digits(text) == pytest.approx(value), text


_NOUNS = st.sampled_from(
    ["slachtoffers", "woningen", "procent", "euro", "jaar", "weken", "dossiers"]
)
_HEDGES = st.sampled_from(
    ["", "bijna ", "ruim ", "zo'n ", "slechts ", "meer dan ", "tussen de 3 en "]
)


@given(
    st.lists(
        st.tuples(_HEDGES, st.integers(min_value=2, max_value=10**7), _NOUNS),
        min_size=1,
        max_size=4,
    )
)
def test_spans_index_the_text(parts: list[tuple[str, int, str]]) -> None:
    text = " en ".join(f"{h}{format_dutch(n)} {noun}" for h, n, noun in parts) + "."
    for q in quantities_in(text):
        assert q.start < q.end <= len(text), text
        assert text[q.start : q.end].strip() == text[q.start : q.end], text
