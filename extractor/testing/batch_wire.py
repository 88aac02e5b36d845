"""What OpenAI's Files and Batches endpoints put on the wire: pure functions.

Kept apart from ``batches.py`` (the server's state and lifecycle) so that each
shape is tested on plain values and the stateful module stays small.
"""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
ENDPOINT = "/v1/chat/completions"
EXPIRED = (
    "batch_expired",
    "This request could not be executed before the completion window expired.",
)
LINE_KEYS = ("custom_id", "method", "url", "body")


def parse_multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """``{field name: (filename, bytes)}`` of a multipart/form-data body."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    fields: dict[str, tuple[str | None, bytes]] = {}
    if not message.is_multipart():
        return fields
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            fields[name] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return fields


def file_object(
    file_id: str, filename: str, purpose: str, size: int, created_at: int
) -> dict[str, Any]:
    return {
        "id": file_id, "object": "file", "bytes": size, "created_at": created_at,
        "filename": filename, "purpose": purpose, "status": "processed",
        "expires_at": None, "status_details": None,
    }  # fmt: skip


def create_problem(body: Any) -> str | None:
    """Why OpenAI would refuse this ``POST /v1/batches`` body outright, or None."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    for key in ("input_file_id", "endpoint", "completion_window"):
        if key not in body:
            return f"Missing required parameter: '{key}'."
    if body["endpoint"] != ENDPOINT:
        return f"Invalid 'endpoint' {body['endpoint']!r}: this server batches only {ENDPOINT}."
    if body["completion_window"] != "24h":
        return (
            f"Invalid 'completion_window' {body['completion_window']!r}: only '24h' is supported."
        )
    metadata = body.get("metadata")
    if metadata is None:
        return None
    if not isinstance(metadata, dict) or len(metadata) > 16:
        return "Invalid 'metadata': at most 16 string keys and values."
    for key, value in metadata.items():
        if not isinstance(value, str) or len(key) > 64 or len(value) > 512:
            return (
                f"Invalid 'metadata' entry {key!r}: keys up to 64 and values up to 512 characters."
            )
    return None


def batch_object(batch_id: str, body: dict[str, Any], now: int) -> dict[str, Any]:
    """A new batch, as ``POST /v1/batches`` returns it: every field of the SDK's Batch."""
    return {
        "id": batch_id, "object": "batch", "endpoint": body["endpoint"], "model": None,
        "errors": None, "input_file_id": body["input_file_id"],
        "completion_window": body["completion_window"], "status": "validating",
        "output_file_id": None, "error_file_id": None, "created_at": now,
        "in_progress_at": None, "expires_at": now + 86400, "finalizing_at": None,
        "completed_at": None, "failed_at": None, "expired_at": None,
        "cancelling_at": None, "cancelled_at": None,
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
        "usage": None, "metadata": body.get("metadata"),
    }  # fmt: skip


def validate_lines(data: bytes, endpoint: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The requests of a batch input file, and OpenAI-style errors ({code, message, param,
    line}) for every line that is not one: a batch with any error fails as a whole."""
    lines: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()
    models: set[str] = set()

    def fail(code: str, message: str, number: int, param: str | None = None) -> None:
        errors.append({"code": code, "message": message, "param": param, "line": number})

    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            line = None
        if not isinstance(line, dict):
            fail("invalid_json_line", "This line is not parseable as valid JSON.", number)
            continue
        missing = [k for k in LINE_KEYS if k not in line]
        for key in missing:
            fail("missing_required_parameter", f"Missing required parameter: '{key}'.", number, key)
        if missing:
            continue
        custom_id, body = line["custom_id"], line["body"]
        if not isinstance(custom_id, str) or not custom_id:
            fail(
                "invalid_custom_id",
                "The custom_id must be a non-empty string.",
                number,
                "custom_id",
            )
        elif custom_id in seen:
            fail(
                "duplicate_custom_id",
                f"The custom_id {custom_id!r} is not unique.",
                number,
                "custom_id",
            )
        if line["method"] != "POST":
            fail("invalid_method", f"The method {line['method']!r} is not POST.", number, "method")
        if line["url"] != endpoint:
            fail(
                "url_mismatch",
                f"The url {line['url']!r} is not the batch's endpoint {endpoint!r}.",
                number,
                "url",
            )
        if not isinstance(body, dict) or not isinstance(body.get("model"), str):
            fail("missing_required_parameter", "The body has no 'model'.", number, "body.model")
        elif models and body["model"] not in models:
            fail(
                "model_mismatch",
                f"The model {body['model']!r} is not the model of the lines before.",
                number,
                "body.model",
            )
        else:
            models.add(body["model"])
        seen.add(str(custom_id))
        lines.append(line)
    if not lines and not errors:
        fail("empty_file", "The batch input file has no requests.", 0)
    return lines, errors


def result_line(
    line_id: str, custom_id: str, *, response: dict[str, Any] | None = None,
    error: tuple[str, str] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """One line of an output or error file."""
    failure = None if error is None else {"code": error[0], "message": error[1]}
    return {"id": line_id, "custom_id": custom_id, "response": response, "error": failure}


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode()


def usage_of(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A batch's ``usage``: the tokens of its successful lines, added up."""
    prompt = completion = 0
    for row in rows:
        usage = ((row.get("response") or {}).get("body") or {}).get("usage")
        if isinstance(usage, dict):
            prompt += _count(usage.get("prompt_tokens"))
            completion += _count(usage.get("completion_tokens"))
    return {
        "input_tokens": prompt, "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": completion, "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": prompt + completion,
    }  # fmt: skip


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
