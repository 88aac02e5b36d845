"""The shapes of an evaluation: counts, per-field scores, per-item outcomes, the whole run.

``EvalReport`` is exactly what ``report.json`` holds (``model_dump(mode="json")``), so a
saved report can be loaded back with ``EvalReport.model_validate_json`` and compared with
a later run. Rates are computed fields: they are written to JSON for readers, and
recomputed from the counts when a report is loaded, so they can never disagree.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, computed_field

from ..schema import Provenance

REPORT_VERSION = "1"

STAT_FIELD = "statistics"
QUOTE_FIELD = "quotes"
LIST_FIELDS = ("operation_names", "agencies", "locations", "drugs", "weapons")
#: the fields whose items count towards the headline, in report order
ITEM_FIELDS = (STAT_FIELD, *LIST_FIELDS, QUOTE_FIELD)
SCALAR_FIELDS = ("published", "week_of_action", "period_start", "period_end")

Status = Literal["matched", "missed", "spurious"]


def ratio(num: int, den: int) -> float | None:
    """``num / den``, or ``None`` with nothing to divide (not 0: "no data" is not "bad")."""
    return num / den if den else None


def f1_of(tp: int, fp: int, fn: int) -> float:
    """F1 from counts; 1.0 when there was nothing to find and nothing was claimed."""
    den = 2 * tp + fp + fn
    return 2 * tp / den if den else 1.0


class Counts(BaseModel):
    """True positives, false positives, false negatives and the rates they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        return f1_of(self.tp, self.fp, self.fn)

    def plus(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class FieldScore(Counts):
    """One item field (statistics, a list field or quotes), in one article or summed.

    ``qualifier_*`` only for statistics (matched pairs whose qualifier agrees);
    ``overlap_*`` only for quotes (matched quotes whose text overlaps the gold text).
    """

    field: str
    qualifier_correct: int | None = None
    overlap_correct: int | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def qualifier_accuracy(self) -> float | None:
        return None if self.qualifier_correct is None else ratio(self.qualifier_correct, self.tp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text_overlap(self) -> float | None:
        return None if self.overlap_correct is None else ratio(self.overlap_correct, self.tp)

    def plus(self, other: Counts) -> FieldScore:
        def add(a: int | None, b: int | None) -> int | None:
            return None if a is None and b is None else (a or 0) + (b or 0)

        assert isinstance(other, FieldScore) and other.field == self.field
        return FieldScore(
            field=self.field,
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            qualifier_correct=add(self.qualifier_correct, other.qualifier_correct),
            overlap_correct=add(self.overlap_correct, other.overlap_correct),
        )


class ScalarCheck(BaseModel):
    """One scalar of one article: gold, predicted, equal or not."""

    field: str
    gold: Any = None
    predicted: Any = None
    correct: bool


class ScalarScore(BaseModel):
    """Exact-match accuracy of one scalar field over the articles."""

    field: str
    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return ratio(self.correct, self.total)


class Outcome(BaseModel):
    """One scored item: a matched pair, a missed gold item or a spurious prediction.

    ``text`` describes the item for people ("arrests 50 (more_than) @ East Midlands");
    ``evidence`` with ``start`` / ``end`` is where it stands in the article (the
    predicted span for matched and spurious items, the gold span for missed ones);
    ``note`` flags a matched pair that is only partly right (qualifier, quote text).
    """

    field: str
    status: Status
    text: str
    gold: str | None = None
    predicted: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    note: str | None = None


class Headline(Counts):
    """Micro-averaged over statistics, list items and quotes; statistics F1 beside it."""

    statistics_f1: float = 1.0


class ArticleResult(BaseModel):
    """Everything scored for one article."""

    article_id: str
    error: str | None = None
    headline: Headline = Field(default_factory=Headline)
    fields: list[FieldScore] = Field(default_factory=list)
    scalars: list[ScalarCheck] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    provenance: Provenance | None = None

    def field(self, name: str) -> FieldScore:
        for f in self.fields:
            if f.field == name:
                return f
        raise KeyError(name)


class RunInfo(BaseModel):
    """How the scored records were made and where the gold came from."""

    name: str
    created: str
    backend: str | None = None
    model: str | None = None
    mode: str | None = None
    prompt_version: str | None = None
    gold_dir: str | None = None
    articles_dir: str | None = None
    predictions: str | None = None
    extractor_version: str | None = None


class EvalReport(BaseModel):
    """One evaluation run: totals per field, scalar accuracy, headline, and per article."""

    report_version: str = REPORT_VERSION
    run: RunInfo
    headline: Headline
    fields: list[FieldScore]
    scalars: list[ScalarScore]
    articles: list[ArticleResult]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def errors(self) -> list[str]:
        """Articles whose extraction failed (scored as empty predictions)."""
        return [f"{a.article_id}: {a.error}" for a in self.articles if a.error]

    def field(self, name: str) -> FieldScore:
        for f in self.fields:
            if f.field == name:
                return f
        raise KeyError(name)

    def scalar(self, name: str) -> ScalarScore:
        for s in self.scalars:
            if s.field == name:
                return s
        raise KeyError(name)
