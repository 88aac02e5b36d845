"""A part of a place named by a compass word: "across east Hull", "in south-east London" (pure).

A part of a town is the town ("raids across east Hull" -> Hull); a part of London the
article places its work in is an area of its own, as written ("a fortnight of raids in
south-east London" -> "south-east London", the wider named area round the boroughs).
"""

from __future__ import annotations

import re

from .areas import in_force
from .gazetteer import PLACES, Place
from .segments import inside

# lower case only: "East Hull" or "South Wales" is a name, not a part
COMPASS_TAIL = re.compile(r"(?<![\w-])(?:north|south|east|west|central)(?:-(?:east|west))?\s+$")
_COMPASS_ENDS = ("north ", "south ", "east ", "west ", "central ")
_CITY_PARTS = frozenset({"London"})  # cities the gazetteer keeps as regions, not towns
_PART_OF = re.compile(
    r"\b(?:in|across|throughout)\s+(?:the\s+)?((?:north|south|east|west|central)(?:-(?:east|west))?)"
    r"\s+([A-Z][a-z]+)\b"
)
# a sentence's opening preposition, right before a compass word: "In west Kent, ..."
_OPENS_ON = re.compile(r"(?:^|[.!?\n]\s*)(?:In|Across|Throughout)\s+$")
# a lower-case compass word before a name, checked before the scan
_COMPASS_HINT = re.compile(r"(?:north|south|east|west|central)(?:-(?:east|west))?\s+[A-Z]")
_COMPASS_FIRST = ("north", "south", "east", "west", "central")  # what every match opens with


def _compass_hint(plain: str, start: int) -> bool:
    """``_COMPASS_HINT.search(plain, start) is not None``, tried only where its first word is
    (found with str.find): a scan stops at every n, s, e, w and c of the text."""
    for word in _COMPASS_FIRST:
        at = plain.find(word, start)
        while at >= 0:
            if _COMPASS_HINT.match(plain, at):
                return True
            at = plain.find(word, at + 1)
    return False


def compass_part(before: str, place: Place, main: str) -> tuple[str, str | None]:
    """``before`` (the text before a place name) without a compass word ending it, and the
    area that part names when it is not the place's own: the part of London that ``main``
    (the article's area) names ("south-east London"); elsewhere London's parts are where
    lines are run from, and keep their old reading."""
    wide = place.name in _CITY_PARTS or place.level == "county"
    if not before.endswith(_COMPASS_ENDS) or (place.level != "town" and not wide):
        return before, None  # most names have no compass word before them: no regex search
    part = COMPASS_TAIL.search(before)
    if part is None:
        return before, None
    if wide:  # "in west Cumbria" in a story framed by west Cumbria
        named = f"{part.group().strip()} {place.name}"
        if named == main:
            return before[: part.start()], named
        # "In west Kent, officers ...": a sentence that opens on a county's part is the part's
        opens = place.level == "county" and _OPENS_ON.search(before, 0, part.start())
        return (before[: part.start()], named) if opens else (before, None)
    return before[: part.start()], None


def compass_free(before: str) -> str:
    """``before`` without a compass word ending it ("raids in north " -> "raids in ", "in the
    north of " -> "in ")."""
    if before.endswith(" of "):
        part = _COMPASS_OF_TAIL.search(before)
        return before[: part.start()] if part else before
    part = COMPASS_TAIL.search(before) if before.endswith(_COMPASS_ENDS) else None
    return before[: part.start()] if part else before


# "in the north of Edinburgh", "in the south-east of the city's ...": a part of the place
_COMPASS_OF_TAIL = re.compile(
    r"(?<![\w-])the\s+(?:north|south|east|west|centre)(?:-(?:east|west))?\s+of\s+$"
)


def _lead_end(plain: str, start: int) -> int:
    """Where the body's first paragraph (after the headline at ``start``) ends."""
    body = len(plain) - len(plain[start:].lstrip()) if start < len(plain) else start
    end = plain.find("\n\n", body)
    return len(plain) if end < 0 else end


def london_part(plain: str, main: str, quotes: list[tuple[int, int]], start: int) -> str | None:
    """ "south-east London", when a London-framed article places its work in that one part;
    "west Cumbria", "south-east Northumberland", when an article framed by a county or its
    force places its work in one compass part of the county ("a week of action against
    county lines in south-east Northumberland", a Northumbria Police release)."""
    if main not in PLACES or not _compass_hint(plain, start):
        return None
    lead = _lead_end(plain, start)
    parts = set()
    for m in _PART_OF.finditer(plain, start):
        if inside(m.start(), quotes):
            continue
        name = m.group(2)
        place = PLACES.get(name)
        if place is None:
            continue
        # a county's part frames the story only where the lead places the work in it: "In
        # west Kent, officers ..." after "Officers across Kent arrested 48" is a share
        county_part = place.level == "county" and in_force(place.county, main)
        if not (name == main == "London" or county_part and m.start() < lead):
            continue
        parts.add(f"{m.group(1)} {name}")
    return parts.pop() if len(parts) == 1 else None


def part_holding(earlier: list[str], area: str) -> str | None:
    """The compass part of ``area`` named earlier in the sentence ("In west Kent, officers in
    Tunbridge Wells and Sevenoaks arrested nine": the towns' county is Kent, the sentence's
    part of it west Kent), or None."""
    for name in earlier:
        word, _, rest = name.partition(" ")
        if rest == area and word in _COMPASS_WORDS:
            return name
    return None


_COMPASS_WORDS = frozenset(w + s for w in ("north", "south") for s in ("", "-east", "-west")) | {
    "east",
    "west",
    "central",
}
