"""Figures that are a partner's outcome, not the police's (pure).

"Staff at a charity said they had supported 48 young people", "The council's service worked
with 35 children", "a youth charity whose caseworkers supported 188 young people", "A local
academy trust has written to the parents of 6,000 pupils": real numbers, but of partners'
work, not of the operation the article reports. A council's statement that gives the
operation's own figure ("said 25 people had been arrested") is a source, not a partner.
"""

from __future__ import annotations

import re

from .numbers import Figure
from .textsearch import WordSet

# "Staff at a charity said they had supported 48 young people", "The council's service
# worked with 35 children": a partner's outcome, when no police actor comes before the figure
_PARTNER = re.compile(
    r"\b(?:council|councils|charity|charities|nurses?|doctors?|hospitals?|NHS|youth\s+workers?"
    r"|youth\s+offending|social\s+workers?|social\s+services|teachers?"
    r"|universit(?:y|ies)(?!\s+(?:town|city))|health\s+boards?"
    # "A Shrewsbury academy trust has written to the parents of 6,000 pupils", "Its housing
    # and welfare teams went on to support 19 residents"
    r"|(?:learning|academy|school|schools|multi-academy)\s+trusts?|academy|academies"
    r"|housing\s+(?:[\w-]+\s+){0,3}?(?:teams?|officers|staff|services?|associations?"
    r"|providers?)"
    # a housing association by name: "Solway Coast Homes has moved six tenants"
    r"|(?-i:[A-Z][\w'-]+\s+)(?-i:Homes|Housing)(?=\s+(?:has|have|had|said|says|moved|changed)\b))\b",
    re.IGNORECASE,
)
_POLICE = re.compile(
    r"\b(?:police|(?<!housing\s)(?<!council\s)(?<!support\s)officers?|force|constabulary"
    r"|detectives?|NCA|PSNI|ROCU|[A-Z]{2,}SOU)\b",
    re.IGNORECASE,
)


def partner_figure(plain: str, fig: Figure, sent_start: int) -> bool:
    """Whether a count is a partner's outcome: its sentence names a partner before it and
    no police actor ("Nurses referred 14 teenagers to a youth work team")."""
    lead = plain[sent_start : fig.qual_start]
    if lead.endswith(("supported ", "helped ", " with ")) and _SUPPORTED_BY_NAME.match(lead):
        return _POLICE.search(lead) is None  # "Burton YMCA said it had supported nine"
    if not _PARTNER_HINTS.search(lead.lower()):
        return False  # most sentences name no partner: skip the scans
    if _PARTNER.search(lead) is None:
        return False
    if "statement" in lead and _STATEMENT_SAID.search(lead):
        return False  # "The council's statement said 25 people had been arrested": a source
    if "whose" in lead and _WHOSE_STAFF.search(lead):
        return True  # "The force works with a charity whose caseworkers supported 188"
    if "with" in lead or "alongside" in lead:  # "a charity that works alongside the force"
        lead = _WITH_POLICE.sub(" ", lead)
    return _POLICE.search(lead) is None


# "Safe Steps Derby supported 87 young people", "Burton YMCA said it had supported nine": an
# organisation named in two or more capitalised words (no "Operation X") as the supporter
_SUPPORTED_BY_NAME = re.compile(
    r"[\s\-*]*(?:The\s+)?(?!Operation\b)[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){1,3}"
    r"(?:,\s+which\s+[^,;.]{1,120},)?\s+"  # "Open Harbour, which works with teenagers ...,"
    # "The Exploitation Support Service that my office commissions worked with 118 ..."
    r"(?:(?:that|which)\s+(?:[\w'-]+\s+){1,5}?(?:commissions|funds|runs)\s+)?"
    r"(?:(?:said|says)\s+(?:it|they)\s+(?:had|has|have)\s+|(?:has|had|have)\s+)?"
    r"(?:supported|helped|worked\s+with)\s+$"
)
# the partner as the source of a figure, not its actor: "The council's own statement, issued
# a day later, put the number of arrests at 26"
_STATEMENT_SAID = re.compile(
    r"\b(?:council|councils)['\u2019]s\s+(?:own\s+)?(?:statement|release|figures)\b[^.;]{0,60}?"
    r"\b(?:said|says|put|gave|puts|gives|showed|shows|recorded|reported)\b(?:\s+that)?[^.;]{0,40}$",
    re.IGNORECASE,
)
# the partner's own people as the actor: "the youth charity X, whose caseworkers supported"
_WHOSE_STAFF = re.compile(
    r"\b(?:charity|charities|council|service|trust|project|scheme|organisation)\b[^.;]{0,60}?"
    r"\bwhose\s+(?:own\s+)?(?:[\w-]+\s+)?(?:caseworkers|case\s+workers|staff|workers|volunteers"
    r"|mentors|advisers|advisors|team|youth\s+workers|support\s+workers)\b[^.;]*$",
    re.IGNORECASE,
)
# the police as the partner's companion, not the actor: "a charity working with police"
_WITH_POLICE = re.compile(
    r"\b(?:alongside|with)\s+(?:the\s+|local\s+)*(?:police|force|officers)\b", re.IGNORECASE
)


# searched in the sentence up to each figure: in tests (WordSet) beat a regex over that much
_PARTNER_HINTS = WordSet(
    (
        "council",
        "charit",
        "nurse",
        "doctor",
        "hospital",
        "nhs",
        "youth",
        "social",
        "teacher",
        "universit",
        "health board",
        "trust",
        "academ",
        "housing",
        "homes ",
    )
)
