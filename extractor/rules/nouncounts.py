"""What a figure counts when its noun says so, before any verb (pure).

"46 mobile phones", "five deal lines", "two samurai swords" (`other`), "40 wraps of crack
cocaine", "33 welfare visits", "raided four addresses" (warrants), "jailed for a total of 38
years", "charged with 17 offences", "spoke to 300 pupils": the noun phrase after the number
decides, with a word or two around it ("under warrant", "are active", "who owns").
People ("151 people") are left to the verb (``metrics``).
"""

from __future__ import annotations

import re

from ..schema import Metric
from . import details
from .evidencespan import span, with_verb
from .lexicon import FIXED, Reading
from .nouns import noun_label, years_beyond
from .numbers import Figure

_JAIL_CONTEXT = re.compile(
    r"jail|prison|sentenc|custod|behind bars|imprison|locked up", re.IGNORECASE
)
_WARRANT_BEFORE = re.compile(
    r"\b(?:warrants?|raid\w*|search\w*|executed|forced\s+(?:entry|their\s+way))\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# "14 searches under warrant", "... were carried out under a Misuse of Drugs Act warrant"
_UNDER_WARRANT = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:(?:carried\s+out|conducted|made|executed)\s+)?"
    r"under\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,5}?warrants?\b",
    re.IGNORECASE,
)
# "searched two houses in the town": a search with no warrant stated is a search, counted as
# `other` / "searches" (GUIDELINES h2_008, h16_021); "searched four addresses under warrant",
# "officers executing warrants searched ..." and "raided ..." stay warrants
_SEARCHED_BEFORE = re.compile(
    r"\bsearched\s+(?:a\s+further\s+|another\s+|(?:a\s+)?total\s+of\s+)?$"
)
# "found six homes where dealers had moved in", "found five flats in which tenants had lost
# control of their own front door": homes found in a state, not homes visited
_FOUND_ENDINGS = ("found ", "discovered ", "identified ")
_WHERE = re.compile(r"\s+(?:where|in\s+which)\s", re.IGNORECASE)
_OWNS = (" owns ", " owned ", " who own ", " rents out ", " let out ", " manages ")
_PRESENT_AT = re.compile(
    r"\b(?:are|is|remain|remains)\s+(?:still\s+|currently\s+|now\s+)?at\s+$", re.IGNORECASE
)
_ACTIVE = re.compile(
    r"\s*(?:(?:are|were|is|was|remain|remains)\s+(?:still\s+|currently\s+)?)?"
    r"(?:(?:thought|believed|estimated|said|known)\s+to\s+be\s+)?(?:active|operating|"
    r"running|in\s+operation|in\s+use)\b",
    re.IGNORECASE,
)
_CLOSURE = re.compile(
    r"\b(?:clos\w+|shut|seiz\w+|disrupt\w*|dismantl\w+|terminat\w+|taken\s+down|"
    r"tak\w+\s+down)\b",
    re.IGNORECASE,
)
_AND_OTHER_WEAPONS = re.compile(r"\s+and\s+other\s+(?:offensive\s+)?weapons\b", re.IGNORECASE)
# the years of a subject's activity, then its verdict: "... for almost two years have been jailed"
_BEFORE_THE_VERDICT = re.compile(
    r"\s+years?\s+(?:have|has|had|were|was)\s+(?:been\s+|now\s+been\s+)?"
    r"(?:jailed|sentenced|imprisoned|convicted|locked\s+up)\b"
)
_TOTAL = re.compile(
    r"\b(?:total|totalling|combined|collectively|between\s+them|altogether|in\s+all)\b",
    re.IGNORECASE,
)


def noun_count(
    plain: str,
    fig: Figure,
    head: str,
    words: list[str],
    category: str,
    np_end: int,
    ceiling: int,
    sent_end: int,
    partitive: bool,
    previous: Reading | None,
) -> tuple[bool, Reading | None]:
    """Whether the noun decides the figure (a category other than people), and its reading
    (``None``: no enforcement figure)."""
    start = fig.qual_start
    if category == "nonmetric":
        return True, None
    tail = plain[np_end:ceiling]
    if (
        category == "lines"
        and _ACTIVE.match(tail)
        and not (_CLOSURE.search(head[-50:]) or _CLOSURE.search(tail[:60]))
        and not (partitive and previous is not None and previous.metric is Metric.lines_closed)
    ):
        return True, None  # "around 2,000 lines are active": not closed
    if category == "knives" and (other := _AND_OTHER_WEAPONS.match(tail)):
        return True, Reading(Metric.weapons_seized, None, start, np_end + other.end())
    if category in FIXED:
        return True, Reading(FIXED[category], None, start, np_end)
    if category == "weapon_type":
        # "two samurai swords": a weapon type counted on its own is an `other` figure
        label = noun_label(words)
        return True, Reading(Metric.other, label, start, np_end)
    if words and words[-1].lower() == "searches" and (warrant := _UNDER_WARRANT.match(tail)):
        return True, Reading(
            Metric.warrants, None, start, np_end + warrant.end()
        )  # "under warrant"
    if category in ("items", "plants"):
        # "40 wraps of crack cocaine": counted drug items
        more = re.match(
            r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:crack\s+cocaine|cocaine|heroin|cannabis|"
            r"spice|mdma|ketamine|drugs?|class\s+[abc]\s+drugs|ammunition)\b",
            tail,
            re.IGNORECASE,
        )
        end = np_end + (more.end() if more else 0)
        label = " ".join(plain[fig.end : end].lower().split())
        return True, Reading(Metric.other, label, start, end)
    if category == "visits":
        # "33 welfare visits to vulnerable people", "15 cuckooing checks", "visits to 12 homes"
        np_text = " ".join(words).lower() + " " + tail[:40].lower()
        if re.search(r"cuckoo|address|propert|home|premises|house|flat", np_text):
            return True, Reading(Metric.addresses_visited, None, start, np_end)
        if re.search(r"welfare|safeguard|vulnerable|people|children|adults|victims", np_text):
            return True, Reading(Metric.safeguarded, None, start, np_end)
        return True, None
    if category == "addresses":
        if partitive and previous is not None and previous.metric is Metric.warrants:
            return True, Reading(Metric.warrants, None, start, np_end)  # "Four of the addresses"
        if head.endswith(_OWNS):
            return True, None  # "One landlord, who owns six houses in the town": what one owns
        if head.endswith(" at ") and _PRESENT_AT.search(head[-40:]):
            return True, None  # "Officers are still at two addresses": where they are, no count
        if (
            head.endswith(" ")
            and "searched" in head[-40:]
            and _SEARCHED_BEFORE.search(head[-40:])
            and "warrant" not in head[max(head.rfind(". "), 0) :]
            and not _UNDER_WARRANT.match(tail)
        ):
            return True, Reading(Metric.other, "searches", start, np_end)
        if _WARRANT_BEFORE.search(head):
            return True, Reading(Metric.warrants, None, start, np_end)
        if details.place_of_find(plain, head, start):
            return True, None  # "heroin was recovered from two addresses": where a find was made
        if head.endswith(_FOUND_ENDINGS) and _WHERE.match(tail):
            # "found six homes where dealers had moved in": what the visits found, no visits
            return True, Reading(Metric.other, "homes taken over", start, np_end)
        if details.business_premises(words):  # "visited 47 licensed premises"
            label = noun_label(words)
            return True, Reading(Metric.outreach, label, start, np_end)
        return True, Reading(Metric.addresses_visited, *with_verb(plain, fig, head, tail, np_end))
    if category == "years":
        if _BEFORE_THE_VERDICT.match(plain, fig.end, ceiling):
            return True, None  # "who ran the line for almost two years have been jailed": how long
        context = head + plain[fig.end : ceiling]
        jail = _JAIL_CONTEXT.search(context)
        if not jail and _TOTAL.search(context):  # "Seven were jailed ... in four cases, for a
            back = plain[max(0, fig.qual_start - 200) : fig.qual_start]  # combined 36 years"
            jail = _JAIL_CONTEXT.search(back, max(back.rfind(". "), back.rfind("\n")) + 1)
        if jail and _TOTAL.search(context):
            a, b = span(plain, fig, head, tail, np_end, "jailed")
            extra, end = years_beyond(plain, fig.end, np_end, sent_end)  # "and a half"
            if extra:
                return True, Reading(
                    Metric.jail_years, None, a, max(b, end), value=fig.value + extra
                )
            return True, Reading(Metric.jail_years, None, a, b)
        return True, None  # one person's sentence is a detail, not a total
    if category == "offences":
        # "charged with 17 offences", "22 offences in total were charged"
        if re.search(r"(?:charg\w*|\bfac(?:e|es|ed|ing))[^.;]{0,20}$", head, re.I) or re.match(
            r"(?:\s+(?:in\s+total|in\s+all|altogether))?\s+(?:were|have\s+been|had\s+been)\s+"
            r"charged\b",
            tail,
            re.IGNORECASE,
        ):
            return True, Reading(
                Metric.other, "offences charged", *span(plain, fig, head, tail, np_end, "charged")
            )
        return True, None
    if category == "outreach":
        if head.endswith(_CAUGHT_ENDINGS) and _CAUGHT_BEFORE.search(head[-20:]):
            return True, None  # "caught 64 drivers speeding": another offence's count
        label = noun_label(words)
        return True, Reading(
            Metric.outreach, label, *span(plain, fig, head, tail, np_end, "outreach")
        )
    return False, None


# "Officers caught 64 drivers speeding", "fined 12 shops": people or firms caught at some
# other offence, not reached by the operation's outreach
_CAUGHT_BEFORE = re.compile(r"\b(?:caught|fined|ticketed|booked|prosecuted|clocked)\s+$")
_CAUGHT_ENDINGS = ("caught ", "fined ", "ticketed ", "booked ", "prosecuted ", "clocked ")
