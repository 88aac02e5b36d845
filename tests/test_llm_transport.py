"""The transport's pure pieces: bounded inflation and the shape check of an answer."""

from __future__ import annotations

import zlib

import pytest

from extractor.errors import TransportError
from extractor.llm.transport import _Inflater, check_completion_body


def gzip_of_spaces(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(size >> 20)) + packer.flush()


def test_inflating_a_bomb_never_makes_more_than_asked_for() -> None:
    bomb = gzip_of_spaces(256 << 20)  # 256 MiB from ~256 KB
    assert len(bomb) < 1 << 20
    out = _Inflater("gzip").feed(bomb, room=64 * 1024)  # the whole bomb in one chunk
    assert len(out) == 64 * 1024 + 1  # one byte past the room says "too large", no more


@pytest.mark.parametrize("encoding", ["gzip", "deflate", ""])
def test_inflating_ordinary_bodies_in_pieces(encoding: str) -> None:
    body = b'{"choices": []}' * 1000
    if encoding == "gzip":
        packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        wire = packer.compress(body) + packer.flush()
    elif encoding == "deflate":
        wire = zlib.compress(body)
    else:
        wire = body
    inflater = _Inflater(encoding)
    out = b"".join(inflater.feed(wire[i : i + 100], room=1 << 20) for i in range(0, len(wire), 100))
    assert out == body


def test_a_corrupt_encoding_is_a_transport_error() -> None:
    with pytest.raises(TransportError, match="gzip encoding is corrupt"):
        _Inflater("gzip").feed(b"not gzip at all", room=1000)


@pytest.mark.parametrize(
    "body, content_type, words",
    [
        (b"", "application/json", "empty body"),
        (b"<html>", "text/html; charset=utf-8", "answered 200 with text/html, not JSON"),
        (b"data: {}\n\n", "text/event-stream", "text/event-stream, not JSON"),
        (b'{"a": ', "application/json", "not valid JSON"),
        (b"[]", "application/json", "not a JSON object"),
        (b"{}", "application/json", "no 'choices'"),
        (b'{"choices": null}', "application/json", '"choices": null'),
        (b"{}", "", "with no content type"),
    ],
)
def test_what_is_not_a_completion_is_named(body: bytes, content_type: str, words: str) -> None:
    with pytest.raises(TransportError) as caught:
        check_completion_body(body, url="http://h/v1/chat/completions", content_type=content_type)
    assert words in caught.value.one_line()


def test_a_completion_passes() -> None:
    check_completion_body(b'{"choices": []}', url="u", content_type="application/json")
