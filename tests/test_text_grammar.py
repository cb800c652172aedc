"""Grammar predicates of the text layer, on hand-built Docs so no model's quirks decide them."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.text.grammar import (
    ends_sentence,
    is_boundary,
    is_finite,
    is_infinitive,
    is_past,
    is_quote_mark,
    is_subordinating_conjunction,
    opens_subordinate_clause,
)
from pipeline.text.view import DocView

VOCAB = spacy.blank("nl").vocab  # Dutch lexical attributes (lower case) without a model


def view_of(tokens: list[tuple[str, str, str, str]], spaces: list[bool] | None = None) -> DocView:
    """A DocView of (word, UPOS, Lassy tag, UD features) tokens."""
    words, pos, tags, morphs = (list(column) for column in zip(*tokens, strict=True))
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=pos, tags=tags, morphs=morphs)
    return DocView.of(doc)


# (word, UPOS, tag, features, expected finite, past, infinitive)
VERBS = [
    ("moet", "AUX", "WW|pv|tgw|ev", "Number=Sing|Tense=Pres|VerbForm=Fin", True, False, False),
    ("moest", "AUX", "WW|pv|verl|ev", "Number=Sing|Tense=Past|VerbForm=Fin", True, True, False),
    ("riep", "VERB", "", "Tense=Past|VerbForm=Fin", True, True, False),  # features only
    ("eist", "VERB", "WW|pv|tgw|met-t", "", True, False, False),  # tag only
    ("ingrijpen", "VERB", "WW|inf|vrij|zonder", "VerbForm=Inf", False, False, True),
    ("ingrijpen", "NOUN", "WW|inf|nom|zonder|zonder-n", "VerbForm=Inf", False, False, False),
    ("geëist", "VERB", "WW|vd|vrij|zonder", "VerbForm=Part", False, False, False),
    ("kabinet", "NOUN", "N|soort|ev|basis|onz|stan", "Number=Sing", False, False, False),
]


@pytest.mark.parametrize(("word", "pos", "tag", "feats", "finite", "past", "inf"), VERBS)
def test_verb_predicates(word, pos, tag, feats, finite, past, inf):
    view = view_of([(word, pos, tag, feats)])
    got = (is_finite(view, 0), is_past(view, 0), is_infinitive(view, 0))
    assert got == (finite, past, inf), f"{word} {pos} {tag}: finite, past, infinitive"


# (word, UPOS, tag, conjunction?, opens a subordinate clause?)
OPENERS = [
    ("dat", "SCONJ", "VG|onder", True, True),
    ("omdat", "SCONJ", "", True, True),
    ("als", "SCONJ", "", True, False),  # comparative "als" tagged by UPOS only
    ("als", "SCONJ", "VG|onder", True, True),  # "als het misgaat": the tag says conjunction
    ("die", "PRON", "VNW|betr|pron|stan|vol|persoon|getal", False, True),
    ("hoe", "ADV", "VNW|vb|adv-pron|obl|vol|3o|getal", False, True),
    ("en", "CCONJ", "VG|neven", False, False),
]


@pytest.mark.parametrize(("word", "pos", "tag", "conjunction", "opens"), OPENERS)
def test_subordinators(word, pos, tag, conjunction, opens):
    view = view_of([(word, pos, tag, "")])
    assert is_subordinating_conjunction(view, 0) == conjunction, word
    assert opens_subordinate_clause(view, 0) == opens, word


# (words, spaces, index, ends a sentence?, limits a clause?)
BOUNDARIES = [
    (["Het", "kan", "."], [True, False, False], 2, True, True),
    (["zei", "hij", "dat.", "Daarna"], [True, True, True, False], 2, True, True),  # glued stop
    (["aldus", "mr.", "Jansen"], [True, True, False], 1, False, False),  # abbreviation
    (["kop", "\n", "Tekst"], [False, False, False], 1, True, True),
    (["5", ",", "5"], [False, False, False], 1, False, False),  # decimal comma
    (["ja", ",", "5"], [False, True, False], 1, False, True),  # comma and a space
    (["moet", "‘", "nu"], [True, False, False], 1, False, True),  # quote mark
    (["moet", "nu"], [True, False], 0, False, False),
]


@pytest.mark.parametrize(("words", "spaces", "i", "ends", "boundary"), BOUNDARIES)
def test_sentence_ends_and_boundaries(words, spaces, i, ends, boundary):
    view = DocView.of(Doc(VOCAB, words=words, spaces=spaces))
    assert ends_sentence(view, i) == ends, f"{words}[{i}] ends a sentence"
    assert is_boundary(view, i) == boundary, f"{words}[{i}] limits a clause"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("‘", True), ("„", True), ("'", True), ("‹", True), ("›", True), ("a", False)],
)
def test_quote_marks(text, expected):
    assert is_quote_mark(text) == expected
