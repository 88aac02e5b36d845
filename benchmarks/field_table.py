"""Per-field table of one or more evaluation reports, side by side, as Markdown.

    python benchmarks/field_table.py LABEL=evals/reports/RUN/report.json [...] [--bold LABEL]

One column per report: each field's F1 with (TP / FP / FN), the headline (micro F1 over the
fields), the scalars as correct / total, and the statistics errors by class
(scope / metric / value / missed / spurious, as ``stat_errors.py`` counts them). This is the
table a held-out set's README carries for each scoring; ``--bold`` marks a column's headline
(the first-contact one).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stat_errors import CLASSES, error_classes  # noqa: E402


def _column(report: dict, bold: bool) -> dict[str, str]:
    cells: dict[str, str] = {}
    for f in report["fields"]:
        cells[f["field"]] = f"{f['f1']:.3f} ({f['tp']}/{f['fp']}/{f['fn']})"
    headline = f"{report['headline']['f1']:.3f}"
    cells["headline (micro)"] = f"**{headline}**" if bold else headline
    for s in report["scalars"]:
        cells[s["field"]] = f"{s['correct']}/{s['total']}"
    counts = error_classes(report)
    cells["statistics errors " + " / ".join(CLASSES)] = "/".join(str(counts[c]) for c in CLASSES)
    return cells


def table(columns: list[tuple[str, dict]], bold: str | None = None) -> str:
    """The Markdown table of ``(label, report)`` columns, rows in the first report's order."""
    cells = [(label, _column(report, label == bold)) for label, report in columns]
    rows = list(cells[0][1])
    lines = [
        "| field | " + " | ".join(label for label, _ in cells) + " |",
        "|---|" + "---|" * len(cells),
    ]
    for row in rows:
        lines.append(f"| {row} | " + " | ".join(c.get(row, "-") for _, c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("columns", nargs="+", metavar="LABEL=report.json")
    parser.add_argument("--bold", metavar="LABEL", help="bold this column's headline")
    args = parser.parse_args(argv)
    columns = []
    for spec in args.columns:
        label, sep, path = spec.rpartition("=")
        if not sep or not label:
            parser.error(f"{spec!r}: expected LABEL=path/to/report.json")
        try:
            report = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            parser.error(f"{path}: cannot read a report ({exc})")
        columns.append((label, report))
    if args.bold and args.bold not in {label for label, _ in columns}:
        parser.error(f"--bold {args.bold!r}: no column has that label")
    print(table(columns, args.bold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
