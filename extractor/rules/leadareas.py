"""Readings of a lead's area by the forces it belongs to, and by the headline's one town (pure).

"Officers from Police Scotland's Tayside division", "the Derry City and Strabane policing
district": a force's named local command is the story's area as written when the lead's own
area is wider (a nation, a region). "A crackdown ... in west Wales, Dyfed-Powys Police said":
a compass part of a nation or region is the one force of it the release names. "Six
arrested in Witham dawn raids" over "Essex Police officers raided four addresses in Witham":
the headline's one town, which the force's own sentence places its work in, is the story's.
"""

from __future__ import annotations

import re

from .areas import in_force, mention_area
from .forceplace import PREP_BEFORE
from .gazetteer import PLACES, Mention, Place
from .scopecues import states_county_scope
from .segments import inside
from .textsearch import TailPattern

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
        if p.start > start + 1200:  # a feature's scene-setting lead runs long
            break
        if p.start < headline or inside(p.start, quotes):
            continue
        if _BREAKDOWN_BEFORE.search(plain, max(0, p.start - 16), p.start):
            continue  # "In the Newry, Mourne and Down policing district, five arrests": a line's
        division = DIVISION_AFTER.match(plain, p.end)
        if division and _SAID_AFTER.match(plain, division.end()):
            continue  # "Chief Inspector X, of Police Scotland's North East Division, said": a
            # speaker's command, not the lead's
        if division and (named := mention_area(p, plain)):
            return named
    return None


_SAID_AFTER = re.compile(r",\s+(?:said|says|told|added)\b")
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


def headline_town(plain: str, places: list[Mention], headline: int) -> Place | None:
    """The town the headline names as its one place, when the body never states the county
    as a scope: "Five arrested as police raid four Great Yarmouth homes" is the town's story,
    whichever line of the body first names it after a standfirst."""
    head = {id(p.entry): p.entry for p in places if p.start < headline}
    if len(head) != 1:
        return None
    town: Place = next(iter(head.values()))  # type: ignore[assignment]
    if town.level != "town" or states_county_scope(plain, headline):
        return None
    return town


def force_town(
    plain: str, force: Mention, area: str, places: list[Mention], headline: int
) -> str | None:
    """The headline's one town when the force's own sentence names it: "Six arrested in Witham
    dawn raids" over "Essex Police officers raided four addresses in Witham", although the
    story later names another town of the force (a stop on the way, the operation's span)."""
    town = headline_town(plain, places, headline)
    if town is None or not in_force(town.county, area):
        return None
    stop = _STOP.search(plain, force.end)
    end = stop.start() if stop else len(plain)
    named = any(
        p.entry is town
        and force.end < p.start < end
        and PREP_BEFORE.search(plain[max(0, p.start - 40) : p.start])  # not "supply Dundee"
        and not _ONE_SITE.search(plain, max(0, p.start - 30), p.start)
        for p in places
    )
    return town.name if named else None


_STOP = re.compile(r"[.!?](?=\s|$)|\n")
# "raided a flat in Brighton": one site of the force's work, not the story's area
_ONE_SITE = TailPattern(re.compile(r"\b(?:address|house|flat|home|property)\s+(?:in|at)\s+$"))


# "Essex Police's district commander for Epping Forest": the officer's command, whose figures
# the story gives (a title's place is no location, so it is read from every mention)
_COMMANDER_FOR = re.compile(
    r"'s\s+(?:district|borough|area|neighbourhood|local\s+policing)\s+commander\s+for\s+"
)


def commander_area(plain: str, force: Mention, mentions: list[Mention]) -> str | None:
    """The area a force's local commander is "commander for", named right after the force."""
    found = _COMMANDER_FOR.match(plain, force.end)
    if found is None:
        return None
    agency = force.entry
    for m in mentions:
        if m.start == found.end() and m.kind == "place":
            place: Place = m.entry  # type: ignore[assignment]
            if in_force(place.county, agency.area):  # type: ignore[union-attr]
                return mention_area(m, plain)
    return None
