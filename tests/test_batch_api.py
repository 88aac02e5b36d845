"""``extractor batch --via batch-api``: the whole Batch API cycle over HTTP, against the
loopback server's Files and Batches endpoints (submit, poll, collect, re-ask, resume,
cancel, expiry, faults)."""

from __future__ import annotations

import json
import logging
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from test_batch_cli import batch, cli_env, ids_in, on_a_terminal, start_batch

from extractor import Settings
from extractor.batch import BatchOptions, BatchStats, cancel_batch, run_batch
from extractor.batch_store import manifest_path
from extractor.errors import ConfigurationError, TransportError
from extractor.pipeline import Extractor
from extractor.testing import Fault, OpenAIServer, RecordedRequest, Reply
from extractor.testing.batches import BatchPlan
from extractor.testing.corpus import figure_record, figure_responder, synthetic_text, write_jsonl

KEY = "sk-test-BATCH-API-7c1d"
IDS = [f"syn_{i:06d}" for i in range(6)]


def settings(server: OpenAIServer, tmp_path: Path, **changes: Any) -> Settings:
    values: dict[str, Any] = {
        "backend": "llm",
        "base_url": server.base_url,
        "api_key": KEY,
        "cache_dir": tmp_path / "cache",
        "backoff_initial": 0.01,
        "backoff_max": 0.02,
    }
    return Settings(**{**values, **changes})


def via_batch(
    server: OpenAIServer, tmp_path: Path, src: Path, out: Path, **changes: Any
) -> BatchStats:
    options = BatchOptions(via="batch-api", poll_interval=0, price=(1.0, 2.0))
    return run_batch(src, out, settings=settings(server, tmp_path, **changes), options=options)


def records(out: Path) -> dict[str, dict[str, Any]]:
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    return {x["article_id"]: x for x in lines}


def live(server: OpenAIServer) -> list[RecordedRequest]:
    """Chat completions asked over HTTP (not as lines of a batch)."""
    return [r for r in server.completion_requests if r.batch_id is None]


def calls(server: OpenAIServer, start: str) -> list[RecordedRequest]:
    """Files / batches calls whose "METHOD path" starts with ``start`` (``$``: ends there)."""
    exact = start.endswith("$")
    start = start.removesuffix("$")
    return [
        c
        for c in server.batches.calls
        if (f"{c.method} {c.path}" == start if exact else f"{c.method} {c.path}".startswith(start))
    ]


def uploads(server: OpenAIServer) -> list[list[dict[str, Any]]]:
    """The lines of each batch input file uploaded, in order."""
    files = [f for f in server.batches.files.values() if f.obj["purpose"] == "batch"]
    return [[json.loads(x) for x in f.data.decode().splitlines()] for f in files]


def input_bodies(server: OpenAIServer) -> dict[str, dict[str, Any]]:
    """custom_id -> body of every line of every uploaded batch input file."""
    return {line["custom_id"]: line["body"] for lines in uploads(server) for line in lines}


def manifest(out: Path) -> dict[str, Any]:
    return json.loads(manifest_path(out).read_text())


# -- one code path: the batch line is the live request ----------------------------------
@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_a_batch_line_body_is_what_the_live_path_sends(tmp_path: Path, mode: str) -> None:
    text = synthetic_text(3) + "Seized: {{ 7 * 6 }} phones and “crack”.\n"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": text}) + "\n")
    with OpenAIServer(figure_responder) as server:
        s = settings(server, tmp_path, mode=mode, use_cache=False)
        with Extractor(settings=s) as ex:
            ex.extract(text, article_id="a1")
        (sent,) = live(server)
        run_batch(
            src, tmp_path / "out.jsonl", settings=s,
            options=BatchOptions(via="batch-api", poll_interval=0),
        )  # fmt: skip
        line = input_bodies(server)["a1"]
    assert "stream" not in sent.body
    assert line == sent.body
    assert list(line) == list(sent.body)  # the same keys in the same order


# -- submit, poll, complete ------------------------------------------------------------
def test_submit_poll_collect_into_out_and_the_cache_then_nothing_is_asked_again(
    tmp_path: Path,
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", len(IDS))
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        stats = via_batch(server, tmp_path, src, out)
        assert stats.status == "completed" and stats.succeeded == len(IDS) and stats.failed == 0
        assert live(server) == []  # every answer came from the batch
        assert len(calls(server, "POST /v1/files$")) == 1
        assert len(calls(server, "POST /v1/batches$")) == 1
        assert len(calls(server, "GET /v1/batches/")) >= 3  # polled through its stages
        got = records(out)
        assert sorted(got) == IDS
        first = got[IDS[0]]
        assert first["statistics"][0]["evidence"].startswith("Officers made")
        assert first["provenance"]["attempts"] == 1
        assert first["provenance"]["usage"]["requests"] == 1
        # half the live price: 6 answers of 120 prompt + 80 completion tokens at $1/$2 per M
        assert stats.batch_tokens == 6 * 200
        assert stats.cost_usd == pytest.approx(6 * (120 * 1 + 80 * 2) / 1e6 * 0.5)
        done = manifest(out)
        assert "batch_api" not in done  # nothing in progress
        (entry,) = done["batch_api_done"]
        assert entry["status"] == "completed" and entry["request_counts"]["completed"] == 6
        assert not list(tmp_path.glob("out.jsonl.batch-*"))  # the batch's files are gone
        # the same OUT again: everything is done, no request of any kind
        before = (len(server.batches.calls), len(server.completion_requests))
        again = via_batch(server, tmp_path, src, out)
        assert again.skipped_done == len(IDS)
        # another OUT, same cache: every record from the cache, nothing submitted
        other = via_batch(server, tmp_path, src, tmp_path / "other.jsonl")
        assert other.cached == len(IDS)
        assert (len(server.batches.calls), len(server.completion_requests)) == before
    assert KEY not in out.read_text() + manifest_path(out).read_text()


# -- partial failure: an error-file line and an invalid answer, both asked live ------------
def test_a_failed_line_and_an_invalid_answer_are_asked_through_the_live_path(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="extractor.llm.answer")
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    ungrounded = figure_record(synthetic_text(1))
    assert ungrounded is not None
    ungrounded["statistics"][0]["evidence"] = "Officers made 999 arrests in Atlantis"
    with OpenAIServer(figure_responder) as server:
        # batch lines are answered in input order: line 0 faults, line 1 is not grounded
        server.script(Fault.http(500, "the model crashed"), Reply(record=ungrounded))
        stats = via_batch(server, tmp_path, src, out)
        asked_live = live(server)
        sent_in_batch = input_bodies(server)
    assert stats.status == "completed" and stats.succeeded == 4 and stats.failed == 0
    got = records(out)
    assert sorted(got) == IDS[:4]
    # syn_0: the batch failed its request; asked again live, once
    # syn_1: its answer failed grounding; re-asked live with instructor's re-ask message
    assert len(asked_live) == 2
    # the re-ask is instructor's: the first request, the bad answer, what was wrong with it
    (reask,) = [r for r in asked_live if "Atlantis" in json.dumps(r.messages)]
    first_line = sent_in_batch["syn_000001"]["messages"]
    assert reask.messages[: len(first_line)] == first_line
    assert len(reask.messages) > len(first_line)
    assert got["syn_000001"]["provenance"]["attempts"] == 2
    assert got["syn_000001"]["provenance"]["usage"]["requests"] == 2
    assert got["syn_000000"]["provenance"]["attempts"] == 1
    assert got["syn_000001"]["statistics"][0]["value"] == 4
    calls_logged = [r.getMessage() for r in caplog.records if "llm call" in r.getMessage()]
    assert sum("source=batch" in m for m in calls_logged) == 3  # one INFO line per answer
    assert sum("try=1" in m for m in calls_logged) == 2
    # cost: 3 batch answers at half price, the 2 live answers at full price
    assert stats.batch_tokens == 3 * 200
    assert stats.cost_usd == pytest.approx((3 * 280 * 0.5 + 2 * 280) / 1e6)


def test_an_answer_still_invalid_after_the_live_re_asks_is_an_error_line(
    tmp_path: Path,
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 1)
    out = tmp_path / "out.jsonl"
    bad = Reply(record={"statistics": [{"metric": "arrests", "value": 5, "evidence": "nowhere"}]})
    with OpenAIServer(lambda r: bad) as server:
        stats = via_batch(server, tmp_path, src, out, max_validation_attempts=2)
        assert len(live(server)) == 1  # bounded as live re-asks are: 2 answers in all
    assert stats.failed == 1 and stats.status == "completed"
    (line,) = records(out).values()
    assert line["error"]["cause"] == "ExtractionError"
    assert line["error"]["attempts"] == 2


# -- expiry, failure, cancel: reported, the unfinished submitted again --------------------
def test_an_expired_batch_is_reported_and_a_rerun_submits_only_the_unfinished(
    tmp_path: Path,
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", len(IDS))
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.script(BatchPlan(expire_after=2))
        stats = via_batch(server, tmp_path, src, out)
        assert stats.status == "expired" and stats.unfinished == 4 and stats.succeeded == 2
        assert sorted(records(out)) == IDS[:2]
        (entry,) = manifest(out)["batch_api_done"]
        assert entry["status"] == "expired"
        assert entry["request_counts"] == {"total": 6, "completed": 2, "failed": 4}
        assert manifest(out)["runs"][0]["batch_api"]["unfinished"] == 4
        assert live(server) == []  # the expired lines are not asked live
        again = via_batch(server, tmp_path, src, out)
        assert again.status == "completed" and again.succeeded == 4
    assert sorted(records(out)) == IDS
    assert [len(lines) for lines in uploads(server)] == [6, 4]


def test_a_full_batch_leaves_the_rest_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor import batch_api_run

    monkeypatch.setattr(batch_api_run, "MAX_REQUESTS", 4)  # the API's limit is 50,000
    src = write_jsonl(tmp_path / "in.jsonl", len(IDS))
    out = tmp_path / "out.jsonl"
    phases: list[str] = []
    with OpenAIServer(figure_responder) as server:
        s = settings(server, tmp_path)
        options = BatchOptions(via="batch-api", poll_interval=0)
        stats = run_batch(
            src, out, settings=s, options=options, progress=lambda st: phases.append(st.phase or "")
        )
        assert stats.succeeded == 4 and sorted(records(out)) == IDS[:4]
        assert any("2 articles were not in this batch; run the same command" in p for p in phases)
        assert manifest(out)["runs"][0]["batch_api"]["left_for_next_run"] == 2
        again = run_batch(src, out, settings=s, options=options)
        assert again.succeeded == 2 and again.skipped_done == 4
        assert [len(lines) for lines in uploads(server)] == [4, 2]
    assert sorted(records(out)) == IDS


def test_the_polls_show_above_the_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        args = [str(src), "-o", str(out), "--backend", "llm", "--model", "gpt-4o-mini"]
        code, screen = on_a_terminal(
            [*args, "--via", "batch-api", "--poll-interval", "0"], cli_env(tmp_path, server)
        )
    assert code == 0, screen
    for line in ("created (3 requests)", "in_progress, 3/3 answered", "completed, 3/3 answered"):
        assert line in screen, (line, screen[-800:])
    assert "3/3" in screen and "completed: 3 records" in screen
    assert "priced at 50% of the live price" in screen


def test_a_batch_that_fails_validation_is_reported_with_its_errors(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.script(BatchPlan(fail_code="token_limit_exceeded", fail_message="too big"))
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--backend", "llm", "--via", "batch-api"]
        done = batch([*args, "--poll-interval", "0"], env)
        assert done.returncode == 9, done.stderr
        assert "failed" in done.stderr and "3 articles unfinished" in done.stderr
        assert "Traceback" not in done.stderr
        run = manifest(out)["runs"][0]["batch_api"]
        assert run["status"] == "failed"
        assert run["errors"] == ["token_limit_exceeded: too big"]
        assert not out.exists() or out.read_text() == ""
        # fixed at the provider: the next run submits all three again
        again = batch([*args, "--poll-interval", "0"], env)
        assert again.returncode == 0, again.stderr
    assert sorted(ids_in(out)) == IDS[:3]


def wait_for_batch(out: Path, proc: Any, limit: float = 60) -> str:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            batch_id = manifest(out).get("batch_api", {}).get("batch_id")
        except (OSError, ValueError):
            batch_id = None
        if batch_id:
            return str(batch_id)
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("no batch id in the manifest")


def test_kill_9_while_polling_then_a_rerun_polls_the_same_batch(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", len(IDS))
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.script(BatchPlan(slow=100_000))
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--backend", "llm", "--via", "batch-api"]
        proc = start_batch([*args, "--poll-interval", "0.05"], env)
        batch_id = wait_for_batch(out, proc)
        while len(calls(server, f"GET /v1/batches/{batch_id}")) < 3:
            time.sleep(0.05)  # polling
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        server.batches.batches[batch_id].plan.slow = 0  # the provider gets to it
        done = batch([*args, "--poll-interval", "0"], env)
        assert done.returncode == 0, done.stderr
        assert len(calls(server, "POST /v1/batches$")) == 1  # no second batch
        assert len(calls(server, "POST /v1/files$")) == 1
        assert f"batch {batch_id}: completed" in done.stderr
        assert live(server) == []
    assert sorted(ids_in(out)) == IDS
    runs = manifest(out)["runs"]
    assert runs[0]["stats"]["status"] == "interrupted"  # the killed run, marked by the next
    assert runs[1]["batch_api"]["batch_id"] == batch_id


def test_a_run_killed_between_creating_the_batch_and_noting_it_finds_its_batch(
    tmp_path: Path,
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.script(BatchPlan(slow=100_000))
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--backend", "llm", "--via", "batch-api"]
        proc = start_batch([*args, "--poll-interval", "0.05"], env)
        batch_id = wait_for_batch(out, proc)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        data = manifest(out)
        data["batch_api"]["batch_id"] = None  # as if killed before the id was written
        manifest_path(out).write_text(json.dumps(data))
        server.batches.batches[batch_id].plan.slow = 0
        # and meanwhile one article was corrected: its batch answer is for the old text
        items = [json.loads(x) for x in src.read_text().splitlines()]
        items[2]["text"] = items[2]["text"].replace("made 5 arrests", "made 50 arrests")
        src.write_text("".join(json.dumps(x) + "\n" for x in items))
        done = batch([*args, "--poll-interval", "0"], env)
        assert done.returncode == 0, done.stderr
        assert len(calls(server, "POST /v1/batches$")) == 1
        assert len(calls(server, "GET /v1/batches?")) == 1  # looked it up by its input file
        assert f"batch {batch_id} found again" in done.stderr
        (asked,) = live(server)  # the changed article, asked live with its new text
        assert "made 50 arrests" in asked.user_text
    assert sorted(ids_in(out)) == IDS[:3]
    assert records(out)["syn_000002"]["statistics"][0]["value"] == 50


def test_cancel_then_collect_what_was_done_then_submit_the_rest(tmp_path: Path) -> None:
    n = 40  # a line per poll, a poll per 0.3 s: the cancel comes long before the end
    src = write_jsonl(tmp_path / "in.jsonl", n)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.script(BatchPlan(lines_per_poll=1, slow=100_000))
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--backend", "llm", "--via", "batch-api"]
        proc = start_batch([*args, "--poll-interval", "0.3"], env)
        batch_id = wait_for_batch(out, proc)
        while server.batches.batches[batch_id].obj["request_counts"]["completed"] < 2:
            time.sleep(0.02)
        cancelled = batch([*args, "--cancel"], env)
        assert cancelled.returncode == 0, cancelled.stderr
        assert f"batch {batch_id}: cancelling" in cancelled.stderr
        _, err = proc.communicate(timeout=60)  # the poller sees it and collects the done part
        assert proc.returncode == 9, err
        assert "the batch cancelled" in err and "unfinished" in err
        first = ids_in(out)
        assert 2 <= len(first) < n
        again = batch([*args, "--poll-interval", "0"], env)
        assert again.returncode == 0, again.stderr
        assert len(calls(server, "POST /v1/batches$")) == 2
        assert len(calls(server, f"POST /v1/batches/{batch_id}/cancel")) == 1
    assert sorted(ids_in(out)) == [f"syn_{i:06d}" for i in range(n)]
    assert len(uploads(server)[1]) == n - len(first)


def test_cancel_with_no_batch_in_progress_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        s = settings(server, tmp_path)
        with pytest.raises(ConfigurationError, match="nothing to cancel"):
            cancel_batch(out, settings=s)
        via_batch(server, tmp_path, write_jsonl(tmp_path / "in.jsonl", 1), out)
        with pytest.raises(ConfigurationError, match="no Batch API batch in progress"):
            cancel_batch(out, settings=s)


# -- faults on the batch endpoints -------------------------------------------------------
def test_http_faults_on_the_batch_endpoints_are_retried(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.fail_calls(Fault.http(429, retry_after=0), on="POST /files")
        server.batches.fail_calls(Fault.http(503), on="POST /batches")
        server.batches.fail_calls(Fault.drop(), on="GET /batches/")
        server.batches.fail_calls(Fault.http(200, delay=3.0), on="GET /batches/")  # too slow
        server.batches.fail_calls(Fault.http(500), on="GET /files/")
        stats = via_batch(server, tmp_path, src, out, timeout=0.5)
        assert stats.status == "completed" and stats.succeeded == 3
        assert len(calls(server, "POST /v1/files$")) == 2
        assert len(calls(server, "POST /v1/batches$")) == 2
        polls = calls(server, "GET /v1/batches/")
        assert len(polls) == 5  # 3 stages, one dropped, one too slow
        assert polls[2].at - polls[1].at < 2.0  # the slow one timed out at 0.5 s and was retried
        assert len(server.batches.batches) == 1  # the refused create made no batch
    assert sorted(records(out)) == IDS[:3]


def test_an_endpoint_without_a_batch_api_is_one_clear_error(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        server.batches.fail_calls(Fault.http(404, "no route"), on="POST /files")
        with pytest.raises(TransportError, match="has no Batch API"):
            via_batch(server, tmp_path, src, out)
        assert live(server) == []
        # nothing was lost: the next run (the endpoint fixed) submits again
        stats = via_batch(server, tmp_path, src, out)
    assert stats.succeeded == 2


# -- bad input: one line, nothing written ------------------------------------------------
@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--backend", "rules"], "--via batch-api needs the LLM backend"),
        (["--backend", "llm", "--offline"], "--via batch-api submits requests; --offline"),
        (["--backend", "llm", "--poll-interval", "-1"], "--poll-interval must be 0 or more"),
        (["--backend", "llm", "--poll-interval", "nan"], "--poll-interval must be 0 or more"),
    ],
)
def test_bad_batch_api_options_fail_in_one_line(
    tmp_path: Path, extra: list[str], says: str
) -> None:
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        done = batch(
            ["seeds", "-o", str(out), "--via", "batch-api", *extra], cli_env(tmp_path, server)
        )
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    assert not out.exists() and not manifest_path(out).exists()


def test_cancel_without_via_batch_api_and_live_over_a_batch_are_refused(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        env = cli_env(tmp_path, server)
        done = batch([str(src), "-o", str(out), "--backend", "llm", "--cancel"], env)
        assert done.returncode == 2 and "add --via batch-api" in done.stderr
        server.batches.script(BatchPlan(slow=100_000))
        proc = start_batch(
            [str(src), "-o", str(out), "--backend", "llm", "--via", "batch-api",
             "--poll-interval", "0.05"], env,
        )  # fmt: skip
        wait_for_batch(out, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130 and "keeps running at the provider" in err
        live_run = batch([str(src), "-o", str(out), "--backend", "llm"], env)
        assert live_run.returncode == 2, live_run.stderr
        assert "in progress for this output" in live_run.stderr
        assert live(server) == []
        changed = batch(
            [str(src), "-o", str(out), "--backend", "llm", "--via", "batch-api",
             "--ungrounded", "drop"], env,
        )  # fmt: skip
        assert changed.returncode == 2 and "was made with ungrounded 'reask'" in changed.stderr
