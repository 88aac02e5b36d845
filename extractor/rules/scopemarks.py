"""Markers for capitalised names no gazetteer knows, one sentence at a time, and the area
"both force areas" means (pure).

"In Hollowmere, 17 of the arrests were made", "In the Breckland area, ...": a name that
opens its sentence scopes it like a known place; "at a flat in the Bedwell area" is a site
inside the town; "at Wolverhampton Crown Court", "at Maelor Hospital" are sites, no marker.
"""

from __future__ import annotations

import re

from .clauses import drop_asides
from .districts import town_span
from .framing import agency_area
from .gazetteer import PLACES, Mention
from .jointareas import group_area
from .markers import (
    AND_UNKNOWN_PLACE,
    DISTRICT_AFTER,
    NOT_PLACES,
    Marker,
    group_markers,
    mark_lists,
    wider_area,
)
from .placenames import unlisted_name_area


def unlisted_markers(
    plain: str,
    names: list[re.Match[str]],
    markers: list[Marker],
    candidates: list[Mention],
    ci: int,
    j: int,
    lead_end: int,
) -> list[Marker]:
    """Markers for the sentence's unknown place names ``names`` (``generic_places`` matches);
    ``markers``: the sentence's markers so far; ``candidates[ci:j]``: its known mentions."""
    known = [(k.start, k.end) for k in markers]
    out = []
    for gm in names:
        name = gm.group()
        if name.split()[0] in NOT_PLACES or any(a <= gm.start() < b for a, b in known):
            continue
        unlisted = unlisted_name_area(plain, gm.end(), name)
        if unlisted is None:
            continue  # "at Wolverhampton Crown Court", "at Maelor Hospital": sites
        name = unlisted
        if any(c.start <= gm.start() < c.end for c in candidates[ci:j]):
            continue
        # "In the Breckland area, ..." opens its sentence with a district: it scopes like a
        # known place; "at a flat in the Bedwell area" is a site inside the town
        district = DISTRICT_AFTER.match(plain, gm.end()) is not None
        if district and gm.start() != lead_end:
            continue
        # "In Hollowmere, 17 of the arrests were made", "In Hollowmere alone we made 14 of
        # those arrests": an area that opens its sentence
        district = district or (
            gm.start() == lead_end and plain.startswith((",", " alone"), gm.end())
        )
        # "in Byker, Newcastle"; "in Camp Hill and Stockingford, two estates in Nuneaton"
        town, aside = town_span(plain, gm.end(), candidates, ci) or (name, None)
        out.append(Marker(gm.start(), aside or gm.end(), town, district, weak=not district))
    return out


def both_forces_area(candidates: list[Mention], before: int, main: str) -> str:
    """ "Across both force areas, 61 people were arrested": the area the last two forces named
    before ``before`` make up together, else the main area."""
    pair = [
        agency_area(m.entry) or ""
        for m in candidates
        if m.kind == "agency" and m.start < before and getattr(m.entry, "kind", "") == "force"
    ]
    pair = list(dict.fromkeys(a for a in pair if a))
    return (group_area(pair[-2:]) or main) if len(pair) >= 2 else main


def settle_markers(
    plain: str,
    markers: list[Marker],
    candidates: list[Mention],
    ci: int,
    j: int,
    listed: set[int],
    lead_end: int,
) -> list[Marker]:
    """A sentence's markers in text order, without asides, widened ("Inverness and the
    Highlands") and grouped into lists; ``candidates[ci:j]``: its known mentions."""
    markers = drop_asides(plain, sorted(markers, key=lambda k: k.start))
    markers = [wider_area(plain, k) for k in markers]
    # "in Sunderland and South Tyneside": a list with a place no gazetteer knows
    markers = [
        Marker(k.start, k.end, k.area, k.initial, k.weak, True)
        if not k.listed
        and k.area in PLACES
        and AND_UNKNOWN_PLACE.match(plain, k.end)
        and not any(c.start > k.end and c.start < k.end + 8 for c in candidates[ci:j])
        else k
        for k in markers
    ]
    if listed:
        markers = mark_lists(markers, listed)
        markers = group_markers(plain, markers, lead_end)
    return markers
