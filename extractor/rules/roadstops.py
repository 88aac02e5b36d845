"""A stop on a trunk road near a place that is not the paragraph's town (pure).

"In Great Yarmouth, 11 people were arrested. A car stopped on the A47 near Acle was found to
contain £4,300 in cash": the sentence names no place of its own but the road and the village
the stop was near, so its figures would otherwise take the town the paragraph opened with. By
the roads rule (GUIDELINES, holdout 2: h2_012's "M62 near Goole", h10_001's "A38 near
Alfreton") a stop near, not in, the paragraph's town takes the area of the force that made it.
A sentence that places the stop itself ("Also in Skegness, a car stopped on the A158", "near
the city", "on the edge of the town") or names a place or force of its own is left alone.
"""

from __future__ import annotations

import re

from .areas import force_over
from .gazetteer import COUNCIL_AREAS, PLACES, Mention
from .markers import Marker

# "stopped a car on the A55 near Llandudno Junction", "A car stopped on the A64 near Seamer"
_NEAR_ROAD = re.compile(
    r"\bstopped\b[^.;:\"]{0,40}?\s(?:on|along)\s+the\s+(?P<road>[AM]\d{1,4}(?:\(M\))?)"
    r"\s+(?:near|outside|just\s+outside|close\s+to)\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,2})"
)

# who made the stop, named before it: "The unit's own officers", "Officers from the Hampshire force"
_MAKER = re.compile(r"\b(?:unit|units|force|ROCU|squad|team)(?:['\u2019]s)?\b")


def stop_marker(
    plain: str,
    start: int,
    end: int,
    earlier: list[Marker],
    main: str,
    mentions: list[Mention],
) -> Marker | None:
    """The force marker of a road stop told in the sentence ``start:end`` that names no other
    place, or None. ``earlier``: the markers of the paragraph's sentences before it."""
    found = _NEAR_ROAD.search(plain, start, end)
    if found is None or _MAKER.search(plain, start, found.start()):
        return None  # "The unit's own officers stopped a lorry": the unit that made the stop
    near = found["place"]
    towns = [k for k in earlier if not k.force and k.area in PLACES]
    town = PLACES[towns[-1].area] if towns else None
    if near == main or town is not None and town.name == near:
        return None  # "near Chester" in the Chester paragraph or story: the town's own
    place = PLACES.get(near)
    if town is not None and town.level == "town" and town.county:
        county = town.county  # the force of the paragraph's town
    elif place is not None and place.level == "town" and place.county and not place.weak:
        county = place.county  # "near Alfreton": a town the hand list knows
    elif main in PLACES and PLACES[main].level == "county":
        county = main
    else:
        return None
    if county not in PLACES or PLACES[county].level != "county":
        return None
    if main in COUNCIL_AREAS:
        return None  # a council area's week keeps its own finds (h15_020, unsure)
    area = force_over(county, mentions) or county
    return Marker(found.start("road"), found.end("road"), area, False, force=False)
