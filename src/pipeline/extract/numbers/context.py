"""`Scan`: the state of one pass of the number grammar over a word sequence, handed to every unit.

Forms, readers, hedges, units and filters are functions of `(scan, i)`; what they share lives here,
explicitly: the words and their lower-case surfaces, the sentence's lemmas (when parsed), the
vocabulary, the registry that says which units run (so units reach the readers and filters without
importing the registry that imports them), and `found`, the quantities the pass has accepted so
far (a unit may look back at them: an elided noun, a change before "tot"), `numbers`, the
number read at each word tried so far: several forms begin by reading the same number (a range,
an age, a counted number), and reading it is a pure function of the words, so it is read once;
and `shapes`, the words inside a non-claim shape (a phone number, a URL, a date: `shapes.py`),
each with the end of its shape, which no reader reads and the scan steps past (`text`, the text
the words' offsets point into when the caller has it, lets most sentences skip the shapes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.extract.numbers.shapes import marked
from pipeline.extract.numbers.vocab import Vocab, number_words, vocab
from pipeline.extract.numbers.words import Quantity, Word
from pipeline.text.datafiles import NumberWords

if TYPE_CHECKING:
    from pipeline.extract.numbers.registry import Registry


@dataclass
class Scan:
    """One left-to-right pass over `words` (one sentence or a whole text)."""

    words: list[Word]
    lemmas: list[str] | None
    registry: Registry
    found: list[Quantity] = field(default_factory=list)
    numbers: dict[int, tuple[float, int] | None] = field(default_factory=dict)
    text: str | None = None  # the text the words' offsets point into, when known
    # the span filters that may reject a number in these words (`filters.excluded`), found once
    span_filters: tuple[Callable[[Scan, int, int, int], bool], ...] | None = None
    lows: tuple[str, ...] = field(init=False)
    nw: NumberWords = field(init=False, repr=False)
    v: Vocab = field(init=False, repr=False)
    shapes: dict[int, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lows = tuple([w.low for w in self.words])
        self.nw = number_words()
        self.v = vocab()
        self.shapes = marked(self)

    def blocked(self, i: int) -> bool:
        """Word i lies inside a non-claim shape ("06-12345678", a URL)."""
        return i in self.shapes

    def low(self, i: int) -> str:
        """The lower-case word i, "" outside the sequence."""
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def word(self, i: int) -> Word | None:
        """Word i, None past the end."""
        return self.words[i] if i < len(self.words) else None

    def starts(self, i: int, phrase: tuple[str, ...]) -> bool:
        """Words i, i+1, ... spell `phrase`."""
        return len(phrase) > 0 and self.lows[i : i + len(phrase)] == phrase

    def make(
        self,
        i: int,
        j: int,
        value: float,
        value_max: float | None,
        unit: str,
        hedge: str,
        form: str,
    ) -> Quantity:
        """The quantity spelt by words[i:j]."""
        w = self.words
        return Quantity(i, j, w[i].start, w[j - 1].end, value, value_max, unit, hedge, form)

    def ratio(self, i: int, j: int, value: float, form: str) -> Quantity:
        """A ratio spelt by words[i:j], its value rounded to four decimals ("een derde" 0.3333)."""
        return self.make(i, j, round(value, 4), None, "ratio", "exact", form)
