"""Is this text Dutch? Checked before analysis, since a Dutch model reads English as bad Dutch.

An English article analysed as Dutch gives "Prime" as a PERSON and claims without subjects, and
nothing in the output would tell the user. Language identification is py3langid (a maintained fork
of langid.py: a naive Bayes model over byte n-grams for 97 languages, shipped inside the wheel,
offline, about a millisecond per article on the sample below).

The decision is deliberately one-sided: a text is refused only when the identifier is confident it
is another language. Very short texts (a headline, a one-line test) and mixed texts are given the
benefit of the doubt, as refusing a Dutch article costs more than analysing an odd one. An opening
dense with Dutch-only function words ("een", "niet", "wordt", words in `data/language.yaml`) is
Dutch without asking the identifier: counting them costs a tenth of its time, and nearly every
article is one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from pipeline.text.datafiles import LanguageWords, sections

DUTCH = "nl"
# Characters looked at: the opening of an article says its language; the rest only costs time.
SAMPLE_CHARS = 1500
# Below this many letters the identifier guesses; such texts are analysed as Dutch.
MIN_LETTERS = 40
# Refuse only when another language is at least this probable (normalised over all 97 languages).
MIN_CONFIDENCE = 0.9

_LOAD_LOCK = threading.Lock()


class NotDutchError(ValueError):
    """The text is confidently in another language; carries what was detected."""

    def __init__(self, language: str, confidence: float) -> None:
        super().__init__(
            f"text is not Dutch (detected {language!r}, confidence {confidence:.2f}); not analysed"
            " (force with --force-language nl, or force_language='nl' in Python and HTTP)"
        )
        self.language = language
        self.confidence = confidence


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float
    letters: int

    @property
    def is_dutch(self) -> bool:
        """Dutch, or too short or too uncertain to say otherwise."""
        return (
            self.language == DUTCH or self.letters < MIN_LETTERS or self.confidence < MIN_CONFIDENCE
        )


@cache
def load_identifier():
    """The language identifier, loaded once per process, on first use (never at import): loading
    its packed model takes about a third of a CPU second, as much as checking 2,000 articles."""
    with _LOAD_LOCK:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identifier_loaded() -> bool:
    """Whether this process has loaded the language identifier already."""
    return load_identifier.cache_info().currsize > 0


def detect(text: str) -> Detection:
    """The most probable language of `text` (ISO 639-1), judged on its opening."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return Detection("und", 0.0, letters)
    language, confidence = load_identifier().classify(sample)
    return Detection(language, confidence, letters)


def plainly_dutch(text: str) -> bool:
    """Whether the opening of `text` is dense with Dutch function words that English, German,
    Afrikaans and Frisian spell differently: then it is Dutch whatever the identifier would say."""
    words = sections(LanguageWords)
    markers = articles = count = 0
    for word in text[:SAMPLE_CHARS].lower().split():
        count += 1
        if word in words.dutch_markers:
            markers += 1
        elif word in words.dutch_articles:
            articles += 1
    return markers >= words.min_markers and markers + articles >= words.marker_share * count


def check_dutch(text: str, force_language: str | None = None) -> None:
    """Raise `NotDutchError` unless `text` may be analysed as Dutch.

    `force_language="nl"` skips the check (the user knows better: a Dutch text full of English
    quotes). Only Dutch can be forced: the model and every extractor are Dutch.
    """
    if force_language is not None:
        if force_language != DUTCH:
            raise ValueError(
                f"only {DUTCH!r} can be forced (the model is Dutch), not {force_language!r}"
            )
        return
    if plainly_dutch(text):
        return
    detection = detect(text)
    if not detection.is_dutch:
        raise NotDutchError(detection.language, detection.confidence)
