"""The shared attribution module: reporting verbs, source cues and phrase → party steps."""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import (
    attribution_words,
    lemma_candidates,
    mentioned_entity,
    person_gender,
    pronoun_referent,
    reporting_verb,
    source_words,
    third_person,
)
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity, Span
from pipeline.text.view import DocView
from tests.test_quotes import build_entities, org, person


@pytest.mark.parametrize(
    ("lemma", "lower", "expected"),
    [
        ("zeggen", "zegt", "zeggen"),  # the model's lemma comes first
        ("voegken", "voegt", "voegen"),  # an invented lemma: stem + en
        ("stellen", "stelt", "stellen"),
        ("x", "legt", "leggen"),  # doubled consonant
        ("x", "maakt", "maken"),  # undoubled vowel
    ],
)
def test_lemma_candidates(lemma, lower, expected):
    assert expected in lemma_candidates(lemma, lower), (lemma, lower)


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("‘Het kan niet,’ zegt Jansen.", "zegt", "zegt"),
        ("Dat laat de bond weten.", "laat", "laat weten"),
        ("Dat laat de bond zien.", "laat", None),  # "laten" reports only with "weten"
        ("Hij wees erop dat het kan.", "wees", "wees op"),  # particle fused in "erop"
        ("De vraag was of het kan.", "vraag", None),  # a noun, not the verb "vragen"
        ("De bond eist meer geld.", "eist", None),  # a directive, no reporting verb
    ],
)
def test_reporting_cue(nlp, text, word, cue):
    doc = nlp(text)
    view = DocView.of(doc)
    i = next(t.i for t in doc if t.text == word)
    assert reporting_verb(view, i, (t.lower_ for t in doc[i + 1 :])) == cue, f"{word!r} in {text!r}"


def test_source_cue_words():
    assert {"volgens", "aldus"} <= source_words()
    assert "volgens" in attribution_words().according_to
    assert "aldus" not in attribution_words().according_to  # "aldus X" reports, does not cite
    assert third_person()["haar"] == "f" and "hem" in third_person()
    assert "hem" not in attribution_words().third_person_subject


def _entity(name: str, label: str, *mentions: tuple[int, int]) -> Entity:
    return Entity(
        id=name,
        name=name,
        label=label,
        mentions=[Span(start=s, end=e, text="x" * (e - s)) for s, e in mentions],
    )


INDEX = EntityIndex(
    [
        _entity("Karin Verbeek", "PERSON", (0, 13)),
        _entity("Woonbond", "ORG", (40, 48)),
        _entity("Utrecht", "GPE", (60, 67)),
    ]
)


@pytest.mark.parametrize(
    ("spans", "labels", "expected"),
    [
        ([(41, 45)], None, "Woonbond"),  # overlap is enough
        ([(20, 30), (61, 62)], None, "Utrecht"),  # the first span with a mention wins
        ([(61, 62), (41, 45)], {"ORG"}, "Woonbond"),  # a label filter skips the place
        ([(20, 30)], None, None),
    ],
)
def test_mentioned_entity(spans, labels, expected):
    entity = mentioned_entity(INDEX, spans, labels)
    assert (entity.name if entity else None) == expected


def test_mentioned_entity_prefers_a_person():
    text = "FNV-bestuurder Esra Yilmaz en de Woonbond"
    index = EntityIndex(build_entities(text, [org("FNV"), person("Esra Yilmaz"), org("Woonbond")]))
    whole = [(0, len(text))]
    assert mentioned_entity(index, whole).name == "Esra Yilmaz"  # a person before the first
    assert mentioned_entity(index, whole, {"ORG"}).name == "FNV"  # among organisations, the first
    assert [e.name for e in index.all_at(0, len(text))] == ["FNV", "Esra Yilmaz", "Woonbond"]


@pytest.mark.parametrize(("offset", "expected"), [(30, "Karin Verbeek"), (5, None)])
def test_pronoun_referent_without_text_is_the_last_person_before(offset, expected):
    assert pronoun_referent(INDEX, offset).name == expected


VERBEEK = person("Karin Verbeek", "Verbeek")
DE_GRAAF = person("Pieter de Graaf", "De Graaf")
SMIT = person("Anna Smit", "Smit")
BOS = person("Kim Bos", "Bos")  # a given name of either gender
DE_BOER = person("De Boer")

# (id, text, entities, the pronoun (its last occurrence is resolved), expected referent)
PRONOUN_CASES = [
    ("last-person", "Karin Verbeek opende het pand. Volgens haar is het klaar.", [VERBEEK],
     "haar", "Karin Verbeek"),
    ("gender-skips-a-man", "Karin Verbeek sprak met Pieter de Graaf. Later zei ze dat het kon.",
     [VERBEEK, DE_GRAAF], "ze", "Karin Verbeek"),
    ("gender-skips-a-woman", "Pieter de Graaf belde Karin Verbeek. Hij zegt dat het kon.",
     [VERBEEK, DE_GRAAF], "Hij", "Pieter de Graaf"),
    ("unknown-gender-fits", "Pieter de Graaf belde Kim Bos. Ze zegt dat het kon.",
     [DE_GRAAF, BOS], "Ze", "Kim Bos"),
    ("title-gives-gender", "Mevrouw De Boer sprak met Pieter de Graaf. Volgens haar kan het.",
     [DE_BOER, DE_GRAAF], "haar", "De Boer"),
    ("no-fit-takes-the-last", "Pieter de Graaf opende het pand. Volgens haar is het klaar.",
     [DE_GRAAF], "haar", "Pieter de Graaf"),
    ("quoted-name-is-talked-about", "Karin Verbeek las voor: ‘Anna Smit heeft gelijk.’ Dat zei ze.",
     [VERBEEK, SMIT], "ze", "Karin Verbeek"),
    ("unnamed-woman-since", "Karin Verbeek sprak de vrouw aan. De vrouw, die in de straat woont, "
     "zei dat ze bang was.", [VERBEEK], "ze", "vrouw"),
    ("object-of-van-is-no-referent", "Karin Verbeek is de advocaat van de vrouw. Ze zegt dat het "
     "niet klopt.", [VERBEEK], "Ze", "Karin Verbeek"),
    ("man-does-not-fit-ze", "Karin Verbeek zag de man wegrennen. Ze belde de politie.", [VERBEEK],
     "Ze", "Karin Verbeek"),
    ("nobody-before", "Het rapport is klaar. Volgens haar kan het beter.", [], "haar", None),
    # nobody named: the last person noun, whatever its determiner; "hij" fits one of no gender
    ("nobody-named-a-person-noun", "De brandweer werd gealarmeerd door een buurman. Hij zag "
     "vlammen.", [], "Hij", "buurman"),
    ("nobody-named-a-role", "Een ondernemer keek toe. Volgens hem was het rustig.", [], "hem",
     "ondernemer"),
    ("nobody-named-a-woman", "Een buurvrouw belde de politie. Ze zag rook.", [], "Ze", "buurvrouw"),
    ("nobody-named-ze-may-be-plural", "Een buurtbewoner keek toe. Ze kwamen snel.", [], "Ze", None),
    ("named-person-before-an-indefinite-noun", "Pieter de Graaf belde een collega. Hij zei dat "
     "het kon.", [DE_GRAAF], "Hij", "Pieter de Graaf"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "specs", "pronoun", "expected"),
    [c[1:] for c in PRONOUN_CASES],
    ids=[c[0] for c in PRONOUN_CASES],
)
def test_pronoun_referent(text, specs, pronoun, expected):
    index = EntityIndex(build_entities(text, specs))
    at = text.rindex(f" {pronoun} ") + 1 if f" {pronoun} " in text else text.index(pronoun)
    got = pronoun_referent(index, at, pronoun, text).name
    assert got == expected, f"{pronoun!r} in {text!r}: got {got!r}, want {expected!r}"


@pytest.mark.parametrize(
    ("name", "role", "text", "gender"),
    [
        ("Marieke Jansen", None, "", "f"),  # given name
        ("Pieter de Graaf", None, "", "m"),
        ("De Boer", "woordvoerster", "", "f"),  # gendered role
        ("De Boer", None, "Volgens mevrouw De Boer", "f"),  # title before a mention
        ("De Boer", None, "Volgens De Boer", ""),
        ("Kim Bos", None, "", ""),  # not a given name of one gender
    ],
)
def test_person_gender(name, role, text, gender):
    start = text.find(name)
    mentions = [Span(start=start, end=start + len(name), text=name)] if start >= 0 else []
    entity = Entity(id="e1", name=name, label="PERSON", role=role, mentions=mentions)
    assert person_gender(entity, text) == gender
