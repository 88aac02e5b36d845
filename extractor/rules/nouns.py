"""The noun phrase after a number: what kind of thing a figure counts (pure).

"46 mobile phones" -> phones, "five deal lines" -> lines, "two 16-year-old boys" -> people,
"three county lines cases" -> nothing counted (the lines name the kind of case).
"""

from __future__ import annotations

import re

from .lexicon import LINES_AS_ADJECTIVE, NOUNS, STOP, TOKEN
from .numberwords import word_value

_AGE_ADJECTIVE = re.compile(r"\s+\d{1,2}-year-old(?=\s)")
# "150 Year 9 pupils", "Years 10 and 11 students", "S3 pupils": a school year group
_YEAR_GROUP = re.compile(
    r"\s+(?:(?:Year|year|Years)\s+\d{1,2}(?:\s*(?:and|or|to|-|/)\s*\d{1,2})?"
    r"|[SP][1-7](?:\s*(?:and|or|to|-|/)\s*[SP]?[1-7])?)(?=\s+(?!months?\b|weeks?\b|days?\b)[a-z])"
)
# "38 and a half years", "27-and-a-half years", "38 and three-quarter years": the part
# belongs to the number
AND_A_HALF = re.compile(
    r"(?:\s+and\s+(?:a\s+)?|-and-a?-?)(half|quarter|three[\s-]quarters?)(?=\s)", re.IGNORECASE
)
_PART = {"h": 0.5, "q": 0.25, "t": 0.75}
_AND_MONTHS = re.compile(r"\s+and\s+(\w+(?:-\w+)?|\d+)\s+months?\b", re.IGNORECASE)


def years_beyond(plain: str, fig_end: int, np_end: int, sent_end: int) -> tuple[int | float, int]:
    """What a jail term adds to its whole years, and where it ends: "and a half" (0.5),
    "and three-quarter" (0.75), "and three months" (0.25); (0, np_end) when nothing."""
    if part := AND_A_HALF.match(plain, fig_end, np_end):
        return _PART[part.group(1)[0].lower()], np_end
    months = _AND_MONTHS.match(plain, np_end, sent_end)  # "52 years and three months"
    count = (word_value(months.group(1)) or 0) if months else 0
    return (count / 12, months.end()) if months and 0 < count < 12 else (0, np_end)


_LINES_NEXT = re.compile(r" lines?\b")
# "4 more arrests" (a post's or a live page's update): the noun after "more", not "more than"
_MORE = re.compile(r"\s+more(?=\s+(?!than\b)[a-z])")


def noun_label(words: list[str]) -> str:
    """A label from a noun phrase's words, lower case, without stop words ("two samurai
    swords" -> "samurai swords", "47 licensed premises" -> "licensed premises")."""
    return " ".join(w.lower() for w in words if w.lower() not in STOP)


_LINE_PAIRS = frozenset(
    (
        "deal lines",
        "deal line",
        "drug lines",
        "drug line",
        "drugs lines",
        "drugs line",
        "phone lines",
        "county lines",
        "county line",
    )
)


def noun_phrase(plain: str, pos: int, ceiling: int) -> tuple[str | None, int, list[str]]:
    """The category of the noun after a number, where it ends, and the words up to it."""
    words: list[str] = []
    age = _AGE_ADJECTIVE.match(plain, pos, ceiling) or AND_A_HALF.match(plain, pos, ceiling)
    if age is None and plain.startswith((" Y", " y", " S", " P"), pos):
        age = _YEAR_GROUP.match(plain, pos)  # "150 Year 9 pupils": the noun after the group
    end = pos = age.end() if age else pos  # "two 16-year-old boys": the noun after the age
    more = None if age else _MORE.match(plain, pos, ceiling)
    end = pos = more.end() if more else pos
    for m in TOKEN.finditer(plain, pos, min(ceiling, pos + 80)):
        tok = m.group()
        low = tok.lower()
        if not tok[0].isalpha():
            break
        if low in STOP and not (low == "and" and words):
            break
        words.append(tok)
        if len(words) >= 2:
            pair = f"{words[-2].lower()} {low}"
            if pair in _LINE_PAIRS:  # "deal lines", "drug line", "county lines"
                nxt = TOKEN.match(plain, m.end() + 1)
                kind = NOUNS.get(nxt.group().lower()) if nxt else None
                if nxt and kind in ("phones", "arrests", "offences"):
                    # "deal line phones", "county lines arrests": the lines name the kind
                    words.append(nxt.group())
                    return kind, nxt.end(), words
                if nxt and nxt.group().lower() in LINES_AS_ADJECTIVE:  # "county lines cases"
                    return None, nxt.end(), [*words, nxt.group()]
                return "lines", m.end(), words
            if pair in ("cannabis plants",):
                return "plants", m.end(), words
            if pair in (
                "knuckle dusters",
                "air rifles",
                "air weapons",
                "stun guns",
                "samurai swords",
                "zombie knives",
                "baseball bats",
            ):
                return ("knives" if pair == "zombie knives" else "weapon_type"), m.end(), words
        category = NOUNS.get(low)
        if category == "outreach" and words[:-1] and NOUNS.get(words[0].lower()) == "people":
            category = "people"
        if category:
            if category == "people" and low in ("vulnerable",):
                # "one vulnerable supported": the adjective used as a noun, unless a noun follows
                nxt = TOKEN.match(plain, m.end() + 1) if m.end() < ceiling else None
                if nxt and NOUNS.get(nxt.group().lower()) in ("people", "outreach"):
                    continue
            # "school pupils", "mobile phones": go on while the next word is a noun of the same kind
            end = m.end()
            lines = _LINES_NEXT.match(plain, end) if category == "phones" else None
            if lines:  # "phone lines used to sell drugs": lines, not handsets
                return "lines", lines.end(), [*words, lines.group().strip()]
            # the word after the noun, read once: a head noun of people, or more of the same kind
            nxt = TOKEN.match(plain, end + 1) if plain[end : end + 1] == " " else None
            if nxt and category != "people" and NOUNS.get(nxt.group().lower()) == "people":
                return "people", nxt.end(), [*words, nxt.group()]  # "line holders": people
            while (
                nxt is not None
                and nxt.end() <= ceiling
                and NOUNS.get(nxt.group().lower()) == category
            ):
                words.append(nxt.group())
                end = nxt.end()
                nxt = TOKEN.match(plain, end + 1) if plain[end : end + 1] == " " else None
            return category, end, words
        if len(words) >= 4:
            break
        end = m.end()
    return None, end, words
