"""The loopback server's Files and Batches endpoints, driven by the real openai SDK."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import openai
import openai.resources  # noqa: F401  (the SDK imports them on first use: ~1 s here)
import pytest

from extractor.testing import BatchPlan, Fault, OpenAIServer, Reply

URL = "/v1/chat/completions"


def line(custom_id: str, text: str = "hi", **changes: Any) -> dict[str, Any]:
    body = {"model": "m", "messages": [{"role": "user", "content": text}]}
    return {"custom_id": custom_id, "method": "POST", "url": URL, "body": body, **changes}


def jsonl(*lines: dict[str, Any] | str) -> bytes:
    return "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines).encode()


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(lambda r: Reply(record={"echo": r.user_text})) as s:
        yield s


@pytest.fixture
def client(server: OpenAIServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key="sk-batch", base_url=server.base_url, max_retries=0) as c:
        yield c


def submit(client: openai.OpenAI, data: bytes, **kwargs: Any) -> Any:
    upload = client.files.create(file=("in.jsonl", data), purpose="batch")
    return client.batches.create(
        input_file_id=upload.id, endpoint=URL, completion_window="24h", **kwargs
    )


def poll(client: openai.OpenAI, batch_id: str, times: int) -> list[str]:
    return [client.batches.retrieve(batch_id).status for _ in range(times)]


def rows(client: openai.OpenAI, file_id: str | None) -> list[dict[str, Any]]:
    assert file_id is not None
    return [json.loads(x) for x in client.files.content(file_id).text.splitlines()]


def test_files_upload_retrieve_download_list_delete(client: openai.OpenAI) -> None:
    data = jsonl(line("a"), line("b"))
    up = client.files.create(file=("in.jsonl", data), purpose="batch")
    assert up.id.startswith("file-") and up.object == "file"
    assert (up.bytes, up.filename, up.purpose, up.status) == (
        len(data),
        "in.jsonl",
        "batch",
        "processed",
    )
    assert client.files.retrieve(up.id) == up
    assert client.files.content(up.id).content == data
    assert [f.id for f in client.files.list()] == [up.id]
    gone = client.files.delete(up.id)
    assert (gone.id, gone.deleted) == (up.id, True)
    with pytest.raises(openai.NotFoundError, match=up.id):
        client.files.retrieve(up.id)


def test_a_batch_runs_through_its_stages_one_poll_each(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "live"}])
    batch = submit(client, jsonl(line("a", "one"), line("b", "two")), metadata={"run": "7"})
    assert (batch.status, batch.object, batch.metadata) == ("validating", "batch", {"run": "7"})
    assert poll(client, batch.id, 3) == ["in_progress", "finalizing", "completed"]
    done = client.batches.retrieve(batch.id)
    assert done.request_counts is not None
    assert (done.request_counts.total, done.request_counts.completed) == (2, 2)
    assert done.error_file_id is None and done.model == "m"
    assert done.in_progress_at and done.finalizing_at and done.completed_at and done.expires_at
    out = rows(client, done.output_file_id)
    assert [r["custom_id"] for r in out] == ["a", "b"]
    assert out[0]["id"].startswith("batch_req_") and out[0]["error"] is None
    assert out[0]["response"]["status_code"] == 200
    answer = out[1]["response"]["body"]
    assert answer["object"] == "chat.completion"
    assert json.loads(answer["choices"][0]["message"]["content"]) == {"echo": "two"}
    live, *lines = server.completion_requests
    assert (live.batch_id, live.custom_id) == (None, None)
    assert [(r.batch_id, r.custom_id) for r in lines] == [(batch.id, "a"), (batch.id, "b")]
    assert lines[0].body == line("a", "one")["body"]


def test_polls_per_stage_zero_completes_on_the_first_poll(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    server.batches.polls_per_stage = 0
    batch = submit(client, jsonl(line("a")))
    assert poll(client, batch.id, 1) == ["completed"]


def test_failed_lines_go_to_the_error_file(server: OpenAIServer, client: openai.OpenAI) -> None:
    server.script(Fault.http(500), Reply(record={"n": 1}), Fault.drop())
    batch = submit(client, jsonl(line("a"), line("b"), line("c")))
    poll(client, batch.id, 3)
    done = client.batches.retrieve(batch.id)
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (1, 2)
    assert [r["custom_id"] for r in rows(client, done.output_file_id)] == ["b"]
    http, dropped = rows(client, done.error_file_id)
    assert http["custom_id"] == "a" and http["error"] is None
    assert http["response"]["status_code"] == 500
    assert "error" in http["response"]["body"]
    assert dropped["custom_id"] == "c" and dropped["response"] is None
    assert dropped["error"]["code"] == "server_error"


def test_a_bad_input_file_fails_validation_with_one_error_per_problem(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    data = jsonl(
        line("a"),
        "{not json",
        line("a"),
        line("c", url="/v1/embeddings"),
        line("d", method="GET"),
        {"custom_id": "e", "method": "POST", "url": URL},
        line("f", body={"model": "other", "messages": []}),
    )
    batch = submit(client, data)
    assert poll(client, batch.id, 1) == ["failed"]
    failed = client.batches.retrieve(batch.id)
    assert failed.failed_at and failed.errors and failed.errors.data
    found = [(e.code, e.line) for e in failed.errors.data]
    assert found == [
        ("invalid_json_line", 2),
        ("duplicate_custom_id", 3),
        ("url_mismatch", 4),
        ("invalid_method", 5),
        ("missing_required_parameter", 6),
        ("model_mismatch", 7),
    ]
    assert failed.errors.data[4].param == "body"
    assert failed.output_file_id is None and server.completion_requests == []


def test_an_empty_file_and_a_scripted_failure_fail_validation(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    empty = submit(client, b"\n")
    server.batches.script(BatchPlan(fail_code="token_limit_exceeded", fail_message="too big"))
    scripted = submit(client, jsonl(line("a")))
    assert poll(client, empty.id, 1) == poll(client, scripted.id, 1) == ["failed"]
    errors = client.batches.retrieve(empty.id).errors
    assert errors and errors.data and errors.data[0].code == "empty_file"
    errors = client.batches.retrieve(scripted.id).errors
    assert (
        errors
        and errors.data
        and (errors.data[0].code, errors.data[0].message)
        == (
            "token_limit_exceeded",
            "too big",
        )
    )


def test_an_expired_batch_keeps_its_output_and_marks_the_rest_expired(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    server.batches.script(BatchPlan(expire_after=2))
    batch = submit(client, jsonl(line("a"), line("b"), line("c"), line("d")))
    assert poll(client, batch.id, 2) == ["in_progress", "expired"]
    expired = client.batches.retrieve(batch.id)
    assert expired.expired_at and expired.completed_at is None
    assert [r["custom_id"] for r in rows(client, expired.output_file_id)] == ["a", "b"]
    lost = rows(client, expired.error_file_id)
    assert [(r["custom_id"], r["error"]["code"]) for r in lost] == [
        ("c", "batch_expired"),
        ("d", "batch_expired"),
    ]
    assert expired.request_counts is not None
    assert (expired.request_counts.completed, expired.request_counts.failed) == (2, 2)
    assert len(server.completion_requests) == 2


def test_a_cancelled_batch_keeps_the_lines_done_so_far(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    server.batches.script(BatchPlan(lines_per_poll=1))
    batch = submit(client, jsonl(line("a"), line("b"), line("c")))
    assert poll(client, batch.id, 2) == ["in_progress", "in_progress"]
    cancelling = client.batches.cancel(batch.id)
    assert cancelling.status == "cancelling" and cancelling.cancelling_at
    assert poll(client, batch.id, 2) == ["cancelled", "cancelled"]
    cancelled = client.batches.retrieve(batch.id)
    assert cancelled.cancelled_at and cancelled.request_counts is not None
    assert cancelled.request_counts.total == 3 and cancelled.request_counts.completed == 1
    assert [r["custom_id"] for r in rows(client, cancelled.output_file_id)] == ["a"]
    assert [r.custom_id for r in server.completion_requests] == ["a"]
    with pytest.raises(openai.ConflictError, match="cancelled"):
        client.batches.cancel(batch.id)


def test_a_slow_batch_stays_in_progress(server: OpenAIServer, client: openai.OpenAI) -> None:
    server.batches.script(BatchPlan(slow=2))
    batch = submit(client, jsonl(line("a")))
    assert poll(client, batch.id, 5) == ["in_progress"] * 3 + ["finalizing", "completed"]


def test_batches_can_advance_by_time_instead_of_polls(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    server.batches.seconds_per_stage = 60.0
    batch = submit(client, jsonl(line("a")))
    assert poll(client, batch.id, 4) == ["validating"] * 4  # polls alone do not advance it
    server.batches.seconds_per_stage = 0.01
    time.sleep(0.05)  # five periods: three stages due
    assert poll(client, batch.id, 1) == ["completed"]


def test_list_pages_newest_first(client: openai.OpenAI) -> None:
    ids = [submit(client, jsonl(line("a"))).id for _ in range(3)]
    page = client.batches.list(limit=2)
    assert [b.id for b in page.data] == ids[:0:-1] and page.has_more
    assert [b.id for b in client.batches.list(limit=2)] == ids[::-1]  # auto-paging
    rest = client.batches.list(limit=2, after=ids[1])
    assert [b.id for b in rest.data] == [ids[0]] and not rest.has_more


def test_http_faults_on_the_batch_endpoints_then_success(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    server.batches.fail_calls(Fault.http(429, retry_after=7), on="POST /batches")
    server.batches.fail_calls(Fault.http(500), on="POST /files")
    with pytest.raises(openai.InternalServerError):
        client.files.create(file=("in.jsonl", jsonl(line("a"))), purpose="batch")
    upload = client.files.create(file=("in.jsonl", jsonl(line("a"))), purpose="batch")
    with pytest.raises(openai.RateLimitError) as caught:
        client.batches.create(input_file_id=upload.id, endpoint=URL, completion_window="24h")
    assert caught.value.response.headers["retry-after"] == "7"
    batch = client.batches.create(input_file_id=upload.id, endpoint=URL, completion_window="24h")
    assert batch.status == "validating"
    calls = [(c.method, c.path) for c in server.batches.calls]
    assert calls == [("POST", "/v1/files")] * 2 + [("POST", "/v1/batches")] * 2
    assert server.batches.calls[-1].body["input_file_id"] == upload.id


@pytest.mark.parametrize(
    ("changes", "error", "needle"),
    [
        ({"input_file_id": "file-nope"}, openai.NotFoundError, "file-nope"),
        ({"endpoint": "/v1/embeddings"}, openai.BadRequestError, "endpoint"),
        ({"completion_window": "1h"}, openai.BadRequestError, "completion_window"),
    ],
)
def test_a_bad_create_is_refused_naming_the_problem(
    client: openai.OpenAI, changes: dict[str, Any], error: type[Exception], needle: str
) -> None:
    upload = client.files.create(file=("in.jsonl", jsonl(line("a"))), purpose="batch")
    params: dict[str, Any] = {
        "input_file_id": upload.id, "endpoint": URL, "completion_window": "24h", **changes
    }  # fmt: skip
    with pytest.raises(error, match=needle):
        client.batches.create(**params)


def test_an_upload_for_batch_must_be_jsonl(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError, match="jsonl"):
        client.files.create(file=("in.txt", b"{}"), purpose="batch")


def test_a_fault_on_a_retrieve_is_not_a_poll(server: OpenAIServer, client: openai.OpenAI) -> None:
    batch = submit(client, jsonl(line("a")))
    server.batches.fail_calls(Fault.http(503), Fault.drop(), on="GET /batches/")
    with pytest.raises(openai.InternalServerError):
        client.batches.retrieve(batch.id)
    with pytest.raises(openai.APIConnectionError):
        client.batches.retrieve(batch.id)
    assert poll(client, batch.id, 3) == ["in_progress", "finalizing", "completed"]


def test_a_slow_call_times_out_and_the_next_one_answers(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    server.batches.fail_calls(Fault.http(500, delay=0.5), on="GET /files")
    with pytest.raises(openai.APITimeoutError):
        client.with_options(timeout=0.1).files.list()
    assert list(client.with_options(timeout=0.1).files.list()) == []


def test_deleting_the_input_file_does_not_change_a_batch(client: openai.OpenAI) -> None:
    batch = submit(client, jsonl(line("a")))
    client.files.delete(batch.input_file_id)
    assert poll(client, batch.id, 3)[-1] == "completed"
    done = client.batches.retrieve(batch.id)
    assert [r["custom_id"] for r in rows(client, done.output_file_id)] == ["a"]


def test_a_batch_cancelled_while_validating_runs_no_line(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    batch = submit(client, jsonl(line("a")))
    assert client.batches.cancel(batch.id).status == "cancelling"
    assert poll(client, batch.id, 1) == ["cancelled"]
    done = client.batches.retrieve(batch.id)
    assert done.output_file_id is done.error_file_id is None
    assert server.completion_requests == []


def test_expire_after_zero_runs_no_line(server: OpenAIServer, client: openai.OpenAI) -> None:
    server.batches.script(BatchPlan(expire_after=0))
    batch = submit(client, jsonl(line("a"), line("b")))
    assert poll(client, batch.id, 2) == ["in_progress", "expired"]
    expired = client.batches.retrieve(batch.id)
    assert expired.output_file_id is None and len(rows(client, expired.error_file_id)) == 2
    assert server.completion_requests == []


@pytest.mark.parametrize(
    ("upload", "needle"),
    [
        ({"file": ("in.jsonl", b"{}"), "purpose": "nonsense"}, "purpose"),
        ({"file": ("in.txt", b"{}"), "purpose": "batch"}, "jsonl"),
    ],
)
def test_a_bad_upload_is_refused_naming_the_problem(
    client: openai.OpenAI, upload: dict[str, Any], needle: str
) -> None:
    with pytest.raises(openai.BadRequestError, match=needle):
        client.files.create(**upload)


def test_bad_calls_get_a_clear_error(server: OpenAIServer, client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError, match="limit"):
        client.batches.list(limit=0)
    with pytest.raises(openai.NotFoundError, match="batch_nope"):
        client.batches.retrieve("batch_nope")
    with httpx2.Client(base_url=server.base_url) as http:
        answers = {
            "not multipart": http.post("/files", json={"purpose": "batch"}),
            "no file": http.post("/files", files={"purpose": (None, b"batch")}),
            "not JSON": http.post("/batches", content=b"{nope"),
            "no route": http.post("/files/file-1/content"),
        }
    found = {k: (r.status_code, r.json()["error"]["message"]) for k, r in answers.items()}
    assert found["not multipart"][0] == 400 and "multipart" in found["not multipart"][1]
    assert found["no file"] == (400, "Missing required parameter: 'file'.")
    assert found["not JSON"][0] == 400 and "POST /v1/batches" in found["not JSON"][1]
    assert found["no route"][0] == 404
    up = client.files.create(file=("notes.txt", b"x"), purpose="user_data")
    assert [f.id for f in client.files.list(purpose="batch")] == []
    with pytest.raises(openai.BadRequestError, match="purpose 'batch'"):
        client.batches.create(input_file_id=up.id, endpoint=URL, completion_window="24h")


def test_the_async_client_runs_a_batch_too(server: OpenAIServer) -> None:
    async def go() -> list[str]:
        async with openai.AsyncOpenAI(
            api_key="sk-batch", base_url=server.base_url, max_retries=0
        ) as client:
            up = await client.files.create(file=("in.jsonl", jsonl(line("a"))), purpose="batch")
            batch = await client.batches.create(
                input_file_id=up.id, endpoint=URL, completion_window="24h"
            )
            statuses = [(await client.batches.retrieve(batch.id)).status for _ in range(3)]
            listed = [b.id async for b in client.batches.list()]
            assert listed == [batch.id]
            return statuses

    assert asyncio.run(go()) == ["in_progress", "finalizing", "completed"]


def test_a_line_with_tools_is_answered_with_a_tool_call_as_live(
    server: OpenAIServer, client: openai.OpenAI
) -> None:
    tools = [{"type": "function", "function": {"name": "Report", "parameters": {}}}]
    with_tools = line("t")
    with_tools["body"]["tools"] = tools
    server.script(Reply(record={"n": 1}))
    batch = submit(client, jsonl(with_tools))
    poll(client, batch.id, 3)
    (out,) = rows(client, client.batches.retrieve(batch.id).output_file_id)
    call = out["response"]["body"]["choices"][0]["message"]["tool_calls"][0]["function"]
    assert (call["name"], json.loads(call["arguments"])) == ("Report", {"n": 1})
    assert server.completion_requests[0].mode == "tools"
