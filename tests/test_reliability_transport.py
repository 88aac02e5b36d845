"""Hostile answers over real HTTP: dripped, endless, bombs, huge and non-JSON bodies.

Each must end in a clear error within its bound, whatever the server does: a
deadline per request (``timeout``) and per article (``article_timeout``), and a
cap on the decompressed answer (``max_response_bytes``) enforced while reading.
Every test is bounded: the call runs in a thread that must finish in time.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from extractor.config import Settings
from extractor.errors import EndpointUnreachable, ExtractorError, TransportError
from extractor.pipeline import Extractor
from extractor.testing import Fault, OpenAIServer, Reply

ROOT = Path(__file__).resolve().parent.parent
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


def settings(server: OpenAIServer, tmp_path: Path, **more: Any) -> Settings:
    values: dict[str, Any] = dict(
        backend="llm",
        base_url=server.base_url,
        api_key="sk-test-transport",
        model="fake-model",
        cache_dir=tmp_path / "c",
        use_cache=False,
        backoff_initial=0.01,
        backoff_max=0.02,
        timeout=1.5,
        max_attempts=1,
    )
    values.update(more)
    return Settings(**values)


def within(seconds: float, call: Callable[[], Any]) -> tuple[Any, BaseException | None, float]:
    """Run ``call`` in a thread; fail the test if it is still running after ``seconds``."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    started = time.monotonic()
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    elapsed = time.monotonic() - started
    assert not worker.is_alive(), f"still running after {seconds}s: the bound is not enforced"
    return box.get("value"), box.get("error"), elapsed


def extract_sync(s: Settings) -> Callable[[], Any]:
    """The extraction as a call; the client is built first, so the call times only the work."""
    ex = Extractor(settings=s)
    ex.backend._client()  # type: ignore[attr-defined] - made on first use; not what is timed

    def call() -> Any:
        with ex:
            return ex.extract(TEXT, article_id="a1")

    return call


def extract_async(s: Settings) -> Callable[[], Any]:
    ex = Extractor(settings=s)
    ex.backend._client()  # type: ignore[attr-defined]

    async def go() -> Any:
        async with ex:
            return await ex.aextract(TEXT, article_id="a1")

    return lambda: asyncio.run(go())


# -- item 5: deadlines ---------------------------------------------------------------------
@pytest.mark.parametrize("path", ["sync", "async"])
@pytest.mark.parametrize("fault", ["drip", "endless"])
def test_a_request_ends_at_its_deadline_whatever_the_server_sends(
    fault: str, path: str, server: OpenAIServer, tmp_path: Path
) -> None:
    server.script(Fault.drip(0.05) if fault == "drip" else Fault.endless(0.01, chunk=64))
    s = settings(server, tmp_path, timeout=1.5)
    call = extract_sync(s) if path == "sync" else extract_async(s)
    _, error, elapsed = within(8, call)
    assert isinstance(error, EndpointUnreachable), error
    assert "no complete answer" in error.one_line() and "within 1.5s" in error.one_line()
    assert elapsed < 1.5 + 3.0  # the deadline, plus first-use slack on a loaded machine
    assert len(server.completion_requests) == 1


def test_the_article_deadline_bounds_all_its_retries(server: OpenAIServer, tmp_path: Path) -> None:
    server.responder = lambda r: Fault.drip(0.05)
    s = settings(server, tmp_path, timeout=1.0, max_attempts=5, article_timeout=2.0)
    _, error, elapsed = within(10, extract_sync(s))
    assert isinstance(error, TransportError), error
    assert "article deadline of 2s" in error.one_line()
    assert elapsed < 2.0 + 3.0
    assert 2 <= len(server.completion_requests) <= 3  # 5 attempts would take 5 s


def test_the_cli_stops_a_dripping_server_at_the_timeout(server: OpenAIServer) -> None:
    """The attack: EXTRACTOR_TIMEOUT=2 with one attempt ran for 75 s and more."""
    server.responder = lambda r: Fault.drip(0.05)
    env = {
        **os.environ,
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": "x",
        "EXTRACTOR_TIMEOUT": "2",
        "EXTRACTOR_MAX_ATTEMPTS": "1",
        "EXTRACTOR_CACHE_DIR": str(ROOT / ".pytest_cache" / "transport-cli"),
    }
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "extractor",
            "extract",
            "--no-cache",
            "seeds/002_346890b65dee08d5.txt",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    wall = time.monotonic() - started
    assert done.returncode == 4, done.stderr
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "no complete answer" in errors[0], done.stderr
    assert wall < 15  # 2 s of deadline; the rest is a cold interpreter on a shared machine


# -- item 6: the size of an answer ---------------------------------------------------------
@pytest.mark.parametrize(
    "fault, cap",
    [
        (Fault.bomb(64 * 1024 * 1024), None),  # 64 MiB from ~64 KB of gzip
        (Fault.huge(150 * 1024 * 1024), None),  # 150 MiB with an honest Content-Length
        (Fault.endless(0.0, chunk=16 * 1024), 256 * 1024),  # no length: counted while reading
    ],
    ids=["gzip bomb", "huge body", "endless fast stream"],
)
def test_an_answer_larger_than_the_cap_fails_at_once_and_is_not_retried(
    fault: Fault, cap: int | None, server: OpenAIServer, tmp_path: Path
) -> None:
    server.script(fault)
    server.responder = lambda r: Reply(record=GOOD)  # a retry would succeed: there must be none
    more = {"max_response_bytes": cap} if cap else {}
    s = settings(server, tmp_path, timeout=30.0, max_attempts=3, **more)
    _, error, elapsed = within(10, extract_sync(s))
    assert isinstance(error, TransportError), error
    limit = cap or 4 * 1024 * 1024
    assert f"larger than the {limit:,}-byte limit" in error.one_line()
    assert "EXTRACTOR_MAX_RESPONSE_BYTES" in error.one_line()
    assert len(server.completion_requests) == 1
    assert elapsed < 8  # stopped while reading, not after a 30 s timeout


def test_an_answer_just_under_the_cap_is_read(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(Reply(record=GOOD, patch={"padding": "x" * 50_000}))
    s = settings(server, tmp_path, max_response_bytes=64 * 1024)
    record, error, _ = within(10, extract_sync(s))
    assert error is None and record.statistics[0].value == 14


# -- item 13: what the server sent -----------------------------------------------------------
NOT_JSON = {
    "an HTML page": (
        Fault.raw("<!DOCTYPE html><html><body>Gateway</body></html>", content_type="text/html"),
        ["text/html", "<!DOCTYPE html>"],
    ),
    "an SSE stream": (
        Fault.raw('data: {"id": "x"}\n\ndata: [DONE]\n\n', content_type="text/event-stream"),
        ["text/event-stream", "data: "],
    ),
    "an empty body": (Fault.raw(b""), ["an empty body"]),
    "malformed JSON": (Fault.raw('{"id": "x", "choi'), ["not valid JSON", '{"id": "x"']),
    "a JSON list": (Fault.raw("[1, 2]"), ["not a JSON object", "[1, 2]"]),
}


@pytest.mark.parametrize("name", list(NOT_JSON))
def test_a_200_that_is_not_json_names_what_came_and_is_not_asked_again(
    name: str, server: OpenAIServer, tmp_path: Path
) -> None:
    fault, words = NOT_JSON[name]
    server.script(fault)
    server.responder = lambda r: Reply(record=GOOD)
    s = settings(server, tmp_path, max_attempts=3, max_validation_attempts=3)
    _, error, _ = within(10, extract_sync(s))
    assert isinstance(error, TransportError), error
    line = error.one_line()
    assert "answered 200 with" in line and all(w in line for w in words), line
    assert "model may have failed to load" not in line and "stronger model" not in line
    assert len(server.completion_requests) == 1
    assert error.exit_code == 4


@pytest.mark.parametrize(
    "body, words",
    [
        (Fault.raw("{}"), ["no 'choices'", "{}"]),
        (Reply(record=GOOD, patch={"choices": None}), ["no 'choices'", '"choices": null']),
        (Reply(record=GOOD, patch={"choices": "none"}), ["no 'choices'"]),
    ],
    ids=["empty object", "choices null", "choices a string"],
)
def test_a_json_200_that_is_not_a_completion_says_so(
    body: Any, words: list[str], server: OpenAIServer, tmp_path: Path
) -> None:
    server.script(body)
    server.responder = lambda r: Reply(record=GOOD)
    s = settings(server, tmp_path, max_attempts=3, max_validation_attempts=3)
    _, error, _ = within(10, extract_sync(s))
    assert isinstance(error, TransportError), error
    line = error.one_line()
    assert "not a chat completion" in line and all(w in line for w in words), line
    assert "NoneType" not in line and "stronger model" not in line
    assert len(server.completion_requests) == 1


@pytest.mark.parametrize("usage", ["lots", {"prompt_tokens": "many"}, [1, 2], None])
def test_a_malformed_usage_keeps_the_record_with_a_warning(
    usage: Any, server: OpenAIServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Reply(record=GOOD, patch={"usage": usage}))
    server.responder = None
    s = settings(server, tmp_path)
    with caplog.at_level(logging.WARNING, logger="extractor"):
        record, error, _ = within(10, extract_sync(s))
    assert error is None, error
    assert record.statistics[0].value == 14
    assert record.provenance.usage.requests == 1
    assert record.provenance.usage.total_tokens == 0  # unknown, not invented
    if usage is not None:
        assert any("usage" in r.getMessage() for r in caplog.records if r.levelno >= 30)
    assert len(server.completion_requests) == 1


def test_errors_here_are_extractor_errors() -> None:
    assert issubclass(TransportError, ExtractorError)
