"""Second thoughts on the framing: a town that holds only a share of the figures, a force
that acts jointly with another (pure).

"A police operation that has started in Hereford" frames a live blog by the town, until the
final figures say "arrested 7 people, five of them in Hereford": the town holds a share, so
the whole (and every unplaced figure) is the wider area's, the force the article names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .areas import in_force
from .entities import full_town_names
from .framing import PREP_BEFORE, SUPPORT_BEFORE, Framing, agency_area
from .gazetteer import COUNCIL_AREAS, PLACES, Mention, Place
from .jointareas import joint_area
from .parts import london_part
from .scopecues import county_scopes, states_county_scope
from .segments import inside

# "40 arrests, 12 of them in Maidstone"; not "Three of those arrested in Glossop" (the town's own)
_SHARE_IN = (
    r"\b(?:of\s+(?:them|whom|those|these|which)|including)\s+"
    r"(?:(?!arrested\b|held\b|detained\b|charged\b|found\b)[\w-]+\s+){0,2}?in\s+"
)


_OF_WHOLE = r"\bOf\s+the\s+[\d,]+\s+[a-z]+,\s+[\w-]+\s+(?:were|was)\s+(?:[a-z]+\s+)?in\s+the\s+"


def wider_main(plain: str, framing: Framing, mentions: list[Mention]) -> str | None:
    """The force's area when the main area is a town the text gives a share of a figure."""
    main = framing.main
    place = PLACES.get(main)
    if place is None or place.level != "town" or f" {main}" not in plain:
        return None
    # "Of the 29 arrests, 18 were made in the East Riding": a share told as its whole's part
    if not re.search(rf"(?:{_SHARE_IN}|{_OF_WHOLE}){re.escape(main)}\b", plain, re.IGNORECASE):
        return None
    for m in mentions:
        area = agency_area(m.entry) if m.kind == "agency" else None
        if (
            area
            and area != main
            and not SUPPORT_BEFORE.search(plain[max(0, m.start - 30) : m.start])
        ):
            # "run by Lincolnshire Police and South Yorkshire Police": the pair's joint area
            partner = _joint_force(plain, m, mentions)
            return joint_area([area, partner], plain) if partner else area
    return place.county or None


def joint_main(plain: str, framing: Framing, mentions: list[Mention]) -> str | None:
    """ "Lincolnshire Police and Nottinghamshire Police have arrested 17 people": the pair
    (or their region, when the article names it) frames the article, not the first force."""
    for m in mentions:
        if m.kind == "agency" and agency_area(m.entry) == framing.main:
            partner = _joint_force(plain, m, mentions)
            return joint_area([framing.main, partner], plain) if partner else None
    return None


# "Two police forces have published different totals for the same joint operation"
_TWO_FORCES = re.compile(
    r"\b(?:two|both)\s+(?:police\s+)?forces\b|\bjoint\s+(?:operation|activity|fortnight|week)\b",
    re.IGNORECASE,
)


def two_forces_main(
    plain: str,
    framing: Framing,
    mentions: list[Mention],
    quotes: list[tuple[int, int]],
    headline: int,
) -> str | None:
    """ "Two police forces ... the same joint operation" in the headline or lead, naming exactly
    two forces: the operation's figures both forces give are the pair's joint area, not the
    first force's (section 2.7, joint operations; h5_022). Not "we have worked closely with
    both forces" in a quote."""
    head = plain[: headline + 600]
    if "forces" not in head and "joint" not in head and "Joint" not in head:
        return None  # no word of the cue: the cheap test first
    forces: list[str] = []
    for m in mentions:
        area = agency_area(m.entry) if m.kind == "agency" else None
        if area and m.entry.kind == "force" and not inside(m.start, quotes):  # type: ignore[union-attr]
            forces += [] if area in forces else [area]
    if len(forces) != 2 or framing.main not in forces:
        return None
    said = _TWO_FORCES.search(plain, 0, headline + 600)
    if said is None or inside(said.start(), quotes):
        return None
    first, second = sorted(forces, key=lambda f: f != framing.main)
    if f"{second} and {first}" in plain:
        first, second = second, first  # "either side of the Kent and Sussex border": as written
    return joint_area([first, second], plain)


def _joint_force(plain: str, m: Mention, mentions: list[Mention]) -> str | None:
    """The area of a second force named with ``m`` as one actor ("X Police and Y Police")."""
    if m.entry.kind != "force" or not _AND.match(plain, m.end):  # type: ignore[union-attr]
        return None
    nxt = next((o for o in mentions if o.start > m.start), None)
    if nxt is None or nxt.kind != "agency" or not _AND.fullmatch(plain, m.end, nxt.start):
        return None
    return agency_area(nxt.entry) if nxt.entry.kind == "force" else None  # type: ignore[union-attr]


_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


# "the town", "the city": the body speaking of the one town its headline names
_THE_TOWN = re.compile(r"\bthe\s+(?:town|city)\b")


def town_main(
    plain: str,
    framing: Framing,
    places: list[Mention],
    headline: int,
    quotes: list[tuple[int, int]],
) -> str | None:
    """The town, when a force-framed release is about one town of the force's area.

    "Month-long Swindon drugs operation ends" over "dealers who supply Swindon ..., Wiltshire
    Police said": the force is who acted and who speaks, the town is where; every unplaced
    figure is the town's (section 2.7, town figures). Only when the headline names that one
    town, the body names it (or "the town") and no other town of the force's area, the body
    never sets the county as the scope ("across Wiltshire", "across the county", "force-wide")
    and never gives the town a share or a line of its own ("12 of them in Maidstone").
    """
    main = framing.main
    if not headline or main not in PLACES:
        return None
    if PLACES[main].level != "county" and main not in ("Scotland", "Northern Ireland"):
        return None  # a force's area, or the nation of Police Scotland or the PSNI
    head = {p.entry.name for p in places if p.start < headline} - {main}  # type: ignore[union-attr]
    if len(head) != 1:
        return None  # no one place, or two, in the headline
    # "Southend" in the headline, "Southend-on-Sea" in the body: one town
    full = full_town_names(places)
    (named,) = head
    name = full.get(named, named)
    if name not in PLACES:
        return None
    town = PLACES[name]
    if town.level != "town" or not in_force(town.county, main):
        return None
    named = False
    for p in places:
        if p.start < headline or inside(p.start, quotes):
            continue
        place: Place = p.entry  # type: ignore[assignment]
        if full.get(place.name, place.name) == town.name:
            named = True
        elif place.level == "town" and in_force(place.county, main):
            return None  # "... and in Bedford": the force's release over two of its towns
        elif place.name == main and PREP_BEFORE.search(plain[max(0, p.start - 40) : p.start]):
            return None  # "arrests across Bedfordshire": the county is stated as the scope
    if not named and not _THE_TOWN.search(plain, headline):
        return None
    if _county_scope(plain, headline):
        return None  # "a week of action across the county", "force-wide": the force's scope
    name = re.escape(town.name)
    if re.search(_SHARE_IN + name + r"\b", plain, re.IGNORECASE) or re.search(
        r"(?:^|[.\n])\s*In\s+" + name + r"\s*,", plain[headline:]
    ):
        return None  # "40 arrests, 12 of them in Maidstone", "In Maidstone, 12 ...": a share
    return town.name


# "Across the county, the force made 268 arrests": a line of its own, the wider level beside
# the town's figures, not the story's scope
_OPENS_LINE = re.compile(r"(?:^|[.!?:\n])\s*$")


def _county_scope(plain: str, headline: int) -> bool:
    """Whether the body sets the county as the story's scope ("a week of action across the
    county"), not only opens one line with it ("Across the county, 268 arrests were made")."""
    for a, b in county_scopes(plain, headline):
        if not (plain.startswith(",", b) and _OPENS_LINE.search(plain, max(0, a - 3), a)):
            return True
    return False


# "a county line supplying Barnsley", "lines run into Bolton": where a line goes, not where
# the officers worked
# "a week of action", "a month-long crackdown", "the operation": the force's own operation
_FORCE_PERIOD = re.compile(
    r"\b(?:week|weeks|fortnight|month|crackdown|intensification|operation)\b", re.IGNORECASE
)
_SUPPLY_BEFORE = re.compile(r"\b(?:supply|supplying|supplies|supplied|into|to|from)\s+$")


def lone_town(
    plain: str,
    framing: Framing,
    mentions: list[Mention],
    places: list[Mention],
    headline: int,
    quotes: list[tuple[int, int]],
) -> bool:
    """Whether a story framed by a town names no other town of its force and no other force.

    "Officers raided a flat in Oldham ... Greater Manchester Police found £3,300": the force
    acted in the one town the story is about, so its figures are the town's (as a one-town
    release's, ``town_main``). A second town of the force ("also searched a flat in
    Doncaster"), a second force or "across the county" leave the force its own scope.
    """
    place = PLACES.get(framing.main)
    if place is None or place.level != "town" or not place.county or framing.court:
        return False
    if _FORCE_PERIOD.search(plain):
        return False  # "a fortnight of activity by Kent Police": the force's own operation
    for p in places:
        if inside(p.start, quotes):
            continue
        other: Place = p.entry  # type: ignore[assignment]
        if p.start < headline and other.name != place.name:
            return False  # "Cocaine found at Dover as Kent crackdown ends"
        if (
            p.start >= headline
            and other.level == "town"
            and other.name != place.name
            and in_force(other.county, place.county)
            and not _SUPPLY_BEFORE.search(plain, max(0, p.start - 12), p.start)
        ):
            return False
    forces = {
        agency_area(m.entry)
        for m in mentions
        if m.kind == "agency" and not inside(m.start, quotes) and agency_area(m.entry)
    }
    return len(forces) <= 1 and not states_county_scope(plain, headline)


# "Doncaster officers arrested 19 people", "Police in Preston have arrested": the town's own
# officers as the actor that opens the story
_TOWN_OFFICERS_AFTER = re.compile(
    r"\s+(?:neighbourhood\s+)?(?:officers|police|detectives|police\s+officers)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:[a-z]+ed|made|took|found|ran|led|shut|seized)\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|\]\s*)$")


def town_officers_main(
    plain: str, framing: Framing, mentions: list[Mention], headline: int
) -> str | None:
    """The town whose officers open the body ("Swindon detectives made 11 arrests ...,
    Wiltshire Police said"), when the main area is its force's: the story is the town's
    (section 2.7, town figures), the force ran or announced it. Only the body's first place or
    agency: "Staffordshire Police carried out 21 warrants ... Stoke-on-Trent officers executed
    13 of the warrants" gives the town a share of the force's week."""
    main = framing.main
    if main not in PLACES or PLACES[main].level != "county" or framing.court:
        return None
    first = next((m for m in mentions if m.start >= headline), None)
    if first is None or first.kind != "place" or first.start > headline + 600:
        return None
    place: Place = first.entry  # type: ignore[assignment]
    if (
        place.level == "town"
        and in_force(place.county, main)
        and _TOWN_OFFICERS_AFTER.match(plain, first.end)
        and _SENTENCE_START.search(plain, max(0, first.start - 4), first.start)
    ):
        return place.name
    return None


def council_main(plain: str, framing: Framing, places: list[Mention], headline: int) -> str | None:
    """The council area, when the story's town is its short name and the body names the area
    as the scope: "Twenty-eight arrested in Bath" over "arrested 28 people in Bath and North
    East Somerset"."""
    stem = framing.main + " and "
    for p in places:
        name = p.entry.name  # type: ignore[union-attr]
        if p.start >= headline and name.startswith(stem) and name in COUNCIL_AREAS:
            return name if PREP_BEFORE.search(plain, max(0, p.start - 12), p.start) else None
    return None


def reframe(
    plain: str,
    framing: Framing,
    mentions: list[Mention],
    places: list[Mention],
    headline: int,
    quotes: list[tuple[int, int]],
) -> Framing:
    """The framing after its second thoughts, the first that applies."""
    if wider := wider_main(plain, framing, mentions) or joint_main(plain, framing, mentions):
        return replace(framing, main=wider)  # "five of them in Hereford", "X and Y Police"
    if pair := two_forces_main(plain, framing, mentions, quotes, headline):
        return replace(framing, main=pair)  # "two police forces ... the same joint operation"
    if town := town_main(plain, framing, places, headline, quotes):
        return replace(framing, main=town, first_town=town, one_town=True)  # "Swindon drugs op"
    if town := town_officers_main(plain, framing, mentions, headline):
        return replace(framing, main=town, first_town=town)  # "Doncaster officers arrested"
    if council := council_main(plain, framing, places, headline):
        return replace(framing, main=council, first_town=council)  # "in Bath and NE Somerset"
    if part := london_part(plain, framing.main, quotes, headline):
        return replace(framing, main=part)  # "a fortnight of raids in south-east London"
    if lone_town(plain, framing, mentions, places, headline, quotes):
        return replace(framing, one_town=True)  # "a flat in Oldham ... GMP found £3,300"
    return framing
