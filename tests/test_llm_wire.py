"""The body we hand openai with its transform skipped is byte for byte what create() sends."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from extractor import Settings
from extractor.llm import client as llm_client
from extractor.llm.wire import BODY_KEYS, plain_body_kwargs, request_json
from extractor.pipeline import Extractor
from extractor.testing import OpenAIServer, Reply
from extractor.testing.corpus import figure_record, synthetic_text

MODES = ("tools", "json", "json_schema", "md_json")
TEXT = synthetic_text(7) + "Seized: £6,854 in cash, “crack” and {{ 7 * 6 }} phones.\n"
ANSWER = {
    "id": "c1",
    "object": "chat.completion",
    "created": 0,
    "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "{}"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


def instructor_kwargs(mode: str, tmp_path: Path) -> dict[str, Any]:
    """What instructor hands our wrapped create in ``mode``, captured from a real extraction."""
    seen: list[dict[str, Any]] = []
    original = llm_client.LLMClient._create

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs)
        return original(self, *args, **kwargs)

    with OpenAIServer(lambda r: Reply(record=figure_record(r.user_text) or {})) as server:
        s = Settings(
            backend="llm",
            base_url=server.base_url,
            api_key="sk-wire",
            mode=mode,
            use_cache=False,
            cache_dir=tmp_path,
        )
        llm_client.LLMClient._create = spy  # type: ignore[method-assign]
        try:
            with Extractor(settings=s) as ex:
                ex.extract(TEXT, article_id="w")
        finally:
            llm_client.LLMClient._create = original  # type: ignore[method-assign]
    assert len(seen) == 1
    return seen[0]


def sent(kwargs: dict[str, Any]) -> list[tuple[str, str, dict[str, str], bytes]]:
    """The requests the sync and the async client put on the wire for ``kwargs``."""
    requests: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return httpx2.Response(200, json=ANSWER)

    common = {"api_key": "sk-wire", "base_url": "http://127.0.0.1:9/v1", "max_retries": 0}
    with openai.OpenAI(
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), **common
    ) as sync:
        sync.chat.completions.create(**kwargs)

    async def handle(request: httpx2.Request) -> httpx2.Response:
        return handler(request)

    async def go() -> None:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(handle))
        async with openai.AsyncOpenAI(http_client=http, **common) as client:
            await client.chat.completions.create(**kwargs)

    asyncio.run(go())
    return [(r.method, str(r.url), dict(r.headers), r.content) for r in requests]


@pytest.mark.parametrize("mode", MODES)
def test_the_fast_body_is_byte_identical_to_creates(mode: str, tmp_path: Path) -> None:
    kwargs = instructor_kwargs(mode, tmp_path)
    fast = plain_body_kwargs(kwargs)
    assert fast is not kwargs and set(fast) == {"messages", "model", "extra_body"}
    plain, skipped = sent(kwargs), sent(fast)
    assert len(plain) == len(skipped) == 2
    for (m1, u1, h1, b1), (m2, u2, h2, b2) in zip(plain, skipped, strict=True):
        assert (m1, u1) == (m2, u2)
        assert b1 == b2  # the body, byte for byte
        assert h1 == h2  # content-length, auth and the SDK's own headers alike
    body = json.loads(plain[0][3])
    assert TEXT in body["messages"][-1]["content"]
    assert list(body) == [k for k in BODY_KEYS if k in body]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"messages": [], "model": "m", "stream": True},
        {"messages": [], "model": "m", "timeout": 3.0},
        {"messages": [], "model": "m", "extra_headers": {"x": "1"}},
        {"messages": ({"role": "user", "content": "x"},), "model": "m"},  # an Iterable
        {"messages": [], "model": "m", "not_a_param": 1},
        {"model": "m"},
    ],
)
def test_anything_but_a_plain_body_goes_through_create_unchanged(kwargs: dict[str, Any]) -> None:
    assert plain_body_kwargs(kwargs) is kwargs


def test_the_loopback_server_receives_the_same_json_as_from_create(tmp_path: Path) -> None:
    kwargs = instructor_kwargs("tools", tmp_path)
    with OpenAIServer(lambda r: Reply(record={})) as server:
        common = {"api_key": "sk-wire", "base_url": server.base_url, "max_retries": 0}
        with openai.OpenAI(**common) as sync:
            sync.chat.completions.create(**kwargs)
            sync.chat.completions.create(**plain_body_kwargs(kwargs))
        first, second = server.completion_requests
    assert first.body == second.body
    assert list(first.body) == list(second.body)


def test_request_json_is_the_fast_body_or_else_openais_own_transform() -> None:
    kwargs = {"messages": [{"role": "user", "content": "x"}], "model": "m", "max_tokens": 5}
    assert request_json(kwargs) == kwargs
    assert list(request_json(kwargs)) == ["messages", "model", "max_tokens"]
    tupled = {**kwargs, "messages": tuple(kwargs["messages"])}  # not plain: openai's path
    assert plain_body_kwargs(tupled) is tupled
    assert request_json(tupled) == kwargs
