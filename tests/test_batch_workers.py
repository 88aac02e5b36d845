"""``extractor batch --workers N``: one batch over several processes, over the wire."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_batch import KEY, settings_for
from test_batch_cli import cli_env, slow, start_batch, wait_for_lines

from extractor import Settings, run_batch
from extractor.batch import BatchOptions
from extractor.batch_store import manifest_path
from extractor.errors import ConfigurationError
from extractor.ratelimit import RequestGate
from extractor.testing import Fault, OpenAIServer
from extractor.testing.corpus import figure_responder, write_jsonl
from extractor.testing.openai_server import RecordedRequest


def records(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for line in path.read_text().splitlines():
        data = json.loads(line)
        data.pop("provenance", None)
        out[data["article_id"]] = data
    return out


def last_run(out: Path) -> dict[str, Any]:
    return json.loads(manifest_path(out).read_text())["runs"][-1]


class FailSome:
    """Answer every synthetic article with its record, except the ones named (HTTP 400)."""

    def __init__(self, failing: set[str]) -> None:
        self.failing = failing

    def __call__(self, request: RecordedRequest) -> Any:
        if any(f"report {n} describes" in request.user_text for n in self.failing):
            return Fault.http(400, "the model cannot take this request")
        return figure_responder(request)


SCRIPT = """
import sys
from extractor import Settings, run_batch
from extractor.batch import BatchOptions

settings = Settings.resolve(base_url=sys.argv[3], api_key=sys.argv[4], backend="llm",
                            cache_dir=sys.argv[5], max_attempts=1)
stats = run_batch(sys.argv[1], sys.argv[2], settings=settings,
                  options=BatchOptions(workers=2, concurrency=8))
print("RUN", stats.succeeded, stats.failed, stats.cached, stats.usage.requests)
"""


def test_two_workers_write_what_one_process_writes_and_fill_the_cache(tmp_path: Path) -> None:
    # the workers run from a plain script with no __main__ guard, as a user may write it:
    # the script must run once, not once more in every worker
    script = tmp_path / "plain.py"
    script.write_text(SCRIPT)
    src = write_jsonl(tmp_path / "in.jsonl", 40)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    with OpenAIServer(FailSome({"7", "21"})) as server:
        one = run_batch(
            src,
            tmp_path / "one.jsonl",
            settings=settings_for(server, tmp_path, use_cache=False, max_attempts=1),
        )
        runs = []
        for out in ("two.jsonl", "again.jsonl"):
            done = subprocess.run(
                [
                    sys.executable,
                    str(script),
                    str(src),
                    str(tmp_path / out),
                    server.base_url,
                    KEY,
                    str(tmp_path / "cache"),
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, done.stderr
            assert done.stdout.count("RUN") == 1, done.stdout
            runs.append(done.stdout.split("RUN")[1].split())
        # 40 asked by one process, 40 by the workers, then only the 2 failures again
        assert len(server.completion_requests) == 82
    assert one.succeeded == 38 and one.failed == 2
    assert runs == [["38", "2", "0", "40"], ["38", "2", "38", "2"]]
    two = records(tmp_path / "two.jsonl")
    assert two == records(tmp_path / "one.jsonl") == records(tmp_path / "again.jsonl")
    assert {k for k, v in two.items() if "error" in v} == {"syn_000007", "syn_000021"}
    assert all(
        v["error"]["cause"] == "TransportError"
        and "cannot take this request" in v["error"]["message"]
        for v in two.values()
        if "error" in v
    )
    run = last_run(tmp_path / "two.jsonl")
    assert run["stats"]["status"] == "completed" and run["options"]["workers"] == 2
    # both processes worked, neither is this one
    done_by = run["workers"]["articles"]
    assert len(done_by) == 2 and sum(done_by.values()) == 40
    assert str(os.getpid()) not in done_by and run["workers"]["cpu_s"] > 0
    assert KEY not in (tmp_path / "two.jsonl").read_text()


def test_the_rpm_limit_is_shared_by_the_workers(tmp_path: Path) -> None:
    # 120 rpm = 2 requests/s in all: two workers at 60 rpm each (a burst of one each),
    # so 8 requests take at least (8 - 2) / 2 = 3 s; unshared (120 each) they would take 1.5
    src = write_jsonl(tmp_path / "in.jsonl", 8)
    with OpenAIServer(figure_responder) as server:
        run_batch(
            src,
            tmp_path / "out.jsonl",
            settings=settings_for(server, tmp_path, use_cache=False),
            options=BatchOptions(workers=2, rpm=120, concurrency=8),
        )
        stamps = sorted(r.at for r in server.completion_requests)
    assert len(stamps) == 8
    assert stamps[-1] - stamps[0] >= 2.9


def test_a_429_pauses_every_worker_through_the_shared_value() -> None:
    import multiprocessing

    shared = multiprocessing.get_context("spawn").Value("d", 0.0, lock=False)
    now = [100.0]
    one = RequestGate(clock=lambda: now[0], shared_pause=shared)
    other = RequestGate(clock=lambda: now[0], shared_pause=shared)
    one.pause(5.0)
    assert other.paused_until == 105.0 and one.pauses == 1 and other.pauses == 0
    other.pause(2.0)  # an earlier end does not shorten the pause
    assert one.paused_until == 105.0


@pytest.mark.parametrize("workers", [0, -1, 65])
def test_a_bad_worker_count_is_refused_before_writing(tmp_path: Path, workers: int) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    with pytest.raises(ConfigurationError, match="--workers must be between 1 and 64"):
        run_batch(
            src,
            tmp_path / "out.jsonl",
            settings=Settings.resolve(backend="rules"),
            options=BatchOptions(workers=workers),
        )
    assert not (tmp_path / "out.jsonl").exists()


def test_workers_with_the_batch_api_are_refused_before_writing(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    with OpenAIServer(figure_responder) as server:
        with pytest.raises(ConfigurationError, match="--via batch-api sends the whole batch"):
            run_batch(
                src,
                tmp_path / "out.jsonl",
                settings=settings_for(server, tmp_path),
                options=BatchOptions(workers=2, via="batch-api"),
            )
        assert server.requests == []
    assert not (tmp_path / "out.jsonl").exists()


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _workers_of(pid: int) -> list[int]:
    """The worker processes of a batch: its spawned children (not the resource tracker)."""
    return [
        child
        for child in _children(pid)
        if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()
    ]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_killed_worker_stops_the_run_in_one_line_and_the_rerun_resumes(
    tmp_path: Path,
) -> None:
    with OpenAIServer(slow(0.1)) as server:
        proc, out, again, env, workers = _two_workers_mid_run(tmp_path, server)
        victim = max(workers)
        os.kill(victim, signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 5, err
        assert "died (exit code -9)" in err and "run the same command again" in err
        assert "Traceback" not in err
        first = records(out)
        assert 4 <= len(first) < 60
        server.responder = figure_responder
        _rerun(again, env)
    assert sorted(records(out)) == [f"syn_{i:06d}" for i in range(60)]
    assert _gone(workers)


def _rerun(args: list[str], env: dict[str, str]) -> None:
    """Run again without --workers (quicker): what resumes is the parent's work (OUT,
    manifest), the same whatever the worker count."""
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "batch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def _two_workers_mid_run(
    tmp_path: Path, server: OpenAIServer
) -> tuple[subprocess.Popen[str], Path, list[str], dict[str, str], list[int]]:
    """``extractor batch --workers 2`` over 60 articles, once 4 are in OUT: the process,
    OUT, the command without ``--workers``, its environment and the two worker pids."""
    src = write_jsonl(tmp_path / "in.jsonl", 60)
    out = tmp_path / "out.jsonl"
    env = cli_env(tmp_path, server)
    again = [str(src), "-o", str(out), "--concurrency", "4", "--backend", "llm"]
    proc = start_batch([*again, "--workers", "2"], env)
    wait_for_lines(out, 4, proc)
    workers = _workers_of(proc.pid)
    assert len(workers) == 2, workers
    return proc, out, again, env, workers


def _gone(pids: list[int]) -> bool:
    """Every one of ``pids`` has exited (reaped, or a zombie waiting to be)."""
    return all(not Path(f"/proc/{pid}").exists() or _zombie(pid) for pid in pids)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_ctrl_c_stops_the_workers_and_the_run_resumes(tmp_path: Path) -> None:
    with OpenAIServer(slow(0.1)) as server:
        proc, out, again, env, workers = _two_workers_mid_run(tmp_path, server)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "Traceback" not in err and "resume" in err
        assert last_run(out)["stats"]["status"] == "interrupted"
        time.sleep(0.5)
        assert _gone(workers)
        server.responder = figure_responder
        _rerun(again, env)
    assert sorted(records(out)) == [f"syn_{i:06d}" for i in range(60)]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_the_workers_leave_when_the_run_is_killed(tmp_path: Path) -> None:
    with OpenAIServer(slow(0.1)) as server:
        proc, _, _, _, workers = _two_workers_mid_run(tmp_path, server)
        proc.kill()
        proc.communicate(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if _gone(workers):
                break
            time.sleep(0.1)
        else:
            raise AssertionError(f"workers {workers} outlived their run")
