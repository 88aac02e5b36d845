"""Results set out as a plain-text table: a header of metric names, a row per area (pure).

"District  Arrests  Charged  Cash seized" over "Medway  16  9  £21,340": each
cell under a metric column is one figure of that metric, filed under its row's
area; a "Total" row is the article's own area (and usually restates its lead
figure, which ``dedupe`` then keeps once). Columns are cut at tabs, runs of two
or more spaces or pipes, in any order; the area column is the one whose cells
are words in every row. Prose is never a table: a table needs a header with
two metric names and at least two rows of numbers under them.

A table may also be laid out the other way round, areas across the top and a
row per metric ("Arrests  38  17  52"): with a blank corner cell and two or
more rows named by a metric, each cell is filed under its column's area, and a
"Total" or "Region" column is the article's own area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import Metric
from .earlier import MONTHS
from .lexicon import FIXED, NOUNS, PEOPLE_METRICS, verbs_in
from .nonfigures import MONTH_WORD

_CELL = re.compile(r"[^|\s]+(?: [^|\s]+)*")
_RULE = re.compile(r"^[-:=+]+$")  # the |---|---| line under a piped header
_NUMERIC = re.compile(
    r"^[£$]?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>k|m|bn|million|kg|g)?$", re.IGNORECASE
)
_SCALE = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "g": 1e-3}
_TOTAL = re.compile(
    r"\b(?:total|totals|overall|all\s+\w+)\b|^(?:all|(?:whole\s+)?region|regional)$", re.IGNORECASE
)
_SUFFIX = re.compile(r"^the\s+|\s+(?:police|constabulary|district|borough)$", re.IGNORECASE)
# a row that names no place: "Other districts", "All other areas", "Rest of the county", or a
# unit's own share, "Tarian (own operations)": the article's own area, the row label a label
_UNPLACED = re.compile(
    r"^(?:(?:all\s+)?(?:other|remaining)\s+(?:local\s+policing\s+|policing\s+)?"
    r"(?:districts?|areas?|towns?|boroughs?|forces?|divisions?|counties)"
    r"|elsewhere|rest\s+of\s+the\s+\w+)$|\(\s*own\s+(?:operations?|officers|work)\s*\)$",
    re.IGNORECASE,
)
_MONEY_HEAD = (
    (re.compile(r"\b(?:cash|money)\b"), Metric.cash_seized),
    (re.compile(r"\b(?:value|worth)\b"), Metric.drugs_value),
    (re.compile(r"\b(?:kg|kilos?|kilograms?|weight)\b"), Metric.drugs_weight_kg),
    (re.compile(r"\baddress(?:es)?\b|\bpropert(?:y|ies)\b"), Metric.addresses_visited),
)


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TableFigure:
    """One cell of a table: its metric and value, its row (the evidence) and the row's area."""

    metric: Metric
    value: int | float
    row_start: int
    row_end: int
    area: str | None  # None: a total row, the article's own area
    label: str | None = None  # an unplaced row's words: "other districts"


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    figures: list[TableFigure]


def header_metric(cell: str) -> Metric | None:
    """The metric a column header names ("Cash seized", "Charged", "Drugs (kg)"), if any."""
    low = cell.lower()
    for pattern, metric in _MONEY_HEAD:
        if pattern.search(low):
            return metric
    for word in re.findall(r"[a-z]+", low):
        cat = NOUNS.get(word)
        if cat in FIXED:
            return FIXED[cat]
    for group, _, _ in verbs_in(low):
        if group in PEOPLE_METRICS:
            return PEOPLE_METRICS[group]
    return None


def _value(m: re.Match[str]) -> int | float:
    """A cell's number: "£21,340" -> 21340, "£1.2m" -> 1200000, "450g" -> 0.45 (kilograms)."""
    value = float(m.group("n").replace(",", ""))
    return value * _SCALE.get((m.group("unit") or "").lower(), 1)


def _cells(plain: str, a: int, b: int) -> list[Cell]:
    return [Cell(m.start(), m.end(), m.group()) for m in _CELL.finditer(plain, a, b)]


def _lines(plain: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for line in plain[start:].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_tables(plain: str, start: int) -> list[Table]:
    """Every table in ``plain[start:]``: runs of adjacent lines of three or more cells."""
    tables: list[Table] = []
    if "  " not in plain and "\t" not in plain and "|" not in plain:
        return tables  # no aligned columns anywhere: most articles
    block: list[list[Cell]] = []
    pairs: list[list[Cell]] = []  # a run of two-cell lines: "Month  Arrests" / "January  31"
    for a, b in [*_lines(plain, start), (len(plain), len(plain))]:
        line = plain[a:b]
        spaced = "|" in line or "\t" in line or "  " in line.strip()
        cells = _cells(plain, a, b) if spaced else []
        if cells and all(_RULE.match(c.text) for c in cells):
            continue
        if len(cells) == 2:
            pairs.append(cells)
        else:
            if len(pairs) >= 4 and (periods := _read_periods(pairs)) is not None:
                tables.append(periods)
            pairs = []
        if len(cells) >= 3:
            block.append(cells)
            continue
        if len(block) >= 3:
            table = _read(block) or _read_years(plain, block)
            if table is not None:
                tables.append(table)
        block = []
    return tables


def _read(block: list[list[Cell]]) -> Table | None:
    header = block[0]
    if all(len(r) == len(header) + 1 for r in block[1:]):
        header = [Cell(header[0].start, header[0].start, ""), *header]  # a blank corner cell
    rows = [r for r in block[1:] if len(r) == len(header)]
    metrics = [header_metric(c.text) for c in header]
    if len(rows) < 2:
        return None
    if sum(m is not None for m in metrics) < 2:
        return _read_transposed(block[0], header, rows)
    labels = [
        i
        for i in range(len(header))
        if metrics[i] is None and not any(_NUMERIC.match(r[i].text) for r in rows)
    ]
    if not labels:
        return None
    figures: list[TableFigure] = []
    for row in rows:
        label = row[labels[0]].text
        area, named = _row_area(label)
        for i, metric in enumerate(metrics):
            number = _NUMERIC.match(row[i].text)
            if metric is not None and number is not None:
                figures.append(
                    TableFigure(metric, _value(number), row[0].start, row[-1].end, area, named)
                )
    if not figures:
        return None
    return Table(block[0][0].start, block[-1][-1].end, figures)


def _row_area(label: str) -> tuple[str | None, str | None]:
    """A row's area and label: ("Medway", None); a Total row (None, None); an unplaced row,
    "Other districts" -> (None, "other districts"): the article's own area, with a label."""
    unplaced = _UNPLACED.search(label)
    if unplaced is None:
        return (None if _TOTAL.search(label) else _SUFFIX.sub("", label).strip()), None
    if unplaced.group().startswith("("):
        return None, unplaced.group().strip("() ").lower()
    return None, label.lower()


def _read_transposed(top: list[Cell], header: list[Cell], rows: list[list[Cell]]) -> Table | None:
    """Areas across the top, metrics down the side: "  Leeds  York  Total" / "Arrests  9  4  13"."""
    metrics = [header_metric(r[0].text) for r in rows]
    if sum(m is not None for m in metrics) < 2 or (
        header[0].text and not _ROWS_CORNER.match(header[0].text)
    ):
        return None  # a table reads one way: a named corner cell is a header of metrics
    # "Wiltshire (force)": the bracket says what the column is, the name is its area
    areas = [_row_area(_BRACKETED.sub("", c.text)) for c in header]
    figures: list[TableFigure] = []
    for metric, row in zip(metrics, rows, strict=True):
        if metric is None:
            continue
        for i in range(1, len(row)):
            number = _NUMERIC.match(row[i].text)
            if number is not None:
                area, named = areas[i]
                figures.append(
                    TableFigure(metric, _value(number), row[0].start, row[i].end, area, named)
                )
    if not figures:
        return None
    return Table(top[0].start, rows[-1][-1].end, figures)


# a corner cell that names what the rows are, not an area or a metric: "Measure  Swindon
# Wiltshire (force)" over "Arrests  23  41" reads as a blank corner does
_ROWS_CORNER = re.compile(
    r"^(?:measures?|metrics?|categor(?:y|ies)|indicators?|outcomes?|results?|figures?"
    r"|activity|activities|statistics?)$",
    re.IGNORECASE,
)
# a header of periods: "District  2023/24  2024/25  2025/26", "Area  2024  2025"
_PERIOD = re.compile(r"^(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?$")
_METRIC_WORD = re.compile(r"[a-z]+")
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")  # "Nottingham (city)"


def _read_years(plain: str, block: list[list[Cell]]) -> Table | None:
    """A row per area and a column per year, the metric named where the text introduces the
    table ("gave the following table of lines closed"): the latest year's column is the
    reported one, the earlier columns are comparisons."""
    header = block[0]
    if len(header) < 3 or not all(_PERIOD.match(c.text) for c in header[1:]):
        return None
    intro = plain[max(0, header[0].start - 160) : header[0].start].lower()
    intro = intro[intro.rfind(".", 0, len(intro) - 2) + 1 :]  # the sentence before the table
    metric = None
    for word in _METRIC_WORD.findall(intro):
        if NOUNS.get(word) in FIXED:
            metric = FIXED[NOUNS[word]]
    if metric is None:
        return None
    figures: list[TableFigure] = []
    for row in block[1:]:
        if len(row) != len(header) or _NUMERIC.match(row[0].text):
            continue
        number = _NUMERIC.match(row[-1].text)
        if number is None:
            continue
        label = _BRACKETED.sub("", row[0].text)
        area = None if _TOTAL.search(label) else _SUFFIX.sub("", label).strip()
        figures.append(TableFigure(metric, _value(number), row[0].start, row[-1].end, area))
    if len(figures) < 2:
        return None
    return Table(header[0].start, block[-1][-1].end, figures)


_MONTH = re.compile(rf"^{MONTH_WORD}\.?$", re.IGNORECASE)  # "January", "Sept."


def _read_periods(block: list[list[Cell]]) -> Table | None:
    """A two-column table of one metric by month: "Month  Arrests" over "January  31": each
    month's cell is the article's own area's figure, labelled "in January"; a "Total" row
    is the article's own area's whole figure."""
    header = block[0]
    metric = header_metric(header[1].text)
    if metric is None or header_metric(header[0].text) is not None:
        return None
    figures: list[TableFigure] = []
    for row in block[1:]:
        label, cell = row
        number = _NUMERIC.match(cell.text)
        if number is None:
            return None
        if _MONTH.match(label.text):
            month = next(m for m in MONTHS if m.lower().startswith(label.text[:3].lower()))
            figures.append(
                TableFigure(metric, _value(number), label.start, cell.end, None, f"in {month}")
            )
        elif _TOTAL.search(label.text):
            figures.append(TableFigure(metric, _value(number), label.start, cell.end, None))
        else:
            return None  # not a table of months
    if sum(f.label is not None for f in figures) < 3:
        return None
    return Table(header[0].start, block[-1][-1].end, figures)
