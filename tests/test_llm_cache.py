"""The record cache over the wire: hits make no request, any change to the request misses,
offline answers only from the cache, and the API key is stored, logged and reported nowhere."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

from extractor.config import Settings
from extractor.errors import AuthenticationFailed, CacheMiss, ConfigurationError
from extractor.llm.cache import KeyMaker, RecordCache, cache_key
from extractor.pipeline import Extractor
from extractor.prompts import default_prompt_dir
from extractor.schema import OperationReport, Usage
from extractor.testing import Fault, OpenAIServer, Reply

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_346890b65dee08d5.txt"
RECORD = {
    "statistics": [
        {
            "metric": "arrests",
            "value": 151,
            "area": "Eastern region",
            "evidence": "151 arrests were made",
        }
    ]
}
KEY = "sk-DISTINCTIVE-7f3a9c2e5b1d4e6f"


def settings(server: OpenAIServer | None, tmp_path: Path, **changes: Any) -> Settings:
    values: dict[str, Any] = {
        "backend": "llm",
        "base_url": server.base_url if server else None,
        "api_key": KEY,
        "model": "fake-model",
        "cache_dir": tmp_path / "cache",
        "backoff_initial": 0.01,
        "backoff_max": 0.02,
        "max_attempts": 2,
    }
    values.update(changes)
    return Settings(**values)


def run(s: Settings, path: Path = SEED) -> OperationReport:
    with Extractor(settings=s) as ex:
        return ex.extract_file(path)


@pytest.fixture
def answering(server: OpenAIServer) -> OpenAIServer:
    server.responder = lambda r: Reply(record=RECORD, prompt_tokens=300, completion_tokens=40)
    return server


def test_a_repeated_extraction_is_a_cache_hit_with_zero_requests(
    answering: OpenAIServer, tmp_path: Path
) -> None:
    first = run(settings(answering, tmp_path))
    second = run(settings(answering, tmp_path))
    assert len(answering.completion_requests) == 1
    assert second.provenance.cache_hit is True and first.provenance.cache_hit is False
    assert second.provenance.usage.model_dump() == Usage().model_dump()
    assert second.provenance.attempts == 0
    assert second.model_dump(exclude={"provenance"}) == first.model_dump(exclude={"provenance"})
    assert second.statistics[0].evidence_start == first.statistics[0].evidence_start is not None


def test_same_text_under_another_id_hits_and_keeps_the_new_id(
    answering: OpenAIServer, tmp_path: Path
) -> None:
    text = SEED.read_text()
    with Extractor(settings=settings(answering, tmp_path)) as ex:
        ex.extract(text, article_id="one")
        again = ex.extract(text, article_id="two")
    assert len(answering.completion_requests) == 1
    assert again.article_id == "two" and again.provenance.cache_hit


@pytest.mark.parametrize(
    "change",
    [{"model": "other-model"}, {"mode": "json"}, {"temperature": 0.5}, {"max_tokens": 1000}],
)
def test_a_changed_request_misses(answering: OpenAIServer, tmp_path: Path, change: dict) -> None:
    run(settings(answering, tmp_path))
    report = run(settings(answering, tmp_path, **change))
    assert len(answering.completion_requests) == 2
    assert report.provenance.cache_hit is False


def test_a_changed_prompt_template_misses(answering: OpenAIServer, tmp_path: Path) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(default_prompt_dir() / "extract_v1", prompts / "extract_v1")
    first = run(settings(answering, tmp_path, prompt_dir=prompts))
    with (prompts / "extract_v1" / "system.j2").open("a") as f:
        f.write("- Never report a figure twice.\n")
    second = run(settings(answering, tmp_path, prompt_dir=prompts))
    assert len(answering.completion_requests) == 2
    assert "Never report a figure twice." in str(answering.completion_requests[1].messages)
    assert first.provenance.prompt_version != second.provenance.prompt_version
    assert not second.provenance.cache_hit


def test_offline_miss_raises_without_a_request_or_a_key(
    answering: OpenAIServer, tmp_path: Path
) -> None:
    s = settings(None, tmp_path, api_key=None, offline=True)
    with pytest.raises(CacheMiss) as e:
        run(s)
    assert answering.requests == []
    assert SEED.stem in e.value.message and "without --offline" in e.value.hint


def test_offline_answers_from_the_cache_without_a_key(
    answering: OpenAIServer, tmp_path: Path
) -> None:
    online = run(settings(answering, tmp_path))
    offline = run(settings(None, tmp_path, api_key=None, offline=True))
    assert len(answering.completion_requests) == 1
    assert offline.provenance.cache_hit
    assert offline.model_dump(exclude={"provenance"}) == online.model_dump(exclude={"provenance"})


def test_offline_with_the_cache_off_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="offline"):
        Extractor(settings=settings(None, tmp_path, offline=True, use_cache=False))


def test_no_cache_neither_reads_nor_writes(answering: OpenAIServer, tmp_path: Path) -> None:
    run(settings(answering, tmp_path))  # a cached record exists now
    run(settings(answering, tmp_path, use_cache=False))
    assert len(answering.completion_requests) == 2  # not read
    other = tmp_path / "other-cache"
    run(settings(answering, tmp_path, use_cache=False, cache_dir=other))
    assert not other.exists()  # not written, not even created


def test_a_cache_that_cannot_be_opened_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigurationError) as e:
        Extractor(settings=settings(None, tmp_path, cache_dir=blocker, base_url="http://x/v1"))
    assert str(blocker) in e.value.message and "--cache-dir" in e.value.hint


def test_an_unreadable_entry_is_a_miss(answering: OpenAIServer, tmp_path: Path) -> None:
    run(settings(answering, tmp_path))
    cache = RecordCache(tmp_path / "cache")
    (key,) = list(cache._cache.iterkeys())
    cache._cache.set(key, "{not json")
    cache.close()
    report = run(settings(answering, tmp_path))
    assert not report.provenance.cache_hit and len(answering.completion_requests) == 2


def test_cache_key_covers_every_input_and_nothing_else() -> None:
    base: dict[str, Any] = {
        "model": "m",
        "mode": "tools",
        "messages": [{"role": "user", "content": "a"}],
        "prompt_version": "p@1",
        "schema": {"type": "object"},
        "article_text": "a",
        "temperature": 0.0,
        "max_tokens": 10,
    }
    key = cache_key(**base)
    assert key == cache_key(**dict(base))
    changes = {
        "model": "n",
        "mode": "json",
        "messages": [{"role": "user", "content": "b"}],
        "prompt_version": "p@2",
        "schema": {"type": "array"},
        "article_text": "b",
        "temperature": 0.1,
        "max_tokens": 11,
        "ungrounded": "drop",
    }
    for name, value in changes.items():
        assert cache_key(**{**base, name: value}) != key, name


def test_a_cache_key_is_pinned() -> None:
    """Existing cache folders stay valid: the key of a fixed request never changes.

    (Changed once, on purpose, when the key gained the ungrounded policy: a record made
    with ungrounded items dropped is not the one a re-ask would have made.)"""
    key = cache_key(
        model="m",
        mode="tools",
        messages=[{"role": "user", "content": "a"}],
        prompt_version="p@1",
        schema={"type": "object"},
        article_text="a",
        temperature=0.0,
        max_tokens=10,
    )
    assert key == "3cbbcc78bcc7a273657bd07c806cf0bc9d324ee99ee3ff0449b9b9b8d924e54c"


def test_the_key_maker_gives_cache_keys_exactly() -> None:
    from extractor.prompts import load_prompt, render_prompt
    from extractor.schema import llm_json_schema

    text = SEED.read_text() + '\n£6,854 “crack” {{ x }} \u00e9\u4e2d \U0001f600 \\ " \t'
    template = load_prompt()
    messages = render_prompt(template, text=text)
    fixed = {
        "model": "gpt-4o-mini",
        "mode": "json_schema",
        "prompt_version": template.version,
        "schema": llm_json_schema(),
        "temperature": 0.2,
        "max_tokens": 1000,
    }
    make = KeyMaker(**fixed)
    other_system = [{"role": "system", "content": "other rules"}, messages[1]]
    named_system = [{"role": "system", "content": "other rules", "name": "x"}, messages[1]]
    # the system message is encoded once and remembered: a repeat, then a change, must
    # still give cache_key's key
    for msgs, article in (
        (messages, text),
        (messages, text),
        (other_system, text),
        (named_system, text),
        (messages, "c"),
        ([{"role": "user", "content": "a"}], ""),
        ([], "b"),
    ):
        assert make(messages=msgs, article_text=article) == cache_key(
            **fixed, messages=msgs, article_text=article
        )


def test_the_api_key_appears_in_no_log_line_cache_entry_or_error(
    server: OpenAIServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, the SDK's and httpx's included
    server.script(Reply(record=RECORD))
    report = run(settings(server, tmp_path))
    run(settings(server, tmp_path))  # and a cache hit
    # a server that echoes the key, as OpenAI's 401 does
    server.script(Fault.http(401, f"Incorrect API key provided: {KEY}"))
    with pytest.raises(AuthenticationFailed) as e:
        run(settings(server, tmp_path, model="another"))

    assert server.completion_requests[0].headers["authorization"] == f"Bearer {KEY}"  # it is used
    assert report.provenance is not None
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "llm call" in logged and "llm request messages=" in logged  # DEBUG payloads were on
    secret_part = KEY[3:]  # "DISTINCTIVE-..." without the common "sk-" prefix
    assert secret_part not in logged
    assert KEY[:8] not in e.value.one_line() and secret_part not in str(e.value)
    assert secret_part not in repr(settings(server, tmp_path))
    for f in (tmp_path / "cache").rglob("*"):
        if f.is_file():
            assert secret_part.encode() not in f.read_bytes(), f


def queued_record() -> tuple[OperationReport, Usage]:
    text = SEED.read_text()
    record = OperationReport.model_validate(RECORD, context={"article": text})
    return record, Usage(requests=1, prompt_tokens=300, completion_tokens=40, total_tokens=340)


def test_a_queued_write_is_answered_at_once_and_on_disk_after_flush(tmp_path: Path) -> None:
    record, usage = queued_record()
    cache = RecordCache(tmp_path / "cache")
    cache.set_later("k1", record, usage)
    hit = cache.get("k1")  # from memory or disk, whichever the writer has reached
    assert hit is not None and hit.usage.total_tokens == 340
    stored = {"article_id", "provenance"}
    assert hit.report.model_dump(exclude=stored) == record.model_dump(exclude=stored)
    cache.flush()
    other = RecordCache(tmp_path / "cache")  # another handle on the folder: from disk
    got = other.get("k1")
    assert got is not None and got.report.statistics[0].value == 151
    other.close()
    cache.close()


def test_close_drains_the_queue_and_the_writer_ends_when_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor.llm import cache as cache_module

    monkeypatch.setattr(cache_module, "WRITER_IDLE_S", 0.05)
    record, usage = queued_record()
    cache = RecordCache(tmp_path / "cache")
    for i in range(50):
        cache.set_later(f"k{i}", record, usage)
    writer = cache._writer
    assert writer is not None
    cache.close()
    assert cache._pending == {} and cache._queued == []
    writer.join(timeout=5)
    assert not writer.is_alive()
    reopened = RecordCache(tmp_path / "cache")
    assert len(reopened) == 50
    reopened.close()


def test_a_failed_queued_write_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import sqlite3

    def full_disk(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    record, usage = queued_record()
    cache = RecordCache(tmp_path / "cache")
    cache._cache.set = full_disk  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING):
        cache.set_later("k1", record, usage)
        cache.flush()
    assert "cache write failed" in caplog.text and "disk is full" in caplog.text
    assert cache.get("k1") is None  # not kept in memory either: a miss, asked again
    cache.close()


def test_a_writer_that_is_gone_is_replaced(tmp_path: Path) -> None:
    """After a fork the child has the parent's writer object but no thread behind it."""
    import threading

    record, usage = queued_record()
    cache = RecordCache(tmp_path / "cache")
    gone = threading.Thread(target=lambda: None)
    gone.start()
    gone.join()
    cache._writer = gone
    cache.set_later("k1", record, usage)
    assert cache._writer is not gone
    cache._writer = gone  # and a flush with records queued starts one too
    with cache._cond:
        cache._queued.append(("k2", cache._entry(record, usage)))
    cache.flush()
    assert len(cache) == 2
    cache.close()
