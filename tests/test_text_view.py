"""DocView: the token columns every extractor reads must say what spaCy's Token objects say."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.text.view import DocView

TEXTS = [
    "Minister Hanneke Dekker zegt dat het kabinet moet ingrijpen.\nNieuwe kop zonder punt",
    "‘We hebben dit jarenlang zien aankomen’, aldus woordvoerder Thomas de Vries van de FNV.",
    "Het aantal daklozen steeg in 2023 met 12,5 procent tot ruim 1.300 mensen.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_equal_token_attributes(nlp, text):
    doc = nlp(text)
    view = DocView.of(doc)
    assert view.text == doc.text
    assert len(view) == len(doc)
    for t in doc:
        i = t.i
        expected = {
            "orth": t.text,
            "lower": t.lower_,
            "lemma": t.lemma_.casefold(),
            "pos": t.pos_,
            "tag": t.tag_,
            "dep": t.dep_,
            "head": t.head.i,
            "starts": t.idx,
            "spaced": int(bool(t.whitespace_)),
            "is_punct": int(t.is_punct),
            "is_space": int(t.is_space),
            "ent_iob": t.ent_iob_,
            "ent_type": t.ent_type_,
        }
        got = {name: getattr(view, name)[i] for name in expected}
        assert got == expected, f"token {i} {t.text!r}"
        assert (view.sent_start[i] == 1) == bool(t.is_sent_start)
        for feature in ("VerbForm", "Tense", "Number"):
            assert list(view.morph(i, feature)) == t.morph.get(feature), (t.text, feature)
        assert view.token_at(t.idx) == i
        assert view.end(i) == t.idx + len(t.text)


def test_char_maps(nlp):
    view = DocView.of(nlp("Het kabinet zegt nee."))
    assert view.token_at(5) == 1  # inside "kabinet"
    assert view.token_at(11) == 1  # the space after "kabinet" belongs to it
    assert view.token_at(len(view.text)) == -1
    assert view.first_token_from(5) == 2  # "zegt" is the first token starting at or after 5
    assert view.first_token_from(len(view.text)) == len(view)
    assert view.tag_at(-1) == ""


def test_view_is_immutable(nlp):
    view = DocView.of(nlp("Het kabinet zegt nee."))
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.text = "iets anders"  # type: ignore[misc]
    assert isinstance(view.orth, tuple)
