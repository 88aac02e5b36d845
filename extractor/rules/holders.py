"""Which named area holds which places, for ``attachment`` (pure).

"In west Kent, officers in A and B" (a compass part holding both towns), "In Breckland,
officers in Thetford and Dereham" (a council area of their one county), "23 were made in Hull,
two of them at a flat in Orchard Park" (a town holding a site in a neighbourhood).
"""

from __future__ import annotations

import re

from .gazetteer import COUNCIL_AREAS, PLACES, Place
from .markers import Marker
from .parts import part_holding

# "Rotherham officers arrested three people at addresses in Maltby": whose officers, not where
WHOSE_OFFICERS = re.compile(r"\s+(?:officers|detectives|police)\b")


def part_holding_all(area: str, listed: list[Marker]) -> bool:
    """Whether ``area`` holds every listed place: their one county, its compass part ("In west
    Kent, officers in A and B"), or the nation or region they all lie in ("In Scotland, officers
    at Glasgow Central and Aberdeen")."""
    counties = {getattr(PLACES.get(k.area), "county", None) for k in listed}
    county = counties.pop() if len(counties) == 1 else None
    if county is not None and (area == county or part_holding([area], county) is not None):
        return True
    held = PLACES.get(area)
    return (
        held is not None
        and held.level == "region"
        and all(getattr(PLACES.get(k.area), "region", None) == area for k in listed)
    )


def council_holding_all(area: str, listed: list[Marker]) -> bool:
    """Whether ``area`` is a council area of the one county every listed town lies in."""
    counties = {getattr(PLACES.get(k.area), "county", None) for k in listed}
    return area in COUNCIL_AREAS and counties == {PLACES[area].county}


def holds_site(town: Place, site: Marker) -> bool:
    """Whether ``town`` may hold the site ``site`` names: a neighbourhood no gazetteer lists,
    or a wide-list name that is another county's (a namesake: "a flat in Stonehouse" in a
    Plymouth story) or lies in the council area's (or London borough's) county ("in Bethnal
    Green" after Tower Hamlets)."""
    if town.level != "town":
        return False
    wide = PLACES.get(site.area)
    if site.weak or wide is None:
        return True
    return wide.county != town.county or town.name in COUNCIL_AREAS or town.county == "London"


def wide_only(area: str) -> bool:
    """Whether ``area`` is a name only the wide town list knows ("Bethnal Green")."""
    place = PLACES.get(area)
    return place is not None and place.weak


_GROUP_IN = re.compile(r"\b(?:in|across)\s+$")


def group_county(
    plain: str, markers: list[Marker], end: int, clause_end: int, default: str
) -> str | None:
    """The county of the towns listed after a figure ending at ``end`` in its clause, when the
    figure would otherwise take ``default``, a town its paragraph opened with: "In Crewe, 12
    were arrested. A further nine were arrested in Chester and Ellesmere Port." -> Cheshire
    (the towns as a group, decision 16), or the region the county lies in; a council area
    holding them keeps them."""
    framed = PLACES.get(default)
    if framed is None or framed.level not in ("town", "region") or default in COUNCIL_AREAS:
        return None
    group = [k for k in markers if k.listed and end <= k.start < clause_end]
    if len(group) < 2 or any(k.area == default for k in group):
        return None
    counties = {getattr(PLACES.get(k.area), "county", None) for k in group}
    county = counties.pop() if len(counties) == 1 else None
    if county not in PLACES or not _GROUP_IN.search(plain, end, group[0].start):
        return None
    if framed.level == "region" and PLACES[county].region != default:
        return None
    return PLACES[county].name
