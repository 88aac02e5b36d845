"""Test support for the rules backend: what area each statistic of a text gets."""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.schema import OperationReport


def statistic_areas(text: str) -> dict[tuple[str, float], str]:
    """(metric, value) -> area of every statistic the rules read in ``text``, after checking
    that the record validates against the text."""
    report = extract_report(text, article_id="t", topic_check=False)
    OperationReport.model_validate(report.model_dump(), context={"article": text})
    return {(s.metric.value, s.value): s.area for s in report.statistics}
