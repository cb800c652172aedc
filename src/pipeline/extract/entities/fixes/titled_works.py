"""Titled works: the names of campaigns, projects, programmes, reports, apps and prizes, typed MISC
(GUIDELINES: "reports, plans, services, programmes, apps"), which models cut into pieces or miss.

- `titled_works`: a noun naming a kind of work (entity_words.yaml `work_nouns`, also as the end
  of a compound: "voorlichtingscampagne") followed by its name — capitalised words with the
  function words between them ("de factsheet Sport en Gezondheid", "de app Slim Melden") or
  anything in quotation marks ("het project ‘Data voor Iedereen’", "de werkgroep "Beheer van
  archieven"") — or preceded by it ("de Buurt Bewust campagne"). "de campagne in Utrecht" and
  "de campagne van de gemeente" name none (no capital after the noun), nor does "de Nederlandse
  campagne" (an adjective before it);
- `link_titles`: the title of a link after a see-also cue up to the line end ("Zie ook Data
  coronavirus in Nederland"), entity_words.yaml `link_cues`; "Zie ook de website" names none.

The new span replaces the entities it overlaps (a place in a title too), never a termbase name;
its capitals prove a name wherever it stands (`VOUCHED`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.word_index import link_cue_start, work_noun
from pipeline.extract.entities.words import (
    NAME_TOKEN,
    TERM_PREFIX,
    VOUCHED,
    overlap,
    words,
)
from pipeline.text.datafiles import QuoteMarkRow, table

MAX_TITLE_TOKENS = 10


@cache
def quote_pairs() -> dict[str, str]:
    """Opening quotation mark -> the marks that close it (data/quote_marks.csv)."""
    return {row.open: row.closers for row in table(QuoteMarkRow)}


def _breaks(token: Token) -> bool:
    """A line break at or right after the token (spaCy keeps breaks as tokens of their own)."""
    return "\n" in token.text or "\n" in token.whitespace_


def titled_works(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add the names after (or before) a work noun as MISC."""
    doc, found = ctx.doc, []
    for i in ctx.where(work_noun):
        title = _quoted(doc, i + 1) or _capitalised(doc, i + 1) or _before(doc, i)
        if title is not None:
            found.append(title)
    return _replace(spans, found)


def link_titles(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add the title after a see-also cue, to the end of its line, as MISC."""
    doc, found = ctx.doc, []
    starts = ctx.where(link_cue_start)
    if not starts:
        return spans  # most texts have no cue: nothing to walk or replace
    present = {ctx.texts[i].lower() for i in starts}
    cues = [parts for cue in words().link_cues if (parts := cue.split())[0] in present]
    for parts in cues:
        for i in starts:  # a cue starts only where its first word stands
            if i >= len(doc) - len(parts) or _lowered(ctx.texts, i, len(parts)) != parts:
                continue
            start = i + len(parts)
            if not doc[start].is_title or _breaks(doc[start - 1]):
                continue
            end = start + 1
            while end < len(doc) and not _breaks(doc[end - 1]) and not _breaks(doc[end]):
                end += 1
            while end > start and doc[end - 1].is_punct:
                end -= 1
            if 1 < end - start <= MAX_TITLE_TOKENS:
                found.append(Span(doc, start, end, label="MISC"))
    return _replace(spans, found)


def _lowered(texts: tuple[str, ...], i: int, n: int) -> list[str]:
    """The n words from token i, in lower case (as a see-also cue is compared)."""
    return [text.lower() for text in texts[i : i + n]]


def _quoted(doc: Doc, i: int) -> Span | None:
    """The words between the quotation marks opening at token i, when they start with a capital."""
    if i >= len(doc) or doc[i].text not in quote_pairs():
        return None
    closers = quote_pairs()[doc[i].text]
    end = i + 1
    while end < len(doc) and end - i <= MAX_TITLE_TOKENS and doc[end].text not in closers:
        if _breaks(doc[end]):
            return None
        end += 1
    if end >= len(doc) or doc[end].text not in closers or end == i + 1:
        return None
    last = end
    while last > i + 1 and doc[last - 1].is_punct:
        last -= 1
    if last == i + 1 or not doc[i + 1].text[:1].isupper():
        return None
    return Span(doc, i + 1, last, label="MISC")


def _capitalised(doc: Doc, i: int) -> Span | None:
    """Capitalised words from token i, with lower-case function words only between two of them;
    none when the first is a closed-class word or a verb: a glued sentence ("de aanpak Waar …")."""
    if (
        i < len(doc)
        and doc[i].pos_ in words().glued_start_pos
        and (doc[i].is_stop or doc[i].pos_ not in ("ADV", "VERB"))
    ):
        return None  # "Samen Sterk" is a title, "Waar De Linge begon" a clause
    end = i
    while end < len(doc) and end - i < MAX_TITLE_TOKENS and (end == i or not _breaks(doc[end - 1])):
        token = doc[end]
        if NAME_TOKEN.match(token.text):
            end += 1
            continue
        gap = end  # "Samen Sterk in de Stad": connectors only before another capitalised word
        while gap < len(doc) and gap - end < 2 and doc[gap].lower_ in words().title_connectors:
            gap += 1
        if end == i or gap == end or gap >= len(doc) or not NAME_TOKEN.match(doc[gap].text):
            break
        end = gap
    return Span(doc, i, end, label="MISC") if end > i else None


def _before(doc: Doc, i: int) -> Span | None:
    """ "de Buurt Bewust campagne": capitalised words between an article and the work noun."""
    start = i
    while start > 0 and i - start < MAX_TITLE_TOKENS and NAME_TOKEN.match(doc[start - 1].text):
        start -= 1
    if start == i or start == 0 or doc[start - 1].lower_ not in words().name_determiners:
        return None
    if any(t.pos_ == "ADJ" or t.lower_.endswith(("se", "sche")) for t in doc[start:i]):
        return None  # "de Nederlandse campagne", "de Haagse aanpak"
    return Span(doc, start, i, label="MISC")


def _replace(spans: list[Span], found: list[Span]) -> list[Span]:
    """The found spans replace the entities they overlap, places too ("Cijfers woninginbraken in
    Nederland"); a termbase name stays and wins ("het programma Opsporing Verzocht"). Most Docs
    have none: then the spans in text order, without an overlap test per span."""
    if not found:
        return sorted(spans, key=lambda s: s.start)
    found = [
        Span(f.doc, f.start, f.end, label=f.label, span_id=VOUCHED)
        for f in found
        if not any(s.id_.startswith(TERM_PREFIX) and overlap(s, f) for s in spans)
    ]
    kept = [s for s in spans if not any(overlap(s, f) for f in found)]
    return sorted([*kept, *found], key=lambda s: s.start)
