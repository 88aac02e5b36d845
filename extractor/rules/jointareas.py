"""The one area several areas make up: a joint area, a ROCU's region, a named division (pure).

"Norfolk and Suffolk" is a two-force operation's own area; "Gwent, South Wales and
Dyfed-Powys" make up the Southern Wales ROCU's region; "Dundee and Perth" lie in Tayside
when the article names it. The places, ROCUs and divisions are the gazetteer's.
"""

from __future__ import annotations

import re

from .areas import FORCE_PARTS
from .gazetteer import (
    COUNCIL_AREAS,
    COUNCIL_TOWNS,
    DIVISION_AREAS,
    DIVISIONS,
    LOWER_LOOKUP,
    PLACES,
    ROCU_COVERS,
)


def group_area(areas: list[str]) -> str | None:
    """The one area that several force areas make up: two are a joint area as written, three
    or more a ROCU's region, else their region.

    "Norfolk and Suffolk" -> "Norfolk and Suffolk" (a two-force operation, which neither force
    nor the region owns: guidelines 2.7, h5_022); "Gwent, South Wales and Dyfed-Powys" ->
    "Southern Wales". ``None`` when they are not all county-level areas of one region.
    """
    if len(set(areas)) < 2 or any(a not in PLACES or PLACES[a].level != "county" for a in areas):
        return None
    wanted = set(areas)
    if len(wanted) == 2:
        return _force_taking_in(areas) or " and ".join(dict.fromkeys(areas))
    for area, covers in ROCU_COVERS:
        if wanted <= covers:
            return area
    regions = {PLACES[a].region for a in areas}
    return regions.pop() if len(regions) == 1 else None


def _force_taking_in(areas: list[str]) -> str | None:
    """The one force area of a pair when its force polices the other county too, and no force
    is named after the pair: "Leicestershire and Rutland" -> "Leicestershire" (Leicestershire
    Police's area), but "Hampshire and the Isle of Wight" stays the force's own two-part name."""
    first, second = dict.fromkeys(areas)
    if LOWER_LOOKUP.get(f"{first.lower()} and {second.lower()} constabulary") or LOWER_LOOKUP.get(
        f"{first.lower()} and {second.lower()} police"
    ):
        return None
    for force, other in ((first, second), (second, first)):
        if other in FORCE_PARTS.get(force, ()):
            return force
    return None


def joint_area(areas: list[str], plain: str) -> str | None:
    """The one area listed force areas make up: their region when the article names it or
    more than two make it up, else the pair as written ("Lincolnshire and Nottinghamshire":
    a two-force operation that no region owns)."""
    area = group_area(areas)
    if area and len(set(areas)) == 2 and area.lower() not in plain.lower():
        return f"{areas[0]} and {areas[1]}"
    return area


def division_of(towns: list[str], plain: str) -> str | None:
    """The named area several towns lie in, when the article itself names it.

    "29 people in Dundee and Perth ... into Tayside" -> "Tayside"; with no "Tayside" in the
    text, ``None`` (the towns take their force area, as any two towns do). A council area the
    article names that holds them all is nearer than the division: "Police in Angus ...
    searches in Arbroath, Montrose and Forfar" -> "Angus", though Tayside Division made them.
    """
    if len(set(towns)) < 2:
        return None
    council = council_of(towns, plain)
    if council is not None:
        return council
    names = {DIVISIONS.get(town) for town in towns}
    name = names.pop() if len(names) == 1 else None
    if name is None or name not in plain:
        return None
    # "Inverness and Fort William" under "Police Scotland's Highlands and Islands division":
    # the longer division the article names as a division
    for longer in DIVISION_AREAS:
        if longer.startswith(name + " and ") and (
            f"{longer} division" in plain or f"{longer} Division" in plain
        ):
            return longer
    return name


def council_of(towns: list[str], plain: str) -> str | None:
    """The council area every one of ``towns`` lies in, when the article names it as a place
    ("Police in Angus", "both Aberdeenshire towns"): the named area holding the towns."""
    councils = {COUNCIL_TOWNS.get(town) for town in towns}
    council = councils.pop() if len(councils) == 1 else None
    if council is None or council not in plain:
        return None
    for longer in _LONGER_NAMES.get(council, ()):
        plain = plain.replace(longer, "")  # "Lothians and Scottish Borders": the division's name
    if re.search(rf"\b{re.escape(council)}\b(?!\s+(?!Council\b)[A-Z])", plain) is None:
        return None  # "Angus Murray": a given name, not the council area
    return council


# the names of divisions (as written) and council areas, in the gazetteer's order: what a
# council area's name can stand inside
_AREA_NAMES = [n for n, p in PLACES.items() if p.name in DIVISION_AREAS or n in COUNCIL_AREAS]
# council area -> the longer names (a division's as written, another council area's) that hold
# it: "Lothians and the Scottish Borders" names the division, "East Renfrewshire" another area
_LONGER_NAMES = {
    council: sorted(
        (n for n in _AREA_NAMES if council in n and n != council), key=len, reverse=True
    )
    for council in set(COUNCIL_TOWNS.values())
}
