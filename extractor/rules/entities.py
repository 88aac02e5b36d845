"""Agencies and locations (pure).

Vocabulary hits come from ``gazetteer.scan``; this stage decides which of them
the record lists. Agencies are given by their full name when the article spells
it out ("East Midlands Special Operations Unit" for "EMSOU"), else as written.
Drugs and weapons, which count only where the sentence reports a seizure, are
read in ``seizures``.
"""

from __future__ import annotations

import re

from .areanames import joins_places
from .cityparts import district_namesake
from .districts import district_of_town
from .entitycues import RUN_BY, in_caption, in_named_town, yearly_national_source
from .framing import PREP_BEFORE
from .gazetteer import COUNCIL_AREAS, REGION_ALIASES, REGIONS, Agency, Mention, Place
from .placenames import COURT_BEFORE
from .precedents import EARLIER_EVENT_AFTER_GAP, EARLIER_EVENT_WORDS
from .segments import inside
from .textsearch import after_gap, search_hinted

# mentions that are never a participant: a helpline number, a phone-in instruction
_CONTACT = re.compile(
    r"\b(?:contact|call|ring|report\w*\s+(?:it\s+)?to)\s+(?:your\s+local\s+)?$", re.IGNORECASE
)


# "would be shared with X Police and Y Constabulary": bodies told afterwards, not participants
_SHARED_WITH = re.compile(
    r"\b(?:would|will|is\s+to|are\s+to|to|could|may)\s+be\s+(?:shared|passed\s+on)\s+with\s+"
    r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:and\s+)?$"
)


# a unit's membership listed after its sentence's verb ("It works with the six forces of the
# region: A, B and C", "The unit is made up of the forces of X, Y and Z"): the forces belong
# to the unit, which does not make each one a body that took part
_MEMBER_FORCES = re.compile(
    r"\b(?:works?\s+with|made\s+up\s+of|comprises|comprising|brings\s+together"
    r"|partnership\s+(?:of|between)|members\s+are)\s+(?:the\s+)?(?:\w+\s+){0,2}forces\b"
    r"(?:\s+(?:of|in|across)\s+(?:the\s+)?[\w\s]{1,30}?)?\s*:?[^.:;\n]*$"
)
_FORMAL = re.compile(r"\b(?:Police|Constabulary|Police\s+Service)$")
_POLICE_WORD = re.compile(r"(?i)police|constabulary")  # compiled once: re.search looks it up


def agencies(plain: str, mentions: list[Mention]) -> list[str]:
    """Law-enforcement bodies named in the article, full name where the article gives it."""
    full_names = {
        m.entry.name
        for m in mentions
        if isinstance(m.entry, Agency) and _key(m.surface) == _key(m.entry.name)
    }
    longest: dict[str, str] = {}  # "Yorkshire and Humber ROCU", later written out in full
    for m in mentions:
        if isinstance(m.entry, Agency) and not m.surface.isupper():
            written = " ".join(m.surface.split())
            if len(written.split()) > len(longest.get(m.entry.name, "").split()):
                longest[m.entry.name] = written
    out: list[str] = []
    seen: set[str] = set()
    for m in mentions:
        if m.kind != "agency":
            continue
        agency: Agency = m.entry  # type: ignore[assignment]
        if agency.name in seen:
            continue
        before = plain[max(0, m.start - 30) : m.start]
        if _CONTACT.search(before) and agency.name not in full_names:
            continue
        if "shared" in plain[max(0, m.start - 90) : m.start] and _SHARED_WITH.search(
            plain, max(0, m.start - 90), m.start
        ):
            continue  # "intelligence would be shared with Humberside Police": no part taken
        if " by " in plain[max(0, m.start - 90) : m.start] and RUN_BY.search(
            plain, max(0, m.start - 90), m.start
        ):
            continue  # "The NCLCC is run jointly by the National Crime Agency and the NPCC"
        if (
            agency.kind == "force"
            and "forces" in plain[max(0, m.start - 200) : m.start]
            and _MEMBER_FORCES.search(plain, max(0, m.start - 200), m.start)
        ):
            continue  # "TITAN works with the six forces of the region: Cheshire ...": members
        if agency.kind == "national" and yearly_national_source(plain, m.start):
            continue  # "Nationally, ... closed in the past year, according to the NPCC"
        seen.add(agency.name)
        if agency.name in full_names:
            out.append(agency.name)
        elif agency.kind == "force" and _POLICE_WORD.search(m.surface):
            # "Hampshire police" is Hampshire Constabulary; "Hampshire and Isle of Wight
            # Constabulary", a fuller formal name, is listed as the article gives it
            written = longest.get(agency.name, "")
            fuller = len(written.split()) > len(agency.name.split()) and _FORMAL.search(written)
            out.append(written if fuller else agency.name)
        else:
            out.append(longest.get(agency.name) or " ".join(m.surface.split()))
    return out


def _key(text: str) -> str:
    return " ".join(text.lower().replace("'", "").split())


def locations(
    plain: str,
    places: list[Mention],
    quotes: list[tuple[int, int]],
    stat_areas: list[str],
    main: str = "unknown",
    headline: int = 0,
    mentions: list[Mention] | None = None,
) -> list[str]:
    """Every figure's area, plus places named as sites of the reported activity.

    A site is a place after "in", "at", "across" ... in a sentence about what
    officers did ("joint operations at train stations in Basingstoke and
    Southampton"), not where gangs come from or sell to ("lines running out of
    Liverpool", "supply ... to towns in Cheshire") and not inside quotes.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        key = name.lower()
        if key not in seen and key not in ("national", "unknown"):
            seen.add(key)
            out.append(name)

    sites: list[tuple[int, str]] = []
    by_start = {p.start: p for p in places}
    sentence_ok: dict[tuple[int, int], bool] = {}  # sentence -> an activity, no earlier event
    for m in places:
        start = max(plain.rfind(".", 0, m.start), plain.rfind("\n", 0, m.start)) + 1
        stop = plain.find(".", m.end)
        sentence = plain[start : stop if stop > 0 else len(plain)]
        if inside(m.start, quotes) and not _QUOTED_COUNT.search(
            plain, max(start, m.start - 60), m.start
        ):
            continue  # a quote's places are sites only beside its counts: "nine arrests in X"
        if m.start < headline or in_caption(plain, m.start):
            continue  # a headline or a photo caption: its places add no site of their own
        before = plain[max(start, m.start - 120) : m.start]  # a long list: "in A, B, C and D"
        road = m.entry.level == "road"  # type: ignore[union-attr]
        label = ":" in before and _WHERE_LABEL.match(before) is not None  # "Where: A, B and C"
        apposed = before.endswith(", on ") and _SITE_BEFORE_COMMA.search(before) is not None
        # the cheap tests first: _LISTED scans the whole window
        if not (
            road
            or label
            or apposed
            or PREP_BEFORE.search(before)
            or _may_list(before)
            and _LISTED_AFTER_GAP.search(" " + before)
        ):
            if not _NEAR.search(before):
                continue
        window = plain[max(start, m.start - 160) : m.start]
        if (
            (
                any(w in window for w in _ORIGIN_HINTS)
                and _ORIGIN.search(window)
                and not (" from " in before and _TAKEN_FROM.search(before))
            )
            or _COURT_AFTER.match(plain, m.end)
            or (
                before.endswith((" in ", " at "))
                and before[:-3].rstrip().endswith(_COURT_WORD_ENDS)
                and COURT_BEFORE.search(before)
            )
            or (" in" in before[-12:] and _PARTNER_IN.search(before))
        ):
            continue  # "working with children's services in Greater Manchester": a partner's
        # several places share a sentence: its two scans are made once for it
        span = (start, stop)
        known = sentence_ok.get(span)
        if known is None:
            # "the first phase last year, ... in Wrexham": an earlier event's place
            known = sentence_ok[span] = bool(
                _ACTIVITY_AFTER_GAP.search(" " + sentence)
            ) and not search_hinted(EARLIER_EVENT_AFTER_GAP, " " + sentence, EARLIER_EVENT_WORDS)
        # a "Where:" line names the sites with no activity word of its own
        if not known and not (
            label
            and not search_hinted(EARLIER_EVENT_AFTER_GAP, " " + sentence, EARLIER_EVENT_WORDS)
        ):
            continue
        place: Place = m.entry  # type: ignore[assignment]
        if place.level in ("county", "region") and "since" in sentence:
            if _RUNNING_SINCE.search(sentence):
                continue  # "Across Norfolk, the force has closed 62 lines since April": background
        if place.name in _NATIONS:
            continue  # "stations across England, Scotland and Wales": the whole network
        if place.level == "town" and (within := _IN_TOWN_AFTER.match(plain, m.end)):
            bigger = by_start.get(within.end())
            if bigger is not None and bigger.entry.level == "town":  # type: ignore[union-attr]
                continue  # "in Catford in Lewisham": a district of the town named next
        if place.weak and district_of_town(m, places, start, stop, main, plain):
            continue  # "at a house in Broadfield" in a Crawley story: the town carries it
        if (
            place.weak
            and district_namesake(m, places, start, stop, main) is not None
            and not _own_area_named(place, places, start, stop)
            and not (mentions and district_namesake(m, mentions, 0, len(plain), main) is None)
        ):
            continue  # "a flat in Stonehouse" in a Plymouth story: the list's Stonehouse is
            # another county's town, so a district of the story's town, which carries it
        if place.weak and in_named_town(plain, m, places, before):
            continue  # "In Wigan, ... a single house in Hindley", "the Townhill area"
        name = place.name if place.level == "region" else " ".join(m.surface.split())
        # a match ends in one of _COMPASS_WORDS, then whitespace to the window's end
        side = _COMPASS.search(before) if before.rstrip().endswith(_COMPASS_WORDS) else None
        if side:
            name = side.group(1) + " " + name  # "south London", as written
        sites.append((m.start, name))
    for area in stat_areas:
        add(area)
    for _, name in sites:
        add(name)
    # "across east Hull" beside Hull's figures: the same place; but a figure's own area ("in
    # west Kent, officers made 20 arrests") is a location even when the county has figures too
    areas = {a.lower() for a in stat_areas}
    return [
        n
        for n in out
        if n.lower() in areas or not ((c := _COMPASS_NAME.match(n)) and c.group(1).lower() in seen)
    ]


def _own_area_named(place: Place, places: list[Mention], start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` also names ``place``'s county or region ("In
    Scotland, officers at Motherwell ..."): the far town itself, no namesake district. (So
    does a force of its county named anywhere in the article: "Greater Manchester Police
    executed a warrant in Hyde" in a Glossop story.)"""
    own = {place.county, place.region} - {None}
    return any(
        start <= p.start < end and isinstance(p.entry, Place) and p.entry.name in own
        for p in places
    )


# both open a word: searched in " " + text, re skips to the gaps between words (after_gap)
_ACTIVITY_AFTER_GAP = after_gap(
    r"\b(?:officers?|police|arrest\w*|seiz\w*|raid\w*|warrants?|patrol\w*|operations?|visit\w*|"
    r"executed|search\w*|safeguard\w*|crackdown|week\s+of\s+action|intensification|region|knock\w*"
    r"|activity|charged|stopped|found|recovered|constabulary|(?<!youth\s)work"
    r"|talks?|pupils|(?:closed|closing|shut)\s+(?:[\w-]+\s+){0,3}?lines"  # "closed four lines",
    r"|lines\s+(?:were\s+|have\s+been\s+)?(?:closed|shut)"  # "pupils ... given talks"
    r"|lines,\s+(?:[\w-]+\s+)?(?:were|had\s+been)\s+(?:closed|shut))\b",  # "Of 9 lines, 4 were"
    re.IGNORECASE,
)
_LISTED_AFTER_GAP = after_gap(
    r"(?:\b(?i:in|at|across|throughout|within|covers|covering|focus\w*\s+on|targeting|"
    r"stations\s+(?:including|such\s+as)|including|centred\s+on|centered\s+on|streets\s+of|"
    r"concentrated\s+on)\s+(?:the\s+)?"
    r"(?:(?:and\s+)?[A-Z][\w'-]*,?\s+)*(?:and\s+)?"
    r"(?:(?:north|south|east|west)\s+)?$)"
)
# how the word before the whitespace that ends a _LISTED_AFTER_GAP match may end: its
# preposition (case-blind; after a gap character, "(in"), "and", "the", a compass word; or
# the word is a capitalised name ("[A-Z][\w'-]*,?")
_LISTED_ENDS = (
    "in",
    "at",
    "across",
    "throughout",
    "covers",
    "covering",
    "on",
    "targeting",
    "including",
    "as",
    "of",
    "and",
    "the",
    "north",
    "south",
    "east",
    "west",
)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_list(before: str) -> bool:
    """Whether _LISTED_AFTER_GAP may match " " + ``before``: every match ends on whitespace
    after one of ``_LISTED_ENDS`` or a capitalised name (a non-ASCII word is always searched:
    case-blind matching takes "\u0131" for "i")."""
    text = before.rstrip()
    if not text or len(text) == len(before):
        return False  # no word, or no whitespace after it
    word = text.rsplit(None, 1)[-1]
    return word[0] in _CAPITALS or not word.isascii() or word.lower().endswith(_LISTED_ENDS)


# "In Bootle, on Merseyside, ...": the county a site lies in, in apposition
_SITE_BEFORE_COMMA = re.compile(r"\b(?:In|At)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s+on\s+$")
# a results post's line of places: "Where: Nuneaton, Rugby and Warwick"
_WHERE_LABEL = re.compile(
    r"[ \t]*(?i:where|areas?|towns?|locations?|places?)[ \t]*:[ \t]*"
    r"(?:[A-Z][\w'-]*,?[ \t]+(?:and[ \t]+)?)*$"
)
_NATIONS = frozenset({"Wales", "Scotland", "Northern Ireland"})
# a force's running total beside the story: "since April", "since the start of the year"
_RUNNING_SINCE = re.compile(
    r"\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b|(?:19|20)\d\d\b|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)"
)
# (a list of capitalised names is written "(?:[A-Z][\w'-]*,?\s+(?:and\s+)?)*", one word a
# step: the same texts as with "[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*" inside the step, without the
# ways to split a run of names that re tries one by one when the match then fails)
# where gangs come from or sell to, right before the place (or the list it ends):
# "lines run from London into Kent and Sussex", "supplying drugs to towns in Dorset"
_ORIGIN = re.compile(
    r"\b(?:(?i:from|out\s+of|into|forces\s+in|home\s+(?:\w+\s+)?(?:in|of)|based\s+in|"
    r"famil(?:y|ies)\s+in|"  # "taken home to their families in Manchester": a home
    r"(?:suppl\w*|sell\w*|sold|export\w*)\s+(?:[\w-]+\s+){0,4}?(?:to|in|into)|come\s+to"
    r"|(?:linked\s+to|run\s+by|controlled\s+by)\s+(?:[\w-]+\s+){0,2}?in"
    r"|travel\w*\s+(?:[\w-]+\s+){0,3}?to|(?:users|customers|buyers)\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:[A-Z][\w'-]*,?\s+(?:and\s+)?)*$)|(?i:\bwider\s+(?:\w+\s+)?$)"
)
# "a knife recovered from a car in Birkenhead": where the thing was, not where gangs come from
_TAKEN_FROM = re.compile(
    r"\b(?:recovered|seized|taken|removed|found)\s+from\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?"
    r"(?:car|van|vehicle|house|flat|address|property|home|premises)\s+(?:in|at)\s+$"
)
_PARTNER_IN = re.compile(
    r"\b(?:services|council|councils|charity|charities)\s+in\s+(?:the\s+)?$", re.IGNORECASE
)
_COURT_AFTER = re.compile(r"\s+(?:Crown|Magistrates'?|Sheriff|High|Youth|County)\s+Court\b")
# words one of which _ORIGIN needs (first letter dropped for capitals): checked first, cheaply
_ORIGIN_HINTS = (
    "rom|ut of|nto|orces in|ome|ased in|uppl|ell|old|xport|inked to|un by|ontrolled by|ravel|ider"
    "|amil"
    "|sers in|ustomers in|uyers in"
).split("|")
_NEAR = re.compile(r"\bnear\s+(?:junction\s+\d+\w?\s+(?:for|of)\s+)?$")
_COMPASS_NAME = re.compile(r"(?:north|south|east|west)(?:-(?:east|west))?\s+(.+)")
_IN_TOWN_AFTER = re.compile(r"\s+in\s+(?=[A-Z])")
_COMPASS = re.compile(
    r"\b((?:north|south|east|west|north-east|north-west|south-east|south-west))\s+$"
)
# how the word before "in"/"at" of a COURT_BEFORE match ends ("Court", "trial",
# "Magistrates'", "judges", "Sheriff", or "sitting"): the window ends in " in " or " at ", so
# the match's "in"/"at" is that one, with only whitespace between it and the word
_COURT_WORD_ENDS = (
    "ourt",
    "ourts",
    "rial",
    "rates",
    "rates'",
    "udge",
    "udges",
    "riff",
    "riffs",
    "sitting",
)
_COMPASS_WORDS = ("north", "south", "east", "west")  # what every _COMPASS match's word ends in


_QUOTED_COUNT = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:arrests|doors|addresses|homes|properties|warrants|lines|people"
    r"|pupils|schools)\b"
)


_NAME_PARTS = re.compile(r"[\s/-]+")  # "Stockton-on-Tees": Stockton, on, Tees


def full_town_names(places: list[Mention]) -> dict[str, str]:
    """A town written short where the article also writes it in full: "Yarmouth" -> "Great
    Yarmouth", "Burton" -> "Burton upon Trent", "Stockton" -> "Stockton-on-Tees" (one place,
    named in full)."""
    towns = {
        " ".join(m.surface.split())
        for m in places
        if m.entry.level == "town"  # type: ignore[union-attr]
    }
    out = {}
    parts = {town: _NAME_PARTS.split(town) for town in towns}
    for short in towns:
        words = parts[short]
        for full in towns:
            longer = parts[full]  # "Clacton-on-Sea": "Clacton" is its first word
            if (
                len(longer) > len(words)
                and (longer[: len(words)] == words or longer[-len(words) :] == words)
                and not joins_places(words, longer, full)
                and full not in COUNCIL_AREAS  # "Epping" is no short "Epping Forest" (district)
            ):
                out[short] = full
    return out


def regions_as_written(low: str, areas: set[str]) -> dict[str, str]:
    """A region's name as the article writes it, where it never writes the gazetteer's.

    "the Yorkshire and Humber ROCU" -> "Yorkshire and Humber", not "Yorkshire and the Humber";
    "Eastern Region" stays "Eastern region" (the same name in another case).
    """
    out = {}
    for area in areas:
        if area not in REGIONS or area.lower() in low:
            continue
        for alias in REGION_ALIASES.get(area, ()):
            if alias.lower() in low:
                out[area] = alias
                break
    return out
