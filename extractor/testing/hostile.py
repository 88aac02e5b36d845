"""The loopback server's hostile answers: what a broken or malicious endpoint sends.

Each writes straight to the socket so the client meets it exactly as it would
on the wire: a dripped answer, an endless chunked body, a gzip bomb, a huge
body, or any raw bytes under any content type.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

from .wire import Fault


def _send_raw(handler: BaseHTTPRequestHandler, fault: Fault) -> None:
    handler.send_response(fault.status)
    handler.send_header("Content-Type", fault.content_type)
    handler.send_header("Content-Length", str(len(fault.body)))
    handler.end_headers()
    handler.wfile.write(fault.body)


def _send_drip(handler: BaseHTTPRequestHandler, fault: Fault) -> None:
    body = b'{"id": "drip", "object": "chat.completion", "choices": []}' + b" " * 100_000
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    data = head + body
    for i in range(len(data)):
        handler.wfile.write(data[i : i + 1])
        handler.wfile.flush()
        time.sleep(fault.interval)


def _send_endless(handler: BaseHTTPRequestHandler, fault: Fault) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = f"{fault.size:x}\r\n".encode() + b" " * fault.size + b"\r\n"
    while True:
        handler.wfile.write(chunk)
        handler.wfile.flush()
        if fault.interval:
            time.sleep(fault.interval)


def _send_bomb(handler: BaseHTTPRequestHandler, fault: Fault) -> None:
    body = _gzip_of_spaces(fault.size)
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _gzip_of_spaces(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    parts = []
    for start in range(0, size, len(block)):
        parts.append(packer.compress(block[: min(len(block), size - start)]))
    parts.append(packer.flush())
    return b"".join(parts)


def _send_huge(handler: BaseHTTPRequestHandler, fault: Fault) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(fault.size))
    handler.end_headers()
    block = b"x" * (1 << 16)
    for start in range(0, fault.size, len(block)):
        handler.wfile.write(block[: min(len(block), fault.size - start)])


HOSTILE: dict[str, Callable[[BaseHTTPRequestHandler, Fault], None]] = {
    "raw": _send_raw,
    "drip": _send_drip,
    "endless": _send_endless,
    "bomb": _send_bomb,
    "huge": _send_huge,
}
