"""Gazetteers: agencies, places, drug and weapon words, loaded once at import (pure lookups).

The data lives in ``data/`` as plain files so analysts can extend it without
touching code. Each vocabulary is compiled into one trie-shaped regex: Python's
``re`` tries alternatives one by one, so a flat ``a|b|c`` of 600 names would be
tried at every character; a trie fails after the first letter instead, which
keeps the backend above a thousand articles a second.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from ..grounding import FOLD
from .compiled import precompiled
from .textsearch import WordSet

_FOLD_PAIRS = [(chr(k), v) for k, v in FOLD.items()]


def fold(text: str) -> str:
    """Curly quotes, dashes and no-break spaces made plain, one character for one.

    A chain of ``str.replace`` runs at C speed; ``str.translate`` with a dict
    looks every character up in Python and costs more than all the rest.
    """
    if text.isascii():
        return text
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping any character whose lower case is longer as it is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    kind: str  # force | rocu | national
    area: str | None
    region: str | None


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical name
    level: str  # region | county | town | road
    county: str | None
    region: str | None
    # from the wide GeoNames list (gb_towns.tsv), not the hand list: a place only where the
    # words around it say so ("in Wickford", "Grays: 4 arrests"); ``common`` names are also
    # English words ("Deal", "Sale") and never open a sentence as a place
    weak: bool = False
    common: bool = False


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


# a cell that starts or ends with a space, or any whitespace but tab, newline and space
_PADDED = re.compile(r"(?m)(?:^|\t) | (?:\t|$)|[^\S\t\n ]")


def _tsv(name: str) -> list[list[str]]:
    return tsv_rows(_read(name))


def tsv_rows(text: str) -> list[list[str]]:
    """Rows of stripped cells, blank and ``#`` lines left out. A file whose cells need no
    stripping and whose only line break is ``\n`` (all of ours) is split at C speed."""
    if _PADDED.search(text) is None:
        return [
            line.split("\t")
            for line in text.split("\n")
            if line.strip() and not line.startswith("#")
        ]
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def trie_regex(phrases: Iterable[str]) -> str:
    """A regex source matching any of ``phrases`` (longest first), built as a trie.

    A space in a phrase matches any run of whitespace; an apostrophe matches an
    optional apostrophe, so "Chiefs' Council" also finds "Chiefs Council".
    """
    return _emit(_trie(phrases))


def trie_branches(phrases: Iterable[str]) -> list[str]:
    """The branches of ``trie_regex(phrases)``, one per first character, each opening with
    that character: ``a|b|c`` of them matches what the trie matches (no phrase may be empty
    or open with a space or an apostrophe).

    Put as the alternatives of a pattern's outermost ``|`` (with the other alternatives
    opening with a literal too), they let ``re`` skip at C speed to the characters a match
    can start with; a trie inside a group is tried at every character.
    """
    root = _trie(phrases)
    if "" in root or " " in root or "'" in root:
        raise ValueError("a phrase is empty or opens with a space or an apostrophe")
    return [re.escape(ch) + _emit(root[ch]) for ch in sorted(root)]


def _trie(phrases: Iterable[str]) -> dict:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = True
    return trie


def _emit(node: dict) -> str:
    end = node.get("") is True
    branches = []
    for ch in sorted(k for k in node if k):
        if ch == " ":
            head = r"\s+"
        elif ch == "'":
            head = "'?"
        else:
            head = re.escape(ch)
        branches.append(head + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


# hashable and never mutated; not frozen, whose __init__ pays an object.__setattr__ per field
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A vocabulary hit: ``kind`` is agency, place, drug or weapon; ``entry`` what it stands for."""

    start: int
    end: int
    kind: str
    entry: Agency | Place | str
    surface: str


def _key(name: str) -> str:
    """Lookup key for case-insensitive names: lower case, apostrophes dropped, spaces folded."""
    return " ".join(fold(name).lower().replace("'", "").split())


def _plurals(word: str) -> list[str]:
    if word.endswith("s"):
        return [word]
    if word.endswith("knife"):
        return [word, word[:-2] + "ves"]  # "flick knives"
    return [word, word + "s", word + "es"]


_MOTORWAYS = (
    "M1 M2 M3 M4 M5 M6 M8 M9 M11 M18 M20 M23 M25 M26 M27 M32 M40 M42 M45 M48 M49 M50 M53 M54 "
    "M55 M56 M57 M58 M60 M61 M62 M65 M66 M67 M69 M73 M74 M77 M80 M90 M180 M181 M271 M602 M606 "
    "M621 A1(M) A3(M) A194(M) A627(M)"
).split()
# trunk A-roads: a site only where a vehicle was stopped on one (placenames._weak_place_ok)
A_ROADS = frozenset(
    (
        "A1 A2 A3 A4 A5 A6 A9 A11 A12 A13 A14 A15 A17 A19 A20 A21 A23 A24 A27 A30 A31 A34 A35 "
        "A36 A38 A39 A40 A41 A42 A43 A45 A46 A47 A49 A50 A52 A55 A57 A58 A59 A61 A62 A63 A64 A65 "
        "A66 A69 A74 A75 A76 A77 A82 A90 A92 A96 A120 A127 A130 A134 A140 A143 A168 A174 A180 "
        "A249 A259 A303 A338 A350 A361 A380 A406 A419 A420 A449 A453 A456 A465 A470 A477 A483 "
        "A487 A494 A500 A516 A556 A580 A590 A595 A628 A635 A638 A650 A690 A696 A1033 A1079"
    ).split()
)


def _spellings(name: str) -> list[str]:
    """ "Saint Peters" is also written "St Peters" and "St. Peters"."""
    forms = [name]
    if name.startswith("Saint "):
        forms += ["St " + name[6:], "St. " + name[6:]]
    elif name.startswith("St "):
        forms += ["Saint " + name[3:], "St. " + name[3:]]
    return forms


# (ROCU area, the force areas it covers), from agencies.json: "across Gwent, South Wales and
# Dyfed-Powys" is Tarian's region, "Southern Wales"
ROCU_COVERS: list[tuple[str, frozenset[str]]] = []


def _load() -> tuple[
    dict[str, tuple[str, object]],
    re.Pattern[str],
    dict[str, tuple[str, object]],
    re.Pattern[str],
    tuple[re.Pattern[str], tuple[str, ...]],
    dict[str, Place],
]:
    lower: dict[str, tuple[str, object]] = {}  # matched on lower-cased text
    cased: dict[str, tuple[str, object]] = {}  # matched as written
    lower_phrases: set[str] = set()
    cased_phrases: set[str] = set()

    for row in json.loads(_read("agencies.json"))["agencies"]:
        agency = Agency(row["name"], row["kind"], row["area"], row["region"])
        if row.get("covers"):
            ROCU_COVERS.append((row["area"], frozenset(row["covers"])))
        for alias in [row["name"], *row["aliases"]]:
            lower[_key(alias)] = ("agency", agency)
            lower_phrases.add(fold(alias).lower())
        for acronym in row["acronyms"]:
            cased[acronym] = ("agency", agency)
            cased_phrases.add(acronym)

    vocab = json.loads(_read("vocab.json"))
    for kind in ("drug", "weapon"):
        for word, canonical in vocab[kind + "s"].items():
            for form in _plurals(word):
                lower.setdefault(_key(form), (kind, canonical))
                lower_phrases.add(form)

    places: dict[str, Place] = {}
    for row in _tsv("regions.tsv"):
        place = Place(row[0], "region", None, row[0])
        for alias in [row[0], *(a for a in (row[1] if len(row) > 1 else "").split("|") if a)]:
            places[alias] = place
    for row in _tsv("counties.tsv"):
        place = Place(row[0], "county", row[0], row[1])
        for alias in [row[0], *(a for a in (row[2] if len(row) > 2 else "").split("|") if a)]:
            places.setdefault(alias, place)
    for row in _tsv("divisions.tsv"):  # "officers in Fife": a named area inside its force area
        division = Place(row[0], "county", row[0], row[1])
        for alias in [row[0], *(a for a in (row[3] if len(row) > 3 else "").split("|") if a)]:
            places.setdefault(alias, division)
    for row in _tsv("towns.tsv"):
        county = places.get(row[1])
        places.setdefault(row[0], Place(row[0], "town", row[1], county.region if county else None))
    for row in _tsv("gb_towns.tsv"):
        name, county_name = row[0], row[1]
        common = len(row) > 4 and row[4] == "common"
        county = places.get(county_name)
        town = Place(name, "town", county_name, county.region if county else None, True, common)
        for form in _spellings(name):
            places.setdefault(form, town)
    for road in (*_MOTORWAYS, *sorted(A_ROADS)):  # "on the M62": a site of the activity
        places.setdefault(road, Place(road, "road", None, None, True))
    for alias, place in places.items():
        cased[alias] = ("place", place)
        cased_phrases.add(alias)

    # no leading \b: a pattern that starts with literals lets re skip ahead by first letter;
    # the left boundary is checked in scan()
    # built once ahead of time (compiled.py): ~0.25 s of start-up otherwise
    # the lower-case one takes the character before a phrase, "[^a-z]" (scan() adds a space
    # before the text): re skips to non-letters, where "(?<![a-z])" tried the trie at every
    # character; a match hides no next one, which opens on a letter or digit (the tests)
    lower_re = precompiled(
        "lower_after_gap",
        lower_phrases,
        lambda: r"[^a-z](?:" + trie_regex(lower_phrases) + r")(?![\w-])",
    )
    # "north east": cased phrases in lower case, apart (searched in a text holding their first
    # word), so the big pattern's first letters lose "e", "n", "s" (re stopped at every fourth
    # character); apart, each finds what it found (tests/test_rules_gazetteer.py)
    in_lower = {phrase for phrase in cased_phrases if not phrase[:1].isupper()}
    upper = cased_phrases - in_lower
    # "a Scotland-wide push": the place, as "across Scotland"; any other hyphen joins a longer word
    cased_re = precompiled(
        "cased_upper", upper, lambda: "(?:" + trie_regex(upper) + r")(?!\w|-(?!wide\b))"
    )
    cased_lower = (
        re.compile("(?:" + trie_regex(in_lower) + r")(?![\w-])"),
        tuple(sorted({phrase.split()[0] for phrase in in_lower})),
    )
    return lower, lower_re, cased, cased_re, cased_lower, places


LOWER_LOOKUP, LOWER_RE, CASED_LOOKUP, CASED_RE, CASED_LOWER, PLACES = _load()
# the first words of CASED_LOWER's phrases but those holding another ("southern": "south"):
# a text holds one of the words exactly when it holds one of these
_CASED_LOWER_GATES = WordSet(
    w for w in CASED_LOWER[1] if not any(v != w and v in w for v in CASED_LOWER[1])
)
REGIONS = frozenset(p.name for p in PLACES.values() if p.level == "region")
REGION_ALIASES = {  # longest first: "Yorkshire and Humberside" before "Yorkshire and Humber"
    name: sorted((a for a, p in PLACES.items() if p.name == name and a != name), key=len)[::-1]
    for name in REGIONS
}


_A_ROAD = re.compile(r"A(?<![\w-]A)[1-9]\d{0,3}(?![\w-])")  # "A" first: re skips to each "A"
# "stopped a car on the A38", "after stopping a van on the", "a stop on the", "pulled over"
STOPPED_ON = re.compile(
    r"\b(?:stop(?:ped|ping)?|pulled\s+over)\b[^.\n]{0,45}\b(?:on|along)\s+the\s+$", re.IGNORECASE
)

# the rest of a sentence that opens "On the A38 ...": a stop in its first clause
STOPPED_AFTER = re.compile(r"[^.\n]{0,50}?\b(?:stop(?:ped|ping)?|pulled\s+over)\b", re.IGNORECASE)


def scan(plain: str, low: str | None = None) -> list[Mention]:
    """Every agency, place, drug and weapon mention in folded text, in text order.

    Places inside an agency's name ("Hampshire" in "Hampshire Constabulary") are
    not reported as places of their own. ``low``: ``lower_same_length(plain)``, if known.
    """
    found: list[Mention] = []
    if low is None:
        low = lower_same_length(plain)
    # LOWER_RE's match opens on the character before the phrase: in " " + low, its offset in low
    passes = [(LOWER_RE, low, LOWER_LOOKUP, True), (CASED_RE, plain, CASED_LOOKUP, False)]
    if _CASED_LOWER_GATES.search(plain):
        passes.append((CASED_LOWER[0], plain, CASED_LOOKUP, False))
    for pattern, text, lookup, keyed in passes:
        for m in pattern.finditer(" " + text if keyed else text):
            start = m.start()
            end = m.end() - 1 if keyed else m.end()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            surface = plain[start:end]
            hit = lookup.get(
                " ".join(text[start:end].replace("'", "").split())
                if keyed
                else " ".join(m.group().split())
            )
            if hit is not None:
                found.append(Mention(start, end, hit[0], hit[1], surface))  # type: ignore[arg-type]
    if "stop" in plain or "pulled over" in plain:  # A-roads are too many to list; one is a site
        for m in _A_ROAD.finditer(plain):  # where a car was stopped, not a route gangs use
            # gate: STOPPED_ON's match ends "the" and whitespace (letters with no non-ASCII
            # case twin), so the last three other characters before the road read "the"
            tail = plain[max(0, m.start() - 12) : m.start()].rstrip()
            if len(tail) >= 3 and tail[-3:].lower() != "the":
                continue
            if not STOPPED_ON.search(plain, max(0, m.start() - 60), m.start()):
                continue
            road = Place(m.group(), "road", None, None, True)
            found.append(Mention(m.start(), m.end(), "place", road, m.group()))
    found.sort(key=lambda x: (x.start, -x.end))
    out: list[Mention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue  # inside the previous, longer mention
        out.append(mention)
    return out


def _divisions() -> dict[str, str]:
    """Town -> the named area inside its force area that it belongs to (``divisions.tsv``)."""
    return {town: row[0] for row in _tsv("divisions.tsv") for town in row[2].split("|")}


DIVISIONS = _divisions()
DIVISION_AREAS = frozenset(row[0] for row in _tsv("divisions.tsv"))  # every named division
# "Pembrokeshire", "Neath Port Talbot": council areas the town list holds, "the county" of a story
COUNCIL_AREAS = frozenset(row[0] for row in _tsv("towns.tsv") if row[2:3] == ["council"])
# "Canning Town" -> "Newham": the London borough of a district the wide town list holds
BOROUGH_OF = {district: row[0] for row in _tsv("boroughs.tsv") for district in row[1].split("|")}
# "Arbroath" -> "Angus": the council area a town lies in, where ``towns.tsv`` lists its towns
COUNCIL_TOWNS = {
    town: row[0]
    for row in _tsv("towns.tsv")
    if row[2:3] == ["council"] and len(row) > 3
    for town in row[3].split("|")
}


def region_of(area: str) -> str | None:
    """The police region an area (region, county, town or force area) lies in."""
    place = PLACES.get(area)
    return place.region if place else None


def canonical_drug(word: str) -> str | None:
    """'Crack' -> 'crack cocaine', 'heroin' -> 'heroin'; plural forms accepted."""
    hit = LOWER_LOOKUP.get(_key(word))
    return hit[1] if hit and hit[0] == "drug" else None  # type: ignore[return-value]
