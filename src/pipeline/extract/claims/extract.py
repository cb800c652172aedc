"""The run over an article: sentence by sentence, the registry's rules in their order.

A report cue that points back ("Dat schrijft de inspectie …") sources the numbers of its whole
paragraph: the sentences before it back to one with a cue or quote of its own, and those after it
until another cue or quote intervenes (`Paragraph`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from pipeline.english.values import value_en
from pipeline.extract.claims.context import ArticleContext, ClaimSentence
from pipeline.extract.claims.quantities import read_quantities
from pipeline.extract.claims.registry import (
    ATTRIBUTIONS,
    SOURCE_CUES,
    SUBJECT_RULES,
    UNIT_RULES,
    SourceFinder,
)
from pipeline.extract.claims.sources import Sources, document_issuers, opens_with_anaphor
from pipeline.extract.numbers import Quantity, Word, measure_of
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Claim, Quote
from pipeline.text.sentences import Sentence, reader_sentences
from pipeline.text.view import DocView


def extract_claims(
    doc: Doc, index: EntityIndex, quotes: list[Quote], view: DocView | None = None
) -> list[Claim]:
    """Every numeric claim of `doc`, ids c1, c2, ... in text order."""
    view = view or DocView.of(doc)
    claims: list[Claim] = []
    paragraph = Paragraph()
    documents: dict[str, str] = {}
    cues = DocumentCues.of(view)
    for sent in reader_sentences(view):
        sentence = ClaimSentence(sent, paragraph.words, view, documents)
        found = read_quantities(sentence, claims)
        source, cited = sentence_source(sentence, index, cues)
        documents.update(document_issuers(sentence, index, source))
        quoted = any(q.start < sent.end_char and q.end > sent.start_char for q in quotes)
        paragraph.take_cue(claims, source, opens_with_anaphor(sentence), quoted)
        first = len(claims)
        if found:
            ctx = ArticleContext(claims, paragraph.claims(claims), index)
            sources = Sources(source, cited, paragraph.carry, quotes)
            for q in found:
                claims.append(_claim(sentence, q, ctx, sources, f"c{len(claims) + 1}"))
        paragraph.close(sentence, bool(source) or quoted, list(range(first, len(claims))))
    return claims


def _claim(s: ClaimSentence, q: Quantity, ctx: ArticleContext, sources: Sources, id: str) -> Claim:
    text, sent = s.view.text, s.sent
    subject = subject_of(s, q, ctx)
    unit = unit_of(s, q, subject)
    measure, measure_unit = measure_of(s.words, q, unit)
    claim = Claim(
        id=id,
        text=text[q.start : q.end],
        start=q.start,
        end=q.end,
        value=q.value,
        value_max=q.value_max,
        unit=unit,
        hedge=q.hedge,
        measure=measure,
        measure_unit=measure_unit,
        subject=subject,
        sentence=text[sent.start_char : sent.end_char],
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        attributed_to=attributed_to(sources, q),
    )
    claim.value_en = value_en(claim)  # rendered from the validated claim; no second model built
    return claim


def subject_of(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What `q` measures: the first subject rule that applies, its first strategy that names a
    phrase (`registry.SUBJECT_RULES`); remembered on `s` for the sentence's later numbers."""
    rule = next(rule for rule in SUBJECT_RULES if rule.applies(s, q))
    subject = next((found for strategy in rule.strategies if (found := strategy(s, q, ctx))), None)
    s.subjects[q.i] = subject
    return subject


def unit_of(s: ClaimSentence, q: Quantity, subject: str | None) -> str:
    """The claim's unit: the first of `registry.UNIT_RULES` that names one, else the grammar's."""
    return next((unit for rule in UNIT_RULES if (unit := rule(s, q, subject))), q.unit)


def sentence_source(
    s: ClaimSentence, index: EntityIndex, cues: DocumentCues
) -> tuple[str | None, bool]:
    """Who gives this sentence's numbers, by the first source cue in it (`registry.SOURCE_CUES`),
    and whether the cue cites a source rather than reports a speaker."""
    tokens = s.tokens
    for k, word in enumerate(s.words):
        low, token = word.low, tokens[k]
        if not (cues.everywhere or low in cues.words or token in cues.tokens):
            continue  # no cue can be here: most words, passed over with two set lookups
        for find, words, at in cues.cues:
            if (words is None or low in words) and (at is None or token in at):
                found = find(s, index, k)
                if found is not None:
                    return found
    return None, False


@dataclass(frozen=True)
class DocumentCues:
    """The registry's source cues for one document, each with the words and the tokens of the
    document it can be at (None: any); `words` and `tokens` all of them together, and
    `everywhere` when some cue has neither limit."""

    cues: tuple[tuple[SourceFinder, frozenset[str] | None, frozenset[int] | None], ...]
    words: frozenset[str]
    tokens: frozenset[int]
    everywhere: bool

    @classmethod
    def of(cls, view: DocView) -> DocumentCues:
        """The cues of the document of `view`, found once per document."""
        cues = tuple(
            (find, words, None if cue.tokens is None else cue.tokens(view))
            for cue, (find, words) in zip(SOURCE_CUES, _source_cues(), strict=True)
        )
        return cls(
            cues,
            frozenset().union(*(words for _, words, _ in cues if words is not None)),
            frozenset().union(*(at for _, _, at in cues if at is not None)),
            any(words is None and at is None for _, words, at in cues),
        )


@cache
def _source_cues() -> tuple[tuple[SourceFinder, frozenset[str] | None], ...]:
    """The registry's source cues with the words each can be at, read once."""
    return tuple((cue.find, cue.words() if cue.words else None) for cue in SOURCE_CUES)


def attributed_to(sources: Sources, q: Quantity) -> str | None:
    """The source of one claim: the first of `registry.ATTRIBUTIONS` that names one."""
    return next((found for attribute in ATTRIBUTIONS if (found := attribute(sources, q))), None)


@dataclass
class Paragraph:
    """The paragraph so far: per sentence whether it has a cue or quote of its own and the indices
    of its claims; the source a back-referring cue gave it (`carry`); its last sentence's words."""

    sentences: list[tuple[bool, list[int]]] = field(default_factory=list)
    carry: str | None = None
    words: list[Word] = field(default_factory=list)

    def take_cue(self, claims: list[Claim], source: str | None, back: bool, quoted: bool) -> None:
        """A sentence's cue: one that points back sources the paragraph's earlier claims without
        a source (back to a sentence with its own cue or quote) and the claims after it; any
        other cue or a quote ends that."""
        if source and back:
            for n, (closed, members) in enumerate(reversed(self.sentences)):
                if closed and n > 0:
                    break
                for m in members:
                    if claims[m].attributed_to is None:
                        claims[m] = claims[m].model_copy(update={"attributed_to": source})
            self.carry = source
        elif source or quoted:
            self.carry = None

    def claims(self, claims: list[Claim]) -> list[Claim]:
        """The claims of the paragraph's earlier sentences."""
        return [claims[m] for _, members in self.sentences for m in members]

    def close(self, sentence: ClaimSentence, own_cue: bool, members: list[int]) -> None:
        """Add a finished sentence; a line break after it ends the paragraph."""
        if _ends_paragraph(sentence.sent, sentence.view.text):
            self.sentences, self.carry, self.words = [], None, []
        else:
            self.words = sentence.words
            self.sentences.append((own_cue, members))


def _ends_paragraph(sent: Sentence, text: str) -> bool:
    return "\n" in sent.text_with_ws[-2:] or "\n" in text[sent.end_char : sent.end_char + 1]
