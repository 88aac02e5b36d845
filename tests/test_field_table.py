"""benchmarks/field_table.py: a held-out set's per-field table from evaluation reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "field_table.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120
    )


def _report(tmp_path: Path) -> Path:
    """A report of two articles: one scored perfectly, one with a wrong area and a miss."""

    def stat(field: str, status: str, note: str | None = None) -> dict:
        return {"field": field, "status": status, "note": note}

    report = {
        "headline": {"f1": 0.75, "statistics_f1": 0.5},
        "fields": [
            {"field": "statistics", "f1": 0.5, "tp": 2, "fp": 1, "fn": 3},
            {"field": "locations", "f1": 1.0, "tp": 4, "fp": 0, "fn": 0},
        ],
        "scalars": [{"field": "published", "correct": 1, "total": 2}],
        "articles": [
            {"outcomes": [stat("statistics", "matched"), stat("locations", "matched")]},
            {
                "outcomes": [
                    stat("statistics", "spurious", "wrong area? gold Kent"),
                    stat("statistics", "missed"),
                    stat("statistics", "missed"),
                    stat("statistics", "missed"),
                ]
            },
        ],
    }
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_one_column_per_report_with_fields_scalars_and_error_classes(tmp_path: Path) -> None:
    path = _report(tmp_path)
    done = run(f"before={path}", f"after={path}", "--bold", "after")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "| field | before | after |"
    assert "| statistics | 0.500 (2/1/3) | 0.500 (2/1/3) |" in lines
    assert "| headline (micro) | 0.750 | **0.750** |" in lines
    assert "| published | 1/2 | 1/2 |" in lines
    # the wrong area pairs one FP with one FN; two misses are left unpaired
    assert lines[-1].endswith("| 1/0/0/2/0 | 1/0/0/2/0 |"), lines[-1]


def test_bad_arguments_are_one_line_errors(tmp_path: Path) -> None:
    done = run("no-label-here")
    assert done.returncode == 2 and "expected LABEL=path/to/report.json" in done.stderr
    done = run(f"x={tmp_path / 'missing.json'}")
    assert done.returncode == 2 and "cannot read a report" in done.stderr
    done = run(f"x={_report(tmp_path)}", "--bold", "y")
    assert done.returncode == 2 and "no column has that label" in done.stderr
