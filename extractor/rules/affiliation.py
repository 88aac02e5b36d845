"""Which body a quoted speaker belongs to: the agency named, the regional unit, the home force.

Split from ``quotes`` (pure): lookups over the article's agency mentions.
"""

from __future__ import annotations

import re

from .gazetteer import Mention


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


def regional_unit(mentions: list[Mention], full: dict[str, str]) -> str | None:
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
