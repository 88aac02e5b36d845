"""The offline rules backend (pure: text in, record out). Placeholder until issue 4 lands."""

from __future__ import annotations

from datetime import date

from ..schema import OperationReport


def extract_report(text: str, *, article_id: str, published: date | None = None) -> OperationReport:
    """An empty record: the rules backend is not built yet."""
    return OperationReport(article_id=article_id, published=published)
