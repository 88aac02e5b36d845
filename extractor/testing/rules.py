"""Test support for the rules backend: a record read from a text and checked against it."""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.schema import OperationReport


def checked_report(text: str, *, topic_check: bool = True) -> OperationReport:
    """The rules' record of ``text``, after checking that it validates against the text."""
    out = extract_report(text, article_id="t", topic_check=topic_check)
    OperationReport.model_validate(out.model_dump(), context={"article": text})
    return out


def statistic_areas(text: str) -> dict[tuple[str, float], str]:
    """(metric, value) -> area of every statistic the rules read in ``text``."""
    report = checked_report(text, topic_check=False)
    return {(s.metric.value, s.value): s.area for s in report.statistics}
