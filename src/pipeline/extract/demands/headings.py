"""Sub-headings glued to the next sentence: where a sentence starts with no stop before it.

Scraped web pages lose their paragraph breaks, so a sub-heading runs into the sentence after it:
"Houd misdaad uit je buurt Melden helpt.", "Rij MONO De politie roept bestuurders op …", "Neem
contact op met de politie Iedereen met tips wordt opgeroepen …". A capitalised word that is not
part of a name, stands after a word (no punctuation, quote mark or line break before it) and is
followed by a lower-case word, starts a new sentence there; what precedes it is a heading. Negative
twins: "Bel Meld Misdaad Anoniem op 0800-7000" (a name the entities cover), "met De Vries" (a
capital after it: a surname particle), "via: Politie" (punctuation before it). The step
`glued_headings` moves a demand's start past such a heading.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import compress

from spacy.tokens import Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Found
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after
from pipeline.text.view import DocView


def glued_starts(ctx: DemandContext) -> tuple[int, ...]:
    """Indices where a glued sentence starts in the document, in order: read once per document
    (`ctx.once(glued_starts)`) by `instructions` and the step `glued_headings`, each of which
    bisects it."""
    view, index, orth = ctx.view, ctx.index, ctx.view.orth
    out = []
    # the capitalised words' tokens, found in C (`map` over a test remembered per word form)
    for i in compress(range(1, len(orth) - 1), map(_capitalised, orth[1:-1])):
        after = orth[i + 1]
        if view.is_punct[i - 1] or view.is_space[i - 1] or ctx.quote[i - 1]:
            continue
        if not (after[:1].islower() or after[:1].isdigit()):
            continue
        start = view.starts[i]
        named = index.at(start, start + len(orth[i])) is not None
        if named and not (_closed_before_noun(view, i) or _verb_named(ctx, i)):
            continue  # a name the entities cover; not "Rij MONO De politie", a merged heading
        out.append(i)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _capitalised(word: str) -> bool:
    """A capitalised word ("Melden"; not "MONO", "Van-der"): remembered per word form, as the same
    words recur in every article."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _closed_before_noun(view: DocView, i: int) -> bool:
    """A capitalised function word before a lower-case word and no capital after it ("De
    politie roept"): never inside a name ("Van der Berg" goes on with a capital)."""
    closed = view.pos[i] in ("DET", "PRON", "ADP", "SCONJ", "CCONJ", "AUX")
    return closed and not (i + 2 < len(view) and view.orth[i + 2][:1].isupper())


def _verb_named(ctx: DemandContext, i: int) -> bool:
    """An imperative stem the entities took for a one-word name ("Sluit" in "Advies aan
    omwonenden Sluit ramen en deuren")."""
    if ctx.view.lower[i] not in ctx.cues.imperative_stems:
        return False  # (the cheap test first: most capitalised words are no stem)
    start = ctx.view.starts[i]
    entity = ctx.index.at(start, start + len(ctx.view.orth[i]))
    return entity is not None and " " not in entity.name


def _named_before(ctx: DemandContext, token: Token, cut: int) -> bool:
    """`token` lies in a name that starts before `cut`: the entities merged heading and
    sentence ("Rij MONO De")."""
    entity = ctx.index.at(token.idx, token.idx + len(token.text))
    start = ctx.doc[cut].idx
    return entity is not None and any(
        m.start < start <= m.end for m in entity.mentions if m.start <= token.idx
    )


def glued_headings(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """A demand whose clause starts in a sub-heading glued to it ("Rij MONO De politie roept
    bestuurders op …") starts after the heading, and an actor read from the heading's words
    ("Rij MONO De") is read again from the words between the heading and the cue ("politie")."""
    out = []
    glued = ctx.once(glued_starts)
    for item in found:
        last = bisect_right(glued, item.cue) - 1  # the last glued start in (start, cue]
        if last >= 0 and glued[last] > item.start:
            cut = glued[last]
            heading = ctx.text[ctx.doc[item.start].idx : ctx.doc[cut].idx].split()
            actor = item.actor
            if actor is not None and any(word in heading for word in actor.split()):
                tokens = [t for t in np_after(ctx, cut, item.cue) if not _named_before(ctx, t, cut)]
                actor = party(ctx, tokens) if tokens else None
            item = replace(item, start=cut, actor=actor)
        out.append(item)
    return out
