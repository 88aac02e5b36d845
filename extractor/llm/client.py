"""The openai + instructor client: one HTTP call, retried, counted and logged in one place.

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
  (``content_filter``) answer *before* instructor parses it, so it fails after
  one request in every mode instead of being re-asked. (instructor 1.17's four
  OpenAI modes do raise ``IncompleteOutputException`` on "length" and its retry
  loop re-raises it without a re-ask, but no mode checks ``content_filter``,
  whose empty answer would be re-asked as a parse error; one check here covers
  both, whatever a future instructor does.)

Why ``AsyncOpenAI`` per event loop: httpx connection pools belong to the loop
that opened them; reusing one across ``asyncio.run`` calls fails with "event
loop is closed". Within a loop, every extraction shares one client and pool.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
import weakref
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

from ..config import Settings, require_llm_endpoint
from ..errors import (
    ConfigurationError,
    ContentFiltered,
    ExtractionError,
    ExtractorError,
    TruncatedOutput,
)
from ..ratelimit import RequestGate, Ticket
from ..schema import OperationReport
from .deadline import request_deadline
from .ledger import CallLedger, current_ledger, ledger_var
from .redact import protect_sdk_loggers
from .retry import (
    article_deadline_error,
    async_retrying,
    redact_url,
    retry_after_seconds,
    scrub,
    scrub_exception,
    status_of,
    sync_retrying,
    to_llm_error,
    wire_error,
)
from .salvage import close_json
from .transport import AsyncGuardedTransport, GuardedTransport, transport_args
from .trims import prepare_model_once, skip_usage_accounting
from .wire import plain_body_kwargs

log = logging.getLogger(__name__)

INSTRUCTOR_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}
# a placeholder key for local servers (Ollama, vLLM, llama.cpp) that need none
NO_KEY = "not-needed"
# instructor wraps a plain model in a fresh ResponseSchema subclass on *every* call, which
# also defeats its lru_cache of the tool schema: ~7 ms of CPU per request. Wrapping once
# here makes both a no-op. What instructor returns is turned back into a plain
# OperationReport (:func:`_plain`): a class made at run time cannot be pickled.
RESPONSE_MODEL = instructor.openai_schema(OperationReport)


def _scan_response_model_once() -> None:
    """Make instructor's async-validator scan of our response model happen once.

    instructor 1.17 walks the response model's whole class tree (every member of
    every base) looking for async validators, about seven times per request:
    ~0.9 ms of CPU per request, a sixth of the client's cost in a batch. Our model
    never changes, so it is scanned once here (a model with async validators would
    still be refused, now at import) and later scans of that one class are skipped.
    Any other model goes through instructor's own check. If instructor moves the
    function, this does nothing.
    """
    try:
        from instructor.v2.core import patch as _patch
        from instructor.v2.validation import async_validators as _validators
    except ImportError:  # another instructor layout: keep its behaviour as it is
        return
    original = getattr(_validators, "reject_async_validators", None)
    if original is None or getattr(original, "scanned_once", False):
        return
    original(RESPONSE_MODEL)

    def reject_async_validators(response_model: Any) -> None:
        if response_model is not RESPONSE_MODEL:
            original(response_model)

    reject_async_validators.scanned_once = True  # type: ignore[attr-defined]
    _validators.reject_async_validators = reject_async_validators
    if getattr(_patch, "reject_async_validators", None) is original:
        _patch.reject_async_validators = reject_async_validators


_scan_response_model_once()
# instructor's usage accounting (our ledger counts) and model preparation: see trims.py
USAGE_ACCOUNTING_SKIPPED = skip_usage_accounting(lambda: ledger_var.get() is not None)
MODEL_PREPARED_ONCE = prepare_model_once(RESPONSE_MODEL)

# marks our validation context: instructor may skip its templating pass over our messages
VERBATIM_KEY = "extractor_messages_are_final"


def _skip_templating_of_final_messages() -> bool:
    """Let our requests skip instructor's Jinja pass over the messages; True when done.

    instructor renders every message as a Jinja template whenever a validation
    ``context`` is given, and we always give one (the article, for grounding).
    Our messages are already rendered from ``prompts/``: the pass can only mangle
    them (an article containing ``{{``), and it costs ~0.6 ms of CPU per request
    (a template compile per message). Requests whose context carries
    ``VERBATIM_KEY`` go through untouched; any other call is templated as before.
    If instructor moves the function this returns False, and the messages are
    protected with ``{% raw %}`` blocks instead (:func:`protect_from_templating`).
    """
    try:
        from instructor.v2.core import patch as _patch
    except ImportError:
        return False
    original = getattr(_patch, "handle_templating", None)
    if original is None:
        return False
    if getattr(original, "skips_final_messages", False):
        return True

    def handle_templating(kwargs: dict[str, Any], *args: Any, **more: Any) -> dict[str, Any]:
        context = more.get("context", args[2] if len(args) > 2 else None)
        if isinstance(context, dict) and context.get(VERBATIM_KEY) is True:
            return kwargs
        return original(kwargs, *args, **more)  # type: ignore[no-any-return]

    handle_templating.skips_final_messages = True  # type: ignore[attr-defined]
    _patch.handle_templating = handle_templating
    return True


TEMPLATING_SKIPPED = _skip_templating_of_final_messages()


def _plain(report: OperationReport) -> OperationReport:
    """The same validated record as a plain ``OperationReport`` (no re-validation)."""
    values = {name: getattr(report, name) for name in OperationReport.model_fields}
    return OperationReport.model_construct(_fields_set=report.model_fields_set, **values)


MAX_KEPT_OUTPUT = 20_000


_RAW_END = re.compile(r"\{%-?\s*endraw\s*-?%\}")


def protect_from_templating(text: str) -> str:
    """``text`` wrapped so instructor's Jinja pass renders it back verbatim.

    instructor renders every message as a Jinja template whenever a validation
    ``context`` is given, and we always give one (``{"article": text}``, for
    grounding). An article containing ``{{`` or ``{%`` would then be mangled or
    fail to render, so each message goes through as a ``{% raw %}`` block (an
    ``endraw`` tag inside the text is emitted as a string expression).
    """
    inner = _RAW_END.sub(lambda m: "{% endraw %}{{ '" + m.group(0) + "' }}{% raw %}", text)
    return "{% raw %}" + inner + "{% endraw %}"


def build_client(settings: Settings) -> LLMClient:
    """The client the settings describe; a clear error when it cannot work."""
    require_llm_endpoint(settings)
    if settings.resolved_mode not in INSTRUCTOR_MODES:
        raise ConfigurationError(
            f"unknown mode {settings.resolved_mode!r}",
            hint=f"use one of {', '.join(INSTRUCTOR_MODES)}",
        )
    return LLMClient(settings)


def _answer_text(response: Any) -> str | None:
    """The raw answer: tool-call arguments or message content."""
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return "\n".join(str(c.function.arguments) for c in calls)
    return message.content


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
    def _request(
        self, messages: list[dict[str, Any]], article_text: str, ledger: CallLedger
    ) -> dict[str, Any]:
        s = self.settings
        return {
            "response_model": RESPONSE_MODEL,
            "messages": messages
            if TEMPLATING_SKIPPED
            else [{**m, "content": protect_from_templating(m["content"])} for m in messages],
            "context": {
                "article": article_text,
                VERBATIM_KEY: True,
                "ungrounded": s.ungrounded,
                "answer": True,  # snapping and the stricter checks of a model's answer
                "notes": ledger.grounding,
            },
            # instructor counts re-asks after the first answer; the setting counts answers
            "max_retries": s.max_validation_attempts - 1,
            # lenient parsing ("5" for 5): local models do this; grounding guards the content
            "strict": False,
            "model": s.model,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }

    def extract(
        self, messages: list[dict[str, Any]], *, article_text: str, ledger: CallLedger
    ) -> OperationReport:
        """One validated record for rendered ``messages``; spend recorded in ``ledger``."""
        self._start_clock(ledger)
        token = ledger_var.set(ledger)
        try:
            return _plain(
                self._sync.chat.completions.create(**self._request(messages, article_text, ledger))
            )
        except Exception as exc:  # noqa: BLE001 - every failure becomes one of ours
            raise self._failure(exc, ledger) from _cause(exc)
        finally:
            ledger_var.reset(token)

    async def aextract(
        self, messages: list[dict[str, Any]], *, article_text: str, ledger: CallLedger
    ) -> OperationReport:
        """Async twin of :meth:`extract`; safe to run many at once on one loop."""
        self._start_clock(ledger)
        token = ledger_var.set(ledger)
        try:
            _, wrapped = self._async_pair()
            return _plain(
                await wrapped.chat.completions.create(
                    **self._request(messages, article_text, ledger)
                )
            )
        except Exception as exc:  # noqa: BLE001
            raise self._failure(exc, ledger) from _cause(exc)
        finally:
            ledger_var.reset(token)

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

    def _failure(self, exc: Exception, ledger: CallLedger) -> ExtractorError:
        """Our error for whatever escaped instructor, with the spend attached."""
        ours = _ours(exc)
        if ours is None:
            if isinstance(exc, IncompleteOutputException):
                ours = TruncatedOutput(
                    f"the answer was cut off at max_tokens={self.settings.max_tokens}",
                    hint="raise max_tokens or shorten the article",
                )
            elif isinstance(exc, InstructorRetryException):
                said = scrub(_short(_why_invalid(exc.__cause__ or exc)), self._secrets)
                ours = ExtractionError(
                    f"no valid record after {exc.n_attempts} answer(s): {said}",
                    hint="try a stronger model, or another --mode",
                )
            else:
                said = scrub(_short(str(exc)), self._secrets)
                ours = ExtractionError(f"extraction failed: {type(exc).__name__}: {said}")
        ours.attempts = ours.attempts if ours.attempts is not None else ledger.answers
        ours.usage = ledger.usage()
        if ours.last_output is None:
            ours.last_output = ledger.last_output
        return ours

    # -- the wrapped create: one HTTP call, transport-retried ---------------------------
    def _create(self, *args: Any, **kwargs: Any) -> Any:
        ledger = current_ledger()
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
        return self._accept(ledger, tries, started, response, kwargs)

    async def _acreate(self, *args: Any, **kwargs: Any) -> Any:
        ledger = current_ledger()
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
        return self._accept(ledger, tries, started, response, kwargs)

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

    def _accept(
        self, ledger: CallLedger, tries: int, started: float, response: Any, request: dict[str, Any]
    ) -> Any:
        """Count, log and vet one HTTP answer before instructor parses it."""
        latency = time.perf_counter() - started
        prompt, completion, total = _usage_of(response, ledger)
        ledger.answers += 1
        ledger.prompt_tokens += prompt
        ledger.completion_tokens += completion
        ledger.total_tokens += total
        text = _answer_text(response)
        if text is not None:
            ledger.last_output = text[:MAX_KEPT_OUTPUT]
        choices = getattr(response, "choices", None) or []
        finish = choices[0].finish_reason if choices else None
        log.info(
            "llm call article=%s model=%s attempt=%d try=%d status=200 finish=%s "
            "latency=%.3fs tokens=%d+%d cache_hit=false%s",
            ledger.article_id,
            request.get("model"),
            ledger.requests,
            tries,
            finish,
            latency,
            prompt,
            completion,
            _server_timings(response),
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug("llm request messages=%s", _dump(request.get("messages")))
            log.debug("llm answer=%s", text)
        if not choices:
            raise ExtractionError(
                "the endpoint answered with no choices",
                hint="check the server; the model may have failed to load",
            )
        if finish == "length" and self._salvage(ledger, choices[0], text):
            finish = "stop"
        if finish == "length":
            raise TruncatedOutput(
                f"the answer was cut off at max_tokens={self.settings.max_tokens} "
                f"({completion} completion tokens); not re-asked",
                hint="raise max_tokens or shorten the article",
            )
        if finish == "content_filter":
            raise ContentFiltered(
                "the provider's content filter stopped the answer",
                hint="try another model or provider for this article",
            )
        return response

    def _salvage(self, ledger: CallLedger, choice: Any, text: str | None) -> bool:
        """Under ``ungrounded="drop"``, keep the complete items of a JSON answer cut off at
        ``max_tokens`` (a small model looping over figures) instead of failing it."""
        if (
            self.settings.ungrounded != "drop"
            or self.settings.resolved_mode not in ("json", "json_schema")
            or not text
            or getattr(choice.message, "tool_calls", None)
        ):
            return False
        closed = close_json(text)
        if closed is None:
            return False
        choice.message.content = closed
        choice.finish_reason = "stop"
        ledger.cut_off = True
        log.warning(
            "article=%s: the answer was cut off at max_tokens=%d; its complete items are kept",
            ledger.article_id,
            self.settings.max_tokens,
        )
        return True

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


def _server_timings(response: Any) -> str:
    """llama.cpp's own timings of the answer, when it sends them (`` server=prompt
    tokens/of which from its prefix cache/prompt ms/generation ms``), else ""."""
    timings = getattr(response, "timings", None)
    if not isinstance(timings, dict):
        return ""
    try:
        return " server={}/{}/{:.0f}/{:.0f}".format(
            int(timings.get("prompt_n", 0)),
            int(timings.get("cache_n", 0)),
            float(timings.get("prompt_ms", 0.0)),
            float(timings.get("predicted_ms", 0.0)),
        )
    except (TypeError, ValueError):
        return ""


def _usage_of(response: Any, ledger: CallLedger) -> tuple[int, int, int]:
    """Prompt, completion and total tokens of one answer; a malformed ``usage`` counts 0.

    Usage is bookkeeping: a server that sends ``"usage": "lots"`` still sent a
    record. It is kept, the tokens are unknown (0, never invented), a warning
    says so, and the field is dropped so instructor does not trip over it.
    """
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0, 0, 0
    try:
        if isinstance(usage, (str, bytes, int, float, list, tuple, dict)):
            raise TypeError(usage)
        numbers = [
            getattr(usage, name, None)
            for name in ("prompt_tokens", "completion_tokens", "total_tokens")
        ]
        if not all(
            n is None or (isinstance(n, int) and not isinstance(n, bool) and n >= 0)
            for n in numbers
        ):
            raise TypeError(numbers)
    except Exception:  # noqa: BLE001 - a str, a list, a dict of strings...
        log.warning(
            "article=%s: the endpoint sent a malformed usage (%s); token usage of this "
            "request is unknown and counted as 0",
            ledger.article_id,
            _short(repr(usage), 80),
        )
        try:
            response.usage = None
        except Exception:  # noqa: BLE001
            pass
        return 0, 0, 0
    prompt, completion, total = (n or 0 for n in numbers)
    return prompt, completion, total or prompt + completion


def _ours(exc: BaseException) -> ExtractorError | None:
    """The first ``ExtractorError`` in ``exc``'s cause chain (instructor wraps ours)."""
    return exc if isinstance(exc, ExtractorError) else wire_error(exc)


def _cause(exc: BaseException) -> BaseException | None:
    """What to chain our error ``from``.

    Our own error raised inside instructor keeps its own cause (the SDK error,
    or none for a cut-off answer) rather than instructor's wrapper around it,
    which would make the chain a loop; anything else is chained from ``exc``.
    """
    ours = _ours(exc)
    return ours.__cause__ if ours is not None else exc


def _why_invalid(exc: BaseException) -> str:
    """What was wrong with the last answer, without pydantic's dump of the whole input."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        return str(exc)
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(x) for x in error.get("loc", ()))
        msg = str(error.get("msg", "")).removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _short(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)
