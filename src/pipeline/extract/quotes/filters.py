"""Quote filters: named judgements of a quotation that decide whether strategies may attribute it
and whether an unattributed quotation is kept at all (`registry.py` says where each applies).

- `names_a_title`: "het rapport ‘Kansen voor iedereen’" is a title, not speech (the word before
  it is a `title_noun` of data/quote_words.csv);
- `is_scare_quote`: "‘gemelde’ slachtoffers" — a fragment of at most two words used as a modifier
  of the noun after it — is no quotation of anyone;
- `is_speech`: "‘We gaan hier niet meer weg, wat er ook gebeurt.’" — a full sentence of some
  length, or several — is kept even when nobody is named for it.
"""

from __future__ import annotations

import re

from pipeline.extract.quotes.quotation import Quotation
from pipeline.text.grammar import SENTENCE_END

_MIN_UNATTRIBUTED_WORDS = 6
_SENTENCES = re.compile(r"[.!?] +[A-Z]")  # a sentence end inside a quotation, another sentence on
_MAX_SCARE_WORDS = 2


def names_a_title(quote: Quotation) -> bool:
    """The word before the quotation in its clause is a title noun ("het rapport ‘…’")."""
    previous = [t for t in quote.clause.tokens if t.idx < quote.marks.open_at]
    return bool(previous) and previous[-1].lemma_.casefold() in quote.ctx.lex.title_nouns


def is_scare_quote(quote: Quotation) -> bool:
    """A short fragment modifying the noun after it in its clause ("‘gemelde’ slachtoffers");
    "Ze noemt het ‘onzin’." is not one (only the full stop follows in the clause)."""
    following = [t for t in quote.clause.tokens if t.idx > quote.marks.close_at]
    return bool(
        len(quote.text.split()) <= _MAX_SCARE_WORDS
        and following
        and not following[0].is_punct
        and (following[0].pos_ in {"NOUN", "PROPN", "X"} or following[0].tag_[:1] == "N")
    )


def is_speech(quote: Quotation) -> bool:
    """An unattributed passage still counts when it is a full sentence of some length: it opens
    a sentence (after a sentence end, a line break, a colon or another quotation) or is several
    sentences itself ("Vervolgonderzoek ‘Onze eerste focus is … Hierdoor voorkomen we …’", where
    the scrape glued a sub-heading to it), it starts with no small letter (a fragment does: "de
    discussie gaat over: “ja maar die provider biedt dat ook”"), and it ends one."""
    ctx, marks = quote.ctx, quote.marks
    before = ctx.text[: marks.open_at].rstrip(" \\")  # a scrape's escaping backslash: \"…\"
    opens_sentence = not before or before[-1] in SENTENCE_END | {"\n", ":"}
    opens_sentence = opens_sentence or ctx.quoted(len(before) - 1)
    inner = quote.text
    opens_sentence = opens_sentence or (
        inner[:1].isupper() and _SENTENCES.search(inner) is not None
    )
    after = ctx.text[marks.close_at + 1 : marks.close_at + 2]
    ends_sentence = inner[-1] in SENTENCE_END or after in {".", "!", "?"}
    starts_sentence = not inner[:1].islower()  # "ja maar die provider …" is a fragment
    words = len(inner.split())
    return opens_sentence and starts_sentence and ends_sentence and words >= _MIN_UNATTRIBUTED_WORDS
