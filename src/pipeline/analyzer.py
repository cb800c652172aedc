"""`Analyzer`: the one call every engine (local, multiprocessing, Dask) makes per article.

Article in, `ArticleResult` out: spaCy, then the extractors in dependency order (entities first, since
quotes, claims and demands resolve their parties against them). No I/O happens here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import __version__
from pipeline.extract.claims import extract_claims
from pipeline.extract.demands import extract_demands
from pipeline.extract.entities import extract_entities
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.resolve import EntityIndex
from pipeline.nlp import load_model, model_id
from pipeline.schema import Article, ArticleResult, PipelineInfo
from pipeline.text.view import DocView


class Analyzer:
    """Holds a loaded model; `__call__` for one article, `pipe` for a stream (like spaCy)."""

    def __init__(self, nlp: Language | None = None, model: str | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_model(model)
        name, version = model_id(self.nlp)
        self.info = PipelineInfo(version=__version__, model=name, model_version=version)

    def __call__(self, article: Article) -> ArticleResult:
        return self.from_doc(article, self.nlp(article.text))

    def pipe(
        self,
        articles: Iterable[Article],
        batch_size: int = 32,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[ArticleResult]:
        """Analyse a stream with `nlp.pipe` batching.

        With `on_error`, an article whose extraction fails is reported there and skipped, so one bad
        article does not end a batch; without it the exception propagates.
        """
        pairs = self.nlp.pipe(
            ((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size
        )
        for doc, article in pairs:
            try:
                yield self.from_doc(article, doc)
            except Exception as error:
                if on_error is None:
                    raise
                on_error(article, error)

    def from_doc(self, article: Article, doc: Doc) -> ArticleResult:
        """Run the extractors over an already parsed `doc` of `article.text`."""
        view = DocView.of(doc)  # the token columns every extractor reads, built once
        entities = extract_entities(doc, view)
        index = EntityIndex(entities)
        quotes = extract_quotes(doc, index, view)
        claims = extract_claims(doc, index, quotes, view)
        demands = extract_demands(doc, index, quotes, view)
        return ArticleResult(
            article=article,
            entities=entities,
            claims=claims,
            quotes=quotes,
            demands=demands,
            pipeline=self.info,
        )
