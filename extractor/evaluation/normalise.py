"""How two spellings of the same thing are made comparable before scoring (pure).

SCHEMA.md scores areas and list items "after normalisation"; this module is that
normalisation, in one place, so the rules can be read, tested and documented:

- every text: typographic quotes and dashes made plain, ``&`` read as "and",
  lower case, punctuation dropped (an apostrophe joins: "Chiefs'" -> "chiefs"),
  whitespace folded, a leading "the" dropped;
- areas (and ``locations``): trailing "region", "area", "police",
  "constabulary", "force" dropped, so "the Eastern Region", "Eastern region"
  and "eastern" agree and a force name stands for its area; then the alias
  table: UK-wide words -> ``national``, county abbreviations -> the county;
- list items: every word singular ("knives" -> "knife"); per field, the words
  that only restate the field are dropped ("Operation Serpent" -> "serpent",
  "class A drugs" -> "class a"); a force's "Police" / "Constabulary" /
  "Police Force" / "Police Service" suffix is one canonical "police", and "Police
  Service of X" / "Police X" are "X Police" ("Police Scotland" = "Police Service of
  Scotland"; "Met Police" = "Metropolitan Police Service");
- acronyms: an all-capitals item equals a full name when the article defines it
  ("East Midlands Special Operations Unit (EMSOU)"), when the known-acronym table
  gives it (NCA, NCLCC, ...) or when it is the initials of the name's words
  ("of", "and", "the", "for" skipped).

An agency acronym is never an *area*: "ERSOU" does not normalise to "Eastern".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..grounding import normalise as normalise_typography

# -- words and aliases -------------------------------------------------------------------

AREA_SUFFIXES = frozenset({"region", "area", "police", "constabulary", "force"})
NATIONAL = "national"

#: normalised area -> canonical area. Keys and values are already normalised.
AREA_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        [
            "uk",
            "united kingdom",
            "nationally",
            "nationwide",
            "national",
            "england and wales",
            "across england and wales",
            "across uk",
            "across country",
            "country",
            "countrywide",
            "great britain",
            "britain",
            "uk wide",
            "nation",
        ],
        NATIONAL,
    ),
    "herts": "hertfordshire",
    "northants": "northamptonshire",
    "beds": "bedfordshire",
    "cambs": "cambridgeshire",
    "leics": "leicestershire",
    "hants": "hampshire",
    "hampshire and isle of wight": "hampshire",
    "notts": "nottinghamshire",
    "lincs": "lincolnshire",
    "bucks": "buckinghamshire",
    "oxon": "oxfordshire",
    "glos": "gloucestershire",
    "wilts": "wiltshire",
    "worcs": "worcestershire",
    "derbys": "derbyshire",
    "staffs": "staffordshire",
    "east of england": "eastern",
    "east": "eastern",
    "metropolitan": "london",
    "met": "london",
    "greater london": "london",
}

#: acronyms used without their full name in the genre -> the full name (normalised later)
KNOWN_ACRONYMS: dict[str, str] = {
    "NCA": "National Crime Agency",
    "NCLCC": "National County Lines Coordination Centre",
    "NPCC": "National Police Chiefs' Council",
    "BTP": "British Transport Police",
    "EMSOU": "East Midlands Special Operations Unit",
    "ERSOU": "Eastern Region Special Operations Unit",
    "SEROCU": "South East Regional Organised Crime Unit",
    "ROCU": "Regional Organised Crime Unit",
    "HMRC": "HM Revenue and Customs",
    "MET": "Metropolitan Police",
    "PSNI": "Police Service of Northern Ireland",
}

#: words that only restate which list the item is in, dropped per field
FIELD_NOISE: dict[str, frozenset[str]] = {
    "operation_names": frozenset({"operation", "op"}),
    "drugs": frozenset({"drug"}),
    "weapons": frozenset({"weapon"}),
}

AGENCY_SUFFIXES = (("police", "force"), ("police", "service"), ("constabulary",), ("police",))
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "&"})
_NON_WORD = re.compile(r"[^\w\s]")
_APOSTROPHES = re.compile(r"(?<=\w)['’](?=\w|\s|$)")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")
_DEFINED = re.compile(
    r"((?:[A-Z][\w’'\-]*\s+(?:(?:of|and|for|the|&)\s+)*){1,10})\(([A-Z][A-Za-z]{1,9})\)"
)
_SURNAME_NOISE = frozenset({"qpm", "obe", "mbe", "cbe", "kpm", "jr", "jnr", "sr", "snr"})


# -- text --------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """Typography, case, punctuation, whitespace and a leading "the"."""
    t = normalise_typography(text).replace("&", " and ")
    t = _APOSTROPHES.sub("", t).lower()
    t = _NON_WORD.sub(" ", t).replace("_", " ")
    t = " ".join(t.split())
    if t.startswith("the "):
        t = t[4:]
    return t


def singular(word: str) -> str:
    """A crude English singular, good for the genre's nouns ("knives", "machetes", "lines").

    It need not be right, only the same for both sides of a comparison; it leaves
    short words and Latin-looking endings alone ("cannabis", "class", "bus").
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ives"):
        return word[:-4] + "ife"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is", "os", "as")):
        return word
    if word.endswith("s"):
        return word[:-1]
    return word


# -- areas -------------------------------------------------------------------------------


def normalise_area(area: str) -> str:
    """An area as statistics are compared on it (SCHEMA.md "How records are scored")."""
    words = normalise_text(area).split()
    while len(words) > 1 and words[-1] in AREA_SUFFIXES:
        words.pop()
    key = " ".join(words)
    return AREA_ALIASES.get(key, key)


# -- acronyms ----------------------------------------------------------------------------


def initials(name: str) -> str:
    """Upper-case initials of a name's words, minor words skipped; hyphenated words count once."""
    words = normalise_typography(name).replace("’", "'").split()
    return "".join(w[0].upper() for w in words if w.lower() not in _MINOR_WORDS and w[0].isalpha())


@lru_cache(maxsize=64)
def defined_acronyms(article: str) -> dict[str, str]:
    """Acronyms the article defines, "Full Name (ACR)", checked against the name's initials.

    The name is the shortest run of capitalised words before the bracket whose
    initials spell the acronym, so "led by the Eastern Region Special Operations
    Unit (ERSOU)" gives ERSOU -> "Eastern Region Special Operations Unit".
    """
    found: dict[str, str] = {}
    for m in _DEFINED.finditer(normalise_typography(article)):
        words = m.group(1).split()
        acronym = m.group(2).upper()
        if m.group(2).endswith("s") and len(acronym) > 2:  # "(ROCUs)": a plural
            acronym = acronym[:-1]
        for k in range(1, len(words) + 1):
            candidate = " ".join(words[-k:])
            if candidate.split()[0].lower() in _MINOR_WORDS:
                continue
            if initials(candidate) == acronym:
                found.setdefault(acronym, candidate)
                break
    return found


def is_acronym(item: str) -> bool:
    return bool(_ACRONYM.match(normalise_typography(item).strip().replace(".", "")))


def acronym_of(short: str, name: str) -> bool:
    """True when ``short`` is an acronym spelt by the initials of ``name``."""
    if not is_acronym(short) or is_acronym(name):
        return False
    return initials(name) == short.replace(".", "").upper()


# -- list items --------------------------------------------------------------------------


def _agency_key(words: list[str]) -> list[str]:
    # "Police Service of Scotland" / "Police Scotland" -> "scotland police"
    if words[:3] == ["police", "service", "of"] and len(words) > 3:
        words = [*words[3:], "police"]
    elif words[:2] == ["police", "service"] and len(words) > 2:
        words = [*words[2:], "police"]
    elif words[:1] == ["police"] and len(words) > 1 and words[1] not in _MINOR_WORDS:
        words = [*words[1:], "police"]
    if words[:2] == ["met", "police"]:
        words = ["metropolitan", *words[1:]]
    for suffix in AGENCY_SUFFIXES:
        n = len(suffix)
        if len(words) > n and tuple(words[-n:]) == suffix:
            return [*words[:-n], "police"]
    return words


def normalise_item(field: str, item: str, article: str = "") -> str:
    """The key a list item is compared on in ``field`` (see the module docstring)."""
    if field in ("agencies", "operation_names"):
        full = expand_acronym(item, article)
        if full is not None:
            item = full
    if field == "locations":
        return normalise_area(item)
    words = [singular(w) for w in normalise_text(item).split()]
    noise = FIELD_NOISE.get(field, frozenset())
    kept = [w for w in words if w not in noise]
    words = kept or words
    if field == "agencies":
        words = _agency_key(words)
    return " ".join(words)


def expand_acronym(item: str, article: str = "") -> str | None:
    """The full name an all-capitals item stands for: the article's definition, else the table."""
    if not is_acronym(item):
        return None
    key = normalise_typography(item).strip().replace(".", "").upper()
    if article:
        found = defined_acronyms(article).get(key)
        if found:
            return found
    return KNOWN_ACRONYMS.get(key)


def same_item(field: str, a: str, b: str, article: str = "") -> bool:
    """Two list items name the same thing: equal keys, or one is the other's initials."""
    if normalise_item(field, a, article) == normalise_item(field, b, article):
        return True
    return field == "agencies" and (acronym_of(a, b) or acronym_of(b, a))


# -- quotes ------------------------------------------------------------------------------


def surname(speaker: str) -> str:
    """The last name of a speaker, titles before it and honours after it ignored."""
    words = [w for w in normalise_text(speaker).split() if w not in _SURNAME_NOISE]
    return words[-1] if words else ""


def quote_tokens(text: str) -> list[str]:
    return normalise_text(text).split()


def common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest run of consecutive tokens the two lists share."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


OVERLAP_RUN = 5


def texts_overlap(a: str, b: str) -> bool:
    """Quote texts overlap when, after :func:`normalise_text`, they share a run of at least
    five consecutive words, or the shorter one (under five words) lies inside the other."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    if not ta or not tb:
        return False
    shorter = min(len(ta), len(tb))
    need = min(OVERLAP_RUN, shorter)
    return common_run(ta, tb) >= need
