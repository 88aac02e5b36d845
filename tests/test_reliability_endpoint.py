"""Endpoint faults, injected by the loopback server, one row each.

Every fault ends in a valid record or in a clear error naming its cause,
within the retry bounds (the exact number of HTTP requests is asserted), with
the usage of failed attempts counted on the record or the error.
Settings: 3 transport attempts per HTTP call, 3 answers per extraction
(the first plus two validation re-asks), a 0.5 s timeout, tiny backoff.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from extractor.config import Settings
from extractor.errors import (
    ContentFiltered,
    EndpointUnreachable,
    ExtractionError,
    ExtractorError,
    TransportError,
    TruncatedOutput,
)
from extractor.pipeline import Extractor
from extractor.testing import Fault, OpenAIServer, Reply

TEXT = (
    " date 2025-02-14 \nCounty lines week of action in Kent\n\n"
    "Officers made 14 arrests in Kent during the operation, police said.\n"
)
GOOD = {
    "statistics": [
        {
            "metric": "arrests",
            "value": 14,
            "area": "Kent",
            "evidence": "Officers made 14 arrests in Kent",
        }
    ]
}
INVALID = {
    "statistics": [
        {
            "metric": "arrests",
            "value": -14,
            "area": "Kent",
            "evidence": "Officers made 14 arrests in Kent",
        }
    ]
}
TOKENS = 120 + 80  # what the server reports for each answer


def ok() -> Reply:
    return Reply(record=GOOD)


@dataclass
class Case:
    script: list[Any]
    requests: int  # HTTP requests the server must see, exactly
    answers: int = 1  # model answers (200 responses that reached validation)
    error: type[ExtractorError] | None = None  # None: a valid record
    says: str = ""  # words the error's one line must contain
    reask_says: str = ""  # words the re-ask request must carry back to the model
    extra: dict[str, Any] = field(default_factory=dict)


CASES: dict[str, Case] = {
    "429 with Retry-After, then ok": Case([Fault.http(429, retry_after=0.05), ok()], requests=2),
    "429 without Retry-After, then ok": Case([Fault.http(429), ok()], requests=2),
    "500, then ok": Case([Fault.http(500), ok()], requests=2),
    "502, then ok": Case([Fault.http(502), ok()], requests=2),
    "503, then ok": Case([Fault.http(503), ok()], requests=2),
    "503 on every attempt": Case(
        [Fault.http(503)] * 3,
        requests=3,
        answers=0,
        error=TransportError,
        says="HTTP 503 after 3 attempts",
    ),
    "429 on every attempt": Case(
        [Fault.http(429, retry_after=0)] * 3,
        requests=3,
        answers=0,
        error=TransportError,
        says="rate limited",
    ),
    "slower than the timeout, then ok": Case([Reply(record=GOOD, delay=1.5), ok()], requests=2),
    "slower than the timeout every time": Case(
        [Reply(record=GOOD, delay=1.5)] * 3,
        requests=3,
        answers=0,
        error=EndpointUnreachable,
        says="no complete answer from",
    ),
    "connection dropped before the answer, then ok": Case([Fault.drop(), ok()], requests=2),
    "connection dropped mid-answer, then ok": Case([Fault.truncate(), ok()], requests=2),
    "malformed JSON in the tool call, then valid": Case(
        [Reply(raw='{"statistics": [{"metric": "arrests", "value": 14,'), ok()],
        requests=2,
        answers=2,
        reask_says="Invalid JSON",
    ),
    "schema-invalid twice, then valid": Case(
        [Reply(record=INVALID), Reply(record=INVALID), ok()],
        requests=3,
        answers=3,
        reask_says="greater than or equal to 0",
    ),
    "schema-invalid three times": Case(
        [Reply(record=INVALID)] * 3,
        requests=3,
        answers=3,
        error=ExtractionError,
        says="no valid record after 3 answer(s)",
    ),
    "empty choices": Case(
        [Reply(empty_choices=True)], requests=1, answers=1, error=ExtractionError, says="no choices"
    ),
    "finish_reason length": Case(
        [Reply(raw='{"statistics": [', finish_reason="length")],
        requests=1,
        answers=1,
        error=TruncatedOutput,
        says="cut off at max_tokens",
    ),
    "finish_reason content_filter": Case(
        [Reply(raw="", finish_reason="content_filter")],
        requests=1,
        answers=1,
        error=ContentFiltered,
        says="content filter",
    ),
}


def settings(server: OpenAIServer, tmp_path: Path) -> Settings:
    return Settings(
        backend="llm",
        base_url=server.base_url,
        api_key="sk-test-rel-1",
        model="fake-model",
        cache_dir=tmp_path / "c",
        use_cache=False,
        backoff_initial=0.01,
        backoff_max=0.02,
        timeout=0.5,
        max_attempts=3,
        max_validation_attempts=3,
    )


@pytest.mark.parametrize("name", list(CASES))
def test_endpoint_fault(name: str, server: OpenAIServer, tmp_path: Path) -> None:
    case = CASES[name]
    server.script(*case.script)
    server.responder = None  # anything beyond the script is a failure of the test
    with Extractor(settings=settings(server, tmp_path)) as ex:
        if case.error is None:
            record = ex.extract(TEXT, article_id="a1")
        else:
            with pytest.raises(case.error) as caught:
                ex.extract(TEXT, article_id="a1")
    assert len(server.completion_requests) == case.requests
    if case.error is None:
        assert record.statistics[0].value == 14
        assert record.provenance is not None
        usage = record.provenance.usage
        assert record.provenance.attempts == case.answers
    else:
        err = caught.value
        assert case.says in err.one_line()
        assert err.article_id == "a1"
        assert err.cause == case.error.__name__
        usage = err.usage
    # every request is counted, failed ones included; tokens only for the answers received
    assert usage.requests == case.requests
    answered_tokens = sum(
        TOKENS
        for a in case.script[: case.requests]
        if isinstance(a, Reply) and not a.delay and not a.empty_choices
    )
    if not any(isinstance(a, Reply) and a.empty_choices for a in case.script):
        assert usage.total_tokens == answered_tokens
    if case.reask_says:
        last = server.completion_requests[-1].messages
        assert case.reask_says in json.dumps(last), "the re-ask does not carry the reason"


def test_retries_stay_within_the_time_bound(server: OpenAIServer, tmp_path: Path) -> None:
    """A Retry-After beyond the total retry budget fails at once instead of sleeping."""
    server.script(Fault.http(429, retry_after=600))
    s = settings(server, tmp_path).with_(max_retry_seconds=5)
    with Extractor(settings=s) as ex, pytest.raises(TransportError) as caught:
        ex.extract(TEXT, article_id="a1")
    assert len(server.completion_requests) == 1
    assert "rate limited" in caught.value.one_line()
