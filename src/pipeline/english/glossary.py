"""Offline English for short Dutch noun phrases ("het kabinet", "de minderjarige slachtoffers").

Parties that are noun phrases and claim subjects are mostly a determiner, an adjective or a number
and a common noun. When every word is in data/glossary.csv the phrase is rendered word class by
word class (determiner, adjectives and numbers, head noun); anything else returns None, so the
caller keeps the Dutch marked as untranslated rather than guessing. Numbers stay as written, as
in every `*_en` field; the summary converts them to English notation once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.text.datafiles import GlossaryRow, table

_DUTCH_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d,]|\.\d)|(?<![\d.,])\d+,\d+(?![\d.,])"
)
_NUMBER_WORD = re.compile(r"\d+(?:[.,]\d+)*")
_THE = "the "


def english_numbers(text: str) -> str:
    """Dutch number notation inside English text in English notation: 1.300 → 1,300; 2,5 → 2.5.

    MT output keeps numbers exactly as written (they are protected); the summary is for English
    readers, so it converts them here.
    """
    swap = str.maketrans(".,", ",.")
    return _DUTCH_NUMBER.sub(lambda m: m.group(0).translate(swap), text)


@dataclass(frozen=True)
class Entry:
    en: str
    kind: str  # noun | mass | plural | adj | det


@dataclass(frozen=True)
class Rendered:
    """English of a noun phrase and whether its head is plural (for "these"/"of" choices)."""

    text: str
    plural: bool


@cache
def _glossary() -> dict[str, Entry]:
    return {
        (row.nl if row.nl[:1].isupper() else row.nl.casefold()): Entry(row.en, row.kind)
        for row in table(GlossaryRow)
    }


def _lookup(words: list[str]) -> Entry | None:
    """A capitalised entry matches only as written ("Kamer"); others in any case."""
    phrase = " ".join(words)
    glossary = _glossary()
    return glossary.get(phrase) or glossary.get(phrase.casefold())


def _determiner(det: Entry, head: Entry) -> str:
    singular, _, plural = det.en.partition("|")
    return (plural or singular) if head.kind == "plural" else singular


def _conjunct(words: list[str]) -> Rendered | None:
    det = _lookup(words[:1]) if words else None
    start = 1 if det is not None and det.kind == "det" else 0
    for k in range(start, len(words)):
        head = _lookup(words[k:])
        if head is None or head.kind not in {"noun", "mass", "plural"}:
            continue
        middle = []
        for word in words[start:k]:
            entry = _lookup([word])
            if _NUMBER_WORD.fullmatch(word):
                middle.append(word)  # as written, like protected numbers in MT output
            elif entry is not None and entry.kind == "adj":
                middle.append(entry.en)
            else:
                return None
        noun = head.en
        if start and det is not None:
            article = _determiner(det, head)
            if head.kind == "mass" and article == "the":
                article = ""
            noun = noun.removeprefix(_THE)
            if article == "a" and (middle or [noun])[0][:1].lower() in "aeiou":
                article = "an"
            middle.insert(0, article)
        elif head.kind == "noun" or noun.startswith(_THE):
            # a bare singular count noun is a definite party: "advocaat" -> "the lawyer"
            noun = noun.removeprefix(_THE)
            middle.insert(0, "the")
        text = " ".join(part for part in (*middle, noun) if part)
        return Rendered(text, head.kind == "plural")
    return None


@lru_cache(maxsize=8192)  # subjects and parties recur across a batch's articles
def render_np(phrase: str) -> Rendered | None:
    """English for a Dutch noun phrase whose every word the glossary covers ("X en Y" too)."""
    words = phrase.split()
    if not words:
        return None
    parts: list[list[str]] = [[]]
    for word in words:
        if word == "en" and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(word)
    rendered = [_conjunct(part) for part in parts]
    if any(r is None for r in rendered):
        return None
    texts = [r.text for r in rendered if r is not None]
    english = texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
    return Rendered(english, len(texts) > 1 or any(r.plural for r in rendered if r is not None))


def glossary_en(phrase: str | None) -> str | None:
    """English for a Dutch noun phrase when the glossary covers all of it, else None."""
    rendered = render_np(phrase) if phrase else None
    return rendered.text if rendered else None


def looks_plural(phrase: str) -> bool:
    """Whether a Dutch noun phrase is plural: the glossary's word class, else the noun's ending."""
    rendered = render_np(phrase)
    if rendered is not None:
        return rendered.plural
    last = phrase.split()[-1].casefold() if phrase.split() else ""
    return last.endswith(("en", "'s")) or (len(last) > 4 and last.endswith("s"))
