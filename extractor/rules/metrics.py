"""What a figure counts: the metric a number reports, from its noun and its verb (pure).

A count is classified by the noun phrase right after it ("46 mobile phones",
"five deal lines", "7,393 school pupils"); when that noun is just people
("151 people", "55 vulnerable children and adults", "one vulnerable") the verb
decides, looked for first after the noun (passive: "were arrested", "being
charged") and then before the number (active: "safeguarded more than 100",
"arresting 150"). Money is cash or drugs by the words around it; weights are
drugs. A number with no noun of its own ("including eight in Basingstoke")
repeats the previous figure's metric.
"""

from __future__ import annotations

import re

from ..schema import Metric
from . import details
from .background import background
from .euros import in_euros, read_euros
from .evidencespan import clause_end, span
from .labels import read_label
from .lexicon import (
    FIXED,
    NO_METRIC_VERB,
    NOUNS,
    PEOPLE_METRICS,
    Reading,
    VerbMemo,
    verbs_in,
)
from .money import read_money, read_weight
from .nouncounts import noun_count
from .nouns import noun_label, noun_phrase
from .numbers import Figure
from .partners import partner_figure
from .peopleverbs import people_verb, verb_right_before
from .shares import read_share
from .verdicts import PARTICIPLE_THEN_VERB, court_outcome, state_of_counted

_PARTITIVE = re.compile(
    r"\s+of\s+(?:which|whom|them|those|these|the|its|our|their"
    r"|(?:this|that|last|the)\s+(?:year|week|month|fortnight|operation)['’]s)\b"
    r"(?:\s+\d[\d,]*(?=\s))?(?:\s+(?:were|was|are))?",  # "nine of the 43 lines closed"
    re.IGNORECASE,
)


def classify(
    plain: str,
    fig: Figure,
    floor: int,
    ceiling: int,
    previous: Reading | None,
    sent_start: int = 0,
    sent_end: int = -1,
) -> Reading | None:
    """The metric ``fig`` reports, or ``None`` if it is no enforcement figure.

    ``floor``/``ceiling`` bound its clause: the end of the previous figure and the
    start of the next one (or the sentence ends); ``sent_start``/``sent_end`` its sentence.
    """
    head = plain[floor : fig.qual_start]
    if background(plain, fig, head, ceiling, sent_start, sent_end):
        return None
    if fig.kind == "money":
        return read_money(plain, fig, head, ceiling, sent_start)
    if fig.kind == "count" and in_euros(plain, fig, head):
        return read_euros(plain, fig, head, ceiling)  # "€6,500 in cash": not pounds
    if fig.kind == "weight":
        return read_weight(plain, fig, ceiling)
    if partner_figure(plain, fig, sent_start):
        return None
    if floor > sent_start and head.endswith(" at ") and _ADDRESSES_AFTER.match(plain, fig.end):
        if "warrant" not in head[-16:]:  # not "arrested after warrants at four addresses"
            return None  # "six of them at two addresses": where the figure before happened
    decided, reading = read_label(plain, fig, head, floor, ceiling)
    if decided:
        return reading
    end = sent_end if sent_end >= 0 else ceiling
    reading = _count(plain, fig, head, ceiling, previous, end)
    if reading is not None and details.rest_of_jailed(
        reading.metric, plain, fig.end, ceiling, end, head
    ):
        return None  # "Three other men were jailed for between four and six years each"
    return reading


def _count(
    plain: str, fig: Figure, head: str, ceiling: int, previous: Reading | None, sent_end: int
) -> Reading | None:
    start = fig.qual_start
    if plain.startswith("-", fig.end) and _COMPOUND.match(plain, fig.end):
        return None  # "a three-vehicle crash", "a four-person team": a modifier, no count
    partitive = _PARTITIVE.match(plain, fig.end, ceiling)
    np_from = partitive.end() if partitive else fig.end
    category, np_end, words = noun_phrase(plain, np_from, ceiling)
    if category is None and NO_METRIC_VERB.match(plain, np_from, ceiling):
        return None  # "11 have been remanded", "nine of them bailed": no metric of their own
    if (
        partitive
        and category in (None, "people")
        and (ch := details.subset_charged(plain, np_from, sent_end))
    ):
        return Reading(Metric.charged, None, start, ch)  # "Two of those arrested ... charged"
    shared = read_share(
        plain, fig, head, words, category, bool(partitive), previous, np_end, ceiling
    )
    if shared is not None:
        return shared or None
    if partitive and category in (None, "people"):
        # "four deal lines, two of which ... were shut down": a part of the previous figure,
        # unless its own verb says otherwise ("Four of them have since been charged")
        # "Seven of the 30 people arrested have since been charged": the finite verb decides
        if age := details.age_subset(plain, np_end, sent_end, words):  # "were under 18"
            return Reading(Metric.arrests, age[0], start, age[1])
        if (
            words
            and category == "people"
            and previous is not None
            and previous.metric is Metric.arrests
            and plain.startswith(" of them ", fig.end)
            and (referred := _WHO_REFERRED.match(plain, np_end, sent_end))
        ):
            # "11 people were arrested, four of them teenagers who have since been referred to
            # ...": a labelled part of the arrests (the same people, also safeguarded, follow)
            label = " ".join(plain[np_from : referred.start("who")].split())
            return Reading(Metric.arrests, label, start, referred.start("who"), part=True)
        if NO_METRIC_VERB.match(plain, np_end, ceiling):
            return None  # "Eight of those charged have been remanded": a state of a part
        skip = PARTICIPLE_THEN_VERB.match(plain, np_end, ceiling)
        verb = people_verb("", plain[skip.end() if skip else np_end : ceiling], [])
        verb = verb or verb_right_before(head)
        participle = plain[np_end : skip.end()] if skip else " ".join(words[-1:])
        if verb is None and participle:  # "Eleven of those arrested were from Salford"
            verb = people_verb("", participle, [])
        elif verb == "arrests" and participle and _WHERE_AFTER.match(plain, np_end, ceiling):
            # "Nine of those charged were arrested in King's Lynn": where the charged were held
            verb = people_verb("", participle, []) or verb
        if verb in PEOPLE_METRICS:
            return Reading(PEOPLE_METRICS[verb], None, start, clause_end(plain, np_end, ceiling))
        if verb is None and (
            aged := details.read_age_part(plain, np_end, sent_end, previous, start)
        ):
            return aged  # "Nine of the sixteen were under 25": a part of the people, by age
        if previous is None or (
            previous.metric in (Metric.other, Metric.outreach)
            and not (previous.label and _IN_PLACE.match(plain, np_end, ceiling))
        ):  # but "closure orders on 12 properties, eight of them in Peterborough": a share
            return None
        if head.endswith("all but "):
            return (
                None  # "18 arrests, all but three of them in Darlington": not where the three were
            )
        if re.search(
            r"\b(?<!accounted\s)(?<!accounting\s)(?:for|to|with|by|from)\s*$", head
        ) and not re.search(
            r",\s*with\s*$", head
        ):  # but "made 30 arrests, with 12 of them in Dover": a share
            return None  # "found new homes for four of them": a detail of the figure, no share
        return Reading(
            previous.metric, previous.label, start, clause_end(plain, np_end, ceiling), part=True
        )
    if (
        partitive
        and category == "addresses"
        and previous is not None
        and previous.metric not in (Metric.addresses_visited, Metric.warrants)
        and _OF_THEM_NOUN.match(plain, fig.end)
    ):
        return None  # "... found at the properties, two of them flats": what the places were
    if partitive and category not in (
        "arrests",
        "warrants",
        "phones",
        "lines",
        "knives",
        "weapons",
        "vehicles",
        "weapon_type",
        "addresses",
    ):
        return None  # "two of the residents who were visited": a detail of a figure, not one
    if category is None and (kind := details.dashed_share(head)) in FIXED:  # "half of it - 23"
        return Reading(FIXED[kind], None, start, clause_end(plain, fig.end, ceiling), part=True)
    if category is None and head.endswith("to ") and (who := details.people_risen_to(head)):
        return Reading(PEOPLE_METRICS[who[0]], None, start - len(head) + who[1], fig.end)
    if category is None and head.endswith("to ") and (risen := details.risen_to(head)):
        if risen[0] in FIXED:  # "Arrests ... rose to 286": from the noun
            return Reading(FIXED[risen[0]], None, start - len(head) + risen[1], fig.end)
    if category is None:
        # "bringing the total number of arrests to 1,234"
        total = _NUMBER_OF.search(head)
        noun = total.group(1).lower() if total else ""
        if total and noun not in NOUNS and (nxt := _NEXT_WORD.match(head, total.end(1))):
            noun = nxt.group(1).lower()  # "the number of deal lines closed, 23,"
        if total and _ACTIVE_WORD.search(total.group()):
            return None  # "the number of active lines ... at around 1,000": not closed
        if total and NOUNS.get(noun) in FIXED:
            return Reading(
                FIXED[NOUNS[noun]],
                None,
                fig.qual_start - len(head) + total.start(),
                fig.end,
            )
        if total and NOUNS.get(total.group(1).lower()) == "people":
            # "The number of people arrested over the week in Essex was 44"
            verb = people_verb("", total.group()[len("number of ") :], [])
            if verb in PEOPLE_METRICS:
                return Reading(
                    PEOPLE_METRICS[verb], None, fig.qual_start - len(head) + total.start(), fig.end
                )
        if gapped := details.bare_count(plain, fig.end, ceiling, head, previous):
            return Reading(gapped, None, start, fig.end)  # "Police closed 97, Mercia Police 52"
        # "233 arrested and 188 charged": a bare number and a participle
        bare = _PARTICIPLE.match(plain, fig.end, ceiling)
        if bare:
            verb = people_verb("", bare.group(), [])
            if verb in PEOPLE_METRICS:
                return Reading(PEOPLE_METRICS[verb], None, start, bare.end())
        # "Of those arrested, 23 were charged": a bare number with a people verb of its own
        aside = _BOTH_ASIDE.match(plain, fig.end, ceiling)  # "the other two, both men, have"
        bare = _BARE_VERB.match(plain, aside.end() if aside else fig.end, ceiling)
        if bare:
            verb = people_verb("", bare.group(), [])
            if verb in PEOPLE_METRICS:
                return Reading(PEOPLE_METRICS[verb], None, start, bare.end())
        # "Of those arrested, 14 were in Stevenage": a share of the people the opener names
        share = _OF_THOSE.search(head)
        if share and (aged := details.read_age_part(plain, fig.end, sent_end, previous, start)):
            return aged  # "But of those, nine were under 18"
        if share and _WERE_IN.match(plain, fig.end, ceiling):
            verb = people_verb("", share.group(1) or share.group(), [])  # "Of the arrests,"
            if verb in PEOPLE_METRICS:
                place = _IN_PLACE.match(plain, fig.end + 5, ceiling)
                end = place.end() if place else fig.end
                return Reading(PEOPLE_METRICS[verb], None, start, end, part=True)
        origin = _FROM_PLACE.match(plain, fig.end, ceiling)
        if origin and (
            share
            or (previous and (previous.label or "").startswith(_ORIGIN_WORDS))
            or (previous and head.endswith(("remaining ", "other ")))
        ):
            # "Of those charged, five are from Greater Manchester and two from Carlisle", "the
            # remaining three run from Croydon": a share by origin, labelled; the whole's area
            verb = people_verb("", share.group(1) or share.group(), []) if share else None
            metric = PEOPLE_METRICS.get(verb or "") or (previous.metric if previous else None)
            label = " ".join(origin.group("label").split())
            if metric is not None:
                return Reading(metric, label, start, origin.end())
        own = verb_right_before(head)
        if own is None and (other := _OTHER_BEFORE.search(head)):
            own = verb_right_before(head[: other.start()] + " ")  # "Suffolk arrested the other 18"
        if own is None and head.endswith(", ") and _IN_PLACE.match(plain, fig.end, ceiling):
            own = verb_right_before(head[:-2])  # "made the remaining arrests, six in Truro"
        if own in PEOPLE_METRICS and (
            previous is None or previous.metric in PEOPLE_METRICS.values()
        ):
            # "arrested 19 people and charged 11 in ...": the number's own verb
            near = head[-40:]
            verb_at = fig.qual_start - len(near) + verbs_in(near)[-1][1]
            place = _IN_PLACE.match(plain, fig.end, ceiling)
            return Reading(PEOPLE_METRICS[own], None, verb_at, place.end() if place else fig.end)
        if (
            previous is not None
            and (
                previous.metric not in (Metric.outreach, Metric.other)
                or (previous.label and _IN_PLACE.match(plain, fig.end, ceiling))
            )  # "nine properties in Dover and three in Deal" (closure orders)
            and (
                len(words) == 0
                or words[0].lower() in ("in", "across", "at")
                or _BETWEEN_THEM.match(plain, fig.end, ceiling) is not None
            )
        ):
            place = _IN_PLACE.match(plain, fig.end, ceiling)
            if place is None and previous.metric in details.AMOUNTS:
                return None  # "£4,300 was seized from the three": the people, not pounds
            return Reading(
                previous.metric, previous.label, start, place.end() if place else fig.end, part=True
            )
        return None
    decided, reading = noun_count(
        plain, fig, head, words, category, np_end, ceiling, sent_end, bool(partitive), previous
    )
    if decided:
        return reading
    tail = plain[np_end:ceiling]
    # people: the verb decides (its windows' verbs found once, for the span too)
    if state_of_counted(head, tail):
        return None  # "five people remain under investigation"
    verbs = VerbMemo()
    verb = people_verb(head, tail, words, verbs)
    if verb is None and re.fullmatch(r"[\s,]*(?:and|or|,)?[\s,]*", tail):
        # "Twenty-nine adults and nine children were safeguarded": the verb after the next one
        verb = people_verb("", plain[ceiling : min(sent_end, ceiling + 120)], words, verbs)
    if verb is None and (verdict := court_outcome(plain, tail, start, np_end, sent_end)):
        return verdict  # "Seven people were convicted", "Six men who ... have been jailed"
    if verb is None and (aside := _ASIDE.match(plain, np_end, sent_end)):
        # "Four men, aged between 19 and 34, have since been charged", "Twenty tenants - most
        # of them older people - were given support": the verb after the aside
        verb = people_verb("", plain[aside.end() : sent_end], words, verbs)
    if (
        (verb is None or _NEXT_FIGURE_VERB.fullmatch(tail))
        and previous is not None
        and previous.metric in PEOPLE_METRICS.values()
        and _LIST_CONTINUES.fullmatch(head)
    ):
        # "safeguarded 41 vulnerable adults and 17 children": the list's verb
        return Reading(previous.metric, None, start, np_end)
    if verb is None:
        return None
    metric = PEOPLE_METRICS.get(verb)
    if verb == "outreach":
        if any(w.lower() in ("vulnerable", "victims") for w in words) or (
            NOUNS.get(words[-1].lower()) == "people" and _AT_RISK.search(tail[:140])
        ):
            # "spoke to 19 children ... at risk of exploitation and referred them to ..."
            metric = Metric.safeguarded
        else:
            label = noun_label(words)
            return Reading(
                Metric.outreach, label, *span(plain, fig, head, tail, np_end, verb, verbs)
            )
    if metric is None:
        return None
    return Reading(metric, None, *span(plain, fig, head, tail, np_end, verb, verbs))


_ACTIVE_WORD = re.compile(r"\b(?:active|operating|running|live)\b", re.IGNORECASE)
_WHERE_AFTER = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:all\s+)?arrested\s+(?:in|at)\s+[A-Z]"
)
_OF_THEM_NOUN = re.compile(r"\s+of\s+them\s+(?:[\w-]+\s+)?[a-z]+(?!\s+(?:were|was|had|have)\b)")
_COMPOUND = re.compile(r"-(?![a-z]+s\b)[a-z]+\s+[a-z]")  # "-vehicle crash", not "-kilos"
_ADDRESSES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:addresses|properties|homes|flats|houses)\b")
_ASIDE = re.compile(
    r",\s*(?:aged|including|the\s+(?:youngest|oldest|eldest)|some\s+(?:as\s+young\s+as|aged)"
    r"|(?:both|all|one)\s+aged)\b"
    r"[^,;.]{0,40},|\s+-\s+[^-;.]{0,150}?\s+-|\s*\([^)]{0,150}\)"
    # "Two other men, Dean Holt, 22, and Reece Amis, 19, were jailed": names and ages
    r"|(?:,\s*(?:and\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+,\s*(?:aged\s+)?\d{1,2}){1,6}\s*,"
)
_BOTH_ASIDE = re.compile(r",\s*(?:both|all|each)\s+[^,;.]{1,40},")
# "... and charged 5 people": the verb belongs to the next figure
_NEXT_FIGURE_VERB = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:also\s+)?\w+(?:\s+a\s+further)?\s*")
_LIST_CONTINUES = re.compile(r"[\s\w'-]{0,40}?(?:,|\band|,\s*and)\s*")
_AT_RISK = re.compile(
    r"\b(?:at\s+risk|vulnerable|referred|safeguard\w*|being\s+exploited)\b", re.IGNORECASE
)
_OF_THOSE = re.compile(
    r"\bof\s+(?:those|them|the\s+(?:[\d,]+\s+)?(?:people|arrests|suspects))"
    r"(?:\s+(arrested|charged|safeguarded|jailed))?[\s,]*$",
    re.IGNORECASE,
)
_WERE_IN = re.compile(
    r"\s+(?:were|was)\s+(?:(?:made|carried\s+out)\s+)?(?:in|at|from\s+the)\s+", re.IGNORECASE
)
_IN_PLACE = re.compile(r"\s+(?:in|at|across)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")
_OTHER_BEFORE = re.compile(r"\s+(?:the\s+(?:other|remaining|final|last)|a\s+further|another)\s+$")
_FROM_PLACE = re.compile(
    r"\s+(?:(?:are|were|is|was|had\s+been|have\s+been)\s+)?"
    r"(?P<label>(?:(?:run|controlled|operated|come|came)\s+)?from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
_ORIGIN_WORDS = ("from ", "run from ", "controlled from ", "operated from ")
# a relative clause between commas may stand between the noun and its verb: "take the number
# of arrests under Operation Larch, which targets dealing across the district, to 23"
_NUMBER_OF = re.compile(
    r"\b(?:number|total|tally|share)\s+of\s+(?:[\w-]+\s+)??(\w+)\b[^.;\d]{0,50}?"
    r"(?:,\s*(?:which|that|who)\s[^.;\d,]{0,90},\s*)?"
    r"\b(?:to|at|is|was|of|reached|stands\s+at|now|,|revised,?\s+from)\s*$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\s-]+(\w+)")
_PARTICIPLE = re.compile(
    r"\s+(?:(?:subsequently|later|since|then|also|now)\s+)?"
    r"(?:arrested|charged|jailed|sentenced|safeguarded|supported|detained)\b",
    re.IGNORECASE,
)
_BARE_VERB = re.compile(
    r"\s+(?:were|was|have|has|had)\s+(?:also\s+|since\s+|now\s+|then\s+)?"
    r"(?:been\s+)?(?:later\s+)?\w+(?:\s+(?:with|to|for))?",
    re.IGNORECASE,
)
# "Kent made 40 arrests, while the three London forces made 96 between them": a bare count
# that totals a group's figure, the noun left out as in "while Essex made 31"
_BETWEEN_THEM = re.compile(r"\s+between\s+them\b")
# "four of them teenagers (from Leeds) who were later referred to ...": who the part of the
# arrests were, then what happened to them
_WHO_REFERRED = re.compile(
    r"(?:\s+from(?:\s+[\w'-]+){1,3}?)?(?P<who>,?\s+who)\s+(?:have|has|had|were|was)\s+"
    r"(?:since\s+|later\s+|then\s+|now\s+|also\s+)?(?:been\s+)?(?:since\s+)?"
    r"(?:referred|safeguarded)\b"
)
