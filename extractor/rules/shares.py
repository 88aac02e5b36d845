"""Counts that are a part or a kind of another figure, read before the noun decides (pure).

"41 people, including 23 children" (a labelled sub-count of the same metric), "Of the
weapons seized, eight were knives" (a share named by its total), "17 homes were found
to have been taken over by dealers" (`other`, not addresses visited), "two defendants
were given suspended sentences" (`other`, not jailed), "one of the addresses" (a
detail, no count).
"""

from __future__ import annotations

import re
from typing import Literal

from ..schema import Metric
from .lexicon import FIXED, NOUNS, PEOPLE_METRICS, STOP, Reading, verbs_in
from .numbers import Figure
from .outcomes import (
    BY_PARTNER,
    HELPED_DO,
    PF_AFTER,
    PF_BEFORE,
    PF_LABEL,
    PPS_LABEL,
    REFERRED_TO,
    RELEASED,
    REPORTED_TO_PPS,
    SUMMONS,
    SUSPENDED,
    others,
)

_INCLUDING = re.compile(r"\b(?:including|among\s+them)\s*$", re.IGNORECASE)
# "homes ... were found to have been taken over by dealers", "homes that had been cuckooed"
_TAKEN_OVER = re.compile(
    r"(?:\s+(?:visited|checked|searched|raided|identified))?"  # "of the 30 homes visited were"
    r"(?:\s+(?:in|at|across|on)\s+[A-Z](?:(?!\s(?:where|who|whom|because|after)\b)[^.;,]){0,60}?)?"
    r"(?:\s+(?:there|here|nearby|locally|in\s+the\s+(?:town|city|area|village)))?"  # "homes there"
    r"\s+(?:that\s+|which\s+)?"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:found\s+to\s+(?:have\s+been|be)\s+)?"
    r"(?P<what>taken\s+over(?:\s+by\s+(?:[\w-]+\s+){0,2}?(?:dealers?|gangs?|criminals))?|cuckooed)",
    re.IGNORECASE,
)
# "At nine of them, officers found clear evidence that dealers were using the home"
_FOUND_CUCKOOED = re.compile(
    r"[^.;]{0,90}?\b(?:taken\s+over|cuckooed|dealers\s+(?:were|had\s+been)\s+using"
    r"|(?:used|being\s+used)\s+by\s+(?:dealers|the\s+gang))\b",
    re.IGNORECASE,
)
# "visited 31 homes where we feared tenants were cuckooed, and nine of them had been.", "Seven
# of those homes had been.", "found 13 where it had": the suspicion confirmed, homes taken over
# "and we found seven where that had happened": the same, said of what happened
_CONFIRMED = re.compile(
    r"\s*(?:where\s+(?:it|they|that|this)\s+)?(?:had|have|has|was|were)(?:\s+been)?"
    r"(?:(?<=had)\s+happened|(?<=has)\s+happened)?\s*(?=[.;!?]|$)"
)
_HOME_NOUN = re.compile(r"\b(?:homes|houses|addresses|properties|flats|premises)\b", re.IGNORECASE)
_A_HOME = re.compile(r"(?:homes?|houses?|address(?:es)?|propert(?:y|ies)|flats?|premises)$", re.I)
# "Of the weapons seized, ...", "Among the arrests, ...", "Of the force's arrests, ..."
_SHARE_OF = re.compile(
    r"(?:^|[.;]\s*)\s*(?:of|among)\s+(?:the|those|these|its|their|our|this|last"
    r"|(?-i:[A-Z][\w-]*\s+){0,2}(?-i:[A-Z][\w-]*)['’]s)\s+"  # "Of Durham Constabulary's"
    r"(?:[\w'’-]+\s+)?(?P<noun>[a-z]+)"
    r"(?:\s+(?:seized|recovered|found|made))?\s*,\s*$",
    re.IGNORECASE,
)
# "90 knives were dropped into amnesty bins": surrendered, not seized ("handed in or seized"
# alone is no sign: it may count seizures too)
_SURRENDERED = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?P<how>"
    r"(?:dropped|handed|put|placed|deposited|posted)\s+(?:in|into|to)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:surrender|amnesty)\s+(?:bins?|boxes|box))\b",
    re.IGNORECASE,
)
_BIN_SKIP = re.compile(r"the$|.*['’]s$")  # "into the force's bins": "into bins"
# "Of the 30 weapons, 18 were knives": the total's number ends the clause before the share
_SHARE_OF_COUNTED = re.compile(
    r"(?:[.;!?]\s+|\n\s*)(?:of|among)\s+(?:the|those|these|its|their|our)\s+\d[\d,]*\s+"
    r"(?:[\w'’-]+\s+)?(?P<noun>[a-z]+)(?:\s+(?:seized|recovered|found|made))?\s*,\s*$",
    re.IGNORECASE,
)
_NOUN_ENDS = re.compile(r"\s*(?:[.,;:]|$|\s+(?:and|in|at|from|with|while)\b)")
_WERE_NOUN = re.compile(r"\s+(?:were|was)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)
_IN_PLACE = re.compile(r"[^.;,]{0,20}?\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")
_MORE_WORDS = re.compile(r"(?:\s+(?!(?:were|was|who|and|in|at|from)\b)[a-z][\w-]*){0,3}")
_WERE_IN_PLACE = re.compile(
    r"\s+(?:were|was)\s+(?:made\s+|carried\s+out\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*)*"
)
# "closure orders on 3 flats", "Closure orders, granted by magistrates, were obtained on nine"
_ORDERS_ON = re.compile(r"\bclosure\s+orders?\b[^.;]{0,80}?\b(?:on|for|against)\s*$", re.I)
# "shut a dozen homes that dealers had taken over": a home is shut by a closure order
_SHUT_BEFORE = re.compile(r"\b(?:shut|closed|shuttered)\s+(?:down\s+)?$", re.IGNORECASE)
# "Four flats used by dealers have been shut down after closure orders were granted"
_SHUT_BY_ORDER = re.compile(
    r"[^.;]{0,80}?\b(?:shut|closed|sealed|boarded\s+up)\b[^.;]{0,50}?\bclosure\s+orders?\b",
    re.IGNORECASE,
)
_CLOSURE_ORDERS = re.compile(r"\s+(?:partial\s+|full\s+)?closure\s+orders?\b", re.IGNORECASE)
_SUSPECTED = re.compile(r"\b(?:suggest|suspect|believ|thought|fear|intelligence)", re.IGNORECASE)
_AND_GROUP = re.compile(r"\s+and\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b")
_OF_THOSE_HEAD = re.compile(
    r"(?:^|[.;]\s*)\s*(?:of|among)\s+(?:those|them|these|whom)\s*,\s*$", re.I
)
_WERE_GROUP = re.compile(
    r"\s+(?:were|was)\s+(?:aged\s+)?(?P<label>(?:under|over)\s+\d+|children|teenagers|juveniles"
    r"|women|men|girls|boys|adults|minors)\b"
)
_SEARCHED_UNDER_WARRANT = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:searched\s+under\s+(?:a\s+)?warrants?|raided)\b",
    re.IGNORECASE,
)
_STOPPED_BEFORE = re.compile(r"\b(?:stopp\w*|stop-check\w*|check\w*|pulled\s+over)\s+$", re.I)
_MOST = re.compile(
    r"\b(?:the\s+)?(?:most|(?:highest|largest|greatest)\s+(?:number|share)\s+of)\s+"
    r"(?P<noun>[a-z]+)\s*,?\s*with\s*$",
    re.IGNORECASE,
)
_INTO_PLACE = re.compile(
    r"(?:\s+[a-z]+){1,2}?\s+(?:into|in|to|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
)
# "one of which was the line's handset"; with the belief told before the verb ("one of which
# detectives believe was the network's deal line phone"), or as "(believed) to be" ("including
# 3 believed to be deal line handsets"); or "one of them the handset (detectives believe was)
# used to run the line": the line's own phone, one of the phones counted
_LINE_PHONE_TAIL = (
    r"(?:(?:detectives|police|officers|investigators)\s+(?:believe|think|suspect)\s+)?"
    r"(?:(?:was|is|were|are|being)\s+)?"
    r"(?:(?:believed|thought|suspected)\s+to\s+(?:be|have\s+been)\s+)?(?:the\s+)?"
    r"(?:(?:[\"\w'-]+\s+){0,2}?line(?:'s)?\s+(?:main\s+|own\s+|deal\s+)?(?P<kind>phone|handset|mobile)s?\b"
    r"|(?P<kind2>phone|handset|mobile)s?\s+(?:[\w'-]+\s+){0,3}?used\s+to\s+(?:run|operate)\s+"
    r"the\s+(?:deal\s+|drugs?\s+)?line\b)"
)
_LINE_PHONE = re.compile(
    r"\s+of\s+(?:which|them|these|the\s+(?:mobile\s+)?(?:phones|handsets|mobiles))\s*,?\s+"
    + _LINE_PHONE_TAIL,
    re.IGNORECASE,
)
# "nine phones, including 3 believed to be deal line handsets": the same part, told by
# "including"
_INCLUDED_LINE_PHONE = re.compile(r"\s+" + _LINE_PHONE_TAIL, re.IGNORECASE)


# "closed three lines, one of which had been run from Leicester": the line's origin
_ONE_RUN_FROM = re.compile(
    r"\s+of\s+(?:which|them|those|these)\s+(?:had\s+been\s+|was\s+|were\s+|is\s+)?"
    r"(?:run|operated|supplied|controlled)\s+(?:from|out\s+of|into|by)\s+[^,;.]{1,60}"
)


# "spoke to staff at", "briefed staff at", "talking to workers at": outreach to the people who
# work at the places counted next
_STAFF_AT = re.compile(
    r"\b(?:sp[oe]ke?\s+to|spoken\s+to|speaking\s+to|talk(?:ed|ing)?\s+to|briefed|briefing)"
    r"\s+(?:the\s+)?(?:staff|workers|managers|owners|employees)\s+at\s+$",
    re.IGNORECASE,
)
# "takeaways and taxi firms", "pubs, hotels and coffee shops", "licensed premises": the places
_PLACES = re.compile(
    r"\s+(?P<label>[a-z][\w&'-]*(?:(?:,\s+|\s+and\s+|\s+)[a-z&][\w&'-]*){0,6}?)"
    r"(?=\s+(?:about|in|across|on|around|during|to|so|for|throughout)\b|\s*[.;:\"”]|,(?!\s+[a-z][\w&'-]*(?:\s+and\b|,))|\s*$)"
)


def read_share(
    plain: str,
    fig: Figure,
    head: str,
    words: list[str],
    category: str | None,
    partitive: bool,
    previous: Reading | None,
    np_end: int,
    ceiling: int,
) -> Reading | Literal[False] | None:
    """A reading for these shapes; ``False`` when the number is no figure; ``None`` otherwise."""
    start = fig.qual_start
    if words and words[-1].lower() in ("referrals", "referral") and not partitive:
        # "nine safeguarding referrals", "11 referrals to safeguarding services": one referral,
        # one person looked after; a charity's "12 new referrals" is a partner's outcome
        to = REFERRED_TO.match(plain, np_end, ceiling)
        if to or any(w.lower() == "safeguarding" for w in words):
            return Reading(Metric.safeguarded, None, start, to.end() if to else np_end)
    if (
        not partitive
        and head.endswith(" at ")
        and (staff := _STAFF_AT.search(head, max(0, len(head) - 70)))
        and (places := _PLACES.match(plain, fig.end, ceiling))
    ):
        # "spoke to staff at 22 takeaways and taxi firms", "briefed staff at 38 pubs, hotels and
        # coffee shops": the people spoken to work there, whatever the places are called
        label = " ".join(places.group("label").lower().split())
        return Reading(Metric.outreach, label, start - len(head) + staff.start(), places.end())
    if partitive and (line := _LINE_PHONE.match(plain, fig.end, ceiling)):
        # "two phones, one of which was the line's handset": the line's own phone, counted
        kind = (line.group("kind") or line.group("kind2")).lower()
        return Reading(Metric.phones_seized, f"line {kind}s", start, line.end())
    if (
        not partitive
        and previous is not None
        and previous.metric is Metric.phones_seized
        and "includ" in head[-14:]
        and _INCLUDING.search(head)
        and (line := _INCLUDED_LINE_PHONE.match(plain, fig.end, ceiling))
    ):  # "nine phones, including 3 believed to be deal line handsets"
        kind = (line.group("kind") or line.group("kind2")).lower()
        return Reading(Metric.phones_seized, f"line {kind}s", start, line.end(), part=True)
    if partitive and fig.value == 1:
        if previous is not None and previous.metric is Metric.lines_closed:
            if run := _ONE_RUN_FROM.match(plain, fig.end, ceiling):  # "one of which had been run
                return Reading(Metric.lines_closed, None, start, run.end(), part=True)  # from X"
        return False  # "one of the addresses was taken into care"
    homes = category == "addresses" or bool(words and _A_HOME.match(words[0]))
    if (
        (homes or category is None)
        and previous is not None
        and previous.metric is Metric.addresses_visited
        and (yes := _CONFIRMED.match(plain, np_end if homes or partitive else fig.end, ceiling))
        and re.search(r"taken\s+over|cuckoo", plain[max(previous.ev_end, start - 300) : start])
    ):
        return Reading(Metric.other, "homes taken over", start, yes.end())
    if homes and (
        ("closure" in head[-120:].lower() and _ORDERS_ON.search(head))
        or _SHUT_BEFORE.search(head[-20:])
    ):
        return Reading(Metric.other, "closure orders", start, np_end)
    if category is None and (orders := _CLOSURE_ORDERS.match(plain, fig.end, ceiling)):
        return Reading(Metric.other, "closure orders", start, orders.end())  # "4 closure orders"
    if (
        previous is not None
        and previous.metric in PEOPLE_METRICS.values()
        and head.rstrip().endswith(",")
        and _OF_THOSE_HEAD.search(head)
        and (group := _WERE_GROUP.match(plain, fig.end))  # "under 18": an age, no figure
    ):
        label = " ".join(group.group("label").lower().split())  # "Of those, 29 were under 18"
        return Reading(previous.metric, label, start, group.end(), part=True)
    if category == "addresses" and (
        warrant := _SEARCHED_UNDER_WARRANT.match(plain, np_end, ceiling)
    ):
        return Reading(Metric.warrants, None, start, warrant.end())  # "searched under warrant"
    if category in ("knives", "weapons") and (given := _SURRENDERED.match(plain, np_end, ceiling)):
        how = " ".join(w for w in given.group("how").lower().split() if not _BIN_SKIP.match(w))
        return Reading(Metric.other, f"{words[-1].lower()} {how}", start, given.end())
    if category == "vehicles" and (stop := _STOPPED_BEFORE.search(head[-30:])):
        # "stopped 40 vehicles": road checks, not seizures; counted as such (`other`)
        how = " ".join(stop.group().lower().split())
        return Reading(Metric.other, f"{words[-1].lower()} {how}", start, np_end)
    if category == "people" and "helped " in head[-30:] and (aux := HELPED_DO.search(head)):
        if not verbs_in(aux.group("verb")):
            return False  # "helped rehouse four tenants": rehousing, not a safeguarding count
    after_noun = np_end if category else fig.end  # "a further five reported to ..."
    if category in (None, "people") and RELEASED.match(plain, after_noun, ceiling):
        return False  # "four were released under investigation": no enforcement outcome
    # str.find within bounds: ``in`` the slice without making it (a negative bound is read
    # as a slice reads it)
    if plain.find("Prosecution", after_noun, after_noun + 60) >= 0 and category in (None, "people"):
        # Northern Ireland: a file to the PPS stands in for a charge, its own outcome
        pps = REPORTED_TO_PPS.match(plain, after_noun, ceiling)
        if pps:
            return Reading(Metric.other, PPS_LABEL, start, pps.end())
    if (
        category in (None, "people")
        and plain.find("iscal", fig.qual_start - 90, after_noun + 60) >= 0
    ):
        fiscal = PF_AFTER.match(plain, after_noun, ceiling)
        before = PF_BEFORE.search(head)
        if before or (fiscal and ("charged" not in head[-40:] or others(plain, fig, head))):
            a = fig.qual_start - len(head) + before.start() if before else start
            return Reading(Metric.other, PF_LABEL, a, fiscal.end() if fiscal else np_end)
    if category in (None, "people") and (summons := SUMMONS.match(plain, after_noun, ceiling)):
        who = summons.group("who") or (words[-1] if category == "people" and words else "")
        who = "people" if who.lower() in ("", "others") else who.lower()
        return Reading(Metric.other, f"{who} reported for summons", start, summons.end())
    if partitive and (category in FIXED or category == "visits"):
        # "Twelve of its arrests were in Preston", "Fourteen of the visits were in Burnley":
        # a town's part of the figure; visits keep the metric of the figure they are part of
        kind = _WERE_NOUN.match(plain, np_end, ceiling)
        kind_metric = FIXED.get(NOUNS.get(kind.group("noun").lower(), "")) if kind else None
        if kind and kind_metric is not None:
            return Reading(kind_metric, None, start, kind.end())  # "Six of the weapons were knives"
        place = _WERE_IN_PLACE.match(plain, np_end, ceiling)
        metric = FIXED.get(category or "")
        if metric is None:  # "of the visits": to homes, unless they are welfare visits
            welfare = any(w.lower() in ("welfare", "safeguarding") for w in words)
            metric = Metric.safeguarded if welfare else Metric.addresses_visited
        if place and metric is not None:
            return Reading(metric, None, start, place.end())  # the town may hold more
    if (
        previous is not None
        and previous.metric in PEOPLE_METRICS.values()
        and (partitive or category == "people")
        and head.rstrip().endswith(("including", "them"))
        and _INCLUDING.search(head)
    ):
        rest = _MORE_WORDS.match(plain, np_end, ceiling)  # "line" + " holders"
        words = words + rest.group().split() if rest else words
        label = " ".join(w.lower() for w in words if w.lower() not in STOP | {"so-called"})
        return Reading(
            previous.metric, label or None, start, rest.end() if rest else np_end, part=True
        )
    if category is None and head.rstrip().endswith("with") and (top := _MOST.search(head)):
        metric = FIXED.get(NOUNS.get(top.group("noun").lower(), ""))
        if metric is not None:  # "Ipswich saw the most arrests, with 14"
            return Reading(metric, None, fig.qual_start - len(head) + top.start(), fig.end, True)
    if (
        category is None
        and previous is not None
        and previous.metric in FIXED.values()
        and "includ" in head[-14:]
        and _INCLUDING.search(head)
        and (into := _INTO_PLACE.match(plain, fig.end, ceiling))
    ):
        return Reading(previous.metric, None, start, into.end(), part=True)  # "four run into X"
    if category == "outreach" and (pair := _AND_GROUP.match(plain, np_end, ceiling)):
        if NOUNS.get(pair.group("noun").lower()) == "outreach":  # "taxi drivers and hotel workers"
            label = " ".join(
                w.lower()
                for w in [*words, *pair.group().split()]
                if w.lower() != "the" and "'s" not in w  # not "the city's"
            )
            return Reading(Metric.outreach, label, start, pair.end())
    after = plain[np_end : np_end + 160]
    taken = (
        _TAKEN_OVER.match(plain, np_end, ceiling)
        if "taken over" in after or "cuckooed" in after
        else None
    )
    if taken and _SUSPECTED.search(taken.group()):
        taken = None  # "homes that intelligence suggested had been cuckooed": the visits
    if (
        category is None
        and previous is not None
        and previous.metric is Metric.addresses_visited
        and (found := _FOUND_CUCKOOED.match(plain, np_end, ceiling))
        and not _SUSPECTED.search(found.group())  # "two towns where they feared ... cuckooed"
    ):  # "visited 33 addresses and found five where a tenant's home had been taken over"
        return Reading(Metric.other, "homes found cuckooed", start, found.end())
    if category == "addresses" and "closure" in after and _SHUT_BY_ORDER.match(after):
        return Reading(Metric.other, "closure orders", start, np_end)  # "shut ... closure orders"
    if category == "addresses" and (taken or any(w.lower().startswith("cuckoo") for w in words)):
        return _taken_over(words[-1], taken, start, taken.end() if taken else np_end)
    if category is None and taken and (home := _HOME_NOUN.search(head)):
        return _taken_over(home.group(), taken, start, taken.end())  # "Of the homes, 17 were"
    if (
        category is None
        and head.rstrip().endswith(",")
        and (share := _share_of(plain, head, start))
    ):
        kind = _WERE_NOUN.match(plain, fig.end, ceiling)
        counted = (
            share.re is _SHARE_OF_COUNTED
        )  # its noun must end the phrase: not "deal line handsets"
        if kind and counted and not _NOUN_ENDS.match(plain, kind.end()):
            kind = None
        if kind and NOUNS.get(kind.group("noun").lower()) in FIXED:
            return Reading(FIXED[NOUNS[kind.group("noun").lower()]], None, start, kind.end())
        whole = None if counted else NOUNS.get(share.group("noun").lower())
        if whole in FIXED:
            place = _IN_PLACE.match(plain, fig.end, ceiling)
            return Reading(FIXED[whole], None, start, place.end() if place else fig.end, part=True)
    if (
        category == "people"
        and " by " in plain[np_end : np_end + 120]
        and (partner := BY_PARTNER.match(plain, np_end, ceiling))
        and "safeguard" not in partner.group().lower()  # "were safeguarded and are being ..."
    ):
        return False  # "supported by social work colleagues": a partner's outcome
    if category == "people" and (suspended := SUSPENDED.match(plain, np_end, ceiling)):
        label = f"{words[-1].lower()} given suspended sentences"
        return Reading(Metric.other, label, start, suspended.end())
    return None


def _share_of(plain: str, head: str, start: int) -> re.Match[str] | None:
    """ "Of the weapons seized," before the figure, in its own clause or closing the one before."""
    if share := _SHARE_OF.search(head):
        return share
    if any(c in head for c in ".;\n"):
        return None
    return _SHARE_OF_COUNTED.search(plain, max(0, start - 80), start)


def _taken_over(noun: str, taken: re.Match[str] | None, start: int, end: int) -> Reading:
    what = " ".join(taken.group("what").lower().split()) if taken else "cuckooed"
    return Reading(Metric.other, f"{noun.lower().strip(chr(39))} {what}", start, end)
