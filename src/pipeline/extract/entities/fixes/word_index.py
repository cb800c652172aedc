"""The words the Doc-wide scans of the entity fixes start from, indexed once per Doc.

Many fixes scan every word of a Doc for the few that can start their construction: a role ("wethouder
…"), a listed given name, a noun naming a kind of body or of work, a street word, a road number, a
place adjective before a road word ("de Zuidelijke Ring"), the head of a law title ("Wet …"), a
see-also cue, a word in capitals (a dateline's place), an opening bracket. Each such test is a function of the word form (`WORD_TESTS`).
`index_words` runs them all in one pass — per distinct word form once, cached — and `FixContext`
keeps the positions of each, so a fix reads its start words instead of scanning the Doc again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import compress

from pipeline.extract.entities.names import org_kind_ending, suffix_label
from pipeline.extract.entities.roles import may_start_role
from pipeline.extract.entities.words import words
from pipeline.labels import first_names

WordTest = Callable[[str], bool]


def given_name(text: str) -> bool:
    """A listed given name ("Marja", data/first_names.csv)."""
    return text in first_names()


def work_noun(text: str) -> bool:
    """A lower-case noun naming a kind of work, also as a compound's end ("voorlichtingscampagne";
    entity_words.yaml `work_nouns`)."""
    return text.islower() and text.endswith(tuple(words().work_nouns))


def street_word(text: str) -> bool:
    """A capitalised word with a street ending ("Kerkstraat", data/name_suffixes.csv)."""
    return text.istitle() and text.isalpha() and suffix_label(text) == "LOC"


@cache
def _road() -> re.Pattern[str]:
    return re.compile(words().road_number)


def road_number(text: str) -> bool:
    """A word written as a road number ("A27", "N233"; entity_words.yaml `road_number`)."""
    return _road().match(text) is not None


def place_adjective(text: str) -> bool:
    """A capitalised adjective in -e ("Zuidelijke", "Haagse"), as before a road word."""
    return text.istitle() and text.isalpha() and text.endswith("e")


def law_head(text: str) -> bool:
    """A capitalised head of a law title ("Wet"; entity_words.yaml `law_heads`)."""
    return text.istitle() and text.lower() in words().law_heads


@cache
def _cue_starts() -> frozenset[str]:
    return frozenset(cue.split()[0] for cue in words().link_cues)


def link_cue_start(text: str) -> bool:
    """The first word of a see-also cue in any case ("Zie" of "Zie ook"; `link_cues`)."""
    return text.lower() in _cue_starts()


def capitals(text: str) -> bool:
    """A word of two or more capitals, hyphens and apostrophes allowed ("DEN", "HAAG", "'S-HERTOGENBOSCH"):
    a dateline's place."""
    return len(text) > 1 and text.isupper() and text.replace("-", "").replace("'", "").isalpha()


def opening_bracket(text: str) -> bool:
    """ "(": a bracketed acronym may follow."""
    return text == "("


WORD_TESTS: tuple[WordTest, ...] = (
    may_start_role,
    given_name,
    org_kind_ending,
    work_noun,
    street_word,
    road_number,
    place_adjective,
    law_head,
    link_cue_start,
    capitals,
    opening_bracket,
)


# word form -> the numbers of the `WORD_TESTS` it passes (most words: none); emptied when it grows
# past `_MAX_FORMS` forms. A dict read with `map` costs less per token than an `lru_cache` call.
_PASSED: dict[str, tuple[int, ...]] = {}
_MAX_FORMS = 1 << 16


def _passed(texts: Sequence[str]) -> list[tuple[int, ...]]:
    """The numbers of the `WORD_TESTS` each word passes, cached by word form."""
    try:
        return list(map(_PASSED.__getitem__, texts))
    except KeyError:
        if len(_PASSED) > _MAX_FORMS:
            _PASSED.clear()
        for text in set(texts).difference(_PASSED):
            _PASSED[text] = tuple(k for k, test in enumerate(WORD_TESTS) if test(text))
        return list(map(_PASSED.__getitem__, texts))


def index_words(texts: Sequence[str]) -> dict[WordTest, list[int]]:
    """Each of `WORD_TESTS` -> the token numbers, in order, whose text passes it."""
    passed = _passed(texts)
    found: list[list[int]] = [[] for _ in WORD_TESTS]
    for i in compress(range(len(texts)), passed):
        for k in passed[i]:
            found[k].append(i)
    return dict(zip(WORD_TESTS, found, strict=True))
