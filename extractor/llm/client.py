"""Stage 3 of a model call: the transport. One openai + instructor client, each HTTP call
retried, counted and logged in one place.

The stages of a call, one module each: ``request.py`` builds the request (the
same for the live path and a Batch API line), ``answer.py`` turns an answer into
a validated record, and this module moves requests and answers over HTTP.

``build_client(settings)`` returns an :class:`LLMClient` holding one
``openai.OpenAI`` (sync) and, per running event loop, one ``AsyncOpenAI``
(async), each wrapped by instructor. The openai ``chat.completions.create`` is
not handed to instructor as is: instructor gets :meth:`LLMClient._create` /
:meth:`LLMClient._acreate`, which

- runs the tenacity transport policy (``retry.py``) around *each* HTTP call,
  the calls of validation re-asks included, with the SDK's own retries off;
- counts every HTTP request and its tokens into the ``CallLedger`` of the
  extraction in progress (``ledger.py``), failed attempts and re-asks included;
- logs exactly one INFO line per HTTP call (model, latency, tokens, attempt),
  payloads only at DEBUG, the key never;
- stops a cut-off (``finish_reason == "length"``) or filtered
  (``content_filter``) answer *before* instructor parses it (``answer.py``), so
  it fails after one request in every mode instead of being re-asked;
- answers the first request of an extraction given ``answer=`` (a Batch API
  output line) with that answer instead of an HTTP call: it is vetted, parsed
  and validated like any answer, and a re-ask goes over HTTP, the live path.

Why ``AsyncOpenAI`` per event loop: httpx connection pools belong to the loop
that opened them; reusing one across ``asyncio.run`` calls fails with "event
loop is closed". Within a loop, every extraction shares one client and pool.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import weakref
from typing import Any

import instructor
import openai

from ..config import Settings, require_llm_endpoint
from ..errors import (
    ConfigurationError,
    ExtractorError,
)
from ..ratelimit import RequestGate, Ticket
from ..schema import OperationReport
from .answer import cause_of, completion_from_body, failure, plain_report, vet_answer
from .deadline import request_deadline
from .ledger import CallLedger, current_ledger, ledger_var
from .redact import protect_sdk_loggers
from .request import INSTRUCTOR_MODES, RESPONSE_MODEL, instructor_request
from .retry import (
    article_deadline_error,
    async_retrying,
    redact_url,
    retry_after_seconds,
    scrub_exception,
    status_of,
    sync_retrying,
    to_llm_error,
)
from .transport import (
    AsyncGuardedTransport,
    GuardedTransport,
    check_completion_body,
    transport_args,
)
from .wire import plain_body_kwargs

log = logging.getLogger(__name__)

# a placeholder key for local servers (Ollama, vLLM, llama.cpp) that need none
NO_KEY = "not-needed"


def build_client(settings: Settings) -> LLMClient:
    """The client the settings describe; a clear error when it cannot work."""
    require_llm_endpoint(settings)
    if settings.resolved_mode not in INSTRUCTOR_MODES:
        raise ConfigurationError(
            f"unknown mode {settings.resolved_mode!r}",
            hint=f"use one of {', '.join(INSTRUCTOR_MODES)}",
        )
    return LLMClient(settings)


class LLMClient:
    """openai + instructor for one ``Settings``. Thread-safe; async-safe per event loop."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.mode = INSTRUCTOR_MODES[settings.resolved_mode]
        self._secrets = (settings.api_key or "",)
        protect_sdk_loggers(settings.api_key)  # the SDKs log URLs (and tracebacks) at DEBUG
        self._openai = openai.OpenAI(
            **self._client_args(),
            http_client=openai.DefaultHttpxClient(
                transport=GuardedTransport(
                    max_bytes=settings.max_response_bytes, **transport_args()
                )
            ),
        )
        self._sync = instructor.Instructor(
            client=self._openai,
            create=instructor.patch(create=self._create, mode=self.mode),
            mode=self.mode,
        )
        # the SDK imports its resources on first use (~1 s cold): not inside a request's deadline
        self._openai.chat.completions  # noqa: B018
        self._async: weakref.WeakKeyDictionary[Any, tuple[Any, Any]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        # a batch's RPM / TPM / 429-pause gate (``ratelimit.py``): every async HTTP request,
        # retries and re-asks included, passes it; None outside a batch
        self.gate: RequestGate | None = None
        self._schema_chars = len(json.dumps(RESPONSE_MODEL.model_json_schema()))

    def _client_args(self) -> dict[str, Any]:
        s = self.settings
        return {
            "api_key": s.api_key or NO_KEY,
            "base_url": s.base_url or "https://api.openai.com/v1",
            "timeout": s.timeout,
            "max_retries": 0,  # tenacity owns transport retries (retry.py)
        }

    def _async_pair(self) -> tuple[Any, Any]:
        """This loop's ``AsyncOpenAI`` and its instructor wrapper, made on first use."""
        loop = asyncio.get_running_loop()
        with self._lock:
            pair = self._async.get(loop)
            if pair is None:
                client = openai.AsyncOpenAI(
                    **self._client_args(),
                    http_client=openai.DefaultAsyncHttpxClient(
                        transport=AsyncGuardedTransport(
                            max_bytes=self.settings.max_response_bytes, **transport_args()
                        )
                    ),
                )
                wrapped = instructor.AsyncInstructor(
                    client=client,
                    create=instructor.patch(create=self._acreate, mode=self.mode),
                    mode=self.mode,
                )
                pair = (client, wrapped)
                self._async[loop] = pair
        return pair

    # -- the extraction call -----------------------------------------------------------
    def extract(
        self,
        messages: list[dict[str, Any]],
        *,
        article_text: str,
        ledger: CallLedger,
        answer: dict[str, Any] | None = None,
    ) -> OperationReport:
        """One validated record for rendered ``messages``; spend recorded in ``ledger``.

        ``answer``: a chat-completion body already received for exactly this request
        (a Batch API output line); it stands for the first HTTP call.
        """
        self._start_clock(ledger)
        ledger.answer = answer
        token = ledger_var.set(ledger)
        try:
            return plain_report(
                self._sync.chat.completions.create(**self._request(messages, article_text, ledger))
            )
        except Exception as exc:  # noqa: BLE001 - every failure becomes one of ours
            raise failure(self.settings, exc, ledger) from cause_of(exc)
        finally:
            ledger_var.reset(token)

    async def aextract(
        self,
        messages: list[dict[str, Any]],
        *,
        article_text: str,
        ledger: CallLedger,
        answer: dict[str, Any] | None = None,
    ) -> OperationReport:
        """Async twin of :meth:`extract`; safe to run many at once on one loop."""
        self._start_clock(ledger)
        ledger.answer = answer
        token = ledger_var.set(ledger)
        try:
            _, wrapped = self._async_pair()
            return plain_report(
                await wrapped.chat.completions.create(
                    **self._request(messages, article_text, ledger)
                )
            )
        except Exception as exc:  # noqa: BLE001
            raise failure(self.settings, exc, ledger) from cause_of(exc)
        finally:
            ledger_var.reset(token)

    def _request(
        self, messages: list[dict[str, Any]], article_text: str, ledger: CallLedger
    ) -> dict[str, Any]:
        return instructor_request(self.settings, messages, article_text, ledger.grounding)

    def _given_answer(self, ledger: CallLedger, request: dict[str, Any]) -> Any | None:
        """The answer given for this extraction's first request (then forgotten), vetted as
        an HTTP answer is: the same shape check, counting and finish-reason stops."""
        body, ledger.answer = ledger.answer, None
        if body is None:
            return None
        ledger.requests += 1
        check_completion_body(
            json.dumps(body).encode(), url="the Batch API output", content_type="application/json"
        )
        return vet_answer(
            self.settings,
            ledger,
            completion_from_body(body),
            tries=0,
            started=time.perf_counter(),
            request=request,
        )

    def _start_clock(self, ledger: CallLedger) -> None:
        if ledger.deadline is None:
            ledger.deadline = time.monotonic() + self.settings.article_timeout

    def _deadline_of_request(self, ledger: CallLedger, tries: int) -> float:
        """When this HTTP call must be over: its own timeout, or the article's deadline."""
        now = time.monotonic()
        article = ledger.deadline if ledger.deadline is not None else float("inf")
        if now >= article:
            raise article_deadline_error(self.settings, attempts=max(tries - 1, 0))
        return min(now + self.settings.timeout, article)

    # -- the wrapped create: one HTTP call, transport-retried ---------------------------
    def _create(self, *args: Any, **kwargs: Any) -> Any:
        ledger = current_ledger()
        given = self._given_answer(ledger, kwargs)
        if given is not None:
            return given
        tries = 0
        retrying = sync_retrying(
            self.settings, before_sleep=self._log_sleep, deadline=ledger.deadline
        )
        try:
            for attempt in retrying:
                with attempt:
                    tries = attempt.retry_state.attempt_number
                    at = self._deadline_of_request(ledger, tries)
                    started = time.perf_counter()
                    ledger.requests += 1
                    try:
                        with request_deadline(at):
                            response = self._openai.chat.completions.create(
                                *args, **plain_body_kwargs(kwargs)
                            )
                    except openai.APIError as exc:
                        self._log_failure(ledger, tries, started, exc, kwargs)
                        raise
        except openai.APIError as exc:
            scrub_exception(exc, self._secrets)
            raise to_llm_error(
                exc, settings=self.settings, attempts=tries, deadline=ledger.deadline
            ) from exc
        return vet_answer(
            self.settings, ledger, response, tries=tries, started=started, request=kwargs
        )

    async def _acreate(self, *args: Any, **kwargs: Any) -> Any:
        ledger = current_ledger()
        given = self._given_answer(ledger, kwargs)
        if given is not None:
            return given
        client, _ = self._async_pair()
        tries = 0
        retrying = async_retrying(
            self.settings, before_sleep=self._log_sleep, deadline=ledger.deadline
        )
        try:
            async for attempt in retrying:
                with attempt:
                    tries = attempt.retry_state.attempt_number
                    ticket = await self._pass_gate(kwargs)
                    try:
                        at = self._deadline_of_request(ledger, tries)
                    except ExtractorError:  # the wait used up the article's time
                        self._settle_gate(ticket, None, None)  # no request: tokens back
                        raise
                    started = time.perf_counter()
                    ledger.requests += 1
                    try:
                        with request_deadline(at):
                            response = await client.chat.completions.create(
                                *args, **plain_body_kwargs(kwargs)
                            )
                    except openai.APIError as exc:
                        self._log_failure(ledger, tries, started, exc, kwargs)
                        self._settle_gate(ticket, None, exc)
                        raise
        except openai.APIError as exc:
            scrub_exception(exc, self._secrets)
            raise to_llm_error(
                exc, settings=self.settings, attempts=tries, deadline=ledger.deadline
            ) from exc
        self._settle_gate(ticket, response, None)
        return vet_answer(
            self.settings, ledger, response, tries=tries, started=started, request=kwargs
        )

    async def _pass_gate(self, request: dict[str, Any]) -> Ticket | None:
        """Wait for the batch's rate limits (no-op outside a batch)."""
        gate = self.gate
        if gate is None:
            return None
        chars = self._schema_chars + sum(
            len(str(m.get("content") or "")) for m in request.get("messages") or []
        )
        return await gate.acquire(gate.estimate(chars, self.settings.max_tokens))

    def _settle_gate(self, ticket: Ticket | None, response: Any, exc: BaseException | None) -> None:
        """Correct the token estimate with real usage; hold everyone back after a 429."""
        gate = self.gate
        if gate is None or ticket is None:
            return
        usage = getattr(response, "usage", None)
        gate.settle(
            ticket,
            total_tokens=getattr(usage, "total_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
        )
        if exc is not None and status_of(exc) == 429:
            gate.pause(retry_after_seconds(exc))

    def _log_failure(
        self,
        ledger: CallLedger,
        tries: int,
        started: float,
        exc: BaseException,
        request: dict[str, Any],
    ) -> None:
        status = status_of(exc)
        log.info(
            "llm call article=%s model=%s attempt=%d try=%d status=%s latency=%.3fs tokens=0+0 "
            "cache_hit=false error=%s",
            ledger.article_id,
            request.get("model"),
            ledger.requests,
            tries,
            status if status is not None else "-",
            time.perf_counter() - started,
            type(exc).__name__,
        )

    def _log_sleep(self, retry_state: Any) -> None:
        log.debug(
            "transport retry %d in %.2fs", retry_state.attempt_number, retry_state.upcoming_sleep
        )

    @property
    def endpoint(self) -> str:
        return redact_url(self.settings.base_url)

    def close(self) -> None:
        """Close the sync connection pool (async pools: :meth:`aclose`, per loop)."""
        self._openai.close()

    async def aclose(self) -> None:
        """Close the current loop's async connection pool."""
        loop = asyncio.get_running_loop()
        with self._lock:
            pair = self._async.pop(loop, None)
        if pair is not None:
            await pair[0].close()
