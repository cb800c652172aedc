"""Who makes a nominal or first-person appeal to the public, and whom it addresses.

Shared by the appeal finders (`witness_calls`, `contact_wishes`, `searches`): the
caller is the clause's subject -- "we"/"wij" and a missing subject are the voice of the text
(`actors.voice`: "Wij doen een oproep aan getuigen" in a police release is the police's) -- and
the addressed party is the noun phrase the construction names, with its relative clause
("getuigen die iets gezien hebben"), as the entity's name when it is one; "u"/"je" is the reader,
named by no noun ("Dan komt het onderzoeksteam graag met u in contact"). Words: `first_person`,
`determiners`, `infinitive_complementisers` and `reader_calls` (`reader_pronouns`) in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.demands.actors import voice
from pipeline.extract.demands.clauses import trim_end
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import join, np_after
from pipeline.extract.demands.subjects import parsed, subject, subject_by_order, subject_words
from pipeline.text.grammar import is_finite, is_quote_mark


def caller(ctx: DemandContext, lo: int, verb: Token, hi: int) -> str | None:
    """The subject of the appeal clause [lo, hi) with its verb at `verb`, or the text's voice."""
    finite = next(
        (t for t in ctx.doc[lo:hi] if t.pos_ in ("VERB", "AUX") and is_finite(ctx.view, t.i)),
        verb,
    )
    found = parsed(subject(ctx, lo, hi, {verb.i, finite.i})) or subject_by_order(
        ctx, lo, finite, hi, None
    )
    if found is None or found.head.lower_ in ctx.cues.first_person:
        return voice(ctx, verb)
    words = subject_words(ctx, found, lo, hi, {verb.i, finite.i})
    return party(ctx, words) or voice(ctx, verb)


def addressed(ctx: DemandContext, start: int, hi: int) -> str | None:
    """The party named from token `start` up to an "om … te" complement, a colon or `hi`: its
    entity's name, else the words without a leading determiner; the reader's pronoun is None."""
    cues, doc = ctx.cues, ctx.doc
    end = start
    while end < hi:
        t = doc[end]
        if t.text in (":", "?", "!", ".") or is_quote_mark(t.text):
            break
        if t.lower_ in cues.infinitive_complementisers:
            break
        end += 1
    end = trim_end(ctx, start, end) if end > start else end
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or words[0].lower_ in cues.reader_calls.reader_pronouns:
        return None
    head = np_after(ctx, start, end)
    named = party(ctx, head) if head else None
    if named is not None and ctx.index.resolve(named) is not None:
        return named
    while words and words[0].lower_ in cues.determiners:
        words = words[1:]
    return join(words) or named


def text_of(ctx: DemandContext, lo: int, hi: int) -> str | None:
    """The words of [lo, hi) as an action's text, without the sentence's final mark."""
    words = [t for t in ctx.doc[lo:hi] if not (t.is_space or (t.i == hi - 1 and t.text in ".!?"))]
    return join(words) or None
