"""Conjoined names: one name with "en" or "&" inside that the model cut in two (GUIDELINES: "Names
with & or en inside stay whole").

- a truncated compound before the conjunction always continues: "Omgevingsdienst Noord-" + "en" +
  "Oost-Brabant" is one body ("Noord-" ends in a hyphen: the word is shared);
- a body's name headed by a capitalised organisation word (data/org_kinds.csv) goes on over "en"
  and the capitalised words after it: "Eenheid Regionale Opsporing" + "en" + "Interventie", "Unie
  van Boeren" + "en" + "Groenen". Not when what follows is a person, a given name, a known name
  or place ("Stichting Present en Jan Smit", "de Inspectie en Defensie"), another body ("Vereniging
  Eigen Huis en Consumentenbond": an organisation word in the conjunct; "Centrum Jeugdhulp en
  BuurtWerk": a word with an inner capital), or when the head is the
  only word ("Stichting en Amsterdam"); "Vos en Haas" has no organisation word and stays two.
Conjunctions from entity_words.yaml `name_conjunctions`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.names import org_word
from pipeline.extract.entities.words import NAME_TOKEN, known, span_label, words
from pipeline.labels import first_names

MAX_CONJUNCT_TOKENS = 3


def conjoined_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each model entity joined with the conjunct after "en"/"&" that continues its name."""
    doc = ctx.doc
    spans = sorted(spans, key=lambda s: s.start)
    starts = {s.start: s for s in spans}
    out: list[Span] = []
    dropped: set[int] = set()
    for span in spans:
        if span.start in dropped:
            continue  # absorbed into the name before it
        end = _conjunct_end(doc, ctx.texts, span, starts, ctx.known_tokens)
        if end is None:
            out.append(span)
            continue
        dropped.update(s.start for s in spans if span.end < s.start < end)
        label = "ORG" if _org_headed(span) or span_label(span) == "ORG" else span.label_
        out.append(Span(doc, span.start, end, label=label))
    return out


def _conjunct_end(
    doc: Doc,
    texts: tuple[str, ...],
    span: Span,
    starts: dict[int, Span],
    known_tokens: frozenset[int],
) -> int | None:
    """End of the conjunct that continues the span's name, or None (`texts`: the Doc's token
    texts, for the word after the span: spaCy's `lower_` is `str.lower`)."""
    i = span.end
    if known(span) or i + 1 >= len(doc) or texts[i].lower() not in words().name_conjunctions:
        return None
    truncated = span[-1].text.endswith("-") and len(span[-1].text) > 1
    if not (truncated or (_org_headed(span) and len(span) > 1)):
        return None
    first = i + 1
    # a truncated compound shares its word with the conjunct, a known place too ("West-Brabant")
    taken = frozenset() if truncated else known_tokens
    if first in taken or doc[first].text in first_names():
        return None
    after = starts.get(first)
    if after is not None and ((known(after) and not truncated) or span_label(after) == "PERSON"):
        return None
    end = first
    while end < len(doc) and end - first < MAX_CONJUNCT_TOKENS and NAME_TOKEN.match(doc[end].text):
        if (
            end in taken
            or "\n" in doc[end].text
            or org_word(doc[end].text)
            or _brand(doc[end].text)
        ):
            return None
        end += 1
    if end == first:
        return None
    if after is not None and after.end > end:
        return None  # the entity after the conjunction is longer than its capitalised words
    return end


def _brand(text: str) -> bool:
    """A word with a capital inside ("BuurtWerk", "KNVB"): a name of its own, not a word of the
    name before the conjunction ("Centrum Jeugdhulp en BuurtWerk" are two bodies)."""
    return sum(c.isupper() for c in text) >= 2


def _org_headed(span: Span) -> bool:
    """Whether the name starts with a capitalised organisation word ("Eenheid", "Unie")."""
    head = next((t for t in span if t.lower_ not in words().name_determiners), None)
    return head is not None and head.is_title and org_word(head.text)
