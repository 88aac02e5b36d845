"""The transport policy as tables: what is retried, how long to wait, what error comes out."""

from __future__ import annotations

import email.utils
import random

import httpx2
import openai
import pytest

from extractor.config import Settings
from extractor.errors import AuthenticationFailed, EndpointUnreachable, TransportError
from extractor.llm.retry import (
    backoff_seconds,
    is_retryable,
    redact_url,
    retry_after_seconds,
    scrub,
    to_llm_error,
)

REQUEST = httpx2.Request("POST", "http://127.0.0.1:1/v1/chat/completions")


def status_error(
    status: int, headers: dict[str, str] | None = None, message: str = "boom"
) -> openai.APIStatusError:
    """The SDK's own exception for an HTTP status, as it raises it from a real response."""
    response = httpx2.Response(
        status, headers=headers or {}, request=REQUEST, json={"error": {"message": message}}
    )
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:1/v1")
    return client._make_status_error_from_response(response)


@pytest.mark.parametrize(
    "exc, retryable",
    [
        (openai.APIConnectionError(request=REQUEST), True),
        (openai.APITimeoutError(request=REQUEST), True),
        (status_error(408), True),
        (status_error(409), True),
        (status_error(429), True),
        (status_error(500), True),
        (status_error(502), True),
        (status_error(503), True),
        (status_error(504), True),
        (status_error(400), False),
        (status_error(401), False),
        (status_error(403), False),
        (status_error(404), False),
        (status_error(422), False),
        (ValueError("not a transport error"), False),
    ],
)
def test_retryable_or_not(exc: BaseException, retryable: bool) -> None:
    assert is_retryable(exc) is retryable


NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    "headers, seconds",
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": email.utils.formatdate(NOW + 20, usegmt=True)}, 20.0),
        ({"retry-after": email.utils.formatdate(NOW - 20, usegmt=True)}, 0.0),  # date in the past
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),  # OpenAI's finer header wins
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-4"}, None),
        ({}, None),
    ],
)
def test_retry_after_is_read_in_seconds_or_as_an_http_date(
    headers: dict, seconds: float | None
) -> None:
    got = retry_after_seconds(status_error(429, headers), now=NOW)
    assert got == (pytest.approx(seconds, abs=1.0) if seconds else seconds)


def test_retry_after_absent_on_connection_errors() -> None:
    assert retry_after_seconds(openai.APIConnectionError(request=REQUEST)) is None


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(7)
    for attempt, (low, high) in enumerate(
        [(0.25, 0.5), (0.5, 1.0), (1.0, 2.0), (2.0, 4.0), (2.5, 5.0), (2.5, 5.0)], start=1
    ):
        waits = [backoff_seconds(attempt, initial=0.5, cap=5.0, rng=rng) for _ in range(50)]
        assert all(low <= w <= high for w in waits), (attempt, min(waits), max(waits))
        assert len(set(waits)) > 1  # jittered, not lockstep


SETTINGS = Settings(
    backend="llm",
    base_url="http://bob:hunter22@llm.local:8000/v1?token=abc",
    api_key="sk-secret-abcdef123456",
    model="m1",
    timeout=7,
)


@pytest.mark.parametrize(
    "exc, error, words",
    [
        (openai.APITimeoutError(request=REQUEST), EndpointUnreachable, "no complete answer from"),
        (openai.APIConnectionError(request=REQUEST), EndpointUnreachable, "cannot reach"),
        (status_error(401), AuthenticationFailed, "refused the API key"),
        (status_error(403), AuthenticationFailed, "refused the API key"),
        (status_error(429), TransportError, "rate limited"),
        (status_error(404), TransportError, "404 for model 'm1'"),
        (status_error(400), TransportError, "rejected the request (400)"),
        (status_error(503), TransportError, "HTTP 503 after 3 attempts"),
    ],
)
def test_final_failures_map_to_our_errors(exc: BaseException, error: type, words: str) -> None:
    got = to_llm_error(exc, settings=SETTINGS, attempts=3)
    assert type(got) is error
    assert words in got.message
    assert got.attempts == 3
    assert "http://llm.local:8000/v1" in got.message
    assert "hunter22" not in got.one_line() and "token=abc" not in got.one_line()


@pytest.mark.parametrize(
    "message, hint",
    [
        ("This model's maximum context length is 8192 tokens", "too long for this model's context"),
        ("tool_choice is not supported", "may not support --mode tools"),
    ],
)
def test_bad_request_hints_at_the_likely_fix(message: str, hint: str) -> None:
    got = to_llm_error(
        status_error(400, message=message), settings=Settings(mode="tools"), attempts=1
    )
    assert hint in got.hint and message in got.message


def test_a_key_echoed_by_the_server_is_scrubbed() -> None:
    exc = status_error(401, message="Incorrect API key provided: sk-secret-abcdef123456.")
    got = to_llm_error(exc, settings=SETTINGS, attempts=1)
    assert "abcdef123456" not in got.one_line() and "sk-secre" not in got.one_line()
    assert "Incorrect API key provided: ***" in got.message


@pytest.mark.parametrize(
    "url, shown",
    [
        (None, "https://api.openai.com/v1"),
        ("http://localhost:11434/v1", "http://localhost:11434/v1"),
        ("https://user:pw@host/v1?key=1", "https://host/v1"),
    ],
)
def test_redact_url(url: str | None, shown: str) -> None:
    assert redact_url(url) == shown


def test_scrub_leaves_placeholder_keys_alone() -> None:
    assert scrub("x marks the spot", ("x",)) == "x marks the spot"
