"""Given names (data/first_names.csv) make a person's name: "Marja van Dijk", "Jan-Willem de Graaf".

- `given_names`: where the model said MISC/LOC or split the name — "Marja van Dijk" as MISC,
  "Thijs" (MISC) + "Beek" (PER), or only the surname after a given name and particles ("Yusuf el" +
  "Mansouri" as LOC) — the whole name becomes one PERSON. Organisations ("Albert Heijn" as ORG)
  and termbase names are left alone.
- `untitled_given_names`: such names the model missed altogether ("Marja van Dijk is blij.");
- `given_name_alone`: a listed given name alone is a person ("aldus Dennis"), whatever the model said.

Never "Anne Frank Huis" (a further capitalised word), "Willem Dreesweg" (a street ending) or "het
Rijk" (the state: entity_words.yaml `state_articles`); particles from `surname_particles`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.fixes.word_index import given_name
from pipeline.extract.entities.names import suffix_label
from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import NAME_TOKEN, known, span_label, tokens_of, words
from pipeline.labels import first_names


def given_name_end(
    doc: Doc, texts: tuple[str, ...], i: int, taken: set[int] | frozenset[int]
) -> int | None:
    """End of "Marja van Dijk" / "Jan-Willem de Graaf" starting at token i, else None.

    A listed given name, optional particles, then exactly one capitalised surname token on the
    same line (a role word only after a particle: "Karin de Boer", not "Karin Woordvoerder"); a further capitalised word ("Anne Frank Huis") or a street ending ("Willem
    Dreesweg") rules it out, and so does the article "het" before it: "het Rijk" is the state,
    "Rijk de Gooyer" a person. Read on `texts`, the Doc's token texts (spaCy's `lower_` and
    `is_upper` are the `str` methods; a line break is a token of its own, no surname).
    """
    if (
        i in taken
        or texts[i] not in first_names()
        or (i > 0 and texts[i - 1].lower() in words().state_articles)
    ):
        return None
    end = i + 1
    while end < len(texts) and texts[end] in words().surname_particles and end not in taken:
        end += 1
    if end >= len(texts) or end in taken:
        return None
    surname = texts[end]
    if not NAME_TOKEN.match(surname) or surname.isupper():
        return None
    if end == i + 1 and role_word(surname):  # "de Boer" after a particle is a surname
        return None
    if suffix_label(surname):  # "Willem Dreesweg" is a street
        return None
    if end + 1 < len(texts) and texts[end + 1][:1].isupper() and not doc[end + 1].is_sent_start:
        return None
    return end + 1


def given_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Model entities of a name with a listed given name become one PERSON, in text order."""
    doc, texts, given, particles = ctx.doc, ctx.texts, first_names(), words().surname_particles
    taken = tokens_of(e for e in spans if known(e))
    out = list(spans)
    for ent in spans:
        start = k = ent.start
        while k > 0 and texts[k - 1] in particles:
            k -= 1
        if k > 0 and texts[k - 1] in given:
            start = k - 1  # "Yusuf el" + "Mansouri"
        if texts[start] not in given:
            continue  # no given name: `given_name_end` finds none (the common case, read cheaply)
        if ent not in out or known(ent) or span_label(ent) not in ("PERSON", "MISC", "LOC"):
            continue
        end = given_name_end(doc, texts, start, taken)
        if end is None or end < ent.end:
            continue
        inside = [e for e in out if e.start < end and start < e.end]
        if any(known(e) or span_label(e) == "ORG" or e.end > end for e in inside):
            continue
        # what an entity held before the given name stays ("Milieu" of "Milieu Karin" + "de Boer")
        heads = [Span(doc, e.start, start, label=e.label) for e in inside if e.start < start]
        # the spans outside the name: tested by position (`e not in inside` compares Spans, each
        # comparison builds two tuples; an equal Span has the same tokens, so it is inside too)
        rest = [e for e in out if not (e.start < end and start < e.end)]
        out = rest + heads + [Span(doc, start, end, label="PERSON")]
    return sorted(out, key=lambda s: s.start)


def untitled_given_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add names of a listed given name and a surname that no entity covers yet."""
    taken, found = tokens_of(spans), []
    for i in ctx.where(given_name):
        if (end := given_name_end(ctx.doc, ctx.texts, i, taken)) is not None:
            found.append(Span(ctx.doc, i, end, label="PERSON"))
            taken.update(range(i, end))
    return [*spans, *found]


def given_name_alone(ctx: FixContext, candidate: Candidate) -> Span | None:
    """PERSON for a one-word entity that is a listed given name and no known place, where the model
    called it a place or a body ("aldus Dennis" as LOC); a termbase or gazetteer name never reaches
    here, and a MISC is left alone (given names in titles and prizes)."""
    span = candidate.span
    if len(span) != 1 or ctx.texts[span.start] not in first_names():
        return None
    if span_label(span) not in ("LOC", "GPE", "ORG"):  # MISC: "Jan" in "Jan Smit-prijs"
        return None
    return Span(span.doc, span.start, span.end, label="PERSON")
