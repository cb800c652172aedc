"""Who a text speaks for: its publisher, decided from the text and its layout, never from a file
name (a transcript turn's speaker is `attribution.speaker_turns`').

A press release speaks for its publisher: "Bel 112" in a police release is the police's call,
"Blijf thuis" in a health authority's update that authority's (`actors.voice` asks this module).

`publisher`: an organisation the text names as its publisher ("Bron: X") or that signs it (a
  short last line naming an organisation: "Veiligheidsregio Twente"); in a text written in the
  first person plural ("We vragen omwonenden ..."), the public body it names by its generic noun
  ("de politie", "de gemeente Deventer"): a body calls itself that and "we" in one release, while
  the other organisations it names are partners, programmes or hotlines; else the body or
  organisation the text names most (quoted speakers' affiliation counting for an organisation,
  ties going to a body the text names -- "politiezone Mechelen-Willebroek" -- then to the one
  named first).

Words: `reader_calls` in data/demand_cues.yaml (`public_bodies`,
`first_person_plural`, `publisher_cues`, `max_signature_words`).
"""

from __future__ import annotations

from collections import Counter

from pipeline.extract.demands.lexicon import positions
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Quote
from pipeline.text.datafiles import DemandCues, ReaderCallWords
from pipeline.text.view import DocView


def publisher(
    view: DocView, index: EntityIndex, quotes: list[Quote], cues: DemandCues
) -> str | None:
    """The organisation the text speaks for (see the module docstring), or None."""
    named = _named_publisher(view, index, cues)
    if named is not None:
        return named
    words = cues.reader_calls
    quoted, lower = _quoted(view, quotes), view.lower
    nouns = words.public_bodies | words.body_parts.keys()  # a body's noun, or a part of one
    bodies = Counter(
        words.body_parts.get(lower[i], lower[i])
        for i in positions(view.lower, nouns)
        if i not in quoted and _names_body(view, index, i, words)
    )
    # "we" outside the quotes
    if bodies and not quoted.issuperset(positions(view.lower, words.first_person_plural)):
        best = max(bodies, key=lambda b: _rank(view, index, b, bodies[b], words))
        return _body_name(view, index, best)
    return _most_named(view, index, quotes, bodies, words)


def _quoted(view: DocView, quotes: list[Quote]) -> set[int]:
    """The tokens that start inside a quote (found by bisection on the token starts, not by
    testing every token against every quote)."""
    quoted: set[int] = set()
    for quote in quotes:
        first, end = view.first_token_from(quote.start), view.first_token_from(quote.end)
        quoted.update(range(first, end))
    return quoted


def _names_body(view: DocView, index: EntityIndex, i: int, words: ReaderCallWords) -> bool:
    """Token i, a public body's generic noun or a part of one ("politie", "recherche"), names
    the body as an actor: written in lower case (or capitalised first in a sentence), not inside
    another name ("Openbaar Ministerie"), not in a prepositional phrase ("in de provincie
    Noord-Brabant" is a place, "bij de politie" a destination)."""
    word = view.orth[i]
    first = i == 0 or view.is_space[i - 1] or view.orth[i - 1] in (".", "!", "?", ":")
    if not (word.islower() or (first and word.istitle())):
        return False
    entity = index.at(view.starts[i], view.end(i))
    if entity is not None and entity.name.casefold() != view.lower[i]:
        return False
    k = i - 1
    while k >= 0 and view.pos[k] == "DET":
        k -= 1
    return k < 0 or view.pos[k] != "ADP"


def _rank(
    view: DocView, index: EntityIndex, noun: str, count: int, words: ReaderCallWords
) -> tuple[int, bool, int]:
    """How strongly a body noun names the publisher: its mentions, then whether the text names
    it ("politiezone Mechelen-Willebroek" over a bare "Politie" in the title), then the first."""
    named = _body_name(view, index, noun) != noun
    return count, named, -view.starts[_first(view, noun, words)]


def _first(view: DocView, noun: str, words: ReaderCallWords) -> int:
    """The first token naming `noun` (or a part of it: "recherche" for "politie")."""
    parts = words.body_parts
    forms = {part for part, body in parts.items() if body == noun}
    if noun not in parts:
        forms.add(noun)
    return positions(view.lower, forms)[0]


def _named_publisher(view: DocView, index: EntityIndex, cues: DemandCues) -> str | None:
    """An organisation after a publisher cue ("Bron: X"), or on a short signing last line."""
    words = cues.reader_calls
    lines = [line.strip() for line in view.text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    for line in lines:
        head, _, rest = line.partition(":")
        if rest.strip() and head.strip().casefold() in words.publisher_cues:
            entity = index.resolve(rest.strip().rstrip("."))
            if entity is not None and entity.label == "ORG":
                return entity.name
    last = lines[-1].rstrip(".")
    if len(last.split()) <= words.max_signature_words:
        entity = index.resolve(last)
        if entity is not None and entity.label == "ORG":
            return entity.name
    return None


def _body_name(view: DocView, index: EntityIndex, noun: str) -> str:
    """A public body's noun as an entity's name where one is known by it, with the name right
    after it where the text gives one ("de gemeente Deventer", "politiezone
    Mechelen-Willebroek"), else the noun ("politie")."""
    known = index.resolve(noun)
    if known is not None:
        return known.name
    for i in positions(view.lower, {noun}):
        if i + 1 < len(view) and view.orth[i + 1][:1].isupper() and view.pos[i + 1] == "PROPN":
            start = view.starts[i + 1]
            entity = index.at(start, start + len(view.orth[i + 1]))
            if entity is not None:
                return f"{noun} {entity.name}"
    return noun


def _most_named(
    view: DocView,
    index: EntityIndex,
    quotes: list[Quote],
    bodies: Counter[str],
    words: ReaderCallWords,
) -> str | None:
    """The body or organisation named most: an organisation's mentions count double for the
    quoted speakers it employs; ties go to the one named first."""
    affiliations = set()
    for quote in quotes:
        entity = index.resolve(quote.speaker) if quote.speaker else None
        if entity is not None and entity.affiliation:
            affiliations.add(entity.affiliation)
    scored: list[tuple[int, bool, int, str]] = []
    for entity in index.entities:
        if entity.label == "ORG" and entity.mentions:
            bonus = 2 if entity.name in affiliations else 0
            first = min(m.start for m in entity.mentions)
            scored.append((len(entity.mentions) + bonus, True, -first, entity.name))
    for noun, count in bodies.items():
        scored.append((*_rank(view, index, noun, count, words), _body_name(view, index, noun)))
    return max(scored)[-1] if scored else None
