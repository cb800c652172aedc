"""A generated Dutch news corpus for the benchmarks: template sentences, varied names and numbers.

The sentences are written for this benchmark (not taken from any source); a seeded random choice of
names, places, organisations and numbers makes each article different but the corpus reproducible.
"""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = [
    "Anouk van Dam", "Bram Vos", "Chantal Meijer", "Daan Bakker", "Esra Demir", "Frank Jansen",
    "Gerda Post", "Hamid Benali", "Iris de Graaf", "Jeroen Visser", "Kim Mulder", "Luuk Peters",
    "Mila Koster", "Noor Hoekstra", "Olaf Dekker", "Priya Ramdin", "Ruben Veenstra", "Sophie Brouwer",
]  # fmt: skip
ROLES = ["wethouder", "burgemeester", "directeur", "woordvoerder", "onderzoeker", "voorzitter"]
TOWNS = [
    "Amersfoort", "Apeldoorn", "Arnhem", "Den Bosch", "Dordrecht", "Enschede", "Groningen",
    "Hilversum", "Leiden", "Maastricht", "Nijmegen", "Tilburg", "Zaandam", "Zoetermeer",
]  # fmt: skip
ORGS = [
    "de GGD", "het Centraal Bureau voor de Statistiek", "de Consumentenbond", "de FNV",
    "Woonbond", "het Sociaal en Cultureel Planbureau", "de Inspectie van het Onderwijs",
    "de Nederlandse Zorgautoriteit",
]  # fmt: skip
TOPICS = ["huurwoningen", "huisartsen", "leraren", "buschauffeurs", "verpleegkundigen", "agenten"]

TITLES = [
    "Tekort aan {topic} in {town} loopt op",
    "{org} slaat alarm over {topic}",
    "Nieuwe cijfers over {topic} in {town}",
]
SENTENCES = [
    "In {town} staan volgens {org} ruim {n} mensen op een wachtlijst.",
    "Dat is {pct} procent meer dan een jaar eerder.",
    "{Role} {person} noemt de situatie zorgelijk.",
    '"We kunnen dit niet langer volhouden", zegt {person}.',
    "Het kabinet trekt {amount} miljoen euro uit om het tekort aan {topic} aan te pakken.",
    "Bijna {pct} procent van de ondervraagden zegt weinig vertrouwen te hebben in de plannen.",
    "{org} wil dat de gemeente voor {year} met een oplossing komt.",
    "Volgens {person} moeten er jaarlijks minstens {n} extra {topic} bij komen.",
    "De gemeenteraad van {town} praat volgende week verder over het onderwerp.",
    "Uit het onderzoek blijkt dat ongeveer {n} huishoudens hun rekeningen niet kunnen betalen.",
    "{person} roept de minister op om snel in te grijpen.",
    "Vorig jaar ging het nog om {m} gevallen, aldus {org}.",
]


def article_text(i: int) -> str:
    """The `i`-th article: a ` date YYYY-MM-DD Title` header line and about 130 words of body."""
    rng = random.Random(i)
    person, topic, town, org = (rng.choice(x) for x in (PEOPLE, TOPICS, TOWNS, ORGS))
    role = rng.choice(ROLES)

    def fill(template: str) -> str:
        return template.format(
            person=person, topic=topic, town=town, org=org, role=role, Role=role.capitalize(),
            n=rng.randrange(20, 9000), m=rng.randrange(10, 5000), pct=rng.randrange(2, 60),
            amount=rng.randrange(2, 400), year=rng.randrange(2025, 2031),
        )  # fmt: skip

    def sentence(template: str) -> str:
        text = fill(template)
        return text[0].upper() + text[1:]

    title = sentence(rng.choice(TITLES))
    body = " ".join(sentence(s) for s in rng.sample(SENTENCES, 9))
    date = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return f" date {date} {title}\n\n{body}\n"


def write_corpus(folder: Path, n: int) -> Path:
    """`n` articles as `folder/bericht-00000.txt` …, written once and reused."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        path = folder / f"bericht-{i:05d}.txt"
        if not path.exists():
            path.write_text(article_text(i), encoding="utf-8")
    return folder
