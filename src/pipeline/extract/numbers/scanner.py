"""The scan: one left-to-right pass that tries the registry's units at each word.

At word i: the opening forms; else a hedge, a currency sign and the other forms; a found quantity
passes the quantity filters and takes its hedge, and the scan goes on after it. Where nothing is
found, the skips step past a whole non-claim shape (a date, a time). Words inside a shape of
`shapes.py` (a phone number, a URL) and words no unit may begin with are passed over without
trying anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.extract.numbers import registry
from pipeline.extract.numbers.context import Scan
from pipeline.extract.numbers.hedges import apply_hedges, hedge_before
from pipeline.extract.numbers.registry import Form
from pipeline.extract.numbers.units import currency_sign, shared_units
from pipeline.extract.numbers.words import Quantity, Word, tokenize


def find_quantities(
    words: list[Word], lemmas: list[str] | None = None, text: str | None = None
) -> list[Quantity]:
    """Every quantity in `words` (one sentence or a whole text), in text order.

    `lemmas` are the sentence's lemmas; when given, a year in a sentence about plans ("wil", "zal")
    is not a claim that something happened. `text`, the text the words' offsets point into (the
    document), lets the non-claim shapes be ruled out at once where nothing of one is there.
    """
    rules = registry.REGISTRY
    starts = candidate_starts(words, rules)
    if not starts:
        return []  # no word a quantity may begin with: no scan state is built
    scan = Scan(words, lemmas, rules, text=text)
    i = 0
    for k in starts:
        if k < i:
            continue  # inside a quantity found or a non-claim shape stepped past
        if k in scan.shapes:
            i = scan.shapes[k]
            continue
        q = match_at(scan, k)
        if q is None:
            i = _past_non_claim(scan, k)
            continue
        scan.found.append(q)
        i = q.j
    return shared_units(scan)


def candidate_starts(words: list[Word], rules: registry.Registry) -> list[int]:
    """The words a quantity may begin with (digits, or a word some unit may begin with), in one
    pass: the scan tries only these, and a sentence without any needs no scan at all (most
    sentences of a news text hold no number)."""
    may_start = rules.may_start
    return [k for k, w in enumerate(words) if w.text[0].isdigit() or may_start(w.low)]


def _past_non_claim(scan: Scan, i: int) -> int:
    """The word after the longest non-claim shape the skips find at word i (i + 1 if none)."""
    end = i + 1
    for skip in scan.registry.skips:
        end = max(end, skip(scan, i))
    return end


def match_at(scan: Scan, i: int) -> Quantity | None:
    """The quantity starting at word i, or None."""
    for form in scan.registry.opening_at(scan.words[i]):
        q = form.find(scan, i)
        if q is not None:
            return q
    hedge, k = hedge_before(scan, i)
    q = _form_at(scan, k)
    if q is None:
        return None
    for rejects in scan.registry.quantity_filters:  # a plain loop: this runs for every quantity
        if rejects(scan, i, q):
            return None
    return apply_hedges(scan, i, hedge, q)


def _form_at(scan: Scan, k: int) -> Quantity | None:
    """The first form of the registry found at word k, or after a currency sign there (then an
    amount in euro that starts at the sign)."""
    words = scan.words
    if k >= len(words):
        return None
    if not currency_sign(scan, k):
        return _first(scan, k, scan.registry.forms_at(words[k]))
    if k + 1 >= len(words):
        return None
    forms = [form for form in scan.registry.forms_at(words[k + 1]) if form.currency]
    q = _first(scan, k + 1, forms)
    return None if q is None else replace(q, i=k, start=words[k].start, unit="euro")


def _first(scan: Scan, k: int, forms: Iterable[Form]) -> Quantity | None:
    for form in forms:
        q = form.find(scan, k)
        if q is not None:
            return q
    return None


def quantities_in(text: str) -> list[Quantity]:
    """`find_quantities` over plain text (no POS), for tests and quick use."""
    return find_quantities(tokenize(text))
