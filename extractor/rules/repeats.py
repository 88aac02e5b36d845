"""Quoted figures that repeat the body's (pure): a figure in a quotation with no place of its
own, stated outside quotes too, restates it (section 2.3). Split out of restatements.py,
which neared 400 lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..schema import Qualifier, Statistic
from .attachment import unplaced_in_quote
from .markers import Scope
from .numberwords import count_value
from .restatements import rounds_to
from .segments import Sentence, inside


def drop_quoted_repeats(
    stats: list[Statistic],
    quotes: list[tuple[int, int]],
    scope: Scope,
    sentences: list[Sentence],
) -> list[Statistic]:
    """A figure in a quotation that names no place of its own and repeats one the article
    states outside quotes (same metric, same value) restates it (section 2.3), whatever area
    the quote's speaker or paragraph would give it: "the force arrested 38 people" ...
    "Thirty-eight arrests in a fortnight"; so does "this one, along with 37 other weapons"
    beside the body's 38."""
    if not quotes:
        return stats
    quoted = [s for s in stats if inside(s.evidence_start or 0, quotes)]
    if not quoted:
        return stats
    told = {(s.metric, float(s.value)) for s in stats if not inside(s.evidence_start or 0, quotes)}
    # "Across Yorkshire, forces closed 67" beside the body's 67 of Yorkshire and the Humber
    areas = {
        (s.metric, float(s.value), s.area) for s in stats if (s.metric, float(s.value)) in told
    }
    starts = [s.start for s in sentences]
    spans = [(a, b, "") for a, b in quotes]

    def unplaced(s: Statistic) -> bool:
        at = s.evidence_start or 0
        si = bisect_right(starts, at) - 1
        return si >= 0 and unplaced_in_quote(scope, si, spans, at)

    dropped = {
        id(s)
        for s in quoted
        if (s.metric, float(s.value)) in told
        and (
            unplaced(s)
            or _JUDGED.match(scope.plain, s.evidence_end or 0)
            or any(m is s.metric and v == s.value and s.area in a != s.area for m, v, a in areas)
        )
    }
    values = {v for _, v in told}
    outside = [s for s in stats if not inside(s.evidence_start or 0, quotes)]
    for s in quoted:  # "More than £200,000 worth of drugs" beside the body's £212,000
        if (
            s.qualifier is not Qualifier.exact
            and id(s) not in dropped
            and any(o.metric is s.metric and rounds_to(float(o.value), s) for o in outside)
            and (unplaced(s) or _JUDGED.match(scope.plain, s.evidence_end or 0))
        ):
            dropped.add(id(s))
    for s in quoted:  # "the nineteen young people we have reached" beside the body's 19
        if float(s.value) in values and _named_again(scope.plain, s):
            dropped.add(id(s))
    for s in quoted:  # "this one, along with 37 other weapons" beside the body's 38
        if _OTHER_ITEMS.match(s.evidence) and any(
            (s.metric, float(s.value) + k) in told for k in (1, 2, 3)
        ):
            dropped.add(id(s))
    return [s for s in stats if id(s) not in dropped]


def _named_again(plain: str, s: Statistic) -> bool:
    """Whether a quoted figure is written as one the reader already has: "the eight people
    we have been able to help", "The five homes we found" (a definite count)."""
    a, b = s.evidence_start or 0, s.evidence_end or 0
    for m in _THE_COUNT.finditer(plain, max(0, a - 4), b):
        word = m.group(1).lower()
        if count_value(word) == float(s.value):
            return True
    return False


_THE_COUNT = re.compile(
    r"\b[Tt]he\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?(?:people|homes|children)\b"
)
# "Nineteen arrests in a week sends a clear message", "Fifty-two arrests is the headline": a
# figure the speaker weighs is the one the article gave, whatever place the quote goes on to
_JUDGED = re.compile(
    # "in the north west alone", "across Strabane": the place the story already gave it
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?:[A-Z][\w'-]*|north|south|east|west"
    r"|(?:county|town|city|district|borough|area)(?=\s+(?:in|over|is|was)\b))"
    r"(?:\s+(?:and\s+)?[\w'-]+){0,3}?(?:\s+alone)?(?=\s+(?:in|over|is|was|sends|shows)\b))?"
    r"(?:\s+(?:in|over|from)\s+(?:a|one|the|two|seven|ten|14|a\s+single)\s+"
    r"(?:days?|weeks?|fortnight|months?|operation)(?:['\u2019]s\s+work)?)?"  # "in a week"
    r"\s+(?:is|was|sends|sent|shows|says|tells|represents|means)\b"
    # "Six arrests before most people had had breakfast sends a message": a verdict's verb
    r"|(?!\s+(?:were|was|have|has|had|are|is|and|or)\b)(?:\s+[\w'-]+){1,8}?"
    r"\s+(?:sends|shows|tells|represents|means)\b"
)
_OTHER_ITEMS = re.compile(r"[\w,-]+(?:\s+[\w-]+)?\s+other\s+[a-z]", re.IGNORECASE)
