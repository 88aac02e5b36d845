"""The LLM backend: article -> prompt -> cache or model -> validated, grounded record.

Order of work for one article, the same in ``extract`` and ``aextract``:

1. render the prompt (``prompts.py``, pure) and compute the cache key
   (``cache.py``) from the rendered messages, so a template edit misses;
2. cache lookup, unless ``use_cache=False``: a hit returns the stored record with
   ``cache_hit=True`` and zero requests; in offline mode a miss raises
   ``CacheMiss`` before any client exists (no key needed, no request made);
3. otherwise one instructor call (``client.py``, built on the first miss: a run
   answered wholly from the cache, or offline, never imports openai or
   instructor, ~1.5 s of start-up): transport retries per HTTP
   call, validation re-asks with the grounding check, all counted in a
   :class:`CallLedger`;
4. provenance (model, mode, prompt version, attempts, latency, usage) and a
   cache write.

``published`` is always the article's (its ` date YYYY-MM-DD ` line or the
caller's date), never the model's: the model cannot know it better, and the
contract says null when the article has none.

``provenance.attempts`` counts the model's answers (1 + validation re-asks);
``provenance.usage.requests`` counts HTTP requests, transport retries included.
Errors are the package's own (``errors.py``), carrying the article id, the
attempts, the usage spent and the last raw answer.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from ..article import Article
from ..config import Settings, default_cache_dir, require_llm_endpoint
from ..errors import CacheMiss, ConfigurationError, ExtractorError, InputError
from ..prompts import load_prompt, render_prompt
from ..ratelimit import RequestGate
from ..schema import OperationReport, Provenance, Usage, llm_json_schema
from .cache import KeyMaker, RecordCache
from .ledger import CallLedger

if TYPE_CHECKING:  # imported on the first request (see _client)
    from .client import LLMClient

log = logging.getLogger(__name__)


class LLMBackend:
    """Extraction through an OpenAI-compatible endpoint. One instance serves many articles,
    from threads or concurrently on an event loop."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        if settings.offline and not settings.use_cache:
            raise ConfigurationError(
                "offline mode answers only from the cache, which is off",
                hint="drop --no-cache or --offline",
            )
        self.settings = settings
        self.prompt = load_prompt(settings.prompt, settings.prompt_dir)
        self._schema = llm_json_schema()
        self._key = KeyMaker(
            model=settings.model,
            # as configured: an "auto" run offline (no endpoint) finds what it made online
            mode=settings.mode,
            prompt_version=self.prompt.version,
            schema=self._schema,
            temperature=settings.temperature,
            max_tokens=settings.max_tokens,
            ungrounded=settings.ungrounded,
        )
        self.cache: RecordCache | None = None
        if settings.use_cache:
            self.cache = RecordCache(settings.cache_dir or default_cache_dir({}))
        # offline: no client at all, so no key is needed and no request can be made; else
        # the configuration is checked now and the client built on the first cache miss
        if not settings.offline:
            require_llm_endpoint(settings)
        self.client: LLMClient | None = None
        self._gate: RequestGate | None = None
        self._lock = threading.Lock()

    def _client(self) -> LLMClient:
        """The openai + instructor client, made (and the SDKs imported) on first use."""
        with self._lock:
            if self.client is None:
                from .client import build_client

                self.client = build_client(self.settings)
                self.client.gate = self._gate
            return self.client

    # -- steps ---------------------------------------------------------------------------
    def _prepare(self, article: Article) -> tuple[list[dict[str, Any]], str]:
        limit = self.settings.max_article_chars
        if len(article.text) > limit:
            # never sent blindly: past any model's context, or a large bill for one article
            raise InputError(
                f"{article.id}: {len(article.text):,} characters is more than the LLM "
                f"backend's limit of {limit:,} (about {limit // 4:,} tokens)",
                hint="split the article, or raise EXTRACTOR_MAX_ARTICLE_CHARS",
                article_id=article.id,
            )
        messages = render_prompt(self.prompt, text=article.text, published=article.published)
        return messages, self._key(messages=messages, article_text=article.text)

    def _from_cache(self, article: Article, key: str, started: float) -> OperationReport | None:
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                report = hit.report
                report.published = article.published
                report.provenance = self._provenance(
                    cache_hit=True, attempts=0, usage=Usage(), started=started
                )
                log.info(
                    "llm cache hit article=%s model=%s key=%s cache_hit=true "
                    "(made with %d requests, %d tokens)",
                    article.id,
                    self.settings.model,
                    key[:12],
                    hit.usage.requests,
                    hit.usage.total_tokens,
                )
                return report
        if self.settings.offline:
            raise CacheMiss(
                f"{article.id}: not in the cache at {self.cache.directory if self.cache else '-'} "
                f"for model {self.settings.model!r}, prompt {self.prompt.version}",
                hint="run once without --offline, or check --cache-dir, --model and --mode",
                article_id=article.id,
            )
        return None

    def _provenance(
        self, *, cache_hit: bool, attempts: int, usage: Usage, started: float
    ) -> Provenance:
        return Provenance(
            backend=self.name,
            model=self.settings.model,
            mode=self.settings.resolved_mode,
            prompt_version=self.prompt.version,
            cache_hit=cache_hit,
            attempts=attempts,
            latency_s=round(time.perf_counter() - started, 4),
            usage=usage,
        )

    def _finish(
        self, report: OperationReport, article: Article, ledger: CallLedger, started: float
    ) -> None:
        report.published = article.published
        report.provenance = self._provenance(
            cache_hit=False, attempts=ledger.answers, usage=ledger.usage(), started=started
        )
        report.provenance.snapped = list(ledger.grounding.snapped)
        report.provenance.dropped = list(ledger.grounding.dropped)
        if ledger.cut_off:
            report.provenance.dropped.insert(
                0,
                f"the answer was cut off at max_tokens={self.settings.max_tokens}: "
                "what followed its last complete item",
            )
        if ledger.grounding.dropped:
            log.warning(
                "%s: dropped %d ungrounded item(s): %s",
                article.id,
                len(ledger.grounding.dropped),
                "; ".join(ledger.grounding.dropped)[:500],
            )

    # -- API -----------------------------------------------------------------------------
    def extract(self, article: Article) -> OperationReport:
        """One validated record for ``article`` (see the module docstring for the steps)."""
        started = time.perf_counter()
        messages, key = self._prepare(article)
        cached = self._from_cache(article, key, started)
        if cached is not None:
            return cached
        ledger = CallLedger(article_id=article.id)
        try:
            report = self._client().extract(messages, article_text=article.text, ledger=ledger)
        except ExtractorError as exc:
            exc.article_id = exc.article_id or article.id
            raise
        self._finish(report, article, ledger, started)
        if self.cache is not None:
            self.cache.set(key, report, ledger.usage())
        return report

    async def aextract(
        self, article: Article, *, answer: dict[str, Any] | None = None
    ) -> OperationReport:
        """Async twin of :meth:`extract`: one shared client per loop, safe to run many at once.

        ``answer``: the model's answer to this article's request, received already (a
        Batch API output line); it is taken as the first answer and validated as any
        answer is, and a re-ask goes over HTTP. The cache is looked up first all the same.
        """
        started = time.perf_counter()
        messages, key = self._prepare(article)
        cached = self._from_cache(article, key, started)
        if cached is not None:
            return cached
        ledger = CallLedger(article_id=article.id)
        client = self._client()  # the first miss imports the SDKs, once per backend
        try:
            report = await client.aextract(
                messages, article_text=article.text, ledger=ledger, answer=answer
            )
        except ExtractorError as exc:
            exc.article_id = exc.article_id or article.id
            raise
        self._finish(report, article, ledger, started)
        if self.cache is not None:
            # queued for the cache's writer thread: an SQLite commit can wait on a lock held
            # by another process, and the loop must not
            self.cache.set_later(key, report, ledger.usage())
        return report

    def cache_key(self, article: Article) -> str:
        """The cache key of ``article``'s request (what a Batch API line was made for)."""
        return self._prepare(article)[1]

    def batch_request(self, article: Article) -> tuple[str, dict[str, Any] | OperationReport]:
        """(cache key, what to do): the record when the cache has it, else the exact
        chat-completions body the live path would send, for a Batch API input line."""
        started = time.perf_counter()
        messages, key = self._prepare(article)
        cached = self._from_cache(article, key, started)
        if cached is not None:
            return key, cached
        from .request import INSTRUCTOR_MODES, request_body

        self._client()  # the mode and endpoint checked once, as for a live call
        mode = INSTRUCTOR_MODES[self.settings.resolved_mode]
        return key, request_body(self.settings, mode, messages, article.text)

    def set_gate(self, gate: RequestGate | None) -> None:
        """Send every async HTTP request through ``gate`` (a batch's rate limits)."""
        self._gate = gate
        if self.client is not None:
            self.client.gate = gate

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cache is not None:
            self.cache.close()

    async def aclose(self) -> None:
        """Close this event loop's connection pool (then :meth:`close` for the rest)."""
        if self.client is not None:
            await self.client.aclose()
