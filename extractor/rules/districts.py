"""A wide-list name that is a district of a town the story names (pure).

The wide town list (``gb_towns.tsv``) holds suburbs and estates as towns of their own. Three
readings place one inside a hand-list town (GUIDELINES 2.7: a district inside a named town is
no area of its own): a "where" clause about a town of its county ("made in Crawley, where
officers also found 60 wraps at a house in Broadfield"); a raided site in a one-town story whose
sentence names no other place ("executed a warrant at the address in Broadfield" in a Crawley
story); and "the Camelon area of Falkirk", which names the town it lies in. A wide-list town in
its own right keeps its figures ("arrested two men in Blaenavon", "Rotherham officers arrested
three people at addresses in Maltby").
"""

from __future__ import annotations

import re

from .gazetteer import COUNCIL_AREAS, DIVISION_AREAS, PLACES, Mention, Place
from .markers import Marker

_AREA_OF = re.compile(r" area of ([A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)\b")
_AREA_OF_TOWN = re.compile(r" area of the (?:city|town)\b")
_WHERE_AFTER = re.compile(r",?\s+where\b")
_OPENS_IN = re.compile(r"[\s\-*\"]*(?:(?:In|At|Across|Meanwhile,\s+in)\s+)")
_SITE_BEFORE = re.compile(
    r"\b(?:address(?:es)?|house|houses|flat|flats|home|homes|property|properties|premises)"
    r"\s+in\s+$"
)


def district_of_town(
    m: Mention, candidates: list[Mention], start: int, end: int, main: str, plain: str
) -> str | None:
    """The hand-list town of its county that ``m``, a wide-list place in the sentence
    ``start:end``, is a district of, or None."""
    place = m.entry
    if not isinstance(place, Place) or not place.weak or not place.county:
        return None
    if plain.startswith(" area of ", m.end) and (wider := _AREA_OF.match(plain, m.end)):
        holder = PLACES.get(wider.group(1))
        if holder is not None and holder.level == "town" and holder is not place:
            return holder.name  # "in the Camelon area of Falkirk"
    if _AREA_OF_TOWN.match(plain, m.end):
        # "Of the 19 arrests in Derby, eight were made in the Normanton area of the city": the
        # town its paragraph last named, whatever county the wide list files the district in
        line = plain.rfind("\n", 0, m.start)
        for c in reversed(candidates):
            town = c.entry
            if line < c.start < m.start and isinstance(town, Place) and town.level == "town":
                return None if town.weak else town.name
    others = [c for c in candidates if start <= c.start < end and c is not m and c.kind == "place"]
    for c in others:
        named = c.entry
        if (
            c.start < m.start
            and isinstance(named, Place)
            and _hand_town(named, place)
            and _WHERE_AFTER.match(plain, c.end)
        ):
            return named.name  # "in Crawley, where ... at a house in Broadfield"
        if (
            c.start < m.start
            and isinstance(named, Place)
            and _hand_town(named, place)
            and _OPENS_IN.fullmatch(plain, start, c.start)
            and _SITE_BEFORE.search(plain, max(start, m.start - 30), m.start)
        ):
            return named.name  # "In Chester, officers seized £8,200 from an address in Blacon"
    home = PLACES.get(main)
    if (
        home is not None
        and _hand_town(home, place)
        and not others
        and _SITE_BEFORE.search(plain, max(start, m.start - 30), m.start)
    ):
        return home.name  # "a warrant at the address in Broadfield" in a Crawley story
    return None


def _hand_town(town: Place, place: Place) -> bool:
    return (
        town.level == "town"
        and not town.weak
        and town is not place
        and (town.county == place.county)
    )


_DISTRICT_AFTER = re.compile(r"\s+(?:district|borough|policing\s+district)\b(?!\s+council)")


def named_district(plain: str, places: list[Mention], pos: int) -> str | None:
    """What "the district" at ``pos`` means: the council area or policing district last named
    before it ("17 arrests in the Folkestone and Hythe district ... four lines in the
    district"), or None when the article names none."""
    for p in reversed(places):
        if p.start >= pos:
            continue
        place = p.entry
        if isinstance(place, Place) and (
            place.name in COUNCIL_AREAS
            or place.name in DIVISION_AREAS
            or _DISTRICT_AFTER.match(plain, p.end)
        ):
            return place.name
    return None


def shire_opening(markers: list[list[Marker]], at: int) -> str | None:
    """What "the county" at ``at`` means after a paragraph opened by a council area named as a
    county ("In Flintshire, officers made 17 arrests. ... talks to 500 pupils at schools in
    the county"): that area, not the force over it. ``markers``: the paragraph's markers up to
    ``at``, sentence by sentence."""
    for marks in reversed(markers):
        for k in reversed(marks):
            if k.start >= at or not k.initial:
                continue
            place = PLACES.get(k.area)
            shire = place is not None and place.level == "town" and k.area.endswith("shire")
            return k.area if shire and k.area in COUNCIL_AREAS else None
    return None


_TOWN_NEXT = re.compile(
    r",\s+(?:in\s+the\s+(?:north|south|east|west|centre|heart)(?:-?(?:east|west))?\s+of\s+)?"
    r"|\s+(?:area|district|estate|part|suburb)s?\s+of\s+(?:the\s+)?"
    # "in Camp Hill and Stockingford, two estates in Nuneaton": an aside naming their town
    r"|(?P<aside>(?:\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?,\s+(?:an?|two|three|four|both)"
    r"\s+(?:estate|area|district|suburb|ward|neighbourhood)s?\s+(?:in|of)\s+(?:the\s+)?)"
)  # "in Byker, Newcastle", "in Braunstone, in the west of Leicester", "the Hendon area of"
_LIST_ON_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?[A-Z]")


def town_after(plain: str, end: int, candidates: list[Mention], first: int) -> str | None:
    """The town a district just ended at ``end`` is said to lie in, if one follows it.
    ``candidates[first:]`` are the place and force mentions from the sentence on."""
    found = town_span(plain, end, candidates, first)
    return found[0] if found else None


def town_span(
    plain: str, end: int, candidates: list[Mention], first: int
) -> tuple[str, int | None] | None:
    """``town_after``'s town, and where an aside naming it ends ("Camp Hill and Stockingford,
    two estates in Nuneaton": the districts and their town make one scope), else None."""
    link = _TOWN_NEXT.match(plain, end)
    if link is None:
        return None
    for c in candidates[first:]:
        if c.start > link.end():
            break
        place = c.entry
        if c.start == link.end() and isinstance(place, Place) and place.level == "town":
            if link.group().startswith(",") and (
                place.weak or _LIST_ON_AFTER.match(plain, c.end) is not None
            ):
                return None  # "in Wickford, Basildon and Pitsea": a list of towns
            return " ".join(plain[c.start : c.end].split()), c.end if link["aside"] else None
    return None
