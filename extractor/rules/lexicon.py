"""The words of the metric stage: nouns, verbs, stop words, and the ``Reading`` result (pure).

Kept apart from the classifying code so the vocabulary can grow (a new noun, a
new verb form) without touching the logic; every addition should come with a
sentence of its own in ``tests/test_rules_metrics.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import Metric
from .firstletter import by_first_letter
from .textsearch import after_gap

STOP = frozenset(
    "were was have has had been being be are is with in at of and or from for on by to who which "
    "that as into during after while across including worth the a an this these those their "
    "its his her our we they it more than over".split()
)
NOUNS: dict[str, str] = {}
for cat_, words_ in {
    "arrests": "arrests arrest",
    "warrants": "warrants warrant",
    "phones": "phones phone mobiles handsets handset mobile",
    "lines": "lines line",
    "knives": "knives knife blades blade",
    "weapons": "weapons weapon",
    "weapon_type": "machetes machete swords sword knuckledusters tasers taser pistols pistol "
    "rifles rifle shotguns shotgun axes axe crossbows crossbow batons baton katanas katana "
    "handguns handgun bats bat hammers hammer firearms firearm guns gun",
    "vehicles": "vehicles vehicle cars car vans van motorbikes motorbike mopeds moped "
    "motorcycles motorcycle e-bikes e-bike e-scooters e-scooter scooters scooter",
    "addresses": "addresses address properties property homes premises houses flats doors",
    "visits": "visits visit checks check",
    "years": "years year",
    "offences": "offences offence charges counts crimes",
    "people": "people persons person individuals individual suspects suspect offenders "
    "offender men man women woman males male females female boys girls children "
    "child adults adult youngsters teenagers teens juveniles minors victims "
    "vulnerable members dealers runners others youths defendants prisoners "
    "criminals gangsters drivers passengers boys' girls' teenager youngster tenants holders "
    "holder bosses brothers sisters cousins accomplices co-defendants",
    "outreach": "schools school pupils students teachers professionals parents businesses "
    "shops hotels colleges retailers staff workers drivers operators landlords "
    "residents households homes_visited sessions assemblies workshops talks",
    "plants": "plants",
    "items": "wraps bags packages deals rocks packets rounds cartridges bullets farms factories "
    "searches convictions "
    "seizures tablets pills cards",
    "nonmetric": "forces force officers police agencies days weeks hours months areas towns "
    "evenings nights counties regions operations calls messages texts reports incidents "
    "occasions times organisations partners units teams minutes percent seconds "
    "miles metres routes stations trains locations sites services",
}.items():
    for w_ in words_.split():
        NOUNS[w_] = cat_

TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,.;:()\"]|\d[\d,.]*")
# matched on lower-cased text; every branch opens and closes on a letter: searched in
# " " + text, re skips to the gaps between words (textsearch.after_gap)
VERBS = (
    # "lifted" (Scots) and "were held": arrested ("the pens held 220 sheep" is no arrest)
    r"\b(?P<arrests>arrest(?:ed|ing|s)?|detain(?:ed|ing)|taken\s+into\s+custody|lifted|(?:were|was|been|being)\s+held)\b"
    r"|\b(?P<charged>charg(?:ed|ing)|summonsed|summoned|brought\s+against)\b"
    r"|\b(?P<jailed>jailed|sentenced|imprisoned|locked\s+up|behind\s+bars|given\s+custod\w+)\b"
    r"|\b(?P<safeguarded>safeguard\w*|(?:taken|placed)\s+into\s+(?:police\s+)?protection|"
    r"(?:taken|moved|removed|brought)\s+to\s+(?:a\s+)?place\s+of\s+safety|supported|support(?:ing)?|helped|protected|rescued|"
    r"referred|engaged(?:\s+with)?|engaging(?:\s+with)?|visited|visits?\s+to|identif(?:ied|ying)"
    r"|working\s+with\s+(?:us|police|officers|partners)|offered\s+(?:help|support)"
    # "made sure 23 young people got the help they needed", "got them support"
    r"|got\s+(?:them\s+)?(?:the\s+)?(?:help|support)"
    r"|as\s+(?:being\s+)?vulnerable|at\s+risk|looked\s+after"
    # "the 14 people who now have someone looking out for them"
    r"|(?:someone|somebody)\s+(?:looking\s+out\s+for|to\s+turn\s+to|checking\s+(?:in\s+)?on))\b"
    r"|\b(?P<outreach>sp[oe]ke?\s+to|spoken\s+to|speaking\s+to|talk(?:ed|ing)?\s+to|educat\w+|reached|"
    r"deliver\w*|workshops?|sessions?|presentations?|input\s+to|sharing|shared)\b"
    r"|\b(?P<seized>seiz\w+|recover\w*|found|finding|finds|confiscat\w+|taken|removed|closed|shut|disrupted|"
    r"turned\s+up|uncovered|discovered|"
    r"dismantled|taken\s+down)\b"
)
# the same branches under the letter each opens with (firstletter.py): the same matches, and
# re passes most branches over on their first letter; a match's last group names its verb
_VERBS_BY_LETTER, VERB_OF_GROUP = by_first_letter(VERBS)
VERBS_AFTER_GAP = after_gap(_VERBS_BY_LETTER, ends_on_word=True)

# "11 have been remanded in custody", "eight were released on bail": a court's or custody's
# step, not an arrest, a charge or a safeguarding
NO_METRIC_VERB = re.compile(
    r"\s*(?:(?:were|was|have|has|had|are|is)\s+)?(?:(?:also|since|now|then|later|all|both)\s+)*"
    r"(?:been\s+)?(?:remanded|bailed|released|freed|interviewed|cautioned)\b"
    # "four were interviewed and later charged": the charge counts
    r"(?![^.;,]{0,40}?\band\s+(?:\w+\s+)?(?:been\s+)?(?:charged|arrested|jailed|sentenced)\b)",
    re.IGNORECASE,
)

FIXED = {
    "arrests": Metric.arrests,
    "warrants": Metric.warrants,
    "phones": Metric.phones_seized,
    "lines": Metric.lines_closed,
    "knives": Metric.knives_seized,
    "weapons": Metric.weapons_seized,
    "vehicles": Metric.vehicles_seized,
}
PEOPLE_METRICS = {
    "arrests": Metric.arrests,
    "charged": Metric.charged,
    "jailed": Metric.people_jailed,
    "safeguarded": Metric.safeguarded,
}


@dataclass(slots=True)
class Reading:
    """What one figure counts, and the span of words that says so."""

    metric: Metric
    label: str | None
    ev_start: int
    ev_end: int
    part: bool = False  # a share of the figure before it ("including eight in Basingstoke")
    # when the words change the number ("52 years and three months")
    value: int | float | None = None


def verbs_in(text: str) -> list[tuple[str, int, int]]:
    return [
        (VERB_OF_GROUP[m.lastgroup or ""], m.start(), m.end() - 1)
        for m in VERBS_AFTER_GAP.finditer(" " + text.lower())  # a match ends one further on
    ]


class VerbMemo:
    """``verbs_in`` for the windows around one figure: ``people_verb`` and ``span`` read the
    same ones (the clause after the noun, the words before the number), each found once.
    Made per figure and dropped with it; callers do not change the lists it hands out."""

    __slots__ = ("_found",)

    def __init__(self) -> None:
        self._found: dict[str, list[tuple[str, int, int]]] = {}

    def __call__(self, text: str) -> list[tuple[str, int, int]]:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = verbs_in(text)
        return found


def nearest_verb(text: str, *, first: bool) -> tuple[str, int, int] | None:
    found = verbs_in(text)
    if not found:
        return None
    return found[0] if first else found[-1]


# "three county lines cases / gangs / investigations": the lines name the kind, they are not counted
LINES_AS_ADJECTIVE = frozenset(
    "case cases gang gangs network networks investigation investigations operation operations "
    "trial trials offence offences crime crimes team teams group groups conspiracy conspiracies "
    "probe probes".split()
)
