"""One module per demand construction. Each holds `KIND` (its name in the registry), `find(ctx)`
(the demands it finds in a document, in text order) and, when a word carries its cue,
`triggers(cues)` (the lemmas and forms that make a token a candidate). `registry.FINDERS` says
which run, in which order and with which rank."""
