"""The loopback Batch API's wire shapes, on plain values (``testing/batch_wire.py``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from extractor.testing import BatchPlan
from extractor.testing.batch_wire import (
    ENDPOINT,
    create_problem,
    parse_multipart,
    usage_of,
    validate_lines,
)


def line(custom_id: Any = "a", **changes: Any) -> bytes:
    body = {"model": "m", "messages": []}
    row = {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body, **changes}
    return json.dumps(row).encode()


@pytest.mark.parametrize(
    ("data", "code", "param"),
    [
        (b"\xff\xfe{}", "invalid_json_line", None),  # not UTF-8
        (b"[1, 2]", "invalid_json_line", None),  # JSON, but not an object
        (b"null", "invalid_json_line", None),
        (line(custom_id=7), "invalid_custom_id", "custom_id"),
        (line(custom_id=""), "invalid_custom_id", "custom_id"),
        (line(body=[]), "missing_required_parameter", "body.model"),
        (line(body={"messages": []}), "missing_required_parameter", "body.model"),
        (line(method="post"), "invalid_method", "method"),
        (line(url="/chat/completions"), "url_mismatch", "url"),
        (b"\n \n", "empty_file", None),
        (b"", "empty_file", None),
    ],
)
def test_each_bad_input_is_one_error_naming_its_code(
    data: bytes, code: str, param: str | None
) -> None:
    lines, errors = validate_lines(data, ENDPOINT)
    assert [(e["code"], e["param"]) for e in errors] == [(code, param)]
    assert errors[0]["message"]


def test_blank_lines_are_skipped_and_line_numbers_count_them() -> None:
    data = line("a") + b"\n\n" + line("a") + b"\r\n" + line("b") + b"\n"
    lines, errors = validate_lines(data, ENDPOINT)
    assert [(e["code"], e["line"]) for e in errors] == [("duplicate_custom_id", 3)]
    assert [x["custom_id"] for x in lines] == ["a", "a", "b"]


def test_a_good_file_has_every_line_and_no_error() -> None:
    lines, errors = validate_lines(line("a") + b"\n" + line("b"), ENDPOINT)
    assert errors == [] and [x["custom_id"] for x in lines] == ["a", "b"]


GOOD = {"input_file_id": "file-1", "endpoint": ENDPOINT, "completion_window": "24h"}


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ([], "JSON object"),
        ({k: v for k, v in GOOD.items() if k != "endpoint"}, "'endpoint'"),
        ({**GOOD, "endpoint": "/v1/embeddings"}, "/v1/embeddings"),
        ({**GOOD, "completion_window": "48h"}, "48h"),
        ({**GOOD, "metadata": {"k": 1}}, "'k'"),
        ({**GOOD, "metadata": {"k" * 65: "v"}}, "64"),
        ({**GOOD, "metadata": {str(i): "v" for i in range(17)}}, "16"),
        ({**GOOD, "metadata": "run 7"}, "16"),
        ({**GOOD, "metadata": {"run": "7"}}, None),
        (GOOD, None),
    ],
)
def test_create_problems_name_the_parameter(body: Any, needle: str | None) -> None:
    problem = create_problem(body)
    if needle is None:
        assert problem is None
    else:
        assert problem is not None and needle in problem


def test_multipart_fields_and_file_bytes_come_back_exactly() -> None:
    data = b"line one\r\n--not-the-boundary\r\n\x00\xff"
    raw = (
        b'--XyZ\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="in.jsonl"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n--XyZ--\r\n"
    )
    fields = parse_multipart("multipart/form-data; boundary=XyZ", raw)
    assert fields == {"purpose": (None, b"batch"), "file": ("in.jsonl", data)}
    assert parse_multipart("multipart/form-data", b"junk") == {}


def test_usage_adds_up_the_tokens_of_good_lines_and_ignores_odd_ones() -> None:
    def row(usage: Any) -> dict[str, Any]:
        return {"response": {"status_code": 200, "body": {"usage": usage}}}

    rows = [
        row({"prompt_tokens": 3, "completion_tokens": 4}),
        row({"prompt_tokens": "lots", "completion_tokens": True}),
        row("lots"),
        {"response": None},
        row({"prompt_tokens": 10, "completion_tokens": 1}),
    ]
    usage = usage_of(rows)
    assert (usage["input_tokens"], usage["output_tokens"], usage["total_tokens"]) == (13, 5, 18)


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"expire_after": -1}, "expire_after"),
        ({"slow": -2}, "slow"),
        ({"lines_per_poll": 0}, "lines_per_poll"),
    ],
)
def test_a_plan_that_could_never_finish_is_refused(changes: dict[str, int], needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        BatchPlan(**changes)
