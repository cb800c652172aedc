"""Repeats: unlabelled repeats of names the model found elsewhere — "Ceuleers:" at a quote's
start, "Dekkers" (genitive) after "Jan Dekker" — become mentions at extraction time (the Doc's
entities stay as the components left them).

A confirmed person's full name also wins over a weaker model entity inside it: "Anton" (LOC) in
"Anton Hoogendijk is blij." when "directeur Anton Hoogendijk" comes later. A lower-case repeat
("de kerk" after "De Kerk") is none: the texts must match exactly.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.context import MentionContext
from pipeline.extract.entities.names import first_name
from pipeline.extract.entities.words import contains, known, positions, span_label
from pipeline.extract.entities.words import words as entity_words
from pipeline.labels import map_label


def repeats(ctx: MentionContext, spans: list[Span]) -> list[Span]:
    """The spans plus the repeats; a span inside a longer repeat gives way to it."""
    found = _repeats(ctx.view.doc, ctx.ents, ctx.view.orth)
    if not found:
        return [*spans]  # no repeat: no containment test per span
    kept = [e for e in spans if not any(contains(r, e) and len(r) > len(e) for r in found)]
    return [*kept, *found]


def _forms(
    doc_ents: tuple[Span, ...], texts: tuple[str, ...]
) -> dict[str, list[tuple[tuple[str, ...], Span]]]:
    """First word -> (words of a form to look for, the entity it repeats), by `_variants` of each
    entity's words (`texts`: the Doc's token texts)."""
    forms: dict[str, list[tuple[tuple[str, ...], Span]]] = {}
    # a name found N times gives N identical variants; one is enough (else the scan is quadratic)
    seen: set[tuple[tuple[str, ...], int, int, int]] = set()
    for ent in doc_ents:
        variants = _variants(texts[ent.start : ent.end], ent.label_)
        if not variants:
            continue
        label, ent_id, size = ent.label, ent.id, len(ent)
        for variant in variants:
            if (key := (variant, label, ent_id, size)) not in seen:
                seen.add(key)
                forms.setdefault(variant[0], []).append((variant, ent))
    return forms


@lru_cache(maxsize=1 << 16)
def _variants(words: tuple[str, ...], label: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences that repeat an entity of these words and this (model) label: the words
    themselves, and for a person of two or more words the surname alone ("Femke van der Laan" ->
    "Van der Laan") and its genitives; none for an unmapped label or words without a capital.
    Cached by words and label: a name recurs across articles."""
    if map_label(label) is None or not any(map(str.isupper, "".join(words))):
        return ()
    variants = [words]
    if map_label(label) == "PERSON" and len(words) > 1:
        surname = words[1:]
        variants.append((surname[0][:1].upper() + surname[0][1:], *surname[1:]))
        last = variants[-1]
        for ending in entity_words().genitive_endings:
            variants.append((*last[:-1], last[-1] + ending))
    return tuple(variants)


def _repeats(doc: Doc, doc_ents: tuple[Span, ...], texts: tuple[str, ...]) -> list[Span]:
    taken = {i for e in doc_ents for i in range(e.start, e.end)}
    strong = {
        i
        for e in doc_ents
        if known(e) or span_label(e) in ("PERSON", "ORG")
        for i in range(e.start, e.end)
    }
    forms = _forms(doc_ents, texts)
    found = []
    repeated: set[int] = set()  # tokens of `found`
    for at in positions(texts, forms.__contains__):
        if at in strong:  # (inside `taken` too) no repeat starts here: most entities' own words
            continue
        for words, ent in forms[texts[at]]:
            end = at + len(words)
            full = len(words) == len(ent) > 1 and span_label(ent) == "PERSON"
            # the words must be free: not in an entity (a full name: in no stronger one); the
            # first word decides most candidates (each entity's own place is one)
            if end > len(texts) or (at in strong or at in repeated if full else at in taken):
                continue
            free = range(at, end)
            if texts[at:end] != words or not (
                strong.isdisjoint(free) and repeated.isdisjoint(free)
                if full
                else taken.isdisjoint(free)
            ):
                continue
            start = at
            if span_label(ent) == "PERSON":
                start = first_name(doc, texts, at, taken)
            found.append(Span(doc, start, end, label=ent.label, span_id=ent.id))
            repeated.update(range(start, end))
            taken.update(range(at, end))
            break
    return found
