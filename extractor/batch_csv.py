"""The ``--csv`` table: one row per statistic of every record in OUT, rebuilt at the end
of each run (so it always matches OUT and has no duplicate rows after a resume).

The table is meant to be opened in a spreadsheet, and its text comes from
articles and model answers, so every cell is made inert (OWASP "CSV injection"):
a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading ``'``, which spreadsheets show as text; NUL bytes are dropped.
A number in the numeric ``value`` column stays a number, negative or not. OUT
itself keeps the data exactly as extracted.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .atomic import atomic_write_lines
from .batch_store import OutputFile

CSV_COLUMNS = (
    "article_id",
    "published",
    "metric",
    "value",
    "qualifier",
    "area",
    "label",
    "evidence",
)


# what a spreadsheet reads as the start of a formula (OWASP)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")


def safe_cell(value: Any, *, numeric: bool = False) -> Any:
    """``value`` as a cell no spreadsheet will evaluate (see the module docstring)."""
    if value is None:
        return ""
    if numeric and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value).replace("\x00", "")
    if numeric and _NUMBER.fullmatch(text):
        return text
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_rows(record: dict[str, Any]) -> Iterator[list[Any]]:
    for stat in record.get("statistics") or []:
        yield [
            safe_cell(record.get("article_id")),
            safe_cell(record.get("published")),
            safe_cell(stat.get("metric")),
            safe_cell(stat.get("value"), numeric=True),
            safe_cell(stat.get("qualifier")),
            safe_cell(stat.get("area")),
            safe_cell(stat.get("label")),
            safe_cell(stat.get("evidence")),
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
