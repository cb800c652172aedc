"""`DocView`: a parsed Doc's token columns and char↔token maps, read once and shared.

spaCy builds a new `Token` object on every `doc[i]`, and `Doc.text` joins every token anew on each
access; extractors that scan whole documents (sentences, headline lines, cue candidates, number
words) paid for that many times over, and each had grown its own cache of columns. One `DocView` is
built per Doc with a single `Doc.to_array` call, before any extractor runs, and handed to each of
them: plain tuples indexed by token number, immutable, so no extractor can change what another sees.
Token objects are still there (`view.doc[i]`) for the parse tree walks the columns do not cover.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import add
from types import MappingProxyType

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, MORPH, ENT_TYPE, IDX, SPACY, IS_PUNCT, IS_SPACE]
_SIGNED = [HEAD, SENT_START, ENT_IOB]  # relative head offsets and -1 flags: read as signed ints
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB codes
_NO_FEATURES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType({})


@dataclass(frozen=True)
class DocView:
    """Token columns of one Doc (index = token number) and maps between characters and tokens.

    `lemma` is case-folded (every rule compares lemmas case-insensitively); `head` holds absolute
    token numbers; `sent_start` is 1 where a sentence starts, else 0 or -1 (spaCy's values);
    `spaced` is 1 where a space follows the token; `ent_iob` is "B", "I", "O" or "".
    """

    doc: Doc
    text: str
    orth: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    dep: tuple[str, ...]
    head: tuple[int, ...]
    starts: tuple[int, ...]
    spaced: tuple[int, ...]
    sent_start: tuple[int, ...]
    is_punct: tuple[int, ...]
    is_space: tuple[int, ...]
    ent_iob: tuple[str, ...]
    ent_type: tuple[str, ...]
    features: tuple[MappingProxyType[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        """Read `doc` once. Each distinct string is looked up once: the string store is slower
        than a dict."""
        strings = doc.vocab.strings
        columns = doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        orth, lower, lemma, pos, tag, dep, morph, ent_type, idx, spaced, punct, space = columns
        signed = doc.to_array(_SIGNED).astype("int64").T.tolist() if len(doc) else [[], [], []]
        heads, sent_start, iob = signed
        string = {h: strings[h] for h in {*orth, *lower, *pos, *tag, *dep, *ent_type}}.__getitem__
        folded = {h: strings[h].casefold() for h in set(lemma)}.__getitem__
        parsed = {h: _features(strings[h]) for h in set(morph)}.__getitem__
        texts = tuple(map(string, orth))
        return cls(
            doc=doc,
            text="".join([t + " " if sp else t for t, sp in zip(texts, spaced, strict=True)]),
            orth=texts,
            lower=tuple(map(string, lower)),
            lemma=tuple(map(folded, lemma)),
            pos=tuple(map(string, pos)),
            tag=tuple(map(string, tag)),
            dep=tuple(map(string, dep)),
            head=tuple(map(add, range(len(heads)), heads)),
            starts=tuple(idx),
            spaced=tuple(spaced),
            sent_start=tuple(sent_start),
            is_punct=tuple(punct),
            is_space=tuple(space),
            ent_iob=tuple(map(_IOB.__getitem__, iob)),
            ent_type=tuple(map(string, ent_type)),
            features=tuple(map(parsed, morph)),
        )

    def __len__(self) -> int:
        return len(self.orth)

    def end(self, i: int) -> int:
        """Character offset just after token i."""
        return self.starts[i] + len(self.orth[i])

    def token_at(self, char: int) -> int:
        """The token holding character `char` (as `Doc.char_span(..., "expand")` starts), or -1
        past the end of the text."""
        if char >= len(self.text):
            return -1
        return bisect_right(self.starts, char) - 1

    def first_token_from(self, char: int) -> int:
        """The first token that starts at or after character `char` (len(view) if none)."""
        return bisect_left(self.starts, char)

    def morph(self, i: int, feature: str) -> tuple[str, ...]:
        """`Token.morph.get(feature)` of token i, as a tuple: ("Fin",), () when unset."""
        return self.features[i].get(feature, ())

    def tag_at(self, i: int) -> str:
        """The fine-grained tag of token i, "" for i = -1 (what `token_at` gives past the end)."""
        return self.tag[i] if i >= 0 else ""


def _features(morph: str) -> MappingProxyType[str, tuple[str, ...]]:
    """ "Number=Sing|VerbForm=Fin" → {"Number": ("Sing",), "VerbForm": ("Fin",)} (spaCy's format:
    features separated by "|", values of one feature by ",")."""
    if not morph:
        return _NO_FEATURES
    pairs = (item.split("=", 1) for item in morph.split("|") if "=" in item)
    return MappingProxyType({name: tuple(value.split(",")) for name, value in pairs})
