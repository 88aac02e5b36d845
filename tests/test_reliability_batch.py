"""A batch under faults: 20% of requests fail at random, a process is killed mid-run.

Every article ends as a record or an error record, each id exactly once; the
runs that follow complete the failures; an article that succeeded is never
asked for again; nothing is lost.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from extractor import Settings, run_batch
from extractor.batch import BatchOptions
from extractor.batch_store import manifest_path
from extractor.testing import Fault, OpenAIServer, Reply
from extractor.testing.corpus import figure_record, figure_responder, write_jsonl
from extractor.testing.openai_server import RecordedRequest

N = 300
_REPORT = re.compile(r"report (\d+) describes")


class Flaky:
    """Fails ``rate`` of all requests at random (seeded) with a mix of transport faults and
    malformed answers; answers the rest with the article's grounded record. Counts requests
    per article, and requests made for an article after it had succeeded."""

    FAULTS = (
        lambda: Fault.http(500),
        lambda: Fault.http(502),
        lambda: Fault.http(503),
        lambda: Fault.http(429, retry_after=0),
        lambda: Fault.drop(),
        lambda: Fault.truncate(),
        lambda: Reply(raw='{"statistics": [{"metric": "arrests", "value": '),  # cut-off JSON
        lambda: Reply(empty_choices=True),
    )

    def __init__(self, rate: float, seed: int, delay: float = 0.0) -> None:
        self.rate = rate
        self.rng = random.Random(seed)
        self.delay = delay
        self.lock = threading.Lock()
        self.asked: Counter[int] = Counter()
        self.succeeded: set[int] = set()
        self.asked_after_success = 0

    def __call__(self, request: RecordedRequest) -> Any:
        m = _REPORT.search(request.user_text)
        assert m is not None
        n = int(m.group(1))
        with self.lock:
            self.asked[n] += 1
            if n in self.succeeded:
                self.asked_after_success += 1
            fail = self.rng.random() < self.rate
            fault = self.rng.choice(self.FAULTS)() if fail else None
        if self.delay:
            time.sleep(self.delay)
        if fault is not None:
            return fault
        with self.lock:
            self.succeeded.add(n)
        return figure_responder(request)


def settings_for(server: OpenAIServer, tmp_path: Path) -> Settings:
    return Settings.resolve(
        backend="llm",
        base_url=server.base_url,
        api_key="sk-test-x",
        cache_dir=tmp_path / "cache",
        max_attempts=2,
        max_validation_attempts=2,
        backoff_initial=0.001,
        backoff_max=0.002,
        timeout=10,
    )


def check_output(out: Path, src: Path, *, complete: bool) -> dict[str, dict[str, Any]]:
    """Each input id exactly once; each record the article's own figure."""
    texts = {d["id"]: d["text"] for d in map(json.loads, src.read_text().splitlines())}
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    ids = [d["article_id"] for d in lines]
    assert len(ids) == len(set(ids)), "an id written twice"
    by_id = {d["article_id"]: d for d in lines}
    if complete:
        assert set(by_id) == set(texts), "an article lost"
    for aid, d in by_id.items():
        if "error" in d:
            assert d["error"]["cause"] and d["error"]["message"]
            continue
        expected = figure_record(texts[aid])
        assert expected is not None
        got = d["statistics"][0]
        assert (got["value"], got["area"]) == (
            expected["statistics"][0]["value"],  # type: ignore[index]
            expected["statistics"][0]["area"],
        )  # type: ignore[index]
    return by_id


def test_300_articles_with_20_percent_of_requests_failing(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.jsonl"
    flaky = Flaky(rate=0.2, seed=20261123)
    with OpenAIServer(flaky) as server:
        settings = settings_for(server, tmp_path)
        first = run_batch(src, out, settings=settings, options=BatchOptions(concurrency=16))
        by_id = check_output(out, src, complete=True)
        errors = {a for a, d in by_id.items() if "error" in d}
        # with 2 transport attempts and 2 answers per article, some articles fail for good
        assert first.failed == len(errors) > 0
        assert first.succeeded + first.failed == N
        causes = Counter(by_id[a]["error"]["cause"] for a in errors)
        assert set(causes) <= {"TransportError", "EndpointUnreachable", "ExtractionError"}
        runs = 1
        while errors and runs < 8:  # the same flaky endpoint: each run completes some
            again = run_batch(src, out, settings=settings, options=BatchOptions(concurrency=16))
            runs += 1
            assert again.skipped_done == N - len(errors)
            assert again.retried == len(errors)
            by_id = check_output(out, src, complete=True)
            errors = {a for a, d in by_id.items() if "error" in d}
    assert not errors, f"still failing after {runs} runs: {sorted(errors)}"
    assert flaky.asked_after_success == 0  # a finished article is never asked again
    assert len(out.read_text().splitlines()) == N
    manifest = json.loads(manifest_path(out).read_text())
    assert len(manifest["runs"]) == runs
    assert manifest["runs"][0]["stats"]["failed"] == first.failed
    assert sum(r["stats"]["succeeded"] for r in manifest["runs"]) == N
    # failed requests were counted: more requests than articles
    assert sum(r["stats"]["usage"]["requests"] for r in manifest["runs"]) > N


def test_sigkill_in_the_middle_of_a_faulty_batch_then_resume(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 120)
    out = tmp_path / "out.jsonl"
    flaky = Flaky(rate=0.2, seed=7, delay=0.05)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    with OpenAIServer(flaky) as server:
        env.update(
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY="sk-test-x",
            EXTRACTOR_CACHE_DIR=str(tmp_path / "cache"),
            EXTRACTOR_MAX_ATTEMPTS="2",
        )
        cmd = [
            sys.executable,
            "-m",
            "extractor",
            "batch",
            str(src),
            "-o",
            str(out),
            "--backend",
            "llm",
            "--concurrency",
            "8",
        ]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while not (out.exists() and out.read_bytes().count(b"\n") >= 30):
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        whole = out.read_bytes().split(b"\n")[:-1]  # a torn last line is not a result
        done_before = {d["article_id"] for d in map(json.loads, whole) if "error" not in d}
        asked_at_kill = flaky.asked_after_success
        for _ in range(8):  # resume until every article has a record
            finished = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
            assert finished.returncode in (0, 9), finished.stderr
            assert "Traceback" not in finished.stderr
            by_id = check_output(out, src, complete=True)
            if finished.returncode == 0:
                break
    assert all("error" not in d for d in by_id.values())
    assert done_before <= set(by_id)
    assert asked_at_kill == 0
    # after the kill, only the articles that were in flight (answered, not yet written) may
    # be asked again: at most the concurrency
    assert flaky.asked_after_success <= 8
