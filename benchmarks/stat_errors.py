"""Statistics errors of an evaluation report, by class: scope, metric, value, missed, spurious.

    python benchmarks/stat_errors.py evals/reports/RUN/report.json [more reports ...]

A wrong figure costs one false positive and one false negative; the report's
near-miss notes pair them (``wrong area?`` / ``wrong metric?`` / ``wrong
value?``, see ``evaluation.metrics.near_misses``). Here each such pair counts
once under its class; the gold figures left unpaired are ``missed`` and the
predicted ones ``spurious``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CLASSES = ("scope", "metric", "value", "missed", "spurious")


def error_classes(report: dict) -> Counter[str]:
    counts: Counter[str] = Counter({c: 0 for c in CLASSES})
    for article in report["articles"]:
        paired = 0
        fn = fp = 0
        for o in article["outcomes"]:
            if o["field"] != "statistics":
                continue
            if o["status"] == "missed":
                fn += 1
            elif o["status"] == "spurious":
                fp += 1
                note = o.get("note") or ""
                kind = (
                    "scope"
                    if note.startswith("wrong area")
                    else "metric"
                    if note.startswith("wrong metric")
                    else "value"
                    if note.startswith("wrong value")
                    else None
                )
                if kind:
                    counts[kind] += 1
                    paired += 1
        counts["missed"] += fn - paired
        counts["spurious"] += fp - paired
    return counts


def main(argv: list[str]) -> int:
    print(f"{'report':<40} " + " ".join(f"{c:>8}" for c in CLASSES))
    for path in argv:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
        counts = error_classes(report)
        print(f"{report['run']['name'][:40]:<40} " + " ".join(f"{counts[c]:>8}" for c in CLASSES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
