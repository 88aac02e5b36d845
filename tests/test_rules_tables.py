"""Rules backend, tables: results set out as a plain-text table, one row per area.

Press releases sometimes give a breakdown as a table of aligned columns (spaces,
tabs or pipes): a header row of metric names, a row per district or town, and
often a total row that restates the force's figure. Articles written for these
tests; none is a seed, dev or holdout article.
"""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.rules.tables import find_tables, header_metric
from extractor.schema import Metric, OperationReport


def report(text: str) -> OperationReport:
    out = extract_report(text, article_id="t")
    OperationReport.model_validate(out.model_dump(), context={"article": text})
    return out


def keys(text: str) -> set[tuple[str, str, float]]:
    return {(s.metric.value, s.area, s.value) for s in report(text).statistics}


SPACED = """ date 2025-05-02 Sussex Police arrested 31 people in a week of action against county \
lines drug dealing.

Results by town:

Town          Arrests   Warrants   Cash seized   Mobile phones
Brighton      14        6          £12,500       9
Crawley       10        3          £3,020        4
Hastings      7         2          £950          2
Total         31        11         £16,470       15

Officers also closed eight deal lines.
"""


def test_spaced_table_gives_one_figure_per_cell_under_its_row_area() -> None:
    got = keys(SPACED)
    assert {
        ("arrests", "Brighton", 14),
        ("warrants", "Brighton", 6),
        ("cash_seized", "Brighton", 12500),
        ("phones_seized", "Brighton", 9),
        ("arrests", "Crawley", 10),
        ("cash_seized", "Hastings", 950),
        ("phones_seized", "Hastings", 2),
    } <= got


def test_total_row_belongs_to_the_article_area_and_restates_once() -> None:
    got = keys(SPACED)
    assert {
        ("arrests", "Sussex", 31),
        ("warrants", "Sussex", 11),
        ("cash_seized", "Sussex", 16470),
        ("phones_seized", "Sussex", 15),
        ("lines_closed", "Sussex", 8),
    } <= got
    assert not any(area == "Total" for _, area, _ in got)
    stats = report(SPACED).statistics
    assert sum(1 for s in stats if s.metric is Metric.arrests and s.value == 31) == 1


def test_table_rows_are_evidence_and_their_areas_are_locations() -> None:
    out = report(SPACED)
    row = next(s for s in out.statistics if s.area == "Crawley" and s.metric is Metric.warrants)
    assert row.evidence.startswith("Crawley") and "£3,020" in row.evidence
    assert {"Brighton", "Crawley", "Hastings"} <= set(out.locations)


PIPED = """ date 2025-06-10 Durham Constabulary has published the results of a fortnight \
targeting county lines.

| Charged | Arrested | Area |
|---|---|---|
| 5 | 9 | Darlington |
| 2 | 4 | Hartlepool |
"""


def test_piped_table_in_any_column_order() -> None:
    assert keys(PIPED) >= {
        ("charged", "Darlington", 5),
        ("arrests", "Darlington", 9),
        ("charged", "Hartlepool", 2),
        ("arrests", "Hartlepool", 4),
    }


def test_aligned_prose_is_no_table() -> None:
    text = "Officers   visited   the town.\nThey   spoke   to   residents.\n"
    assert find_tables(text, 0) == []


def test_header_metric_reads_metric_names() -> None:
    assert header_metric("Cash seized") is Metric.cash_seized
    assert header_metric("Phones seized") is Metric.phones_seized
    assert header_metric("Charged") is Metric.charged
    assert header_metric("People safeguarded") is Metric.safeguarded
    assert header_metric("Drugs (kg)") is Metric.drugs_weight_kg
    assert header_metric("Lines closed") is Metric.lines_closed
    assert header_metric("District") is None


TABBED_BLANK_CORNER = (
    " date 2025-06-10 Cheshire Constabulary released its county lines week figures.\n\n"
    "\tArrests\tCash (£)\tDrugs (kg)\n"
    "Chester\t7\t4,500\t1.2\n"
    "Crewe\t5\t2,000\t0.4\n"
)


def test_tab_table_with_a_blank_corner_cell() -> None:
    assert keys(TABBED_BLANK_CORNER) >= {
        ("arrests", "Chester", 7),
        ("cash_seized", "Chester", 4500),
        ("drugs_weight_kg", "Chester", 1.2),
        ("arrests", "Crewe", 5),
        ("drugs_weight_kg", "Crewe", 0.4),
    }
