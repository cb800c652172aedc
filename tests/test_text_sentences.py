"""The sentence and clause notions of the text layer (pipeline.text.sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.text.sentences import (
    MAX_SENTENCE_TOKENS,
    clause_end,
    clause_start,
    punctuation_sentences,
    reader_sentences,
    sentence_ends,
)
from pipeline.text.view import DocView

VOCAB = spacy.blank("nl").vocab  # Dutch lexical attributes (lower case) without a model


def texts(view: DocView, sentences) -> list[str]:
    return [view.text[s.start_char : s.end_char] for s in sentences]


@pytest.mark.parametrize(
    ("words", "starts", "expected"),
    [
        # the parser split inside a sentence: joined again
        (
            ["Buurtbewoners", "vertellen", "dat", "het", "kan", ".", "Nu", "dan", "."],
            [1, 1, 0, 0, 0, 0, 1, 0, 0],
            ["Buurtbewoners vertellen dat het kan .", "Nu dan ."],
        ),
        # a full stop before a closing quote mark still ends the sentence
        (
            ["‘", "Het", "kan", ".", "’", "Zegt", "hij", "."],
            [1, 0, 0, 0, 0, 1, 0, 0],
            ["‘ Het kan . ’", "Zegt hij ."],
        ),
        # a line break ends a headline without a full stop
        (["Kop", "\n", "Tekst", "."], [1, 0, 1, 0], ["Kop \n", "Tekst ."]),
    ],
)
def test_reader_sentences_join_parser_splits(words, starts, expected):
    doc = Doc(VOCAB, words=words, sent_starts=[bool(s) for s in starts])
    view = DocView.of(doc)
    assert texts(view, reader_sentences(view)) == expected


@pytest.mark.parametrize(
    ("words", "spaces", "expected"),
    [
        # the parser is ignored: the glued full stop of "dat." ends the sentence
        (
            ["Hij", "zei", "dat.", "Daarna", "ging", "hij", "."],
            [True, True, True, True, True, False, False],
            ["Hij zei dat.", "Daarna ging hij."],
        ),
        # an abbreviation's full stop does not
        (
            ["Volgens", "mr.", "Jansen", "moet", "het", "."],
            [True, True, True, True, False, False],
            ["Volgens mr. Jansen moet het."],
        ),
    ],
)
def test_punctuation_sentences(words, spaces, expected):
    view = DocView.of(Doc(VOCAB, words=words, spaces=spaces))
    assert texts(view, punctuation_sentences(view, sentence_ends(view))) == expected


def test_sentence_ends_cap_unpunctuated_runs():
    view = DocView.of(Doc(VOCAB, words=["woord"] * (2 * MAX_SENTENCE_TOKENS + 5)))
    ends = sentence_ends(view)
    assert [i for i, end in enumerate(ends) if end] == [
        MAX_SENTENCE_TOKENS - 1,
        2 * MAX_SENTENCE_TOKENS - 1,
    ]


QUOTED = "Hij zei: ‘Het moet nu.’ En dat was dat. Volgens haar klopt het"


@pytest.mark.parametrize(
    ("pos", "start", "end"),
    [
        (QUOTED.index("En"), QUOTED.index("’") + 1, QUOTED.index("dat.") + 4),  # after a quote
        (QUOTED.index("klopt"), QUOTED.index("dat.") + 4, len(QUOTED)),  # after a sentence end
        (QUOTED.index("zei"), 0, QUOTED.index("‘")),  # up to a quote
    ],
)
def test_clause_around_a_position(pos, start, end):
    marks = (QUOTED.index("‘"), QUOTED.index("’"))

    def quoted(i: int) -> bool:
        return marks[0] <= i <= marks[1]

    assert clause_start(QUOTED, pos, quoted) == start
    assert clause_end(QUOTED, pos, quoted) == end


def test_components_break_headlines_and_long_runs(nlp):
    doc = nlp("Rust de politie uit\nDe bond eist meer geld.")
    assert doc[5].is_sent_start, "a line break starts a sentence"
    long = nlp(" ".join(["woord"] * (MAX_SENTENCE_TOKENS + 10)))
    assert long[MAX_SENTENCE_TOKENS].is_sent_start, "an unpunctuated run is cut"
