"""Numeric claims: every statistic a Dutch article asserts, with what it counts and who says it.

The number grammar (`pipeline.extract.numbers`) finds and normalises the quantities sentence by
sentence; this package adds what the Doc knows:
- the subject, a noun phrase as written of what is measured: the counted noun, "X% van NP", what
  money is for ("uittrekken voor NP") or what costs it, the subject of the clause a change or year
  belongs to ("dat het tekort met 2% afneemt"), the antecedent of a relative clause ("de wet die in
  2021 …"), or what was counted just before ("een kwart van hen"); the noun after a duration
  ("twintig jaar cel"), what changed for a change noun ("een daling van 1 procentpunt") or verb
  ("de wachtlijst te halveren"); never a time ("dit jaar"), never a person's name or part of one
  ("den Heuvel"): a subject is headed by a common noun;
- the source: a claim inside a quote → its speaker; else a source cue of its sentence, resolved
  through the EntityIndex ("Volgens de X", "…, aldus X", "blijkt uit onderzoek van X", "X meldt
  dat …"); a cue sentence that opens with "Dat" ("Dat schrijft de inspectie") sources its whole
  paragraph up to another cue or a quote. A law or rule after "volgens" ("artikel 10 van de
  huurwet", "de wet") is no source; a document is none either, who stands behind it is ("het
  rapport van het SCP" → SCP; "een rapport" → nobody). With no cue the source stays null: an
  article's own author or issuing organisation is not something the Doc tells us soundly;
- the unit where the sentence settles it: a number with no noun of its own counts what its subject
  names ("Het totaal aantal gemelde patiënten: 6412" counts people); and the measure
  (`numbers.measure_of`) from that final unit;
- the English rendering.

Sentences are the parser's, joined again where a small parser split inside one
(`pipeline.text.sentences.reader_sentences`).

Layout (each unit a function of the sentence context `context.ClaimSentence`):
- `registry.py` — what runs, in which order: subject rules (a selector and its strategies),
  source cues, the order of a claim's possible sources;
- `extract.py` — the run over an article (`extract_claims`) and the paragraph's back-references;
- `subjects.py` — the subject strategies; `selectors.py` — which numbers a subject rule is for;
- `sources.py` — source cues and attributions, through `pipeline.extract.attribution`;
- `units.py` — unit rules after the subject (`registry.UNIT_RULES`);
- `clauses.py`, `phrases.py`, `words.py` — clause subjects, noun phrases, word predicates;
- `quantities.py` — a sentence's claims from the number grammar; `context.py` — the state.

To add a subject strategy: write a function `(sentence, q, article) -> str | None` in
`subjects.py` with a docstring naming the construction and a Dutch example, and add it to the
strategies of the rules in `registry.SUBJECT_RULES` it serves, at the place of its priority; a
new kind of number is a selector in `selectors.py` and a `SubjectRule` line. A source cue is a
function `(sentence, index, k) -> (source, cited) | None` in `sources.py` and a line in
`registry.SOURCE_CUES`; its words belong in attribution.yaml.
"""

from pipeline.extract.claims.context import sentence_words
from pipeline.extract.claims.extract import extract_claims

__all__ = ["extract_claims", "sentence_words"]
