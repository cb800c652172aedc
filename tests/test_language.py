"""The language check: Dutch passes, other languages are refused, short texts get the benefit."""

from __future__ import annotations

import pytest

from pipeline.ingest import iter_sources, read_path
from pipeline.language import NotDutchError, check_dutch, detect, plainly_dutch
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


NEIGHBOURS = [
    "The city council voted on Tuesday to build four hundred social housing units on the edge of"
    " town, and the mayor said the door to more homes is open for the coming years.",
    "Der Stadtrat hat am Dienstag beschlossen, am Stadtrand vierhundert Sozialwohnungen zu bauen;"
    " die Opposition war dagegen, weil die Kosten nicht gedeckt sind.",
    "Die stadsraad het Dinsdag besluit om vierhonderd maatskaplike behuisingseenhede aan die rand"
    " van die dorp te bou, maar die opposisie is nie tevrede nie en het volgens hulle te min geld.",
    "De gemeenteried fan Ljouwert hat tiisdei besletten om fjouwerhûndert sosjale hierwenten te"
    " bouwen oan de râne fan de stêd; de opposysje wie der tsjin, om't de kosten net dekt binne.",
    "Le conseil municipal a voté mardi la construction de quatre cents logements sociaux en"
    " périphérie de la ville.",
    # English with a Dutch quotation: substantial English, so the identifier decides
    'The minister said: "We gaan het niet doen." Critics in parliament called the decision a'
    " mistake that will cost the country dearly over the next ten years, and several members"
    " asked for a debate before the summer recess.",
]


@pytest.mark.parametrize("text", NEIGHBOURS, ids=["en", "de", "af", "fy", "fr", "en-quote"])
def test_no_neighbouring_language_takes_the_dutch_shortcut(text):
    assert not plainly_dutch(text), "only the identifier may call this text Dutch"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente wil dat er voor de zomer een besluit wordt genomen over de bouw van nieuwe"
         " woningen bij het station, maar de provincie is daar niet van overtuigd.", True),
        ("De politie zoekt getuigen van een inbraak in Tilburg. Zij vraagt mensen die iets hebben"
         " gezien zich te melden bij het wijkbureau.", True),
        ("De politie zoekt getuigen van een inbraak in Tilburg.", False),  # one marker: ask
        ("Kop", False),
    ],
)  # fmt: skip
def test_plainly_dutch(text, expected):
    assert plainly_dutch(text) is expected


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
    asked = [a.id for a in articles if not plainly_dutch(a.text)]
    assert len(asked) <= 0.05 * len(articles), f"the shortcut should serve nearly all: {asked}"
