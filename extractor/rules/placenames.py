"""Which place names in the text really name a place (pure).

"Superintendent Paul Boston", "Luton Airport", "Reading Borough Council", a PCC's title,
"at Worcester Crown Court": names that hold a place name but are no place the article
reports. Names from the wide town list count only where the text shows them as places.
"""

from __future__ import annotations

import re

from .clauses import FIGURE_NEXT, SUBJECT_AFTER
from .cues import STATION_NAME
from .framing import PREP_BEFORE
from .gazetteer import A_ROADS, COUNCIL_AREAS, PLACES, STOPPED_AFTER, STOPPED_ON, Mention, Place
from .scopecues import SITES_NAMED
from .segments import inside

_PCC_TITLE = re.compile(
    r"(?:[A-Z][\w'-]*(?:,\s*|\s+and\s+|\s+))+(?:Police,?\s+(?:and|&)\s+Crime\s+Commissioner|PCC)"
)
# same line only: "Bradford" as a sub-heading over "The city ..." is a place, not "Bradford The"
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][a-z]+)")
_FUNCTION_WORDS = frozenset(
    "In Across Throughout Within Around For From At On And The Of To By Covering Nationally "
    "Meanwhile Elsewhere Officers Police Into Neighbouring Neighboring Nearby While Whilst Where "
    "But Both Also Only".split()
)


def after_a_name(plain: str, m: Mention) -> bool:
    """Whether a place name follows a capitalised word on its line ("Superintendent Paul
    Boston", "Ms Harlow"): a person's surname, not the place."""
    end = m.start  # walk back over the gap, then the word: a regex search of the 25
    while end and plain[end - 1] in " \t":  # characters before costs more, on every mention
        end -= 1
    if end == m.start:
        return False
    at = end
    while at and "a" <= plain[at - 1] <= "z":
        at -= 1
    return (
        at < end
        and at > max(0, m.start - 25)
        and "A" <= plain[at - 1] <= "Z"
        and plain[at - 1 : end] not in _FUNCTION_WORDS
    )


def title_spans(plain: str) -> list[tuple[int, int]]:
    """Spans of titles such as "Leicester, Leicestershire and Rutland Police and Crime
    Commissioner": places inside them are not places the article reports."""
    spans = _found_at(plain, "ommander ", _COMMANDER_FOR, 1)  # "district commander for X"
    spans += _found_at(plain, " officer in ", _CAREER_IN, 30)  # "as a response officer in X"
    if "Crime Commissioner" not in plain and "PCC" not in plain:
        return spans  # the pattern is costly to scan for; most articles have no such title
    # every title holds "PCC" or "Commissioner", and none a full stop: the pattern is run
    # over the stretches between full stops that hold one, which finds what a run over the
    # whole text finds (a match cannot reach across a full stop, nor start at one)
    windows = set()
    for word in ("PCC", "Commissioner"):
        at = plain.find(word)
        while at >= 0:
            stop = plain.find(".", at)
            stop = len(plain) if stop < 0 else stop
            windows.add((plain.rfind(".", 0, at) + 1, stop))
            at = plain.find(word, stop)
    return spans + [
        (m.start(), m.end()) for a, b in sorted(windows) for m in _PCC_TITLE.finditer(plain, a, b)
    ]


# "the district commander for Wealden", "area commander for north Kent": a title
_COMMANDER_FOR = re.compile(
    r"\b[Cc]ommander\s+(?:for|of)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
)


# "in the Woodside and Sutton Hill areas": districts inside the story's town, not places it
# reports (the town is named for them)
_DISTRICTS_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'-]*)?(?:\s+(?:and|&)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+areas\b"
)
# "a car stopped on the edge of Ferndown": the place, as "in" gives it (a suffix of the text
# before the place, tested with str.endswith)
EDGE_OF = (" edge of ", " outskirts of ")
# "joined the force as a response officer in Rotherham": where a speaker once served
_CAREER_IN = re.compile(
    r"\bas\s+an?\s+(?:[a-z]+\s+){0,2}officer\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
)


def _found_at(plain: str, word: str, pattern: re.Pattern[str], back: int) -> list[tuple[int, int]]:
    """Spans of ``pattern`` searched only from ``back`` characters before each ``word`` (found
    with str.find: a pattern that opens on a character class is tried at every character)."""
    spans = []
    at = plain.find(word)
    while at >= 0:
        m = pattern.search(plain, max(0, at - back), at + len(word) + 60)
        if m and m.start() <= at:
            spans.append(m.span())
        at = plain.find(word, at + 1)
    return spans


def place_mentions(
    plain: str, mentions: list[Mention], titles: list[tuple[int, int]]
) -> list[Mention]:
    """Place mentions that really name a place, not part of a longer proper name or a title."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "place" or inside(m.start, titles):
            continue
        before = plain[max(0, m.start - 25) : m.start]
        if m.entry.weak and not _weak_place_ok(plain, m, before, out):  # type: ignore[union-attr]
            continue
        # "at Worcester Crown Court": where the case was heard, not its scope; "at Leicester
        # Royal Infirmary": a partner's building; "colleagues at Derby City Council": a partner
        # body (the three patterns as one: one match call a mention)
        if _NAME_GOES_ON.match(plain, m.end):
            continue
        if m.surface.endswith("ing") and _OBJECT_AFTER.match(plain, m.end):
            continue  # "Reading the figures town by town": a verb, not the town
        if plain.startswith(" ", m.end) and _STREET_AFTER.match(plain, m.end):
            continue  # "at the address in Marlborough Road", "a flat in Luton Road": a street
        if before.endswith(("the ", " and ")) and _DISTRICTS_AFTER.match(plain, m.end):
            continue  # "in the Woodside and Sutton Hill areas": districts of the town
        if after_a_name(plain, m):
            continue  # "Superintendent Paul Boston"
        nxt = _NEXT_CAPITAL.match(plain, m.end, m.end + 20)
        if (
            nxt
            and nxt.group(1) not in ("Police", "Constabulary", "And", "Division")
            and not PREP_BEFORE.search(before)
            and not (out and _SITE_LIST_GAP.fullmatch(plain, out[-1].end, m.start))
            and not (
                _STATION_SUBJECT.match(plain, m.end)
                and (SUBJECT_AFTER.match(plain, m.end) or FIGURE_NEXT.match(plain, m.end))
            )
            and not (_SITE_LABEL.match(plain, m.end) and _line_opening(plain, m.start))
        ):
            # "Luton Airport", "Reading Borough Council"; but "at Birmingham New Street" and
            # "at Glasgow Central and Edinburgh Waverley", "- Leeds station: 4 arrests"
            continue
        out.append(m)
    return out


_STATION_SUBJECT = re.compile(STATION_NAME)  # "Manchester Piccadilly saw the most arrests"
# "- Birmingham New Street: 9 arrests": a list line's label naming a site in the town
_SITE_LABEL = re.compile(r"(?:\s+(?:[A-Z][\w'\u2019]*|and|&)){1,6}:\s")


def _line_opening(plain: str, at: int) -> bool:
    """Whether ``at`` opens its line (after a bullet, if any)."""
    return not plain[plain.rfind("\n", 0, at) + 1 : at].strip(" \t-*\u2022\u00b7")


_OBJECT_AFTER = re.compile(r"\s+(?:the|this|these|those|that|a|an|our|their|his|her|its)\b")
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:Royal|General|City|District|Children's|University|Community))*\s+"
    r"(?:Infirmary|Hospitals?|University|College|Academy|School|Prison)\b"
)
# "Eleven of those arrested were from the Greater Manchester area": a home, not the scope
HOME_BEFORE = re.compile(
    r"\b(?:were|was|are|is|all|both)\s+from\s+(?:the\s+)?$"
    # "missing from their homes in Bradford", "men who live in Manchester", "living in Leeds"
    r"|\bmissing\s+from\s+(?:their|his|her)\s+homes?\s+in\s+$|\b(?:who\s+lives?|living)\s+in\s+$"
)
# "due to appear at court in Omagh", "a trial at court in Mold", "will appear before magistrates
# in Portsmouth": the venue, not the scope
COURT_BEFORE = re.compile(
    r"\b(?:[Cc]ourts?|[Tt]rial|[Mm]agistrates'?|[Jj]udges?|[Ss]heriffs?)\s+(?:sitting\s+)?(?:in|at)\s+$"
)
COURT_AFTER = re.compile(
    r"\s+(?:Crown|Magistrates'?|Youth|Sheriff|High|Combined)?\s*Courts?\b|'s\s+(?:Crown|Magistrates)"
)
# "a flat in Luton Road"; "at Liverpool Street station" is a London station named after a
# street, not Liverpool
_STREET_AFTER = re.compile(r" (?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens)\b")
_COUNCIL_AFTER = re.compile(
    r"\s+(?:(?:City|County|Borough|District|Town|Parish|Metropolitan\s+Borough)\s+)?Council\b"
)
_NAME_GOES_ON = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (COURT_AFTER, _INSTITUTION_AFTER, _COUNCIL_AFTER))
)
# between two listed sites: "Glasgow Central and Edinburgh", "Leeds, York"
_SITE_LIST_GAP = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s*(?:,|and|&)\s*(?:and\s+)?")


# "on the M62", "junction 14 of the M1"; not "at the other end of the M1" (a route)
_ROAD_BEFORE = re.compile(
    r"\b(?:on|along|off|near|at|from|(?<!end\s)of|and|,)\s+the\s+$", re.IGNORECASE
)
_BREAKDOWN_AFTER = re.compile(r"\s*(?::|\s-\s|,\s+(?:\d|[a-z]+\s+\d))")
_FIGURE_AFTER = re.compile(r"\s*(?::|\s-)\s*(?:\d|\u00a3)")
# a person of the same name: "Barry said", "Dudley, 34, was jailed", "Barry Smith"
_PERSON_AFTER = re.compile(
    r"\s+(?:said|says|told|added|explained|admitted|denied|pleaded|was|is|has|had|[A-Z][a-z]+)\b"
    r"|,\s*(?:\d|who\b)"
)
_LIST_BEFORE = re.compile(r"(?:,\s*|\s+and\s+|\s*&\s*)$")


def _weak_place_ok(plain: str, m: Mention, before: str, kept: list[Mention]) -> bool:
    """Whether a name from the wide town list is a place here (see ``Place.weak``).

    "in Wickford", "at Grays station", "in Maldon, Wickford and Tiptree", a breakdown
    line "Grays: four arrests" / "- Wickford, 6 arrests"; a motorway after "on the".
    """
    place: Place = m.entry  # type: ignore[assignment]
    if place.name in A_ROADS:  # "officers stopped a car on the A38", not "gangs use the A38"
        if STOPPED_ON.search(plain, max(0, m.start - 60), m.start) is not None:
            return True
        # "On the A38 near Alfreton, officers stopped a car": the stop after the road it was on
        return plain.endswith(("On the ", "on the "), 0, m.start) and (
            STOPPED_AFTER.match(plain, m.end) is not None
        )
    if place.level == "road":
        return _ROAD_BEFORE.search(before) is not None
    if PREP_BEFORE.search(before) or before.endswith(EDGE_OF):
        return True  # "in Ferndown", "a car stopped on the edge of Ferndown"
    if before.endswith(" near "):
        # "a car stopped on the A38 near Alfreton"; but "In Tower Hamlets, ... a car stopped on
        # the A13 near Limehouse": a part of the town the sentence names
        opens = max(plain.rfind(". ", 0, m.start), plain.rfind("\n", 0, m.start))
        return not any(
            k.start > opens and not k.entry.weak and k.entry.county == place.county  # type: ignore[union-attr]
            for k in kept
        )
    kept_before = before.endswith(" the ") and any(k.entry is place for k in kept)
    if kept_before and SITES_NAMED.match(plain, m.end):
        return True  # "at one of the Peterhead flats", the town named before
    if kept and _LIST_BEFORE.search(before):
        return _LIST_BEFORE.fullmatch(plain, kept[-1].end, m.start) is not None
    line_start = plain.rfind("\n", 0, m.start) + 1
    if (
        any(k.entry is place for k in kept)
        and (m.start == line_start or plain[max(0, m.start - 2) : m.start] == ". ")
        and not _PERSON_AFTER.match(plain, m.end)
    ):
        return True  # "Barry saw the other nine arrests" after "in Cardiff and Barry"
    opener = re.fullmatch(r"[\s\-*\u2022\u00b7]*", plain[line_start : m.start]) is not None
    if not opener:
        return False
    if place.common:  # "Grays: 7 arrests", but not "Sale of drugs ..."
        return _FIGURE_AFTER.match(plain, m.end) is not None
    return _BREAKDOWN_AFTER.match(plain, m.end) is not None


def near_sites(plain: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """Towns of the wide list after "near" that :func:`place_mentions` leaves to the town the
    sentence names, where what it names is the county or a council district, not a town:
    "Humberside officers stopped a car on the A15 near Brigg", "In Breckland, a car stopped
    on the A11 near Attleborough". Sites of the activity (locations), not its scope."""
    out = []
    for m in mentions:
        if m.kind != "place" or plain[max(0, m.start - 6) : m.start] != " near ":
            continue
        place: Place = m.entry  # type: ignore[assignment]
        if not place.weak or any(k is m for k in kept):
            continue
        opens = max(plain.rfind(". ", 0, m.start), plain.rfind("\n", 0, m.start))
        same = [
            k.entry
            for k in kept
            if opens < k.start < m.start and k.entry.county == place.county  # type: ignore[union-attr]
        ]
        if same and all(
            k.level != "town" or k.name in COUNCIL_AREAS  # type: ignore[union-attr]
            for k in same
        ):
            out.append(m)
    return out


_STREET_END = (" Road", " Street", " Lane", " Avenue", " Drive", " Crescent", " Terrace")
_INSTITUTION_END = ("University", "College", "Hospital", "Infirmary", "Academy", "School", "Prison")


_STATION_AFTER = re.compile(r"\s+(?:station|stations)\b")


def unlisted_name_area(plain: str, end: int, name: str) -> str | None:
    """The area a capitalised name no gazetteer lists (ending at ``end``) stands for: none for
    a court ("at Wolverhampton Crown Court": where a case was heard) or an institution ("at
    Maelor Hospital": a site), unless a town names it ("students at Bangor University": a site
    in Bangor, GUIDELINES 2.7)."""
    if name.endswith(("Court", "Courts")) or COURT_AFTER.match(plain, end):
        return None
    if name.endswith(_STREET_END) or _STATION_AFTER.match(plain, end):
        return None  # "at Liverpool Street", "at Moorgate station": a site, not an area
    if not (name.endswith(_INSTITUTION_END) or _INSTITUTION_AFTER.match(plain, end)):
        return name
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        town = PLACES.get(" ".join(words[:n]))
        if town is not None and town.level == "town" and not town.weak:
            return town.name
    return None
