"""Court stories: a sentencing lead files the whole case under the line's destination (pure).

"Five members of a gang who flooded Aberdeen with heroin have been jailed": the raids,
seizures and victims of the case are Aberdeen's, whichever forces made the arrests or
court heard the case; a line "into Ipswich and Lowestoft" is the towns' county's.
"""

from __future__ import annotations

import re

from .framing import DATE_LINE, LIST_NEXT, list_from, mention_area
from .gazetteer import PLACES, Mention, Place
from .jointareas import council_of

_JAILED = re.compile(r"\b(?:jailed|sentenced|imprisoned|locked\s+up|convicted)\b")
_DESTINATION_BEFORE = re.compile(
    r"(?:\b(?:into|flooded|supplying|supplied|targeting|targeted)"
    # "a line from Birmingham to Shrewsbury": the second town is where it ran
    r"|\bfrom\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "supplied heroin to users in two Angus towns": the towns' area names the destinations
_TOWNS_OF_BEFORE = re.compile(r"\b(?:in|into|to|across)\s+(?:the\s+)?(?:two|three|four|both)\s+$")
_TOWNS_AFTER = re.compile(r"\s+towns\b")


def court_destination(plain: str, places: list[Mention], headline: int) -> str | None:
    """The town a jailed gang's line ran into, when the lead is a sentencing.

    "Five members of a gang who flooded Aberdeen with heroin have been jailed": the case's
    raids, seizures and victims are Aberdeen's, whichever forces or court took part.
    """
    start = DATE_LINE.match(plain)
    a = max(headline, start.end() if start else 0)
    while a < len(plain) and plain[a].isspace():
        a += 1
    # "Listen to this article", "Share": a short line of page furniture before the lead
    for _ in range(2):
        line_end = plain.find("\n", a)
        if line_end < 0 or line_end - a > 40 or plain[a:line_end].rstrip().endswith((".", '"')):
            break
        a = line_end
        while a < len(plain) and plain[a].isspace():
            a += 1
    ends = [e for e in (plain.find(". ", a), plain.find("\n", a)) if e >= 0]
    b = min(ends) if ends else len(plain)
    if not _JAILED.search(plain, a, b):
        return None
    for p in places:
        if not a <= p.start < b:
            continue
        if _TOWNS_AFTER.match(plain, p.end) and _TOWNS_OF_BEFORE.search(
            plain, max(a, p.start - 20), p.start
        ):
            # "a gang that flooded two Angus towns": the area the article puts them in
            return mention_area(p, plain)
        if _DESTINATION_BEFORE.search(plain, max(a, p.start - 50), p.start):
            place: Place = p.entry  # type: ignore[assignment]
            if place.level != "town":
                return None
            if not LIST_NEXT.match(plain, p.end):
                return mention_area(p, plain)
            # "a line into Ipswich and Lowestoft": the county the towns lie in, or the council
            # area the article names that holds them ("both Aberdeenshire towns")
            towns = list_from(plain, places, p)
            council = council_of(towns, plain)
            if council is not None:
                return council
            counties = {PLACES[t].county if t in PLACES else None for t in towns}
            county = counties.pop() if len(counties) == 1 else None
            return county if county in PLACES else None
    return None
