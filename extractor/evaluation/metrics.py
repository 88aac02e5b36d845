"""Scoring one predicted record against its gold record (pure: records and text in, scores out).

The rules are SCHEMA.md's "How records are scored"; normalisation lives in
``normalise.py``. Items are paired one-to-one with a maximum-weight bipartite
assignment (``matching.py``) rather than greedily: value tolerance is not
transitive (with 0.5 % both 100 and 100.8 match 100.4 but not each other), and a
greedy pass can pair 100.4 with 100 and leave 100.8 stranded. Weights make the
assignment maximise the number of pairs first and, among assignments with as
many pairs, prefer agreeing qualifiers / labels (statistics) and overlapping
texts (quotes), so qualifier accuracy and quote overlap are not understated by an
unlucky pairing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ..grounding import ArticleIndex
from ..schema import MONEY_METRICS, Metric, OperationReport, Quote, Statistic
from .matching import pair_items
from .models import (
    ITEM_FIELDS,
    LIST_FIELDS,
    QUOTE_FIELD,
    SCALAR_FIELDS,
    STAT_FIELD,
    ArticleResult,
    Counts,
    FieldScore,
    Headline,
    Outcome,
    ScalarCheck,
)
from .normalise import (
    common_run,
    normalise_area,
    normalise_item,
    normalise_text,
    quote_tokens,
    same_item,
    surname,
    texts_overlap,
)

#: relative tolerance on money and weights; counts (and years) must be equal
VALUE_TOLERANCE = 0.005
TOLERANT_METRICS = MONEY_METRICS | {Metric.drugs_weight_kg}


# -- statistics ---------------------------------------------------------------------------


def values_match(metric: Metric, gold: float, pred: float) -> bool:
    """Money and weights within 0.5 % of the gold value; everything else equal."""
    if metric in TOLERANT_METRICS:
        return abs(pred - gold) <= VALUE_TOLERANCE * abs(gold) + 1e-9
    return math.isclose(pred, gold, rel_tol=0.0, abs_tol=1e-9)


def statistics_match(gold: Statistic, pred: Statistic) -> bool:
    """SCHEMA.md's key: metric equal, area equal after normalisation, value equal."""
    return (
        gold.metric == pred.metric
        and normalise_area(gold.area) == normalise_area(pred.area)
        and values_match(gold.metric, float(gold.value), float(pred.value))
    )


def _stat_bonus(gold: Statistic, pred: Statistic) -> float | None:
    if not statistics_match(gold, pred):
        return None
    bonus = 0.5 if gold.qualifier == pred.qualifier else 0.0
    if gold.label and pred.label and normalise_text(gold.label) == normalise_text(pred.label):
        bonus += 0.25
    return bonus


def describe_statistic(s: Statistic) -> str:
    value = f"{s.value:g}" if isinstance(s.value, float) else str(s.value)
    label = f" [{s.label}]" if s.label else ""
    return f"{s.metric.value}{label} {value} ({s.qualifier.value}) @ {s.area}"


def score_statistics(
    gold: Sequence[Statistic], pred: Sequence[Statistic], index: ArticleIndex | None = None
) -> tuple[FieldScore, list[Outcome]]:
    """Statistics P/R/F1 over one-to-one pairs, qualifier agreement over the pairs."""
    pairs, missed, spurious = pair_items(gold, pred, _stat_bonus)
    outcomes: list[Outcome] = []
    agree = 0
    for i, j in pairs:
        g, p = gold[i], pred[j]
        ok = g.qualifier == p.qualifier
        agree += ok
        note = None if ok else f"qualifier: gold {g.qualifier.value}, predicted {p.qualifier.value}"
        outcomes.append(_stat_outcome("matched", p, index, gold=g, pred=p, note=note))
    outcomes += [_stat_outcome("missed", gold[i], index, gold=gold[i]) for i in missed]
    near = near_misses([gold[i] for i in missed], [pred[j] for j in spurious])
    outcomes += [
        _stat_outcome("spurious", pred[j], index, pred=pred[j], note=near.get(k))
        for k, j in enumerate(spurious)
    ]
    score = FieldScore(
        field=STAT_FIELD, tp=len(pairs), fp=len(spurious), fn=len(missed), qualifier_correct=agree
    )
    return score, outcomes


def near_misses(missed: Sequence[Statistic], spurious: Sequence[Statistic]) -> dict[int, str]:
    """Notes for spurious figures that are a missed gold figure with one part wrong.

    Only a diagnosis for people reading the report ("area: gold West Yorkshire"):
    the scores do not change, a wrong area still costs one FP and one FN.
    """

    def area_off(g: Statistic, p: Statistic) -> bool:
        return g.metric == p.metric and values_match(g.metric, float(g.value), float(p.value))

    def value_off(g: Statistic, p: Statistic) -> bool:
        return g.metric == p.metric and normalise_area(g.area) == normalise_area(p.area)

    def metric_off(g: Statistic, p: Statistic) -> bool:
        return normalise_area(g.area) == normalise_area(p.area) and math.isclose(
            float(g.value), float(p.value), rel_tol=VALUE_TOLERANCE
        )

    def say(kind: str, g: Statistic) -> str:
        if kind == "area":
            return f"wrong area? gold has it @ {g.area}"
        if kind == "value":
            return f"wrong value? gold has {describe_statistic(g)}"
        return f"wrong metric? gold has {describe_statistic(g)}"

    notes: dict[int, str] = {}
    used: set[int] = set()
    for kind, test in (("area", area_off), ("value", value_off), ("metric", metric_off)):
        for k, p in enumerate(spurious):
            if k in notes:
                continue
            for i, g in enumerate(missed):
                if i not in used and test(g, p):
                    notes[k] = say(kind, g)
                    used.add(i)
                    break
    return notes


def _stat_outcome(
    status: Any,
    shown: Statistic,
    index: ArticleIndex | None,
    *,
    gold: Statistic | None = None,
    pred: Statistic | None = None,
    note: str | None = None,
) -> Outcome:
    start, end = _span(shown.evidence, shown.evidence_start, shown.evidence_end, index)
    return Outcome(
        field=STAT_FIELD,
        status=status,
        text=describe_statistic(shown),
        gold=describe_statistic(gold) if gold else None,
        predicted=describe_statistic(pred) if pred else None,
        evidence=shown.evidence,
        start=start,
        end=end,
        note=note,
    )


def _span(
    text: str, start: int | None, end: int | None, index: ArticleIndex | None
) -> tuple[int | None, int | None]:
    """Offsets of an evidence span: the record's own when they still hold, else located."""
    if index is None:
        return start, end
    if start is not None and end is not None and 0 <= start < end <= len(index.text):
        if normalise_text(index.text[start:end]) == normalise_text(text):
            return start, end
    where = index.locate(text)
    return where if where is not None else (None, None)


# -- list fields --------------------------------------------------------------------------


def score_list(
    field: str, gold: Sequence[str], pred: Sequence[str], article: str = ""
) -> tuple[FieldScore, list[Outcome]]:
    """Set P/R/F1: items are deduplicated by their normalised key, then paired one-to-one
    when they name the same thing (:func:`normalise.same_item`)."""
    g_items = _dedupe(field, gold, article)
    p_items = _dedupe(field, pred, article)
    pairs, missed, spurious = pair_items(
        g_items, p_items, lambda g, p: 0.0 if same_item(field, g, p, article) else None
    )
    outcomes = [
        Outcome(
            field=field, status="matched", text=p_items[j], gold=g_items[i], predicted=p_items[j]
        )
        for i, j in pairs
    ]
    outcomes += [
        Outcome(field=field, status="missed", text=g_items[i], gold=g_items[i]) for i in missed
    ]
    outcomes += [
        Outcome(field=field, status="spurious", text=p_items[j], predicted=p_items[j])
        for j in spurious
    ]
    return FieldScore(field=field, tp=len(pairs), fp=len(spurious), fn=len(missed)), outcomes


def _dedupe(field: str, items: Sequence[str], article: str) -> list[str]:
    """First spelling of each normalised key: a set, as the contract scores lists."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = normalise_item(field, item, article)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


# -- quotes -------------------------------------------------------------------------------


def _quote_bonus(gold: Quote, pred: Quote) -> float | None:
    if not surname(gold.speaker) or surname(gold.speaker) != surname(pred.speaker):
        return None
    g, p = quote_tokens(gold.text), quote_tokens(pred.text)
    if not g or not p:
        return 0.0
    # prefer the pairing whose texts share the longest runs (in [0, 1))
    return 0.99 * common_run(g, p) / max(len(g), len(p))


def score_quotes(
    gold: Sequence[Quote], pred: Sequence[Quote], index: ArticleIndex | None = None
) -> tuple[FieldScore, list[Outcome]]:
    """Quotes paired by speaker surname (preferring overlapping texts); P/R/F1 over the
    pairs, and how many pairs have overlapping texts (:func:`normalise.texts_overlap`)."""
    pairs, missed, spurious = pair_items(gold, pred, _quote_bonus)
    outcomes: list[Outcome] = []
    overlap = 0
    for i, j in pairs:
        g, p = gold[i], pred[j]
        ok = texts_overlap(g.text, p.text)
        overlap += ok
        note = None if ok else "text does not overlap the gold quote"
        outcomes.append(_quote_outcome("matched", p, index, gold=g, pred=p, note=note))
    outcomes += [_quote_outcome("missed", gold[i], index, gold=gold[i]) for i in missed]
    outcomes += [_quote_outcome("spurious", pred[j], index, pred=pred[j]) for j in spurious]
    score = FieldScore(
        field=QUOTE_FIELD, tp=len(pairs), fp=len(spurious), fn=len(missed), overlap_correct=overlap
    )
    return score, outcomes


def describe_quote(q: Quote) -> str:
    text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
    return f"{q.speaker}: \u201c{text}\u201d"


def _quote_outcome(
    status: Any,
    shown: Quote,
    index: ArticleIndex | None,
    *,
    gold: Quote | None = None,
    pred: Quote | None = None,
    note: str | None = None,
) -> Outcome:
    start, end = _span(shown.text, shown.text_start, shown.text_end, index)
    return Outcome(
        field=QUOTE_FIELD,
        status=status,
        text=describe_quote(shown),
        gold=describe_quote(gold) if gold else None,
        predicted=describe_quote(pred) if pred else None,
        evidence=shown.text,
        start=start,
        end=end,
        note=note,
    )


# -- scalars and the whole record ---------------------------------------------------------


def score_scalars(gold: OperationReport, pred: OperationReport) -> list[ScalarCheck]:
    """Exact match of published, week_of_action, period_start and period_end."""
    checks = []
    for name in SCALAR_FIELDS:
        g, p = getattr(gold, name), getattr(pred, name)
        checks.append(ScalarCheck(field=name, gold=_plain(g), predicted=_plain(p), correct=g == p))
    return checks


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def headline_of(fields: Sequence[FieldScore]) -> Headline:
    """Micro average over every item field, statistics F1 beside it."""
    total = Counts()
    stats_f1 = 1.0
    for f in fields:
        total = total.plus(f)
        if f.field == STAT_FIELD:
            stats_f1 = f.f1
    return Headline(tp=total.tp, fp=total.fp, fn=total.fn, statistics_f1=stats_f1)


def score_record(gold: OperationReport, pred: OperationReport, article: str = "") -> ArticleResult:
    """Every field of one article. ``article`` (its text) resolves acronyms and places spans."""
    index = ArticleIndex(article) if article else None
    fields: list[FieldScore] = []
    outcomes: list[Outcome] = []
    score, found = score_statistics(gold.statistics, pred.statistics, index)
    fields.append(score)
    outcomes += found
    for name in LIST_FIELDS:
        score, found = score_list(name, getattr(gold, name), getattr(pred, name), article)
        fields.append(score)
        outcomes += found
    score, found = score_quotes(gold.quotes, pred.quotes, index)
    fields.append(score)
    outcomes += found
    return ArticleResult(
        article_id=gold.article_id or pred.article_id,
        headline=headline_of(fields),
        fields=fields,
        scalars=score_scalars(gold, pred),
        outcomes=outcomes,
        provenance=pred.provenance,
    )


def sum_fields(results: Sequence[ArticleResult]) -> list[FieldScore]:
    """Per-field totals over articles (micro: counts are summed, rates recomputed)."""
    names = list(ITEM_FIELDS)
    totals = {
        n: FieldScore(
            field=n,
            qualifier_correct=0 if n == STAT_FIELD else None,
            overlap_correct=0 if n == QUOTE_FIELD else None,
        )
        for n in names
    }
    for r in results:
        for f in r.fields:
            totals[f.field] = totals[f.field].plus(f)
    return [totals[n] for n in names]
