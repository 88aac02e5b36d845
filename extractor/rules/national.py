"""Phrases that make a figure national: "nationally", "across England and Wales" (pure).

Found by looking only around a few anchor words, since every phrase holds one and a
scan of the whole text with the full pattern costs more. Also whether the lead is a
national total ("Nearly 1,300 people were arrested across England and Wales"), which
frames every later unplaced figure as national (``framing.py`` asks).
"""

from __future__ import annotations

import re

from .areas import DATE_LINE, agency_area
from .dates import first_figure_digit
from .gazetteer import Mention

_NATIONAL = re.compile(
    r"\b(?:nationally|nation-?wide|countrywide|country-wide|UK-wide"
    r"|across\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|nation|whole\s+country|England\s+and\s+"
    r"Wales|England,\s+Scotland\s+and\s+Wales|England,\s+Wales\s+and\s+Scotland|(?:Great\s+)?"
    r"Britain|GB|four\s+nations|all\s+(?:\d+\s+)?(?:police\s+)?forces|(?:the\s+)?(?:national\s+|"
    r"UK\s+|GB\s+)?rail(?:way)?\s+network)"
    r"|(?:in|throughout)\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|England\s+and\s+Wales)"
    r"|around\s+the\s+country|national\s+(?:total|figures?|results?|tally))\b",
)

# every national phrase contains one of these: look only around them (a full scan costs more)
_NATIONAL_ANCHORS = (
    "nation",
    "country",
    "UK",
    "United Kingdom",
    "England",
    "Britain",
    "forces",
    "GB",
    "network",
)


def national_phrases(plain: str) -> list[re.Match[str]]:
    found: dict[int, re.Match[str]] = {}
    for anchor in _NATIONAL_ANCHORS:
        i = plain.find(anchor)
        while i >= 0:
            for m in _NATIONAL.finditer(plain, max(0, i - 40), i + len(anchor) + 30):
                found.setdefault(m.start(), m)
            i = plain.find(anchor, i + len(anchor))
    return [found[k] for k in sorted(found)]


_STRONG_NATIONAL = re.compile(
    r"\b(?:across|throughout|in)\s+(?:the\s+)?(?:England\s+and\s+Wales|UK|United\s+Kingdom"
    r"|country)\b|\bnationally\b|\bnationwide\b(?!\s+[a-z])"
)
# "arrested during a week-long national crackdown" (lower case: not the NCA): national only
# when the sentence names no place ("As part of a national crackdown, 52 ... across Hampshire")
_NATIONAL_EVENT = re.compile(
    r"\bnational\s+(?:county\s+lines\s+)?(?:crackdown|week|operation|intensification"
    r"|campaign|blitz)\b"
)
# one of which every _STRONG_NATIONAL match holds (case-sensitive, like the pattern): checked
# first; every _NATIONAL_EVENT match holds "national"
_NATIONAL_WORDS = ("England", "UK", "United", "country", "nation")


def national_lead(plain: str, mentions: list[Mention], headline: int = 0) -> bool:
    """ "Nearly 1,300 people were arrested across England and Wales during ...": the lead's
    first figure is a national total, so unplaced figures after it are national too.

    ``headline``: where the headline ends; a headline with no figure is no turn, so the
    body's second sentence with a figure is never read as its lead.
    """
    date_line = DATE_LINE.match(plain)
    pos = date_line.end() if date_line else 0
    for turn in range(2):  # the title, then the lead
        # the first figure, past the dates of a byline or of "ran from Monday 9 November"
        digit = first_figure_digit(plain, pos, pos + 1200)
        if digit is None:
            return False
        if turn == 0 and pos < headline <= digit.start():
            pos = headline  # no figure in the title: this is the lead, and the last turn
            continue
        a = max(plain.rfind(".", pos, digit.start()), plain.rfind("\n", pos, digit.start())) + 1
        a = max(a, pos)
        if a > pos and _opens_on_place(plain, mentions, pos, a):
            return False  # "Police in Newry have arrested eight people. ... across the country 47"
        ends = [
            e for e in (plain.find(".", digit.start()), plain.find("\n", digit.start())) if e >= 0
        ]
        b = min(ends) if ends else len(plain)
        pos = b + 1
        sentence = plain[a:b]
        if not (any(w in sentence for w in _NATIONAL_WORDS) and _STRONG_NATIONAL.search(sentence)):
            if (
                "national" in sentence
                and _NATIONAL_EVENT.search(sentence)
                and not any(
                    a <= m.start < b and (m.kind == "place" or agency_area(m.entry) is not None)
                    for m in mentions
                )
            ):
                return True
            if turn == 0 and headline <= a:
                return False  # no headline before it: the lead's own first figure is local
            continue
        if _opens_on_place(plain, mentions, a, b):
            return False  # a force or place opening the sentence makes it its own
        return not re.match(r"\s*(?:In|Across)\s+[A-Z]", sentence)
    return False


def _opens_on_place(plain: str, mentions: list[Mention], a: int, b: int) -> bool:
    """Whether the first sentence of ``plain[a:b]`` opens on a place or a force ("Police in
    Newry have arrested eight people"): a lead whose figure is written in words."""
    while a < b and plain[a].isspace():
        a += 1
    ends = [e for e in (plain.find(".", a, b), plain.find("\n", a, b)) if e >= 0]
    end = min(ends) if ends else b
    for mention in mentions:
        if mention.start >= end:
            break
        if a <= mention.start <= a + 12 and (
            mention.kind == "place" or agency_area(mention.entry) is not None
        ):
            return True
    return False
