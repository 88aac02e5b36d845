"""What a web page adds around an article, taken out before extraction (pure).

Text copied or scraped from a news page carries a byline and time stamps, photo captions,
"Read more:" lines with other stories' headlines, adverts, newsletter, share and cookie
lines, embedded posts, reader comments, hard-wrapped lines and HTML entities. None of it
is the story: a caption or a link line is never evidence, a commenter's number is no
statistic, a place named only there is not the story's.

``declutter`` works on the folded text, one character for one: a clutter line becomes
spaces of the same length and a newline inside a hard-wrapped paragraph becomes a space,
so every offset found later is still an offset into the article as given. It is one pass
over the lines, and a line's first word is looked up in a set before any pattern runs.
HTML entities left in (``&amp;``, ``&#8217;``) are read in ``markup``.
"""

from __future__ import annotations

import re
from collections import Counter

from .areas import agency_area
from .gazetteer import PLACES, lower_same_length, scan
from .navigation import blank_navigation
from .segments import body_start
from .wrapping import SENTENCE_END, continues, headline_apart, wrap_width

# ---- clutter lines --------------------------------------------------------------------

# lines that are clutter whole; tried only when the line's first word is in _OPENERS
_LINK = (
    r"(?:read\s+more|read\s+next|read\s+also|also\s+read|related|see\s+also|more\s+on\s+this"
    r"|watch|listen|latest|trending|recommended|most\s+read)\s*(?::|\||>|\u00bb|-\s)\s*\S"
)
_LIST_HEADER = (
    r"(?:read\s+more|(?:most\s+read|most\s+popular)(?:\s+(?:in|on)\s+[\w'\s-]{1,40})?"
    r"|more\s+on\s+this\s+story|more\s+stories"
    r"|related(?:\s+(?:stories|articles|content|topics|news|posts|coverage|(?:internet\s+)?links))?"
    r"|top\s+stories|trending|also\s+in\s+the\s+news|more\s+about"
    r"|you\s+may\s+also\s+like|you\s+might\s+also\s+like|recommended(?:\s+for\s+you)?"
    r"|(?:read\s+)?more\s+from\s+[\w\s]{1,40}|latest\s+news|in\s+other\s+news|see\s+also)\s*:?"
)
_COMMENTS_HEADER = (
    r"(?:\d[\d,]*\s+comments?|comments?(?:\s*\(\d[\d,]*\))?|have\s+your\s+say"
    r"|join\s+the\s+(?:conversation|discussion|debate)|(?:show|view|read)\s+(?:all\s+)?comments"
    r"|reader\s+comments|what\s+do\s+you\s+think\??"
    # a post thread's replies: "Replies", "12 replies", "Replying to @handle"
    r"|(?:\d[\d,.]*k?\s+|most\s+relevant\s+|all\s+)?replies|replying\s+to\s+@\w+)"
)
_SHARE_WORD = (
    r"(?:share|copy\s+link|link\s+copied|facebook|twitter|whatsapp|e-?mail|x|linkedin"
    r"|messenger|reddit|pinterest|print)"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_WHOLE_LINE = re.compile(
    "|".join(
        (
            rf"(?P<comments>{_COMMENTS_HEADER})$",
            rf"(?P<list>{_LIST_HEADER})$",
            _LINK,
            r"(?:advertisement|advert|ad|sponsored|sponsored\s+content|promoted)$",
            r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advert\w*)?$",
            r"(?:continue\s+reading|scroll\s+to\s+continue)(?:\s+\w+){0,4}$",
            rf"(?:share(?:\s+this(?:\s+(?:article|story|page|post))?)?(?:\s+(?:on|via)\s+\w+)?"
            rf"|{_SHARE_WORD})(?:\s+{_SHARE_WORD})*$",
            r"(?:sign\s+up|get\s+(?:the\s+latest|our|all\s+the)|never\s+miss|want\s+(?:more|the"
            r"\s+latest)|don't\s+miss)\b(?=.{0,160}(?:newsletter|inbox|subscri|e-?mail)).{0,160}$",
            r"(?:subscribe(?:\s+now)?|thank(?:s|\s+you)\s+for\s+subscribing!?|we\s+have\s+more"
            r"\s+newsletters|invalid\s+email)$",
            r"(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|accept\s+(?:all\s+)?cookies"
            r"|(?:cookie|privacy)\s+(?:settings|policy|preferences|notice)|manage\s+(?:cookies|"
            r"preferences|consent)|reject\s+all)",
            r"by\s+(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})(?:\s*(?:,|and|&)\s*[^\d.!?]{0,60})?$",
            rf"(?:published|updated|last\s+updated|first\s+published|posted|modified)(?:\s+on|"
            rf"\s+at)?\s*:?\s*(?:\d|{_MONTH}\b|{_DAY}\b)[^.!?]{{0,80}}$",
            r"\d{1,2}\s+(?:min(?:ute)?s?)\s+read$",
            r"(?:image|media|video)\s+(?:caption|source|copyright)\s*,",
            r"(?:view\s+this\s+post\s+on|a\s+post\s+shared\s+by|this\s+article\s+contains\s+"
            r"content\s+provided\s+by|allow\s+\w+\s+content|embedded\s+content)",
            r"(?P<skip>skip\s+(?!to\b)\w+\s+(?:post|content|video))\b",  # not "skip to content"
            r"end\s+of\s+\w+\s+(?:post|content|video)\b",
        )
    ),
    re.IGNORECASE,
)
_OPENERS = frozenset(
    "read related see also more watch listen latest trending recommended most you top in "
    "comments comment have join show view reader what replies replying all advertisement advert "
    "ad sponsored "
    "promoted story article continue scroll share copy link facebook twitter whatsapp email "
    "e-mail x linkedin messenger reddit pinterest print sign subscribe get thank thanks we "
    "invalid never want don't this accept cookie privacy manage reject by published updated "
    "last first posted modified image media video a allow embedded skip end".split()
)
_MARKDOWN_CAPTION = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)|\*(?!\*)[^*\n]{3,300}(?<!\*)\*")
# a photo caption's credit at the line's end: "(Image: Essex Police)", "Photo: PA"
_CREDIT = re.compile(
    r"(?:\((?:image|photo|picture|pic|credit|source)s?\s*:[^()]{1,60}\)"
    r"|\b(?:image|photo|picture|pic|credit)s?\s*:\s*[^.:!?]{1,50})\s*$",
    re.IGNORECASE,
)
# an embedded post: a link to the post, or its attribution line "- Name (@handle) June 3"
_SOCIAL = re.compile(
    r"pic\.twitter\.com/|\b(?:twitter|x)\.com/\w+/status/|\binstagram\.com/p/|"
    r"^\s*[-\u2013\u2014]\s*[^\n]{1,80}?\(@\w+\)"
)
_LIST_ITEM_END = (".", "!", '"', ":", ";")  # a headline in a list of other stories ends in none
_NAME_ONLY = re.compile(r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}")


def _first_word(line: str) -> str:
    end = line.find(" ", 0, 40)
    return (line[:end] if end > 0 else line[:40]).lower().strip(":|-\u2013\u2014>\u00bb,.!?()")


def _kind(block: str) -> str | None:
    """Which clutter a block is: ``line``, ``list``, ``comments``, ``skip``, or None (body)."""
    if block.startswith(("![", "*")) and _MARKDOWN_CAPTION.fullmatch(block):
        return "line"  # a scraped page's image and its italic caption: "*Officers at ... *"
    word = _first_word(block)
    if word in _OPENERS or word[:1].isdigit():
        m = _WHOLE_LINE.match(block)
        if m is not None:
            return m.lastgroup or "line"
    if ("@" in block or ".com/" in block) and _SOCIAL.search(block):
        return "line"
    if ":" in block[-64:] and _CREDIT.search(block, max(0, len(block) - 80)):
        return "line"
    return None


# ---- the pass -------------------------------------------------------------------------


def declutter(plain: str) -> str:
    """``plain`` with clutter lines blanked and wrapped lines joined, one character for one."""
    plain = blank_navigation(plain)  # "Home | News | Crime" above the headline
    lines = plain.split("\n")
    head = _headline_line(plain, lines)
    width = wrap_width(lines, head + 1)
    blocks = _paragraphs(lines, head, width, plain.count("\n\n") >= 2)
    blocks = headline_apart(blocks, lines, head)
    out: list[str | None] = list(lines)
    zone: str | None = None  # inside a list of other stories, an embedded post, the comments
    previous: tuple[int, int] | None = None
    body_seen = False  # a sentence of the story read: a comments header now opens the comments
    for a, b in blocks:
        block = (lines[a] if a == b else " ".join(lines[a : b + 1])).strip()
        kind = _kind(block) if a > head else None  # the date line, the headline: never clutter
        if zone == "list" and kind is None:
            # its headlines one a line, or set apart by a blank line ("More on this story")
            if previous and a <= previous[1] + 2 and _other_headline(block):
                kind = "line"
            else:
                zone = None  # a blank line, or the body's own list or sentence: the list ended
        if zone in ("skip", "comments") and kind is None:
            kind = "line"
        if kind == "comments" and not body_seen:
            kind = "line"  # "18 comments" under the byline: a counter, the story still to come
        body_seen = body_seen or (kind is None and a > head and _prose(block))
        if zone == "skip" and block.lower().startswith("end of "):
            zone = None
        if kind in ("list", "skip", "comments") and zone != "comments":
            zone = kind
        if kind is not None:
            for i in range(a, b + 1):
                out[i] = " " * len(lines[i])
            if kind == "line" and previous and _byline_before(lines, previous, block):
                out[previous[0]] = " " * len(lines[previous[0]])
        elif b > a:  # a wrapped paragraph: its newlines read as spaces
            out[a] = " ".join(lines[a : b + 1])
            out[a + 1 : b + 1] = [None] * (b - a)
        previous = (a, b)
    joined = "\n".join(line for line in out if line is not None)
    if len(joined) != len(plain):
        return plain
    if head < len(lines):  # "FOURTEEN ARRESTED IN READING": as the body writes the words
        last = next(b for a, b in blocks if a <= head <= b)
        start = max(body_start(plain), sum(len(line) + 1 for line in lines[:head]))
        joined = _recase_headline(
            joined, start, sum(len(line) + 1 for line in lines[: last + 1]) - 1
        )
    return joined


def _prose(block: str) -> bool:
    """Whether a block reads as a sentence of the story: eight words or more, then a stop."""
    return block.endswith(SENTENCE_END) and block.count(" ") >= 7


def _paragraphs(
    lines: list[str], head: int, width: int, blank_separated: bool
) -> list[tuple[int, int]]:
    """Runs of lines that make one paragraph, as (first line, last line)."""
    if not width:  # not hard-wrapped: a paragraph a line
        return [(i, i) for i, line in enumerate(lines) if line.strip()]
    blocks: list[tuple[int, int]] = []
    marks = 0  # quotation marks in the block so far
    for i, line in enumerate(lines):
        if (
            blocks
            and blocks[-1][1] == i - 1
            and continues(lines[i - 1], line, width, blank_separated, marks % 2 == 1)
            and (i - 1 <= head or _kind(lines[i - 1].strip()) is None)  # "Watch: ..." ends there
        ):
            blocks[-1] = (blocks[-1][0], i)
            marks += line.count('"')
        elif line.strip():
            blocks.append((i, i))
            marks = line.count('"')
    return blocks


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December".split()
)


def _recase_headline(text: str, start: int, end: int) -> str:
    """An all-caps headline ``text[start:end]`` written as the body writes its words.

    "READING" -> "Reading": each word as the body (clutter already blanked) writes it most
    often, a sentence's first word counting less; a word the body never uses is lower case
    unless it is a place name or a day or month. One character for one.
    """
    head = text[start:end]
    if not head.isupper() or sum(c.isalpha() for c in head) < 8:
        return text
    forms: dict[str, Counter[str]] = {}  # weights, not counts
    low = lower_same_length(text)
    for word in {w.lower() for w in _WORD.findall(head)}:
        # only the headline's words are looked for in the body, with str.find
        seen = forms[word] = Counter()
        if len(word) < 3:  # "in", "to": everywhere inside words; "UK" as the body has it
            seen[word.upper() if text.find(f" {word.upper()} ", end) >= 0 else word] += 1
            continue
        at = low.find(word, end)
        while at >= 0:
            after = at + len(word)
            if not (low[at - 1 : at].isalnum() or low[after : after + 1].isalnum()):
                before = text[max(0, at - 3) : at].rstrip(" \"'(")
                opening = not before or before[-1] in ".!?:\n"  # its capital says little
                seen[text[at:after]] += 2 if opening else 5
            at = low.find(word, after)
    opened = False

    def recase(m: re.Match[str]) -> str:
        nonlocal opened
        word = m.group()
        seen = forms.get(word.lower())
        if seen:
            new = seen.most_common(1)[0][0]
        else:  # a place the body does not name again ("TEESSIDE") keeps its capital
            title = word.title()
            new = title if title in PLACES or title in _CALENDAR else word.lower()
        if not opened:
            new, opened = new[:1].upper() + new[1:], True
        return new if len(new) == len(word) else word

    return text[:start] + _WORD.sub(recase, head) + text[end:]


def _other_headline(block: str) -> bool:
    """An item of a list of other stories: short, no closing stop or colon (bulleted or not)."""
    return len(block) < 160 and not block.endswith(_LIST_ITEM_END)


def _headline_line(plain: str, lines: list[str]) -> int:
    """The number of the line the headline is on (after a date line, if any)."""
    start = body_start(plain)
    skip = plain.count("\n", 0, start)
    for i in range(skip, len(lines)):
        text = lines[i][start - plain.rfind("\n", 0, start) - 1 :] if i == skip else lines[i]
        if text.strip():
            return i
    return len(lines)


def _byline_before(lines: list[str], previous: tuple[int, int], block: str) -> bool:
    """A bare name line ("Jane Holloway") just before a time stamp is the byline."""
    a, b = previous
    if a != b or _first_word(block) not in _STAMPS:
        return False
    return _NAME_ONLY.fullmatch(lines[a].strip()) is not None


_STAMPS = frozenset(("published", "updated", "last", "first", "posted", "modified"))


# a credit line or stamp naming who took the picture or wrote the copy, not a link
_CREDIT_LINE = re.compile(
    r"\s*(?:image|media|photo|picture|pic|credit|by)\b|[^\n]*\((?:image|photo|picture|pic"
    r"|credit)s?\s*:|[^\n]*\b(?:picture|photo|pic|image|credit)s?\s*:",
    re.IGNORECASE,
)


def credited_force(folded: str, plain: str) -> str | None:
    """The area of a force named only in a blanked credit line or byline, or None.

    "Image caption: ... Picture: Kent Police" above a story that names no force or place:
    the credit is no evidence, yet it tells whose story it is. Link lines never count
    (another story's force). Call only when the body gives no area.
    """
    at = 0
    for line in folded.split("\n"):
        end = at + len(line)
        if line.strip() and not plain[at:end].strip() and _CREDIT_LINE.match(line):
            for m in scan(line):
                area = agency_area(m.entry) if m.kind == "agency" else None
                if area:
                    return area
        at = end + 1
    return None
