"""What became of the people a figure counts: released, referred, prosecuted, sentenced (pure).

"four were released under investigation" (no enforcement outcome), "11 referrals to
safeguarding services" (people looked after), "supported by social work colleagues" or
"helped rehouse four tenants" (a partner's outcome), "files on two others will be sent to the
Public Prosecution Service", "reported to the Procurator Fiscal", "reported for summons"
(prosecuted without a charge, each its own outcome), "given suspended sentences" (not
jailed). ``shares.read_share`` reads a figure's words after its noun with these.
"""

from __future__ import annotations

import re

from .numbers import Figure

BY_PARTNER = re.compile(
    r"[^.;]{0,80}?\b(?:supported|helped|housed|cared\s+for"
    r"|(?:moved|rehoused|placed)\s+(?:in|into|to)(?:\s+[\w-]+){0,3}?)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:social\s+work\w*|social\s+services|social\s+workers|charit\w+"
    r"|council|councils)\b",
    re.IGNORECASE,
)
RELEASED = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:been|were|was)\s+(?:later\s+|since\s+|subsequently\s+)?"
    r"(?:released|bailed|freed|de-arrested)\b",
    re.IGNORECASE,
)
HELPED_DO = re.compile(r"\bhelped\s+(?!to\b)(?P<verb>[a-z]+)\s+$")
# "will be", "are to be": the file is on its way ("Files on two others will be sent to ...")
_TO_BE = r"(?:(?:will|would|are\s+to|is\s+to)\s+be|(?:are|is)\s+being)\s+"
REPORTED_TO_PPS = re.compile(
    rf"(?:\s+(?:more|further|others?))?\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+|{_TO_BE})?"
    r"(?:also\s+)?"
    r"(?:(?:reported|sent|passed|submitted|referred)\s+to|prepared\s+for)\s+the\s+"  # "files on"
    r"Public\s+Prosecution\s+Service\b",
    re.IGNORECASE,
)
# "four people had been reported for summons": prosecuted without a charge, its own outcome
SUMMONS = re.compile(
    r"(?:\s+(?:more|further|other))?(?:\s+(?P<who>people|others|men|women|adults|teenagers))?"
    # "had been interviewed under caution and would be reported for summons"
    r"(?:\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+)?(?:interviewed|questioned)"
    r"(?:\s+under\s+caution)?\s+and)?"
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was|will\s+be|would\s+be)\s+)?(?:also\s+)?"
    r"reported\s+for\s+(?:a\s+)?summons\b",
    re.IGNORECASE,
)
PPS_LABEL = "people reported to the public prosecution service"
# Scotland: "four people arrested have been reported to the Procurator Fiscal", "A report will
# be sent to the Procurator Fiscal in respect of the remaining four": prosecuted without a charge
PF_LABEL = "people reported to the procurator fiscal"
PF_AFTER = re.compile(
    r"(?:\s+(?:more|further|other|arrested))*(?:\s+(?:people|men|women|others|adults))?"
    r"(?:\s+arrested)?\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was|will\s+be|would\s+be|are|is)\s+)?"
    r"(?:also\s+)?(?:(?:reported|sent|submitted|passed)\s+to"
    # "a further four will be the subject of a report to the Procurator Fiscal"
    r"|(?:the\s+)?subject\s+(?:of|to)\s+(?:a\s+)?reports?\s+to)\s+the\s+procurator\s+fiscal\b",
    re.IGNORECASE,
)
PF_BEFORE = re.compile(
    r"\breport\s+(?:will\s+be\s+|would\s+be\s+|has\s+been\s+|had\s+been\s+|was\s+|is\s+being\s+)?"
    r"(?:sent|submitted|passed)\s+to\s+the\s+procurator\s+fiscal\s+(?:in\s+respect\s+of|regarding"
    r"|concerning|about)\s+(?:the\s+)?(?:remaining\s+|other\s+|further\s+)?$"
    # "a report on a further eight people will be sent to the Procurator Fiscal"
    r"|\breport\s+(?:on|about|concerning|regarding|in\s+respect\s+of)\s+"
    r"(?:a\s+further\s+|another\s+|the\s+(?:other|remaining)\s+)?$",
    re.IGNORECASE,
)
# "Eleven have been charged and a further four ...": others than the charged
_FURTHER_BEFORE = re.compile(r"\b(?:further|other|another|more|remaining)\s+$")
_OTHERS_AFTER = re.compile(r"\s+(?:others?|more|further)\b")


def others(plain: str, fig: Figure, head: str) -> bool:
    """Whether the figure counts others than the ones named before ("and four others")."""
    return bool(_FURTHER_BEFORE.search(head) or _OTHERS_AFTER.match(plain, fig.end))


SUSPENDED = re.compile(
    # "Two further defendants, who admitted ..., received"; "Two women who had let ... were"
    # "Two other defendants in that case were given suspended sentences"
    r"(?:,[^,;.]{1,120},|\s+(?:who|in|from)\s+[^,;.\"]{1,100}?(?=\s+(?:were|was|received|got)\s))?"
    r"\s+(?:(?:were|was)\s+(?:given|handed)|received|got)\s+suspended\s+(?:prison\s+|jail\s+)?"
    r"sentences?",
    re.IGNORECASE,
)


REFERRED_TO = re.compile(
    r"\s+(?:(?:were|have\s+been|had\s+been)\s+made\s+)?to\s+(?:the\s+|local\s+)?"
    r"(?:safeguarding|social\s+services|social\s+care|children's\s+services|adult\s+services)"
    r"(?:\s+(?:services|teams?|hub|partners))?",
    re.IGNORECASE,
)
