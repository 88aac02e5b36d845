"""Scope markers and the place lists among them (pure).

A *marker* is a place, force or phrase in a sentence that can scope a figure. Places in
a list ("in Maidstone, Medway and Canterbury") scope no single figure, but a list of
force areas can make up one region ("across Gwent, South Wales and Dyfed-Powys"); a
capitalised name after "in" that no gazetteer lists can still be a town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .framing import PREP_BEFORE
from .gazetteer import COUNCIL_AREAS, PLACES, Agency, Mention, Place
from .jointareas import division_of, joint_area
from .segments import Paragraph, Sentence


# hashable and never mutated; not frozen, whose __init__ pays an object.__setattr__ per field
@dataclass(slots=True, unsafe_hash=True)
class Marker:
    start: int
    end: int
    area: str
    initial: bool  # opens its sentence
    weak: bool = False  # a capitalised name after "in" that no gazetteer knows: own clause only
    listed: bool = False  # one of "in Glasgow and Edinburgh": a list scopes no single figure
    force: bool = False  # a force named as the actor, not a place


@dataclass(slots=True)
class Scope:
    """Everything attach() needs about one article."""

    main: str
    plain: str
    markers: dict[int, list[Marker]]  # by sentence index
    para_default: dict[int, str]  # paragraph -> area its opening marker sets
    # "Maidstone and Canterbury saw 12 and 7 arrests respectively": figure start -> its place
    respective: dict[int, str] = field(default_factory=dict)
    # sentence -> area a place opening an earlier sentence of its paragraph sets ("The results
    # were uneven. In Dartford, officers made 9 arrests. They also seized 3 knives.")
    later: dict[int, str] = field(default_factory=dict)


# "a further 11 in Crawley and eight in Hastings": a town the gazetteer may not list
_GENERIC_NAME = re.compile(
    r"[A-Z][a-z]+(?:(?:-on-|-upon-|-under-|-le-|-| upon | on (?![A-Z][a-z]+day\b)| )"
    r"[A-Z][a-z]+){0,2}(?![\w'])"  # "Stratford upon Avon", not "Glodwick on Tuesday"
)


def generic_places(plain: str) -> list[re.Match[str]]:
    """Capitalised names after " in " / " at " / " across ": found with str.find, far cheaper
    than a scan."""
    found = []
    for needle in (
        " in ",
        " at ",
        " across ",
        " throughout ",
        "\nin ",
        "\nat ",
        "\nIn ",
        ". In ",
        '"In ',
    ):
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
    # the regex last: most markers are forces or no town
    if k.force or PLACES.get(k.area) is None or PLACES[k.area].level != "town":
        return k
    wider = _AND_THE_WIDER.match(plain, k.end)
    if wider is None:
        return k
    known = PLACES.get(wider.group("name"))
    if (
        known is not None
        and not _around(known, PLACES[k.area])
        or wider.group("name") in NOT_PLACES
    ):
        return k  # "Leeds and the Wakefield area" is a list of towns; "Inverness and the
        # Highlands" the area around the town
    if _NAME_GOES_ON.match(plain, wider.end()):
        # "in Coventry and the Black Country": a second place of its own, so a list of two
        return Marker(k.start, k.end, k.area, k.initial, k.weak, listed=True)
    return Marker(k.start, wider.end(), wider.group("name"), k.initial)


_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]+")
_AND_THE = re.compile(r"\s+and\s+the\s+")


def _around(area: object, town: object) -> bool:
    """Whether ``area`` is a named area around ``town``: its force area or a division of it."""
    return (
        isinstance(area, Place)
        and isinstance(town, Place)
        and area.level == "county"
        and town.level == "town"
        and town.county in (area.name, area.region)
    )


def listed_places(plain: str, candidates: list[Mention]) -> set[int]:
    """Starts of places (or forces) named in a list ("in Maidstone, Medway and Canterbury",
    "Cleveland Police and Durham Constabulary")."""
    listed: set[int] = set()
    places = candidates
    for a, b in zip(places, places[1:], strict=False):
        if a.kind == b.kind and b.start > a.end and _SITES_GAP.fullmatch(plain, a.end, b.start):
            if a.entry is b.entry:
                continue  # "London Euston and London King's Cross": two sites of one town
            if _town_then_county(plain, a, b):
                continue  # "in Reading, Berkshire": the town and where it lies, not a list
            # "Within Kent, Maidstone accounted for 12", "in Leeds, and Bradford accounted for
            join = _COMMA if a.start in listed else _CLAUSE_JOIN  # the rest": a new subject
            if join.fullmatch(plain, a.end, b.start) and _VERB_NEXT.match(plain, b.end):
                continue
            if _AND_THE.fullmatch(plain, a.end, b.start) and _around(b.entry, a.entry):
                continue  # "in Inverness and the Highlands": the area around the town
            listed.update((a.start, b.start))
    for c in candidates:  # "in Lisburn and north Down": a list whose next item is a part
        if plain.startswith(" and ", c.end) and _AND_PART.match(plain, c.end):
            listed.add(c.start)
    return listed


_AND_PART = re.compile(r" and (?:north|south|east|west|mid)(?:-(?:east|west))? [A-Z]")
_COMMA = re.compile(r",\s*")
_CLAUSE_JOIN = re.compile(r",\s*(?:(?:and|but|while|whilst|whereas)\s+)?")
_VERB_NEXT = re.compile(r"\s+(?:accounted|made|saw|recorded|reported|arrested|seized|closed)\b")
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
            names = [r.area for r in run]
            joint = joint_area(names, plain)
            area = joint or division_of(names, plain) or _councils_force(names)
            if joint and len(set(names)) == 2:
                # "In the North East, Cleveland Police and Durham Constabulary reported ...":
                # the region the sentence names, not the joint area
                area = _named_region(markers, run[0].start, names) or area
            if area:
                out.append(Marker(run[0].start, run[-1].end, area, run[0].start == lead_end))
        run = [k] if k is not None and k.listed else []
    out.sort(key=lambda k: (k.start, -k.end))
    return out


def _councils_force(names: list[str]) -> str | None:
    """The force area of two or more council areas of one force ("across Spelthorne and
    Runnymede" -> "Surrey"): the level that holds them both (decision 15, two named places)."""
    counties = {PLACES[n].county if n in COUNCIL_AREAS else None for n in names}
    return counties.pop() if len(counties) == 1 and len(set(names)) > 1 else None


def _named_region(markers: list[Marker], before: int, names: list[str]) -> str | None:
    """The region named earlier in the sentence that holds every one of ``names``."""
    for k in markers:
        place = PLACES.get(k.area)
        if (
            k.start < before
            and not k.force
            and place is not None
            and place.level == "region"
            and all(n in PLACES and PLACES[n].region == place.name for n in names)
        ):
            return place.name
    return None


def mark_lists(markers: list[Marker], listed: set[int]) -> list[Marker]:
    """Places in a list scope no single figure: mark them so attach() passes them by."""
    return [
        Marker(k.start, k.end, k.area, k.initial, k.weak, True) if k.start in listed else k
        for k in markers
    ]


# "nine arrests in Bury and Newmarket, and we've closed four lines": a new clause
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whilst)\b|;")


def clause_markers(plain: str, markers: list[Marker], qa: int, qb: int, at: int) -> list[Marker]:
    """The markers that scope a quoted figure at ``at``: those inside the quotation ``qa:qb``
    and in the figure's clause, and places outside it ("In Burton, the inspector said: ...");
    the attribution's force is the speaker's, not a scope."""
    out: list[Marker] = []
    for k in markers:
        if not qa <= k.start < qb:
            if not k.force:
                out.append(k)
        elif k.start > at or not _CLAUSE_BREAK.search(plain, k.end, at):
            out.append(k)
    return out


# "The search also uncovered 3.2kg of cocaine": a sentence that opens on the search just told of
_SITE_REFERENCE = re.compile(
    r"[\s\"]*(?:(?:The|That|This)\s+(?:same\s+|first\s+)?(?:search(?:es)?|raids?|warrants?|address|"
    r"property|flat|house|premises)\b"
    # "At one address officers found ...", "A warrant at a flat ... recovered ..."
    r"|At\s+one\s+(?:of\s+the\s+)?(?:address|propert|flat|house)\w*"
    r"|(?:A|One)\s+(?:warrant|search|raid)\s+at\s+(?:a|an|one)\s+(?:flat|house|address|property)\b"
    # "... patrolled Cromer railway station. They arrested two people": the officers there
    r"|They\s+(?:also\s+)?(?:arrested|detained|seized|found|recovered|stopped)\b)"
)
_SITE_FIRST = 'TAO"'  # what _SITE_REFERENCE's match may open with, but whitespace
# "Cromer railway station": a site inside the town (only the station form for "They ...")
_STATION_AFTER = re.compile(r"\s+(?:railway\s+|train\s+|bus\s+|coach\s+)?station\b")
# "the busiest town was Yeovil, where 13 people were arrested": the where-clause's place
WHERE_AFTER = re.compile(r",\s+where\b")


def site_reference(
    plain: str, start: int, prev: Sentence, candidates: list[Mention], upto: int
) -> Marker | None:
    """A marker for "The search ..." at ``start``: the town the sentence before placed its
    search in ("officers raided a flat in Brighton"), if it named one after a preposition.
    ``candidates[:upto]`` are the place and force mentions before the sentence."""
    # gate: after its whitespace and quote marks every match opens "The", "At", "A", "One" or
    # "They" (case as written)
    c = plain[start : start + 1]
    if not c or c not in _SITE_FIRST and not c.isspace():
        return None
    opening = _SITE_REFERENCE.match(plain, start)
    if opening is None:
        return None
    towns = set()
    j = upto - 1
    while j >= 0 and candidates[j].start >= prev.start:
        m = candidates[j]
        j -= 1
        place = m.entry
        if m.kind != "place" or getattr(place, "level", None) != "town":
            continue
        if (
            PREP_BEFORE.search(plain, max(prev.start, m.start - 30), m.start)
            or WHERE_AFTER.match(plain, m.end)
            or _STATION_AFTER.match(plain, m.end)
        ):
            if opening.group().lstrip(' "').startswith("They") and not _STATION_AFTER.match(
                plain, m.end
            ):
                continue
            towns.add(" ".join(plain[m.start : m.end].split()))
    if len(towns) != 1:
        return None  # "a flat in Luton and a house in Dunstable": no one town to point back to
    return Marker(start, opening.end(), towns.pop(), True)


# a figure in a "respectively" sentence: digits, a sum, or a number word
_FIGURE_TOKEN = re.compile(
    r"\u00a3?\d[\d,.]*\d|\u00a3?\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\b",
    re.IGNORECASE,
)


def respective_places(plain: str, start: int, end: int, markers: list[Marker]) -> dict[int, str]:
    """Figure start -> area in "Maidstone and Canterbury saw 12 and 7 arrests respectively":
    the n-th figure before "respectively" is the n-th listed place's, when the counts agree."""
    stop = plain.find("respectively", start, end)
    places = [k for k in markers if k.listed and k.end <= stop]
    if stop < 0 or len(places) < 2:
        return {}
    figures = [
        m.start()
        for m in _FIGURE_TOKEN.finditer(plain, start, stop)
        if not any(k.start <= m.start() < k.end for k in markers)
    ]
    if len(figures) != len(places):
        return {}
    return {f: k.area for f, k in zip(figures, places, strict=True)}


def namesake(
    m: Mention, candidates: list[Mention], start: int, end: int, home: str | None = None
) -> bool:
    """Whether a name from the wide town list is a namesake of a neighbourhood here: the force
    acting in the sentence (``start:end``) polices another region than the listed town lies in.
    "Merseyside Police ... seized 2kg of heroin from a flat in Everton" is Liverpool's Everton,
    not the Bedfordshire village. ``home``: the region of a one-town story, which stands for
    the force when the sentence names none ("a flat in the Townhill area" of a Swansea story)."""
    place = m.entry
    if not isinstance(place, Place) or not place.weak or not place.region:
        return False
    regions = {
        c.entry.region
        for c in candidates
        if start <= c.start < end and c.kind == "agency" and isinstance(c.entry, Agency)
    } or ({home} if home else set())
    return bool(regions) and place.region not in regions


# "in the Hendon area of Sunderland", "in Byker, Newcastle": a district, then its town
def town_of(plain: str, places: list[Mention], para: Paragraph) -> str | None:
    """The one town a paragraph names after a preposition ("in Nottingham"), if just one."""
    towns = {
        " ".join(p.surface.split())
        for p in places
        if para.start <= p.start < para.end
        and p.entry.level == "town"  # type: ignore[union-attr]
        and PREP_BEFORE.search(plain, max(para.start, p.start - 30), p.start)
    }
    return towns.pop() if len(towns) == 1 else None
