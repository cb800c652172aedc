"""Small Dutch grammar predicates over a `DocView` token, shared by every extractor.

Each answers one question about token i the way every rule should answer it. Small models fill the
UD features (`VerbForm=Fin`) and the Lassy tags (`WW|pv|tgw|ev`) unevenly, so the verb predicates
read both; the tag prefixes are those of the Lassy Small / UD Dutch tagset (`WW|pv` finite verb,
`WW|inf` infinitive, `VG|onder` subordinating conjunction, `VNW|betr` relative and `VNW|vb`
interrogative pronoun). Closed word classes the predicates need live in `data/grammar.yaml`.
Where two extractors ask a different question ("does a clause open here?" for demands, "is this a
subordinating conjunction?" for claims), there are two predicates with their own names.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from pipeline.text.datafiles import GrammarWords, QuoteMarkRow, sections, table
from pipeline.text.view import DocView

SENTENCE_END = frozenset({".", "!", "?", "…"})
# Punctuation that ends a clause for a reader (a comma only when it is no decimal comma).
CLAUSE_BOUNDARY = frozenset({",", ";", ":", "(", ")", "—", "–", "!", "?"})
VERBAL = frozenset({"VERB", "AUX"})
_CLAUSE_OPENER_TAGS = ("VG|onder", "VNW|betr", "VNW|vb")


@cache
def grammar_words() -> GrammarWords:
    """data/grammar.yaml, loaded once."""
    return sections(GrammarWords)


@cache
def quote_marks() -> frozenset[str]:
    """Every opening and closing quotation mark of data/quote_marks.csv: the one list that
    pairing quotes, clause limits and sentence ends all use."""
    return frozenset(mark for row in table(QuoteMarkRow) for mark in row.open + row.closers)


def is_quote_mark(text: str) -> bool:
    """A token (or character) that is a quotation mark."""
    return text in quote_marks()


def ends_sentence(view: DocView, i: int) -> bool:
    """Token i ends a sentence for a reader: a full stop, question or exclamation mark or a line
    break -- also a mark the tokeniser left on a word ("dat." before a capital), unless the word
    is an abbreviation ("mr. Jansen"). spaCy keeps line breaks in tokens of their own, so a
    token's trailing whitespace is at most one space."""
    token = view.orth[i]
    if token in SENTENCE_END or "\n" in token:
        return True
    word, mark = token[:-1], token[-1:]
    return (
        mark in SENTENCE_END
        and word.isalpha()
        and word.casefold() not in grammar_words().abbreviations
        and bool(view.spaced[i])
        and i + 1 < len(view)
        and view.orth[i + 1].istitle()  # spaCy's `is_title`
    )


def is_boundary(view: DocView, i: int) -> bool:
    """Token i limits a clause: clause punctuation (not the decimal comma of "5,5 procent"), a
    sentence end, a quotation mark, a line break or other whitespace."""
    text = view.orth[i]
    if text == "," and not view.spaced[i] and i + 1 < len(view) and view.orth[i + 1].isdigit():
        return False  # a text may end on any token, also a comma
    return (
        text in CLAUSE_BOUNDARY
        or ends_sentence(view, i)
        or is_quote_mark(text)
        or "\n" in text
        or bool(view.is_space[i])
    )


def is_verb(view: DocView, i: int) -> bool:
    """A verb or an auxiliary by its UPOS tag."""
    return view.pos[i] in VERBAL


def is_finite(view: DocView, i: int) -> bool:
    """A finite verb form (by Lassy tag or UD VerbForm), whatever its UPOS tag."""
    return view.tag[i].startswith("WW|pv") or "Fin" in view.morph(i, "VerbForm")


def is_past(view: DocView, i: int) -> bool:
    """A past-tense form ("moest", "riep"): UD Tense=Past or Lassy `WW|pv|verl`."""
    return "Past" in view.morph(i, "Tense") or view.tag[i].startswith("WW|pv|verl")


def is_infinitive(view: DocView, i: int) -> bool:
    """A verb in the infinitive ("ingrijpen" after "te" or a modal)."""
    return view.pos[i] in VERBAL and (
        "Inf" in view.morph(i, "VerbForm") or view.tag[i].startswith("WW|inf")
    )


def is_subordinating_conjunction(view: DocView, i: int) -> bool:
    """Tagged a subordinating conjunction ("dat", "omdat", "als", "sinds") by UPOS or Lassy tag.
    Callers decide which of these open the clause they look for."""
    return view.pos[i] == "SCONJ" or view.tag[i].startswith("VG|onder")


def opens_subordinate_clause(view: DocView, i: int) -> bool:
    """Token i opens a subordinate clause: a subordinating conjunction, a relative pronoun ("die",
    "dat" after a noun) or an interrogative one ("hoe", "wat"); a word tagged SCONJ only by UPOS
    that is one of `not_clause_openers` (comparative "als") does not."""
    return view.tag[i].startswith(_CLAUSE_OPENER_TAGS) or (
        view.pos[i] == "SCONJ" and view.lower[i] not in grammar_words().not_clause_openers
    )


def headed_by(forms: Iterable[str], nouns: frozenset[str], min_head: int) -> bool:
    """One of `forms` (of one word) is one of `nouns` or a compound headed by one ("huurwet" by
    "wet", "zorgverzekeraar" by "verzekeraar"): Dutch compounds are right-headed. A noun shorter
    than `min_head` letters matches only as a whole word."""
    heads = _compound_heads(nouns, min_head)
    return any(form in nouns or form.endswith(heads) for form in forms)


@cache
def _compound_heads(nouns: frozenset[str], min_head: int) -> tuple[str, ...]:
    """The nouns long enough to head a compound, as one tuple for `str.endswith` (cached per word
    list: the lists are loaded once, and this test runs for most nouns of a document)."""
    return tuple(noun for noun in nouns if len(noun) >= min_head)
