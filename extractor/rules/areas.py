"""What area a mention stands for, alone or with the places listed after it (pure).

Shared by framing (the article's main area), court stories and scope: "Kent Police" is
Kent, "the Eastern region" is "Eastern region", and "Essex Police and Kent Police" acting
together are their joint area "Essex and Kent".
"""

from __future__ import annotations

import re

from .gazetteer import Agency, Mention, Place, group_area

# "in Glasgow and Edinburgh": a list of places is no single main area
LIST_NEXT = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?[A-Z]")


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
    return " ".join(plain[m.start : m.end].split())


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


# "Essex Police and Kent Police arrested ...": two forces acting together, no third listed
_PAIR_GAP = re.compile(r"\s*(?:and|&)\s*(?:the\s+)?")


def joint_forces(plain: str, mentions: list[Mention], first: Mention) -> str | None:
    """The joint area of two forces named together as the subject of the lead."""
    if getattr(first.entry, "kind", "") != "force":
        return None
    second = next((o for o in mentions if o.start >= first.end), None)
    if (
        second is None
        or getattr(second.entry, "kind", "") != "force"
        or not _PAIR_GAP.fullmatch(plain, first.end, second.start)
        or LIST_NEXT.match(plain, second.end)
    ):
        return None
    return group_area([agency_area(first.entry) or "", agency_area(second.entry) or ""])


def force_over(county: str, mentions: list[Mention]) -> str | None:
    """The area of a named force that takes in ``county`` with another ("Devon" -> "Devon and
    Cornwall"): what "the force area" means in a story framed by one of its towns."""
    for m in mentions:
        area = agency_area(m.entry) if getattr(m.entry, "kind", "") == "force" else None
        if area and area != county and county in area.split(" and "):
            return area
    return None
