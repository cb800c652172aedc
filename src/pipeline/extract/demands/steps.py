"""The steps after the finders, over all demands of the document in order (`registry.STEPS`).

Each takes the found demands and returns them anew (`Found` is frozen): what a step decides
depends on the demands around one, so it cannot be decided by the finder that found it.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.demands.actors import back_reference_source, speaker
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.finders.imperatives import KIND as IMPERATIVE
from pipeline.extract.demands.model import Found


def keep_outermost(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """One demand per clause: an outer construction ("eist dat X moet ...") wins over its parts.

    Demands are taken by rank (`registry.FINDERS`), then the longest first; one whose cue lies in
    a demand already kept, or whose span holds that demand's cue, is dropped. The kept ones are
    returned in text order.
    """
    ranks = ctx.ranks
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (-ranks[f.kind], f.start - f.end, f.start)):
        if any(k.start <= item.cue < k.end or item.start <= k.cue < item.end for k in kept):
            continue
        kept.append(item)
    return sorted(kept, key=lambda f: (f.start, f.end))


def anaphoric_sources(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """A reported obligation with no source of its own takes the source of the next sentence
    when that sentence points back to it: "Gemeenten moeten dit jaar ... geven. Dat blijkt uit
    cijfers van het ministerie" (see "Reported obligations" in the cue file)."""
    out: list[Found] = []
    for item in found:
        if not (
            item.actor is not None or item.kind == IMPERATIVE or speaker(ctx, ctx.doc[item.cue])
        ):
            k = ctx.sentence_index(item.cue)
            if not (
                k + 1 >= len(ctx.sentences)
                or "\n" in ctx.sentence(k).text_with_ws[-1:] + ctx.sentence(k + 1).text
            ):
                item = replace(item, actor=back_reference_source(ctx, ctx.sentence(k + 1)))
        out.append(item)
    return out


def subheading_actors(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """An imperative subheading speaks for the party whose appeal its section reports.

    News articles put a slogan over the section that quotes its source ("Betaal leraren wat ze
    waard zijn" over the union's demand); the first demand below it, up to the next imperative,
    names that party. A slogan is an organisation's voice, so the party counts when it is an
    organisation or a person with a known affiliation; otherwise the article's main organisation
    (the publisher of a press release) stays the actor.
    """
    out: list[Found] = []
    for k, item in enumerate(found):
        section_party = _section_party(ctx, found[k + 1 :]) if item.subheading else None
        if section_party is not None:
            item = replace(item, actor=section_party)
        out.append(item)
    return out


def _section_party(ctx: DemandContext, below: list[Found]) -> str | None:
    """The organisation of the first demand below a subheading with a known party."""
    for item in below:
        if item.kind == IMPERATIVE:
            return None
        entity = ctx.index.resolve(item.actor) if item.actor else None
        if entity is not None:
            if entity.affiliation:
                return entity.affiliation
            if entity.label == "ORG":
                return entity.name
            return None
    return None
