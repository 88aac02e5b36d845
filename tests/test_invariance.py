"""benchmarks/invariance.py: the rules read a page the same whatever its line ends and
invisible characters (a guard over one training set; the full table is in the README)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "invariance.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300
    )


def test_line_ends_and_invisible_characters_change_no_record() -> None:
    done = run("--sets", "holdout22")
    assert done.returncode == 0, done.stderr
    rows = {line[:34].strip(): line[34:].split() for line in done.stdout.splitlines()[2:] if line}
    for name in (
        "CRLF line ends",
        "CR line ends",
        "a space before each line end",
        "byte-order mark",
        "soft hyphens in long words",
        "zero-width spaces",
        "no-break spaces",
    ):
        touched, changed = map(int, rows[name])
        assert touched == 24 and changed == 0, (name, touched, changed)


def test_an_unknown_set_is_a_one_line_error() -> None:
    done = run("--sets", "holdout999")
    assert done.returncode == 2 and "--sets holdout999: no folder" in done.stderr
