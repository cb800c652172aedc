"""Extend names: complete person names the model cut short — "Femke" + "van der Laan", "Anouk" +
"de Vries", and a first name it left out before the surname ("Ruben" + "Mulder").

A model entity after the particles is absorbed unless a bare "van" links a complete name or an
organisation or place ("Piet Jansen van Philips", "Benali van Rotterdam"). A listed given name
alone is no complete name: "Ineke" + "van Gent" is a surname even though Gent is a place.
Particles from entity_words.yaml `surname_particles`, "van" from `of_words`.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.names import first_name, name_tokens
from pipeline.extract.entities.words import PLACE_PREFIX, known, span_label, tokens_of, words
from pipeline.labels import first_names


def extend_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each model PERSON extended over the rest of its name; absorbed entities are dropped."""
    doc, texts = ctx.doc, ctx.texts
    known_tokens = tokens_of(span for span in spans if known(span))
    # what `first_name` must not take: the word before a span is never the span's own
    taken = tokens_of(spans)
    starts = {span.start: span for span in spans}
    out, absorbed = [], set()
    for span in spans:
        if span.start in absorbed:
            continue
        if span_label(span) != "PERSON" or known(span):
            out.append(span)
            continue
        given = len(span) == 1 and texts[span.start] in first_names()
        stops = known_tokens
        if given:  # the surname may be a place: free the first place after the particles
            k = span.end
            while k < len(doc) and texts[k] in words().surname_particles:
                k += 1
            place = starts.get(k)
            if k > span.end and place is not None and place.id_.startswith(PLACE_PREFIX):
                stops = known_tokens - set(range(place.start, place.end))
        end = max(name_tokens(doc, ctx.texts, span.end, stops, particle_first=True), span.end)
        inner = [s for s in spans if span.end <= s.start < end and s is not span]
        bare_van = (
            end > span.end + 1
            and texts[span.end].lower() in words().of_words
            and (
                len(span) > 1  # "Piet Jansen" is complete: "van Philips" is where he works
                or (
                    not given
                    and inner
                    and inner[0].start == span.end + 1
                    and (known(inner[0]) or span_label(inner[0]) in ("ORG", "GPE"))
                )
            )
        )
        if bare_van or any(s.end > end for s in inner):
            end = span.end
        absorbed.update(s.start for s in inner if end > span.end and s.start in starts)
        start = first_name(doc, ctx.texts, span.start, taken)
        unchanged = (start, end) == (span.start, span.end)  # keeps its id ("vouched")
        out.append(span if unchanged else Span(doc, start, end, label=span.label))
    return out
