"""OpenAI's Files and Batches endpoints for the loopback server, scripted per test.

The server (``server.batches``, a :class:`BatchAPI`) answers, in OpenAI's wire shapes:

- ``POST /v1/files`` (multipart: ``purpose``, ``file``), ``GET /v1/files``,
  ``GET /v1/files/{id}``, ``GET /v1/files/{id}/content``, ``DELETE /v1/files/{id}``;
- ``POST /v1/batches``, ``GET /v1/batches`` (``limit``, ``after``; newest first),
  ``GET /v1/batches/{id}``, ``POST /v1/batches/{id}/cancel``.

A batch moves ``validating -> in_progress -> finalizing -> completed`` one step per
``polls_per_stage`` retrieves (``GET /v1/batches/{id}``), or per ``seconds_per_stage``
when that is set, so tests are fast and deterministic. With the default (1), three
retrieves complete a batch; with 0, the first one does. The input file is validated
as OpenAI does (JSON lines, ``custom_id`` unique, ``method`` POST, ``url`` the batch
endpoint, ``body`` an object with one ``model``); a bad file ends ``failed`` with
``errors.data`` [{code, message, line}]. Each line is answered by the same machinery
as a live completion (the server's scripted queue, then its responder) and recorded in
``server.requests`` with ``batch_id`` and ``custom_id`` set (``None`` for live
requests). A reply becomes an output-file line; an HTTP fault an error-file line with
its status and error body; any other fault an error line with ``error`` {code,
message}. The actions' ``delay`` is not slept for batch lines.

Scripted batch-level faults, one :class:`BatchPlan` per created batch
(``server.batches.script(BatchPlan(...))``, else the defaults): ``fail_code`` fails
validation; ``expire_after=K`` expires after K lines (their output kept, the rest
``batch_expired`` error lines, counted failed); ``slow=N`` stays in_progress N more
polls; ``lines_per_poll`` runs the lines a few per poll (so a cancel catches a batch
part-done: ``cancelling`` for one stage, then ``cancelled`` with the lines done so far
in its files). ``server.batches.fail_calls(Fault.http(429, retry_after=0), on="POST
/batches")`` answers the next matching files/batches call with that fault instead.
Every files/batches call is recorded in ``server.batches.calls``. Output and error
files exist only when they would have lines.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .wire import Fault, RecordedRequest, Reply, error_body

PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
ENDPOINT = "/v1/chat/completions"
EXPIRED = (
    "batch_expired",
    "This request could not be executed before the completion window expired.",
)


@dataclass
class BatchPlan:
    """How the next created batch behaves (see the module docstring)."""

    fail_code: str | None = None
    fail_message: str = "The batch failed validation."
    expire_after: int | None = None
    slow: int = 0
    lines_per_poll: int | None = None


@dataclass
class Answer:
    """What a files/batches route sends: JSON (``payload``) or raw bytes."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _File:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id, "object": "file", "bytes": len(self.data),
            "created_at": self.created_at, "filename": self.filename,
            "purpose": self.purpose, "status": "processed", "expires_at": None,
            "status_details": None,
        }  # fmt: skip


@dataclass
class _Batch:
    obj: dict[str, Any]
    plan: BatchPlan
    lines: list[dict[str, Any]] = field(default_factory=list)
    out: list[dict[str, Any]] = field(default_factory=list)
    err: list[dict[str, Any]] = field(default_factory=list)
    ticks: int = 0
    last_tick: float = field(default_factory=time.monotonic)


def _not_found(what: str, ident: str) -> Answer:
    return Answer(404, error_body(404, f"No such {what} object: {ident}"))


def _bad(message: str, status: int = 400) -> Answer:
    return Answer(status, error_body(status, message))


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


def validate_lines(data: bytes, endpoint: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The lines of a batch input file and OpenAI-style errors ({code, message, param, line})."""
    lines: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()
    models: set[str] = set()

    def fail(code: str, message: str, line: int, param: str | None = None) -> None:
        errors.append({"code": code, "message": message, "param": param, "line": line})

    texts = [t for t in data.decode("utf-8", "replace").splitlines()]
    for number, text in enumerate(texts, 1):
        if not text.strip():
            continue
        try:
            line = json.loads(text)
        except json.JSONDecodeError:
            line = None
        if not isinstance(line, dict):
            fail("invalid_json_line", "This line is not parseable as valid JSON.", number)
            continue
        missing = [k for k in ("custom_id", "method", "url", "body") if k not in line]
        for key in missing:
            fail("missing_required_parameter", f"Missing required parameter: '{key}'.", number, key)
        if missing:
            continue
        custom_id, body = line["custom_id"], line["body"]
        if not isinstance(custom_id, str) or custom_id in seen:
            fail("duplicate_custom_id", f"The custom_id {custom_id!r} is not unique.", number,
                 "custom_id")  # fmt: skip
        if line["method"] != "POST":
            fail("invalid_method", f"The method {line['method']!r} is not POST.", number, "method")
        if line["url"] != endpoint:
            fail("url_mismatch", f"The url {line['url']!r} does not match the batch endpoint "
                 f"{endpoint!r}.", number, "url")  # fmt: skip
        if not isinstance(body, dict) or not isinstance(body.get("model"), str):
            fail("missing_required_parameter", "The body has no 'model'.", number, "body.model")
        elif models and body["model"] not in models:
            fail("model_mismatch", f"The model {body['model']!r} differs from the model of "
                 "earlier lines.", number, "body.model")  # fmt: skip
        else:
            models.add(body["model"])
        seen.add(str(custom_id))
        lines.append(line)
    if not lines and not errors:
        fail("empty_file", "The batch input file is empty.", 0)
    return lines, errors


class BatchAPI:
    """The files and batches of one :class:`OpenAIServer` (``server.batches``)."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.polls_per_stage = 1
        self.seconds_per_stage: float | None = None
        self.calls: list[RecordedRequest] = []
        self.files: dict[str, _File] = {}
        self.batches: dict[str, _Batch] = {}
        self._plans: deque[BatchPlan] = deque()
        self._faults: deque[tuple[Fault, str]] = deque()
        self._lock = threading.RLock()
        self._count = 0

    # -- scripting -------------------------------------------------------
    def script(self, *plans: BatchPlan) -> BatchAPI:
        """Plans for the next created batches, in order (then the default plan)."""
        with self._lock:
            self._plans.extend(plans)
        return self

    def fail_calls(self, *faults: Fault, on: str = "") -> BatchAPI:
        """Answer the next files/batches calls whose ``"METHOD /path"`` (path without
        ``/v1``) starts with ``on`` with these faults, one each."""
        with self._lock:
            self._faults.extend((f, on) for f in faults)
        return self

    def output(self, batch_id: str) -> list[dict[str, Any]]:
        """The output lines of a batch so far (for assertions)."""
        return list(self.batches[batch_id].out)

    # -- routing ---------------------------------------------------------
    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> Answer | Fault:
        parts = urlsplit(path)
        route = parts.path.removeprefix("/v1").rstrip("/")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        recorded = RecordedRequest(method=method, path=path, headers=headers, body={})
        with self._lock:
            self.calls.append(recorded)
            key = f"{method} {route}"
            fault = next(((f, on) for f, on in self._faults if key.startswith(on)), None)
            if fault is not None:
                self._faults.remove(fault)
                return fault[0]
            try:
                return self._route(method, route.split("/")[1:], query, headers, raw, recorded)
            except (ValueError, KeyError, TypeError) as exc:
                return _bad(f"invalid request: {exc}")

    def _route(
        self, method: str, seg: list[str], query: dict[str, str], headers: dict[str, str],
        raw: bytes, recorded: RecordedRequest,
    ) -> Answer:  # fmt: skip
        kind, rest = seg[0], seg[1:]
        if kind == "files":
            if method == "POST" and not rest:
                return self._upload(headers.get("content-type", ""), raw, recorded)
            if method == "GET" and not rest:
                data = [f.view() for f in self.files.values()]
                return Answer(200, {"object": "list", "data": data, "has_more": False})
            found = self.files.get(rest[0]) if rest else None
            if found is None:
                return _not_found("File", rest[0] if rest else "")
            if method == "GET" and rest[1:] == ["content"]:
                return Answer(200, found.data, {"Content-Type": "application/octet-stream"})
            if method == "GET" and len(rest) == 1:
                return Answer(200, found.view())
            if method == "DELETE" and len(rest) == 1:
                del self.files[found.id]
                return Answer(200, {"id": found.id, "object": "file", "deleted": True})
        if kind == "batches":
            if method == "POST" and not rest:
                recorded.body = json.loads(raw or b"{}")
                return self._create(recorded.body)
            if method == "GET" and not rest:
                return self._list(query)
            batch = self.batches.get(rest[0]) if rest else None
            if batch is None:
                return _not_found("Batch", rest[0] if rest else "")
            if method == "GET" and len(rest) == 1:
                self._advance(batch, polls=1)
                return Answer(200, batch.obj)
            if method == "POST" and rest[1:] == ["cancel"]:
                return self._cancel(batch)
        return Answer(404, error_body(404, f"no route {method} /v1/{'/'.join(seg)}"))

    # -- files -----------------------------------------------------------
    def _upload(self, content_type: str, raw: bytes, recorded: RecordedRequest) -> Answer:
        if not content_type.startswith("multipart/form-data"):
            return _bad("POST /v1/files takes multipart/form-data")
        fields = parse_multipart(content_type, raw)
        purpose = fields.get("purpose", (None, b""))[1].decode()
        filename, data = fields.get("file", (None, b""))
        recorded.body = {"purpose": purpose, "filename": filename, "bytes": len(data)}
        if "file" not in fields or purpose not in PURPOSES:
            missing = "file" if "file" not in fields else "purpose"
            return _bad(f"Missing or invalid required parameter: '{missing}'.")
        if purpose == "batch" and not (filename or "").endswith(".jsonl"):
            return _bad("Invalid file format for Batch API. Must be .jsonl")
        return Answer(200, self._store(filename or "upload", purpose, data).view())

    def _store(self, filename: str, purpose: str, data: bytes) -> _File:
        stored = _File(self._new_id("file-"), filename, purpose, data, int(time.time()))
        self.files[stored.id] = stored
        return stored

    def _new_id(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count:024x}"

    # -- batches ---------------------------------------------------------
    def _create(self, body: dict[str, Any]) -> Answer:
        for key in ("input_file_id", "endpoint", "completion_window"):
            if key not in body:
                return _bad(f"Missing required parameter: '{key}'.")
        if body["endpoint"] != ENDPOINT:
            return _bad(f"Invalid 'endpoint': this server batches only {ENDPOINT}.")
        if body["completion_window"] != "24h":
            return _bad("Invalid 'completion_window': only '24h' is supported.")
        source = self.files.get(body["input_file_id"])
        if source is None:
            return _not_found("File", body["input_file_id"])
        if source.purpose != "batch":
            return _bad(f"The input file must have purpose 'batch', not {source.purpose!r}.")
        now = int(time.time())
        obj: dict[str, Any] = {
            "id": self._new_id("batch_"), "object": "batch", "endpoint": ENDPOINT,
            "model": None, "errors": None, "input_file_id": source.id,
            "completion_window": "24h", "status": "validating", "output_file_id": None,
            "error_file_id": None, "created_at": now, "in_progress_at": None,
            "expires_at": now + 86400, "finalizing_at": None, "completed_at": None,
            "failed_at": None, "expired_at": None, "cancelling_at": None, "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "usage": None, "metadata": body.get("metadata"),
        }  # fmt: skip
        plan = self._plans.popleft() if self._plans else BatchPlan()
        batch = _Batch(obj, plan)
        self.batches[obj["id"]] = batch
        return Answer(200, obj)

    def _list(self, query: dict[str, str]) -> Answer:
        newest = list(reversed(self.batches.values()))
        ids = [b.obj["id"] for b in newest]
        start = ids.index(query["after"]) + 1 if query.get("after") in ids else 0
        limit = int(query.get("limit", 20))
        if not 1 <= limit <= 100:
            return _bad("Invalid 'limit': it must be between 1 and 100.")
        page = newest[start : start + limit]
        for batch in page:
            self._advance(batch, polls=0)
        data = [b.obj for b in page]
        return Answer(200, {
            "object": "list", "data": data, "has_more": start + limit < len(newest),
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
        })  # fmt: skip

    def _cancel(self, batch: _Batch) -> Answer:
        self._advance(batch, polls=0)
        if batch.obj["status"] not in ("validating", "in_progress"):
            return _bad(f"Cannot cancel a batch with status {batch.obj['status']!r}.", 409)
        batch.obj.update(status="cancelling", cancelling_at=int(time.time()))
        batch.ticks = 0
        return Answer(200, batch.obj)

    # -- the lifecycle ---------------------------------------------------
    def _advance(self, batch: _Batch, *, polls: int) -> None:
        """Count ``polls`` retrieves (or the periods elapsed) and take every step due."""
        if self.seconds_per_stage:
            periods = int((time.monotonic() - batch.last_tick) / self.seconds_per_stage)
            batch.last_tick += periods * self.seconds_per_stage
            polls = periods
        for _ in range(polls):
            batch.ticks += 1
            while self._step(batch):
                batch.ticks = 0

    def _step(self, batch: _Batch) -> bool:
        """Take the next stage if it is due; True if the batch moved on to another stage."""
        obj, per_stage, now = batch.obj, self.polls_per_stage, int(time.time())
        status = obj["status"]
        if status == "validating" and batch.ticks >= per_stage:
            return self._validate(batch, now)
        if status == "in_progress":
            self._run_lines(batch)
            if batch.ticks < per_stage + batch.plan.slow:
                return False
            done = len(batch.out) + len(batch.err)
            if done == self._limit(batch) < len(batch.lines):
                batch.err.extend(self._line(rest, error=EXPIRED) for rest in batch.lines[done:])
                self._finish(batch, "expired")
                return False
            if done == len(batch.lines):
                obj.update(status="finalizing", finalizing_at=now)
                return True
        if status in ("finalizing", "cancelling") and batch.ticks >= per_stage:
            final = "completed" if status == "finalizing" else "cancelled"
            self._finish(batch, final)
        return False

    def _validate(self, batch: _Batch, now: int) -> bool:
        obj, plan = batch.obj, batch.plan
        lines, errors = validate_lines(self.files[obj["input_file_id"]].data, obj["endpoint"])
        if plan.fail_code is not None:
            errors.append({"code": plan.fail_code, "message": plan.fail_message,
                           "param": None, "line": None})  # fmt: skip
        if errors:
            obj.update(status="failed", failed_at=now, errors={"object": "list", "data": errors})
            return False
        batch.lines = lines
        obj.update(status="in_progress", in_progress_at=now, model=lines[0]["body"]["model"])
        obj["request_counts"]["total"] = len(lines)
        return True

    @staticmethod
    def _limit(batch: _Batch) -> int:
        """How many lines the batch runs: all, or as many as run before it expires."""
        expire_after = batch.plan.expire_after
        return len(batch.lines) if expire_after is None else min(expire_after, len(batch.lines))

    def _run_lines(self, batch: _Batch) -> None:
        done = len(batch.out) + len(batch.err)
        due = self._limit(batch)
        if batch.plan.lines_per_poll is not None:
            due = min(due, batch.ticks * batch.plan.lines_per_poll)
        for line in batch.lines[done:due]:
            self._answer(batch, line)
        self._count_lines(batch)

    @staticmethod
    def _count_lines(batch: _Batch) -> None:
        batch.obj["request_counts"].update(completed=len(batch.out), failed=len(batch.err))

    def _answer(self, batch: _Batch, line: dict[str, Any]) -> None:
        request = RecordedRequest(
            method="POST", path=line["url"], headers={}, body=line["body"],
            batch_id=batch.obj["id"], custom_id=line["custom_id"],
        )  # fmt: skip
        action = self.server._next_action(request)
        if isinstance(action, Reply):
            body = self.server.completion_body(request, action)
            batch.out.append(self._line(line, status=200, body=body))
        elif action.kind == "http":
            body = error_body(action.status, action.message, action.error_type)
            batch.err.append(self._line(line, status=action.status, body=body))
        else:
            batch.err.append(self._line(line, error=("server_error", f"{action.kind} fault")))

    def _line(
        self, line: dict[str, Any], *, status: int = 0, body: Any = None,
        error: tuple[str, str] | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        response = None
        if error is None:
            response = {"status_code": status, "request_id": self._new_id("req_"), "body": body}
        return {
            "id": self._new_id("batch_req_"), "custom_id": line["custom_id"],
            "response": response,
            "error": None if error is None else {"code": error[0], "message": error[1]},
        }  # fmt: skip

    def _finish(self, batch: _Batch, status: str) -> None:
        obj, now = batch.obj, int(time.time())
        obj.update(status=status, **{f"{status}_at": now})
        stem = f"{obj['id']}_"
        for key, rows in (("output_file_id", batch.out), ("error_file_id", batch.err)):
            if rows:
                data = "".join(json.dumps(r) + "\n" for r in rows).encode()
                name = stem + ("output" if key == "output_file_id" else "error") + ".jsonl"
                obj[key] = self._store(name, "batch_output", data).id
        self._count_lines(batch)
        tokens = [r["response"]["body"].get("usage") for r in batch.out]
        tokens = [u for u in tokens if isinstance(u, dict)]
        prompt = sum(int(u.get("prompt_tokens", 0)) for u in tokens)
        completion = sum(int(u.get("completion_tokens", 0)) for u in tokens)
        obj["usage"] = {
            "input_tokens": prompt, "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": completion, "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": prompt + completion,
        }  # fmt: skip
