"""A person's clause before a colon, whatever its verb: "Jansen vervolgt: ‘…’".

"Arjen vervolgt: “…”", "De verdachte zelf hield het kort: ‘…’", "Daarop reageert de
burgemeester: ‘…’" → the clause's subject, when it names someone who can speak
(`speakers.names_a_party`: a person or organisation of the article, a pronoun, a role or speaker
noun of roles.csv / quote_words.csv). Dutch puts the subject before the first verb, or right after
it when an adverb opens the clause. Tried after the reporting verbs and labels. Negative twin:
"Het besluit is duidelijk: ‘…’" — a decision does not speak.
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import phrase_after
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import names_a_party, resolve_speaker
from pipeline.text.grammar import VERBAL


def find(quote: Quotation) -> Attribution | None:
    """The subject around the first verb of the clause before the colon, when it can speak."""
    ctx, window = quote.ctx, quote.before_colon
    if window is None:
        return None
    verb = next((k for k, t in enumerate(window) if t.pos_ in VERBAL), None)
    if verb is None:
        return None
    skip = ctx.lex.words.subject_skip
    before = [t for t in window[:verb] if t.lower_ not in skip]
    phrase = phrase_after(ctx.lex, before)
    if any(t.pos_ != "ADV" for t in before[len(phrase) :]):
        return None  # more than a subject and an adverb before the verb
    if not phrase:  # "Daarop reageert de burgemeester:"
        phrase = phrase_after(ctx.lex, window[verb + 1 :])
    if not names_a_party(ctx, phrase):
        return None
    speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
    if speaker.name is None:
        return None
    return Attribution.of(speaker, window[verb].lower_, quote.marks.close_at + 1)
