"""The LLM path over real HTTP against the loopback server: modes, re-asks, retries, failures."""

from __future__ import annotations

import asyncio
import json
import pickle
import socket
from pathlib import Path
from typing import Any

import instructor
import pytest

from extractor.config import Settings
from extractor.errors import (
    AuthenticationFailed,
    ContentFiltered,
    EndpointUnreachable,
    ExtractionError,
    TransportError,
    TruncatedOutput,
)
from extractor.pipeline import Extractor, read_article
from extractor.prompts import load_prompt, render_prompt
from extractor.schema import OperationReport
from extractor.testing import Fault, OpenAIServer, RecordedRequest, Reply

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "002_346890b65dee08d5.txt"

GOOD = {
    "week_of_action": True,
    "statistics": [
        {
            "metric": "arrests",
            "value": 151,
            "area": "Eastern region",
            "evidence": "151 arrests were made",
        },
        {
            "metric": "arrests",
            "value": 25,
            "area": "Hertfordshire",
            "evidence": "In Hertfordshire, 25 arrests were made",
        },
        {
            "metric": "cash_seized",
            "value": 150000,
            "qualifier": "more_than",
            "area": "Eastern region",
            "evidence": "more than £150,000 worth of cash",
        },
    ],
    "quotes": [
        {
            "speaker": "Kelly Gray",
            "role": "Detective Inspector",
            "text": "This was another successful intensification week of action",
        }
    ],
}
UNGROUNDED = {
    "statistics": [
        {
            "metric": "arrests",
            "value": 999,
            "area": "Kent",
            "evidence": "999 people were arrested in Kent",
        }
    ],
}
INVALID = {
    "statistics": [
        {"metric": "arrests", "value": -3, "area": "Kent", "evidence": "151 arrests were made"}
    ]
}


def settings(server: OpenAIServer, tmp_path: Path, **changes: Any) -> Settings:
    """Fast, isolated settings: tiny backoff, own cache, the loopback endpoint."""
    values: dict[str, Any] = {
        "backend": "llm",
        "base_url": server.base_url,
        "api_key": "sk-test-key-0123456789",
        "model": "fake-model",
        "cache_dir": tmp_path / "cache",
        "use_cache": False,
        "backoff_initial": 0.01,
        "backoff_max": 0.05,
        "timeout": 5.0,
        "max_attempts": 3,
    }
    values.update(changes)
    return Settings(**values)


def extract(server: OpenAIServer, tmp_path: Path, **changes: Any):
    with Extractor(settings=settings(server, tmp_path, **changes)) as ex:
        return ex.extract_file(SEED)


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json"])
def test_happy_path_in_each_mode(server: OpenAIServer, tmp_path: Path, mode: str) -> None:
    server.script(Reply(record=GOOD, prompt_tokens=700, completion_tokens=90))
    report = extract(server, tmp_path, mode=mode)

    assert [s.value for s in report.statistics] == [151, 25, 150000]
    assert type(report) is OperationReport  # not instructor's run-time subclass
    assert pickle.loads(pickle.dumps(report)) == report  # batch workers can ship it
    text = SEED.read_text()
    s = report.statistics[1]
    assert text[s.evidence_start : s.evidence_end] == "In Hertfordshire, 25 arrests were made"
    assert report.quotes[0].text_start is not None
    assert report.article_id == SEED.stem
    p = report.provenance
    assert (p.backend, p.model, p.mode, p.cache_hit, p.attempts) == (
        "llm",
        "fake-model",
        mode,
        False,
        1,
    )
    assert p.prompt_version.startswith("extract_v1@")
    assert p.usage.model_dump() == {
        "requests": 1,
        "prompt_tokens": 700,
        "completion_tokens": 90,
        "total_tokens": 790,
    }
    (req,) = server.completion_requests
    assert req.mode == ("tools" if mode == "tools" else "json")
    assert req.body["model"] == "fake-model" and req.body["temperature"] == 0.0
    assert "151 people were arrested" in req.user_text  # the article went out
    if mode == "json_schema":
        assert req.body["response_format"]["type"] == "json_schema"
    if mode == "json":
        assert req.body["response_format"] == {"type": "json_object"}


@pytest.mark.parametrize(
    "bad, expected",
    [
        (UNGROUNDED, "'999 people were arrested in Kent' does not occur in the article"),
        (INVALID, "greater than or equal to 0"),
    ],
)
@pytest.mark.parametrize("mode", ["tools", "json"])
def test_reask_after_bad_answer_succeeds_and_sends_the_validation_message(
    server: OpenAIServer, tmp_path: Path, bad: dict, expected: str, mode: str
) -> None:
    server.script(
        Reply(record=bad, prompt_tokens=100, completion_tokens=10),
        Reply(record=GOOD, prompt_tokens=130, completion_tokens=20),
    )
    report = extract(server, tmp_path, mode=mode)

    assert [s.value for s in report.statistics] == [151, 25, 150000]
    first, second = server.completion_requests
    assert expected not in json.dumps(first.body["messages"])
    assert expected in json.dumps(second.body["messages"])
    assert report.provenance.attempts == 2
    assert report.provenance.usage.model_dump() == {
        "requests": 2,
        "prompt_tokens": 230,
        "completion_tokens": 30,
        "total_tokens": 260,
    }


def test_reasks_are_bounded_and_the_error_carries_spend_and_last_output(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.responder = lambda r: Reply(record=UNGROUNDED, prompt_tokens=50, completion_tokens=5)
    with pytest.raises(ExtractionError) as e:
        extract(server, tmp_path, max_validation_attempts=2)
    err = e.value
    assert len(server.completion_requests) == 2
    assert err.attempts == 2 and err.article_id == SEED.stem
    assert err.usage.model_dump() == {
        "requests": 2,
        "prompt_tokens": 100,
        "completion_tokens": 10,
        "total_tokens": 110,
    }
    assert "999 people were arrested in Kent" in err.last_output
    assert "no valid record after 2" in err.message
    assert err.__cause__ is not None


def test_429_with_retry_after_waits_then_succeeds(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(Fault.http(429, retry_after=1), Reply(record=GOOD))
    report = extract(server, tmp_path)
    first, second = server.completion_requests
    assert second.at - first.at >= 0.9  # honoured Retry-After, not the 10 ms backoff
    assert report.provenance.usage.requests == 2
    assert report.provenance.attempts == 1  # one answer; the 429 was transport


def test_500_then_success_counts_both_requests(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(
        Fault.http(500), Fault.http(503), Reply(record=GOOD, prompt_tokens=10, completion_tokens=1)
    )
    report = extract(server, tmp_path)
    assert len(server.completion_requests) == 3
    assert report.provenance.usage.model_dump() == {
        "requests": 3,
        "prompt_tokens": 10,
        "completion_tokens": 1,
        "total_tokens": 11,
    }


def test_transport_retries_apply_to_each_reask_call(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(Reply(record=UNGROUNDED), Fault.http(502), Reply(record=GOOD))
    report = extract(server, tmp_path)
    assert report.provenance.usage.requests == 3 and report.provenance.attempts == 2


def test_dropped_connection_is_retried(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(Fault.drop(), Fault.truncate(), Reply(record=GOOD))
    report = extract(server, tmp_path)
    assert report.provenance.usage.requests == 3


def test_timeout_then_success(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(Reply(record=GOOD, delay=1.5), Reply(record=GOOD))
    report = extract(server, tmp_path, timeout=0.3)
    assert len(server.completion_requests) == 2
    assert report.provenance.usage.requests == 2


def test_every_attempt_timing_out_is_endpoint_unreachable(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.responder = lambda r: Reply(record=GOOD, delay=1.0)
    with pytest.raises(EndpointUnreachable) as e:
        extract(server, tmp_path, timeout=0.2, max_attempts=2)
    assert len(server.completion_requests) == 2
    assert e.value.attempts == 2 and e.value.usage.requests == 2
    assert "no complete answer from" in e.value.message and "within 0.2s" in e.value.message


def test_retries_stop_at_max_attempts(server: OpenAIServer, tmp_path: Path) -> None:
    server.responder = lambda r: Fault.http(503)
    with pytest.raises(TransportError) as e:
        extract(server, tmp_path, max_attempts=4)
    assert len(server.completion_requests) == 4
    assert "HTTP 503 after 4 attempts" in e.value.message


def test_retry_after_beyond_the_time_budget_gives_up_at_once(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.responder = lambda r: Fault.http(429, retry_after=600)
    with pytest.raises(TransportError, match="rate limited"):
        extract(server, tmp_path, max_retry_seconds=5)
    assert len(server.completion_requests) == 1


@pytest.mark.parametrize(
    "status, error",
    [
        (400, TransportError),
        (401, AuthenticationFailed),
        (403, AuthenticationFailed),
        (404, TransportError),
    ],
)
def test_client_errors_are_not_retried(
    server: OpenAIServer, tmp_path: Path, status: int, error: type
) -> None:
    server.responder = lambda r: Fault.http(status)
    with pytest.raises(error) as e:
        extract(server, tmp_path)
    assert len(server.completion_requests) == 1
    assert e.value.attempts == 1 and e.value.hint


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json"])
def test_truncated_output_fails_after_exactly_one_request(
    server: OpenAIServer, tmp_path: Path, mode: str
) -> None:
    server.responder = lambda r: Reply(
        raw='{"statistics": [{"metric": "arr', finish_reason="length", completion_tokens=4096
    )
    with pytest.raises(TruncatedOutput) as e:
        extract(server, tmp_path, mode=mode)
    assert len(server.completion_requests) == 1
    assert e.value.usage.requests == 1 and e.value.usage.completion_tokens == 4096
    assert e.value.last_output == '{"statistics": [{"metric": "arr'
    assert "max_tokens=4096" in e.value.message


def test_content_filter_fails_after_one_request(server: OpenAIServer, tmp_path: Path) -> None:
    server.responder = lambda r: Reply(raw="", finish_reason="content_filter")
    with pytest.raises(ContentFiltered):
        extract(server, tmp_path)
    assert len(server.completion_requests) == 1


def test_no_choices_is_an_extraction_error(server: OpenAIServer, tmp_path: Path) -> None:
    server.responder = lambda r: Reply(empty_choices=True)
    with pytest.raises(ExtractionError, match="no choices"):
        extract(server, tmp_path)
    assert len(server.completion_requests) == 1


def test_refused_connection_is_endpoint_unreachable(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    s = Settings(
        backend="llm",
        base_url=f"http://user:pw@127.0.0.1:{port}/v1",
        api_key="k",
        use_cache=False,
        max_attempts=2,
        backoff_initial=0.01,
        backoff_max=0.02,
    )
    with Extractor(settings=s) as ex, pytest.raises(EndpointUnreachable) as e:
        ex.extract_file(SEED)
    assert f"cannot reach http://127.0.0.1:{port}/v1" in e.value.message
    assert "pw" not in e.value.one_line()
    assert e.value.attempts == 2 and "--base-url" in e.value.hint


def test_article_text_reaches_the_model_verbatim_despite_template_syntax(
    server: OpenAIServer, tmp_path: Path
) -> None:
    text = "Police said {{ 7 * 6 }} arrests {% raw %}x{% endraw %} {# note #} were made in Kent."
    server.script(
        Reply(
            record={
                "statistics": [
                    {
                        "metric": "other",
                        "label": "odd",
                        "value": 6,
                        "area": "Kent",
                        "evidence": "{{ 7 * 6 }} arrests {% raw %}x{% endraw %}",
                    }
                ]
            }
        )
    )
    with Extractor(settings=settings(server, tmp_path)) as ex:
        report = ex.extract(text, article_id="t")
    sent = server.completion_requests[0].messages
    rendered = render_prompt(load_prompt("extract_v1"), text=text, published=None)
    assert [m["content"] for m in sent] == [m["content"] for m in rendered]  # byte for byte
    assert report.statistics[0].evidence_start == text.index("{{")


def test_instructor_templating_is_skipped_for_our_final_messages() -> None:
    """The installed instructor takes the fast path; the fallback is the raw-block wrap."""
    from extractor.llm import request

    assert request.TEMPLATING_SKIPPED
    from instructor.v2.core import patch

    ctx = {"article": "x", request.VERBATIM_KEY: True}
    kwargs = {"messages": [{"role": "user", "content": "{{ 1 + 1 }}"}]}
    assert patch.handle_templating(kwargs, mode=None, context=ctx) is kwargs
    templated = patch.handle_templating(kwargs, mode=instructor.Mode.TOOLS, context={"a": 1})
    assert templated["messages"][0]["content"] == "2"  # other callers are still templated


def test_concurrent_aextract_keeps_each_articles_usage_apart(tmp_path: Path) -> None:
    """32 at once on one loop: every record is its own article's, with its own request count."""

    def respond(req: RecordedRequest) -> Reply:
        n = req.user_text.split("Article number ")[1].split(".")[0]
        return Reply(
            record={
                "statistics": [
                    {
                        "metric": "arrests",
                        "value": int(n),
                        "area": "Kent",
                        "evidence": f"{n} arrests",
                    }
                ]
            },
            prompt_tokens=int(n),
            completion_tokens=1,
            delay=0.05,
        )

    async def run(s: Settings) -> list:
        async with Extractor(settings=s) as ex:
            texts = [f"Article number {n}. Police made {n} arrests." for n in range(32)]
            return await asyncio.gather(
                *(ex.aextract(t, article_id=f"a{n}") for n, t in enumerate(texts))
            )

    with OpenAIServer(respond) as server:
        reports = asyncio.run(run(settings(server, tmp_path)))
        assert len(server.completion_requests) == 32
    for n, r in enumerate(reports):
        assert r.article_id == f"a{n}" and r.statistics[0].value == n
        assert r.provenance.usage.requests == 1 and r.provenance.usage.prompt_tokens == n


def test_async_works_across_separate_event_loops(server: OpenAIServer, tmp_path: Path) -> None:
    server.responder = lambda r: Reply(record=GOOD)
    ex = Extractor(settings=settings(server, tmp_path))
    article = read_article(SEED)
    for _ in range(2):  # a pool bound to the first loop must not be reused on the second
        report = asyncio.run(ex.aextract_article(article))
        assert report.statistics[0].value == 151
    ex.close()
    assert len(server.completion_requests) == 2


def test_published_comes_from_the_article_not_the_model(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.script(
        Reply(record={**GOOD, "published": "1999-01-01"}),
        Reply(record={**UNGROUNDED, "statistics": [], "published": "1999-01-01"}),
    )
    report = extract(server, tmp_path)  # the seed has a date line
    assert str(report.published) == "2022-03-18"
    with Extractor(settings=settings(server, tmp_path)) as ex:  # no date line: null
        assert ex.extract("In total 151 arrests were made.", article_id="x").published is None


def test_instructor_usage_accounting_and_model_preparation_are_skipped_for_ours_only() -> None:
    from instructor.v2.core import response_model
    from instructor.v2.core import retry as instructor_retry
    from openai.types import CompletionUsage

    from extractor.llm import request
    from extractor.llm.ledger import CallLedger, ledger_var

    assert request.USAGE_ACCOUNTING_SKIPPED and request.MODEL_PREPARED_ONCE
    usage = CompletionUsage(prompt_tokens=3, completion_tokens=2, total_tokens=5)

    class Response:
        pass

    response = Response()
    response.usage = usage  # type: ignore[attr-defined]
    total = CompletionUsage(prompt_tokens=0, completion_tokens=0, total_tokens=0)
    # anyone else's call: instructor counts as before
    assert instructor_retry.has_compatible_usage(response, total)
    instructor_retry.update_total_usage(response=response, total_usage=total)
    assert total.total_tokens == 5
    # inside one of our extractions: our ledger counts, instructor does not
    token = ledger_var.set(CallLedger())
    try:
        assert not instructor_retry.has_compatible_usage(response, total)
        instructor_retry.update_total_usage(response=response, total_usage=total)
    finally:
        ledger_var.reset(token)
    assert total.total_tokens == 5
    assert response_model.prepare_response_model(request.RESPONSE_MODEL) is request.RESPONSE_MODEL
    other = response_model.prepare_response_model(list[OperationReport])
    assert other is not None and other is not request.RESPONSE_MODEL
