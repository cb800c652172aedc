"""What runs and in which order: the attribution strategies, their filters, the speaker resolvers.

`STRATEGIES` are tried in order for every quotation; the first that finds a speaker wins (there
is no overlap to rank: each quotation gets one attribution). The order is newsroom Dutch's: a
cue right after the quotation, then a label or reporting clause before its colon, then a cue in
its own clause, then another quotation it repeats, then — for full sentences of speech only —
the sentence before it, then the continuation of the quotation kept just before or of the
paragraph's last speaker, and last the interviewee of a question-and-answer interview.
`SPEAKER_RESOLVERS` turn the speaker phrase a strategy found into a party, most specific first;
the last always answers.
"""

from __future__ import annotations

from pipeline.extract.quotes import filters, resolvers
from pipeline.extract.quotes.model import SpeakerResolver, Strategy
from pipeline.extract.quotes.strategies import (
    according_to,
    colon_subject,
    continuation,
    interviewee,
    inverted_verb_after,
    paragraph_speaker,
    postposed_cue,
    previous_person,
    previous_reporter,
    previous_subject,
    repeated_quote,
    reporting_clause_before,
    reporting_verb_after,
    reporting_verb_around,
    speaker_label,
)

# a title or a scare quote is no fragment of anyone's speech: no cue in its clause attributes it
NOT_SPEECH_FRAGMENT = (filters.names_a_title, filters.is_scare_quote)
SPEECH_ONLY = (filters.is_speech,)

STRATEGIES: tuple[Strategy, ...] = (
    # a cue after the quotation: "‘…’, aldus X"; "‘…’, zegt X", "‘…’ Dat zegt X."
    Strategy("postposed cue", postposed_cue.find),
    Strategy("reporting verb after", reporting_verb_after.find),
    Strategy("inverted verb after", inverted_verb_after.find),  # "‘…’, lacht hij"
    # before its colon: "X zegt: ‘…’"; "X: ‘…’"
    Strategy("reporting clause before colon", reporting_clause_before.find),
    Strategy("speaker label", speaker_label.find),
    Strategy("colon subject", colon_subject.find),  # "Jansen vervolgt: ‘…’"
    # a cue in its own clause: "volgens X is het ‘…’"; "X noemt het ‘…’"
    Strategy("according to", according_to.find, unless=NOT_SPEECH_FRAGMENT),
    Strategy("reporting verb around", reporting_verb_around.find, unless=NOT_SPEECH_FRAGMENT),
    # another quotation it repeats: a pull quote or a title quote
    Strategy("repeated quote", repeated_quote.find),
    # the sentence before a quoted full sentence: "Toch is hij kritisch. ‘…’"
    Strategy("previous subject", previous_subject.find, only_if=SPEECH_ONLY),
    Strategy("previous person", previous_person.find, only_if=SPEECH_ONLY),
    Strategy("previous reporter", previous_reporter.find, only_if=SPEECH_ONLY),
    # the quotation kept just before goes on: "‘…’, zegt X. ‘…’"
    Strategy("continuation", continuation.find),
    # the paragraph's last speaker, nobody else named since: "‘…’, zegt X. [narration] ‘…’"
    Strategy("paragraph speaker", paragraph_speaker.find, only_if=SPEECH_ONLY),
    # a question-and-answer interview: "Wat moet er gebeuren? / ‘…’" → the interviewee
    Strategy("interviewee", interviewee.find, only_if=SPEECH_ONLY),
)

# an unattributed quotation is kept only when it passes these (otherwise it is no quotation)
KEEP_UNATTRIBUTED = SPEECH_ONLY

SPEAKER_RESOLVERS: tuple[SpeakerResolver, ...] = (
    SpeakerResolver("group", resolvers.group),  # Greenpeace en Milieudefensie zeggen
    SpeakerResolver("pronoun", resolvers.pronoun),  # zei ze → the last fitting person
    SpeakerResolver("mentioned entity", resolvers.mentioned_entity),  # aldus Marieke Jansen
    SpeakerResolver("known name", resolvers.known_name),  # aldus Verbeek → Karin Verbeek
    SpeakerResolver("role holder", resolvers.role_holder),  # de woordvoerder → its holder
    SpeakerResolver("unknown name", resolvers.unknown_name),  # aldus Anna Smit, as written
    SpeakerResolver("role of body", resolvers.role_of_body),  # een woordvoerder van het COA
    SpeakerResolver("employer", resolvers.employer),  # aldus een woordvoerster → the firm
    SpeakerResolver("function words", resolvers.function_words),  # zegt een → nobody
    SpeakerResolver("bare role", resolvers.bare_role),  # zei de officier → officier van justitie
    SpeakerResolver("as written", resolvers.as_written),  # zegt een buurtbewoner
)
