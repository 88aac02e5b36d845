"""OpenAI's Files and Batches endpoints on the loopback server, scripted per test.

``server.batches`` (a :class:`BatchAPI`) answers, in OpenAI's wire shapes (built by the
pure functions of ``batch_wire.py``):

- ``POST /v1/files`` (multipart: ``purpose``, ``file``; a batch file must be
  ``.jsonl``), ``GET /v1/files`` (``purpose``), ``GET /v1/files/{id}``,
  ``GET /v1/files/{id}/content``, ``DELETE /v1/files/{id}``;
- ``POST /v1/batches``, ``GET /v1/batches`` (``limit``, ``after``; newest first),
  ``GET /v1/batches/{id}``, ``POST /v1/batches/{id}/cancel``.

Lifecycle. Each retrieve (``GET /v1/batches/{id}``) is one poll, and a batch moves
``validating -> in_progress -> finalizing -> completed`` one stage per
``polls_per_stage`` polls (default 1: the third poll sees ``completed``; 0: the
first). With ``seconds_per_stage`` set, elapsed time counts instead of polls. The
first poll past ``validating`` checks the input file as OpenAI does (JSON lines,
``custom_id`` unique, ``method`` POST, ``url`` the batch endpoint, ``body`` with the
same ``model`` on every line); any bad line fails the batch (``failed``,
``errors.data`` [{code, message, param, line}]). Then the lines run: each is answered
by the same machinery as a live completion (the server's scripted queue, then its
responder) and recorded in ``server.requests`` with its ``batch_id`` and
``custom_id`` (both ``None`` on live requests). A ``Reply`` becomes an output-file
line ``{"id": "batch_req_...", "custom_id", "response": {"status_code": 200,
"request_id", "body": <chat.completion>}, "error": null}``; an HTTP ``Fault`` an
error-file line with its status and error body; any other fault an error-file line
with ``response`` null and ``error`` {code, message}. Actions' ``delay`` is not
slept for batch lines. Output and error files (purpose ``batch_output``) exist only
when they have lines.

Scripted faults. ``server.batches.script(BatchPlan(...), ...)`` sets how the next
created batches behave (then the default plan): ``fail_code`` / ``fail_message``
fail validation; ``expire_after=K`` runs K lines and, when the in_progress stage
ends, ``expired`` (their output kept, the rest ``batch_expired`` error lines,
counted failed); ``slow=N`` stays in_progress N more polls; ``lines_per_poll`` runs
that many lines a poll, so a cancel can catch a batch part-done (``cancelling`` for
one stage, then ``cancelled`` with only the lines done so far in its files).
``server.batches.fail_calls(Fault.http(429, retry_after=1), on="POST /batches")``
answers the next call whose ``"METHOD /path"`` (without ``/v1``) starts with ``on``
with that fault (one call per fault, after its ``delay``; not a poll). The server's
``latency`` applies to every call; each is recorded in ``server.batches.calls``.

Example::

    server.script(Reply(record={...}), Fault.http(500))  # line 1 answered, line 2 fails
    batch = client.batches.create(input_file_id=..., endpoint="/v1/chat/completions",
                                  completion_window="24h")
    for _ in range(3):
        batch = client.batches.retrieve(batch.id)  # in_progress, finalizing, completed
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .batch_wire import (
    EXPIRED,
    PURPOSES,
    batch_object,
    create_problem,
    file_object,
    jsonl,
    parse_multipart,
    result_line,
    usage_of,
    validate_lines,
)
from .wire import Fault, RecordedRequest, Reply, error_body

ROUTES = ("/v1/files", "/v1/batches")


@dataclass
class BatchPlan:
    """How the next created batch behaves (see the module docstring)."""

    fail_code: str | None = None
    fail_message: str = "The batch failed validation."
    expire_after: int | None = None
    slow: int = 0
    lines_per_poll: int | None = None

    def __post_init__(self) -> None:
        least = {"expire_after": 0, "slow": 0, "lines_per_poll": 1}
        for name, low in least.items():
            value = getattr(self, name)
            if value is not None and value < low:
                raise ValueError(f"BatchPlan {name} must be {low} or more, not {value}")


@dataclass
class Answer:
    """What a files/batches route sends: JSON (``payload``) or raw bytes."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _File:
    obj: dict[str, Any]
    data: bytes


@dataclass
class _Batch:
    obj: dict[str, Any]
    plan: BatchPlan
    data: bytes  # the input file as it was at creation: deleting the file changes nothing
    lines: list[dict[str, Any]] = field(default_factory=list)
    out: list[dict[str, Any]] = field(default_factory=list)
    err: list[dict[str, Any]] = field(default_factory=list)
    ticks: int = 0
    last_tick: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> int:
        return len(self.out) + len(self.err)


def _bad(message: str, status: int = 400) -> Answer:
    return Answer(status, error_body(status, message))


def _not_found(what: str, ident: str) -> Answer:
    return _bad(f"No such {what} object: {ident}", 404)


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

    # -- routing ---------------------------------------------------------
    def serve(self, handler: Any, method: str) -> bool:
        """Answer ``handler``'s request if it is a files/batches call; False if not."""
        if not handler.path.startswith(ROUTES):
            return False
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        answer = self.handle(method, handler.path, headers, raw)
        delay = self.server.latency + (answer.delay if isinstance(answer, Fault) else 0.0)
        if delay:
            time.sleep(delay)  # outside the lock: a slow call holds up no other
        if isinstance(answer, Fault):
            handler._fault(answer)
        elif isinstance(answer.payload, bytes):
            _send_bytes(handler, answer)
        else:
            handler._send_json(answer.status, answer.payload, answer.headers)
        return True

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
            except ValueError as exc:  # a body that is not JSON, a limit that is no number
                return _bad(f"Invalid request to {method} {parts.path}: {exc}")

    def _route(
        self, method: str, seg: list[str], query: dict[str, str], headers: dict[str, str],
        raw: bytes, recorded: RecordedRequest,
    ) -> Answer:  # fmt: skip
        kind, rest = seg[0], seg[1:]
        if kind == "files":
            if method == "POST" and not rest:
                return self._upload(headers.get("content-type", ""), raw, recorded)
            if method == "GET" and not rest:
                data = [f.obj for f in self.files.values()
                        if query.get("purpose") in (None, f.obj["purpose"])]  # fmt: skip
                return Answer(200, {"object": "list", "data": data, "has_more": False})
            found = self.files.get(rest[0]) if rest else None
            if found is None:
                return _not_found("File", rest[0] if rest else "")
            if method == "GET" and rest[1:] == ["content"]:
                return Answer(200, found.data, {"Content-Type": "application/octet-stream"})
            if method == "GET" and len(rest) == 1:
                return Answer(200, found.obj)
            if method == "DELETE" and len(rest) == 1:
                del self.files[rest[0]]
                return Answer(200, {"id": rest[0], "object": "file", "deleted": True})
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
        return _bad(f"no route {method} /v1/{'/'.join(seg)}", 404)

    # -- files -----------------------------------------------------------
    def _upload(self, content_type: str, raw: bytes, recorded: RecordedRequest) -> Answer:
        if not content_type.startswith("multipart/form-data"):
            return _bad(f"POST /v1/files takes multipart/form-data, not {content_type!r}.")
        fields = parse_multipart(content_type, raw)
        purpose = fields.get("purpose", (None, b""))[1].decode("utf-8", "replace")
        filename, data = fields.get("file", (None, b""))
        recorded.body = {"purpose": purpose, "filename": filename, "bytes": len(data)}
        if "file" not in fields:
            return _bad("Missing required parameter: 'file'.")
        if purpose not in PURPOSES:
            return _bad(f"Invalid 'purpose' {purpose!r}: one of {', '.join(PURPOSES)}.")
        if purpose == "batch" and not (filename or "").endswith(".jsonl"):
            return _bad("Invalid file format for Batch API. Must be .jsonl")
        return Answer(200, self._store(filename or "upload", purpose, data).obj)

    def _store(self, filename: str, purpose: str, data: bytes) -> _File:
        file_id = self._new_id("file-")
        stored = _File(file_object(file_id, filename, purpose, len(data), int(time.time())), data)
        self.files[file_id] = stored
        return stored

    def _new_id(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count:024x}"

    # -- batches ---------------------------------------------------------
    def _create(self, body: Any) -> Answer:
        problem = create_problem(body)
        if problem is not None:
            return _bad(problem)
        source = self.files.get(body["input_file_id"])
        if source is None:
            return _not_found("File", body["input_file_id"])
        if source.obj["purpose"] != "batch":
            return _bad(f"The input file must have purpose 'batch', not {source.obj['purpose']!r}.")
        obj = batch_object(self._new_id("batch_"), body, int(time.time()))
        plan = self._plans.popleft() if self._plans else BatchPlan()
        self.batches[obj["id"]] = _Batch(obj, plan, source.data)
        return Answer(200, obj)

    def _list(self, query: dict[str, str]) -> Answer:
        newest = list(reversed(self.batches.values()))
        ids = [b.obj["id"] for b in newest]
        start = ids.index(query["after"]) + 1 if query.get("after") in ids else 0
        limit = int(query.get("limit", 20))
        if not 1 <= limit <= 100:
            return _bad(f"Invalid 'limit' {limit}: it must be between 1 and 100.")
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
            if batch.done == self._limit(batch) < len(batch.lines):
                batch.err.extend(
                    result_line(self._new_id("batch_req_"), rest["custom_id"], error=EXPIRED)
                    for rest in batch.lines[batch.done :]
                )
                self._finish(batch, "expired")
            elif batch.done == len(batch.lines):
                obj.update(status="finalizing", finalizing_at=now)
                return True
        if status in ("finalizing", "cancelling") and batch.ticks >= per_stage:
            self._finish(batch, "completed" if status == "finalizing" else "cancelled")
        return False

    def _validate(self, batch: _Batch, now: int) -> bool:
        obj, plan = batch.obj, batch.plan
        lines, errors = validate_lines(batch.data, obj["endpoint"])
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
        due = self._limit(batch)
        if batch.plan.lines_per_poll is not None:
            due = min(due, batch.ticks * batch.plan.lines_per_poll)
        for line in batch.lines[batch.done : due]:
            self._answer(batch, line)
        batch.obj["request_counts"].update(completed=len(batch.out), failed=len(batch.err))

    def _answer(self, batch: _Batch, line: dict[str, Any]) -> None:
        """One line, answered as a live request would be: the queue, then the responder."""
        request = RecordedRequest(
            method="POST", path=line["url"], headers={}, body=line["body"],
            batch_id=batch.obj["id"], custom_id=line["custom_id"],
        )  # fmt: skip
        action = self.server._next_action(request)
        line_id, custom_id = self._new_id("batch_req_"), line["custom_id"]
        if isinstance(action, Reply):
            status, body, rows = 200, self.server.completion_body(request, action), batch.out
        elif action.kind == "http":
            status, rows = action.status, batch.err
            body = error_body(action.status, action.message, action.error_type)
        else:  # no HTTP answer at all: OpenAI reports such a line in ``error``
            error = (
                "server_error",
                f"The request failed: the upstream sent a {action.kind} answer.",
            )
            batch.err.append(result_line(line_id, custom_id, error=error))
            return
        response = {"status_code": status, "request_id": self._new_id("req_"), "body": body}
        rows.append(result_line(line_id, custom_id, response=response))

    def _finish(self, batch: _Batch, status: str) -> None:
        obj = batch.obj
        obj.update(status=status, **{f"{status}_at": int(time.time())})
        for key, rows, kind in (
            ("output_file_id", batch.out, "output"),
            ("error_file_id", batch.err, "error"),
        ):
            if rows:
                obj[key] = self._store(
                    f"{obj['id']}_{kind}.jsonl", "batch_output", jsonl(rows)
                ).obj["id"]
        obj["request_counts"].update(completed=len(batch.out), failed=len(batch.err))
        obj["usage"] = usage_of(batch.out)


def _send_bytes(handler: BaseHTTPRequestHandler, answer: Answer) -> None:
    handler.send_response(answer.status)
    for key, value in {**answer.headers, "Content-Length": str(len(answer.payload))}.items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(answer.payload)
