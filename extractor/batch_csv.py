"""The ``--csv`` table: one row per statistic of every record in OUT, rebuilt at the end
of each run (so it always matches OUT and has no duplicate rows after a resume)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .atomic import atomic_write_lines
from .batch_store import OutputFile

CSV_COLUMNS = ("article_id", "published", "metric", "value", "qualifier", "area", "label",
               "evidence")


def csv_rows(record: dict[str, Any]) -> Iterator[list[Any]]:
    for stat in record.get("statistics") or []:
        yield [
            record.get("article_id"),
            record.get("published") or "",
            stat.get("metric"),
            stat.get("value"),
            stat.get("qualifier"),
            stat.get("area"),
            stat.get("label") or "",
            stat.get("evidence"),
        ]


def export_csv(output: OutputFile, csv_path: Path) -> int:
    """One row per statistic of every record in OUT, written atomically; returns the rows."""
    count = 0

    class _Sink:
        def __init__(self) -> None:
            self.buffer: list[str] = []

        def write(self, text: str) -> None:
            self.buffer.append(text)

    def lines() -> Iterator[bytes]:
        nonlocal count
        sink = _Sink()
        writer = csv.writer(sink, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for record in output.records():
            for row in csv_rows(record):
                writer.writerow(row)
                count += 1
            if sink.buffer:
                yield "".join(sink.buffer).encode("utf-8")
                sink.buffer.clear()
        if sink.buffer:
            yield "".join(sink.buffer).encode("utf-8")

    csv_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_lines(csv_path, lines())
    return count
