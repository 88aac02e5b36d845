"""Scope markers and the place lists among them (pure).

A *marker* is a place, force or phrase in a sentence that can scope a figure. Places in
a list ("in Maidstone, Medway and Canterbury") scope no single figure, but a list of
force areas can make up one region ("across Gwent, South Wales and Dyfed-Powys"); a
capitalised name after "in" that no gazetteer lists can still be a town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import PLACES, Mention, group_area


@dataclass(frozen=True, slots=True)
class Marker:
    start: int
    end: int
    area: str
    initial: bool  # opens its sentence
    weak: bool = False  # a capitalised name after "in" that no gazetteer knows: own clause only
    listed: bool = False  # one of "in Glasgow and Edinburgh": a list scopes no single figure
    force: bool = False  # a force named as the actor, not a place


# "a further 11 in Crawley and eight in Hastings": a town the gazetteer may not list
_GENERIC_NAME = re.compile(
    r"[A-Z][a-z]+(?:(?:-on-|-upon-|-under-|-le-|-| upon | on | )[A-Z][a-z]+){0,2}(?![\w'])"
)


def generic_places(plain: str) -> list[re.Match[str]]:
    """Capitalised names after " in " / " at " / " across ": found with str.find, far cheaper
    than a scan."""
    found = []
    for needle in (" in ", " at ", " across ", " throughout ", "\nin ", "\nat "):
        i = plain.find(needle)
        while i >= 0:
            j = i + len(needle)
            if j < len(plain) and plain[j].isupper():
                m = _GENERIC_NAME.match(plain, j)
                if m:
                    found.append(m)
            i = plain.find(needle, j)
    for needle in (" in the ", " across the ", "In the ", "Across the "):
        i = plain.find(needle)
        while i >= 0:
            j = i + len(needle)
            m = _GENERIC_NAME.match(plain, j) if j < len(plain) and plain[j].isupper() else None
            if m and DISTRICT_AFTER.match(plain, m.end()):
                found.append(m)  # "In the Breckland area": a district no gazetteer lists
            i = plain.find(needle, j)
    found.sort(key=lambda m: m.start())
    return found


DISTRICT_AFTER = re.compile(r"\s+(?:area|district|borough)\b")


NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those Operation "
    "Court Crown Magistrates Police Constabulary England Britain Europe Parliament Christmas "
    "Easter "
    "Summer Winter Spring Autumn County Class A An Our Their His Her Its Custody Prison Total "
    "Addition Particular Response Support Partnership Connection Relation Charge Court "
    "Scottish Welsh English British Irish".split()
)


AND_UNKNOWN_PLACE = re.compile(
    r"\s+and\s+(?!Police\b|Constabulary\b|Crime\b|Officers\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"(?!\s+(?:Police|Constabulary)\b)"
)
LIST_GAP = re.compile(r"\s*(?:,|and|&|or)\s*(?:and\s+)?(?:the\s+)?")
# "at Glasgow Central and Edinburgh Waverley": sites named by their town
_SITES_GAP = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s*(?:,|and|&|or)\s*(?:and\s+)?(?:the\s+)?")


# "in Inverness and the Highlands": the wider area named with a town, as written
_AND_THE_WIDER = re.compile(
    r"\s+and\s+the\s+(?P<name>[A-Z][a-z]+)(?:\s+(?:district|area|region))?\b"
)


def wider_area(plain: str, k: Marker) -> Marker:
    wider = _AND_THE_WIDER.match(plain, k.end)
    if wider is None or k.force or PLACES.get(k.area) is None or PLACES[k.area].level != "town":
        return k
    if wider.group("name") in PLACES or wider.group("name") in NOT_PLACES:
        return k  # "Leeds and the Wakefield area" is a list of towns
    if _NAME_GOES_ON.match(plain, wider.end()):
        # "in Coventry and the Black Country": a second place of its own, so a list of two
        return Marker(k.start, k.end, k.area, k.initial, k.weak, listed=True)
    return Marker(k.start, wider.end(), wider.group("name"), k.initial)


_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]+")


def listed_places(plain: str, candidates: list[Mention]) -> set[int]:
    """Starts of places (or forces) named in a list ("in Maidstone, Medway and Canterbury",
    "Cleveland Police and Durham Constabulary")."""
    listed: set[int] = set()
    places = candidates
    for a, b in zip(places, places[1:], strict=False):
        if a.kind == b.kind and b.start > a.end and _SITES_GAP.fullmatch(plain, a.end, b.start):
            if _town_then_county(plain, a, b):
                continue  # "in Reading, Berkshire": the town and where it lies, not a list
            listed.update((a.start, b.start))
    return listed


_COMMA = re.compile(r",\s*")
_LIST_ON = re.compile(r"\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z]")


def _town_then_county(plain: str, a: Mention, b: Mention) -> bool:
    town, county = a.entry, b.entry
    return (
        a.kind == "place"
        and getattr(town, "level", None) == "town"
        and getattr(county, "level", None) == "county"
        and _COMMA.fullmatch(plain, a.end, b.start) is not None
        and not _LIST_ON.match(plain, b.end)
    )


def joint_area(plain: str, areas: list[str]) -> str | None:
    """The one area listed force areas make up: their region when the article names it or
    more than two make it up, else the pair as written ("Lincolnshire and Nottinghamshire":
    a two-force operation that no region owns)."""
    area = group_area(areas)
    if area and len(set(areas)) == 2 and area.lower() not in plain.lower():
        return f"{areas[0]} and {areas[1]}"
    return area


def group_markers(plain: str, markers: list[Marker], lead_end: int) -> list[Marker]:
    """A list of force areas scopes a figure as the one area they make up together.

    "across Gwent, South Wales and Dyfed-Powys" -> "Southern Wales" (Tarian's region),
    "Cleveland Police and Durham Constabulary reported 88 arrests" -> "North East".
    """
    out = list(markers)
    run: list[Marker] = []
    for k in [*markers, None]:
        if (
            k is not None
            and k.listed
            and (not run or LIST_GAP.fullmatch(plain, run[-1].end, k.start))
        ):
            run.append(k)
            continue
        if len(run) > 1:
            area = joint_area(plain, [r.area for r in run])
            if area:
                out.append(Marker(run[0].start, run[-1].end, area, run[0].start == lead_end))
        run = [k] if k is not None and k.listed else []
    out.sort(key=lambda k: (k.start, -k.end))
    return out


def mark_lists(markers: list[Marker], listed: set[int]) -> list[Marker]:
    """Places in a list scope no single figure: mark them so attach() passes them by."""
    return [
        Marker(k.start, k.end, k.area, k.initial, k.weak, True) if k.start in listed else k
        for k in markers
    ]


# "Kent Police, the busiest force in the region, made 41 arrests": an aside about the actor
_ASIDE_BEFORE = re.compile(r",\s+(?:the|a|an|one\s+of\s+the)\s+[^,;.]{0,50}?$", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"[^,;.]{0,12}?,")


def drop_asides(plain: str, markers: list[Marker]) -> list[Marker]:
    """Without the places inside an aside that describes the marker before them."""
    if len(markers) < 2 or ", " not in plain[markers[0].end : markers[-1].start]:
        return markers
    out = [markers[0]]
    for k in markers[1:]:
        if _ASIDE_BEFORE.fullmatch(plain, out[-1].end, k.start) and _ASIDE_AFTER.match(
            plain, k.end
        ):
            continue
        out.append(k)
    return out


# "The 26 arrests, of which Cumbria made 15 and Lancashire 11, followed 9 warrants"
_CLOSED_SHARE = re.compile(r",\s+(?:of\s+(?:which|whom)|including)\b[^,;.]*,")


def in_closed_share(plain: str, k: Marker, start: int) -> bool:
    """Whether marker ``k`` lies in a share clause closed before the figure at ``start``."""
    if "," not in plain[k.end : start]:
        return False
    lo = plain.rfind(",", 0, k.start)
    m = _CLOSED_SHARE.match(plain, lo) if lo >= 0 else None
    return m is not None and m.end() <= start


# "while Yorkshire and the Humber made 132", "Suffolk's officers arrested 18": a place as the
# subject of its figure
SUBJECT_AFTER = re.compile(
    r"(?:'s)?\s+(?:has\s+|have\s+|had\s+)?(?:made|recorded|saw|reported|arrested|seized|carried|"
    r"executed|closed|safeguarded|accounted|logged|posted|contributed|officers|detectives"
    r"|stands\s+out|stood\s+out)\b"
)
# "Luton: 9", "Luton 9", "Essex - 52 arrests" (dashes are folded to "-"), "Surrey (6)"
FIGURE_NEXT = re.compile(  # on its own line: not "... from Leeds\n- £12,650"
    r"[^\S\n]*(?::|[^\S\n]-)?[^\S\n]+"
    r"(?:\d|\u00a3|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"|[:(]\s*(?:\d|\u00a3)|[^\S\n]+\(\d"
)


def owns_figure(plain: str, k: Marker) -> bool:
    """ "and Lancashire 11", "and Kent made 9": a place that is the subject of its own figure
    (not "by Kent officers": who made the figure before it)."""
    verb = SUBJECT_AFTER.match(plain, k.end)
    if verb is not None and not verb.group().endswith(("officers", "detectives")):
        return True
    return _OWN_COUNT.match(plain, k.end) is not None


_OWN_COUNT = re.compile(r"\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")

# "stopped near junction 36 for Goole": a town that names where a road stop was, not the scope
SITE_BEFORE = re.compile(
    r"\b(?:junction\s+\d+[a-z]?\s+(?:for|of|at)|near|towards|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Two deal lines, known to users as "Blaze", have been shut down by ...": an aside that names
# the thing counted does not end the figure's clause
NAMING_ASIDE = re.compile(r",\s+(?:known|called|named|nicknamed|branded)\b[^,;.]{0,80},")


def scene_town(plain: str, markers: list[Marker]) -> str | None:
    """The one town a figure-less opening sentence places the action in ("Merseyside Police
    officers raided homes in Kirkby."): the unplaced figures after it in its paragraph are
    that town's."""
    towns = {
        k.area
        for k in markers
        if not (k.force or k.listed or k.weak)
        and k.area in PLACES
        and PLACES[k.area].level == "town"
        and not SITE_BEFORE.search(plain, max(0, k.start - 30), k.start)  # "near junction 5 for"
    }
    return towns.pop() if len(towns) == 1 else None


def clause_cut(plain: str, start: int, end: int, clause_end: int) -> int:
    """Where the clause of the figure at ``start:end`` ends: a figure's own "in X" comes before
    any comma ("four lines, two of which in Portsmouth"), or after its dashes ("half - 17 -
    in Ely"), or after an aside naming what it counts (", known as X, ...")."""
    aside = plain.startswith(" - ", end) and plain.endswith(" - ", 0, start)
    for stop in (",", ";", " - ", "("):
        cut = plain.find(stop, end + (3 if aside else 0), clause_end)
        if stop == "," and cut >= 0 and (naming := NAMING_ASIDE.match(plain, cut)):
            cut = plain.find(stop, naming.end(), clause_end)
        if cut >= 0:
            clause_end = cut
    return clause_end
