"""The paragraph's last speaker goes on: a quotation of full sentences with no cue of its own.

"«Het is een volledige exit-strategie», stelt Pauline. Door die abstractielaag verdwijnt de
discussie. «We zitten in een agnostisch ecosysteem.»" → Pauline: news goes on quoting the last
speaker, with narration (often her own words in paraphrase) in between. Also a paragraph that
opens with the quotation continues the speaker of the paragraph before. Only for speech
(`is_speech` in the registry), at most `_MAX_GAP` characters on, and only when nobody else comes
in between: no other person or organisation of the article named outside quotation marks, no
singular role or person noun ("de wethouder", "een buurtbewoner", "de vrouw": roles.csv and the
`speaker_noun`/`referent_noun` sections of data/quote_words.csv) other than the speaker's own, no
noun of an organisation ("de raad", "de gemeenteraad": data/org_anaphors.csv). Negative twins:
"«…», zegt Jansen. Wethouder De Vries is het daar niet mee eens. «…»", "… De raad stemde in. «…»".
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import SPEAKING_LABELS
from pipeline.labels import org_anaphors

_MAX_GAP = 600  # characters between the last speaker's attribution and the quotation


def find(quote: Quotation) -> Attribution | None:
    """The last speaker found before, when the text in between brings in nobody else."""
    if not quote.earlier:
        return None
    ctx = quote.ctx
    _, last = quote.earlier[-1]
    start, end = last.end, quote.marks.open_at
    if end - start > _MAX_GAP:
        return None
    gap = ctx.text[start:end].strip()
    line = ctx.text[ctx.text.rfind("\n", 0, end) + 1 : end]
    if "\n" in gap and line.strip():
        return None  # a new paragraph that does not open with the quotation
    if _someone_else(quote, start, end, last):
        return None
    return Attribution(last.speaker, last.role, None, quote.marks.close_at + 1)


def _someone_else(quote: Quotation, start: int, end: int, last: Attribution) -> bool:
    """Whether the text between names another party or a person noun, outside quotations."""
    ctx = quote.ctx
    return any(_another_party(quote, token, last) for token in ctx.tokens(start, end))


def _another_party(quote: Quotation, token: Token, last: Attribution) -> bool:
    ctx, low = quote.ctx, token.lower_
    entity = ctx.index.at(token.idx, token.idx + len(token))
    if entity is not None:
        own = {last.speaker, _affiliation(quote, last)}
        return entity.label in SPEAKING_LABELS and entity.name not in own
    if (low in ctx.lex.roles or low in ctx.lex.words.referent_noun) and low != last.role:
        return True
    return token.pos_ == "NOUN" and any(low.endswith(noun) for noun in org_anaphors())


def _affiliation(quote: Quotation, last: Attribution) -> str | None:
    """The organisation the last speaker works for, if the article says so."""
    speaker = quote.ctx.index.resolve(last.speaker) if last.speaker else None
    return speaker.affiliation if speaker is not None else None
