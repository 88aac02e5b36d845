"""A part of a place named by a compass word: "across east Hull", "in south-east London" (pure).

A part of a town is the town ("raids across east Hull" -> Hull); a part of London the
article places its work in is an area of its own, as written ("a fortnight of raids in
south-east London" -> "south-east London", the wider named area round the boroughs).
"""

from __future__ import annotations

import re

from .gazetteer import Place
from .segments import inside

# lower case only: "East Hull" or "South Wales" is a name, not a part
COMPASS_TAIL = re.compile(r"(?<![\w-])(?:north|south|east|west|central)(?:-(?:east|west))?\s+$")
_COMPASS_ENDS = ("north ", "south ", "east ", "west ", "central ")
_CITY_PARTS = frozenset({"London"})  # cities the gazetteer keeps as regions, not towns
_PART_OF_LONDON = re.compile(
    r"\b(?:in|across|throughout)\s+((?:north|south|east|west|central)(?:-(?:east|west))?)"
    r"\s+London\b"
)


def compass_part(before: str, place: Place, main: str) -> tuple[str, str | None]:
    """``before`` (the text before a place name) without a compass word ending it, and the
    area that part names when it is not the place's own: the part of London that ``main``
    (the article's area) names ("south-east London"); elsewhere London's parts are where
    lines are run from, and keep their old reading."""
    if not before.endswith(_COMPASS_ENDS) or (
        place.level != "town" and place.name not in _CITY_PARTS
    ):
        return before, None  # most names have no compass word before them: no regex search
    part = COMPASS_TAIL.search(before)
    if part is None:
        return before, None
    if place.name in _CITY_PARTS:
        named = f"{part.group().strip()} {place.name}"
        return (before[: part.start()], named) if named == main else (before, None)
    return before[: part.start()], None


def compass_free(before: str) -> str:
    """``before`` without a compass word ending it ("raids in north " -> "raids in ")."""
    part = COMPASS_TAIL.search(before) if before.endswith(_COMPASS_ENDS) else None
    return before[: part.start()] if part else before


def london_part(plain: str, main: str, quotes: list[tuple[int, int]], start: int) -> str | None:
    """ "south-east London", when a London-framed article places its work in that one part."""
    if main != "London" or "London" not in plain:
        return None
    parts = {
        m.group(1) for m in _PART_OF_LONDON.finditer(plain, start) if not inside(m.start(), quotes)
    }
    return f"{parts.pop()} London" if len(parts) == 1 else None
