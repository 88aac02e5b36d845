"""Word patterns that more than one stage reads: where a place is only a site, the end of a
list of sites, the members of a partnership (pure)."""

from __future__ import annotations

import re

# "stopped near junction 36 for Goole": a town that names where a road stop was, not the scope
SITE_BEFORE = re.compile(
    r"\b(?:junction\s+\d+[a-z]?\s+(?:for|of|at)|near|towards|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "stopped on the M5 near Taunton", "a car stopped on the A12 at Kessingland": a town that
# names where a road stop was; its figures take the stopping body's area (holdout 2 roads rule)
ROAD_STOP_BEFORE = re.compile(
    r"\b(?:[AM]\d{1,4}(?:\(M\))?|motorway|dual\s+carriageway)\s+(?:near|at|outside|close\s+to|"
    r"just\s+outside)\s+$"
)
# "Manchester Piccadilly", "Bristol Temple Meads": the words of a city's station after its name
STATION_NAME = (
    r"(?:\s+(?:station|Central|Piccadilly|Waverley|Parkway|Euston|King['’]s\s+Cross|St\s+Pancras"
    r"|Paddington|Waterloo|Marylebone"
    r"|(?:New|Queen|Lime|Temple|Snow)\s+[A-Z]\w+))"
)
MEMBERS_BEFORE = re.compile(
    r"\b(?:brings?\s+together|made\s+up\s+of|comprises?|members\s+(?:are|include))\b[^.;]*$"
)
# "on the coast and in York": the last of a list of sites, no single town for the release
LIST_END = re.compile(r"(?:,|\band|&)\s+(?:in|at)\s+$")
# "the Met worked with Kent Police and Sussex Police, whose officers arrested nine": a partner
# force that is the subject of its own clause (after the force, or the pair it opens)
WHOSE_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?\s*,\s+whose\b"
    # "..., with Merseyside Police alone closing 31 lines": the subject of its own share
    r"|(?:\s+alone)?\s+(?:making|closing|arresting|seizing|executing|safeguarding|accounting"
    r"|recording|reporting)\b"
)
