"""The word patterns ``build_scope`` reads to open a sentence and to resolve a local phrase (pure).

A sentence's opening ("Meanwhile, in Medway, ...", "Regionally, 46 deal lines",
"Nationally more than 700") sets the marker every figure in it may take; "the region",
"the county", "the town" after "in" / "across" / "throughout" stand for an area the
article named before (``scope.py`` decides which); a place after "exporting ... to" or
"destined for" is where drugs went, not a scope.
"""

from __future__ import annotations

import re

from .gazetteer import DIVISIONS, Mention

# "the region", "the county", ... after in / across / throughout (checked with LOCAL_PREP)
_WHAT = (
    r"(?P<what>forces|force\s+areas|counties|region|county\s+borough|county|force\s+area"
    r"|force's\s+area|force"
    r"|(?:(?:two|three|four)\s+)?(?:towns|cities|boroughs|districts)"
    r"|city|town|borough|division|district(?!\s+(?:council|commander))"
    r"|(?:three|four|five|six|seven|\d)\s+(?:police\s+)?force(?:s|\s+areas))"
    r"\b(?!\s+lines|\s+of\s)"  # "in the city of Leicester": the place that follows
)
# run on lower-cased text, each opening on its word: re skips ahead to each "the" (or "both"),
# where one pattern of the two stopped at every "t" and "b"; neither's match holds the other's
_THE_PHRASE = re.compile(r"the\s+(?:(?:whole|entire)\s+(?:of\s+the\s+)?|wider\s+)?" + _WHAT)
_BOTH_PHRASE = re.compile(r"both\s+(?=force|count|towns|cities|boroughs|districts)" + _WHAT)
# "said 126 arrests had been made across its region": apart, searched only in a text that says
# "its region" or "its force": an "i" first would stop the main pattern at every "i"
# -- and "led to 44 arrests across its area": a force's own area (scope.py reads it so)
_ITS_PHRASE = re.compile(r"its\s+(?:" + _WHAT + r"|(?P<own>area)\b)")


def local_phrases(low: str) -> list[re.Match[str]]:
    """Every "the region" / "the county" / "its region" ... phrase of lower-cased ``low``."""
    found = list(_THE_PHRASE.finditer(low))
    more = list(_BOTH_PHRASE.finditer(low)) if "both" in low else []
    if "its region" in low or "its force" in low or "its area" in low:
        more += _ITS_PHRASE.finditer(low)
    return sorted([*found, *more], key=lambda m: m.start()) if more else found


# "in the Orford and Bewsey areas of the town": districts of the town are the town
LOCAL_PREP = re.compile(
    r"\b(?:in|across|throughout|within|around|(?:areas?|parts?|estates?|districts?)\s+of)\s+$"
)
# "Meanwhile, in Medway, ...": a linking word does not stop the place opening the sentence
INITIAL = re.compile(
    # "DET SUPT LIGHTFOOT: Wakefield district accounted for ...": a transcript's speaker label
    r"^[\s\-*\u2022\u00b7\"]*(?-i:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){1,4}:\s+)?"
    r"(?:(?:meanwhile|separately|additionally|similarly|likewise"
    r"|in\s+addition)\s*,?\s*)?(?:in|across|throughout|within|for|at|on)?\s*(?:the\s+|an?\s+)?"
    r"(?:(?:neighbouring|neighboring|nearby)\s+)?"
    r"(?:(?<=the\s)(?:city|town|county|borough)\s+of\s+)?",  # "In the town of Burnley, ..."
    re.IGNORECASE,
)
# "the district's team has arrested 63 people", "the division's officers": whose team acted
_OWNER = re.compile(r"['\u2019]s\s+(?:own\s+)?(?:team|teams|officers|detectives|unit)\b")


def scoping_local(low: str, m: re.Match[str]) -> bool:
    """Whether the local phrase ``m`` scopes its sentence: after "in" / "across" / ... ("in the
    district"), or as the owner of the team or officers after it ("the district's team")."""
    if LOCAL_PREP.search(low, max(0, m.start() - 14), m.start()):
        return True
    return m.group("what") in ("district", "division") and bool(_OWNER.match(low, m.end()))


OPENING_PREP = re.compile(r"[\s\-*\u2022\"]*(?:(?:in|across|throughout|within)\s+)?")
INITIAL_REGIONAL = re.compile(r"^[\s\-*\u2022\u00b7]*regionally\b", re.IGNORECASE)
# "Countywide, 39 people were safeguarded": the county, also in a story of one of its towns
INITIAL_COUNTYWIDE = re.compile(
    r"^[\s\-*\u2022\u00b7]*(?:county|force)[- ]?wide\s*,", re.IGNORECASE
)
INITIAL_NATIONAL = re.compile(
    r"^[\s\-*\u2022\u00b7\"\u201c]*(?:nationally|national(?=\s+(?:the\b|,))"
    r"|across\s+the\s+(?:UK|country)|UK-wide"
    r"|(?:across|in|throughout)\s+England(?:,\s+Scotland)?\s+and\s+Wales)",  # "Across England ..."
    re.IGNORECASE,
)
# "gangs exporting drugs from London to towns across the South West", "destined for lines
# in the South West": a place the drugs go to, not where the figure was counted
DESTINATION = re.compile(
    r"(?:\b(?:export\w*|suppl\w*|run(?:ning)?|ran|travel\w*|send\w*|sent|ferry\w*|traffick\w*"
    r"|mov(?:e|es|ed|ing))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:to|into)|\b(?:destined|bound|headed|heading)\s+for)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:across|in|throughout)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "Officers in Police Scotland's North East division": the division, not the force's area
OWN_DIVISION = re.compile(
    r"'s\s+((?:[A-Z][\w-]*,?\s+(?:and\s+)?){0,4}[A-Z][\w-]*)\s+"
    r"(?:[Dd]ivision|(?:policing\s+)?district)\b"
)
_PART_OF_BEFORE = re.compile(r"\bpart\s+of\s+(?:an?|the)\s+$")
_WHICH_AFTER = re.compile(  # "a UK-wide week of action in which 1,400 people were arrested"
    r"-wide\s+[\w-]+(?:\s+[\w-]+){0,2}?,?\s+(?:in\s+which|which|that|during\s+which)\b"
)


def part_of_wider(plain: str, end: int, before: str) -> bool:
    """Whether the place ending at ``end`` names a wider operation the work was part of ("as
    part of a Scotland-wide operation"), not a scope: unless its own figures follow ("part of a
    Scotland-wide push in which 97 were arrested")."""
    return (
        plain.startswith("-wide", end)
        and _PART_OF_BEFORE.search(before) is not None
        and _WHICH_AFTER.match(plain, end) is None
    )


_UK_WIDE = re.compile(r"UK|United|Britain|England|GB|forces|rail")
_NOT_NATIONAL_BEFORE = re.compile(r"\b(?:a|the|from|of|from\s+all)\s*$", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(
    r"\b(?:any|every)\s+(?:other\s+)?(?:force|police\s+force|area|county|region)s?\s*$"
)


def national_area(phrase: str, country: str) -> str:
    """The area of a national phrase in a release whose whole country is ``country``:
    "across the UK" stays national in the PSNI's release, "across the country" is the nation."""
    return "national" if country != "national" and _UK_WIDE.search(phrase) else country


def no_national_scope(plain: str, floor: int, start: int, end: int) -> bool:
    """ "a nationwide crackdown", "forces from across the UK": the national phrase at
    ``start:end`` scopes nothing, unless a "-wide" name goes on to its own figures ("a UK-wide
    week, during which 1,400 people were arrested")."""
    if _COMPARED_BEFORE.search(plain, max(floor, start - 30), start) is not None:
        return True  # "closed 27 lines, more than any other force in the country": a comparison
    if _NOT_NATIONAL_BEFORE.search(plain[max(floor, start - 12) : start]) is None:
        return False
    return not (plain.endswith("-wide", 0, end) and _WHICH_AFTER.match(plain, end - 5))


# "found at one of the Wisbech flats", "Two of the Wirral arrests followed a stop": a place
# naming its sites or arrests (not "31 of the Thames Valley arrests were made in Slough": a
# share's whole, the share placed after it)
SITES_NAMED = re.compile(
    r"\s+(?:flats?|address(?:es)?|propert(?:y|ies)|homes?|houses?|raids?"
    r"|arrests(?!\s+(?:were|was|are|is|had|have)\b))\b"
)


def names_sites(before: str, after: str) -> bool:
    """Whether a place between ``before`` and ``after`` names the sites after it ("the X flats")."""
    return before.endswith(" the ") and SITES_NAMED.match(after) is not None


# "Merseyside Police @MerseyPolice · 8:15 AM": a post's author line in a thread, not an actor
_HANDLE_AFTER = re.compile(r"\s+@\w{2,30}\b")


def drop_post_authors(plain: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the agencies named only as a thread post's author ("Merseyside
    Police @MerseyPolice · 10:02 AM"): who posted, not who acted where; the agency stays an
    agency of the record, it scopes no figure."""
    if "@" not in plain:
        return mentions
    return [m for m in mentions if m.kind != "agency" or not _HANDLE_AFTER.match(plain, m.end)]


# "across the county", "throughout the force area", "force-wide": the county stated as a
# scope; the literal "the" first, so re skips ahead to it (a case-blind pattern tries every
# character of the text)
_THE_COUNTY = re.compile(r"the\s+(?:(?:whole|wider|entire)\s+)?(?:county|force(?:'s)?\s+area)\b")
_COUNTY_WIDE = re.compile(r"(?:[Ff]orce|[Cc]ounty)-?wide\b")
_SCOPE_PREP = ("across ", "throughout ", "in ")


def county_scopes(plain: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each phrase of ``plain`` from ``start`` that sets the county (the force
    area) as a scope: "across the county", "throughout the force area", "force-wide"."""
    out = []
    for m in _THE_COUNTY.finditer(plain, start):
        before = plain[max(0, m.start() - 12) : m.start()].lower()
        prep = next((p for p in _SCOPE_PREP if before.endswith(p)), None)
        if prep:
            out.append((m.start() - len(prep), m.end()))
    if "wide" in plain:
        out += [m.span() for m in _COUNTY_WIDE.finditer(plain, start)]
    return sorted(out)


def states_county_scope(plain: str, start: int) -> bool:
    """Whether ``plain`` from ``start`` sets the county (the force area) as a scope."""
    return bool(county_scopes(plain, start))


# ---- the patterns build_scope reads around a place or a force it marks ----------------

OFFICERS_AFTER = re.compile(r"\s+(?:officers|detectives|police\s+officers)\b")
# "Greater Manchester Police officers working alongside BTP arrested a further four people in
# the streets around it": a second force at the station the paragraph placed; the station's
# town is where (GUIDELINES h9_003)
BESIDE_AFTER = re.compile(
    r"(?:\s+officers)?,?\s+(?:who\s+were\s+|who\s+are\s+)?working\s+(?:alongside|with)\s"
)
AROUND_STATION = re.compile(
    r"\b(?:around|near|outside|close\s+to)\s+(?:the\s+station|it)\b(?!\s+(?:was|is|had|has))"
)
DIVISION_AFTER = re.compile(r"\s+Division\b")
# "a flat near Rugby town centre": a site in the town ("near" alone names no scope)
NEAR_CENTRE = re.compile(r"\s+(?:town|city)\s+centre\b")
WIDE_AFTER = re.compile(r"-wide\b|\s+(?:area|region|county|force\s+area)\b", re.IGNORECASE)
# "Cheshire Police said officers ...", not "... said it had arrested 23 people"
# "Durham Constabulary said", "the Police Service of Northern Ireland (PSNI) said", and the
# force's other-language name set off by dashes: "Gwent Police - Heddlu Gwent - said"
SOURCE_AFTER = re.compile(
    r"(?:\s+[-\u2013\u2014]\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}\s+[-\u2013\u2014](?=\s))?"
    r"\)?,?\s+(?:\([A-Z]{2,}\)\s+)?(?:has\s+)?(?:(?:now|also|later|further)\s+)?(?:said|says)\b:?\s+"
    r"(?!it\b|its\b|they\b|their\b)"  # "The force now says 16 people were arrested"
)
# "an address in the St Ann's area of Nottingham": a district named before its town
PART_OF_BEFORE = re.compile(
    r"\b(?:in|at)\s+the\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\s+area\s+of\s+$"
)
ACCORDING_TO = re.compile(r"according\s+to\s+$")
NATIONS = frozenset({"Scotland", "Northern Ireland"})
# a place that opens its sentence and goes on ("In Luton, ...", "Luton - ", "Luton officers")
OPENER_AFTER = re.compile(r"\s*[,:]|\s*-\s|\s+[a-z0-9\u00a3]|\s+[A-Z][a-z]+[\s:]|'s\s")


def around_wider(plain: str, area: str) -> str:
    """ "Dealers operating in and around Glasgow", "... in and around the city": the town and
    the ground about it, which is the named area that takes in the town (a Police Scotland
    division) when the article names it; else the town."""
    wider = DIVISIONS.get(area)
    return wider if wider is not None and wider in plain else area
