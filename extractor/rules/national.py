"""Phrases that make a figure national: "nationally", "across England and Wales" (pure).

Found by looking only around a few anchor words, since every phrase holds one and a
scan of the whole text with the full pattern costs more.
"""

from __future__ import annotations

import re

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
