"""Broadcast clips and their labels: who speaks in a recording's quoted words (pure).

A transcript marks its recordings with stage directions on lines of their own ("[CLIP - ANN
HOLT, YOUTH TRUST - 0:11]", "[SOUNDBITE: SGT JO REED]"), a page with a caption line over the
player ("LISTEN: Insp Jo Hale speaking to Radio Kent (0:41)"). ``quotes.find_quotes`` passes
over the directions (``STAGE``, ``before_directions``) and, when nothing else names the
speaker, takes the one the label names (``clip_speaker``).
"""

from __future__ import annotations

import re

from .gazetteer import Mention
from .segments import Paragraph
from .speakers import TITLE_WORDS, Speaker, parse_speaker

STAGE = re.compile(r"(?:\s*\[[^\]\n]*\]\s*)+")  # "[CLIP - COLTRANE - 0:14]"
# a broadcast clip's label naming its speaker in capitals, then perhaps their body:
# "[CLIP - ANN HOLT, YOUTH TRUST - 0:11]", "[SOUNDBITE: SGT JO REED]"
_CLIP_LABEL = re.compile(
    r"\[\s*(?:CLIP|SOUNDBITE|SOT|AUDIO|VT|GRAB|INTERVIEW)\s*[-:\u2013]\s*"
    r"(?P<who>[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){1,3})"
    r"(?:\s*,\s*(?P<org>[A-Z][A-Z&' ]+?))?\s*(?:[-\u2013]\s*[\d:.]+\s*)?\]"
)
# a caption line over a recording: "LISTEN: Inspector Jo Hale speaking to Radio Kent (0:41)"
_CAPTION = re.compile(
    r"(?:^|[.!?:]\s+)(?P<who>[^.!?\":]{3,120}?)\s+(?:speaking|talking)\s+(?:to|with)\s+[^\"]*$"
)


def clip_speaker(
    original: str, start: int, end: int, mentions: list[Mention], full: dict[str, str]
) -> Speaker | None:
    """The speaker a recording's label names between the last paragraph and the quote (read
    in the original text: a caption line is page furniture the folded text blanks)."""
    gap = original[start:end]
    if "peaking" in gap or "alking" in gap:
        # the caption is a line of its own, which the page reading may have set aside
        line = gap.strip().rsplit("\n", 1)[-1]
        caption = _CAPTION.search(line)
        return parse_speaker(caption.group("who"), mentions, full) if caption else None
    label = _CLIP_LABEL.search(gap) if "[" in gap else None
    if label is None:
        return None
    words = label.group("who").split()
    if len(words) > 1 and words[0].lower().strip(".") in TITLE_WORDS:
        words = words[1:]  # "SGT JO REED"
    name = " ".join(w.capitalize() for w in words)
    if len(words) < 2:
        return None  # "[CLIP - COLTRANE - 0:14]": a surname, named in the paragraph before
    org = label.group("org")
    found = parse_speaker(name, mentions, full)
    if found is None:
        return None
    return Speaker(found.name, found.role, org.strip().title() if org else found.organisation)


def before_directions(plain: str, paragraphs: list[Paragraph], pi: int) -> Paragraph | None:
    """The paragraph before ``pi``, passing over stage directions on lines of their own."""
    for prev in reversed(paragraphs[max(0, pi - 3) : pi]):
        if plain[prev.start] != "[" or not STAGE.fullmatch(plain, prev.start, prev.end):
            return prev
    return None
