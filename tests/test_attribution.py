"""The shared attribution module: reporting verbs, source cues and phrase → party steps."""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import (
    attribution_words,
    lemma_candidates,
    mentioned_entity,
    pronoun_referent,
    reporting_verb,
    source_words,
    third_person,
)
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity, Span
from pipeline.text.view import DocView


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


@pytest.mark.parametrize(("offset", "expected"), [(30, "Karin Verbeek"), (5, None)])
def test_pronoun_referent_is_the_last_person_before(offset, expected):
    entity = pronoun_referent(INDEX, offset)
    assert (entity.name if entity else None) == expected
