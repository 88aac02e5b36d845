"""Cues the entity lists read around a name: who only runs another body, which drugs are
only traded, which drugs a class covers, what is a photo caption, which place is a part of
a town named just before (pure; split from ``entities.py``)."""

from __future__ import annotations

import re

from .gazetteer import Mention
from .textsearch import WordSet

# who runs another body, named for that alone: "jointly run by the NCA and the NPCC"
RUN_BY = re.compile(
    r"\b(?:is|are)\s+(?:run|operated|overseen|funded)\s+(?:jointly\s+)?by\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’()-]*\s+){0,6}?(?:and\s+(?:the\s+)?)?$"
    r"|\bjointly\s+(?:run|operated|overseen|funded)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’()-]*\s+){0,6}?(?:and\s+(?:the\s+)?)?$"
)

# a drug named as what the gangs trade, not what was seized (GUIDELINES, h2_005, h13_013)
TRADED = re.compile(
    r"\b(?:moving|move|moved|sending|send|selling|sell|sold|supplying|supply|peddling|pushing"
    r"|trafficking|dealing(?:\s+in)?|flooding\s+[\w\s]{1,20}?\s+with)\s+"
    r"(?:(?:class\s+[abc]\s+drugs?|crack\s+cocaine|cocaine|heroin|cannabis|ketamine|spice"
    r"|mdma|drugs)\s*(?:,|and|or)\s*)*$"
)


class SeizureCue:
    """``pattern.search(text) is not None`` for a pattern of word branches (each found wherever
    its word is: "seiz\\w*" is "seiz", "found" is "found") and other branches (``rest``): the
    words are looked for with ``in``, where ``re`` tried every branch at every character."""

    __slots__ = ("words", "rest")

    def __init__(self, words: str, rest: str) -> None:
        self.words = WordSet(words.split())
        self.rest = re.compile(rest)

    def found(self, text: str) -> bool:
        return self.words.search(text) or self.rest.search(text) is not None


# a sentence that tells of a seizure, matched on lower-cased text: "£2,000 a day" in the
# sentence is no seizure, "£3,000 of" is
SEIZURE = SeizureCue(
    "seiz found recover confiscat worth value haul uncovered discovered located revealed "
    "yielded carrying taken dismantl",
    r"\u00a3[\d,.]+\s*(?:m|k|million)?\s+of\b|\d\s?(?:kg|g|kilos?|grams?|kilograms?)\b"
    r"|off\s+the\s+streets|\bfinds?\b|turned\s+up|wraps?\s+of",
)
# the same for weapons; "The rest included a sword": the rest of a seizure
WEAPON_SEIZURE = SeizureCue(
    "seiz found recover confiscat surrender taken took uncovered discovered located haul "
    "removed stash cache revealed yielded",
    r"handed\s+in|turned\s+up|off\s+the\s+streets"
    r"|weapons?\b[^.]*incl(?:ud\w+|\b)|items\b[^.]*incl(?:ud\w+|\b)"
    r"|^\s*(?:the\s+rest|the\s+remainder|the\s+others)\s+(?:included|includes|were|was)\b",
)


CLASS_MEMBERS = {
    "class a": {
        "cocaine",
        "crack cocaine",
        "heroin",
        "mdma",
        "ecstasy",
        "lsd",
        "methamphetamine",
        "fentanyl",
        "methadone",
        "psilocybin",
        "nitazenes",
    },
    "class b": {"cannabis", "cannabis resin", "ketamine", "amphetamine", "spice"},
    "class c": {"diazepam", "xanax"},
}


def in_caption(plain: str, at: int) -> bool:
    """Whether ``at`` is in a photo caption: a line opening "Image caption:", "Photo:",
    "[Image: ..." (GUIDELINES, h10 and h13_002: captions are read like headlines)."""
    return _CAPTION.match(plain, plain.rfind("\n", 0, at) + 1) is not None


_CAPTION = re.compile(r"[ \t]*\[?(?:image|photo|picture|video)(?:\s+caption)?\s*[:,]", re.I)


# one dwelling or estate of a town: "a single house in", "one address in", "the X estate in"
_DWELLING_IN = re.compile(
    r"\b(?:house|address|flat|property|home|estate|block)\s+in\s+$|\bthe\s+$", re.IGNORECASE
)


def in_named_town(plain: str, m: Mention, places: list[Mention], before: str) -> bool:
    """Whether a wide-list place is a part of a hand-list town the text names just before:
    one dwelling or estate in it ("In Wigan, ... much of it from a single house in Hindley"),
    or "the Townhill area" of the city. Not a site of its own (GUIDELINES 5: parts of towns)."""
    dwelling = _DWELLING_IN.search(before[-30:])
    if dwelling is None:
        return False
    if dwelling.group().lower().startswith("the"):
        return plain.startswith(" area", m.end)  # "in the Townhill area"
    last = plain.rfind(". ", 0, m.start)  # this sentence and the one before it
    opens = plain.rfind(". ", 0, last) if last > 0 else 0
    return any(
        opens <= k.start < m.start
        and k.entry.level == "town"  # type: ignore[union-attr]
        and not k.entry.weak  # type: ignore[union-attr]
        for k in places
    )


# a national yearly total of all county lines work, told as background (GUIDELINES h18_014)
_PAST_YEAR = re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:year|12\s+months)\b")


def yearly_national_source(plain: str, at: int) -> bool:
    """Whether the sentence naming a national body at ``at`` opens "Nationally," and gives a
    yearly total: the body is only the source of background, no agency of the record."""
    opens = max(plain.rfind(". ", 0, at) + 2, plain.rfind("\n", 0, at) + 1)
    if not plain.startswith("Nationally,", opens):
        return False
    stop = plain.find(".", at)
    return _PAST_YEAR.search(plain, opens, stop if stop > 0 else len(plain)) is not None
