"""Cache faults: a damaged cache, one that cannot be written, two processes sharing one.

Decision: a cache that cannot be opened (garbage in its database, a damaged
database, a path that cannot be a folder) stops the run before any request with
a clear ConfigurationError naming the folder and the fixes (move it aside, another
--cache-dir, --no-cache); it is never repaired or deleted, since it may hold
answers that cost money. An entry that cannot be read is a miss (with a
warning), and a write that fails is a warning: the record is still returned.
Tests run as root, which ignores permissions, so "read-only" is simulated with
a cache database that is a folder and a cache path under a regular file.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.config import Settings
from extractor.errors import ConfigurationError
from extractor.pipeline import Extractor
from extractor.testing import OpenAIServer
from extractor.testing.corpus import figure_responder, synthetic_articles, write_jsonl


def settings(server: OpenAIServer, cache: Path) -> Settings:
    return Settings.resolve(
        backend="llm", base_url=server.base_url, api_key="sk-test-cache", cache_dir=cache
    )


def fill(server: OpenAIServer, cache: Path, n: int = 20) -> list[dict[str, str]]:
    articles = list(synthetic_articles(n))
    with Extractor(settings=settings(server, cache)) as ex:
        for a in articles:
            ex.extract(a["text"], article_id=a["id"])
    return articles


def damage(kind: str, cache: Path) -> None:
    db = cache / "cache.db"
    if kind == "garbage":
        db.write_bytes(os.urandom(8192))
    elif kind == "damaged pages":
        data = bytearray(db.read_bytes())
        data[4096:] = b"\xff" * (len(data) - 4096)
        db.write_bytes(bytes(data))
    elif kind == "database is a folder":
        for f in cache.iterdir():
            f.unlink()
        db.mkdir()


@pytest.mark.parametrize("kind", ["garbage", "damaged pages", "database is a folder"])
def test_a_cache_that_cannot_be_opened_stops_before_any_request(kind: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with OpenAIServer(figure_responder) as server:
        articles = fill(server, cache)
        damage(kind, cache)
        before = {p.name: (p.read_bytes() if p.is_file() else None) for p in cache.iterdir()}
        asked = len(server.completion_requests)
        with pytest.raises(ConfigurationError) as caught:
            with Extractor(settings=settings(server, cache)) as ex:
                ex.extract(articles[0]["text"], article_id=articles[0]["id"])
        assert len(server.completion_requests) == asked
    line = caught.value.one_line()
    assert f"cannot open the cache at {cache}" in line
    assert "move that folder aside" in line and "--no-cache" in line
    after = {p.name: (p.read_bytes() if p.is_file() else None) for p in cache.iterdir()}
    # nothing repaired, nothing deleted (SQLite may add its empty -wal / -shm side files)
    assert after["cache.db"] == before["cache.db"] and set(before) <= set(after)


def test_with_no_cache_a_damaged_cache_is_not_touched_and_work_goes_on(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with OpenAIServer(figure_responder) as server:
        articles = fill(server, cache, 3)
        damage("garbage", cache)
        s = settings(server, cache).with_(use_cache=False)
        with Extractor(settings=s) as ex:
            report = ex.extract(articles[0]["text"], article_id=articles[0]["id"])
    assert report.statistics[0].metric.value == "arrests"


def test_cli_batch_with_a_damaged_cache_fails_in_one_line_and_writes_nothing(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "cache.db").write_bytes(os.urandom(8192))
    src = write_jsonl(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    with OpenAIServer(figure_responder) as server:
        env.update(
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY="sk-test-cache",
            EXTRACTOR_CACHE_DIR=str(cache),
        )
        done = subprocess.run(
            [sys.executable, "-m", "extractor", "batch", str(src), "-o", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert server.completion_requests == []
    assert done.returncode == 2
    assert "cannot open the cache" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_a_cache_path_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with OpenAIServer(figure_responder) as server, pytest.raises(ConfigurationError) as caught:
        Extractor(settings=settings(server, blocker / "cache"))
    assert str(blocker / "cache") in caught.value.one_line()


def test_an_unreadable_entry_is_a_miss_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from extractor.llm.cache import RecordCache

    cache = tmp_path / "cache"
    with OpenAIServer(figure_responder) as server:
        articles = fill(server, cache, 2)
        store = RecordCache(cache)
        for key in list(store._cache.iterkeys()):
            store._cache.set(key, b"\x00not json")
        store.close()
        asked = len(server.completion_requests)
        with caplog.at_level(logging.WARNING), Extractor(settings=settings(server, cache)) as ex:
            report = ex.extract(articles[0]["text"], article_id=articles[0]["id"])
        assert len(server.completion_requests) == asked + 1  # a miss: asked again
    assert report.provenance is not None and not report.provenance.cache_hit
    assert "unreadable cache entry" in caplog.text


WORKER = """
import json, sys
from extractor import Settings
from extractor.pipeline import Extractor
from extractor.testing.corpus import synthetic_articles
s = Settings.resolve(backend="llm", base_url=sys.argv[1], api_key="sk-test-cache",
                     cache_dir=sys.argv[2])
out = []
with Extractor(settings=s) as ex:
    for a in synthetic_articles(int(sys.argv[3])):
        r = ex.extract(a["text"], article_id=a["id"])
        out.append([a["id"], r.statistics[0].value, r.provenance.cache_hit])
print(json.dumps(out))
"""


def test_two_processes_share_one_cache_at_once(tmp_path: Path) -> None:
    cache = tmp_path / "shared"
    n = 40
    with OpenAIServer(figure_responder, latency=0.01) as server:
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, server.base_url, str(cache), str(n)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        for p, (_, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
        first, second = (json.loads(o) for o, _ in outs)
        asked = len(server.completion_requests)
        # the same records from both, each article's own figure
        assert [r[:2] for r in first] == [r[:2] for r in second]
        # between them, every article was asked at least once and at most twice
        assert n <= asked <= 2 * n
        assert asked + sum(r[2] for r in first + second) == 2 * n  # hits + requests
        # a third process finds every record in the cache: the file was not corrupted
        third = subprocess.run(
            [sys.executable, "-c", WORKER, server.base_url, str(cache), str(n)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert third.returncode == 0, third.stderr
        assert all(r[2] for r in json.loads(third.stdout))
        assert len(server.completion_requests) == asked


def test_a_failed_cache_write_is_a_warning_and_the_record_is_returned(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Storage that fails mid-run (a full disk, say): no wire to fake here, so the store's
    own ``set`` raises the error SQLite would."""
    import sqlite3

    def full_disk(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with OpenAIServer(figure_responder) as server:
        article = next(synthetic_articles(1))
        with Extractor(settings=settings(server, tmp_path / "cache")) as ex:
            ex.backend.cache._cache.set = full_disk  # type: ignore[union-attr]
            with caplog.at_level(logging.WARNING):
                report = ex.extract(article["text"], article_id=article["id"])
    assert report.statistics[0].value == 3
    assert "cache write failed" in caplog.text and "disk is full" in caplog.text
