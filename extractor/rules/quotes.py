"""Direct quotations with their speaker, role and organisation (pure).

Press releases quote in a few fixed shapes: `Title Name, role at Org, said: "..."`,
`"...," said Title Name.`, `"...," he added.`, and a quote carried on over
several paragraphs, each opening with a quote mark. One ``Quote`` per quoted
paragraph, its text verbatim without the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import QUOTE_CHARS, Quote
from .affiliation import RANK, agency_in, home_force, regional_unit
from .gazetteer import Mention
from .segments import Paragraph

_SAY = (
    r"(?:said|says|added|adds|explained|commented|stated|warned|continued|told\s+[^\"]{1,40}?"
    r"|went\s+on|urged|concluded|revealed|insisted|admitted|(?:was\s+)?quoted\s+as\s+saying)"
)
# the say-verb that ends a lead-in; who speaks is the text before it (one regex step, not a
# lazy scan from every position)
_ATTR_BEFORE = re.compile(rf"\b{_SAY}\s*[:,]?\s*$", re.IGNORECASE)
_ATTR_AFTER_VERB_FIRST = re.compile(rf"^[\s,.]*{_SAY}\s+(?P<who>[^\".;]+)", re.IGNORECASE)
_ATTR_AFTER_NAME_FIRST = re.compile(rf"^[\s,.]*(?P<who>[^\".;]+?)\s+{_SAY}\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.IGNORECASE)
_TITLE_WORDS = frozenset(
    "detective chief inspector superintendent constable sergeant assistant deputy commissioner "
    "commander temporary acting det insp supt sgt ch dci di ds dc pc psc ps acc dcc cc mr mrs ms "
    "dr cllr councillor sir dame lord lady head director officer lead minister secretary "
    "police crime and of the national regional force county lines coordinator co-ordinator "
    "manager senior principal general inspectors t/superintendent t/chief t/inspector "
    "district borough city policing area neighbourhood local tactical strategic judge recorder "
    "sheriff captain".split()
)
_NAME = re.compile(
    r"^(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?:\s+[A-Z]\.)?"
    r"(?:\s+(?:(?:Mc|Mac|O'|De|Van|Le)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)){1,2}$"
)
_ORG_PHRASE = re.compile(
    r"\b(?:from|at|of|for|with)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*(?:and\s+|&\s+|of\s+)?)+)"
)


@dataclass(slots=True)
class _Speaker:
    name: str
    role: str | None
    organisation: str | None


def find_quotes(
    plain: str,
    paragraphs: list[Paragraph],
    mentions: list[Mention],
    full_names: dict[str, str],
    original: str | None = None,
) -> list[Quote]:
    """Quotes in text order; a quote whose speaker cannot be named is left out.

    ``plain`` is the folded text the patterns read; ``original`` (same offsets) is
    what quote texts and names are copied from, so they stay verbatim.
    """
    original = plain if original is None else original
    out: list[Quote] = []
    last: _Speaker | None = None
    last_para = -10
    for pi, para in enumerate(paragraphs):
        pos = para.start
        in_para: _Speaker | None = None  # "X," she said. "Y." : both halves are hers
        while True:
            open_at = plain.find('"', pos, para.end)
            if open_at < 0:
                break
            close_at = plain.find('"', open_at + 1, para.end)
            end = close_at if close_at >= 0 else para.end
            a, b = open_at + 1, end
            while a < b and plain[a].isspace():
                a += 1
            while b > a and plain[b - 1].isspace():
                b -= 1
            pos = (close_at + 1) if close_at >= 0 else para.end
            if b - a < 2:
                continue
            # a short stretch is a scare-quoted phrase ("cuckooing") unless someone says it
            short = len(plain[a:b].split()) < 4
            if (
                short
                and in_para is None
                and not _SAY_NEAR.search(
                    plain, max(para.start, open_at - 12), min(para.end, end + 14)
                )
                and not _PARTIAL_LEAD.search(plain, max(para.start, open_at - 60), open_at)
            ):
                continue  # 'said the week had been "hard but fair"': a partial quotation
            lead_in = plain[para.start : open_at]
            speaker = _speaker_before(lead_in, mentions, full_names, para.start)
            if speaker is None and "ccording to" in lead_in:
                according = _ACCORDING.search(lead_in)  # 'According to Supt Ray Lee, "..."'
                if according:
                    speaker = parse_speaker(according.group("who"), mentions, full_names)
            if speaker is None and (rank := _RANK_SURNAME_SAYS.search(lead_in)):
                speaker = _in_full(plain, rank.group("s"), para.start, mentions, full_names)
            if speaker is None and in_para is not None:
                speaker = in_para
            if (
                speaker is None
                and last is not None
                and pi - last_para <= 3
                and _PRONOUN_LEAD.search(lead_in)
            ):
                speaker = last  # 'She added: "..."'
            if speaker is None and close_at >= 0:
                speaker = _speaker_after(
                    plain[close_at + 1 : para.end], mentions, full_names, close_at + 1
                )
            if (
                speaker is None
                and last is None
                and (
                    _PRONOUN_LEAD.search(lead_in)
                    or (close_at >= 0 and _PRONOUN_ATTR.search(plain[close_at + 1 : para.end]))
                )
            ):
                # 'Inspector Ann Dunn spoke to the Star. / "...," she said.': the officer named
                speaker = _named_before(plain, paragraphs, pi, open_at, mentions, full_names)
            if speaker is None and close_at >= 0:
                # '"...," said Penrose.' after "Captain Jack Penrose set the tone": the full name
                surname = _SURNAME_ATTR.match(plain, close_at + 1, para.end)
                if surname:
                    who = surname.group("s") or surname.group("s2")
                    speaker = _in_full(plain, who, open_at, mentions, full_names)
            if (
                speaker is None
                and open_at == para.start
                and pi > 0
                and (last is None or pi - last_para > 3)
            ):
                # 'Det Supt Jane Doe said the week went well.' then a paragraph of quote
                prev = paragraphs[pi - 1]
                lead = plain[prev.start : prev.end]
                named = _REPORTED.search(lead) or _STATEMENT.search(lead)
                if named and '"' not in lead:
                    speaker = parse_speaker(named.group("who"), mentions, full_names)
            if (
                speaker is None
                and close_at >= 0
                and _PRONOUN_ATTR.search(plain[close_at + 1 : para.end])
            ):
                # 'Superintendent Chris Balmer said the week went well. "...," he said.'
                named = _REPORTED.search(lead_in)
                if named:
                    speaker = parse_speaker(named.group("who"), mentions, full_names)
            if speaker is None and open_at == para.start and 0 < pi and last_para < pi - 1:
                # 'Priya Shah said four tenants had been moved. / "...," she said.': her words
                speaker = _reported_in(plain, paragraphs[pi - 1], close_at, mentions, full_names)
            if (
                speaker is None
                and last is not None
                and (
                    open_at == para.start
                    or _PRONOUN_ATTR.search(plain[close_at + 1 : para.end] if close_at >= 0 else "")
                )
                and pi - last_para <= 3
            ):
                speaker = last
            if speaker is None:
                # 'Judge Ann Colley said the men had "preyed on ..."', 'DS Ian Ross said
                # outside court: "..."': the speaker's sentence runs on into the quote
                named = _REPORTED.search(lead_in)
                if named and _PRONOUN.match(named.group("who").strip()):
                    speaker = last if pi - last_para <= 3 else None  # 'She said the ... "..."'
                elif named:
                    speaker = parse_speaker(named.group("who"), mentions, full_names)
            if speaker is None:
                continue
            if speaker.organisation is None and speaker.role and RANK.search(speaker.role):
                speaker = _Speaker(speaker.name, speaker.role, home_force(mentions, full_names))
            last, last_para, in_para = speaker, pi, speaker
            if b - a > QUOTE_CHARS:  # past the record's limit: not a quotation to keep
                continue
            at = plain.find(speaker.name)
            name = original[at : at + len(speaker.name)] if at >= 0 else speaker.name
            out.append(
                Quote(
                    speaker=name,
                    role=speaker.role,
                    organisation=speaker.organisation,
                    text=original[a:b],
                    text_start=a,
                    text_end=b,
                )
            )
    return out


_SAY_NEAR = re.compile(rf"\b{_SAY}\b", re.IGNORECASE)
_ORG_WORD = re.compile(
    r"\b(?:Police|Constabulary|Unit|Agency|Council|Centre|Service|Force|Team|"
    r"Squad|Office|Partnership)\b"
)
_REPORTED = re.compile(rf"(?:^|[.!?]\s+)(?P<who>[^.!?\"]{{3,160}}?)\s+{_SAY}\b[^\"]*$")
_PARTIAL_LEAD = re.compile(rf"\b{_SAY}\s+(?:that\s+)?[^.!?\"]{{0,50}}$")
_HONORIFIC = re.compile(
    r"\b(?:Ms|Mrs|Miss|Mr|Dr)\.?\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)\b"
)
_REPORTED_ANY = re.compile(rf"(?:^|[.!?]\s+)(?P<who>[^.!?\"]{{3,160}}?)\s+{_SAY}\b")
_PRONOUN_LEAD = re.compile(
    rf"(?:^|[.!?]\s+|,\s+)(?:he|she|they)\s+(?:\w+\s+)?{_SAY}\s*[:,]?\s*$", re.IGNORECASE
)
_PRONOUN_ATTR = re.compile(
    rf"^[\s,.]*(?:(?:he|she|they)\s+{_SAY}|{_SAY}\s+(?:he|she))\b", re.IGNORECASE
)


_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^\".;]{3,100}?)\s*,?\s*$")
_RANKS = (
    r"\b(?:(?:Detective|Det|Chief|Assistant|Deputy|Temporary|Acting|Inspector|Insp|"
    r"Superintendent|Supt|Sergeant|Sgt|Constable|PC|DC|DS|DI|DCI|Commander|Councillor|Cllr)"
    r"\.?\s+)+"
)
# 'Detective Inspector Cole added: "..."': the rank and surname of someone named in full before
_RANK_SURNAME_SAYS = re.compile(
    rf"{_RANKS}(?P<s>(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)\s+{_SAY}\s*[:,]?\s*$"
)
# "Commissioner Ian Fairbrother has issued the following statement": the quoted paragraphs' speaker
_STATEMENT = re.compile(
    r"(?:^|[.!?]\s+)(?P<who>[^.!?\"]{3,160}?)\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|made)"
    r"\s+(?:the\s+following|a|this)\s+statement\b[^\"]*$"
)
_TITLED_NAME = re.compile(
    rf"{_RANKS}(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
    r"(?:\s+(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?){1,2}"
)


def _named_before(
    plain: str,
    paragraphs: list[Paragraph],
    pi: int,
    open_at: int,
    mentions: list[Mention],
    full: dict[str, str],
) -> _Speaker | None:
    """The last officer named by rank in this paragraph or the two before it."""
    for j in range(pi, max(-1, pi - 3), -1):
        end = open_at if j == pi else paragraphs[j].end
        found = list(_TITLED_NAME.finditer(plain, paragraphs[j].start, end))
        if found:
            return parse_speaker(found[-1].group(), mentions, full)
    return None


_SURNAME_ATTR = re.compile(
    rf"[\s,.]*(?:{_SAY}\s+(?P<s>[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)|(?P<s2>[A-Z][a-z]+)\s+{_SAY})"
    r"\s*[.,]"
)


def _in_full(
    plain: str, surname: str, before: int, mentions: list[Mention], full: dict[str, str]
) -> _Speaker | None:
    """The last person named in full (with any title) before ``before`` whose surname this is."""
    found = list(
        re.finditer(rf"(?:\b[A-Z][\w.'-]*\s+){{1,4}}{re.escape(surname)}\b", plain[:before])
    )
    for m in reversed(found):  # "said Det Supt Whitlock" names no one in full: look further back
        if speaker := parse_speaker(m.group(), mentions, full):
            return speaker
    return None


def _speaker_before(
    text: str, mentions: list[Mention], full: dict[str, str], offset: int
) -> _Speaker | None:
    stripped = text.rstrip()
    if not stripped or not (stripped[-1] in ":," or stripped[-1].isalpha()):
        return None
    m = _ATTR_BEFORE.search(text, max(0, len(text) - 60))
    if not m:
        return None
    who = text[: m.start()].rstrip()
    if '"' in who:
        who = who[who.rindex('"') + 1 :]
    # only the last sentence of the lead-in names the speaker
    who = re.split(r"(?<=[.!?])\s+(?=[A-Z])", who)[-1]
    return parse_speaker(who, mentions, full, offset)


def _reported_in(
    plain: str, prev: Paragraph, close_at: int, mentions: list[Mention], full: dict[str, str]
) -> _Speaker | None:
    """Whose speech ``prev`` reports, for a quote attributed after it to "he" or "she"."""
    if close_at < 0 or not _PRONOUN_ATTR.search(plain[close_at + 1 : close_at + 30]):
        return None
    found = list(_REPORTED_ANY.finditer(plain[prev.start : prev.end]))
    if found:
        return parse_speaker(found[-1].group("who"), mentions, full)
    named = list(_HONORIFIC.finditer(plain, prev.start, prev.end))  # "Ms Okoro's daughter ..."
    return _in_full(plain, named[-1].group(1), prev.start, mentions, full) if named else None


def _speaker_after(
    text: str, mentions: list[Mention], full: dict[str, str], offset: int
) -> _Speaker | None:
    for pattern in (_ATTR_AFTER_VERB_FIRST, _ATTR_AFTER_NAME_FIRST):
        m = pattern.match(text)
        if m and not _PRONOUN.match(m.group("who").strip()):
            found = parse_speaker(m.group("who"), mentions, full, offset)
            if found:
                return found
    return None


def parse_speaker(
    who: str, mentions: list[Mention], full: dict[str, str], offset: int = 0
) -> _Speaker | None:
    """Name, role and organisation from an attribution like "DI Kelly Gray, lead for ERSOU"."""
    who = who.strip(" ,.-")
    org: str | None = None
    possessive = re.match(r"^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})'s\s+(.+)$", who)
    if possessive and (
        not _NAME.match(possessive.group(1)) or _ORG_WORD.search(possessive.group(1))
    ):
        org, who = re.sub(r"^(?:The|the)\s+", "", possessive.group(1).strip()), possessive.group(2)
    parts = [p.strip() for p in _PART_SPLIT.split(who) if p.strip()]
    name = role = None
    name_index = -1
    for i, part in enumerate(parts):
        tokens = part.split()
        k = 0
        while k < len(tokens) and tokens[k].lower().strip(".") in _TITLE_WORDS:
            k += 1
        rest = " ".join(tokens[k:])
        if name is not None and (tokens[0] in _PREPOSITIONS or _ORG_WORD.search(rest)):
            continue  # "Lisa Dobson of Cumbria Constabulary": the body, not a second name
        if _NAME.match(rest) and not any(t.lower() in _TITLE_WORDS for t in tokens[k:]):
            name = rest
            role = " ".join(tokens[:k]) or None
            name_index = i
            continue
        trailing = _trailing_name(tokens)
        if trailing and name is None:
            # "NCA director of threat leadership Tom Harland"
            name, role, name_index = " ".join(tokens[trailing:]), " ".join(tokens[:trailing]), i
    if name is None and _PEER.match(who):
        return _Speaker(who, None, None)  # "Lord Ashcroft": a judge known by title and surname
    if name is None:
        return None
    if role is None and name_index > 0:
        role = parts[name_index - 1]
    elif role is None and name_index + 1 < len(parts):
        role = re.split(r"\s+(?:for|at|of|with|from)\s+", parts[name_index + 1])[0]
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
        org = regional_unit(mentions, full)  # "of the regional unit": the one the article names
    if org and org in full:
        org = full[org]
    if org and org.endswith("'s"):
        org = None  # "of Reading's neighbourhood team": a place, not a body
    return _Speaker(name, role, org)


_PREPOSITIONS = frozenset("of from at for with".split())
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
        and (tokens[k - 1].lower() not in _TITLE_WORDS)
    ):
        k -= 1
    return k if len(tokens) - k >= 2 and k > 0 else None
