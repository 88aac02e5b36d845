"""What the loopback server can be told to answer, and what it records: plain data.

Kept apart from the server so that responders (``corpus.py``, tests) import the
wire types without importing the server, and the server's demo entry point can
import the responders without a circle.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Reply:
    """A successful completion.

    ``record`` (a dict or a pydantic model) is serialised as the tool-call
    arguments or the JSON content. ``raw`` replaces the serialised text verbatim
    (for malformed JSON). ``empty_choices`` sends ``"choices": []``. ``patch``
    replaces top-level fields of the completion body (``{"usage": "lots"}``,
    ``{"choices": None}``): a 200 that is JSON but not quite a chat completion.
    """

    record: Any = None
    raw: str | None = None
    finish_reason: str | None = None
    prompt_tokens: int = 120
    completion_tokens: int = 80
    delay: float = 0.0
    empty_choices: bool = False
    patch: dict[str, Any] | None = None


@dataclass
class Fault:
    """A failed exchange: an HTTP error, a dropped connection, a cut-off body, or a
    hostile answer (dripped, endless, a decompression bomb, a huge or non-JSON body)."""

    status: int = 500
    message: str = "internal error"
    retry_after: str | None = None
    delay: float = 0.0
    kind: str = "http"  # http | drop | truncate | raw | drip | endless | bomb | huge
    error_type: str | None = None
    body: bytes = b""  # raw: the exact body sent
    content_type: str = "application/json"
    size: int = 0  # bomb: decompressed bytes; huge: bytes sent
    interval: float = 0.0  # drip: seconds between bytes; endless: between chunks

    @classmethod
    def http(
        cls,
        status: int,
        message: str | None = None,
        *,
        retry_after: float | str | None = None,
        delay: float = 0.0,
    ) -> Fault:
        return cls(
            status=status,
            message=message or _DEFAULT_MESSAGES.get(status, "error"),
            retry_after=None if retry_after is None else str(retry_after),
            delay=delay,
        )

    @classmethod
    def drop(cls, delay: float = 0.0) -> Fault:
        """Close the connection without sending a response."""
        return cls(kind="drop", delay=delay)

    @classmethod
    def truncate(cls, delay: float = 0.0) -> Fault:
        """Send headers and half of the body, then close the connection."""
        return cls(kind="truncate", delay=delay)

    @classmethod
    def raw(
        cls, body: bytes | str, *, content_type: str = "application/json", status: int = 200
    ) -> Fault:
        """Answer ``status`` with exactly ``body`` (HTML, an SSE stream, ``{}``, nothing)."""
        data = body.encode() if isinstance(body, str) else body
        return cls(kind="raw", status=status, body=data, content_type=content_type)

    @classmethod
    def drip(cls, interval: float = 0.2) -> Fault:
        """A 200 sent one byte every ``interval`` seconds, status line and headers included:
        every read gets data well within any read timeout, yet the answer never ends."""
        return cls(kind="drip", status=200, interval=interval)

    @classmethod
    def endless(cls, interval: float = 0.01, chunk: int = 1024) -> Fault:
        """A 200 whose chunked body streams ``chunk`` bytes of JSON whitespace every
        ``interval`` seconds until the client goes away."""
        return cls(kind="endless", status=200, interval=interval, size=chunk)

    @classmethod
    def bomb(cls, size: int = 64 * 1024 * 1024) -> Fault:
        """A gzip body (``Content-Encoding: gzip``) that inflates to ``size`` bytes
        (a few KB on the wire per MB)."""
        return cls(kind="bomb", status=200, size=size)

    @classmethod
    def huge(cls, size: int) -> Fault:
        """A 200 of ``size`` bytes of garbage with an honest ``Content-Length``."""
        return cls(kind="huge", status=200, size=size)


Action = Reply | Fault

_DEFAULT_MESSAGES = {
    400: "bad request",
    401: "Incorrect API key provided",
    404: "model not found",
    429: "Rate limit reached for requests",
    500: "The server had an error while processing your request",
    502: "bad gateway",
    503: "The engine is currently overloaded",
}


@dataclass
class RecordedRequest:
    """One request as the server received it. A batch line (``batches.py``) carries
    its ``batch_id`` and ``custom_id``; a live request has ``None`` for both."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    batch_id: str | None = None
    custom_id: str | None = None

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    @property
    def user_text(self) -> str:
        """All user-message text, joined: where the article is."""
        parts: list[str] = []
        for m in self.messages:
            if m.get("role") != "user":
                continue
            content = m.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts.extend(str(c.get("text", "")) for c in content if isinstance(c, dict))
        return "\n".join(parts)

    @property
    def mode(self) -> str:
        """``tools`` when the request carries tools, else ``json``."""
        return "tools" if self.body.get("tools") else "json"


Responder = Callable[[RecordedRequest], Action]


def error_body(status: int, message: str, error_type: str | None = None) -> dict[str, Any]:
    kind = error_type or {
        400: "invalid_request_error",
        401: "invalid_request_error",
        404: "invalid_request_error",
        429: "rate_limit_exceeded",
    }.get(status, "server_error")
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}
