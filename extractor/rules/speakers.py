"""Who an attribution names: name, role and organisation (pure).

"DI Kelly Gray, lead for ERSOU", "The NCA's head of county lines, Nikki Holland",
"Lisa Dobson of Cumbria Constabulary": :func:`parse_speaker` splits such a phrase into
a :class:`Speaker`; :func:`home_force` is whose release a ranked officer speaks in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Mention
from .people import no_person

TITLE_WORDS = frozenset(
    "detective chief inspector superintendent constable sergeant assistant deputy commissioner "
    "commander temporary acting det insp supt sgt ch dci di ds dc pc psc ps acc dcc cc mr mrs ms "
    "dr cllr councillor sir dame lord lady head director officer lead minister secretary "
    "police crime and of the national regional force county lines coordinator co-ordinator "
    "manager senior principal general inspectors t/superintendent t/chief t/inspector "
    "district borough city policing area neighbourhood local tactical strategic judge recorder "
    "sheriff captain mp msp mla".split()
)
_NAME = re.compile(  # not "In Deal" nor "At Dover": a place after a preposition
    r"^(?!(?:In|At|On|From|Across|Around|Near|Outside|Inside|Throughout)\s)(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?:\s+[A-Z]\.)?"
    r"(?:\s+(?:(?:Mc|Mac|O'|De|Van|Le)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)){1,2}$"
)
_ORG_PHRASE = re.compile(
    r"\b(?:from|at|of|for|with)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*(?:and\s+|&\s+|of\s+)?)+)"
)


@dataclass(slots=True)
class Speaker:
    """A quote's speaker as the attribution gives them."""

    name: str
    role: str | None
    organisation: str | None


_ORG_WORD = re.compile(
    r"\b(?:Police|Constabulary|Unit|Agency|Council|Centre|Service|Force|Team|"
    r"Squad|Office|Partnership)\b"
)


# compiled once: re.match, re.sub and re.split look their cache up on each call
_POSSESSIVE = re.compile(r"^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})'s\s+(.+)$")
_THE = re.compile(r"^(?:The|the)\s+")
_ROLE_END = re.compile(r"\s+(?:for|at|of|with|from)\s+")


def parse_speaker(
    who: str, mentions: list[Mention], full: dict[str, str], offset: int = 0
) -> Speaker | None:
    """Name, role and organisation from an attribution like "DI Kelly Gray, lead for ERSOU"."""
    who = who.strip(" ,.-")
    org: str | None = None
    possessive = _POSSESSIVE.match(who)
    if possessive and (
        not _NAME.match(possessive.group(1)) or _ORG_WORD.search(possessive.group(1))
    ):
        org, who = _THE.sub("", possessive.group(1).strip()), possessive.group(2)
    parts = [p.strip() for p in _PART_SPLIT.split(who) if p.strip()]
    name = role = None
    name_index = -1
    for i, part in enumerate(parts):
        tokens = part.split()
        k = 0
        while k < len(tokens) and tokens[k].lower().strip(".") in TITLE_WORDS:
            k += 1
        rest = " ".join(tokens[k:])
        if name is not None and (tokens[0] in _PREPOSITIONS or _ORG_WORD.search(rest)):
            continue  # "Lisa Dobson of Cumbria Constabulary": the body, not a second name
        # "Owen Marchetti of the regional unit": a body in lower case after the name
        head = _BODY_AFTER.split(rest, maxsplit=1)[0] if name is None else rest
        if (
            _NAME.match(head)
            and not any(t.lower() in TITLE_WORDS for t in head.split())
            and not no_person(head.split(), "")
            and not (k and tokens[k - 1] in _BODY_PREPOSITIONS)  # ", of Marston Lane Academy"
        ):
            name = head
            role = " ".join(tokens[:k]) or None
            name_index = i
            continue
        trailing = _trailing_name(tokens)
        if (
            trailing
            and name is None
            and tokens[trailing - 1] not in _BODY_PREPOSITIONS  # "of Marston Lane Academy"
            and not no_person(tokens[trailing:], " ".join(tokens[:trailing]) + " ")
        ):
            # "NCA director of threat leadership Tom Harland"
            name, role, name_index = " ".join(tokens[trailing:]), " ".join(tokens[:trailing]), i
    if name is None and _PEER.match(who):
        return Speaker(who, None, None)  # "Lord Ashcroft": a judge known by title and surname
    if name is None and len(parts) > 1 and _PEER.match(parts[-1]):
        # "Sentencing, Lord Ashcroft": the judge after a clause that opens the sentence
        return Speaker(parts[-1], None, None)
    if name is None:
        return None
    if role is None and name_index > 0:
        role = parts[name_index - 1]
    elif role is None and name_index + 1 < len(parts):
        role = _ROLE_END.split(parts[name_index + 1])[0]
    # organisation: an agency named in the attribution, else "from the X Team"
    for part in parts:
        agency = agency_in(part, full)
        if agency:
            org = agency
            break
    if org is None:
        for part in parts[name_index + 1 :]:
            m = _ORG_PHRASE.search(part)
            if m:
                org = m.group(1).strip()
                break
    if org is None and any(_REGIONAL_UNIT.match(p) for p in parts[name_index + 1 :]):
        org = _regional_unit(mentions, full)  # "of the regional unit": the one the article names
    if org and org in full:
        org = full[org]
    if org and org.endswith("'s"):
        org = None  # "of Reading's neighbourhood team": a place, not a body
    return Speaker(name, role, org)


_BODY_AFTER = re.compile(r"\s+(?:of|from|at|for|with)\s+(?:the\s+)?(?=[a-z])")
_PREPOSITIONS = frozenset("of from at for with".split())
_BODY_PREPOSITIONS = _PREPOSITIONS | {"in", "on"}
_PEER = re.compile(r"^(?:Lord|Lady|Judge|Sheriff)\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?$")
_PART_SPLIT = re.compile(
    r",\s*|\s+\(|\)\s*|(?=\s(?:of|from|at|for|with)\s+(?:the\s+)?[A-Z])"
    r"|(?=\s(?:of|from)\s+the\s+regional\b)"  # "Owen Hale of the regional unit"
)
_REGIONAL_UNIT = re.compile(r"^(?:of|from)\s+the\s+regional\s+(?:[\w-]+\s+){0,3}?unit\b")
_NAME_TOKEN = re.compile(r"^(?:Mc|Mac|O'|De|Van|Le)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$")


def _trailing_name(tokens: list[str]) -> int | None:
    """Where a two- or three-word personal name ending ``tokens`` starts, if one does."""
    k = len(tokens)
    while (
        k > 0
        and len(tokens) - k < 3
        and _NAME_TOKEN.match(tokens[k - 1])
        and (tokens[k - 1].lower() not in TITLE_WORDS)
    ):
        k -= 1
    if len(tokens) - k == 3 and _NAME_TOKEN.match(tokens[k - 1]):
        k += 1  # "Threat Leadership Ines Barrow": a longer capitalised run ends in the name
    return k if len(tokens) - k >= 2 and k > 0 else None


def agency_in(text: str, full: dict[str, str]) -> str | None:
    """The first agency named in ``text``, by the name the record's agencies list uses."""
    best: tuple[int, str] | None = None
    for surface, name in full.items():
        at = text.find(surface)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, name)
    return best[1] if best else None


RANK = re.compile(
    r"(?i)\b(?:constable|sergeant|inspector|superintendent|commander|"
    r"detective|assistant\s+commissioner|DCI|DI|DS|DC|PC|Supt|Insp|Sgt)\b"
)


def _regional_unit(mentions: list[Mention], full: dict[str, str]) -> str | None:
    for m in mentions:
        if m.kind == "agency" and m.entry.kind == "rocu":  # type: ignore[union-attr]
            return full.get(m.surface, m.entry.name)  # type: ignore[union-attr]
    return None


def home_force(mentions: list[Mention], full: dict[str, str]) -> str | None:
    """The first territorial force the article names: whose release this is."""
    for m in mentions:
        if m.kind == "agency" and m.entry.kind == "force":  # type: ignore[union-attr]
            return full.get(m.surface, m.entry.name)  # type: ignore[union-attr]
    return None


def in_full(
    plain: str, surname: str, before: int, mentions: list[Mention], full: dict[str, str]
) -> Speaker | None:
    """The last person named in full (with any title) before ``before`` whose surname this is."""
    found = list(
        re.finditer(rf"(?:\b[A-Z][\w.'-]*\s+){{1,4}}{re.escape(surname)}\b", plain[:before])
    )
    for m in reversed(found):  # "said Det Supt Whitlock" names no one in full: look further back
        if speaker := parse_speaker(m.group(), mentions, full):
            return speaker
    return None
