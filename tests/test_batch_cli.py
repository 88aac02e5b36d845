"""``extractor batch`` as a user runs it: a real process, interrupted and killed mid-run."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from extractor.batch_store import manifest_path
from extractor.testing import OpenAIServer, Reply
from extractor.testing.corpus import figure_responder, write_jsonl
from extractor.testing.openai_server import RecordedRequest

KEY = "sk-test-CLI-SECRET-5b7e"


def cli_env(tmp_path: Path, server: OpenAIServer | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    env["EXTRACTOR_CACHE_DIR"] = str(tmp_path / "cache")
    if server is not None:
        env.update(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY=KEY)
    return env


def batch(args: list[str], env: dict[str, str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", "batch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        **kw,
    )


def start_batch(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", "batch", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_lines(path: Path, n: int, proc: subprocess.Popen[str], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError(f"{path} never reached {n} lines")


def ids_in(path: Path) -> list[str]:
    out = []
    for line in path.read_text().splitlines():
        data = json.loads(line)  # every line is whole JSON
        assert "error" not in data, data
        out.append(data["article_id"])
    return out


def slow(delay: float):  # type: ignore[no-untyped-def]
    def respond(request: RecordedRequest) -> Reply:
        reply = figure_responder(request)
        reply.delay = delay
        return reply

    return respond


def test_batch_on_a_folder_with_the_rules_backend(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    table = tmp_path / "stats.csv"
    done = batch(["seeds", "-o", str(out), "--csv", str(table)], cli_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "using the rules backend" in done.stderr
    assert "completed: 5 records" in done.stderr
    assert "batch 5/5 done" in done.stderr  # the plain progress line when not a terminal
    assert len(ids_in(out)) == 5
    assert table.read_text().count("\n") > 20
    assert done.stdout == ""


def test_articles_that_fail_give_error_lines_and_exit_9(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Police made 12 arrests in Kent in a county lines raid.")
    (folder / "empty.txt").write_text("")
    (folder / "bin.txt").write_bytes(b"\x00\xff")
    out = tmp_path / "out.jsonl"
    done = batch([str(folder), "-o", str(out), "--backend", "rules"], cli_env(tmp_path))
    assert done.returncode == 9, done.stderr
    assert "Traceback" not in done.stderr
    assert "failures by cause: InputError 2" in done.stderr
    lines = {json.loads(x)["article_id"]: json.loads(x) for x in out.read_text().splitlines()}
    assert lines["empty"]["error"]["cause"] == "InputError"
    assert "binary" in lines["bin"]["error"]["message"]
    assert lines["good"]["statistics"][0]["value"] == 12


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["missing-folder", "-o", "OUT"], 3, "no such file or folder"),
        (["seeds", "-o", "OUT", "--concurrency", "0"], 2, "--concurrency must be at least 1"),
        (["seeds", "-o", "OUT", "--rpm", "-5"], 2, "--rpm must be positive"),
        (["seeds", "-o", "OUT", "--price", "cheap"], 2, "--price 'cheap' is not IN:OUT"),
    ],
)
def test_bad_arguments_fail_in_one_line_before_writing(
    tmp_path: Path, args: list[str], code: int, says: str
) -> None:
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in args]
    done = batch(args, cli_env(tmp_path))
    assert done.returncode == code
    assert says in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 60)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(slow(0.15)) as server:
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--concurrency", "4", "--backend", "llm"]
        proc = start_batch(args, env)
        wait_for_lines(out, 6, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130, err
        assert "Traceback" not in err and "resume" in err
        first = ids_in(out)  # whole lines only
        assert 6 <= len(first) < 60
        assert (
            json.loads(manifest_path(out).read_text())["runs"][0]["stats"]["status"]
            == "interrupted"
        )
        asked_before = len(server.completion_requests)
        server.responder = figure_responder  # fast now
        done = batch(args, env)
        assert done.returncode == 0, done.stderr
        asked_after = len(server.completion_requests) - asked_before
    final = ids_in(out)
    assert sorted(final) == sorted(set(final)) == [f"syn_{i:06d}" for i in range(60)]
    assert set(first) <= set(final)
    # only what the first run had not finished is asked again; an article answered and
    # cached just before the stop (at most the 4 in flight) comes from the cache instead
    assert 60 - len(first) - 4 <= asked_after <= 60 - len(first)
    assert KEY not in out.read_text() + manifest_path(out).read_text() + done.stderr + err


def test_sigkill_mid_run_loses_only_what_was_in_flight(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 80)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(slow(0.1)) as server:
        env = cli_env(tmp_path, server)
        args = [str(src), "-o", str(out), "--concurrency", "8", "--backend", "llm", "--no-cache"]
        proc = start_batch(args, env)
        wait_for_lines(out, 10, proc)
        proc.kill()
        proc.communicate(timeout=30)
        # a kill can leave a torn last line; simulate the worst case if it did not
        data = out.read_bytes()
        if data.endswith(b"\n"):
            out.write_bytes(data + b'{"article_id": "syn_0000')
        killed_at = len(server.completion_requests)
        server.responder = figure_responder
        done = batch(args, env)
        assert done.returncode == 0, done.stderr
        redone = len(server.completion_requests) - killed_at
    assert "torn last line" in done.stderr
    final = ids_in(out)
    assert sorted(final) == sorted(set(final)) == [f"syn_{i:06d}" for i in range(80)]
    # every article done before the kill was kept: only the rest was asked again
    kept = data.count(b"\n")
    assert redone == 80 - kept


def on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """``extractor batch ARGS`` with stderr on a pseudo terminal: its exit code and what
    the terminal showed, escape sequences removed."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 220, 0, 0))
    env = {**env, "COLUMNS": "200", "TERM": "xterm"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "batch", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(timeout=60)
    os.close(master)
    return code, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode(errors="replace"))


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """stderr on a (pseudo) terminal: the rich bar with cached, failed, tokens, cost, rate, ETA."""
    src = write_jsonl(tmp_path / "in.jsonl", 12)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(slow(0.05)) as server:
        args = [str(src), "-o", str(out), "--backend", "llm", "--model", "gpt-4o-mini"]
        code, screen = on_a_terminal([*args, "--concurrency", "3"], cli_env(tmp_path, server))
    assert code == 0
    assert "12/12" in screen
    for field in ("cached 0", "failed 0", "2,400 tokens", "$0.0008", "/s", "ETA"):
        assert field in screen, (field, screen[-600:])
    assert "completed: 12 records" in screen
    # 1,440 prompt + 960 completion tokens at gpt-4o-mini's $0.15 / $0.60 per million
    assert "cost $0.0008" in screen


def test_an_output_path_under_a_file_fails_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    done = batch(["seeds", "-o", str(tmp_path / "afile" / "out.jsonl")], cli_env(tmp_path))
    assert done.returncode == 3
    assert "is not a folder" in done.stderr and "Traceback" not in done.stderr


def test_a_glob_matching_nothing_exits_3_and_creates_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = batch([str(tmp_path / "nothing" / "*.txt"), "-o", str(out)], cli_env(tmp_path))
    assert done.returncode == 3, done.stderr
    assert "no file matches" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists() and not manifest_path(out).exists()


def test_same_stem_in_two_folders_names_both_files_and_how_to_tell_them_apart(
    tmp_path: Path,
) -> None:
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            "Police made 12 arrests in Kent in a county lines raid."
        )
    out = tmp_path / "out.jsonl"
    done = batch([str(tmp_path / "*" / "report.txt"), "-o", str(out)], cli_env(tmp_path))
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stderr.splitlines() if "duplicate id:" in x]
    assert str(tmp_path / "2023" / "report.txt") in line
    assert str(tmp_path / "2024" / "report.txt") in line
    assert "rename" in line and "-o" in line
    assert "1 duplicate ids skipped" in done.stderr


def test_a_csv_with_huge_fields_gives_records_and_an_error_line_not_a_traceback(
    tmp_path: Path,
) -> None:
    text = "Police made 12 arrests in Kent in a county lines raid."
    src = tmp_path / "in.csv"
    src.write_text(
        f'id,text\nbig,"{text} {"filler " * 30_000}"\n'  # 210 kB: over csv's default
        f'huge,"{"x" * 4_500_000}"\nsmall,{text}\n'
    )
    out = tmp_path / "out.jsonl"
    done = batch([str(src), "-o", str(out), "--backend", "rules"], cli_env(tmp_path))
    assert done.returncode == 9, done.stderr
    assert "Traceback" not in done.stderr
    lines = {d["article_id"]: d for d in map(json.loads, out.read_text().split("\n")[:-1])}
    assert set(lines) == {"big", "huge", "small"}
    assert "2,000,000-byte limit" in lines["huge"]["error"]["message"]
    assert lines["big"]["statistics"] and lines["small"]["statistics"]
