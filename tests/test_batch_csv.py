"""The --csv table is safe to open in a spreadsheet: no formula runs, no NUL byte."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from extractor import BatchOptions, Settings, run_batch
from extractor.testing import OpenAIServer, Reply

TEXT = "+44 officers made 5 arrests in Kent and 7 arrests in Essex in a county lines week."


@pytest.mark.parametrize(
    ("value", "numeric", "cell"),
    [
        ('=HYPERLINK("http://evil.example","x")', False, '\'=HYPERLINK("http://evil.example","x")'),
        ("@SUM(A1:A9)", False, "'@SUM(A1:A9)"),
        ("+1+1", False, "'+1+1"),
        ("-2+3", False, "'-2+3"),
        ("\tcmd", False, "'\tcmd"),
        ("\rcmd", False, "'\rcmd"),
        ("Ke\x00nt", False, "Kent"),
        ("\x00=1+1", False, "'=1+1"),  # NUL stripped first: it cannot hide a formula
        ("Kent", False, "Kent"),
        ("", False, ""),
        (None, False, ""),
        (-2, True, -2),  # a genuine negative number stays a number
        (3.5, True, 3.5),
        ("-2", True, "-2"),
        ("-2.5e3", True, "-2.5e3"),
        ("-2+3", True, "'-2+3"),  # not a number, even in a numeric column
        ("-2", False, "'-2"),  # text columns: an id "-2" is text, and stays text
    ],
)
def test_safe_cell(value: object, numeric: bool, cell: object) -> None:
    from extractor.batch_csv import safe_cell

    assert safe_cell(value, numeric=numeric) == cell


def test_the_batch_csv_neutralises_formulas_and_strips_nul(tmp_path: Path) -> None:
    record = {
        "statistics": [
            {
                "metric": "arrests",
                "value": 5,
                "area": '=HYPERLINK("http://evil.example","x")',
                "label": "@SUM(1+1)",
                "evidence": "+44 officers made 5 arrests",
            },
            {
                "metric": "arrests",
                "value": 7,
                "area": "Es\u0000sex",
                "label": "-2+3",
                "evidence": "7 arrests in Essex",
            },
        ]
    }
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "-2+3", "text": TEXT})
        + "\n"
        + json.dumps({"id": "nul\u0000id", "text": TEXT})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    table = tmp_path / "stats.csv"
    with OpenAIServer(lambda r: Reply(record=record)) as server:
        settings = Settings.resolve(
            backend="llm", base_url=server.base_url, api_key="sk-x", cache_dir=tmp_path / "cache"
        )
        stats = run_batch(src, out, settings=settings, options=BatchOptions(csv_path=table))
    assert stats.succeeded == 2
    data = table.read_bytes()
    assert b"\x00" not in data
    rows = list(csv.DictReader(data.decode().splitlines()))
    assert len(rows) == 4
    first, second = (r for r in rows if r["article_id"] == "'-2+3")
    assert first["area"] == '\'=HYPERLINK("http://evil.example","x")'
    assert first["label"] == "'@SUM(1+1)"
    assert first["evidence"] == "'+44 officers made 5 arrests"
    assert first["value"] == "5"
    assert (second["area"], second["label"]) == ("Essex", "'-2+3")
    assert {r["article_id"] for r in rows} == {"'-2+3", "nulid"}
    for row in rows:  # no cell a spreadsheet would evaluate
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())
    # OUT itself keeps the data as it came: only the CSV is made safe for spreadsheets
    assert '"area":"=HYPERLINK' in out.read_text()
