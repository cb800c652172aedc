"""Imperatives: headline lines and quoted sentences that open with a verb and have no subject.

"Rust de politie met voldoende middelen uit" (a headline), "‘Geef leraren een eerlijk salaris.’"
(a quoted sentence): the action is the line as written, the actor the quote's speaker, else the
party whose appeal the section below reports (`steps.subheading_actors`), else the article's main
organisation -- a press release speaks for its publisher. Only where a reader expects a slogan or
an appeal: body sentences that open with a verb are questions or conditionals ("Komt het kabinet
niet, dan ..."). Negative twins: "Minister opent nieuwe school" (a subject, then its verb), "Open
dag bij de brandweer" (an adjective before a bare noun), "Stel dat de bond staakt" (a supposition),
"Gaat het mis?" (a subject pronoun after the verb; a question).

UD Dutch has no `Mood=Imp` and small models tag capitalised imperative stems as names, so the first
word counts as a verb by rule: a present singular finite verb without the third-person -t (by tag
or morphology), a separable particle closing the line, or a stem from the fallback list.

Words: `imperative_stems`, `hypothetical_imperatives`, `separable_particles`,
`subject_pronouns`, `closed_words_in_t` in data/demand_cues.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress

from spacy.tokens import Span, Token

from pipeline.extract.demands.actors import speaker, speaker_at
from pipeline.extract.demands.clauses import demand_in, quote_end, trim_end
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import positions
from pipeline.extract.demands.model import Clause, Found
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import (
    CLAUSE_BOUNDARY,
    SENTENCE_END,
    is_finite,
    opens_subordinate_clause,
)

KIND = "imperative"
_COLON = frozenset({":"})
_LINE_BREAK = re.compile("\n")
_MAX_HEADLINE_WORDS = 14
_CLOSED = ("DET", "PRON", "ADP", "NUM", "CCONJ", "SCONJ")  # no imperative


def find(ctx: DemandContext) -> list[Found]:
    """Every imperative of the document's headline lines, then of its quoted sentences."""
    out = []
    seen: set[int] = set()
    doc = ctx.doc
    for unit in [*ctx.once(headline_lines), *_quoted_sentences(ctx)]:
        first_word = _first_word(ctx, unit.start, unit.end)
        if first_word is None or first_word in seen:
            continue
        if not _may_open(ctx, first_word):
            continue  # (its first word's tests, before building the tokens)
        words = [t for t in unit if not t.is_space and not ctx.quote[t.i]]
        if not _is_imperative(ctx, words):
            continue
        seen.add(words[0].i)
        first = words[0]
        end = trim_end(ctx, first.i, words[-1].i + 1)
        read = Clause(KIND, unit, first, first.i, end)
        if ctx.rejects(read):
            continue
        said_by = speaker(ctx, first)
        opening = not any(not t.is_space for t in doc[: first.i])
        out.append(
            demand_in(
                ctx,
                read,
                "imperative",
                actor=said_by or ctx.main_org,
                addressee=None,
                subheading=said_by is None and not opening,
                action=ctx.text[first.idx : doc[end - 1].idx + len(doc[end - 1])],
            )
        )
    return out


def _first_word(ctx: DemandContext, lo: int, hi: int) -> int | None:
    """Index of the first token in [lo, hi) that is neither whitespace nor a quote mark."""
    space, quote = ctx.view.is_space, ctx.quote
    while lo < hi and (space[lo] or quote[lo]):
        lo += 1
    return lo if lo < hi else None


def _quoted_sentences(ctx: DemandContext) -> list[Span]:
    """Sentences, or their parts after an opening quote mark, that stand inside a quote, up to
    its closing mark ("‘Blijf binnen’, zegt de burgemeester" is "Blijf binnen")."""
    out: list[Span] = []
    if not ctx.quotes:
        return out
    doc, text = ctx.doc, ctx.view.orth
    # the quote marks and colons of the document, found in C, then bisected per sentence
    marks = sorted({*compress(range(len(text)), ctx.quote), *positions(text, _COLON)})
    for sent in ctx.sentences:
        inside = marks[bisect_left(marks, sent.start) : bisect_left(marks, sent.end - 1)]
        for start in [sent.start, *(i + 1 for i in inside)]:
            first = _first_word(ctx, start, sent.end)
            if first is not None and speaker_at(ctx, ctx.view.starts[first]) is not None:
                out.append(doc[start : quote_end(ctx, first, sent.end)])
    return out


def headline_lines(ctx: DemandContext) -> list[Span]:
    """Short lines without a full stop inside or at the end: headlines and subheadings (read
    once per document, `ctx.once(headline_lines)`, here and by `instructions`)."""
    text, starts = ctx.view.orth, ctx.view.starts
    lines, start = [], 0
    # the tokens holding a line break: found in the text, mapped to tokens by bisection
    breaks = {bisect_right(starts, m.start()) - 1 for m in _LINE_BREAK.finditer(ctx.text)}
    for i in sorted(breaks):
        lines.append((start, i))
        start = i + 1
    lines.append((start, len(text)))
    punct, space = ctx.view.is_punct, ctx.view.is_space
    out = []
    for lo, hi in lines:
        stop = hi > lo and text[hi - 1] == "."  # a one-sentence paragraph: `instructions` reads it
        if stop or not SENTENCE_END.isdisjoint(text[lo : hi - 1]):
            continue  # (tested first: a paragraph of body text has a sentence end inside)
        words = sum(1 for i in range(lo, hi) if not punct[i] and not space[i])
        if 0 < words <= _MAX_HEADLINE_WORDS:
            out.append(ctx.doc[lo:hi])
    return out


def _may_open(ctx: DemandContext, k: int) -> bool:
    """Token k may open an imperative line: a capitalised word ("VRAAG", "RUTTE" are a
    transcript's speaker labels or acronyms) of no closed word class ("De", "Het" open most
    lines of a news text). Read from the view's columns, before `_is_imperative` reads the
    line's tokens."""
    text = ctx.view.orth[k]
    if not (text.isalpha() and text[0].isupper()) or (text.isupper() and len(text) > 1):
        return False
    return ctx.view.pos[k] not in _CLOSED


def _is_imperative(ctx: DemandContext, words: list[Token]) -> bool:
    """First word a verb (by tag, by the stem list, or by a particle closing the line), and
    nothing that could be its subject: no subject pronoun after it, no other finite verb in
    the main clause, no finite-looking verb right after a first-word noun ("Minister opent
    nieuwe school", "Kabinet trekt extra geld uit"). Asked when its first word `_may_open` it."""
    cues, view = ctx.cues, ctx.view
    first = words[0]
    if words[-1].text == "?":
        return False
    if first.lower_ in cues.hypothetical_imperatives:
        return False  # "Stel dat …", "Stel je voor: …" sets up an example, asks for nothing
    alpha = [t for t in words if t.is_alpha]
    particle_end = (
        len(alpha) >= 3
        and alpha[-1].lower_ in cues.separable_particles
        and first.pos_ not in ("ADV", "ADJ")
        and not any(is_finite(view, t.i) and t.pos_ in ("VERB", "AUX") for t in alpha[1:])
    )
    if not (imperative_form(cues, first) or particle_end):
        return False
    if len(words) > 1 and bare_singular(words[1]):
        return False  # "Open dag bij de brandweer": an adjective before a bare noun
    if len(words) > 1 and words[1].lower_ in cues.subject_pronouns:
        return False  # "Gaat het mis", "Moet je ...": a question or an inverted clause
    if len(words) > 1 and _third_person_verb(cues, words[1]) and not is_finite(view, first.i):
        return False  # "Minister opent nieuwe school": a subject, then its verb
    for token in words[1:]:
        if opens_subordinate_clause(view, token.i) or token.text in CLAUSE_BOUNDARY:
            break
        if (
            token.pos_ in ("VERB", "AUX")
            and is_finite(view, token.i)
            and not token.tag_.endswith("|mv")
            and "Plur" not in token.morph.get("Number")
        ):
            return False
    return True


def imperative_form(cues: DemandCues, token: Token) -> bool:
    """The verb stem of the imperative: a present singular finite verb without the -t of the
    third person (unless the stem ends in t: "Zet", "Wacht"), or a stem from the list."""
    if token.lower_ in cues.imperative_stems:
        return True
    if token.tag_.startswith("WW|pv|tgw|ev"):
        return True
    morph = token.morph
    lemma = token.lemma_.casefold()
    stem_in_t = lemma.endswith("en") and lemma.removesuffix("en").endswith("t")
    return (
        token.pos_ in ("VERB", "AUX")
        and "Fin" in morph.get("VerbForm")
        and "Pres" in morph.get("Tense")
        and "Plur" not in morph.get("Number")
        and (not token.lower_.endswith("t") or stem_in_t)
    )


def _third_person_verb(cues: DemandCues, token: Token) -> bool:
    """A present third-person verb ("opent", "trekt"), also when the tagger calls it else."""
    if token.tag_.startswith("WW|pv|tgw|met-t"):
        return True
    return (
        token.is_lower
        and len(token) > 3
        and token.lower_.endswith("t")
        and token.pos_ not in ("DET", "PRON", "ADV", "ADJ", "NUM", "CCONJ", "SCONJ")
        and token.lower_ not in cues.closed_words_in_t
    )


def bare_singular(token: Token) -> bool:
    """A singular common noun with no determiner: after an imperative it would need one."""
    return (
        token.pos_ == "NOUN"
        and token.is_lower
        and "Sing" in token.morph.get("Number")
        and not any(c.dep_ == "det" for c in token.children)
    )
