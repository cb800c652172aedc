"""A speaker label before a colon: "X: ‘…’".

"Woordvoerder Shamir Ceuleers: ‘Dit is een mooie stap.’" → Ceuleers, cue ":". The clause before
the colon must be one speaker phrase, possibly with bracketed asides ("Wethouder Mirjam de Wit
(GroenLinks):", "Kees Hofman (71):") and a relative clause or an apposition after a comma
("Spits Moussa Diallo, die twee keer scoorde:", "Marieke Jansen, wethouder van Zwolle:"), and it
must name someone (`speakers.names_a_party`, or a name of two capitalised
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
    """The speaker phrase a label clause consists of, bracketed asides ("(71)", "(GroenLinks)")
    and what follows a comma when it is a relative clause or an apposition ("Marieke Jansen,
    wethouder van Zwolle:") left out; empty when the clause is more than that."""
    clause = _without_brackets(clause)
    phrase = phrase_after(ctx.lex, clause)
    rest = clause[len(phrase) :]
    if not rest:
        return phrase
    if len(rest) < 2 or rest[0].text != ",":
        return []
    relative = opens_subordinate_clause(ctx.view, rest[1].i)
    apposition = phrase_after(ctx.lex, rest[1:]) == rest[1:]
    return phrase if relative or apposition else []


def _without_brackets(clause: list[Token]) -> list[Token]:
    """The clause without its bracketed parts; an unclosed bracket at the end (its ")" perhaps
    glued to the colon) is cut off."""
    out: list[Token] = []
    depth = 0
    for token in clause:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(token)
    return out


def _is_name(ctx: QuoteContext, phrase: list[Token]) -> bool:
    """An unknown name: two capitalised words that are no determiners ("Tom Hendriks")."""
    determiners = ctx.lex.words.determiner
    capitalised = [t for t in phrase if t.text[:1].isupper() and t.lower_ not in determiners]
    return len(capitalised) >= _NAME_WORDS
