"""Direct quotations with their speaker, role and organisation (pure).

Press releases quote in a few fixed shapes: `Title Name, role at Org, said: "..."`,
`"...," said Title Name.`, `"...," he added.`, and a quote carried on over
several paragraphs, each opening with a quote mark. One ``Quote`` per quoted
paragraph, its text verbatim without the marks.
"""

from __future__ import annotations

import re

from ..schema import QUOTE_CHARS, Quote
from .clips import STAGE, before_directions, clip_speaker
from .gazetteer import Mention
from .people import NOT_NAME
from .pronouns import ATTR_AFTER_NAME_FIRST, ATTR_AFTER_VERB_FIRST, ATTR_BEFORE_AFTER_GAP
from .pronouns import SAY as _SAY
from .pronouns import People as _People
from .segments import Paragraph
from .speakers import (
    RANK,
    Speaker,
    home_force,
    in_full,
    parse_speaker,
)

_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.IGNORECASE)


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
    last: Speaker | None = None
    last_para = -10
    people = _People(plain, mentions, full_names)
    for pi, para in enumerate(paragraphs):
        pos = para.start
        in_para: Speaker | None = None  # "X," she said. "Y." : both halves are hers
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
                and not _PARTIAL_LEAD.search(plain, max(para.start, open_at - 140), open_at)
            ):
                continue  # 'said the week had been "hard but fair"': a partial quotation
            if short and _NAMED_AS.search(plain, max(para.start, open_at - 30), open_at):
                continue  # 'the line, known to users as "Tommy"': a name, not words said
            if short and close_at >= 0 and _LINE_AFTER.match(plain, close_at + 1):
                continue  # 'admitted running the "Dolly" line': the line's name
            lead_in = plain[para.start : open_at]
            after = plain[close_at + 1 : para.end] if close_at >= 0 else ""
            # a paragraph opening with the quote, or with stage directions ("[CLIP - X]")
            opens = open_at == para.start or (
                plain[para.start] == "[" and STAGE.fullmatch(plain, para.start, open_at)
            )
            pron = _pronoun(lead_in, after)
            speaker = _speaker_before(lead_in, mentions, full_names, para.start)
            if speaker is None:
                speaker = people.named_before(lead_in, open_at)  # "Rook said:", "in Ann's words"
            if speaker is None and "ccording to" in lead_in:
                according = _ACCORDING.search(lead_in)  # 'According to Supt Ray Lee, "..."'
                if according:
                    speaker = parse_speaker(according.group("who"), mentions, full_names)
            if speaker is None and (rank := _RANK_SURNAME_SAYS.search(lead_in)):
                speaker = in_full(plain, rank.group("s"), para.start, mentions, full_names)
            if speaker is None and in_para is not None:
                speaker = in_para
            if speaker is None and close_at >= 0:
                speaker = _speaker_after(after, mentions, full_names, close_at + 1)
                if speaker is None:
                    speaker = people.named_after(after, open_at)  # '"...," Rook said.'
                if speaker is None and _UNNAMED_AFTER.match(after):
                    speaker = _NOBODY  # '"...," said one woman': someone the article does not name
            prev = before_directions(plain, paragraphs, pi) if opens else None
            if speaker is None and opens and prev and (last is None or pi - last_para > 3):
                # 'Det Supt Jane Doe said the week went well.' then a paragraph of quote
                lead = plain[prev.start : prev.end]
                named = _REPORTED.search(lead) or _STATEMENT.search(lead)
                if named and '"' not in lead:
                    speaker = parse_speaker(named.group("who"), mentions, full_names)
            if speaker is None and close_at >= 0 and _PRONOUN_ATTR.search(after):
                # 'Superintendent Chris Balmer said the week went well. "...," he said.'
                named = _REPORTED.search(lead_in)
                if named:
                    speaker = parse_speaker(named.group("who"), mentions, full_names)
            if speaker is None and open_at == para.start and 0 < pi and last_para < pi - 1:
                # 'Priya Shah said four tenants had been moved. / "...," she said.': her words
                speaker = _reported_in(plain, paragraphs[pi - 1], close_at, mentions, full_names)
            if speaker is None and pron is not None:
                intro = paragraphs[pi - 1].start if pi > 0 else -1
                speaker = people.by_pronoun(pron, para.start, open_at, last, pi - last_para, intro)
                if speaker is None and pi > 0:
                    back = paragraphs[max(0, pi - 2)].start
                    speaker = people.latest(pron, back, para.start)
            if speaker is None and last is None and (_PRONOUN_LEAD.search(lead_in) or pron):
                # 'Inspector Ann Dunn spoke to the Star. / "...," she said.': the officer named
                speaker = _named_before(plain, paragraphs, pi, open_at, mentions, full_names)
            if speaker is None and close_at >= 0:
                # '"...," said Penrose.' after "Captain Jack Penrose set the tone": the full name
                surname = _SURNAME_ATTR.match(plain, close_at + 1, para.end)
                if surname:
                    who = surname.group("s") or surname.group("s2")
                    speaker = in_full(plain, who, open_at, mentions, full_names)
            if (
                speaker is None
                and last is not None
                and pi - last_para <= 3
                and (
                    opens
                    or (pron is None and _PRONOUN_LEAD.search(lead_in))
                    or (pron is None and _PRONOUN_ATTR.search(after))
                )
            ):
                speaker = last  # the paragraph carries on, or 'They added: "..."'
            clip_from = prev.end if prev else para.start
            if speaker is None and opens and clip_from < open_at:
                # "[CLIP - ANN HOLT, YOUTH TRUST - 0:11]", a caption line "LISTEN: Insp Jo
                # Hale speaking to Radio X (0:41)": the recording's label names the speaker
                speaker = clip_speaker(original, clip_from, open_at, mentions, full_names)
            if speaker is None and opens and prev and not after.strip(' \t\n"[]'):
                # a clip with no attribution: the person the paragraph before introduced
                if '"' not in plain[prev.start : prev.end]:
                    speaker = people.latest(None, prev.start, prev.end)
            if speaker is None:
                # 'Judge Ann Colley said the men had "preyed on ..."', 'DS Ian Ross said
                # outside court: "..."', 'Insp Jo Bell describes it as "..."': the speaker's
                # sentence runs on into the quote
                named = _RUN_ON.search(lead_in)
                who = named.group("who").strip() if named else ""
                said_by = _LAST_PRONOUN.search(who)  # "She", "Across Kent, she adds, ..."
                if (
                    said_by
                    and said_by.group(1).lower() in ("he", "she")
                    and (pi - last_para <= 3 or last is None)
                ):
                    # 'She describes a flat where "..."': the person the pronoun stands for
                    intro = paragraphs[pi - 1].start if pi > 0 else -1
                    speaker = people.by_pronoun(
                        said_by.group(1).lower(), para.start, open_at, last, pi - last_para, intro
                    )
                elif said_by:
                    speaker = last if pi - last_para <= 3 else None  # 'She said the ... "..."'
                elif named:
                    speaker = parse_speaker(who, mentions, full_names)
                    if speaker is None and (surname := _LAST_NAME.search(who)):
                        # 'A single line, Griffiths says, can bring in "..."'
                        speaker = people.by_name(surname.group(1), open_at)
                    if speaker is None and (titled := _TITLED_SURNAME.fullmatch(who)):
                        # 'Mr Reed said the school would rather not "..."': named in full before
                        speaker = in_full(plain, titled.group("s"), open_at, mentions, full_names)
                    if speaker is None and (subject := _SUBJECT.match(who)):
                        # 'Councillor Ann Hart welcomed the raids but said it needed "..."'
                        speaker = parse_speaker(subject.group(1), mentions, full_names)
            if speaker is _NOBODY:  # 'One woman ... said ... / "...," she said': no one named
                last, last_para, in_para = speaker, pi, speaker
            if speaker is None or speaker is _NOBODY:
                continue
            if speaker.organisation is None and speaker.role and RANK.search(speaker.role):
                speaker = Speaker(speaker.name, speaker.role, home_force(mentions, full_names))
            last, last_para, in_para = speaker, pi, speaker
            people.spoke(speaker, pron)
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
_REPORTED = re.compile(rf"(?:^|[.!?]\s+)(?P<who>[^.!?\"]{{3,160}}?)\s+{_SAY}\b[^\"]*$")
_PARTIAL_LEAD = re.compile(rf"\b{_SAY}\s+(?:that\s+)?[^.!?\"]{{0,120}}$")
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # the lead-in's last sentence
_HONORIFIC = re.compile(
    r"\b(?:Ms|Mrs|Miss|Mr|Dr)\.?\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)\b"
)
_REPORTED_ANY = re.compile(rf"(?:^|[.!?]\s+)(?P<who>[^.!?\"]{{3,160}}?)\s+{_SAY}\b")
_NAMED_AS = re.compile(
    r"\b(?:known(?:\s+to\s+\w+)?\s+as|called|nicknamed|dubbed|named|branded)\s*$", re.IGNORECASE
)
_LAST_PRONOUN = re.compile(r"(?:^|,\s+)(he|she|they|it|we|i)$", re.IGNORECASE)
_LAST_NAME = re.compile(r"(?:^|,\s+)((?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)$")
_LINE_AFTER = re.compile(r"\s+(?:(?:deal|drugs?|dealing|phone)\s+)?lines?\b")
_UNNAMED = re.compile(r"\s*(?:One|Another|An?)\s+[a-z]")
_NOBODY = Speaker("", None, None)  # a person the article does not name
# '"...," said one woman', '"...," a shopkeeper said': an attribution to someone unnamed
_UNNAMED_AFTER = re.compile(
    rf"[\s,.]*(?:{_SAY}\s+(?:one|another|an?)\s+[a-z]"
    rf"|(?:one|another|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+{_SAY}\b)"
)
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
) -> Speaker | None:
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


# "Supt Ann Minto, who led the operation:", "DI Ann Rook, Kent Police:": an aside after the name
_LABEL = re.compile(
    r"(?:^|\n)[ \t]*([A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,5})"
    r"(,[ \t]+[^\"\n:,]{2,80})?[ \t]*:[ \t]*$"
)


_RUN_ON = re.compile(
    rf"(?:^|[.!?]\s+)(?P<who>[^.!?\"]{{2,160}}?)\s+(?:{_SAY}|describe[sd]|called)\b[^\"]*$"
)
# "Mr Reed", "Superintendent Hart": a title and a surname, the person named in full earlier
_TITLED_SURNAME = re.compile(
    rf"(?:{_RANKS}|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)(?P<s>(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)"
)
# the subject of a reported-speech sentence before its predicate: "Local councillor Ann Hart"
# in "Local councillor Ann Hart welcomed the raids but": words, then a name of two capitals
_SUBJECT = re.compile(
    r"((?:[\w'-]+\s+){0,4}?(?:Mc|Mac|O')?[A-Z][a-z]+(?:\s+(?:Mc|Mac|O')?[A-Z][a-z'-]+)+)"
    r"\s+[a-z]"
)
# the pronoun of an attribution: 'she says, "', 'as he puts it, "', '"...," she said'
_PRONOUN_BEFORE = re.compile(
    rf"\b(he|she)\s+(?:\w+\s+)?{_SAY}\s*[:,]?\s*$|\bas\s+(he|she)\s+puts?\s+it,?\s*$"
    r"|\bin\s+(his|her)\s+(?:own\s+)?words,?\s*$|\bwhat\s+(he|she)\s+(?:called|calls)\s*$"
    # 'She said the week went well. "..."': her reported speech, then her words
    rf"|(?:^|[.!?]\s+)(He|She)\s+(?:\w+\s+)?{_SAY}\b[^\"]*[.!?]\s+$",
    re.IGNORECASE,
)
_PRONOUN_AFTER = re.compile(rf"^[\s,.]*(?:(he|she)\s+{_SAY}|{_SAY}\s+(he|she))\b", re.IGNORECASE)


_PRONOUN_HINT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _pronoun(lead_in: str, after: str) -> str | None:
    """ "he" or "she" when the quote is attributed by pronoun."""
    at = max(0, len(lead_in) - 160)
    if not (_PRONOUN_HINT.search(lead_in, at) or _PRONOUN_HINT.search(after, 0, 40)):
        return None  # no "he", "she", "his" or "her" as a word: most quotes
    head = after[:40]
    # searched from ``at`` in the whole lead-in, so "she" is never read as "he"
    m = _PRONOUN_BEFORE.search(lead_in, at) or _PRONOUN_AFTER.match(head)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    return {"his": "he", "her": "she"}.get(word, word)


def _speaker_before(
    text: str, mentions: list[Mention], full: dict[str, str], offset: int
) -> Speaker | None:
    stripped = text.rstrip()
    if not stripped or not (stripped[-1] in ":," or stripped[-1].isalpha()):
        return None
    m = ATTR_BEFORE_AFTER_GAP.search(" " + text, max(0, len(text) - 60))
    if not m:
        # 'Sergeant Kim Ashworth: "..."': a short line naming only the speaker, then a colon
        if stripped[-1] != ":":
            return None  # _LABEL ends on the colon (and spaces): not worth a scan without one
        label = _LABEL.search(text)
        if label is None or any(w in NOT_NAME for w in label.group(1).split()):
            return None  # "Operation Kestrel:", "Key Points:"
        return parse_speaker(label.group(1) + (label.group(2) or ""), mentions, full, offset)
    who = text[: m.start()].rstrip()
    if '"' in who:
        who = who[who.rindex('"') + 1 :]
    # only the last sentence of the lead-in names the speaker
    who = _SENTENCE_GAP.split(who)[-1]
    return parse_speaker(who, mentions, full, offset)


def _reported_in(
    plain: str, prev: Paragraph, close_at: int, mentions: list[Mention], full: dict[str, str]
) -> Speaker | None:
    """Whose speech ``prev`` reports, for a quote attributed after it to "he" or "she"."""
    if close_at < 0 or not _PRONOUN_ATTR.search(plain[close_at + 1 : close_at + 30]):
        return None
    found = list(_REPORTED_ANY.finditer(plain[prev.start : prev.end]))
    if found:  # "Detective Inspector Reed said ...": the person named in full earlier
        who = found[-1].group("who")
        if _UNNAMED.match(who):
            return _NOBODY  # "One newsagent, who asked not to be named, said ..."
        surname = who.split()[-1]
        return parse_speaker(who, mentions, full) or in_full(
            plain, surname, prev.start, mentions, full
        )
    named = list(_HONORIFIC.finditer(plain, prev.start, prev.end))  # "Ms Okoro's daughter ..."
    return in_full(plain, named[-1].group(1), prev.start, mentions, full) if named else None


def _speaker_after(
    text: str, mentions: list[Mention], full: dict[str, str], offset: int
) -> Speaker | None:
    for pattern in (ATTR_AFTER_VERB_FIRST, ATTR_AFTER_NAME_FIRST):
        m = pattern.match(text)
        if m and not _PRONOUN.match(m.group("who").strip()):
            found = parse_speaker(m.group("who"), mentions, full, offset)
            if found:
                return found
    return None
