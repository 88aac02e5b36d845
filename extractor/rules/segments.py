"""Cutting an article into paragraphs, sentences and quoted stretches, keeping offsets (pure).

Every later stage works on spans of the *folded* text (curly quotes and dashes
made plain, one character for one), so an offset found anywhere is an offset
into the article as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE_LINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*")
# a sentence ends at . ! or ? (and any closing quote) followed by space and a likely opener;
# "[.!?][.!?]*", not "[.!?]+": a pattern that opens with a character class lets re skip
# to each stop at C speed (one that opens with a repeat is tried at every character)
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"')]*\s+(?=[\"'(\-]?[A-Z0-9\u00a3])")
# the same on a Latin-1 text's bytes (one a character, the same offsets) with "!" and "?" made
# "." and the characters str's \s takes beyond ASCII's (a bytes pattern's) made " ": re scans
# for one literal character at a few instructions a character, for a class at ~45
_WIDE_SPACES = bytes(c for c in range(256) if chr(c).isspace() and not bytes([c]).isspace())
_STOPS_AS_DOTS = bytes.maketrans(b"!?" + _WIDE_SPACES, b".." + b" " * len(_WIDE_SPACES))
_BOUNDARY_IN_DOTS = re.compile(rb"\.\.*[\"')]*\s+(?=[\"'(\-]?[A-Z0-9\xa3])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st det insp supt sgt ch chief con pc dc ds di dci dsi cllr no nos co ltd "
    "vs etc approx ave rd jan feb mar apr jun jul aug sep sept oct nov dec gov dept asst est "
    "incl".split()
)
# matched at a paragraph's start with pattern.match(plain, a, b): "^" would only match at 0
_BULLET = re.compile(r"[\-*\u2022\u00b7\u25aa\u25cf]\s*")


# hashable and never mutated; not frozen, whose __init__ pays an object.__setattr__ per field
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    start: int
    end: int
    para: int  # paragraph number
    first: bool  # first sentence of its paragraph
    bullet: bool  # the paragraph is a list item ("- In Essex, 44 arrests ...")


# hashable and never mutated; not frozen, whose __init__ pays an object.__setattr__ per field
@dataclass(slots=True, unsafe_hash=True)
class Paragraph:
    start: int
    end: int
    bullet: bool


_SINGLE_OPEN = re.compile(
    r"(?:^|(?<=\n)|(?<=[:,.!?]\s)|(?<=\bsaid\s))[ \t]*\u2018(?=[A-Z0-9\u00a3])"
)
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])\u2019(?![A-Za-z])")


def mark_single_quotes(original: str, plain: str) -> str:
    """Turn typographic single quotation marks into double ones in the folded text.

    Some outlets quote with \u2018...\u2019. Folding makes them apostrophes, so they
    are marked first: an opening \u2018 at a paragraph start or after "said" / a
    colon, a closing \u2019 after punctuation and before no letter ("we\u2019re"
    stays an apostrophe). One character for one, so offsets are unchanged.
    """
    if "\u2018" not in original:
        return plain
    spots = single_opens(original)
    if not spots:
        return plain
    spots += [m.start() for m in _SINGLE_CLOSE.finditer(original)]
    chars = list(plain)
    for i in spots:
        chars[i] = '"'
    return "".join(chars)


def single_opens(original: str) -> list[int]:
    """Where each opening \u2018 is (``m.end() - 1`` of each ``_SINGLE_OPEN`` match). A match
    holds one \u2018 and only spaces and tabs before it: it is searched for from the run of
    those before each \u2018, where ``finditer`` tried the pattern's lookbehinds at every
    character of the text."""
    spots = []
    at = original.find("\u2018")
    while at >= 0:
        run = at
        while run and original[run - 1] in " \t":
            run -= 1
        m = _SINGLE_OPEN.search(original, run, at + 2)  # its lookahead reads one past the mark
        if m:
            spots.append(m.end() - 1)
        at = original.find("\u2018", at + 1)
    return spots


def body_start(plain: str) -> int:
    """Where the article proper starts: after a leading ` date YYYY-MM-DD ` token."""
    m = _DATE_LINE.match(plain)
    return m.end() if m else 0


def split_paragraphs(plain: str, start: int = 0) -> list[Paragraph]:
    """Non-blank lines: feeds and press releases use one line per paragraph."""
    out: list[Paragraph] = []
    pos = start
    for line in plain[start:].split("\n"):
        end = pos + len(line)
        a, b = pos, end
        while a < b and plain[a].isspace():
            a += 1
        while b > a and plain[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Paragraph(a, b, bool(_BULLET.match(plain, a, b))))
        pos = end + 1
    return out


# the word before a boundary; searched between pos and endpos, where "$" is endpos
_LAST_WORD = re.compile(r"(\w+)\W*$")


def split_sentences(plain: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences within each paragraph; abbreviations like "Det." or "St." do not end one."""
    out: list[Sentence] = []
    latin = plain.encode("latin-1", "ignore")
    dots = latin.translate(_STOPS_AS_DOTS) if len(latin) == len(plain) else None
    for number, para in enumerate(paragraphs):
        a = para.start
        first = True
        if dots is not None:
            stops = [m.span() for m in _BOUNDARY_IN_DOTS.finditer(dots, para.start, para.end)]
        else:
            stops = [m.span() for m in _BOUNDARY.finditer(plain, para.start, para.end)]
        for stop, after in stops:
            word = _LAST_WORD.search(plain, max(a, stop - 12), stop)
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if (
                word
                and len(word.group(1)) == 1
                and (word.group(1).isupper() or word.group(1) == "c")
            ):
                continue  # an initial: "J. Smith"; "c. £8,000" (circa)
            end = after
            while end > a and plain[end - 1].isspace():
                end -= 1
            out.append(Sentence(a, end, number, first, para.bullet))
            first = False
            a = after
        if a < para.end:
            out.append(Sentence(a, para.end, number, first, para.bullet))
    return out


def quoted_spans(plain: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """Stretches inside quotation marks, one per paragraph at most per opening mark.

    British style leaves a quote open at the end of a paragraph when the next
    paragraph carries on the quote, so an unclosed quote ends at its paragraph's end.
    """
    spans: list[tuple[int, int]] = []
    for para in paragraphs:
        i = para.start
        while True:
            open_at = plain.find('"', i, para.end)
            if open_at < 0:
                break
            close_at = plain.find('"', open_at + 1, para.end)
            end = close_at if close_at >= 0 else para.end
            spans.append((open_at + 1, end))
            if close_at < 0:
                break
            i = close_at + 1
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of the (sorted) spans."""
    for a, b in spans:
        if a > pos:
            return False
        if pos < b:
            return True
    return False


def headline_end(plain: str, paragraphs: list[Paragraph]) -> int:
    """Where the headline ends: a short first line with no closing full stop, else 0."""
    if len(paragraphs) < 2:
        return 0
    first = paragraphs[0]
    if first.end - first.start > 200 or plain[first.end - 1] in ".!?\"'":
        return 0
    return first.end


def titles_end(plain: str, paragraphs: list[Paragraph]) -> int:
    """Where a page's leading title lines end: the run of short lines with no closing full
    stop (masthead, section, headline, standfirst, byline) before the first prose paragraph
    or list; 0 when the article opens with prose. None of it is ever evidence."""
    end = 0
    for k, para in enumerate(paragraphs):
        block = plain[para.start : para.end].strip()
        if not block:
            continue
        if len(block) > 200 or block[-1] in ".!?\"':" or para.bullet or _TABLE_ROW.search(block):
            break  # prose, a line that opens a list or table ("side by side:"), a table row
        if k + 1 < len(paragraphs) and _wrapped(plain, block, para.end, paragraphs[k + 1].start):
            break  # a hard-wrapped line of prose: its sentence goes on on the line below
        if any(
            len(line.strip()) < 40 and _FIGURE_LINE.match(line.strip())
            for line in block.split("\n")
        ):
            break  # a list of figures without bullets: "29 arrests", "£40,000 cash seized"
        end = para.end
    return end


def _wrapped(plain: str, block: str, end: int, following: int) -> bool:
    """Whether the line ``block`` (ending at ``end``) is prose wrapped at a fixed width: the
    next line follows with no blank line between and goes on in lower case or with a figure
    ("... during a week of action" / "against drug dealers."), or the line is as long as a
    wrapped line of prose ("... crackdown on drug dealing in north" / "Wales, police said.")."""
    gap = plain[end:following]
    if gap.count("\n") != 1 or gap.strip():
        return False
    return len(block) >= 60 or _GOES_ON.match(plain, following) is not None


_GOES_ON = re.compile(r"[a-z0-9\u00a3]")
_TABLE_ROW = re.compile(r"\d[\d,.]*(?:\s{2,}|\t)\S*\d|\t")
_FIGURE_LINE = re.compile(
    r"(?:\u00a3|\d(?![\d,.]*(?::\d|(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)|\s*(?:min|comments?|hours?|days?)\b))|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|dozens)\b)",
    re.IGNORECASE,
)
