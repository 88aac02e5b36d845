"""One article in, one record out, whichever backend.

``Extractor`` is the public entry point. It resolves ``Settings`` once, picks
the backend (``auto``: the LLM when an endpoint or key is configured, else the
offline rules backend) and finishes every record the same way: the caller's
id, the publication date from the ` date YYYY-MM-DD ` line, provenance.

Backends implement ``extract(article) -> OperationReport`` and
``aextract(article)``; the LLM backend is imported lazily so the offline path
never imports openai or instructor.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .article import MAX_ARTICLE_BYTES, Article, decode_article, make_article, read_article
from .config import Settings, require_endpoint_for_model
from .regexstore import stored_regexes
from .schema import OperationReport, Provenance

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # asyncio (~0.1 s to import) only when an async method runs
    from .ratelimit import RequestGate

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "Backend",
    "Extractor",
    "RulesBackend",
    "build_backend",
    "decode_article",
    "finish",
    "make_article",
    "read_article",
]


class Backend(Protocol):
    """What a backend provides. ``name`` goes into provenance."""

    name: str

    def extract(self, article: Article) -> OperationReport: ...

    async def aextract(self, article: Article) -> OperationReport: ...

    def close(self) -> None: ...


class RulesBackend:
    """The offline backend: deterministic, no network (see ``extractor.rules``)."""

    name = "rules"

    def __init__(self) -> None:
        # loaded here, with its ~120 regexes made from the store compiled ahead of time
        # (regexstore.py): ~0.06 s of a rules run's start-up otherwise
        with stored_regexes():
            from . import rules  # noqa: F401
        if log.isEnabledFor(logging.INFO):  # compiled (mypyc), or the source and why
            from .native import engine

            log.info("rules engine: %s", engine())

    def extract(self, article: Article) -> OperationReport:
        from .rules import extract_report

        report = extract_report(article.text, article_id=article.id, published=article.published)
        report.provenance = Provenance(backend="rules")
        return report

    async def aextract(self, article: Article) -> OperationReport:
        return self.extract(article)

    def close(self) -> None:
        pass


def build_backend(settings: Settings) -> Backend:
    """The backend the settings choose (``auto`` resolved)."""
    if settings.chosen_backend() == "rules":
        return RulesBackend()
    from .llm.backend import LLMBackend

    return LLMBackend(settings)


def finish(report: OperationReport, article: Article) -> OperationReport:
    """What every record gets whichever backend made it."""
    report.article_id = article.id
    if article.published is not None:
        report.published = article.published
    return report


class Extractor:
    """Turns article text into validated ``OperationReport`` records.

    Keyword-only; each argument left ``None`` falls back to the environment
    (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``EXTRACTOR_MODEL``, ...) and
    then to the default. Pass ``settings`` to reuse a resolved ``Settings``.
    Naming a ``model`` under backend ``auto`` with no key or endpoint raises
    ``ConfigurationError`` rather than quietly using the rules backend.
    """

    def __init__(
        self,
        *,
        backend: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        mode: str | None = None,
        cache_dir: str | Path | None = None,
        use_cache: bool | None = None,
        offline: bool | None = None,
        settings: Settings | None = None,
        **more: Any,
    ) -> None:
        if settings is None:
            settings = Settings.resolve(
                backend=backend,
                model=model,
                base_url=base_url,
                api_key=api_key,
                mode=mode,
                cache_dir=cache_dir,
                use_cache=use_cache,
                offline=offline,
                **more,
            )
            # a named model with nothing to reach it is an error, not a silent rules run
            require_endpoint_for_model(settings, model_given=model is not None)
        self.settings = settings
        self.backend: Backend = build_backend(settings)

    @property
    def backend_name(self) -> str:
        return self.backend.name

    def extract(
        self, text: str, *, article_id: str = "article", published: date | None = None
    ) -> OperationReport:
        """Extract one record from article text."""
        return self.extract_article(make_article(text, article_id=article_id, published=published))

    async def aextract(
        self, text: str, *, article_id: str = "article", published: date | None = None
    ) -> OperationReport:
        """Async twin of :meth:`extract`."""
        return await self.aextract_article(
            make_article(text, article_id=article_id, published=published)
        )

    def extract_file(self, path: str | Path) -> OperationReport:
        """Extract from a UTF-8 text file; the file stem is the article id."""
        return self.extract_article(read_article(path))

    async def aextract_file(self, path: str | Path) -> OperationReport:
        import asyncio

        article = await asyncio.to_thread(read_article, path)
        return await self.aextract_article(article)

    def extract_article(self, article: Article) -> OperationReport:
        return finish(self.backend.extract(article), article)

    async def aextract_article(self, article: Article) -> OperationReport:
        return finish(await self.backend.aextract(article), article)

    def set_request_gate(self, gate: RequestGate | None) -> None:
        """Pass every async HTTP request through ``gate`` (rate limits; see ``ratelimit.py``).

        A no-op for a backend that makes no requests."""
        setter = getattr(self.backend, "set_gate", None)
        if setter is not None:
            setter(gate)

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def aclose(self) -> None:
        """Close the connection pool of the running event loop, then everything else."""
        aclose = getattr(self.backend, "aclose", None)
        if aclose is not None:
            await aclose()
        self.close()

    async def __aenter__(self) -> Extractor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
