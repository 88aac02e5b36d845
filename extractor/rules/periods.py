"""Phrases naming a period before the reported one, a standing rate, or a figure restated
(pure): the words background.py reads around a figure ("in the equivalent week last year",
"Last spring we made 11 arrests", "at any one time", '"Nine homes," she says.')."""

from __future__ import annotations

import re

# "the equivalent week last year", "the same period a year earlier"
SAME_PERIOD = (
    r"(?:same|equivalent|comparable|corresponding|similar)\s+(?:week|period|month|fortnight|days?"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:weeks|months|days))"
    r"\s+(?:last\s+(?:year|spring|summer|autumn|winter)|a\s+year\s+(?:ago|earlier|before)"
    r"|the\s+(?:previous|year\s+before)"
    # "31 arrests in the equivalent week in 2025": a year written, the earlier run's
    r"|(?:in|of)\s+(?:19|20)\d\d)\b"
)
# "Last year ...", "Last spring we made 11 arrests", "Last November ...", "The last time ..."
LAST = (
    r"(?:(?:last|the\s+previous)\s+(?:year|spring|summer|autumn|winter)|(?:the\s+)?last\s+time"
    r"|last\s+(?:(?:jan|febr)uary|march|april|may|june|july|august|september|october"
    r"|november|december))\b"
)

# "104 lines in the previous year", "402 arrests over the preceding twelve months"
PREVIOUS_PERIOD_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:in|during|over|for)\s+the\s+(?:previous|preceding)\s+"
    r"(?:(?:financial|calendar)\s+)?(?:year|(?:twelve|12)\s+months)\b",
    re.IGNORECASE,
)
# "1,391 arrests made in the equivalent week last year": the figure of the same period before
SAME_PERIOD_AFTER = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:in|during|over|of|from)\s+(?:the|a)\s+{SAME_PERIOD}",
    re.IGNORECASE,
)
# "500 lines are run out of London at any one time", "in any given month": a standing estimate
STANDING = re.compile(
    r"\b(?:at\s+any\s+(?:one|given)\s+time|in\s+(?:any\s+(?:one|given)\s+|a\s+typical\s+)"
    r"(?:day|week|month|year))\b",
    re.IGNORECASE,
)


# a running total over years of work: "since it set up its team three years ago"
SINCE_YEARS_AGO = re.compile(
    r"\bsince\b[^.;]{0,80}?\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)"
    r"\s+years\s+ago\b",
    re.IGNORECASE,
)


# "was shut down in 2023, when two men were jailed for a combined eight years": every figure
# of a when-clause dated to a past year (background.py reads the words before a figure)
WHEN_CLAUSE = re.compile(
    r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before"
    r"|(?:in|until|during|by)\s+(?:19|20)\d\d(?:/\d\d)?)\s*,\s+when\s+[^.;:,\"\u201c\u201d]{0,70}$",
    re.IGNORECASE,
)

# "140 arrests across Norfolk so far this year": a team's running total for the year
YEAR_TO_DATE = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far)\b", re.IGNORECASE
)

# a plural count as the subject of "is": the figure judged, restated ("Forty arrests is a
# strong week's work", "29 arrests across a force area this size is a real effort")
IS_VERDICT = re.compile(
    r"(?:\s+(?!(?:were|was|are|have|has|had|been|and|which|that)\b)[\w'-]+){1,8}?\s+is\s+"
    r"(?:a|an|not|still|the|no|some|quite|really|very)\b"
)
# '"Nine homes," she says.': a quote that is only a count and a word or two
FRAGMENT_AFTER = re.compile(r"(?:\s+[\w'-]+){0,2}[,.!?]?[\"\u201d]")
