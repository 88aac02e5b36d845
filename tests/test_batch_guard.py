"""Before a batch writes: one run per OUT (a lock), and no output that is an input or
another output. Real processes over the loopback server; a real SIGKILL."""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from test_batch_cli import batch, cli_env, ids_in, slow, start_batch, wait_for_lines

from extractor import BatchOptions, Settings, run_batch
from extractor.batch_store import manifest_path
from extractor.errors import InputError
from extractor.testing import OpenAIServer, Reply
from extractor.testing.corpus import figure_responder, write_jsonl
from extractor.testing.openai_server import RecordedRequest

TEXT = "Police made 12 arrests in Kent during a county lines week of action."
RULES = Settings.resolve(backend="rules")


class Held:
    """Answers ``after`` requests, then holds every answer until ``release`` is set: the
    first run is certain to be mid-way while the test starts a second."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.release = threading.Event()
        self._answered = itertools.count()

    def __call__(self, request: RecordedRequest) -> Reply:
        if next(self._answered) >= self.after:
            self.release.wait(timeout=60)
        return figure_responder(request)


# -- 1. one run per OUT ---------------------------------------------------------------------
def test_a_second_run_on_the_same_out_is_refused_naming_the_holder(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 40)
    out = tmp_path / "out.jsonl"
    held = Held(after=2)
    with OpenAIServer(held) as server:
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--concurrency", "2", "--backend", "llm"]
        first = start_batch(args, env)
        wait_for_lines(out, 2, first)
        before = out.read_bytes()
        second = batch(args, env)
        assert second.returncode == 3, second.stderr
        assert first.poll() is None  # the first run was still going
        assert out.read_bytes() == before  # the refused run wrote nothing
        held.release.set()
        _, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
    assert f"pid {first.pid}" in second.stderr
    assert "--wait" in second.stderr and "Traceback" not in second.stderr
    assert len(second.stderr.strip().splitlines()) <= 2  # "using ..." and the one error line
    final = ids_in(out)
    assert sorted(final) == sorted(set(final)) == [f"syn_{i:06d}" for i in range(40)]
    runs = json.loads(manifest_path(out).read_text())["runs"]
    assert len(runs) == 1 and runs[0]["stats"]["status"] == "completed"


def test_wait_runs_after_the_holder_and_nothing_is_lost(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 30)
    more = write_jsonl(tmp_path / "more.jsonl", 30, start=30)
    out = tmp_path / "out.jsonl"
    held = Held(after=2)
    with OpenAIServer(held) as server:
        env = cli_env(tmp_path, server)
        first = start_batch(
            [str(src), "-o", str(out), "--concurrency", "2", "--backend", "llm"], env
        )
        wait_for_lines(out, 2, first)
        second = start_batch(
            [str(more), "-o", str(out), "--concurrency", "2", "--backend", "llm", "--wait"], env
        )
        assert second.stderr is not None
        seen = []
        for line in second.stderr:  # the second run says it waits, and for whom
            seen.append(line)
            if "waiting for pid" in line:
                break
        held.release.set()
        _, err1 = first.communicate(timeout=120)
        _, rest = second.communicate(timeout=120)
        err2 = "".join(seen) + rest
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert f"waiting for pid {first.pid}" in err2
    final = ids_in(out)  # both runs' records, each once: none lost to a compaction
    assert sorted(final) == sorted(set(final)) == [f"syn_{i:06d}" for i in range(60)]
    runs = json.loads(manifest_path(out).read_text())["runs"]
    assert [r["stats"]["status"] for r in runs] == ["completed", "completed"]


def test_a_run_killed_with_sigkill_leaves_no_lock_behind(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 40)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(slow(0.1)) as server:
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--concurrency", "2", "--backend", "llm"]
        proc = start_batch(args, env)
        wait_for_lines(out, 2, proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        assert Path(str(out) + ".lock").exists()  # the file stays; the kernel dropped the lock
        server.responder = figure_responder
        started = time.monotonic()
        done = batch(args, env)
        assert done.returncode == 0, done.stderr
        assert time.monotonic() - started < 60
    runs = json.loads(manifest_path(out).read_text())["runs"]
    # 15: the killed run's entry no longer says "running" forever
    assert [r["stats"]["status"] for r in runs] == ["interrupted", "completed"]
    assert "killed" in runs[0]["note"]
    assert runs[0]["pid"] == proc.pid
    assert len(ids_in(out)) == 40


def test_a_stale_running_entry_is_marked_interrupted_by_the_next_run(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n")
    out = tmp_path / "out.jsonl"
    manifest_path(out).write_text(
        json.dumps(
            {
                "runs": [
                    {
                        "started": "2026-01-01T00:00:00+00:00",
                        "finished": None,
                        "pid": 1,
                        "stats": {"status": "running"},
                    },
                ]
            }
        )
    )
    run_batch(src, out, settings=RULES)
    runs = json.loads(manifest_path(out).read_text())["runs"]
    assert [r["stats"]["status"] for r in runs] == ["interrupted", "completed"]


# -- 2. outputs that are inputs or each other -----------------------------------------------
def _jsonl(path: Path, n: int = 2) -> Path:
    # "article_id" keys: a file the scan of OUT would accept, as in the report
    lines = (json.dumps({"article_id": f"a{i}", "text": TEXT}) + "\n" for i in range(n))
    path.write_text("".join(lines))
    return path


def _csv(path: Path) -> Path:
    path.write_text("id,text\n" + "".join(f"a{i},{TEXT}\n" for i in range(2)))
    return path


@pytest.mark.parametrize(
    "case",
    [
        "csv_is_out",
        "csv_is_the_input",
        "out_is_the_input",
        "out_is_a_symlink_to_the_input",
        "out_is_a_hard_link_to_the_input",
        "csv_is_the_manifest",
        "out_is_a_txt_in_the_folder",
        "csv_via_a_symlinked_folder",
    ],
)
def test_colliding_paths_are_refused_before_anything_is_written(tmp_path: Path, case: str) -> None:
    out = tmp_path / "o.jsonl"
    table: Path | None = None
    if case == "csv_is_out":
        src = _jsonl(tmp_path / "in.jsonl")
        table = out
    elif case == "csv_is_the_input":
        src = _csv(tmp_path / "in.csv")
        table = src
    elif case == "out_is_the_input":
        src = out = _jsonl(tmp_path / "in.jsonl")
    elif case == "out_is_a_symlink_to_the_input":
        src = _jsonl(tmp_path / "in.jsonl")
        out.symlink_to(src)
    elif case == "out_is_a_hard_link_to_the_input":
        src = _jsonl(tmp_path / "in.jsonl")
        os.link(src, out)
    elif case == "csv_is_the_manifest":
        src = _jsonl(tmp_path / "in.jsonl")
        table = manifest_path(out)
    elif case == "out_is_a_txt_in_the_folder":
        src = tmp_path / "articles"
        src.mkdir()
        (src / "a.txt").write_text(TEXT)
        out = src / "results.txt"
    else:  # the CSV path goes through a symlinked folder to the very same OUT
        src = _jsonl(tmp_path / "in.jsonl")
        (tmp_path / "alias").symlink_to(tmp_path)
        table = tmp_path / "alias" / "o.jsonl"
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(InputError) as caught:
        run_batch(src, out, settings=RULES, options=BatchOptions(csv_path=table))
    assert "same file" in caught.value.one_line()
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # nothing written, nothing created (no lock, no manifest)


def test_the_cli_refuses_csv_over_out_in_one_line_exit_3(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "o.jsonl"
    done = batch([str(src), "-o", str(out), "--csv", str(out)], cli_env(tmp_path))
    assert done.returncode == 3, done.stderr
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "--csv" in errors[0] and "-o" in errors[0]
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_paths_that_differ_are_accepted(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "o.jsonl"
    stats = run_batch(src, out, settings=RULES, options=BatchOptions(csv_path=tmp_path / "o.csv"))
    assert stats.succeeded == 2 and (tmp_path / "o.csv").exists()
