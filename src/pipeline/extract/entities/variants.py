"""Variants: one name written two ways in one article, one edit apart (two merge rules of merging.py).

- `spelling_variant`: a typo in a name. "In Oosterhesselen brandde een schuur. De brandweer van
  Oosterhessellen …" is one village: same kind of thing (entity_words.yaml `merge_rules`
  `spelling_label_classes`), one letter inserted, left out, changed, or two neighbours swapped,
  inside a word of at least `spelling_min_letters` letters in both forms, neither at its first letter
  nor in its last `spelling_kept_ending` characters (Nederland/Nederlands is an inflection, Maria and
  Marie are two women) and no digit in either form (the roads N201 and N203 are two roads).
- `acronym_variant`: one group's acronym in two spellings. "De LHBTI-gemeenschap … LGBTI-jongeren"
  (the Dutch and the English order of the letters): all capitals, at least `acronym_min_letters`
  letters, a trailing `acronym_suffixes` mark allowed, no digits, one letter changed or two
  neighbours swapped, whatever label the model gave each (the group's label is decided as for any
  group, labelling.py). Four-letter acronyms are left alone: NAVO and NASA are two bodies.
- `capitals_variant`: a name set in capitals, as in a dateline ("ZWOLLE, 3 maart – … in de regio
  Zwolle"): the same letters ignoring case, one form all capitals. Only needed where the
  termbase or gazetteer knows the other form (it matches names case-sensitively); other forms of
  one name already share their merge key.
- `inflected_adjective`: an adjective of a place or people with and without its inflection ("het
  Vlaams Parlement … de Vlaamse regering", "Europees"/"Europese"), for the labels in
  `merge_rules` `inflection_labels`.

Two names the termbase or gazetteer knows as two entries are never variants of each other. Of two
spelling variants the typo (`misspelt`) is an alias only: it never names the entity.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.entities.mentions import Mention, term_of
from pipeline.extract.entities.words import words

_WORD_BREAKS = (" ", "-")


def one_edit(a: str, b: str) -> tuple[int, int, int] | None:
    """Where `a` and `b` differ when one edit turns one into the other (one character inserted,
    left out or changed, or two neighbours swapped): `(start, end_a, end_b)`, the differing
    characters being `a[start:end_a]` and `b[start:end_b]`; None for equal forms or more edits.

    A doubled letter makes the place of an insertion ambiguous ("Hessel"/"Hesssel"); the latest
    place is taken."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    shorter = min(len(a), len(b))
    start = 0
    while start < shorter and a[start] == b[start]:
        start += 1
    tail = 0
    while tail < shorter - start and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    diff_a, diff_b = a[start : len(a) - tail], b[start : len(b) - tail]
    one = len(diff_a) + len(diff_b) == 1 or len(diff_a) == len(diff_b) == 1
    swap = len(diff_a) == len(diff_b) == 2 and diff_a == diff_b[::-1]
    return (start, len(a) - tail, len(b) - tail) if one or swap else None


def variant_length_gap() -> int:
    """The largest difference in length between two forms (case-folded) that any variant rule
    admits: one edit changes it by one, an inflection by its suffix; a pair further apart needs
    no test."""
    return max(1, len(words().merge_rules.inflection_suffix))


def spelling_variant(a: list[Mention], b: list[Mention]) -> bool:
    """Whether the mentions `a` of one form and `b` of another are one name, one form with a typo
    inside a long word (module doc); the model may label the mentions of one form differently, so
    some mention of each must name the same kind of thing."""
    rules = words().merge_rules
    form_a, form_b = a[0].form.casefold(), b[0].form.casefold()
    if any(c.isdigit() for c in form_a + form_b):
        return False
    edit = one_edit(form_a, form_b)
    if edit is None:
        return False
    start, end_a, end_b = edit
    if not (form_a[start:end_a] + form_b[start:end_b]).isalpha():
        return False  # a space or hyphen added or dropped joins or splits words
    word_start = max(form_a.rfind(w, 0, start) for w in _WORD_BREAKS) + 1
    if start == word_start:
        return False  # the first letter: another name (Karel/Carel, Hoorn/Doorn)
    for form, end in ((form_a, end_a), (form_b, end_b)):
        word_end = min(
            (i for w in _WORD_BREAKS if (i := form.find(w, end)) >= 0), default=len(form)
        )
        if word_end - word_start < rules.spelling_min_letters:
            return False
        if end > word_end - rules.spelling_kept_ending:
            return False
    if not {_label_class(m.label) for m in a} & {_label_class(m.label) for m in b}:
        return False
    return not _two_entries(a[0], b[0])


def misspelt(a: list[Mention], b: list[Mention]) -> list[Mention]:
    """Which of two spelling variants (the mentions of each form, in text order) is the typo, an
    alias that never names the entity: the form the termbase or gazetteer does not know, else the
    one written less often, else the later one ("Oosterhesselen … Oosterhessellen")."""
    known_a, known_b = term_of(a[0]) is not None, term_of(b[0]) is not None
    if known_a != known_b:
        return b if known_a else a
    if len(a) != len(b):
        return a if len(a) < len(b) else b
    return a if a[0].span.start > b[0].span.start else b


def acronym_variant(a: Mention, b: Mention) -> bool:
    """Whether `a` and `b` are one group's acronym in two spellings (module doc)."""
    if len(a.form) != len(b.form) or not (_acronym().match(a.form) and _acronym().match(b.form)):
        return False
    edit = one_edit(a.form, b.form)
    if edit is None:
        return False
    start, end, _ = edit
    # "LHBTIQ"/"LHBTI+": a mark for a letter is no variant
    return (a.form[start:end] + b.form[start:end]).isalpha() and not _two_entries(a, b)


def capitals_variant(a: Mention, b: Mention) -> bool:
    """Whether `a` and `b` are one name, one of them set in capitals (module doc)."""
    if a.form.casefold() != b.form.casefold() or a.form.isupper() == b.form.isupper():
        return False
    return not _two_entries(a, b)


def inflected_adjective(a: Mention, b: Mention) -> bool:
    """Whether `a` and `b` are one adjective with and without its inflection (module doc)."""
    rules = words().merge_rules
    if a.label not in rules.inflection_labels or b.label not in rules.inflection_labels:
        return False
    forms = (a.form.casefold(), b.form.casefold())
    inflected = any(
        " " not in base
        and base.endswith(tuple(rules.inflection_base_endings))
        and other in _inflections(base)
        for base, other in (forms, forms[::-1])
    )
    return inflected and not _two_entries(a, b)


def _inflections(base: str) -> set[str]:
    """The inflected forms of an adjective: "vlaams" -> "vlaamse", "europees" -> "europese"."""
    suffix = words().merge_rules.inflection_suffix
    forms = {base + suffix}
    for vowel in words().merge_rules.inflection_long_vowels:
        stem, ending = base[:-1], base[-1:]
        if stem.endswith(vowel):
            forms.add(stem[:-1] + ending + suffix)
    return forms


@cache
def _acronym() -> re.Pattern[str]:
    rules = words().merge_rules
    suffixes = "|".join(re.escape(s) for s in rules.acronym_suffixes)
    return re.compile(rf"^[A-Z]{{{rules.acronym_min_letters},}}(?:{suffixes})?$")


def _label_class(label: str) -> str:
    return words().merge_rules.spelling_label_classes.get(label, label)


def _two_entries(a: Mention, b: Mention) -> bool:
    """Whether the termbase or gazetteer knows `a` and `b` as two different entries."""
    term_a, term_b = term_of(a), term_of(b)
    return term_a is not None and term_b is not None and term_a != term_b
