"""Publication date, week-of-action flag, and the period the activity ran (pure).

A period is taken only from dates the article states ("between Monday 7 March
and Friday 11 March", "from 7 to 11 October", "7-13 November 2022"). When the
year is left out it comes from the publication date: the latest such date that
does not lie in a later month than publication (a piece published on 3 January
about "20 to 27 December" means last year). No publication date and no year
in the text: no period, since the year cannot be known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .textsearch import after_gap

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "Monday", and in a post's shorthand "Mon", "Tues.", "Thu"
_DAY = (
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?\s+)?(?:the\s+)?"
)
_NUM = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
# matched on lower-cased text; both open a word and end on one: searched in " " + low, re skips
# to the gaps between words (textsearch.after_gap)
_PERIOD_AFTER_GAP = after_gap(
    rf"\b(?:between|from)\s+{_DAY}{_NUM}(?:\s+(?:of\s+)?({_MONTH}){_YEAR})?\s+(?:and|to|until|till)"
    rf"\s+{_DAY}{_NUM}\s+(?:of\s+)?({_MONTH}){_YEAR}\b"
    rf"|\b{_DAY}{_NUM}(?:\s+(?:of\s+)?({_MONTH}){_YEAR})?\s*(?:-|to|until|and)\s*{_DAY}{_NUM}\s+"
    rf"(?:of\s+)?({_MONTH}){_YEAR}\b",
    ends_on_word=True,
)
# "between November 25 and December 1": month before day
_PERIOD_MONTH_FIRST_AFTER_GAP = after_gap(
    rf"\b(?:between|from)\s+{_DAY}({_MONTH})\s+{_NUM}{_YEAR},?\s+(?:and|to|until|till)\s+{_DAY}"
    rf"(?:({_MONTH})\s+)?{_NUM}{_YEAR}\b",
    ends_on_word=True,
)
_ON_DAY = re.compile(
    # "on Tuesday 4 June"; in a dated live report "today, Thursday 12 November"
    # "early on Saturday morning (21 November)", "on the morning of Saturday 21 November"
    rf"\b(?:on|today,?)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    rf",?\s+\(?)?(?:the\s+)?{_NUM}\s+(?:of\s+)?"
    rf"({_MONTH}){_YEAR}\b"
)
# a live page's "today's (Wednesday 18 November) police operation", "today's day of action in
# the valley, Thursday 19 November": the weekday beside the date makes it the day's date
_TODAYS_DAY = re.compile(
    r"\btoday's(?:\s+[\w-]+){0,6}?,?\s+\(?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"(?:the\s+)?{_NUM}\s+(?:of\s+)?({_MONTH}){_YEAR}\b"
)
_COURT = re.compile(r"\b(?:court|trial|jailed|sentenc\w*|convicted|appeared|hearing|remanded)\b")
_ACTION = re.compile(
    r"\b(?:raid\w*|warrants?|arrest\w*|operation|officers|police|seiz\w*|swoop\w*|search\w*"
    r"|uncover\w*|recover\w*)\b"
)
_WEEK_OF_ACTION = re.compile(
    r"\bweeks?\s+of\s+(?:[\w-]+\s+){0,2}?(?:action|intensification|intensified\s+\w+|intense|"
    r"enforcement|activity|intensive|crackdowns?|operations?|raids|disruption)"
    r"|\b(?:intensification|intensified|action|enforcement|activity|national)"
    r"\s+weeks?\b|\bweek[-\s]?long\b|\bweeklong\b|\bintensification\s+period\b"
    r"|\b(?:one|two|three|four|\d)[-\s]week\s+(?:[\w-]+\s+){0,3}(?:operation|crackdown|campaign"
    r"|blitz|intensification)"
    # "a county lines week", "a week targeting county lines"
    r"|\bcounty\s+lines\s+weeks?\b|\ba\s+week\s+(?:targeting|tackling|aimed\s+at|against"
    r"|focused\s+on|cracking\s+down\s+on)\b"
    # "For two weeks in January, officers ...": activity boxed into weeks of a named month
    rf"|\b(?:over|for|during)\s+(?:one|two|three|a)\s+weeks?\s+in\s+{_MONTH}\b"
)  # matched on lower-cased text
_FORTNIGHT_OF = re.compile(r"\s+(?:of|against|targeting|tackling|aimed|focused|crackdown)\b")
# "up to a fortnight at a time", "within a fortnight": a length of time, not the operation's
_FORTNIGHT = re.compile(
    r"(?<!up to a )(?<!within a )(?<!every )(?<!once a )\bfortnight\b"
    r"(?!\s+(?:ago|later|earlier|before|after|on|at\s+a\s+time)\b)"
)
# "a seven-day crackdown", "the county lines intensification": time-boxed without "week"
_TIME_BOXED = re.compile(
    r"\b(?:seven|7|five|5|six|6|ten|10|14|fourteen)[-\s]day\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operation|crackdown|campaign|blitz|intensification|push|drive)"
    r"|\bintensification\b(?!\s+of\s+(?:violence|the\s+conflict|fighting))"
)


_MONTH_WORD = re.compile(
    r"(?:j(?:an(?:uary)?|une?|uly?)|feb(?:ruary)?|ma(?:rch|r|y)|a(?:pr(?:il)?|ug(?:ust)?)"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
_DIGIT_NEAR = re.compile(r"\d")


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _windows(low: str) -> list[tuple[int, int]]:
    """Stretches around month names with a number beside them ("7 march", "march 7"):
    a stated date lies within them, and they are much cheaper to scan than the text.

    Month stems are found with ``str.find`` (a regex scan of the text costs more than all the
    date patterns together) and checked with the anchored month-word pattern.
    """
    hits: list[tuple[int, int]] = []
    for stem in _MONTH_STEMS:
        i = low.find(stem)
        while i >= 0:  # inside a word first ("summary", "doctor"): the pattern is not run
            m = None if i and low[i - 1].isalpha() else _MONTH_WORD.match(low, i)
            if m:
                if _DIGIT_NEAR.search(low, max(0, i - 14), m.end() + 6):
                    hits.append((max(0, i - 80), m.end() + 90))
            i = low.find(stem, i + 3)
    hits.sort()
    out: list[tuple[int, int]] = []
    for a, b in hits:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


Range = tuple[str, str | None, str | None, str, str, str | None]


@dataclass(frozen=True, slots=True)
class StatedDates:
    """Where an article states dates, found once and handed to :func:`period` and
    :func:`week_of_action`: the stretches around month names and the date ranges in them."""

    windows: list[tuple[int, int]]
    ranges: list[Range]


def stated_dates(low: str) -> StatedDates:
    """Stated date ranges, outside court sentences: (d1, mon1, y1, d2, mon2, y2) as text."""
    windows = _windows(low)
    return StatedDates(windows, list(_ranges(low, windows)))


def _ranges(low: str, windows: list[tuple[int, int]]) -> Iterator[Range]:
    found: list[tuple[int, Range]] = []
    month_first = "between" in low or "from" in low
    gapped = " " + low  # a match in it starts where it does in low, and ends one further on
    for a, b in windows:
        for m in _PERIOD_AFTER_GAP.finditer(gapped, a, b + 1):
            g = m.groups()
            found.append((m.start(), g[0:6] if g[0] is not None else g[6:12]))  # type: ignore[arg-type]
        if month_first:
            for m in _PERIOD_MONTH_FIRST_AFTER_GAP.finditer(gapped, a, b + 1):
                mon1, d1, y1, mon2, d2, y2 = m.groups()
                found.append((m.start(), (d1, mon1, y1, d2, mon2 or mon1, y2)))
    found.sort(key=lambda x: x[0])
    for pos, groups in found:
        if not _COURT.search(_sentence_of(low, pos)):
            yield groups


# "A man ... has been jailed, months after his arrest in a week of action": a court story
# "Six weeks after a week of action in Redcar, 14 people have been charged": a follow-up
_SENTENCING_LEAD = re.compile(
    r"[^.\n]{0,200}?\b(?:has|have)\s+been\s+(?:jailed|sentenced|convicted|imprisoned)\b"
    r"|[^.\n]{0,200}?\b(?:weeks|months)\s+after\s+(?:a|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:week|fortnight)\s+of\s+action\b"
)


def sentencing_lead(low: str, start: int) -> bool:
    """Whether the article's first sentence (from ``start``) reports a sentencing, or what
    followed a week of action weeks later (charges, a follow-up): not the week itself."""
    while start < len(low) and low[start].isspace():
        start += 1
    # a match's "has"/"have" or "weeks"/"months" opens before the sentence's first "." or
    # line break ([^.\n] up to it): a first sentence without them cannot match
    cut = low.find(".", start)
    brk = low.find("\n", start, cut if cut >= 0 else len(low))
    first = low[start : brk if brk >= 0 else (cut if cut >= 0 else len(low))]
    if not ("has" in first or "have" in first or "weeks" in first or "months" in first):
        return False
    return _SENTENCING_LEAD.match(low, start) is not None


def week_of_action(
    low: str,
    stated: StatedDates | None = None,
    period: tuple[date | None, date | None] = (None, None),
) -> bool:
    """A time-boxed week (or weeks) of action / intensification is reported (lower-cased text).

    Also "a seven-day crackdown", an "intensification", and activity stated as a date
    range of three days to a fortnight ("between 25 November and 1 December"). Never when
    ``period`` (the article's) is a year review's twelve months, whatever weeks it counts.
    """
    if period[0] and period[1] and (period[1] - period[0]).days > 120:
        return False
    # most phrasings contain "week": look only around those (a full scan costs more)
    i = low.find("week")
    while i >= 0:
        m = _WEEK_OF_ACTION.search(low, max(0, i - 40), i + 60)
        if m and not _still_to_come(low, m.start(), m.end()):
            return True
        i = low.find("week", i + 4)
    if "fortnight" in low and any(
        _enforcement_fortnight(low, m.start()) for m in _FORTNIGHT.finditer(low)
    ):
        return True  # "a fortnight of action", "ran for a fortnight": two weeks, time-boxed
    if "intensification" in low and (
        (m := _TIME_BOXED.search(low, low.find("intensification") - 40))
        and not _still_to_come(low, m.start(), m.end())
    ):
        return True
    i = low.find("day ")
    while i >= 0:  # "a seven-day crackdown"
        if _TIME_BOXED.search(low, max(0, i - 12), i + 60):
            return True
        i = low.find("day ", i + 4)
    if " days" in low and ("lasted" in low or "ran " in low or "run " in low):
        if _RAN_FOR_DAYS.search(low):
            return True  # "Operation Greyfriar, which ran for five days": a working week
    days = _range_days((stated or stated_dates(low)).ranges)
    return days is not None and 3 <= days <= 16


# "the operation, which ran for five days", "the crackdown lasted seven days"
_RAN_FOR_DAYS = re.compile(
    r"\b(?:operation|crackdown|campaign|blitz|push|intensification)\b[^.;\n]{0,60}?"
    r"\b(?:ran|run|lasted)\s+(?:for\s+)?(?:five|six|seven|5|6|7)\s+(?:consecutive\s+)?days\b"
)


# "a further week of action planned for February", "the next week of action will ...": a week
# still to come is not the one reported
_PLANNED_AFTER = re.compile(r"\s+(?:is\s+|are\s+)?(?:planned|scheduled|due|will|to\s+come)\b")
_PLANNED_BEFORE = re.compile(r"\b(?:next|upcoming|future|forthcoming|planned)\s+$")


def _still_to_come(low: str, start: int, end: int) -> bool:
    return bool(
        _PLANNED_AFTER.match(low, end) or _PLANNED_BEFORE.search(low, max(0, start - 14), start)
    )


def _enforcement_fortnight(low: str, at: int) -> bool:
    """A fortnight of policing ("ran for a fortnight and officers ...", "a fortnight against
    cuckooing"), outside any quotation; not "excluded from school for a fortnight"."""
    line = low.rfind("\n", 0, at) + 1
    if low.count('"', line, at) % 2:
        return False  # "the gap is filled within a fortnight," an officer said
    return bool(
        _FORTNIGHT_OF.match(low, at + len("fortnight"))
        or _ACTION.search(_sentence_of(low, at))
        or "safeguard" in _sentence_of(low, at)
    )


def _range_days(ranges: list[Range]) -> int | None:
    """The length in days of the first stated activity date range, year or no year."""
    for d1, mon1, _y1, d2, mon2, _y2 in ranges:
        m2 = _MONTHS[mon2[:3]]
        m1 = _MONTHS[mon1[:3]] if mon1 else m2
        try:  # a non-leap year: only the span matters
            start = date(2001 if m1 <= m2 else 2000, m1, int(d1))
            end = date(2001, m2, int(d2))
        except ValueError:
            continue
        if end >= start:
            return (end - start).days
    return None


_YEAR_SPAN = 366  # "from 1 April 2025 to 31 March 2026": the twelve months of a year review
_HALF_YEAR = 184  # "between 1 April and 30 September", the year from the date line


def period(
    low: str, published: date | None, stated: StatedDates | None = None
) -> tuple[date | None, date | None]:
    """The first stated date range, years resolved; ``(None, None)`` if none or unknowable.

    ``low`` is the article lower-cased (matching it is much cheaper than IGNORECASE).
    """
    stated = stated or stated_dates(low)
    # "the trial ran from 3 to 14 march": not the activity (court sentences are passed over)
    for d1, mon1, y1, d2, mon2, y2 in stated.ranges:
        mon2_n = _MONTHS[mon2[:3].lower()]
        mon1_n = _MONTHS[mon1[:3].lower()] if mon1 else mon2_n
        year2 = int(y2) if y2 else _year_for(mon2_n, published)
        if year2 is None:
            return None, None
        year1 = int(y1) if y1 else (year2 - 1 if mon1_n > mon2_n else year2)
        try:
            start, end = date(year1, mon1_n, int(d1)), date(year2, mon2_n, int(d2))
        except ValueError:
            continue
        # a week, a month's push, a half-year's figures ("between 1 April and 30 September");
        # a year review's twelve months only with the end's year written, which places the
        # whole range ("between 1 January and 31 December 2025")
        if end < start or (end - start).days > (_YEAR_SPAN if y2 else _HALF_YEAR):
            continue
        return start, end
    return _single_day(low, published, stated.windows)


def _single_day(
    low: str, published: date | None, windows: list[tuple[int, int]]
) -> tuple[date | None, date | None]:
    """ "Officers raided 12 addresses on Tuesday 4 June": a one-day operation; not a day of a
    longer activity whose own dates are not stated ("the second day of a week of action")."""
    hits = [m for a, b in windows for m in _ON_DAY.finditer(low, a, b)]
    if "today's" in low:
        hits += [m for a, b in windows for m in _TODAYS_DAY.finditer(low, a, b)]
        hits.sort(key=lambda m: m.start())
    if hits and _DAY_OF_LONGER.search(low):
        return None, None
    days: list[date] = []
    for m in hits:
        sentence = _sentence_of(low, m.start())
        if _COURT.search(sentence) or not _ACTION.search(sentence):
            continue
        month = _MONTHS[m.group(2)[:3]]
        year = int(m.group(3)) if m.group(3) else _year_for(month, published)
        if year is None:
            return None, None
        try:
            day = date(year, month, int(m.group(1)))
        except ValueError:
            continue
        if days and abs((day - days[0]).days) > 6:
            break  # another event, not a second day of the same raids
        days.append(day)
    # "on Monday 18 May ... On Tuesday 19 May": raids over days in a row, one period
    return (min(days), max(days)) if days else (None, None)


_DAY_OF_LONGER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|final|last|busiest)\s+(?:single\s+)?day\s+of\b"
    r"|\b(?:elsewhere|later|earlier)\s+(?:during|in)\s+the\s+(?:week|fortnight|month)\b"
    # "a three-force operation lasting almost six months", "an 18-month investigation"
    r"|\b(?:lasting|lasted|spanning)\s+(?:almost\s+|nearly\s+|about\s+|more\s+than\s+)?"
    r"[\w-]+\s+(?:weeks|months|years)\b"
    r"|\b[\w]+-(?:month|year)(?:-long)?\s+(?:operation|investigation|inquiry)\b"
)


def _sentence_of(low: str, pos: int) -> str:
    start = max(low.rfind(". ", 0, pos), low.rfind("\n", 0, pos)) + 1
    ends = [e for e in (low.find(". ", pos), low.find("\n", pos)) if e >= 0]
    return low[start : min(ends) if ends else len(low)]  # a paragraph ends its last sentence


def _year_for(month: int, published: date | None) -> int | None:
    """The publication year, or the year before when the month is later than publication's."""
    if published is None:
        return None
    return published.year - 1 if month > published.month else published.year


_DIGIT = re.compile(r"\d")
# "Monday 9 November", "2026", "06:00": a number that dates the text, not a figure of it
_DATE_NUMBER = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|(?:19|20)\d\d\b(?!,\d)|\d{1,2}:\d\d\b"
)


def first_figure_digit(plain: str, pos: int, end: int) -> re.Match[str] | None:
    """The first digit in ``plain[pos:end]`` that starts a figure, not a date or a time."""
    while True:
        digit = _DIGIT.search(plain, pos, end)
        if digit is None:
            return None
        start = digit.start()
        while start > 0 and plain[start - 1].isdigit():
            start -= 1
        date = _DATE_NUMBER.match(plain, start)
        if date is None:
            return digit
        pos = date.end()
