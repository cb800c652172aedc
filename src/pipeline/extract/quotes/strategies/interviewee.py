"""A question-and-answer interview: a quoted answer without a cue of its own is the interviewee's.

"Huisarts Eva de Graaf werkt al twintig jaar in Zwolle. / Hoeveel patiënten ziet u per dag? /
«Zo'n veertig, soms meer.» / Wat moet er veranderen? / «Minder formulieren.»" → Eva de Graaf:
interviews print the interviewer's questions as plain paragraphs and the answers as paragraphs in
quotation marks, and name the interviewee once, in the lead above the first question.

The article counts as an interview when at least `_MIN_ANSWERS` paragraphs that open with a
quotation follow a question paragraph (not quoted, ending in "?"); then every paragraph opening
with a quotation of speech is the interviewee's, also after a prompt that is no question ("De
minister zegt dat er geen geld is." / «…»). The interviewee is the one person named before the
first question; with none or several there (a double interview) nobody is. Negative twins: one
question followed by a quotation (a rhetorical question in a report), a quotation inside a
paragraph of narration, a lead naming two persons.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation

_MIN_ANSWERS = 2  # question → quoted answer pairs that make an article an interview
_PERSON = "PERSON"


def find(quote: Quotation) -> Attribution | None:
    """The interviewee, for a quotation that opens its paragraph in a question-and-answer text."""
    ctx, open_at = quote.ctx, quote.marks.open_at
    if ctx.text[ctx.text.rfind("\n", 0, open_at) + 1 : open_at].strip():
        return None  # the quotation is inside a paragraph of narration
    interviewee = _interviewee(ctx)
    if interviewee is None:
        return None
    return Attribution(interviewee, None, None, quote.marks.close_at + 1)


def _interviewee(ctx: QuoteContext) -> str | None:
    """The one person named above the first question, when the text is an interview."""
    first_question = None
    answers = 0
    previous_question = False
    offset = 0
    for line in ctx.text.split("\n"):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if not stripped:
            continue
        answer = _opens_quotation(ctx, start)
        answers += answer and previous_question
        previous_question = not answer and stripped.endswith("?")
        if previous_question and first_question is None:
            first_question = start
    if answers < _MIN_ANSWERS or first_question is None:
        return None
    named = {
        entity.name
        for entity in ctx.index.entities
        if entity.label == _PERSON and any(m.start < first_question for m in entity.mentions)
    }
    return named.pop() if len(named) == 1 else None


def _opens_quotation(ctx: QuoteContext, start: int) -> bool:
    """Whether one of the article's quotations opens at offset `start`."""
    i = bisect_left(ctx.opens, start)
    return i < len(ctx.opens) and ctx.opens[i] == start
