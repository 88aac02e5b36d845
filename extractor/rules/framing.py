"""How the article frames itself: its main area, its region, and which place names count (pure).

A figure with no place near it belongs to the area the lead sets up: "Officers
across West Yorkshire arrested 87 people" makes every later unplaced figure
West Yorkshire's; "British Transport Police arrested 74 people on the rail
network" or "the National Crime Agency said" makes them national; a joint
operation "across the Eastern region" makes them the region's, even when the
lead also gives one county's share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .areas import (
    DATE_LINE,
    LIST_NEXT,
    agency_area,
    first_town,
    list_from,
    mention_area,
)
from .cues import LIST_END, MEMBERS_BEFORE
from .entitycues import in_caption
from .forceplace import ON_NAME, ON_PLACE, PREP_BEFORE, SHARE_GAP, force_place
from .gazetteer import DIVISION_AREAS, PLACES, Agency, Mention, Place, region_of
from .jointareas import group_area
from .leadareas import commander_area, force_in, force_town, headline_town, lead_division
from .national import national_lead
from .parts import compass_free
from .segments import inside
from .textsearch import TailPattern, search_hinted

SUPPORT_BEFORE = TailPattern(
    re.compile(
        r"\b(?:from|with|alongside|supported\s+by|assisted\s+by|help\s+from|support\s+from|"
        r"working\s+with|out\s+of|joined\s+by|as\s+well\s+as|colleagues\s+(?:at|in))\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
)
_ACTS_AFTER = re.compile(
    r"\s*(?:\([A-Z]+\)\s*)?(?:,[^,]{0,60},\s*)?(?:ha(?:s|ve)\s+|had\s+)?(?:said|says|reported|revealed|"
    r"announced|arrested|seized|made|carried|closed|executed|led|ran|launched|recorded|today|"
    r"officers)\b",
    re.IGNORECASE,
)
OPERATION_SCOPE = re.compile(
    r"\b(?:crackdown|operation|(?:week|day)s?\s+of\s+action|intensification\s+week"
    r"|week\s+of\s+intensification"
    r"|campaign|blitz|fortnight)\b(?:[^\S\n]+(?!and\b|who\b|which\b)[\w'-]+){0,6}?\s+(?:across|throughout|in)"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?$",
    re.IGNORECASE,
)

_SIDE_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+$")
# words one of which OPERATION_SCOPE needs, checked first
_OPERATION_WORDS = tuple(
    "crackdown operation week day intensification campaign blitz fortnight".split()
)


@dataclass(frozen=True, slots=True)
class Framing:
    main: str  # the area unplaced figures belong to
    region: str  # what "the region" means in this article
    first_town: str | None  # what "the town" / "the city" means
    court: bool = False  # a court story: the case's figures are its destination town's
    own_region: str | None = None  # the region that names the one force's own week (main)
    one_town: bool = False  # a force's release about one town of its area (reframe.town_main)


# "stations across England, Scotland and Wales": the nations as one network, not one nation
_ALL_NATIONS = re.compile(
    r"England,?\s+(?:Scotland,?\s+and\s+Wales|Wales,?\s+and\s+Scotland|and\s+Wales)"
    r"|Great\s+Britain|(?:the\s+)?United\s+Kingdom"
)


def frame(
    plain: str,
    mentions: list[Mention],
    places: list[Mention],
    quotes: list[tuple[int, int]],
    headline: int = 0,
    destination: str | None = None,
) -> Framing:
    """The article's main area, its region, and its town.

    ``headline``: where the headline ends. The body frames the article; a headline's
    "in Teesside" sums up the towns the body names and decides only when the body
    names no area. ``destination``: a court story's destination town (``court``).
    """
    main = destination or _main_area(plain, mentions, places, quotes, headline)
    own_region = None
    if main in PLACES and PLACES[main].level == "region" and not _REGIONAL.search(plain):
        force = _sole_force(mentions, quotes)
        if force and force[1] == PLACES[main].name:
            own_region, main = PLACES[main].name, force[0]
    return Framing(
        main,
        _region(plain, main, mentions, places, quotes),
        first_town(plain, main, places, quotes, headline),
        destination is not None,
        own_region,
    )


_REGIONAL = re.compile(r"\bregional\b|\bforces\b")  # "a regional week", "forces across"


def _sole_force(mentions: list[Mention], quotes: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(area, region) of the one force named outside quotes, with no ROCU: its own week."""
    forces = set()
    for m in mentions:
        if m.kind != "agency" or inside(m.start, quotes):
            continue
        agency: Agency = m.entry  # type: ignore[assignment]
        if agency.kind == "rocu":
            return None
        if agency.kind == "force" and agency.area and agency.region:
            forces.add((agency.area, agency.region))
    return forces.pop() if len(forces) == 1 else None


def _main_area(
    plain: str,
    mentions: list[Mention],
    places: list[Mention],
    quotes: list[tuple[int, int]],
    headline: int = 0,
) -> str:
    """The lead's area; a wide one (a nation, a region, a division) gives way to the named
    division or policing district the lead's officers belong to; a town, a county or a joint
    area named first keeps the story ("Police in Dundee ... Officers from Tayside Division")."""
    main = _lead_area(plain, mentions, places, quotes, headline)
    wide = main in PLACES and PLACES[main].level in ("region", "county") and PLACES[main].county
    if main in PLACES and (PLACES[main].level == "region" or (wide and main in DIVISION_AREAS)):
        start = next((m.start for m in mentions), 0)
        return lead_division(plain, places, quotes, headline, start) or main
    return main


def _lead_area(
    plain: str,
    mentions: list[Mention],
    places: list[Mention],
    quotes: list[tuple[int, int]],
    headline: int = 0,
) -> str:
    place_ids = {id(p) for p in places}
    body_start = next((m.start for m in mentions), 0)
    if national_lead(plain, mentions, headline):
        return "national"
    # "LIVE: Police day of action ... in west Suffolk": a live page's welcome entry that names
    # the headline's operation place comes last, however far down
    far = _headline_scope(plain, places, headline)
    for p in places:  # "a week-long crackdown ... across the Eastern region": the operation's scope
        if p.start > body_start + 700:
            if not far:
                break  # past the lead
            if p.entry.name not in far:  # type: ignore[union-attr]
                continue  # past the lead, and not the headline's operation place
        if p.start < headline:
            continue
        # the window stays on the place's line: "... a county lines operation\n- Road closed
        # in Wigan" is a list's next item, not the operation's scope
        line_start = plain.rfind("\n", max(0, p.start - 90), p.start) + 1
        if (
            not inside(p.start, quotes)
            and search_hinted(
                OPERATION_SCOPE, plain[max(line_start, p.start - 90) : p.start], _OPERATION_WORDS
            )
            and not LIST_END.search(plain, max(0, p.start - 12), p.start)
            and not SHARE_GAP.search(plain, max(line_start, p.start - 40), p.start)
        ):
            # "across Norfolk, Suffolk and Cambridgeshire": the region they make up; "across
            # Birmingham, Coventry and Wolverhampton": no one town; "in North Lincolnshire,
            # Thursday 19 November, led to": one place, no list ("in Lisburn and north Down" is)
            if LIST_NEXT.match(plain, p.end) and (
                len(listed := list_from(plain, places, p)) > 1 or not plain.startswith(",", p.end)
            ):
                together = group_area(listed)
                if together:
                    return together
                continue
            # "Derbyshire Constabulary took part in a week of action across the East
            # Midlands": the force's release about its own share of the regional week
            force = _force_subject(plain, mentions, p.start)
            if force:
                return force
            named = mention_area(p, plain) or "unknown"
            side = _SIDE_BEFORE.search(plain, max(0, p.start - 12), p.start)
            if side and named[:1].isupper():  # "in south-east Northumberland": as written
                # "a crackdown ... in west Wales, ... Dyfed-Powys Police said": the one force
                # of that nation or region the release names is the part it means
                return force_in(named, mentions, quotes) or side.group() + named
            return named
    for m in mentions:
        if inside(m.start, quotes) or m.start < headline:
            continue
        before = plain[max(0, m.start - 60) : m.start]
        if m.kind == "place":
            if id(m) not in place_ids or _COURT_BEFORE.search(before):
                continue  # "The High Court in Glasgow heard": where the case was tried
            if in_caption(plain, m.start):
                continue  # "Image caption: A dog checks passengers at Manchester Piccadilly"
            if _OFFICE_BEFORE.search(before):
                continue  # "a list on the wall of her office in Tottenham": where she works
            area = mention_area(m, plain)
            on = ON_PLACE.search(before) is not None and ON_NAME.match(area or "") is not None
            prep = PREP_BEFORE.search(compass_free(before))  # "in west Cumbria", "in north Leeds"
            if (prep or on) and area and not LIST_NEXT.match(plain, m.end):
                if SHARE_GAP.search(plain, max(0, m.start - 30), m.start):
                    continue  # "a crackdown on dealing, mostly in Medway": a share, not the story
                return _town_or_its_force(plain, m, mentions, places, headline) or area
            if prep and (joint := group_area(list_from(plain, places, m))):
                return joint  # "Police in Cumbria and Dumfries and Galloway have arrested"
            continue
        if m.kind != "agency":
            continue
        if SUPPORT_BEFORE.search(before) and not _OFFICERS_FROM.search(before):
            continue
        if MEMBERS_BEFORE.search(before):  # "brings together the council, ... and Kent Police"
            continue
        if re.search(r"(?:Police|Constabulary|Agency|Unit|[A-Z]{2,})\s*(?:,|and|&)\s*$", before):
            continue  # "British Transport Police and Police Scotland target ...": a joint list
        agency: Agency = m.entry  # type: ignore[assignment]
        if agency.kind == "national":
            # "British Transport Police arrested 74 people", "..., the NCA said" -- unless a
            # force or place in the same sentence is the actor: "the NCA said Kent Police ..."
            stop = plain.find(".", m.end)
            stop = stop if stop > 0 else len(plain)
            line_end = plain.find("\n", m.end)
            stop = line_end if 0 < line_end < stop else stop
            start = max(plain.rfind(".", 0, m.start), plain.rfind("\n", 0, m.start)) + 1
            nations = [(n.start(), n.end()) for n in _ALL_NATIONS.finditer(plain, start, stop)]
            local = any(
                start <= o.start < stop
                and o is not m
                and (o.kind == "place" or (o.kind == "agency" and agency_area(o.entry) is not None))
                and not any(a <= o.start < b for a, b in nations)
                for o in mentions
            )
            if _ACTS_AFTER.match(plain, m.end) and not local:
                return "national"
            continue
        area = agency_area(agency)
        if area is None:
            continue
        if agency.kind == "force":
            # "Gwent Police made 14 arrests in Newport": the release is about that town
            found = force_place(plain, m, places) or commander_area(plain, m, mentions)
            return found or force_town(plain, m, area, places, headline) or area
        return area
    if re.search(r"\b(?:nationally|national\s+week|across\s+the\s+(?:UK|country))", plain):
        return "national"
    for m in places:  # a bare place name, as a last resort
        if not inside(m.start, quotes):
            return mention_area(m, plain) or "unknown"
    return "unknown"


def _headline_scope(plain: str, places: list[Mention], headline: int) -> set[str]:
    """The places the headline names as an operation's scope ("day of action ... in west
    Suffolk"), which the body's own operation sentence may name anywhere."""
    out = set()
    for p in places:
        if p.start >= headline:
            break
        window = plain[max(0, p.start - 90) : p.start]
        if search_hinted(OPERATION_SCOPE, window, _OPERATION_WORDS):
            out.add(p.entry.name)  # type: ignore[union-attr]
    return out


def _town_or_its_force(
    plain: str, town: Mention, mentions: list[Mention], places: list[Mention], headline: int
) -> str | None:
    """The force's area when a town first named after the lead is one line of its release.

    "Officers arrested 23 people ... / In Bolton, seven people were arrested. / ... contact
    Greater Manchester Police": the lead's figures are the force's, Bolton has a share.
    """
    place: Place = town.entry  # type: ignore[assignment]
    if place.level != "town" or not place.county:
        return None
    date_line = DATE_LINE.match(plain)
    lead = max(headline, date_line.end() if date_line else 0)
    while lead < len(plain) and plain[lead].isspace():
        lead += 1
    first_end = plain.find("\n", lead)
    lead, lead_end = _lead_line(plain, lead)
    if first_end < 0 or town.start < first_end or lead <= town.start < lead_end:
        return None  # named in the first line or the lead: the release is about that town
    for m in mentions:
        if m.kind == "agency" and agency_area(m.entry) == place.county:
            before = plain[max(0, m.start - 30) : m.start]
            if not SUPPORT_BEFORE.search(before):
                # "Brecon police station ... / Operation Tawel, Dyfed-Powys Police's response
                # to the drug lines running into Powys": the place the force's work is put in
                found = force_place(plain, m, places)
                if found is None and headline_town(plain, places, headline) is place:
                    return None  # "Police raid four Great Yarmouth homes": the town's story
                return found or place.county
    return None


# a line written as a sentence: the lead, past a page's standfirst, byline, breadcrumb and
# picture lines or a script's cues ("ITEM 3 OF 11", "PRESENTER (IN VISION):")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]?[^\S\n]*$")
_FULL_STOP = re.compile(r"[.!?](?=\s)")


def _lead_line(plain: str, lead: int) -> tuple[int, int]:
    """Where the lead's line starts and ends: the first line from ``lead`` that ends a
    sentence, else the first line."""
    first = (-1, -1)
    while lead < len(plain):
        while lead < len(plain) and plain[lead].isspace():
            lead += 1
        end = plain.find("\n", lead)
        if end < 0:
            return first if first[1] >= 0 else (lead, end)
        first = (lead, end) if first[1] < 0 else first
        if _SENTENCE_END.search(plain, lead, end):
            # its first sentence: "Across the county the force has made 80 arrests. Police
            # arrested three in Kettering" is the county's story
            stop = _FULL_STOP.search(plain, lead, end)
            return lead, stop.end() if stop else end
        lead = end
    return first


# "her office in Tottenham", "the unit's headquarters at Hutton": where someone works
_OFFICE_BEFORE = re.compile(r"\b(?:office|offices|desk|headquarters|HQ)\s+(?:in|at)\s+$")
_COURT_BEFORE = re.compile(r"\b(?:[Cc]ourt|[Tt]rial)\s+(?:sitting\s+)?(?:in|at)\s+$")
# "Officers from Kent Police carried out a week of action": the force's own officers acting
_OFFICERS_FROM = re.compile(
    r"(?:^|[.\n]|\d{4}-\d\d-\d\d)\s*(?:Officers|Detectives)\s+from\s+(?:the\s+)?$"
)
_TOOK_PART = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:took\s+part|joined|supported|participated|played|was\s+part"
    r"|were\s+part|is\s+part|are\s+part|teamed\s+up|worked)\b",
    re.IGNORECASE,
)


def _force_subject(plain: str, mentions: list[Mention], pos: int) -> str | None:
    """The area of a force that opens the sentence at ``pos`` as the one taking part."""
    start = max(plain.rfind(".", 0, pos), plain.rfind("\n", 0, pos)) + 1
    for m in mentions:
        if m.start >= pos:
            break
        if m.start < start or m.kind != "agency":
            continue
        agency: Agency = m.entry  # type: ignore[assignment]
        lead = DATE_LINE.sub("", plain[start : m.start]).strip().lower()
        if (
            agency.kind == "force"
            and agency.area
            and lead in ("", "the", "officers at", "officers in")
            and (_TOOK_PART.match(plain, m.end) or _ACTS_AFTER.match(plain, m.end))
        ):
            return agency.area
        return None
    return None


def _region(
    plain: str,
    main: str,
    mentions: list[Mention],
    places: list[Mention],
    quotes: list[tuple[int, int]],
) -> str:
    """The region "the region" means: as the article names it, else the main area's region."""
    wanted = main if main in ("national", "unknown") else (region_of(main) or main)
    if main in PLACES and PLACES[main].level == "region":
        wanted = PLACES[main].name
    named: list[tuple[str, str | None]] = []
    for m in mentions:
        if inside(m.start, quotes):
            continue
        if m.kind == "agency" and m.entry.kind == "rocu" and m.entry.area:  # type: ignore[union-attr]
            named.append((m.entry.area, m.entry.region))  # type: ignore[union-attr]
        elif m.kind == "place" and m.entry.level == "region":  # type: ignore[union-attr]
            named.append((m.entry.name, m.entry.name))  # type: ignore[union-attr]
    # a ROCU's region before a bare nation: "in west Wales ... Tarian, the Southern Wales
    # ROCU, ... across the region" is Southern Wales (2.7)
    rocus = [(area, region) for area, region in named if area != region]
    for area, region in [*rocus, *named]:
        if region == wanted or area == main:
            return area
    return wanted
