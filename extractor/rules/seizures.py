"""Drugs and weapons the article reports seized (pure).

A drug or weapon word counts only where its sentence tells of a seizure (``entitycues``), or
the line opening its bulleted list does: "knife crime", "drug dealing", "sold as crack" or
"charged with possession of a knife" add nothing. A class ("cannabis") is listed only when
no drug of that class is named. The pipeline asks ``drugs_and_weapons`` once an article.
"""

from __future__ import annotations

import re

from .entitycues import CLASS_MEMBERS, SEIZURE, TRADED, WEAPON_SEIZURE, SeizureCue
from .gazetteer import Mention
from .listitems import list_header
from .segments import Sentence

_STYLE_BEFORE = re.compile(r"\b([a-z]+)-style\s+$")  # matched on lower-cased text
_SOLD_AS = re.compile(r"\b(?:sold|sell|selling|passed\s+off)\s+as\b[^.;]{0,30}$")
_CHARGE_BEFORE = re.compile(
    r"\b(?:possess\w*(?:\s+of)?|armed\s+with|carry\w*|brandish\w*|threaten\w*\s+\w+\s+with)"
    r"\s+(?:an?\s+|offensive\s+weapons?\s+(?:such\s+as\s+)?)?$"
)  # matched on lower-cased text


# "knife crime", "knife amnesty bins": the weapon word names something else
_WEAPON_AS_ADJECTIVE = re.compile(
    r"[\s-]+(?:crimes?|attacks?|violence|amnesty|arch|bins?|point|enabled|related"
    r"|offences?|licen[cs]e)\b"
)


def drugs_and_weapons(
    low: str, sentences: list[Sentence], mentions: list[Mention]
) -> tuple[list[str], list[str]]:
    """Drug and weapon types the article reports seized (lower case, singular).

    ``low`` is the article lower-cased.
    """
    drugs: list[str] = []
    weapons: list[str] = []
    si = 0
    seizure: dict[int, bool] = {}  # sentence start -> whether it tells of a seizure
    weapon_seizure: dict[int, bool] = {}
    for m in mentions:
        if m.kind not in ("drug", "weapon"):
            continue
        while si < len(sentences) and sentences[si].end <= m.start:
            si += 1
        if si >= len(sentences):
            break
        sent = sentences[si]
        name: str = m.entry  # type: ignore[assignment]
        if m.kind == "drug":
            a = max(sent.start, m.start - 40)
            if " as " in low[a : m.start] and _SOLD_AS.search(low, a, m.start):
                continue  # "would have been cut and sold as crack": what it would become
            if TRADED.search(low, max(sent.start, m.start - 70), m.start):
                continue  # "lines moving crack cocaine and heroin into ...": what is dealt
            if name not in drugs and _told(seizure, SEIZURE, low, sent):
                drugs.append(name)
        elif name not in weapons and _told(weapon_seizure, WEAPON_SEIZURE, low, sent):
            if _WEAPON_AS_ADJECTIVE.match(low[m.end : m.end + 12]):
                continue  # "knife crime", "knife amnesty bins"
            if _CHARGE_BEFORE.search(low, max(0, m.start - 40), m.start):
                continue  # "charged with possession of a knife": a charge, not a seizure
            if low.endswith("the ", 0, m.start) and any(w.endswith(f" {name}") for w in weapons):
                continue  # "A sawn-off shotgun ... The shotgun was found": the same gun
            style = _STYLE_BEFORE.search(low, max(0, m.start - 24), m.start)
            styled = f"{style.group(1)}-style {name}" if style else name  # "samurai-style sword"
            if styled not in weapons and not any(w.endswith(f"-style {name}") for w in weapons):
                weapons.append(styled)
    # a class is listed only when the article names no drug of that class
    for cls, members in CLASS_MEMBERS.items():
        if cls in drugs and any(d in members for d in drugs):
            drugs.remove(cls)
    return drugs, weapons


def _told(known: dict[int, bool], cue: SeizureCue, low: str, sent: Sentence) -> bool:
    """Whether ``cue`` is found in ``sent`` (of ``low``), ``known`` by its start after once.

    A bulleted item ("- two machetes") is told by the line that opens its list too
    ("Among the weapons recovered were:"): the item is the rest of that sentence."""
    if (found := known.get(sent.start)) is None:
        found = cue.found(low[sent.start : sent.end])
        if not found and (lead := _list_lead(low, sent.start)) is not None:
            found = cue.found(low[lead[0] : lead[1]])
        known[sent.start] = found
    return found


_BULLETS = ("- ", "* ", "\u2022", "\u2013 ")


def _list_lead(low: str, start: int) -> tuple[int, int] | None:
    """The span of the line ending in ":" that opens the bulleted list holding ``start``, if
    ``start`` is on a bullet line and only bullet (or blank) lines lie between them."""
    line = low.rfind("\n", 0, start) + 1
    if not low.startswith(_BULLETS, line) and not low[line:start].lstrip().startswith(_BULLETS):
        return None
    return list_header(low, line, _bulleted)


def _bulleted(line: str) -> bool:
    return line.strip().startswith(_BULLETS)
