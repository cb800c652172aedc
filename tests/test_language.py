"""The language check: Dutch passes, other languages are refused, short texts get the benefit."""

from __future__ import annotations

import pytest

from pipeline.ingest import iter_sources, read_path
from pipeline.language import NotDutchError, check_dutch, detect
from tests.conftest import CORPUS, ROOT, SHARED


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De gemeenteraad van Zwolle heeft dinsdagavond ingestemd met de bouw van 400 sociale"
         " huurwoningen aan de rand van de stad.", "nl"),
        ("Het Vlaamse parlement keurde gisteren het decreet over de kinderopvang goed, ondanks"
         " kritiek van de oppositie.", "nl"),
        ("The city council voted on Tuesday to build four hundred social housing units on the"
         " edge of town.", "en"),
        ("Der Stadtrat hat am Dienstag beschlossen, am Stadtrand vierhundert Sozialwohnungen zu"
         " bauen.", "de"),
        ("Le conseil municipal a voté mardi la construction de quatre cents logements sociaux en"
         " périphérie.", "fr"),
        ("Die stadsraad het Dinsdag besluit om vierhonderd maatskaplike behuisingseenhede aan die"
         " rand van die dorp te bou.", "af"),
    ],
)  # fmt: skip
def test_detect(text, language):
    assert detect(text).language == language


@pytest.mark.parametrize(
    "text",
    [
        "Kop",  # too short to tell
        "NOS Nieuws 12:00",
        "Breaking: brand in Utrecht",
        "Minister De Jonge: 'We gaan door.'",
    ],
)
def test_short_texts_are_given_the_benefit_of_the_doubt(text):
    check_dutch(text)


def test_not_dutch_says_what_was_detected_and_can_be_forced():
    english = (
        "The government said on Tuesday that it will invest more money in schools and hospitals."
    )
    with pytest.raises(NotDutchError, match="detected 'en'") as caught:
        check_dutch(english)
    assert caught.value.language == "en" and caught.value.confidence > 0.9
    check_dutch(english, force_language="nl")
    with pytest.raises(ValueError, match="only 'nl'"):
        check_dutch(english, force_language="en")


def test_every_dutch_text_we_have_passes():
    """Our corpus, fixtures, the reference and the dev set: none may be refused."""
    inputs = [
        CORPUS,
        ROOT / "tests" / "fixtures",
        SHARED / "reference",
        SHARED / "data" / "devset" / "texts",
    ]
    articles = [
        item
        for path in iter_sources([p for p in inputs if p.exists()])
        for item in read_path(path)
        if hasattr(item, "text")
    ]
    assert len(articles) > 20
    refused = [(a.id, detect(a.text)) for a in articles if not detect(a.text).is_dutch]
    assert not refused
