"""``extractor extract``: the Done-when command as a subprocess, and one clear line per error."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.schema import OperationReport
from extractor.testing import OpenAIServer, Reply

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/002_346890b65dee08d5.txt"
RECORD = {
    "week_of_action": True,
    "statistics": [
        {
            "metric": "arrests",
            "value": 151,
            "area": "Eastern region",
            "evidence": "151 arrests were made",
        }
    ],
}


def command() -> list[str]:
    """The installed console script, as the README runs it (module fallback if not on PATH)."""
    script = shutil.which("extractor")
    return [script] if script else [sys.executable, "-m", "extractor.cli"]


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command() + args,
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_done_when_command_returns_a_record_then_answers_from_the_cache(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.responder = lambda r: Reply(record=RECORD)
    env = {
        "OPENAI_BASE_URL": f"http://127.0.0.1:{server.port}/v1",
        "OPENAI_API_KEY": "x",
        "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"),
    }

    first = run_cli(["extract", SEED], env)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert len(lines) == 1
    record = OperationReport.model_validate(json.loads(lines[0]))
    assert record.article_id == "002_346890b65dee08d5"
    assert str(record.published) == "2022-03-18"
    assert record.statistics[0].evidence_start is not None
    assert record.provenance.backend == "llm" and not record.provenance.cache_hit
    assert len(server.completion_requests) == 1

    second = run_cli(["extract", SEED], env)
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert len(server.completion_requests) == 1  # no request the second time
    assert again["provenance"]["cache_hit"] is True
    assert again["statistics"] == json.loads(lines[0])["statistics"]


def in_process(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def endpoint(server: OpenAIServer, monkeypatch: pytest.MonkeyPatch) -> OpenAIServer:
    server.responder = lambda r: Reply(record=RECORD)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "x")
    return server


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if "error" in line.lower()]


def test_verbose_shows_one_info_line_per_call(server: OpenAIServer, tmp_path: Path) -> None:
    server.responder = lambda r: Reply(record=RECORD)
    env = {
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": "x",
        "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"),
    }
    quiet = run_cli(["extract", SEED], env)
    loud = run_cli(["extract", "-v", SEED, SEED], env)  # a call, then a cache hit
    assert quiet.returncode == loud.returncode == 0
    assert "llm call" not in quiet.stderr and "INFO" not in quiet.stderr
    calls = [line for line in loud.stderr.splitlines() if "INFO" in line]
    assert len(calls) == 2, loud.stderr
    assert "llm cache hit" in calls[0] and "cache_hit=true" in calls[0]
    assert "llm cache hit" in calls[1]
    fresh = run_cli(["extract", "-v", "--no-cache", SEED], env)
    (call,) = [line for line in fresh.stderr.splitlines() if "INFO" in line]
    for word in (
        "llm call",
        "model=gpt-4o-mini",
        "latency=",
        "tokens=120+80",
        "attempt=1",
        "cache_hit=false",
    ):
        assert word in call
    assert "HTTP Request" not in fresh.stderr  # the SDK's own line does not double ours


def test_missing_file(endpoint: OpenAIServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = in_process(["extract", "nope/missing.txt"], capsys)
    assert code == 3 and out == ""
    (line,) = error_lines(err)
    assert "nope/missing.txt: no such file (try: check the path" in line


def test_empty_file(
    endpoint: OpenAIServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    code, _, err = in_process(["extract", str(empty)], capsys)
    (line,) = error_lines(err)
    assert code == 3 and f"{empty}: " in line and "the article is empty" in line
    assert endpoint.requests == []


def test_binary_file(
    endpoint: OpenAIServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = in_process(["extract", str(binary)], capsys)
    (line,) = error_lines(err)
    assert code == 3 and "binary file" in line and "(try: " in line


def test_one_bad_file_does_not_lose_the_others(
    endpoint: OpenAIServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = in_process(["extract", "missing.txt", str(ROOT / SEED)], capsys)
    assert code == 3 and len(out.splitlines()) == 1 and len(error_lines(err)) == 1


def test_missing_key(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = in_process(["extract", "--backend", "llm", str(ROOT / SEED)], capsys)
    (line,) = error_lines(err)
    assert code == 2 and out == ""
    assert "needs an API key or an endpoint" in line and "OPENAI_API_KEY" in line


def test_unreachable_endpoint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("EXTRACTOR_MAX_ATTEMPTS", "1")
    code, out, err = in_process(
        [
            "extract",
            "--base-url",
            f"http://127.0.0.1:{port}/v1",
            str(ROOT / SEED),
            str(ROOT / SEED),
        ],
        capsys,
    )
    (line,) = error_lines(err)  # stopped after the first: every article would fail alike
    assert code == 4 and out == ""
    assert f"cannot reach http://127.0.0.1:{port}/v1" in line
    assert "is the server running?" in line and "--base-url" in line


def test_offline_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = in_process(["extract", "--offline", str(ROOT / SEED)], capsys)
    (line,) = error_lines(err)
    assert code == 6 and out == "" and "not in the cache" in line and "(try: " in line


def test_a_reader_that_goes_away_stops_the_run_quietly_with_141(tmp_path: Path) -> None:
    """``extractor extract ... | head -1``: no "Broken pipe" line, no traceback, and the exit
    status a shell gives ``cat`` in the same place (128 + SIGPIPE)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    env["EXTRACTOR_CACHE_DIR"] = str(tmp_path / "cache")
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    proc = subprocess.Popen(
        command() + ["extract", "--backend", "rules", *seeds],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first record is printed
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141, err
    assert "Broken pipe" not in err and "Traceback" not in err and "Exception" not in err
    assert err.strip() == "extractor: using the rules backend"
