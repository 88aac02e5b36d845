"""Rules backend, round 3: figures phrased in ways the earlier rules did not know.

Each test is a sentence or a short article written for these tests (none is
taken from a seed, dev or holdout article); each states one rule a reader of
county lines reporting would give.
"""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.schema import OperationReport


def report(text: str) -> OperationReport:
    out = extract_report(text, article_id="t")
    OperationReport.model_validate(out.model_dump(), context={"article": text})
    return out


def keys(text: str) -> set[tuple[str, str, float]]:
    return {(s.metric.value, s.area, s.value) for s in report(text).statistics}


TRANSPOSED = """ date 2025-03-14 West Mercia and Warwickshire close nine lines in a week of action

The two forces ran a joint county lines week. Their results, side by side:

                 Hereford   Worcester   Warwick   Force total
Arrests                 6          11         4            21
Lines closed            2           4         3             9
Cash seized (£)     1,200       8,450       300         9,950

Officers said the work would go on.
"""


def test_transposed_table_reads_areas_across_the_top_and_metrics_down_the_side() -> None:
    """A table may name the areas in its header row and the metrics down its first column."""
    got = keys(TRANSPOSED)
    assert {
        ("arrests", "Hereford", 6),
        ("arrests", "Worcester", 11),
        ("arrests", "Warwick", 4),
        ("lines_closed", "Worcester", 4),
        ("cash_seized", "Hereford", 1200),
        ("cash_seized", "Warwick", 300),
    } <= got
    assert not any(area in {"Force total", "West Mercia"} and v == 6 for _, area, v in got)
