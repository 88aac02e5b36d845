"""Many articles through one ``Extractor``: bounded concurrency, results as they finish.

:func:`aextract_many` / :func:`extract_many` (async and sync iterators) run one
``Extractor`` over many articles with at most ``concurrency`` in flight and
yield a :class:`BatchResult` for each as it completes: the record, or the
error with the article id and its cause. One bad article never stops the
others. Inputs are pulled only when a slot frees, so memory stays flat.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncGenerator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .batch_io import InputFailure, Item, _from_fields, open_source
from .errors import ConfigurationError, ExtractionError, ExtractorError, InputError
from .pipeline import Article, Extractor, read_article
from .schema import OperationReport, Usage

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 8


# -- one result -------------------------------------------------------------------------
@dataclass
class BatchResult:
    """One article's outcome: ``record`` or ``error`` (never both)."""

    article_id: str
    record: OperationReport | None = None
    error: ExtractorError | None = None
    source: str | None = None
    # (prompt, completion) tokens of ``usage`` answered by the Batch API, at its price
    batch_tokens: tuple[int, int] = (0, 0)

    @property
    def ok(self) -> bool:
        return self.record is not None

    @property
    def cached(self) -> bool:
        return bool(self.record and self.record.provenance and self.record.provenance.cache_hit)

    @property
    def usage(self) -> Usage:
        if self.record is not None and self.record.provenance is not None:
            return self.record.provenance.usage
        usage = getattr(self.error, "usage", None)
        return usage if isinstance(usage, Usage) else Usage()

    def to_dict(self) -> dict[str, Any]:
        """The output line: the record, or ``{"article_id", "error": {...}}``."""
        if self.record is not None:
            return self.record.model_dump(mode="json")
        assert self.error is not None
        return {
            "article_id": self.article_id,
            "error": {
                "cause": self.error.cause,
                "message": self.error.one_line(),
                "attempts": self.error.attempts,
                "usage": self.usage.model_dump(),
                "source": self.source,
            },
        }


def _items(articles: Any) -> Iterator[Item]:
    """Articles from a source path, or from an iterable of Article / dict / path."""
    if isinstance(articles, (str, os.PathLike)):
        yield from open_source(articles)
        return
    for n, item in enumerate(articles, start=1):
        if isinstance(item, (Article, InputFailure)):
            yield item
        elif isinstance(item, dict):
            yield _from_fields(item, where=f"item {n}")
        elif isinstance(item, (str, os.PathLike)):
            try:
                yield read_article(os.fspath(item))
            except InputError as exc:
                yield InputFailure(exc.article_id or str(item), exc)
        else:
            raise TypeError(
                f"item {n}: expected an Article, a dict or a path, not {type(item).__name__}"
            )


class ExtractsArticles(Protocol):
    """What :func:`aextract_many` runs: an ``Extractor``, or a stand-in for one (the Batch
    API's collector, ``batch_api_collect.py``)."""

    async def aextract_article(self, article: Article) -> OperationReport: ...


async def _extract_one(extractor: ExtractsArticles, article: Article) -> BatchResult:
    try:
        record = await extractor.aextract_article(article)
    except ExtractorError as exc:
        exc.article_id = exc.article_id or article.id
        return BatchResult(article.id, error=exc, source=article.source)
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not sink the batch
        log.debug("unexpected error on %s", article.id, exc_info=True)
        error = ExtractionError(
            f"{article.id}: unexpected {type(exc).__name__}: {exc}", article_id=article.id
        )
        return BatchResult(article.id, error=error, source=article.source)
    return BatchResult(article.id, record=record, source=article.source)


async def aextract_many(
    articles: Any,
    *,
    extractor: ExtractsArticles | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    skip: Callable[[str], bool] | None = None,
    **settings: Any,
) -> AsyncGenerator[BatchResult, None]:
    """Extract many articles, at most ``concurrency`` at once, yielding results as they finish.

    ``articles``: a source path (folder, glob, .jsonl, .csv) or an iterable of
    ``Article``, dicts (``id``, ``text``, ``published``) or file paths; pulled
    lazily. ``skip(article_id)`` drops an article before it is extracted (resume,
    duplicates). Without ``extractor`` one is made from ``settings`` (the
    ``Extractor`` keywords) and closed at the end.
    """
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be at least 1, not {concurrency}")
    made = Extractor(**settings) if extractor is None else None  # closed at the end
    ex: ExtractsArticles = made if made is not None else extractor  # type: ignore[assignment]
    items = _items(articles)
    pending: set[asyncio.Task[BatchResult]] = set()
    # finished tasks arrive here: O(1) per completion, where asyncio.wait would re-arm a
    # callback on every pending task each time
    finished: asyncio.Queue[asyncio.Task[BatchResult]] = asyncio.Queue()
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < concurrency:
                item = next(items, None)
                if item is None:
                    exhausted = True
                elif skip is not None and skip(
                    item.article_id if isinstance(item, InputFailure) else item.id
                ):
                    continue
                elif isinstance(item, InputFailure):
                    yield BatchResult(item.article_id, error=item.error)
                else:
                    task = asyncio.ensure_future(_extract_one(ex, item))
                    task.add_done_callback(finished.put_nowait)
                    pending.add(task)
            if not pending:
                return
            task = await finished.get()
            pending.discard(task)
            yield task.result()
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        if made is not None:
            await made.aclose()


def extract_many(
    articles: Any,
    *,
    extractor: Extractor | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    **settings: Any,
) -> Iterator[BatchResult]:
    """Sync twin of :func:`aextract_many` (runs its own event loop; call it outside one)."""
    refuse_inside_a_loop("extract_many", "aextract_many")
    loop = asyncio.new_event_loop()
    agen = aextract_many(articles, extractor=extractor, concurrency=concurrency, **settings)
    try:
        while True:
            try:
                yield loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.run_until_complete(agen.aclose())
        if extractor is not None:  # its connection pool of this loop dies with the loop
            aclose = getattr(extractor.backend, "aclose", None)
            if aclose is not None:
                loop.run_until_complete(aclose())
        loop.close()


def refuse_inside_a_loop(name: str, twin: str) -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise ConfigurationError(
        f"{name} runs its own event loop and cannot run inside one",
        hint=f"in async code (or Jupyter) use {twin}",
    )
