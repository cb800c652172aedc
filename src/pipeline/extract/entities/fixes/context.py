"""What the span fixes of one Doc share, the record a model entity is repaired in, and the shapes
of a fix (the registry's entries).

Every fix receives the `FixContext` explicitly; it is built once per Doc when `entity_fixes` runs
and never changes, so no fix depends on what another computed on the side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.bracketed_acronyms import long_forms
from pipeline.extract.entities.fixes.word_index import WordTest, index_words, opening_bracket
from pipeline.extract.entities.words import known, overlap, tokens_of
from pipeline.text.view import DocView, decoded_texts


@dataclass(frozen=True)
class FixContext:
    """Per-Doc facts of the entity fixes.

    `texts` are the token texts, `spaced` whether a space follows each, `starts` the positions of the words each of `WORD_TESTS` passes
    (word_index.py: read them with `where`); `known_tokens` the tokens of termbase and gazetteer names as they
    came from `termbase_entities` (no fix moves them); `acronyms` the long forms before a bracketed
    acronym ("Centrum voor Jeugd en Gezin (CJG)") that no known name overlaps, which model entities
    yield to and which join the entities as ORG.
    """

    doc: Doc
    texts: tuple[str, ...]
    spaced: list[int]
    starts: dict[WordTest, list[int]]
    known_tokens: frozenset[int]
    acronyms: tuple[Span, ...]

    @classmethod
    def of(cls, doc: Doc, ents: Sequence[Span] | None = None) -> FixContext:
        """The facts of `doc`; `ents`: its entities when the caller has read them already (spaCy
        builds `doc.ents` anew on every access)."""
        texts, spaced = _texts_and_spaces(doc)
        ents = doc.ents if ents is None else ents
        known_ents = [e for e in ents if known(e)]
        starts = index_words(texts)
        acronyms = long_forms(doc, texts, starts[opening_bracket])
        return cls(
            doc=doc,
            texts=texts,
            spaced=spaced,
            starts=starts,
            known_tokens=frozenset(tokens_of(known_ents)),
            acronyms=tuple(a for a in acronyms if not any(overlap(a, e) for e in known_ents)),
        )

    def where(self, test: WordTest) -> list[int]:
        """The token numbers, in order, whose text passes `test` (one of `WORD_TESTS`)."""
        return self.starts[test]

    def text_of(self, span: Span) -> str:
        """The span's text, joined from the token texts and their spaces (`Span.text` builds every
        Token it joins); a one-word span's is its token's text, and one whose words are each
        followed by a space (most names) is their texts joined by spaces."""
        start, end = span.start, span.end
        if end - start == 1:
            return self.texts[start]
        last = end - 1
        spaced = self.spaced[start:last]
        if all(spaced):
            return " ".join(self.texts[start:end])
        words = [t + " " if s else t for t, s in zip(self.texts[start:last], spaced, strict=True)]
        return "".join(words) + self.texts[last]


def _texts_and_spaces(doc: Doc) -> tuple[tuple[str, ...], list[int]]:
    """The token texts and whether a space follows each, read as two columns of one `to_array`
    call (iterating a Doc builds a Token for each) and decoded as `DocView` decodes its columns."""
    if not len(doc):
        return (), []
    columns = doc.to_array([ORTH, SPACY])
    return decoded_texts(doc.vocab.strings, columns[:, 0].tolist()), columns[:, 1].tolist()


@dataclass(frozen=True)
class Candidate:
    """A model entity under repair: its span so far, and whether `trim_titles` stripped a person
    role or an honorific from its start (then it names a person, whatever the model said)."""

    span: Span
    titled: bool = False

    def with_span(self, span: Span) -> Candidate:
        """The candidate with a new span (a plain constructor call: `dataclasses.replace` costs
        several times more, and every repair may move the span)."""
        return Candidate(span, self.titled)


@dataclass(frozen=True)
class MentionContext:
    """What the mention fixes read when `extract_entities` runs: the Doc's columns and its
    entities as the components left them (`doc.ents`, read once: spaCy builds them on each access)."""

    view: DocView
    ents: tuple[Span, ...]


# A fix over the Doc's whole entity list (not always in text order: finders append their spans).
DocFix = Callable[[FixContext, list[Span]], list[Span]]
# A repair of one model entity: the repaired candidate, or None to drop it.
Repair = Callable[[FixContext, Candidate], Candidate | None]
# A typing rule: the entity's span with the type the rule gives it, or None when it does not apply.
TypeRule = Callable[[FixContext, Candidate], Span | None]
# A fix over the mentions `extract_entities` collects (the Doc's entities stay as they are).
MentionFix = Callable[[MentionContext, list[Span]], list[Span]]

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Fix(Generic[F]):
    """A registry entry: the fix's name (stable, for tests and logs) and the function it runs,
    whose docstring says what it does."""

    name: str
    run: F
