"""Mention collection: one `Mention` per entity span of the Doc, after the mention fixes, with the
person's role and affiliation and whether its capital proves nothing.

A name seen only where a capital proves nothing is dubious: a one-capital name at the start of a
sentence or a quote ("Ook zegt hij …" gives no entity "Ook"), any name on a headline line or on a
sub-heading glued to the next sentence ("Weerbare sector Georganiseerde criminaliteit …"), and a
sentence-initial "person" whose first word the article also writes in lower case ("Creditcardfraude
Slachtoffers werden …" after "creditcardfraude"; Mikheev's document-centred test of capitals). A
second capital inside the name ("Albert Heijn", "PvdA") is proof, so is a person's role or a known
name; a dubious name is kept when the article confirms it elsewhere (merging.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from pipeline.extract.entities.affiliation import person_context
from pipeline.extract.entities.fixes.context import MentionContext
from pipeline.extract.entities.fixes.registry import MENTION_FIXES
from pipeline.extract.entities.names import (
    compound_head,
    glued_start_at,
    role_compound_body,
    sentence_initial,
)
from pipeline.extract.entities.words import VOUCHED, entry_name, known, span_label, words
from pipeline.labels import PLACE_TYPE, Term, lookup_term, term_by_name
from pipeline.text.view import DocView


@dataclass(slots=True)
class Mention:
    """One entity span: its label (the termbase's when known), the form it merges by (merging may
    shorten a genitive), and for a person the role and affiliation read around it."""

    span: Span
    label: str
    term: Term | None
    form: str
    written: str  # the span's text, read once: spaCy joins a span's tokens anew on every access
    role: str | None = None
    affiliation: Span | str | None = None
    owned: bool = False  # a "van/bij" complement says whose role it is
    dubious: bool = False
    cut: int = 0  # characters at the span's end that are no part of the name ("-voorman")
    # an alias that never names its entity: a quoted nickname beside a person's name (epithets.py)
    # or the misspelt form of a name written two ways (variants.py)
    alias_only: bool = False

    @property
    def text(self) -> str:
        """The mention as written: the span's text without a role joined to it."""
        return self.written[: len(self.written) - self.cut]

    @property
    def end_char(self) -> int:
        return self.span.end_char - self.cut


def collect_mentions(view: DocView) -> list[Mention]:
    """The mentions of the Doc's entities and the mention fixes' additions, in text order."""
    ctx = MentionContext(view=view, ents=view.doc.ents)  # spaCy builds doc.ents on every access
    spans = list(ctx.ents)
    for fix in MENTION_FIXES:
        spans = fix.run(ctx, spans)
    mentions = []
    for ent in sorted(spans, key=lambda s: s.start):
        label = span_label(ent)
        # (a letter in the token texts is one in the span's text)
        if label is None or not any(map(_has_letter, view.orth[ent.start : ent.end])):
            continue
        mentions.append(_mention(ent, label, view))
    return mentions


def term_of(m: Mention) -> Term | None:
    """The termbase or gazetteer entry a mention names: its own, else the one its form spells;
    never a place for a person ("Oosterbeek" as the surname of "Mirjam Oosterbeek")."""
    term = m.term or lookup_term(m.form)
    if term is not None and m.label == "PERSON" and term.type == PLACE_TYPE:
        return None
    return term


def _mention(ent: Span, label: str, view: DocView) -> Mention:
    texts = view.orth[ent.start : ent.end]  # the span's token texts, from the view
    term = term_by_name().get(entry_name(ent)) if known(ent) else None
    text = view.text[ent.start_char : ent.end_char]  # `Span.text`, without building its Tokens
    mention = Mention(
        span=ent, label=term.label if term else label, term=term, form=text, written=text
    )
    if term is None:
        _compound(mention, view.orth[ent.end - 1])
    if mention.label == "PERSON":
        mention.role, mention.affiliation, mention.owned = person_context(ent, view.orth)
    person_pattern = mention.label == "PERSON" and (
        mention.role is not None or sum(1 for t in texts if t[:1].isupper()) >= 2
    )
    # a "person" whose first word the article writes in lower case is a common word capitalised
    # at a sentence start ("Creditcardfraude Slachtoffers werden …"; Mikheev's document-centred
    # test of capitals): a personal name starts with a given name, never with such a word
    common = mention.label == "PERSON" and mention.role is None and _written_lower(view, ent.start)
    mention.dubious = (
        term is None
        and ent.id_ != VOUCHED
        and (common or not person_pattern)
        # "LTO", "N-VA", "PvdA": a second capital in a word is no sentence-case capital
        and not any(map(_two_capitals, texts))
        and sentence_initial(ent)
        and (
            sum(1 for t in texts if t[:1].isupper()) < 2
            or _heading(ent, view.text)
            or glued_start_at(ent.doc, view.orth, ent.end)
            or common
        )
    )
    return mention


def _written_lower(view: DocView, i: int) -> bool:
    """Whether the article writes token i's word in lower case somewhere: its lower-case form is
    a lower-case token text (a scan of the texts for the few persons with no role, instead of a
    set of the Doc's lower-case words)."""
    word = view.lower[i]
    return word.islower() and word in view.orth


@lru_cache(maxsize=1 << 16)
def _has_letter(word: str) -> bool:
    """Whether the word holds a letter. Cached by word form: asked of every mention's words."""
    return any(c.isalpha() for c in word)


@lru_cache(maxsize=1 << 16)
def _two_capitals(word: str) -> bool:
    """Whether the word holds two or more capitals. Cached by word form: asked of every word of
    most mentions."""
    return sum(c.isupper() for c in word) >= 2


def _compound(mention: Mention, last: str) -> None:
    """A name joined to a noun merges by the name: "Haven-project" by "Haven" (the compound stays
    its alias). Joined to a role, the role is the person's and not part of any name: the mention of
    "FNV-voorman" is "FNV", an organisation (GUIDELINES: a trailing "-voorman" is no part of it).
    `last`: the text of the mention's last word."""
    parts = compound_head(last)
    if parts is None or parts[0].casefold() in words().role_modifiers:
        return
    mention.form = mention.written[: len(mention.written) - len(last)] + parts[0]
    if role_compound_body(last):
        mention.cut = len(mention.written) - len(mention.form)
        mention.term = lookup_term(mention.form)
        mention.label = mention.term.label if mention.term else "ORG"


def _heading(span: Span, text: str) -> bool:
    """Whether the span stands on a line of `text` (the Doc's) without closing punctuation: a
    headline, title-cased."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return not line.endswith(tuple(words().heading_end_marks))
