"""`_contains_word` must agree with the regex it replaces (whole-word, literal match)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.english.summary import _WORD, _contains_word

ALPHABET = st.sampled_from(list("ab1 _%.,€-é"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, max_size=20), phrase=st.text(ALPHABET, min_size=1, max_size=4))
def test_contains_word_agrees_with_the_regex(text, phrase):
    expected = bool(re.search(_WORD.format(re.escape(phrase)), text))
    assert _contains_word(text, phrase) == expected, (text, phrase)
