"""spaCy components for spaCy users: entities, quotes, claims and demands on Doc extensions.

    import spacy

    nlp = spacy.load("nl_core_news_sm")   # or nl_news_sm, or your own Dutch pipeline
    nlp.add_pipe("nl_news")                # found through the spacy_factories entry points
    doc = nlp("Minister Hanneke Dekker wil dat er 1.500 extra huisartsen komen.")
    doc._.news_entities, doc._.quotes, doc._.claims, doc._.demands   # pydantic models

`nl_news` adds the sentence components before the parser, the termbase and entity fixes after the
NER, and the four layers `nl_news_entities`, `nl_news_quotes`, `nl_news_claims`,
`nl_news_demands` (`layers.py`); the extension names are listed and registered in
`extensions.py`; `nlp.to_disk` saves the termbase with the pipeline (`termbase.py`).

The batch path (`pipeline run`, `pipeline.analyze`, `Analyzer`) does not run these components: it
calls the same pure functions itself, once per Doc. This package imports nothing on import, since
spaCy imports it (through the entry points) whenever a pipeline is created.
"""
