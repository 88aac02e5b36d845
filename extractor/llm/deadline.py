"""A total deadline for one HTTP call, enforced on every socket operation.

httpx's timeouts are per operation: a read timeout of 60 s is met by a server
that sends one byte every 59 s, status line and headers included, so a dripping
or endless answer never times out. :func:`request_deadline` sets, for the HTTP
call in progress (a ``ContextVar``: each thread and each asyncio task has its
own), the monotonic time by which it must be over; the network backend below
gives every connect, TLS handshake, write and read at most the time left, so
the call ends at the deadline whatever the server sends, as httpx's own
timeout (the SDK's ``APITimeoutError``).

httpx offers no public way to pass a network backend, so :func:`wrap_backend`
sets the connection pool's ``_network_backend`` and logs a warning if that
attribute ever moves (the dripping-server tests fail too).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

try:  # openai >= 3 speaks httpx2; earlier versions httpx
    import httpcore2 as httpcore
except ImportError:  # pragma: no cover - depends on the installed openai
    import httpcore  # type: ignore[no-redef]

log = logging.getLogger(__name__)

_deadline: ContextVar[float | None] = ContextVar("extractor_http_deadline", default=None)


@contextmanager
def request_deadline(at: float | None) -> Iterator[None]:
    """Every HTTP operation in this block must be over by ``time.monotonic() == at``."""
    token = _deadline.set(at)
    try:
        yield
    finally:
        _deadline.reset(token)


def has_deadline() -> bool:
    return _deadline.get() is not None


def time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to the time left before the deadline; ``expired`` once it passed."""
    at = _deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


# -- the deadline on every socket operation ----------------------------------------------
class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _Stream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _Stream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _Stream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._inner.read(max_bytes, time_left(timeout, httpcore.ReadTimeout))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _AsyncStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _AsyncStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        inner = await self._inner.connect_tcp(host, port, left, local_address, socket_options)
        return _AsyncStream(inner)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _AsyncStream:
        left = time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, left, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def wrap_backend(inner_transport: Any, wrapper: type) -> None:
    pool = getattr(inner_transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        log.warning(
            "cannot enforce HTTP deadlines: this httpx has no pool network backend; "
            "a dripping server is bounded only by the read timeout"
        )
        return
    pool._network_backend = wrapper(backend)  # type: ignore[union-attr]
