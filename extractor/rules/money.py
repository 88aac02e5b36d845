"""Money and weights: cash or drugs value, drugs weight, from the words around the figure (pure).

"£6,854 in cash", "cash totalling £12,750" -> cash; "£45,000 worth of drugs",
"drugs with a street value of £30,000" -> drugs value (labelled with the drug
when there is one); "6kg of cocaine" -> drugs weight. Money that is revenue,
funding, fines or per-day takings is no seizure and gives no statistic.
"""

from __future__ import annotations

import re

from ..schema import Metric
from .gazetteer import canonical_drug
from .lexicon import Reading, nearest_verb, verbs_in
from .numbers import Figure
from .textsearch import search_hinted

_CASH_AFTER = re.compile(
    r"[\s-]*(?:in\s+(?:\w+\s+)?cash|(?:worth\s+)?of\s+cash|cash|in\s+notes)\b", re.IGNORECASE
)
_DRUGS_AFTER = re.compile(
    # "a £40k haul of heroin", "a two-kilo block of cocaine"
    r"[\s-]*(?:worth|in|of|street\s+value)?\s*(?:worth\s+of|of|in)?\s*"
    r"(?:(?:haul|stash|consignment|shipment|batch|load|block|brick|package|parcel)\s+of\s+)?"
    r"(?:suspected\s+|illegal\s+|"
    r"illicit\s+|controlled\s+|herbal\s+)?(?P<what>drugs?|narcotics|class\s+[abc](?:\s+drugs)?|crack\s+cocaine|"
    r"cocaine|heroin|cannabis\s+resin|cannabis|crack|mdma|ecstasy|ketamine|amphetamines?|spice|skunk)\b",
    re.IGNORECASE,
)
_DRUGS_BEFORE = re.compile(
    r"(?:drugs?|cocaine|heroin|cannabis|crack|mdma|ketamine|amphetamines?|class\s+[abc])"
    r"[^\u00a3.;]{0,40}?(?:worth|valued\s+at|value\s+of|estimated\s+at|(?:put|puts|places|values)\s+at|totalling|of"
    r"|(?:est\.\s+)?street\s+value|(?:would\s+have\s+)?(?:sold|fetched)\s+for)\s*"
    r"(?:more\s+than|over|around|about|approximately|almost|nearly|an\s+estimated|up\s+to|at\s+least"
    r"|some|just\s+under|(?:just|well|a\s+little|slightly)\s+(?:over|under|more\s+than)"
    r"|in\s+excess\s+of|upwards\s+of|roughly|c\.|circa)?\s*$",
    re.IGNORECASE,
)
# "tools worth around £2,000": what goods were worth (a drug's worth is read above)
_GOODS_WORTH = re.compile(
    r"\b[a-z]+s\s+worth\s+(?:(?:around|about|an\s+estimated|more\s+than|over|up\s+to|some)\s+)?$"
)
_CASH_BEFORE = re.compile(r"\bcash\b[^\u00a3.;]{0,30}$", re.IGNORECASE)
# "The cash total has been revised, from £12,300 to £14,920": the new figure of the cash
_CASH_CHANGED = re.compile(
    r"\bcash\b[^\u00a3.;]{0,60}?\bfrom\s+\u00a3[\d,.]+(?:\s*(?:k|m|million))?\s+to\s+$", re.I
)
_FIND_BEFORE = re.compile(r"\b(?:find|haul|seizure|stash)\b[^\u00a3.;,]{0,40},\s$", re.I)
_NOT_SEIZED_MONEY = re.compile(
    r"^\s*(?:a|per|each|every)\s+(?:day|week|month|year|line)|^\s*daily|^\s*weekly"
    r"|^\s*(?:of|in)\s+(?:funding|grants?|compensation|fines?|costs?|investment|profits?|revenue)",
    re.IGNORECASE,
)
_MONEY_CONTEXT_SKIP = re.compile(
    r"\b(?:generat\w*|earn\w*|revenue|profit\w*|turnover|fund\w*|grants?|fined?|compensation|"
    r"cost\w*|bail|invest(?!igat)\w*|spent|spend\w*|pay\w*|paid|owed|debts?|salary|reward)\W*(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# words one of which every _MONEY_CONTEXT_SKIP match holds (lower case, for search_hinted)
_CONTEXT_HINTS = tuple(
    "generat earn revenue profit turnover fund grant fine compensation cost bail invest spen pay"
    " paid owed debt salary reward".split()
)


def _single_drug(what: str, rest: str) -> str | None:
    """The label for one drug; none for "2.3kg of cocaine and heroin" (two drugs, one figure)."""
    if _ANOTHER_DRUG.match(rest):
        return None
    return _drug_label(what)


_DRUG_BEFORE_LIST = re.compile(
    r"(?:cocaine|heroin|cannabis|crack|mdma|ketamine|amphetamines?|spice|skunk)\s*(?:,|and|&)\s*$",
    re.IGNORECASE,
)
_ANOTHER_DRUG = re.compile(
    r"\s*(?:,|and|or|&)\s*(?:crack|cocaine|heroin|cannabis|mdma|ketamine|"
    r"amphetamine|spice|skunk|class)",
    re.IGNORECASE,
)


def _drug_label(what: str) -> str | None:
    name = canonical_drug(what)
    return name if name and not name.startswith("class") else None


def read_money(
    plain: str, fig: Figure, head: str, ceiling: int, sent_start: int = 0
) -> Reading | None:
    tail = plain[fig.end : ceiling]
    if _NOT_SEIZED_MONEY.match(tail) or search_hinted(_MONEY_CONTEXT_SKIP, head, _CONTEXT_HINTS):
        return None
    cash = _CASH_AFTER.match(tail)
    if cash:
        return Reading(Metric.cash_seized, None, fig.qual_start, fig.end + cash.end())
    drug = _DRUGS_AFTER.match(tail)
    if drug:
        return Reading(
            Metric.drugs_value,
            _single_drug(drug.group("what"), tail[drug.end() :]),
            fig.qual_start,
            fig.end + drug.end(),
        )
    upto = (
        head + plain[fig.qual_start : fig.start]
    )  # qualifier words included: "an estimated value of"
    before = _DRUGS_BEFORE.search(upto)
    if before:
        drug_word = re.match(r"cannabis\s+resin|\w+(?:\s+[abc]\b)?", before.group())
        label = _drug_label(drug_word.group()) if drug_word else None
        if label and (
            _ANOTHER_DRUG.search(before.group())
            or _DRUG_BEFORE_LIST.search(upto, 0, before.start())
        ):
            # "cocaine and heroin, with a combined street value of £70,000", "heroin and crack
            # cocaine with an estimated street value of £60,000": no one drug's value
            label = None
        return Reading(Metric.drugs_value, label, fig.start - len(upto) + before.start(), fig.end)
    if "worth" in upto[-30:] and _GOODS_WORTH.search(upto):
        return None  # "power tools worth around £2,000 taken from sheds": goods' value, no cash
    if _CASH_BEFORE.search(upto) or (head.endswith(", ") and _FIND_BEFORE.search(head)):
        # "cash totalling £12,750", "The largest single find of the week, £9,200, was ..."
        return Reading(Metric.cash_seized, None, fig.qual_start, fig.end)
    if head.endswith("to ") and _CASH_CHANGED.search(
        plain, max(sent_start, fig.start - 160), fig.start
    ):
        return Reading(Metric.cash_seized, None, fig.qual_start, fig.end)
    verb = nearest_verb(tail[:50], first=True) or nearest_verb(head[-40:], first=False)
    if verb is None:
        # "Officers seized 3kg of cannabis, 500g of cocaine and £5,000": the list's verb
        verb = nearest_verb(plain[sent_start : fig.qual_start][-160:], first=False)
    if verb and verb[0] == "seized":
        end = fig.end + verb[2] if verb[1] >= 0 and verb in verbs_in(tail[:50]) else fig.end
        return Reading(Metric.cash_seized, None, fig.qual_start, end)
    return None


def read_weight(plain: str, fig: Figure, ceiling: int) -> Reading:
    """A weight is drugs seized: "6kg of cocaine" (labelled), "2.3kg of cocaine and heroin"."""
    tail = plain[fig.end : ceiling]
    drug = _DRUGS_AFTER.match(tail)
    label = _single_drug(drug.group("what"), tail[drug.end() :]) if drug else None
    end = fig.end + (drug.end() if drug else 0)
    return Reading(Metric.drugs_weight_kg, label, fig.qual_start, end)
