"""Area names as the article writes them: joined council areas, "Co Antrim" (pure).

A council area or borough named after two of its towns is no town's full name: "Port
Talbot" written alone in a Neath Port Talbot story is the town, not the county borough, as
"Bath" is not "Bath and North East Somerset", nor "Bracknell" "Bracknell Forest" (a town
whose name opens a council area's). A full name that only adds words to the town ("Great
Yarmouth", "Stockton-on-Tees", "Kingston upon Hull") is the town's, and so is a name written
two ways ("Derry/Londonderry").

A county of Northern Ireland is written "County Antrim", "Co Antrim" or "Co. Antrim": a
figure that takes it as the story's area takes it as the article writes it.
"""

from __future__ import annotations

from .gazetteer import COUNCIL_AREAS, PLACES

_JOINS = frozenset({"and", "with", "&"})

# "County Antrim" -> its other written forms, longest first
_COUNTY_FORMS = {
    name: sorted((a for a, p in PLACES.items() if p.name == name and a != name), key=len)[::-1]
    for name in {p.name for p in PLACES.values() if p.name.startswith("County ")}
}


def joins_places(short: list[str], full: list[str], written: str) -> bool:
    """Whether ``full`` (the words of ``written``) is ``short`` (words, at its start or end)
    joined to another place: the other words open with "and" / "with" or are a place's name."""
    if "/" in written:
        return False  # "Derry/Londonderry": one place, both its names
    at_start = full[: len(short)] == short
    rest = full[len(short) :] if at_start else full[: len(full) - len(short)]
    if not rest:
        return False
    # "Hythe" in "Folkestone and Hythe": the join word stands next to the short name
    if (rest[0] if at_start else rest[-1]) in _JOINS:
        return True
    place = PLACES.get(" ".join(rest))
    if place is not None and place.level != "road":
        return True
    # "Bracknell" in a Bracknell Forest story, "Epping" beside Epping Forest: a hand-list town
    # whose name opens a council area's is the town inside it, not the council area
    town = PLACES.get(" ".join(short))
    return written in COUNCIL_AREAS and town is not None and not town.weak


def counties_as_written(plain: str, areas: set[str]) -> dict[str, str]:
    """A county's name as the article writes it where it never writes the gazetteer's:
    "County Antrim" -> "Co Antrim"."""
    out = {}
    for area in areas:
        forms = _COUNTY_FORMS.get(area)
        if forms and area not in plain:
            written = next((form for form in forms if form in plain), None)
            if written:
                out[area] = written
    return out
