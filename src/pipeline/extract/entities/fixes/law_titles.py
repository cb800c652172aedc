"""Law titles: "de Wet toezicht kinderopvang en gastouderbureaus", "de Wet op de
jeugdzorg" — Dutch law titles are lower case after a capitalised "Wet", so the model takes "Wet"
alone or nothing. The title runs from the capitalised head (entity_words.yaml `law_heads`) over the
lower-case nouns and adjectives after it, an "en" between two of them, and a title preposition
(`law_title_prepositions`, with its article) before one, to the clause's end: a verb, a punctuation
mark or any other word ends it. Nothing follows in "volgens de Wet moeten bedrijven …" (a verb),
and a lower-case "de wet op de zorg" or a sentence-initial "Wet" proves no name. The title is a LAW
and replaces the model entities it overlaps.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.word_index import law_head
from pipeline.extract.entities.names import sentence_initial
from pipeline.extract.entities.words import known, overlap, words

TITLE_POS = ("NOUN", "ADJ", "PROPN", "X")


def law_titles(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """The law titles as LAW; they replace the model entities they overlap."""
    doc, found = ctx.doc, []
    for i in ctx.where(law_head):
        end = _title_end(doc, i + 1)
        law = Span(doc, i, end, label="LAW")
        if end > i + 1 and not sentence_initial(law):
            found.append(law)
    if not found:
        return spans
    kept = [s for s in spans if known(s) or not any(overlap(s, f) for f in found)]
    return kept + [f for f in found if not any(overlap(f, k) for k in kept)]


def _title_end(doc: Doc, start: int) -> int:
    """The end of the title's lower-case words from token `start` on (`start` when there are none):
    title words, each joined to the one before by nothing, a conjunction, or a title preposition."""
    end = i = start
    while i < len(doc):
        lower = doc[i].lower_
        if _title_word(doc, i):
            end = i = i + 1
            continue
        if lower in words().law_title_prepositions:
            i += 1
            i += i < len(doc) and doc[i].lower_ in words().name_determiners
        elif lower in words().name_conjunctions and end > start:
            i += 1
        else:
            break
        if not _title_word(doc, i):
            break
    return end


def _title_word(doc: Doc, i: int) -> bool:
    """A lower-case noun or adjective of a title ("toezicht", "gastouderbureaus")."""
    if i >= len(doc):
        return False
    token = doc[i]
    return token.text.islower() and token.pos_ in TITLE_POS and not token.is_punct
