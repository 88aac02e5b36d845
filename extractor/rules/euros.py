"""Sums in euros, as in a Garda seizure across the border (pure).

``cash_seized`` is in pounds and a value is never converted: cash in euros ("€6,500 in
cash", "6,500 euros in cash") is labelled ``other``; any other sum in euros is no figure.
Whether a text names euros at all is looked for once a text.
"""

from __future__ import annotations

import re

from ..schema import Metric
from .lexicon import Reading
from .numbers import Figure
from .textsearch import LastText

_EURO_WORDS = (" euro", "euro", " Euro", "Euro")
# whether a text names euros at all, looked for once a text
_names_euros = LastText(lambda plain: "\u20ac" in plain or "euro" in plain or "Euro" in plain)
_EUROS_AFTER = re.compile(r"\s?euros?\b", re.IGNORECASE)
_CASH_AFTER = re.compile(r"(?:\s?euros?)?\s+(?:in\s+)?cash\b", re.IGNORECASE)
_CASH_NEAR_BEFORE = re.compile(r"\bcash\b[^.;\u00a3]{0,30}$", re.IGNORECASE)


def in_euros(plain: str, fig: Figure, head: str) -> bool:
    """Whether the count ``fig`` is a sum in euros: "€6,500", "6,500 euros"."""
    if not _names_euros(plain):
        return False
    if head.endswith("\u20ac"):
        return True
    return plain.startswith(_EURO_WORDS, fig.end) and _EUROS_AFTER.match(plain, fig.end) is not None


def read_euros(plain: str, fig: Figure, head: str, ceiling: int) -> Reading | None:
    """A sum in euros (a Garda seizure across the border): cash is labelled `other`, since
    ``cash_seized`` is in pounds and a value is never converted; other sums are no figure."""
    cash = _CASH_AFTER.match(plain, fig.end, ceiling)
    if cash is None and not _CASH_NEAR_BEFORE.search(head):
        return None
    start = fig.qual_start - (1 if head.endswith("\u20ac") and fig.qual_start == fig.start else 0)
    return Reading(Metric.other, "cash seized in euros", start, cash.end() if cash else fig.end)
