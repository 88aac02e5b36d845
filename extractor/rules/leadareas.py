"""Two readings of a lead's area by the forces it belongs to (pure).

"Officers from Police Scotland's Tayside division", "the Derry City and Strabane policing
district": a force's named local command is the story's area as written when the lead's own
area is wider (a nation, a region). "A crackdown ... in west Wales, Dyfed-Powys Police said":
a compass part of a nation or region is the one force of it the release names.
"""

from __future__ import annotations

import re

from .areas import mention_area
from .gazetteer import PLACES, Mention
from .segments import inside

# "Officers from Police Scotland's Tayside division", "the Derry City and Strabane policing
# district": a force's named local command, the story's area as written (h13_021, h17_009)
DIVISION_AFTER = re.compile(
    r"[^\S\n]+(?:local\s+policing\s+)?(?:division|(?:policing\s+)?district)\b(?![^\S\n]+council)",
    re.IGNORECASE,
)


def lead_division(
    plain: str, places: list[Mention], quotes: list[tuple[int, int]], headline: int, start: int
) -> str | None:
    """The named division or policing district the lead's officers belong to, or None."""
    for p in places:
        if p.start > start + 700:
            break
        if p.start < headline or inside(p.start, quotes):
            continue
        if _BREAKDOWN_BEFORE.search(plain, max(0, p.start - 16), p.start):
            continue  # "In the Newry, Mourne and Down policing district, five arrests": a line's
        if DIVISION_AFTER.match(plain, p.end) and (named := mention_area(p, plain)):
            return named
    return None


# a place opening its sentence as one line of a breakdown, after the lead ("In the X district, ")
_BREAKDOWN_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:In|Across)\s+(?:the\s+)?$")


def force_in(region: str, mentions: list[Mention], quotes: list[tuple[int, int]]) -> str | None:
    """The area of the one force named outside quotes whose region is ``region``, or None."""
    if region not in PLACES or PLACES[region].level != "region":
        return None
    areas = {
        m.entry.area  # type: ignore[union-attr]
        for m in mentions
        if m.kind == "agency"
        and m.entry.kind == "force"  # type: ignore[union-attr]
        and m.entry.region == PLACES[region].name  # type: ignore[union-attr]
        and not inside(m.start, quotes)
    }
    return areas.pop() if len(areas) == 1 else None
