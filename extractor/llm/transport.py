"""The HTTP layer under the openai SDK: a deadline and a size cap no server can get around.

httpx's timeouts are per operation: a read timeout of 60 s is met by a server
that sends one byte every 59 s, status line and headers included, so a
dripping or endless answer never times out; and httpx inflates gzip as fast as
it is read, so 1 MB on the wire can become gigabytes in memory. Both are fixed
here, below the SDK, for the sync and the async client alike:

- **deadline** (``deadline.py``): every socket operation of the call in
  progress gets at most the time left before its deadline; the transports
  here install that network backend and cut the wait for a pooled connection.
- **size**: the answer body is inflated here, not by httpx (we ask for gzip or
  deflate only), in bounded steps, and counted; past ``max_bytes`` (or at once,
  from an honest ``Content-Length``) reading stops with a ``TransportError``.
- **shape**: a 2xx answer to ``/chat/completions`` must be a JSON object with a
  ``choices`` list. HTML from a proxy, an SSE stream, an empty body or
  malformed JSON fail with what the server sent (content type, first bytes)
  instead of reaching instructor, which would take them for a model's bad
  answer and ask again.

Errors raised here are ours; the SDK wraps them in ``APIConnectionError``,
``retry.py`` finds them in the cause chain, never retries them, and raises
them as they are.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

try:  # openai >= 3 speaks httpx2; earlier versions httpx
    import httpx2 as httpx
except ImportError:  # pragma: no cover - depends on the installed openai
    import httpx  # type: ignore[no-redef]

from ..errors import TransportError
from .deadline import (
    AsyncDeadlineBackend,
    DeadlineBackend,
    has_deadline,
    time_left,
    wrap_backend,
)

log = logging.getLogger(__name__)

HEAD_CHARS = 120  # how much of an unexpected answer an error message shows


# -- the size and shape of an answer -------------------------------------------------------
class _Inflater:
    """Content-Encoding undone in bounded steps, never more than ``room`` bytes at once."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header
        else:
            self._z = None

    def feed(self, data: bytes, room: int) -> bytes:
        """Up to ``room + 1`` bytes of output: one more than fits tells the caller to stop."""
        if self._z is None:
            return data
        out = bytearray()
        pending = data
        while pending or not out:
            try:
                piece = self._z.decompress(pending, room + 1 - len(out))
            except zlib.error as exc:
                raise TransportError(
                    f"the answer's {self.encoding} encoding is corrupt: {exc}",
                    hint="check the server or the proxy in front of it",
                ) from exc
            out += piece
            pending = self._z.unconsumed_tail
            if len(out) > room or not piece:
                break
        return bytes(out)


def _too_large(url: Any, max_bytes: int, seen: str) -> TransportError:
    return TransportError(
        f"the answer from {_where(url)} is larger than the {max_bytes:,}-byte limit ({seen}); "
        "not read further, not retried",
        hint="check the server; raise EXTRACTOR_MAX_RESPONSE_BYTES if such answers are expected",
    )


def _where(url: Any) -> str:
    from .redact import redact_url

    return redact_url(str(url))


def _head(body: bytes) -> str:
    text = body[: HEAD_CHARS * 2].decode("utf-8", "replace")
    text = " ".join(text.split())
    return repr(text[:HEAD_CHARS] + ("..." if len(text) > HEAD_CHARS else ""))


def check_completion_body(body: bytes, *, url: Any, content_type: str) -> None:
    """Refuse a 2xx chat-completions answer that is not a JSON object with ``choices``."""
    kind = content_type.split(";")[0].strip() or "no content type"
    said = f"answered 200 with {kind}"
    hint = (
        "check --base-url (it should be the API's /v1, not a web page or a proxy's login) "
        "and that the server is an OpenAI-compatible chat completions endpoint"
    )
    if not body.strip():
        raise TransportError(f"{_where(url)} {said} and an empty body; not asked again", hint=hint)
    try:
        data = json.loads(body)
    except ValueError:
        what = "not valid JSON" if "json" in kind else "not JSON"
        raise TransportError(
            f"{_where(url)} {said}, {what}: {_head(body)}; not asked again", hint=hint
        ) from None
    if not isinstance(data, dict):
        raise TransportError(
            f"{_where(url)} {said}, not a JSON object: {_head(body)}; not asked again", hint=hint
        )
    if not isinstance(data.get("choices"), list):
        if "choices" in data:
            found = json.dumps({"choices": data["choices"]})[1:-1]
            found = found if len(found) <= 60 else found[:57] + "..."
            why = f"no 'choices' list, {found}"
        else:
            why = "no 'choices'"
        raise TransportError(
            f"{_where(url)} {said} that is not a chat completion ({why}): {_head(body)}; "
            "not asked again",
            hint=hint,
        )


class _Guard:
    """Counting, inflating and (for a 2xx completion) checking one answer's body."""

    def __init__(self, request: Any, response: Any, max_bytes: int) -> None:
        self.url = request.url
        self.max_bytes = max_bytes
        encoding = response.headers.get("content-encoding", "").strip().lower()
        if encoding in ("", "identity"):
            encoding = ""
        elif encoding not in ("gzip", "x-gzip", "deflate"):
            raise TransportError(
                f"{_where(self.url)} answered with Content-Encoding {encoding!r}, "
                "which was not asked for",
                hint="check the server or the proxy in front of it",
            )
        length = response.headers.get("content-length", "")
        if not encoding and length.strip().isdigit() and int(length) > max_bytes:
            raise _too_large(self.url, max_bytes, f"Content-Length {int(length):,}")
        self.inflater = _Inflater(encoding)
        self.seen = 0
        self.check = 200 <= response.status_code < 300 and str(request.url.path).rstrip(
            "/"
        ).endswith("/chat/completions")
        self.content_type = response.headers.get("content-type", "")
        self.body = bytearray()

    def take(self, chunk: bytes) -> bytes:
        out = self.inflater.feed(chunk, self.max_bytes - self.seen)
        self.seen += len(out)
        if self.seen > self.max_bytes:
            raise _too_large(self.url, self.max_bytes, "read so far, decompressed")
        if self.check:
            self.body += out
        return out

    def finish(self) -> None:
        if self.check:
            check_completion_body(bytes(self.body), url=self.url, content_type=self.content_type)


def _headers_after_decoding(response: Any) -> list[tuple[bytes, bytes]]:
    drop = {b"content-encoding", b"content-length"}
    return [(k, v) for k, v in response.headers.raw if k.lower() not in drop]


class _GuardedStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, guard: _Guard) -> None:
        self._inner = inner
        self._guard = guard

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            out = self._guard.take(chunk)
            if out:
                yield out
        self._guard.finish()

    def close(self) -> None:
        self._inner.close()


class _AsyncGuardedStream(httpx.AsyncByteStream):
    def __init__(self, inner: Any, guard: _Guard) -> None:
        self._inner = inner
        self._guard = guard

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            out = self._guard.take(chunk)
            if out:
                yield out
        self._guard.finish()

    async def aclose(self) -> None:
        await self._inner.aclose()


def _clip_pool_wait(request: Any) -> None:
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict) and has_deadline():
        # raised here, above httpcore, so it must be httpx's own timeout for the SDK to see one
        request.extensions["timeout"] = {
            k: time_left(v, httpx.PoolTimeout) for k, v in timeouts.items()
        }


class GuardedTransport(httpx.BaseTransport):
    """httpx's own transport with the deadline, the size cap and the shape check."""

    def __init__(self, *, max_bytes: int, **transport_args: Any) -> None:
        self._inner = httpx.HTTPTransport(**transport_args)
        wrap_backend(self._inner, DeadlineBackend)
        self.max_bytes = max_bytes

    def handle_request(self, request: Any) -> Any:
        request.headers["Accept-Encoding"] = "gzip, deflate"
        _clip_pool_wait(request)
        response = self._inner.handle_request(request)
        try:
            guard = _Guard(request, response, self.max_bytes)
        except BaseException:
            response.close()
            raise
        return httpx.Response(
            status_code=response.status_code,
            headers=_headers_after_decoding(response),
            stream=_GuardedStream(response.stream, guard),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._inner.close()


class AsyncGuardedTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`GuardedTransport`."""

    def __init__(self, *, max_bytes: int, **transport_args: Any) -> None:
        self._inner = httpx.AsyncHTTPTransport(**transport_args)
        wrap_backend(self._inner, AsyncDeadlineBackend)
        self.max_bytes = max_bytes

    async def handle_async_request(self, request: Any) -> Any:
        request.headers["Accept-Encoding"] = "gzip, deflate"
        _clip_pool_wait(request)
        response = await self._inner.handle_async_request(request)
        try:
            guard = _Guard(request, response, self.max_bytes)
        except BaseException:
            await response.aclose()
            raise
        return httpx.Response(
            status_code=response.status_code,
            headers=_headers_after_decoding(response),
            stream=_AsyncGuardedStream(response.stream, guard),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


# the SDK's own pool limits (openai._constants.DEFAULT_CONNECTION_LIMITS)
LIMITS = {"max_connections": 1000, "max_keepalive_connections": 100}


def transport_args(transport_kwargs: Iterable[tuple[str, Any]] = ()) -> dict[str, Any]:
    return {"limits": httpx.Limits(**LIMITS), **dict(transport_kwargs)}
