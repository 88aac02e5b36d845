"""What area a mention stands for, alone or with the places listed after it (pure).

Shared by framing (the article's main area), court stories and scope: "Kent Police" is
Kent, "the Eastern region" is "Eastern region" (two forces acting together take their
joint area in ``reframe.joint_main``).
"""

from __future__ import annotations

import re

from .gazetteer import DIVISION_AREAS, DIVISIONS, PLACES, Agency, Mention, Place
from .segments import inside

# "in Glasgow and Edinburgh": a list of places is no single main area
LIST_NEXT = re.compile(
    r"\s*(?:,|and|&)\s*(?:the\s+)?(?:(?:north|south|east|west|central)(?:-(?:east|west))?\s+)?[A-Z]"
)  # "Lisburn and north Down": a compass part is a list item too


# force areas that take in more than one county of the gazetteer, other than "X and Y" names
_FORCE_PARTS = {
    "Thames Valley": frozenset({"Berkshire", "Buckinghamshire", "Oxfordshire"}),
    "West Mercia": frozenset({"Herefordshire", "Shropshire", "Worcestershire"}),
    "Avon and Somerset": frozenset({"Bristol", "Somerset", "North Somerset"}),
    "Hampshire": frozenset({"Isle of Wight"}),
    "Sussex": frozenset({"East Sussex", "West Sussex"}),
    "Northumbria": frozenset({"Northumberland", "Tyne and Wear"}),
    "Leicestershire": frozenset({"Rutland"}),
    "Cleveland": frozenset({"Teesside"}),
    "Humberside": frozenset({"East Yorkshire"}),
}
FORCE_PARTS = _FORCE_PARTS


def in_force(county: str | None, area: str | None) -> bool:
    """Whether the gazetteer county ``county`` lies in the force area ``area``: itself, one of
    an "X and Y" pair ("Devon" in "Devon and Cornwall"), or a county of a force named otherwise
    ("Berkshire" in "Thames Valley")."""
    if not county or not area:
        return False
    return county == area or county in area.split(" and ") or county in _FORCE_PARTS.get(area, ())


def agency_area(entry: object) -> str | None:
    if isinstance(entry, Agency) and entry.kind in ("force", "rocu") and entry.area:
        return entry.area
    return None


def mention_area(m: Mention, plain: str) -> str | None:
    """The area a mention stands for: a force's county, a ROCU's region, a place as written."""
    if m.kind == "agency":
        return agency_area(m.entry)
    place: Place = m.entry  # type: ignore[assignment]
    if place.level == "road":
        return None  # "on the M62": a site, never the scope of a figure
    if place.level == "region":
        return place.name  # "Eastern region", not "Eastern Region" / "eastern region"
    written = " ".join(plain[m.start : m.end].split())
    if written != place.name and place.name in _DIVISION_NAMES:
        return place.name  # "the Lothians and the Scottish Borders": the division's own name
    return written


_DIVISION_NAMES = frozenset(DIVISIONS.values())
DATE_LINE = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d\s*")
_LIST_GAP = re.compile(r"\s*(?:,|and|&)\s*(?:and\s+)?(?:the\s+)?")


def list_from(plain: str, places: list[Mention], first: Mention) -> list[str]:
    """The areas of the places listed from ``first`` on ("Norfolk, Suffolk and Cambridgeshire")."""
    out = [mention_area(first, plain) or ""]
    last = first
    for p in places:
        if p.start <= last.start:
            continue
        if not _LIST_GAP.fullmatch(plain, last.end, p.start):
            break
        out.append(mention_area(p, plain) or "")
        last = p
    return out


def force_over(county: str, mentions: list[Mention]) -> str | None:
    """The area of a named force that takes in ``county`` with another ("Devon" -> "Devon and
    Cornwall", "Berkshire" -> "Thames Valley"): what "the force area" means in a story framed by
    one of its towns."""
    for m in mentions:
        area = agency_area(m.entry) if getattr(m.entry, "kind", "") == "force" else None
        if area and area != county and in_force(county, area):
            return area
    return None


_COMPASS_PART = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?\s+([A-Z].+)$")


def force_of_county(main: str, mentions: list[Mention]) -> str | None:
    """The named force whose area takes in the story's county ("Berkshire" -> "Thames Valley"),
    or the nation of a Police Scotland division ("Fife" -> "Scotland"); None for a county that is
    its own force's area, a town or a region."""
    place = PLACES.get(main)
    part = _COMPASS_PART.match(main)
    if place is None and part and part.group(1) in PLACES:
        # "Suffolk Police said officers arrested 14" in a west Suffolk story: the source
        county = PLACES[part.group(1)]
        return (
            (force_over(county.name, mentions) or county.name) if county.level == "county" else None
        )
    if place is None or place.level != "county":
        return None
    force = force_over(main, mentions)
    if force is None and main in DIVISION_AREAS:
        return place.region  # "Police Scotland said officers seized £27,000" in a Fife story
    return force


# "six men from Liverpool", "a Liverpool-based gang": a town that is where a gang comes from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def first_town(
    plain: str, main: str, places: list[Mention], quotes: list[tuple[int, int]], headline: int
) -> str | None:
    """What "the town" / "the city" means: the main area when it is a town, else the first town
    the body names outside quotes that is not a gang's home ("Six men from Liverpool who
    supplied Barrow-in-Furness ... in the town" is Barrow), else the first town."""
    if main in PLACES and PLACES[main].level == "town":
        return main
    first = None  # the first town outside quotes, if none is kept
    for m in places:  # in text order: the first kept town is the answer, the rest unread
        if m.entry.level != "town" or inside(m.start, quotes):  # type: ignore[union-attr]
            continue
        if (
            m.start >= headline
            and not _FROM_BEFORE.search(plain, max(0, m.start - 12), m.start)
            and not plain.startswith("-based", m.end)
        ):
            return m.surface
        first = first or m
    return first.surface if first else None
