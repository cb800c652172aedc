"""Numeric claims: every statistic a Dutch article asserts, with what it counts and who says it.

The number grammar (`pipeline.extract.numbers`) finds and normalises the quantities sentence by
sentence; this module adds what the Doc knows: the noun phrase that is measured (the counted noun,
"X% van NP", or the nearest plural noun before it), the source ("Volgens de X" → X through the
EntityIndex; a claim inside a quote → its speaker) and the English rendering.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.english.values import value_en
from pipeline.extract.numbers import Quantity, Word, find_quantities, tokenize
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Claim, Quote

_NP_POS = {"DET", "PRON", "NUM", "ADJ", "NOUN", "PROPN"}
_HEAD_POS = {"NOUN", "PROPN"}
_SOURCE_CUES = {"volgens"}


def sentence_words(sent: Span) -> list[Word]:
    """The grammar's words of one sentence, with document offsets and the POS of their token."""
    doc = sent.doc
    words = []
    for w in tokenize(sent.text):
        start, end = w.start + sent.start_char, w.end + sent.start_char
        span = doc.char_span(start, end, alignment_mode="expand")
        pos = span[0].pos_ if span is not None and len(span) else ""
        words.append(Word(w.text, start, end, pos))
    return words


def _plural(word: Word, sent_doc: Doc) -> bool:
    span = sent_doc.char_span(word.start, word.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    number = span[0].morph.get("Number")
    if number:
        return number == ["Plur"]
    return word.text.endswith(("en", "s"))


class _Sentence:
    """One sentence and its words, with the noun-phrase helpers subjects are built from."""

    def __init__(self, sent: Span, previous: list[Word]) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.words = sentence_words(sent)
        self.previous = previous

    def text(self, words: list[Word], i: int, j: int) -> str:
        return self.doc.text[words[i].start : words[j - 1].end]

    def np_right(self, words: list[Word], k: int) -> tuple[int, int] | None:
        """Noun phrase starting at word k: determiners, numbers, adjectives, then its noun(s).

        Taggers often call a plural noun ADJ or VERB ("de jongeren", "7.000 gezinnen"), so when no
        noun follows, the first content word after the determiners is taken as the head.
        """
        j = k
        while j < len(words) and words[j].pos in {"DET", "PRON", "NUM"}:
            j += 1
        first_content = j
        while j < len(words) and words[j].pos == "ADJ" and words[j].text.isalpha():
            j += 1
        if j < len(words) and words[j].pos in _HEAD_POS:
            while j + 1 < len(words) and words[j + 1].pos in _HEAD_POS:
                j += 1
            return k, j + 1
        if (
            first_content < len(words)
            and words[first_content].text.isalpha()
            and words[first_content].pos in {"ADJ", "VERB", "NOUN"}
        ):
            return k, first_content + 1
        return None

    def counted_noun(self, j: int) -> str | None:
        """Noun right after a number ("300 slachtoffers", "duizend minderjarige slachtoffers")."""
        k = j
        while k < len(self.words) and self.words[k].low in {"meer", "minder", "extra"}:
            k += 1
        if k >= len(self.words) or self.words[k].pos in {"DET", "PRON", "NUM"}:
            return None
        span = self.np_right(self.words, k)
        return self.text(self.words, *span) if span else None

    def of_phrase(self, q: Quantity) -> str | None:
        """ "X% van deze groep" after the claim, or "van deze 1.300 meisjes is X%" just before it."""
        w = self.words
        if q.j < len(w) and w[q.j].low == "van":
            span = self.np_right(w, q.j + 1)
            if span:
                return self.text(w, *span)
        for k in range(q.i - 1, -1, -1):
            if w[k].low == "van":
                span = self.np_right(w, k + 1)
                if span and q.i - span[1] <= 2:
                    return self.text(w, *span)
                return None
        return None

    def plural_before(self, q: Quantity) -> str | None:
        """Nearest plural noun before the claim, in this sentence or the one before."""
        for words, end in ((self.words, q.i), (self.previous, len(self.previous))):
            for k in range(end - 1, -1, -1):
                if words[k].pos == "NOUN" and _plural(words[k], self.doc):
                    first = k
                    while first > 0 and words[first - 1].pos == "ADJ":
                        first -= 1
                    return self.text(words, first, k + 1)
        return None

    def np_left(self, k: int) -> str | None:
        """Noun phrase ending at word k-1 ("de reorganisatie van de politie" before "in 2013")."""
        w = self.words
        if k == 0 or w[k - 1].pos not in _HEAD_POS:
            return None
        first = k - 1
        while first > 0 and (w[first - 1].pos in _NP_POS or w[first - 1].low == "van"):
            first -= 1
        while w[first].low == "van" or w[first].pos not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            first += 1
        return self.text(w, first, k)

    def clause_subject(self, q: Quantity) -> str | None:
        """Subject of the verb the claim belongs to ("Het aantal meldingen" is verdubbeld)."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(4):
            for child in token.children:
                if child.dep_.startswith("nsubj") and child.pos_ != "PRON":
                    if q.start <= child.idx < q.end:
                        continue
                    tokens = list(child.subtree)
                    if len(tokens) > 6:
                        tokens = [t for t in tokens if t.i <= child.i][-4:]
                    return self.doc[tokens[0].i : tokens[-1].i + 1].text
            if token.head is token:
                return None
            token = token.head
        return None

    def subject(self, q: Quantity) -> str | None:
        if q.unit in {"people", "count"}:
            return self.counted_noun(q.j) or self.of_phrase(q) or self.plural_before(q)
        if q.unit in {"percent", "ratio"} and q.form != "change":
            return self.of_phrase(q) or self.counted_noun(q.j) or self.plural_before(q)
        if q.unit == "age":
            return self.plural_before(q)
        if q.form == "year":
            return self.np_left(q.i)
        return self.clause_subject(q)

    def source(self, index: EntityIndex) -> str | None:
        """ "Volgens de Nationaal Rapporteur …" → that entity's canonical name (or the phrase)."""
        w = self.words
        for k, word in enumerate(w):
            if word.low not in _SOURCE_CUES:
                continue
            if k + 1 < len(w) and w[k + 1].pos == "PRON":
                entity = index.last_before(w[k + 1].start)
                return entity.name if entity else None
            end = k + 1
            while end < len(w) and w[end].pos not in {"VERB", "AUX", "PUNCT"}:
                end += 1
            if end == k + 1:
                return None
            start = k + 2 if w[k + 1].pos == "DET" and end > k + 2 else k + 1
            entity = index.at(w[start].start, w[end - 1].end)
            if entity is not None and entity.name in self.text(w, start, end):
                return entity.name
            return index.canonical(self.text(w, start, end))
        return None


def _speaker(quotes: list[Quote], start: int, end: int) -> str | None:
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return quote.speaker
    return None


def extract_claims(doc: Doc, index: EntityIndex, quotes: list[Quote]) -> list[Claim]:
    """Every numeric claim of `doc`, ids c1, c2, ... in text order."""
    claims: list[Claim] = []
    previous: list[Word] = []
    for sent in doc.sents:
        sentence = _Sentence(sent, previous)
        lemmas = [t.lemma_.lower() for t in sent]
        found = find_quantities(sentence.words, lemmas)
        source = sentence.source(index) if found else None
        for q in found:
            claim = Claim(
                id=f"c{len(claims) + 1}",
                text=doc.text[q.start : q.end],
                start=q.start,
                end=q.end,
                value=q.value,
                value_max=q.value_max,
                unit=q.unit,
                hedge=q.hedge,
                subject=sentence.subject(q),
                sentence=sent.text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                attributed_to=source or _speaker(quotes, q.start, q.end),
            )
            claims.append(claim.model_copy(update={"value_en": value_en(claim)}))
        if "\n" in sent.text_with_ws[-2:] or "\n" in doc.text[sent.end_char : sent.end_char + 1]:
            previous = []
        else:
            previous = sentence.words
    return claims
