"""Transport retries: the one place that decides whether an HTTP call is tried again.

One owner per kind of failure:

- the openai SDK's own retries are off (``max_retries=0`` in ``client.py``), so a
  429 is never retried twice over by two layers with two clocks;
- this module (tenacity) owns *transport* faults of a single HTTP call: 408, 409,
  429, 5xx, timeouts, dropped connections and refused connections;
- instructor owns *validation* re-asks, and only those (``client.py`` passes it
  ``max_retries``); each re-ask is a new HTTP call that gets its own transport
  retries from here, because the tenacity policy wraps ``chat.completions.create``
  itself, underneath instructor.

Backoff is exponential with "equal jitter" (half fixed, half random) so that
32 concurrent extractions hitting the same 503 spread out instead of retrying
in lockstep, yet no wait collapses to ~0. A ``Retry-After`` header (seconds,
HTTP date, or OpenAI's ``retry-after-ms``) replaces the computed wait: the
server knows when it will have capacity. Attempts are bounded by
``Settings.max_attempts`` and the total time by ``Settings.max_retry_seconds``
(``stop_before_delay``: we give up *before* a sleep that would cross the bound,
so a ``Retry-After: 600`` fails fast instead of hanging). One call can still
take ``Settings.timeout`` beyond the bound, but never past the article's
deadline (``Settings.article_timeout``): the policy stops before a sleep that
would cross it, and ``transport.py`` cuts the last call short at it.

Errors our transport raises (an answer over the size cap, a 200 that is not a
chat completion) reach us wrapped in the SDK's ``APIConnectionError``; they are
never retried (the same server would send the same thing) and are raised as
they are.

Other 4xx (400 bad request, 401/403 key, 404 model, 422) are not retried: the
same request would fail the same way.
"""

from __future__ import annotations

import email.utils
import random
import time
from typing import Any

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
)
from tenacity.stop import stop_base

from ..config import Settings
from ..errors import (
    AuthenticationFailed,
    EndpointUnreachable,
    ExtractorError,
    LLMError,
    TransportError,
)
from .redact import redact_url, scrub

RETRYABLE_STATUS = frozenset({408, 409, 429})


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of an SDK error, or ``None`` for connection-level failures."""
    return exc.status_code if isinstance(exc, openai.APIStatusError) else None


def wire_error(exc: BaseException) -> ExtractorError | None:
    """Our own error under an SDK error (raised by ``transport.py``), if there is one."""
    seen: set[int] = set()
    current: BaseException | None = exc.__cause__ or exc.__context__
    while current is not None and id(current) not in seen:
        if isinstance(current, ExtractorError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def is_retryable(exc: BaseException) -> bool:
    """Whether one HTTP call that failed with ``exc`` is worth trying again."""
    if wire_error(exc) is not None:  # too large, not a completion: the same again next time
        return False
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    status = status_of(exc)
    if status is None:
        return False
    return status in RETRYABLE_STATUS or status >= 500


def retry_after_seconds(exc: BaseException, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` may be delta-seconds or an HTTP date (RFC 9110 §10.2.3).
    Unparseable or negative values are ignored (``None``): the computed backoff applies.
    """
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = -1.0
        if ms >= 0:
            return ms / 1000.0
    raw = headers.get("retry-after")
    if not raw:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
        seconds = max(seconds, 0.0)
    return seconds if seconds >= 0 else None


def backoff_seconds(
    attempt: int, *, initial: float, cap: float, rng: random.Random | None = None
) -> float:
    """Equal-jitter exponential backoff before retry number ``attempt`` (1-based)."""
    base = min(cap, initial * (2 ** (attempt - 1)))
    return base / 2 + (rng or random).uniform(0, base / 2)


class wait_transport:  # noqa: N801 - tenacity's naming for wait strategies
    """tenacity wait: the server's ``Retry-After`` if it sent one, else jittered backoff."""

    def __init__(self, settings: Settings) -> None:
        self.initial = settings.backoff_initial
        self.cap = settings.backoff_max

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        exc = outcome.exception() if outcome is not None else None
        if exc is not None:
            asked = retry_after_seconds(exc)
            if asked is not None:
                return asked
        return backoff_seconds(retry_state.attempt_number, initial=self.initial, cap=self.cap)


class stop_at_deadline(stop_base):  # noqa: N801 - tenacity's naming for stop strategies
    """tenacity stop: no retry once the next try could not start before ``deadline``."""

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        if self.deadline is None:
            return False
        return time.monotonic() + (retry_state.upcoming_sleep or 0.0) >= self.deadline


def _policy(settings: Settings, before_sleep: Any, deadline: float | None) -> dict[str, Any]:
    return {
        "stop": stop_after_attempt(settings.max_attempts)
        | stop_before_delay(settings.max_retry_seconds)
        | stop_at_deadline(deadline),
        "wait": wait_transport(settings),
        "retry": retry_if_exception(is_retryable),
        "reraise": True,
        "before_sleep": before_sleep,
    }


def sync_retrying(
    settings: Settings, *, before_sleep: Any = None, deadline: float | None = None
) -> Retrying:
    """A fresh tenacity ``Retrying`` for one HTTP call (its state is per call)."""
    return Retrying(**_policy(settings, before_sleep, deadline))


def async_retrying(
    settings: Settings, *, before_sleep: Any = None, deadline: float | None = None
) -> AsyncRetrying:
    """Async twin of :func:`sync_retrying` (sleeps with ``asyncio.sleep``)."""
    return AsyncRetrying(**_policy(settings, before_sleep, deadline))


def article_deadline_error(settings: Settings, *, attempts: int) -> TransportError:
    """The article's time is up (``Settings.article_timeout``), whatever was in progress."""
    error = TransportError(
        f"gave up on {redact_url(settings.base_url)}: the article deadline of "
        f"{settings.article_timeout:g}s passed ({attempts} attempt{'s' if attempts != 1 else ''} "
        "of the last request)",
        hint="is the server overloaded? raise EXTRACTOR_ARTICLE_TIMEOUT or check --base-url",
    )
    error.attempts = attempts
    return error


# -- turning the last failure into one of ours --------------------------------------------
def scrub_exception(exc: BaseException, secrets: tuple[str, ...]) -> BaseException:
    """``exc`` with every secret removed from its message, args and body, in place.

    Our errors are raised ``from`` the SDK's, so a traceback prints the SDK's
    message too: a server that echoes the key there must not get it printed.
    """
    if not any(len(s) >= 6 for s in secrets):
        return exc
    try:
        exc.args = tuple(_scrub_value(a, secrets) for a in exc.args)
        if isinstance(getattr(exc, "message", None), str):
            exc.message = scrub(exc.message, secrets)  # type: ignore[attr-defined]
        if getattr(exc, "body", None) is not None:
            exc.body = _scrub_value(exc.body, secrets)  # type: ignore[attr-defined]
    except (AttributeError, TypeError):  # an exception type with read-only fields
        pass
    return exc


def _scrub_value(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, dict):
        return {k: _scrub_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_value(v, secrets) for v in value]
    return value


def server_message(exc: BaseException) -> str:
    """The error message the server sent, or the exception's text, short."""
    body = getattr(exc, "body", None)
    message = None
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
    text = str(message or exc)
    return text if len(text) <= 200 else text[:197] + "..."


def to_llm_error(
    exc: BaseException, *, settings: Settings, attempts: int, deadline: float | None = None
) -> LLMError:
    """The ``LLMError`` for an HTTP call that failed for good after ``attempts`` tries.

    The message names the endpoint (secrets removed), what happened and how
    often; the hint is the fix to try. The caller raises it ``from exc``.
    ``deadline`` is the article's: a timeout at or after it is reported as such.
    """
    ours = wire_error(exc)
    if isinstance(ours, LLMError):
        ours.attempts = attempts
        return ours
    if (
        isinstance(exc, openai.APIConnectionError)
        and deadline is not None
        and time.monotonic() >= deadline
    ):
        return article_deadline_error(settings, attempts=attempts)
    url = redact_url(settings.base_url)
    secrets = (settings.api_key or "",)
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    status = status_of(exc)
    said = scrub(server_message(exc), secrets)
    error: LLMError
    if isinstance(exc, openai.APITimeoutError):
        error = EndpointUnreachable(
            f"no complete answer from {url} within {settings.timeout:g}s ({tries})",
            hint="is the server overloaded? raise EXTRACTOR_TIMEOUT or check --base-url",
        )
    elif isinstance(exc, openai.APIConnectionError):
        error = EndpointUnreachable(
            f"cannot reach {url} ({tries}) — is the server running?",
            hint="start the server or set --base-url / OPENAI_BASE_URL",
        )
    elif status in (401, 403):
        error = AuthenticationFailed(
            f"{url} refused the API key ({status}): {said}",
            hint="check OPENAI_API_KEY (and that it is meant for this --base-url)",
        )
    elif status == 429:
        error = TransportError(
            f"rate limited by {url} after {tries}: {said}",
            hint="lower the concurrency, wait, or raise the provider's rate limit",
        )
    elif status == 404:
        error = TransportError(
            f"{url} answered 404 for model {settings.model!r}: {said}",
            hint="check --model / EXTRACTOR_MODEL and --base-url (it usually ends in /v1)",
        )
    elif (status == 400 or status == 422) and "context" in said.lower():
        error = TransportError(
            f"{url} rejected the request ({status}): {said}",
            hint="the article is too long for this model's context: use a model with a "
            "longer context or lower max_tokens",
        )
    elif status == 400 or status == 422:
        error = TransportError(
            f"{url} rejected the request ({status}): {said}",
            hint=f"the endpoint may not support --mode {settings.mode}; try --mode json",
        )
    elif status is not None:
        error = TransportError(f"{url} answered HTTP {status} after {tries}: {said}")
    else:
        error = TransportError(f"request to {url} failed after {tries}: {said}")
    error.attempts = attempts
    return error
