"""A speaker label before a colon: "X: ‘…’".

"Woordvoerder Shamir Ceuleers: ‘Dit is een mooie stap.’" → Ceuleers, cue ":". The clause before
the colon must be one speaker phrase, possibly with its party in brackets ("Wethouder Mirjam de
Wit (GroenLinks):") or a relative clause after a comma ("Spits Moussa Diallo, die twee keer
scoorde:"), and it must name someone (`speakers.names_a_party`, or a name of two capitalised
words such as "Tom Hendriks"). "Het besluit is duidelijk: ‘…’" and "Conclusie: ‘…’" are no
labels. Tried after `reporting_clause_before`, which takes "X zegt: ‘…’". The words that may
stand in a phrase are the `determiner`, `role_link` and `name_particle` sections of
data/quote_words.csv.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import phrase_after
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import names_a_party, resolve_speaker
from pipeline.text.grammar import opens_subordinate_clause

_NAME_WORDS = 2  # capitalised words that make an unknown label a name ("Tom Hendriks")


def find(quote: Quotation) -> Attribution | None:
    """The clause before the colon, when it is a speaker phrase and nothing else."""
    ctx = quote.ctx
    clause = quote.colon_clause
    if clause is None:
        return None
    phrase = label(ctx, clause)
    if not phrase or not (names_a_party(ctx, phrase) or _is_name(ctx, phrase)):
        return None
    speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
    return Attribution.of(speaker, ":", quote.marks.close_at + 1)


def label(ctx: QuoteContext, clause: list[Token]) -> list[Token]:
    """The speaker phrase a label clause consists of, a bracketed party or a relative clause
    after a comma left out; empty when the clause is more than that."""
    bracket = max((k for k, t in enumerate(clause) if t.text == "("), default=None)
    if bracket is not None and not any(t.text == ")" for t in clause[bracket:-1]):
        clause = clause[:bracket]  # "(GroenLinks)" at the end, its ")" perhaps glued to the colon
    phrase = phrase_after(ctx.lex, clause)
    rest = clause[len(phrase) :]
    if not rest:
        return phrase
    relative = (
        len(rest) > 1 and rest[0].text == "," and opens_subordinate_clause(ctx.view, rest[1].i)
    )
    return phrase if relative else []


def _is_name(ctx: QuoteContext, phrase: list[Token]) -> bool:
    """An unknown name: two capitalised words that are no determiners ("Tom Hendriks")."""
    determiners = ctx.lex.words.determiner
    capitalised = [t for t in phrase if t.text[:1].isupper() and t.lower_ not in determiners]
    return len(capitalised) >= _NAME_WORDS
