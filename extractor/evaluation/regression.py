"""Comparing a run with an earlier one (pure): per-field deltas and the F1 gate.

Deltas are computed from the counts in both reports, so a baseline written by an
older version of the harness compares as long as it has the same fields; a field
present in only one report is shown with the other side empty.
"""

from __future__ import annotations

from pydantic import BaseModel

from .models import EvalReport


class Delta(BaseModel):
    """One row of the regression view: a score before and after."""

    name: str
    baseline: float | None
    current: float | None

    @property
    def delta(self) -> float | None:
        if self.baseline is None or self.current is None:
            return None
        return self.current - self.baseline


def compare_reports(current: EvalReport, baseline: EvalReport) -> list[Delta]:
    """Headline F1, statistics F1, each field's F1, qualifier accuracy, quote overlap and
    each scalar's accuracy, baseline against current."""
    rows = [
        Delta(name="headline F1", baseline=baseline.headline.f1, current=current.headline.f1),
    ]
    base_fields = {f.field: f for f in baseline.fields}
    cur_fields = {f.field: f for f in current.fields}
    for name in [*cur_fields, *(n for n in base_fields if n not in cur_fields)]:
        b, c = base_fields.get(name), cur_fields.get(name)
        rows.append(
            Delta(name=f"{name} F1", baseline=b.f1 if b else None, current=c.f1 if c else None)
        )
    b_stats, c_stats = base_fields.get("statistics"), cur_fields.get("statistics")
    rows.append(
        Delta(
            name="qualifier accuracy",
            baseline=b_stats.qualifier_accuracy if b_stats else None,
            current=c_stats.qualifier_accuracy if c_stats else None,
        )
    )
    b_q, c_q = base_fields.get("quotes"), cur_fields.get("quotes")
    rows.append(
        Delta(
            name="quote text overlap",
            baseline=b_q.text_overlap if b_q else None,
            current=c_q.text_overlap if c_q else None,
        )
    )
    base_scalars = {s.field: s for s in baseline.scalars}
    for s in current.scalars:
        b_s = base_scalars.get(s.field)
        rows.append(
            Delta(
                name=f"{s.field} accuracy",
                baseline=b_s.accuracy if b_s else None,
                current=s.accuracy,
            )
        )
    return rows


def mismatch_note(current: EvalReport, baseline: EvalReport) -> str | None:
    """A warning when the two runs did not score the same articles (deltas then mislead)."""
    now = {a.article_id for a in current.articles}
    before = {a.article_id for a in baseline.articles}
    if now == before:
        return None
    return (
        f"warning: the baseline scored {len(before)} article(s), this run {len(now)}; "
        f"{len(now & before)} in common, so the deltas compare different sets"
    )


def below_min_f1(report: EvalReport, min_f1: float) -> bool:
    """True when the headline F1 is under the gate (equal passes)."""
    return report.headline.f1 < min_f1
