"""Claim measures (issue 12): the closed vocabulary, the measure of each kind of number, its English.

Every row is our own Dutch; a failing row names the sentence and what was expected.
"""

from __future__ import annotations

import pytest

from pipeline.english.values import value_en
from pipeline.schema import MEASURE_UNITS, MEASURES, Claim, json_schema
from pipeline.text.datafiles import UnitRow, table

# sentence, claim text, unit, measure, measure unit, value_en
MEASURED = [
    ("De werkloosheid steeg met 0,4 procentpunt.", "0,4 procentpunt", "percent",
     "percentage_point", None, "0.4 percentage points"),
    ("De werkloosheid steeg met 0,4 procent.", "0,4 procent", "percent", "percentage", None,
     "0.4%"),
    ("In 2018 sloot de fabriek haar deuren.", "In 2018", "year", "calendar_year", None,
     "in 2018"),
    ("Sinds 2016 daalt het aantal boeren.", "Sinds 2016", "year", "calendar_year", None,
     "since 2016"),
    ("Hij woont al zeven jaar in Zwolle.", "zeven jaar", "year", "duration", "years", "7 years"),
    ("De wegwerkzaamheden duren zes weken.", "zes weken", "other", "duration", "weeks",
     "6 weeks"),
    ("De operatie duurde elf uur.", "elf uur", "other", "duration", "hours", "11 hours"),
    ("De wielrenner reed die dag 180 kilometer.", "180 kilometer", "other", "length", "km",
     "180 kilometres"),
    ("De basketballer is 1,92 meter lang.", "1,92 meter", "other", "length", "m",
     "1.92 metres"),
    ("Het perceel is 450 vierkante meter groot.", "450 vierkante meter", "other", "area", "m2",
     "450 square metres"),
    ("De boer oogstte 12 ton aardappelen.", "12 ton", "other", "mass", "ton", "12 tonnes"),
    ("Op de snelweg reed hij 140 kilometer per uur.", "140 kilometer per uur", "other", "speed",
     "km/h", "140 kilometres per hour"),
    ("Het werd gisteren 31 graden Celsius in Maastricht.", "31 graden Celsius", "other",
     "temperature", "degrees_celsius", "31 degrees Celsius"),
    ("Het bedrijf haalde 40 miljoen dollar op.", "40 miljoen dollar", "other", "money",
     "dollar", "40 million dollars"),
    ("De overname kost 2 miljard pond.", "2 miljard pond", "other", "money", "pound",
     "2 billion pounds"),
    ("De gemeente trekt 3 miljoen euro uit.", "3 miljoen euro", "euro", "money", "euro",
     "3 million euros"),
    ("Het aantal klachten is verdubbeld.", "verdubbeld", "ratio", "multiplier", None, "doubled"),
    ("Een kwart van de leerlingen spijbelt.", "Een kwart", "ratio", "fraction", None,
     "a quarter"),
    ("De club staat op de tweede plaats.", "tweede plaats", "other", "rank", None, "2nd place"),
    ("De leerlingen gaven hun school gemiddeld een 7,5.", "7,5", "other", "grade", None,
     "a mark of 7.5"),
    ("Er werden 300 fietsen gestolen.", "300", "count", "count", None, "300"),
    ("Er werden 300 fietsers beboet.", "300", "people", "count", None, "300"),
    ("Een 23-jarige vrouw raakte gewond.", "23-jarige", "age", "age", "years", "aged 23"),
    # a number compounded with its time unit lasts that long; other compounds are no duration
    ("Hij volgde een dertienweekse cursus.", "dertienweekse", "other", "duration", "weeks",
     "13 weeks"),
    ("Ze draaide een achturige dienst.", "achturige", "other", "duration", "hours", "8 hours"),
    ("Het vijfvoudige bedrag werd betaald.", "Het vijfvoudige", "ratio", "multiplier", None,
     "5 times"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "measure", "measure_unit", "english"),
    MEASURED,
    ids=[row[1] for row in MEASURED],
)
def test_measure(analyze_text, sentence, text, unit, measure, measure_unit, english) -> None:
    claims = [c for c in analyze_text(sentence).claims if c.text == text]
    got = [(c.unit, c.measure, c.measure_unit, c.value_en) for c in claims]
    assert got == [(unit, measure, measure_unit, english)], (sentence, claims)


def _claim(text, value, unit, measure, measure_unit=None, hedge="exact", vmax=None) -> Claim:
    return Claim(
        id="c1",
        text=text,
        start=0,
        end=len(text),
        value=value,
        value_max=vmax,
        unit=unit,
        hedge=hedge,
        measure=measure,
        measure_unit=measure_unit,
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
    )


ENGLISH = [
    (_claim("1,1 miljard euro", 1.1e9, "euro", "money", "euro"), "1.1 billion euros"),
    (_claim("271 miljoen euro", 271e6, "euro", "money", "euro"), "271 million euros"),
    (_claim("1 euro", 1, "euro", "money", "euro"), "1 euro"),
    (_claim("onder de achttien", 18, "age", "age", "years", "less_than"), "under 18"),
    (_claim("tussen de 18 en 65 jaar", 18, "age", "age", "years", vmax=65), "aged 18–65"),
    (_claim("15 jaar of jonger", 15, "age", "age", "years", "at_most"), "aged 15 or younger"),
    (_claim("2,5 procentpunt", 2.5, "percent", "percentage_point"), "2.5 percentage points"),
    (_claim("1 procentpunt", 1, "percent", "percentage_point"), "1 percentage point"),
    (_claim("vijf keer meer", 5, "ratio", "multiplier"), "five times more"),
    (_claim("gehalveerd", 0.5, "ratio", "multiplier"), "halved"),
    (_claim("de helft", 0.5, "ratio", "fraction"), "half"),
    (_claim("drie op de tien", 0.3, "ratio", "fraction"), "three in ten"),
    (_claim("twee per duizend inwoners", 0.002, "ratio", "fraction"), "two per 1,000"),
    (_claim("12 per 100.000 inwoners", 0.00012, "ratio", "fraction"), "twelve per 100,000"),
    (_claim("sinds 2013", 2013, "year", "calendar_year"), "since 2013"),
    (_claim("al vijf jaar", 5, "year", "duration", "years"), "5 years"),
    (_claim("één jaar", 1, "year", "duration", "years"), "1 year"),
    (_claim("naar schatting 900", 900, "people", "count", hedge="approx"), "an estimated 900"),
    (_claim("maar liefst 40", 40, "people", "count"), "as many as 40"),
    (_claim("vijftien keer", 15, "count", "count"), "15 times"),
    (_claim("elf weken", 11, "other", "duration", "weeks"), "11 weeks"),
    (_claim("plaats 3", 3, "other", "rank"), "3rd place"),
    (_claim("elfde plaats", 11, "other", "rank"), "11th place"),
    (_claim("de vierde", 4, "other", "rank"), "4th"),
    (_claim("een 6,5", 6.5, "other", "grade"), "a mark of 6.5"),
    (_claim("hooguit twaalf vierkante meter", 12, "other", "area", "m2", "at_most"),
     "at most 12 square metres"),
    (_claim("ruim 4.000 liter", 4000, "other", "volume", "liter", "more_than"),
     "more than 4,000 litres"),
    (_claim("min 7 graden", -7, "other", "temperature", "degrees_celsius"),
     "-7 degrees Celsius"),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "english"), ENGLISH, ids=[c.text for c, _ in ENGLISH])
def test_value_en(claim: Claim, english: str) -> None:
    assert value_en(claim) == english, claim.text


# --- the vocabulary ------------------------------------------------------------------------------


def test_every_measure_and_measure_unit_is_described_in_the_schema() -> None:
    claim = json_schema()["$defs"]["Claim"]["properties"]
    for field, vocabulary in (("measure", MEASURES), ("measure_unit", MEASURE_UNITS)):
        [options] = [o for o in claim[field]["anyOf"] if o.get("type") == "string"]
        described = {o["const"]: o["description"] for o in options["oneOf"]}
        assert list(described) == list(vocabulary), field
        assert all(len(text) > 10 for text in described.values()), described
        assert claim[field]["description"], field


@pytest.mark.parametrize("row", table(UnitRow), ids=[r.word for r in table(UnitRow)])
def test_unit_words_give_a_measure_of_the_vocabulary(row: UnitRow) -> None:
    measure = MEASURES[row.measure]
    assert row.unit in measure.units, (row.word, row.unit, measure.units)
    if measure.measure_units == "required":
        assert row.measure in MEASURE_UNITS[row.measure_unit].measures, row.word
    else:
        assert not row.measure_unit, row.word


def test_measures_of_every_unit_exist() -> None:
    """Each coarse unit has a measure, and the units other, year and ratio only measured ones."""
    covered = {unit for m in MEASURES.values() for unit in m.units}
    assert covered == {"percent", "ratio", "people", "count", "euro", "age", "year", "other"}
    for unit in MEASURE_UNITS.values():
        assert unit.en and unit.en_plural and unit.description, unit.name
        assert all(m in MEASURES for m in unit.measures), unit.name


REPORTED = [
    (_claim("in 2019", 2019, "year", "calendar_year"), "2019 calendar year"),
    (_claim("14 weken", 14, "other", "duration", "weeks"), "14 weeks"),
    (_claim("2,5 procentpunt", 2.5, "percent", "percentage_point"), "2.5 percentage points"),
    (_claim("1.300", 1300, "people", "count"), "1,300 people"),
    (_claim("tussen 5 en 10 procent", 5, "percent", "percentage", vmax=10), "5–10 %"),
]


@pytest.mark.parametrize(("claim", "shown"), REPORTED, ids=[c.text for c, _ in REPORTED])
def test_report_shows_the_measure(claim: Claim, shown: str) -> None:
    from pipeline.output.report import claim_unit, claim_value

    assert f"{claim_value(claim)} {claim_unit(claim)}" == shown
