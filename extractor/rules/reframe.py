"""Second thoughts on the framing: a town that holds only a share of the figures (pure).

"A police operation that has started in Hereford" frames a live blog by the town, until the
final figures say "arrested 7 people, five of them in Hereford": the town holds a share, so
the whole (and every unplaced figure) is the wider area's, the force the article names.
"""

from __future__ import annotations

import re

from .framing import SUPPORT_BEFORE, Framing, agency_area
from .gazetteer import PLACES, Mention

_SHARE_IN = r"\b(?:of\s+(?:them|whom|those|these|which)|including)\s+(?:[\w-]+\s+){0,2}?in\s+"


def wider_main(plain: str, framing: Framing, mentions: list[Mention]) -> str | None:
    """The force's area when the main area is a town the text gives a share of a figure."""
    main = framing.main
    place = PLACES.get(main)
    if place is None or place.level != "town" or f"in {main}" not in plain:
        return None
    if not re.search(_SHARE_IN + re.escape(main) + r"\b", plain, re.IGNORECASE):
        return None
    for m in mentions:
        area = agency_area(m.entry) if m.kind == "agency" else None
        if (
            area
            and area != main
            and not SUPPORT_BEFORE.search(plain[max(0, m.start - 30) : m.start])
        ):
            return area
    return place.county or None
