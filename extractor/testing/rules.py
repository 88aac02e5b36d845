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


def statistic_keys(text: str) -> set[tuple[str, float, str]]:
    """(metric, value, area) of every statistic the rules read in ``text`` (no topic check)."""
    report = checked_report(text, topic_check=False)
    return {(s.metric.value, float(s.value), s.area) for s in report.statistics}


def dated_report(body: str, published: str = "2025-06-02") -> OperationReport:
    """The record of ``body`` under a date line and a headline, with no topic check."""
    return checked_report(f" date {published} Police news\n\n{body}\n", topic_check=False)


def figure_labels(body: str, published: str = "2025-06-02") -> list[tuple[str, float, str | None]]:
    """(metric, value, label) of every statistic of ``dated_report(body, published)``."""
    return [(s.metric.value, s.value, s.label) for s in dated_report(body, published).statistics]
