"""The rules benchmark runs, prints CPU and wall rates and its same-run floor ratio."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_rules.py"


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
    )


def test_prints_cpu_and_wall_rates_and_the_ratio_to_the_floor() -> None:
    done = run("--rounds", "1", "--repeat", "1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("rules backend: 30 articles")
    assert "articles/s of CPU time: best" in lines[1] and "of wall time" in lines[1]
    ratio = float(lines[2].split("best ")[1].split("x")[0].replace(",", ""))
    assert ratio > 1  # the whole backend costs more than reading the text once
    assert lines[3].startswith("engine: compiled (mypyc)") or lines[3].startswith(
        "engine: Python source ("
    )


def test_pure_asked_for_measures_the_python_source() -> None:
    done = run("--rounds", "1", "--repeat", "1", EXTRACTOR_PURE="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[3] == "engine: Python source (EXTRACTOR_PURE=1)"


def test_a_round_count_below_one_is_a_one_line_error() -> None:
    done = run("--rounds", "0")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].endswith("--rounds and --repeat must be at least 1")
