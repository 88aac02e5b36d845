"""A wide-list name that is a namesake of a district of the story's town (pure).

The wide town list (``gb_towns.tsv``) files each name under one county, so a city's district
that shares its name with a village elsewhere ("Stonehouse", a Gloucestershire town, and
Plymouth's Stonehouse; "Easton" in Dorset and Bristol's Easton) reads as that other town. In a
story framed by one hand-list town, a wide-list name of another county, in a sentence whose
acting force (or, with none named, the story's town) polices a county that is not the name's,
is a district of the story's town, and the town carries it (GUIDELINES 2.7: neighbourhoods
inside a named town are no locations; "neighbourhoods belong to their city", h10_006).
``markers.namesake`` already reads a name from another region so; this reads one from another
county of the same region.
"""

from __future__ import annotations

from .areas import in_force
from .gazetteer import COUNCIL_AREAS, PLACES, Agency, Mention, Place


def district_namesake(
    m: Mention, candidates: list[Mention], start: int, end: int, main: str
) -> str | None:
    """The story's town ``main`` when ``m``, a wide-list place in the sentence ``start:end``,
    lies in a county no force acting there (or, with none named, the town) polices."""
    place = m.entry
    home = _home(main)
    if home is None or not isinstance(place, Place) or not place.weak or not place.county:
        return None
    forces = [
        c.entry.area or ""
        for c in candidates
        if start <= c.start < end
        and c.kind == "agency"
        and isinstance(c.entry, Agency)
        and c.entry.kind == "force"
        and c.entry.area
    ]
    if any(_same_force(place.county, f) for f in forces):
        return None  # "Essex Police officers ... arrested two men in Grays": the force's town
    if not forces and _same_force(place.county, home.county or ""):
        return None  # "a flat in Bletchley" in a Milton Keynes story: a town of its force
    return home.name


def _home(main: str) -> Place | None:
    """The story's town: a hand-list town that is not a council area."""
    home = PLACES.get(main)
    if home is None or home.level != "town" or home.weak or not home.county:
        return None
    return None if main in COUNCIL_AREAS else home


def _same_force(county: str, other: str) -> bool:
    return in_force(county, other) or in_force(other, county)
