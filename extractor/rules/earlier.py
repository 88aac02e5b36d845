"""Figures of an earlier run of the push, dated by a month or a year (pure).

"The force's week of action in March led to 38 arrests", "In March, a fortnight under the
same operation name led to 41 arrests": in an article published in November, the month
dates the run before the one reported, and its figures are background. A month the article's
own period falls in, or the month before publication, may be the reported run and stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from ..schema import Statistic
from .segments import Sentence

MONTHS = (  # the month names, in order
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH = "|".join(MONTHS)
_PUSH = r"(?:week\s+of\s+action|intensification(?:\s+week)?|fortnight|crackdown|operation|blitz)"
# the words between the push and its month: no "which began", "launched", "since"
_BETWEEN = (
    r"(?:\s+(?!(?:which|that|who|began|begun|started|launched|since|running)\b)[\w'-]+){0,3}?"
)
_RUN_IN_MONTH = re.compile(
    # "the force's week of action in March", "a crackdown on dealers in April"
    rf"\b(?i:{_PUSH}){_BETWEEN}\s+in\s+(?P<m1>{_MONTH})\b"
    # "In March, a fortnight under the same operation name ..."
    rf"|^[\s\-*]*In\s+(?P<m2>{_MONTH}),?\s+(?:the|a|an|its|their)\s+[^.;,]{{0,40}}?\b(?i:{_PUSH})\b"
)
# a run the sentence itself makes a part of the reported whole: the busiest of its weeks
# ("The operation's busiest week was a week of action in March, which produced 31 arrests"),
# or a share of the year's count ("which produced 37 of the year's arrests")
_PART_OF_WHOLE = re.compile(
    r"\bbusiest\b|\bof\s+(?:the|this)\s+year'?s\s+|\bof\s+(?:the|its|their)\s+(?:annual|yearly)\s"
)
# "The force closed 41 lines in 2022/23, 52 in 2023/24": a year before the article's
_IN_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d)(?:[/-](\d\d))?\b(?![/-]\d)")


def _earlier_year(plain: str, at: int, published: date, period: tuple[date | None, ...]) -> bool:
    """Whether the words right after a figure date it to a year that ended before the one
    the article was published in (and its period is not in)."""
    m = _IN_YEAR.match(plain, at)
    if m is None:
        return False
    year = int(m.group(1))
    last = year // 100 * 100 + int(m.group(2)) if m.group(2) else year  # 2022/23 ends in 2023
    if m.group(2) and last < year:
        last += 100
    return last < published.year and not any(d is not None and d.year == year for d in period)


_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)}


def _earlier_month(month: int, published: date, period: tuple[date | None, date | None]) -> bool:
    """Whether ``month`` (1-12) is at least two months before publication, outside the period
    (a review of twelve months from 1 October takes in its March: the month lies between the
    period's ends, not only at one of them)."""
    if any(d is not None and d.month == month for d in period):
        return False
    first, last = period
    if first is not None and last is not None and first < last:
        for year in range(first.year, last.year + 1):
            if first <= date(year, month, 28) and date(year, month, 1) <= last:
                return False
    return (published.month - month) % 12 >= 2


def drop_earlier_runs(
    plain: str,
    statistics: list[Statistic],
    sentences: list[Sentence],
    published: date | None,
    period: tuple[date | None, date | None],
) -> list[Statistic]:
    """``statistics`` less the figures of a run of the push dated to an earlier month."""
    if published is None or not statistics or not sentences:
        return statistics
    # the month names of the article that date an earlier run: most articles have none
    earlier = [
        name
        for name in MONTHS
        if _earlier_month(_MONTH_NUMBER[name], published, period) and name in plain
    ]
    starts: list[int] = []  # made only when a figure has such a month before it
    kept: list[Statistic] = []
    for stat in statistics:
        at = stat.evidence_start
        if at is None:
            kept.append(stat)
            continue
        end = stat.evidence_end or at
        if plain.startswith(" in ", end) and _earlier_year(plain, end, published, period):
            continue  # "52 in 2023/24" in an article of 2026
        if not earlier:
            kept.append(stat)
            continue
        starts = starts or [s.start for s in sentences]
        sent = sentences[max(0, bisect_right(starts, at) - 1)]
        if all(plain.find(name, sent.start, at) < 0 for name in earlier):
            kept.append(stat)  # no earlier month before the figure in its sentence
            continue
        if _PART_OF_WHOLE.search(plain, sent.start, sent.end):
            kept.append(stat)  # "The busiest week was ... in March", "37 of the year's arrests"
            continue
        m = _RUN_IN_MONTH.search(plain[sent.start : at])
        month = (m.group("m1") or m.group("m2")) if m else None
        if month is None or not _earlier_month(_MONTH_NUMBER[month], published, period):
            kept.append(stat)
    return kept
