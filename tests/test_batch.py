"""Batches over the wire: bounded concurrency, error records, resume, manifest, CSV, limits."""

from __future__ import annotations

import asyncio
import csv
import json
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from extractor import Settings, aextract_many, extract_many, run_batch
from extractor.batch import ABORT_AFTER, BatchOptions
from extractor.batch_store import manifest_path
from extractor.errors import AuthenticationFailed, EndpointUnreachable
from extractor.evaluation.harness import read_predictions
from extractor.ratelimit import RequestGate
from extractor.testing import Fault, OpenAIServer, Reply
from extractor.testing.corpus import figure_responder, synthetic_articles, write_jsonl
from extractor.testing.openai_server import RecordedRequest

KEY = "sk-test-BATCH-SECRET-91c2"
_REPORT = re.compile(r"report (\d+) describes")


def article_no(request: RecordedRequest) -> int:
    m = _REPORT.search(request.user_text)
    assert m, "not a synthetic article"
    return int(m.group(1))


class Scripted:
    """A responder: fails the articles in ``failing`` (HTTP 400, not retried), answers the
    rest with their grounded record, and tracks how many requests are in flight."""

    def __init__(self, failing: set[int] = frozenset(), delay: float = 0.0) -> None:  # type: ignore[assignment]
        self.failing = set(failing)
        self.delay = delay
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Any:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)
            if article_no(request) in self.failing:
                return Fault.http(400, "the model cannot take this request")
            return figure_responder(request)
        finally:
            with self._lock:
                self.in_flight -= 1


def settings_for(server: OpenAIServer, tmp_path: Path, **more: Any) -> Settings:
    values: dict[str, Any] = dict(
        base_url=server.base_url,
        api_key=KEY,
        backend="llm",
        cache_dir=tmp_path / "cache",
        max_attempts=2,
        backoff_initial=0.01,
        backoff_max=0.02,
    )
    values.update(more)
    return Settings.resolve(**values)


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# -- the iterators -----------------------------------------------------------------------
def test_extract_many_respects_the_concurrency_bound(tmp_path: Path) -> None:
    responder = Scripted(delay=0.05)
    with OpenAIServer(responder) as server:
        results = list(
            extract_many(
                synthetic_articles(12), concurrency=3, settings=settings_for(server, tmp_path)
            )
        )
    assert sorted(r.article_id for r in results) == [f"syn_{i:06d}" for i in range(12)]
    assert all(r.ok for r in results)
    assert responder.max_in_flight == 3


def test_aextract_many_yields_errors_as_results_and_goes_on(tmp_path: Path) -> None:
    items: list[Any] = list(synthetic_articles(6))
    items.insert(2, {"id": "blank", "text": "   "})
    items.append(tmp_path / "missing.txt")

    async def collect(server: OpenAIServer) -> list[Any]:
        return [
            r
            async for r in aextract_many(
                items, concurrency=4, settings=settings_for(server, tmp_path)
            )
        ]

    with OpenAIServer(Scripted(failing={1, 4})) as server:
        results = asyncio.run(collect(server))
    by_id = {r.article_id: r for r in results}
    assert len(results) == len(by_id) == 8
    assert {a for a, r in by_id.items() if r.ok} == {
        "syn_000000",
        "syn_000002",
        "syn_000003",
        "syn_000005",
    }
    assert by_id["syn_000001"].error.cause == "TransportError"
    assert "400" in by_id["syn_000001"].error.one_line()
    assert by_id["blank"].error.cause == "InputError"
    assert by_id["missing"].error.cause == "InputError"
    line = by_id["syn_000004"].to_dict()
    assert line["article_id"] == "syn_000004"
    assert line["error"]["cause"] == "TransportError"
    assert line["error"]["usage"]["requests"] == 1  # the failed request is counted


def test_extract_many_with_the_rules_backend_needs_no_endpoint(tmp_path: Path) -> None:
    results = list(extract_many(Path("seeds"), concurrency=2, backend="rules"))
    assert len(results) == 5 and all(r.ok and r.record.statistics for r in results)


def test_breaking_out_of_extract_many_cancels_what_is_in_flight(tmp_path: Path) -> None:
    responder = Scripted(delay=0.2)
    with OpenAIServer(responder) as server:
        it = extract_many(
            synthetic_articles(50), concurrency=4, settings=settings_for(server, tmp_path)
        )
        first = next(it)
        it.close()
        asked = len(server.completion_requests)
    assert first.ok
    assert asked <= 4 + 1  # nothing dispatched after the consumer stopped


# -- run_batch: the output file ---------------------------------------------------------
def test_run_batch_writes_one_line_per_article_and_resumes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(Scripted(failing={3, 7, 11})) as server:
        settings = settings_for(server, tmp_path)
        stats = run_batch(src, out, settings=settings, options=BatchOptions(concurrency=5))
        first_requests = len(server.completion_requests)
    assert stats.status == "completed"
    assert (stats.succeeded, stats.failed, stats.total) == (17, 3, 20)
    assert stats.failures_by_cause == {"TransportError": 3}
    lines = lines_of(out)
    assert len(lines) == 20 and len({d["article_id"] for d in lines}) == 20
    assert {d["article_id"] for d in lines if "error" in d} == {
        "syn_000003",
        "syn_000007",
        "syn_000011",
    }
    assert first_requests == 20

    # the endpoint is healthy again: a second run retries only the three errors
    with OpenAIServer(Scripted()) as server:
        stats2 = run_batch(
            src, out, settings=settings_for(server, tmp_path), options=BatchOptions(concurrency=5)
        )
        assert len(server.completion_requests) == 3
    assert (stats2.skipped_done, stats2.retried, stats2.succeeded, stats2.failed) == (17, 3, 3, 0)
    lines = lines_of(out)
    assert len(lines) == 20  # the errors were replaced, not appended to
    assert not any("error" in d for d in lines)
    records, errors = read_predictions(out)  # the evaluation harness reads it as it is
    assert len(records) == 20 and not errors

    # a third run has nothing to do and makes no request
    with OpenAIServer(Scripted()) as server:
        stats3 = run_batch(src, out, settings=settings_for(server, tmp_path))
        assert server.completion_requests == []
    assert stats3.skipped_done == 20 and stats3.processed == 0
    assert lines_of(out) == lines


def test_duplicate_ids_in_the_input_are_extracted_once(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    items = list(synthetic_articles(4))
    src.write_text("\n".join(json.dumps(i) for i in items + items[:2]) + "\n")
    out = tmp_path / "out.jsonl"
    with OpenAIServer(Scripted()) as server:
        stats = run_batch(src, out, settings=settings_for(server, tmp_path))
        assert len(server.completion_requests) == 4
    assert stats.duplicates == 2
    assert len(lines_of(out)) == 4


def test_a_torn_last_line_is_cut_and_its_article_done_again(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(Scripted()) as server:
        run_batch(src, out, settings=settings_for(server, tmp_path, use_cache=False))
    whole = out.read_bytes().splitlines(keepends=True)
    torn_id = json.loads(whole[-1])["article_id"]
    out.write_bytes(b"".join(whole[:-1]) + whole[-1][:40])  # killed mid-write
    with OpenAIServer(Scripted()) as server:
        stats = run_batch(src, out, settings=settings_for(server, tmp_path, use_cache=False))
        asked = [article_no(r) for r in server.completion_requests]
    assert stats.skipped_done == 5 and stats.succeeded == 1
    assert asked == [int(torn_id[-6:])]
    lines = lines_of(out)
    assert sorted(d["article_id"] for d in lines) == [f"syn_{i:06d}" for i in range(6)]


def test_a_file_that_is_not_a_batch_output_is_never_appended_to(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    out = tmp_path / "notes.jsonl"
    out.write_text('{"article_id": "a"}\nthis is my shopping list\n{"article_id": "b"}\n')
    before = out.read_bytes()
    from extractor.errors import InputError

    with pytest.raises(InputError, match="line 2 is not a batch result"):
        run_batch(src, out, settings=Settings.resolve(backend="rules"))
    assert out.read_bytes() == before
    assert not manifest_path(out).exists()


# -- manifest and CSV --------------------------------------------------------------------
def test_manifest_traces_each_run_and_holds_no_key(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(Scripted(failing={2})) as server:
        settings = settings_for(server, tmp_path, model="gpt-4o-mini")
        run_batch(src, out, settings=settings, options=BatchOptions(concurrency=2))
        run_batch(src, out, settings=settings, options=BatchOptions(concurrency=2))
    manifest = json.loads(manifest_path(out).read_text())
    first, second = manifest["runs"]
    assert first["backend"] == "llm"
    assert first["settings"]["model"] == "gpt-4o-mini"
    assert first["settings"]["prompt_version"].startswith("extract_v1")
    assert first["input"] == {"kind": "jsonl", "location": str(src)}
    assert first["options"]["concurrency"] == 2
    assert first["started"] and first["finished"]
    s1, s2 = first["stats"], second["stats"]
    assert (s1["status"], s1["succeeded"], s1["failed"]) == ("completed", 4, 1)
    assert s1["failures_by_cause"] == {"TransportError": 1}
    assert s1["usage"]["requests"] == 5
    assert s1["usage"]["total_tokens"] == 4 * (120 + 80)  # the server's usage per answer
    assert s1["cost_usd"] > 0  # gpt-4o-mini has a known price
    assert (s2["skipped_done"], s2["retried"], s2["failed"]) == (4, 1, 1)
    for path in (manifest_path(out), out):
        assert KEY not in path.read_text()


def test_csv_has_one_row_per_statistic_and_no_duplicates_after_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    table = tmp_path / "stats.csv"
    opts = BatchOptions(csv_path=table)
    run_batch("seeds", out, settings=Settings.resolve(backend="rules"), options=opts)
    rows = list(csv.DictReader(table.open(newline="")))
    expected = sum(len(d["statistics"]) for d in lines_of(out))
    assert len(rows) == expected > 20
    assert list(rows[0]) == [
        "article_id",
        "published",
        "metric",
        "value",
        "qualifier",
        "area",
        "label",
        "evidence",
    ]
    run_batch("seeds", out, settings=Settings.resolve(backend="rules"), options=opts)
    assert len(list(csv.DictReader(table.open(newline="")))) == expected
    some = next(r for r in rows if r["article_id"].startswith("002"))
    text = Path("seeds", some["article_id"] + ".txt").read_text()
    assert " ".join(some["evidence"].split()) in " ".join(text.split())


# -- limits and run-level failures -------------------------------------------------------
class RecordingGate(RequestGate):
    """The batch's gate, keeping its own accounting: when it was made, when each request
    asked to go and when it went."""

    made: list[RecordingGate] = []

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.created = time.monotonic()
        self.asked: list[float] = []
        self.went: list[float] = []
        RecordingGate.made.append(self)

    async def acquire(self, estimated_tokens: float) -> Any:
        self.asked.append(time.monotonic())
        ticket = await super().acquire(estimated_tokens)
        self.went.append(time.monotonic())
        return ticket


def replay_request_bucket(gate: RecordingGate, rpm: float) -> float:
    """Check the token-bucket law on the gate's own record; the longest wait it required.

    The bucket starts full (one second's worth), refills at rpm / 60 per second, and every
    request takes one: at the moment each request went, a whole token must have been there.
    Timing-independent: however slowly the requests arrive, this must hold.
    """
    rate, capacity = rpm / 60.0, max(1.0, rpm / 60.0)
    level, last, longest = capacity, gate.created, 0.0
    for k, (asked, went) in enumerate(zip(gate.asked, gate.went, strict=True)):
        ready = max(asked, gate.went[k - 1] if k else asked)  # first come, first served
        short = 1 - min(capacity, level + (ready - last) * rate)
        longest = max(longest, short / rate)  # > 0: empty when this one's turn came
        level = min(capacity, level + (went - last) * rate)
        assert level >= 1 - 1e-6, f"request {k} went {1 - level:.3f} tokens early"
        level, last = level - 1, went
    return longest


def test_rpm_limit_passes_every_request_through_the_gate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extractor.batch_run.RequestGate", RecordingGate)
    RecordingGate.made.clear()
    with OpenAIServer(Scripted()) as server:
        # warm up: a cold process spends ~1.4 s on its first request, which lets the
        # bucket refill while the others arrive (the law below holds either way)
        run_batch(
            write_jsonl(tmp_path / "warm.jsonl", 1),
            tmp_path / "warm-out.jsonl",
            settings=settings_for(server, tmp_path, use_cache=False),
            options=BatchOptions(concurrency=1, rpm=600),
        )
        warm_requests = len(server.completion_requests)
        src = write_jsonl(tmp_path / "in.jsonl", 14)
        out = tmp_path / "out.jsonl"
        # 600 rpm: a burst of 10, then one every 0.1 s
        stats = run_batch(
            src,
            out,
            settings=settings_for(server, tmp_path),
            options=BatchOptions(concurrency=14, rpm=600),
        )
        requests = len(server.completion_requests) - warm_requests
    waited = json.loads(manifest_path(out).read_text())["runs"][0]["rate_limit"]["waited_s"]
    gate = RecordingGate.made[-1]
    assert stats.succeeded == 14
    assert len(gate.went) == requests == 14  # every request passed the gate, once
    # none went beyond the rate: 14 arriving together means the 4 beyond the burst waited
    required = replay_request_bucket(gate, 600)
    if max(gate.asked) - min(gate.asked) < 0.3:
        assert required > 0
    # and the gate's own accounting agrees: it waited only when the bucket said so
    assert (waited > 0) <= (required > 0)
    if required > 0.1:
        assert waited > 0


def test_a_429_pauses_the_whole_batch(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(Scripted()) as server:
        server.script(Fault.http(429, retry_after=0.05))
        stats = run_batch(
            src, out, settings=settings_for(server, tmp_path), options=BatchOptions(concurrency=1)
        )
        assert len(server.completion_requests) == 5
    run = json.loads(manifest_path(out).read_text())["runs"][0]
    assert stats.succeeded == 4
    assert run["rate_limit"]["pauses"] == 1


def test_a_refused_key_stops_the_run_instead_of_failing_every_article(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 200)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(lambda r: Fault.http(401, f"Incorrect API key provided: {KEY}")) as server:
        with pytest.raises(AuthenticationFailed) as caught:
            run_batch(
                src,
                out,
                settings=settings_for(server, tmp_path),
                options=BatchOptions(concurrency=4),
            )
        asked = len(server.completion_requests)
    assert asked <= 8
    assert KEY not in caught.value.one_line()
    lines = lines_of(out)
    assert 1 <= len(lines) <= 8 and all(
        d["error"]["cause"] == "AuthenticationFailed" for d in lines
    )
    run = json.loads(manifest_path(out).read_text())["runs"][0]
    assert run["stats"]["status"] == "aborted"
    assert KEY not in out.read_text() + manifest_path(out).read_text()


def test_an_unreachable_endpoint_stops_the_run_after_a_few_articles(tmp_path: Path) -> None:
    server = OpenAIServer()
    base_url = server.base_url  # a free port nobody listens on once the server is gone
    server._httpd.server_close()
    src = write_jsonl(tmp_path / "in.jsonl", 100)
    out = tmp_path / "out.jsonl"
    settings = Settings.resolve(
        base_url=base_url, api_key=KEY, backend="llm", max_attempts=1, cache_dir=tmp_path / "c"
    )
    with pytest.raises(EndpointUnreachable):
        run_batch(src, out, settings=settings, options=BatchOptions(concurrency=2))
    assert ABORT_AFTER <= len(lines_of(out)) <= ABORT_AFTER + 2


def test_the_sync_api_inside_an_event_loop_points_to_the_async_twin() -> None:
    from extractor.errors import ConfigurationError

    async def inside() -> None:
        with pytest.raises(ConfigurationError, match="cannot run inside one") as caught:
            next(extract_many([], backend="rules"))
        assert "aextract_many" in caught.value.one_line()
        with pytest.raises(ConfigurationError, match="run_batch runs its own event loop"):
            run_batch("seeds", "out.jsonl", settings=Settings.resolve(backend="rules"))

    asyncio.run(inside())


def test_line_separators_inside_records_survive_the_round_trip_to_eval(tmp_path: Path) -> None:
    """U+2028 and friends are legal inside a JSON string and written raw; every reader of
    JSONL splits on \\n only (str.splitlines would cut the line in two)."""
    text = "Police made 12 arrests\u2028in Kent during a county lines week of action."
    record = {
        "statistics": [
            {
                "metric": "arrests",
                "value": 12,
                "area": "Kent",
                "evidence": "12 arrests\u2028in Kent",
            }
        ]
    }
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "text": text})
        + "\n"
        + json.dumps({"id": "odd\u2029\x85\x1cid", "text": " "})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    with OpenAIServer(lambda r: Reply(record=record)) as server:
        stats = run_batch(src, out, settings=settings_for(server, tmp_path))
    assert (stats.succeeded, stats.failed) == (1, 1)
    raw = out.read_text(encoding="utf-8")
    assert "\u2028" in raw and "\u2029" in raw and raw.count("\n") == 2
    records, errors = read_predictions(out)
    assert records["a1"].statistics[0].evidence == "12 arrests\u2028in Kent"
    assert list(errors) == ["odd\u2029\x85\x1cid"]
