"""Quotes: quoted passages with their speaker, for Dutch news text.

Two stages. Quote marks are paired on the character level (`find_quote_marks`), because
tokenisers and sentence splitters treat ‘ ’ „ ” « » inconsistently and the apostrophe of "zo'n" or
"'s" looks like a quote mark. Attribution then works on the spaCy Doc (tokens, lemmas, dependency
subjects) inside the clause around each quote, in the order newsroom Dutch uses:

1. a cue after the quote: "‘…’, aldus X", "‘…’, zegt/zei/laat … weten X", "‘…’ Dat zegt X";
2. a speaker label or reporting clause before a colon: "X: ‘…’", "X zegt: ‘…’";
3. a cue in the same clause as a quoted fragment: "volgens X is het ‘…’", "X noemt het ‘…’";
4. continuation: a quote that opens right after an attributed one, with nothing but the
   attribution and punctuation in between (including Dutch multi-paragraph quotes whose paragraphs
   each open with a mark and only the last one closes).

Speakers resolve through `EntityIndex`: names to the merged entity, "hij"/"zij" to the most
recent person of compatible gender, role nouns ("de woordvoerder") to the entity holding that role,
short roles in full ("zei de officier" → the officier van justitie), and an unnamed spokesperson with
no holder to the organisation named around the quote ("aldus een woordvoerster" → the shipping firm
named just before; `EntityIndex.employer`).
A quoted fragment with no cue and no speaker ("‘gemelde’ slachtoffers", report titles) is a scare
quote and is skipped; an unattributed passage is kept only when it is a full sentence of speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.extract.attribution import attribution_words, reporting_verb
from pipeline.extract.resolve import EntityIndex
from pipeline.labels import full_role, org_roles
from pipeline.schema import Entity, Quote
from pipeline.text.datafiles import QuoteMarkRow, QuoteWords, RoleRow, quote_words, table
from pipeline.text.grammar import SENTENCE_END
from pipeline.text.sentences import clause_end, clause_start
from pipeline.text.view import DocView

_APOSTROPHE_WORD = re.compile(r"[stnk](?![^\W\d_])")  # 's, 't, 'n, 'k: elided words, not quotes
_OPEN_CONTEXT = set("([{—–-/:;,") | {"\n", " ", "\t"}
_MIN_UNATTRIBUTED_WORDS = 6
_MAX_SPEAKER_TOKENS = 12
_MAX_SCARE_WORDS = 2


@dataclass(frozen=True)
class _Lexicon:
    """Quote knowledge loaded once from the package data files."""

    closers: dict[str, str]
    closing: frozenset[str]  # every character that closes some opening mark
    marks: re.Pattern[str]  # any opening or closing mark: the only characters pairing looks at
    postposed: frozenset[str]
    prepositions: frozenset[str]
    roles: frozenset[str]
    title_nouns: frozenset[str]
    pronouns: dict[str, str]
    object_pronouns: dict[str, str]
    referent_nouns: dict[str, str]
    gender_words: dict[str, str]
    given_names: dict[str, str]
    words: QuoteWords  # the other sections of quote_words.csv, each named for its decision


@cache
def _lexicon() -> _Lexicon:
    words = quote_words()
    cues = attribution_words()  # the cues and pronouns quotes share with claims and demands
    roles = {r.role.casefold() for r in table(RoleRow) if r.kind == "person"}
    closers = {r.open: r.closers for r in table(QuoteMarkRow)}
    closing = frozenset("".join(closers.values()))
    return _Lexicon(
        closers=closers,
        closing=closing,
        marks=re.compile("[" + re.escape("".join(sorted(closing | set(closers)))) + "]"),
        postposed=cues.postposed,
        prepositions=cues.according_to,
        roles=frozenset(roles | set(words.speaker_noun)),
        title_nouns=frozenset(words.title_noun),
        pronouns=cues.third_person_subject,
        object_pronouns=cues.third_person_object,
        referent_nouns=words.referent_noun,
        gender_words={w: g for w, g in words.speaker_noun.items() if g},
        given_names=words.given_name,
        words=words,
    )


# --- stage 1: pairing quote marks on the character level ---------------------------------------


@dataclass(frozen=True)
class QuoteMarks:
    """One paired quotation: marks at `open_at` and `close_at`, inner text `start:end` (stripped).

    `implicit_close` marks a paragraph that the Dutch convention leaves open because the next
    paragraph opens with the same mark; `continues` marks that next paragraph's quote.
    """

    open_at: int
    close_at: int
    start: int
    end: int
    implicit_close: bool = False
    continues: bool = False


def _is_opener(text: str, i: int, lex: _Lexicon) -> bool:
    if text[i] not in lex.closers or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    prev = text[i - 1] if i else " "
    if prev not in _OPEN_CONTEXT and prev not in lex.closers and prev not in lex.closing:
        return False
    return not (text[i] in "'‘’" and _APOSTROPHE_WORD.match(text, i + 1))


def _is_closer(text: str, i: int) -> bool:
    if i == 0 or text[i - 1].isspace():
        return False
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _paragraph_start(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > 0 and not text[line_start:i].strip()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Outermost quotations of `text`, in order; apostrophes and unclosed marks are ignored."""
    lex = _lexicon()
    stack: list[tuple[str, int, bool]] = []  # (opening mark, position, continues)
    found: list[QuoteMarks] = []

    def close(level: int, close_at: int, end: int, implicit: bool) -> None:
        _, open_at, continues = stack[level]
        del stack[level:]
        start, end = _strip(text, open_at + 1, end)
        if start < end:
            found.append(QuoteMarks(open_at, close_at, start, end, implicit, continues))

    for match in lex.marks.finditer(text):
        i, char = match.start(), match.group()
        if char in lex.closing and _is_closer(text, i):
            level = next(
                (k for k in range(len(stack) - 1, -1, -1) if char in lex.closers[stack[k][0]]),
                None,
            )
            if level is not None:
                close(level, i, i, implicit=False)
                continue
        if _is_opener(text, i, lex):
            continues = False
            if _paragraph_start(text, i):
                level = next((k for k, entry in enumerate(stack) if entry[0] == char), None)
                if level is not None:
                    para_end = text.rfind("\n", 0, i)
                    close(level, para_end, para_end, implicit=True)
                    continues = True
            stack.append((char, i, continues))
    found.sort(key=lambda q: q.open_at)
    outer: list[QuoteMarks] = []
    for quote in found:
        if not outer or quote.open_at > outer[-1].close_at:
            outer.append(quote)
    return outer


# --- stage 2: attribution over the Doc ------------------------------------------------------------


@dataclass(frozen=True)
class _Attribution:
    speaker: str | None
    role: str | None
    cue: str | None
    end: int  # where the attribution text ends, for continuation


class _Attributor:
    """Finds the speaker of each quotation in one Doc."""

    def __init__(self, view: DocView, index: EntityIndex, quotes: list[QuoteMarks]) -> None:
        self.doc = view.doc
        self.view = view
        self.text = view.text
        self.index = index
        self.lex = _lexicon()
        self.quotes = quotes

    # -- text windows

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end), outside every quotation."""
        view = self.view
        i = view.first_token_from(start)
        out = []
        while i < len(view) and view.end(i) <= end:
            if not self.quoted(view.starts[i]):
                out.append(self.doc[i])
            i += 1
        return out

    def quoted(self, offset: int) -> bool:
        return any(q.open_at <= offset <= q.close_at for q in self.quotes)

    def clause_start(self, pos: int) -> int:
        """Start of the clause that `pos` is in: after a newline, a sentence end or a quote."""
        return clause_start(self.text, pos, self.quoted)

    def clause_end(self, pos: int) -> int:
        """End (exclusive) of the clause from `pos`: a newline, a sentence end or a new quote."""
        return clause_end(self.text, pos, self.quoted)

    # -- cue detection

    def reporting_verb(self, token: Token, window: list[Token]) -> str | None:
        """The cue text if `token` is a reporting verb ("zegt", "laat weten"), else None."""
        return reporting_verb(self.view, token.i, (t.lower_ for t in window if t.i > token.i))

    # -- speaker noun phrases

    def phrase_after(self, tokens: list[Token]) -> list[Token]:
        """The noun phrase that starts `tokens` (the speaker after "aldus", "zegt", "volgens")."""
        lex = self.lex.words
        phrase: list[Token] = []
        used_van = False
        for k, token in enumerate(tokens):
            low = token.lower_
            if token.is_punct or token.is_space:
                break
            if not phrase and token.lower_ in self.lex.pronouns:
                return [token]
            nominal = (
                token.ent_type_
                or token.text[:1].isupper()
                or low in self.lex.roles
                or (low in lex.determiner and (not phrase or phrase[-1].lower_ in lex.role_link))
                or token.pos_ in {"NOUN", "PROPN", "NUM"}
                or token.like_num
                or (token.pos_ == "ADJ" and k + 1 < len(tokens) and not tokens[k + 1].is_punct)
                or (low in lex.name_particle and phrase and self.name_follows(tokens, k))
                or (phrase and phrase[-1].lower_ in self.lex.roles and self.name_follows(tokens, k))
            )
            if nominal:
                phrase.append(token)
            elif low in lex.role_link and phrase and not used_van and k + 1 < len(tokens):
                used_van = True
                phrase.append(token)
            else:
                break
        while phrase and (
            phrase[-1].lower_ in lex.name_particle or phrase[-1].lower_ in lex.role_link
        ):
            phrase.pop()
        return phrase

    @staticmethod
    def name_follows(tokens: list[Token], k: int) -> bool:
        for token in tokens[k + 1 : k + 4]:
            if token.text[:1].isupper():
                return True
            if token.lower_ not in _lexicon().words.name_particle:
                return False
        return False

    def phrase_before(self, tokens: list[Token]) -> list[Token]:
        """The noun phrase that ends `tokens` (the subject before "zegt" in "Ceuleers zegt")."""
        phrase: list[Token] = []
        for token in reversed(tokens):
            if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
                break
            phrase.insert(0, token)
        start = next(
            (k for k, t in enumerate(phrase) if t.lower_ not in self.lex.words.subject_skip), 0
        )
        return self.phrase_after(phrase[start:]) if phrase else []

    def subject(self, verb: Token, window: list[Token]) -> list[Token]:
        """Speaker tokens of a reporting verb: its parsed subject, else the adjacent noun phrase."""
        in_window = {t.i for t in window}
        for child in verb.children:
            if child.dep_.startswith("nsubj") and child.i in in_window:
                first = min(t.i for t in child.subtree if t.i in in_window)
                if child.i < verb.i:
                    span = [t for t in window if first <= t.i < verb.i]
                else:
                    span = [t for t in window if t.i >= first]
                return self.phrase_after(span) or [child]
        before = [t for t in window if t.i < verb.i]
        after = [t for t in window if t.i > verb.i]
        return self.phrase_before(before) or self.phrase_after(after)

    # -- resolution

    def speaker(self, phrase: list[Token], at: int) -> tuple[str | None, str | None]:
        """(speaker, role) for a speaker phrase; `at` is where the quote starts."""
        if not phrase:
            return None, None
        first = phrase[0]
        pronouns = self.lex.pronouns | self.lex.object_pronouns
        if len(phrase) == 1 and first.lower_ in pronouns:
            gender = pronouns[first.lower_]
            entity = self.person_before(at, gender)
            noun = self.referent_noun(entity, first.idx, gender)
            if noun is not None:
                return noun.lower_, noun.lower_ if noun.lower_ in self.lex.roles else None
            return (entity.name, entity.role) if entity else (None, None)
        head, tail = phrase, []
        for k, token in enumerate(phrase):
            if k and token.lower_ in self.lex.words.role_link and not token.ent_type_:
                head, tail = phrase[:k], phrase[k + 1 :]
                break
        start, end = head[0].idx, head[-1].idx + len(head[-1])
        entity = self.entity_in(start, end)
        words = [t for k, t in enumerate(head) if not self.determiner(head, k)]
        role = next((full_role(t.lower_) for t in words if t.lower_ in self.lex.roles), None)
        body = self.body(tail)
        if entity is None:
            name = " ".join(t.text for t in words if t.lower_ not in self.lex.roles)
            entity = self.index.resolve(name, before=at) if name else None
            if entity is None and role and not any(t.text[:1].isupper() for t in words[1:]):
                entity = self.role_holder(role, head, body)
        if entity is not None:
            return entity.name, entity.role or role
        named = [t for t in words if t.lower_ not in self.lex.roles]
        if named and any(t.text[:1].isupper() for t in named):
            return self.text[named[0].idx : named[-1].idx + len(named[-1])], role
        if role and body is not None:
            return body.name, role  # "een woordvoerder van het COA": the body speaks
        if role in org_roles() and not tail:  # "aldus een woordvoerster" of the body named nearby
            quoted = [(q.open_at, q.close_at) for q in self.quotes]
            employer = self.index.employer(start, end, self.text, quoted)
            if employer is not None:
                return employer.name, role
        determiners = self.lex.words.determiner
        lead = next((k for k, t in enumerate(phrase) if t.lower_ not in determiners), None)
        if lead is None or all(t.is_stop and t.lower_ != role for t in phrase[lead:]):
            return None, role  # only function words: no speaker rather than "Een" or "dat"
        tokens = phrase[lead:]
        if role and len(tokens) == 1 and tokens[0].lower_ in self.lex.roles:
            return role, role  # "zei de officier": the role in full, "officier van justitie"
        return self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])], role

    def object_pronoun(self, window: list[Token], k: int) -> list[Token]:
        """ "volgens haar" names a speaker; "volgens haar advocaat" is a phrase, not a pronoun."""
        following = window[k + 1] if k + 1 < len(window) else None
        if following is not None and following.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return self.phrase_after(window[k:])
        return [window[k]]

    def determiner(self, phrase: list[Token], k: int) -> bool:
        """Whether phrase[k] is a determiner, also capitalised at a sentence start ("Een
        woordvoerder"); "De" before a capitalised non-role word is a surname particle ("De Vries")."""
        token = phrase[k]
        if token.lower_ not in self.lex.words.determiner:
            return False
        following = phrase[k + 1] if k + 1 < len(phrase) else None
        return not (
            token.text[:1].isupper()
            and token.lower_ in self.lex.words.surname_determiner
            and following is not None
            and following.text[:1].isupper()
            and following.lower_ not in self.lex.roles
        )

    def body(self, tail: list[Token]) -> Entity | None:
        """The organisation or place named after "van" in a speaker phrase ("van het COA")."""
        if not tail:
            return None
        found = self.entity_in(tail[0].idx, tail[-1].idx + len(tail[-1]))
        if found is None:  # "van het ziekenhuis": the hospital named before
            found = self.index.resolve(" ".join(t.text for t in tail), before=tail[0].idx)
        return found if found is not None and found.label != "PERSON" else None

    def role_holder(self, role: str, head: list[Token], body: Entity | None) -> Entity | None:
        """The named entity a role noun stands for: "de woordvoerder" → the article's spokesperson.

        An indefinite "een woordvoerder" introduces someone new, never the named holder; "de
        woordvoerder van X" is the holder only when that holder works for X.
        """
        if head[0].lower_ in self.lex.words.indefinite:
            return None
        holder = self.index.by_role(role)
        if holder is None or body is None:
            return holder
        return holder if holder.affiliation in (body.name, None) else None

    def referent_noun(self, entity: Entity | None, offset: int, gender: str) -> Token | None:
        """An unnamed person ("De vrouw, die …") the pronoun at `offset` refers to instead of the
        last named one: a definite noun of the pronoun's gender between the named person's last
        mention and the pronoun, outside quotes, not the object of "van" ("advocaat van de man")."""
        since = max((m.end for m in entity.mentions if m.end <= offset), default=0) if entity else 0
        found = None
        for token in self.tokens(since, offset):
            if self.lex.referent_nouns.get(token.lower_) != gender or token.i < 2:
                continue
            det, prep = self.doc[token.i - 1], self.doc[token.i - 2]
            words = self.lex.words
            if det.lower_ in words.referent_determiner and prep.lower_ not in words.role_link:
                found = token
        return found

    def entity_in(self, start: int, end: int) -> Entity | None:
        """A person mentioned in [start, end), else any entity mentioned there."""
        found: list[Entity] = []
        for entity in self.index.entities:
            if any(m.start < end and m.end > start for m in entity.mentions):
                found.append(entity)
        persons = [e for e in found if e.label == "PERSON"]
        return (persons or found or [None])[0]

    def gender(self, entity: Entity) -> str:
        """'m', 'f' or '' from the first name, the role, or a title right before a mention."""
        first = entity.name.split()[0].casefold() if entity.name.split() else ""
        if first in self.lex.given_names:
            return self.lex.given_names[first]
        if entity.role and entity.role.casefold() in self.lex.gender_words:
            return self.lex.gender_words[entity.role.casefold()]
        for mention in entity.mentions:
            before = self.text[max(0, mention.start - 20) : mention.start].split()
            if before and before[-1].casefold() in self.lex.gender_words:
                return self.lex.gender_words[before[-1].casefold()]
        return ""

    def person_before(self, offset: int, gender: str) -> Entity | None:
        """Most recent person before `offset` outside quotes, preferring a compatible gender."""
        fallback = None
        for _ in range(100):
            entity = self.index.last_before(offset, "PERSON")
            if entity is None:
                break
            mention = max(
                (m for m in entity.mentions if m.end <= offset), key=lambda m: m.end, default=None
            )
            if mention is None:
                break
            offset = mention.start
            if self.quoted(mention.start):
                continue
            if not gender or self.gender(entity) in {"", gender}:
                return entity
            fallback = fallback or entity
        return fallback

    # -- patterns

    def after(self, quote: QuoteMarks) -> _Attribution | None:
        """A cue after the closing mark: "‘…’, aldus X", "‘…’, zegt X", "‘…’ Dat zegt X."."""
        if quote.implicit_close:
            return None
        pos = quote.close_at + 1
        rest = self.text[pos:]
        stripped = rest.lstrip(" ,")
        sentence_ended = self.text[quote.end - 1] in SENTENCE_END or rest.startswith(
            (".", "!", "?")
        )
        if rest.startswith((".", "!", "?")):
            pos += 1
            stripped = self.text[pos:].lstrip(" ")
        if not stripped or stripped[0] == "\n":
            return None
        end = self.clause_end(pos)
        window = self.tokens(pos, end)
        words = [t for t in window if not t.is_punct]
        if not words:
            return None
        first = words[0]
        if sentence_ended and first.text[:1].isupper():
            if first.lower_ in self.lex.postposed:
                pass
            elif first.lower_ in self.lex.words.cue_opener and len(words) > 1:
                words = words[1:]
                first = words[0]
            else:
                return None
        elif first.lower_ in self.lex.words.cue_adverb and len(words) > 1:
            words = words[1:]
            first = words[0]
        if first.lower_ in self.lex.postposed:
            phrase = self.phrase_after(words[1:])
            speaker, role = self.speaker(phrase, quote.open_at)
            return _Attribution(speaker, role, first.lower_, end) if phrase else None
        cue = self.reporting_verb(first, window)
        if cue is None:
            return None
        phrase = self.subject(first, [t for t in window if t.i > first.i])
        speaker, role = self.speaker(phrase, quote.open_at)
        return _Attribution(speaker, role, cue, end)

    def before(self, quote: QuoteMarks) -> _Attribution | None:
        """A speaker label or reporting clause before a colon: "X: ‘…’", "X zegt: ‘…’"."""
        colon = len(self.text[: quote.open_at].rstrip(" ")) - 1
        if colon < 0 or self.text[colon] != ":":
            return None
        window = self.tokens(self.clause_start(colon), colon)
        commas = [k for k, t in enumerate(window) if t.text == ","]
        if len(window) > _MAX_SPEAKER_TOKENS and commas:
            window = window[commas[-1] + 1 :]  # after a fronted clause: "Toen …, antwoordde ze:"
        if not window or len(window) > _MAX_SPEAKER_TOKENS:
            return None
        # the main clause before the colon comes last: "Toen de rechter vroeg …, antwoordde ze:"
        for token in reversed(window):
            cue = self.reporting_verb(token, window)
            if cue:
                speaker, role = self.speaker(self.subject(token, window), quote.open_at)
                return _Attribution(speaker, role, cue, quote.close_at + 1)
        phrase = self.phrase_after(window)
        if len(phrase) != len(window):
            return None
        speaker, role = self.speaker(phrase, quote.open_at)
        return _Attribution(speaker, role, ":", quote.close_at + 1)

    def inside(self, quote: QuoteMarks) -> _Attribution | None:
        """A cue in the clause around a fragment: "volgens X is het ‘…’", "X noemt het ‘…’"."""
        start = self.clause_start(quote.open_at)
        end = self.clause_end(quote.close_at + 1)
        if self.text[quote.end - 1] in SENTENCE_END:
            end = quote.close_at + 1
        window = self.tokens(start, end)
        if self.is_title(quote, window):
            return None
        for k, token in enumerate(window):
            if token.lower_ in self.lex.prepositions:
                phrase = self.phrase_after(window[k + 1 :])
                if k + 1 < len(window) and window[k + 1].lower_ in self.lex.object_pronouns:
                    phrase = self.object_pronoun(window, k + 1)
                if phrase:
                    speaker, role = self.speaker(phrase, quote.open_at)
                    return _Attribution(speaker, role, token.lower_, max(end, quote.close_at + 1))
        for token in window:
            cue = self.reporting_verb(token, window)
            if cue:
                phrase = self.subject(token, window)
                if phrase and not any(t.lower_ in self.lex.words.complementiser for t in phrase):
                    speaker, role = self.speaker(phrase, quote.open_at)
                    return _Attribution(speaker, role, cue, max(end, quote.close_at + 1))
        return None

    def preceding(self, quote: QuoteMarks) -> _Attribution | None:
        """A full-sentence quote right after a sentence whose subject is a person.

        "Juriste X noemt het een schending. «…»" or "Toch is hij kritisch. „…”": the speaker is the
        subject of the sentence just before, in the same paragraph; the quote has no cue of its own.
        """
        before = self.text[: quote.open_at].rstrip(" ")
        if not before or before[-1] not in SENTENCE_END or self.quoted(len(before) - 1):
            return None
        window = self.tokens(self.clause_start(len(before) - 1), len(before))
        for token in window:
            if not token.dep_.startswith("nsubj"):
                continue
            if token.lower_ in self.lex.pronouns:
                entity = self.person_before(token.idx, self.lex.pronouns[token.lower_])
            else:
                entity = self.entity_in(token.idx, token.idx + len(token))
            if entity is not None and entity.label == "PERSON":
                return _Attribution(entity.name, entity.role, None, quote.close_at + 1)
        # Parsers often miss a long subject ("Juriste X van Y noemt ..."): a person named before the
        # sentence's first verb is its subject in Dutch main-clause order.
        for token in window:
            if token.pos_ in ("VERB", "AUX"):
                break
            entity = self.entity_in(token.idx, token.idx + len(token))
            if entity is not None and entity.label == "PERSON":
                return _Attribution(entity.name, entity.role, None, quote.close_at + 1)
        # "Een woordvoerster van het ziekenhuis zegt dat … . «…»": the reporter of the sentence before
        for token in window:
            if self.reporting_verb(token, window):
                speaker, role = self.speaker(self.subject(token, window), quote.open_at)
                if speaker is not None:
                    return _Attribution(speaker, role, None, quote.close_at + 1)
                break
        return None

    def is_title(self, quote: QuoteMarks, window: list[Token]) -> bool:
        """A scare quote or title: a short fragment used as a modifier, or named by a title noun."""
        previous = [t for t in window if t.idx < quote.open_at]
        following = [t for t in window if t.idx > quote.close_at]
        if previous and previous[-1].lemma_.casefold() in self.lex.title_nouns:
            return True
        words = len(self.text[quote.start : quote.end].split())
        return bool(
            words <= _MAX_SCARE_WORDS
            and following
            and not following[0].is_punct
            and (following[0].pos_ in {"NOUN", "PROPN", "X"} or following[0].tag_[:1] == "N")
        )

    def is_speech(self, quote: QuoteMarks) -> bool:
        """An unattributed passage still counts when it is a full sentence of some length."""
        before = self.text[: quote.open_at].rstrip(" ")
        opens_sentence = not before or before[-1] in SENTENCE_END | {"\n", ":"}
        opens_sentence = opens_sentence or self.quoted(len(before) - 1)
        inner = self.text[quote.start : quote.end]
        after = self.text[quote.close_at + 1 : quote.close_at + 2]
        ends_sentence = inner[-1] in SENTENCE_END or after in {".", "!", "?"}
        return opens_sentence and ends_sentence and len(inner.split()) >= _MIN_UNATTRIBUTED_WORDS

    def run(self) -> list[Quote]:
        quotes: list[Quote] = []
        last: _Attribution | None = None
        for marks in self.quotes:
            found = self.after(marks) or self.before(marks) or self.inside(marks)
            if found is None and self.is_speech(marks):
                found = self.preceding(marks)
            if found is None and last is not None and last.speaker is not None:
                gap = self.text[last.end : marks.open_at]
                if marks.continues or not any(c.isalnum() for c in gap):
                    found = _Attribution(last.speaker, last.role, None, marks.close_at + 1)
            if found is None and not self.is_speech(marks):
                last = None
                continue
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    text=self.text[marks.start : marks.end],
                    start=marks.start,
                    end=marks.end,
                    speaker=found.speaker if found else None,
                    speaker_role=found.role if found else None,
                    cue=found.cue if found else None,
                )
            )
            last = found
        return quotes


def extract_quotes(doc: Doc, index: EntityIndex, view: DocView | None = None) -> list[Quote]:
    """Every quotation in `doc` with its speaker (canonical entity name), role and cue."""
    view = view or DocView.of(doc)
    return _Attributor(view, index, find_quote_marks(view.text)).run()
