"""The state the claim rules share: one sentence (`ClaimSentence`) and the article so far
(`ArticleContext`), passed explicitly to every unit.

`ClaimSentence` holds the sentence's words as the number grammar splits them (with document
offsets, POS and the index of their token), its quantities, which words they cover, and the
subjects found for its earlier quantities (a later one may take them over: "een kwart van hen").
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.numbers import WORD_RE, Quantity, Word
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Claim
from pipeline.text.datafiles import ClaimSources, sections
from pipeline.text.sentences import Sentence
from pipeline.text.view import DocView

COUNTED = frozenset({"people", "count"})
HEAD_POS = {"NOUN", "PROPN"}
CLAUSE_PUNCT = {",", ";", ":", "(", ")", "“", "”", "‘", "’", '"', "–", "—"}


def cues() -> ClaimSources:
    """data/claim_sources.yaml, loaded once."""
    return sections(ClaimSources)


def sentence_words(sent: Sentence, view: DocView) -> tuple[list[Word], list[int]]:
    """The grammar's words of one sentence (as `tokenize` splits them), with document offsets and
    the POS of their token, and the index of that token (as `DocView.token_at` finds it, by one
    walk along the sentence's tokens since words come in text order)."""
    words, at = [], []
    starts, pos = view.starts, view.pos
    k, last = sent.start, len(starts) - 1
    for m in WORD_RE.finditer(view.text, sent.start_char, sent.end_char):
        char = m.start()
        while k < last and starts[k + 1] <= char:
            k += 1
        words.append(Word(m.group(), char, m.end(), pos[k]))
        at.append(k)
    return words, at


class ClaimSentence:
    """One sentence, its words and its numbers, and what its earlier numbers were found to measure.

    `previous` are the words of the sentence before it in its paragraph (a plural noun there may
    be what a number counts); `documents` the article's documents named so far, by their noun,
    with who stands behind each ("rapport" → "Nationale Ombudsman": "volgens het rapport" points
    back to it); `found` its quantities, `claimed` the indices of the words they cover,
    `subjects` the subject found for each quantity so far, by its first word.
    """

    def __init__(
        self,
        sent: Sentence,
        previous: list[Word],
        view: DocView,
        documents: dict[str, str] | None = None,
    ) -> None:
        self.sent = sent
        self.view = view
        self.words, self.tokens = sentence_words(sent, view)
        self.previous = previous
        self.documents = documents if documents is not None else {}
        self.found: list[Quantity] = []
        self.claimed: set[int] = set()
        self.subjects: dict[int, str | None] = {}

    def text(self, words: list[Word], i: int, j: int) -> str:
        """The document text of words[i:j]."""
        return self.view.text[words[i].start : words[j - 1].end]

    def low(self, k: int) -> str:
        """Word k in lower case, "" outside the sentence."""
        return self.words[k].low if 0 <= k < len(self.words) else ""

    def before(self, q: Quantity) -> str:
        """The lower-case word right before `q`."""
        return self.low(q.i - 1)

    def earlier(self, q: Quantity) -> list[Quantity]:
        """The sentence's quantities before `q`."""
        return self.found[: self.found.index(q)]


@dataclass
class ArticleContext:
    """What earlier sentences of the article found, for numbers that point back to it."""

    claims: list[Claim]
    previous: list[Claim]  # the claims of the paragraph's earlier sentences
    index: EntityIndex
