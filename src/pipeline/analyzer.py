"""`Analyzer`: the one call every engine (local, multiprocessing, Dask) makes per article.

Article in, `ArticleResult` out: spaCy, then the extractors in dependency order (entities first, since
quotes, claims and demands resolve their parties against them). No I/O happens here.

The extractors are called here as pure functions, once per Doc, sharing one `DocView`. A user's
pipeline may also hold our spaCy components (`nlp.add_pipe("nl_news")`, `pipeline.components`),
which call the same functions: they are disabled while the Analyzer parses, so nothing runs twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import __version__
from pipeline.components.layers import FACTORIES
from pipeline.extract.claims import extract_claims
from pipeline.extract.demands import extract_demands
from pipeline.extract.entities import extract_entities
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.resolve import EntityIndex
from pipeline.limits import DEFAULT_MAX_CHARS, too_long
from pipeline.nlp import configure, load_model, model_id
from pipeline.schema import Article, ArticleResult, PipelineInfo
from pipeline.text.view import DocView


class Analyzer:
    """Holds a loaded model; `__call__` for one article, `pipe` for a stream (like spaCy).

    An article longer than `max_chars` (see `pipeline.limits`) raises `TextTooLongError` before
    anything is parsed; a model loaded here gets the same limit as spaCy's `nlp.max_length`.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        model: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        """`nlp`: a loaded Dutch pipeline (else `model` is loaded, see `pipeline.nlp`). Our
        sentence and entity components are added to it where missing (it is changed in place):
        without them a user's own model would give worse entities and sentences, silently."""
        if nlp is not None and nlp.lang != "nl":
            raise ValueError(f"the pipeline's language is {nlp.lang!r}; the analysis is for Dutch")
        if nlp is None:
            nlp = load_model(model)
            nlp.max_length = max_chars
        else:
            nlp = configure(nlp)
        self.nlp = nlp
        self.max_chars = min(max_chars, nlp.max_length)
        name, version = model_id(self.nlp)
        self.info = PipelineInfo(version=__version__, model=name, model_version=version)
        # Our spaCy components, if the user added them: the extractors run in `from_doc` instead.
        self.skipped = [
            pipe
            for pipe in self.nlp.pipe_names
            if self.nlp.get_pipe_meta(pipe).factory in FACTORIES
        ]

    def __call__(self, article: Article) -> ArticleResult:
        if len(article.text) > self.max_chars:
            raise too_long(len(article.text), self.max_chars)
        return self.from_doc(article, self.nlp(article.text, disable=self.skipped))

    def pipe(
        self,
        articles: Iterable[Article],
        batch_size: int = 32,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[ArticleResult]:
        """Analyse a stream with `nlp.pipe` batching.

        With `on_error`, an article that is too long or whose extraction fails is reported there and
        skipped, so one bad article does not end a batch; without it the exception propagates.
        """
        articles = self._within_limit(articles, on_error)
        pairs = self.nlp.pipe(
            ((a.text, a) for a in articles),
            as_tuples=True,
            batch_size=batch_size,
            disable=self.skipped,
        )
        for doc, article in pairs:
            try:
                yield self.from_doc(article, doc)
            except Exception as error:
                if on_error is None:
                    raise
                on_error(article, error)

    def _within_limit(
        self, articles: Iterable[Article], on_error: Callable[[Article, Exception], None] | None
    ) -> Iterator[Article]:
        """`articles` without those spaCy would refuse (its error would end the whole `nlp.pipe`);
        without `on_error`, the first of those raises `TextTooLongError`, as `__call__` does."""
        for article in articles:
            if len(article.text) > self.max_chars:
                error = too_long(len(article.text), self.max_chars)
                if on_error is None:
                    raise error
                on_error(article, error)
            else:
                yield article

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
