"""Running totals of broader work than the article reports (pure).

"Across Norfolk, the force has closed 62 county lines since the start of the year" in a
story of one morning's raids, "Nationally, more than 1,500 lines have been closed in the past
year": a force's or the country's total of all its county lines work, opened by the area it
spans and bounded by a month or the past year; background, no statistic of the story.
"""

from __future__ import annotations

import re

from .numbers import Figure

# "Across Norfolk, the force has closed 62 county lines since the start of the year": a
# force-wide running total of all its county lines work, opened by the area it spans;
# "Nationally, more than 1,500 lines have been closed in the past year": the country's yearly
# total of all county lines work; "Across the county, the force closed 90 lines last year"
# (also inside a quotation: '"Across Carmarthenshire as a whole the force has made 112 ...')
_WIDE_OPENS = re.compile(r"[\s\-*]*[\"“‘']?(?:Across\s|Nationally,)")
# "Avon and Somerset Police said it had closed 14 county lines running into Somerset since
# the start of the year", "West Mercia Police says it has closed 47 county lines across its
# area since January": the force's own statement of a running total of all its work (the
# reported operation's is told with the operation as subject: "said the operation had led to")
_SAID_IT_HAD = re.compile(
    r"\b(?:Police|Constabulary|force|PSNI)\s+(?:said|says)\s+(?:that\s+)?it\s+(?:has|had)\s+"
    r"(?:now\s+|also\s+)?[a-z]+\s+(?:(?:more\s+than|over|almost|nearly|around|about)\s+)?$"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_SINCE_MONTH = re.compile(
    rf"[^.;]{{0,90}}?\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+year|"
    rf"{_MONTH})|{_MONTH})\b"
)
_PAST_YEAR = re.compile(
    r"[^.;]{0,90}?\b(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:year|12\s+months"
    r"|twelve\s+months)|(?<!the\s)last\s+year|so\s+far\s+this\s+year|this\s+year\s+so\s+far)\b"
)


# "Wessex Police says it has closed 23 county lines across its whole area since May": the
# area it spans told after the figure
# ("across the county since August" may be the reported operation's own run: not enough)
_ACROSS_ALL = re.compile(
    r"[^.;,]{0,70}?\bacross\s+(?:(?:its|their)\s+(?:whole\s+|entire\s+)?(?:force\s+)?area"
    r"|the\s+(?:whole\s+|entire\s+)?force\s+area|the\s+(?:whole|entire)\s+(?:county|region))\b"
)
# "In the previous twelve months the force closed 47 lines": the period before, a comparison
_PREVIOUS_OPENS = re.compile(
    r"[\s\-*]*In\s+the\s+(?:previous|preceding)\s+(?:year|twelve\s+months|12\s+months)\b"
)


def force_wide_total(
    plain: str, fig: Figure, sent_start: int, end: int, may_open: bool = True
) -> bool:
    """Whether an "Across <area>, ..." or "Nationally, ..." sentence (or one whose figure is
    "across its area") gives a running total since a month or a total of the past year:
    broader work than the article reports; or a total of the year before. ``may_open``: the
    text holds "Across" or "Nationally," (False: ``_WIDE_OPENS`` needs one, not tried)."""
    if plain.startswith("In the", sent_start) and _PREVIOUS_OPENS.match(plain, sent_start):
        return True
    if (
        plain.find(" it ", sent_start, fig.qual_start) >= 0
        and _SAID_IT_HAD.search(plain, max(sent_start, fig.qual_start - 90), fig.qual_start)
        and _SINCE_MONTH.match(plain, fig.end, end) is not None
    ):
        return True
    opens = _WIDE_OPENS.match(plain, sent_start) if may_open else None
    if opens is None and "across" not in plain[fig.end : fig.end + 90]:
        return False
    if opens is None and _ACROSS_ALL.match(plain, fig.end, end) is None:
        return False
    if _SINCE_MONTH.match(plain, fig.end, end) is not None:
        return True
    return _PAST_YEAR.match(plain, fig.end, end) is not None
