"""Does web-page clutter change what the rules backend extracts? Per kind of clutter.

Users paste articles copied or scraped from news pages: a byline and time stamps, photo
captions, "Read more:" lines carrying other stories' headlines, adverts, newsletter and
cookie lines, embedded posts, reader comments, hard-wrapped lines, HTML entities, an
all-caps headline, typographic quotes; and the form a file or a converter gives it: Windows
or old Mac line ends, invisible characters, Markdown emphasis, digit groups split by spaces.
This script wraps each training article in generated clutter of one kind (seeded, several
variants per kind) and compares the record from the page with the record from the clean
article, in everything but offsets and evidence positions. It prints, per kind, how many
articles changed and how.

    python benchmarks/clutter_check.py [--sets seeds dev ...] [--kinds links wrap ...]

Measured (202 training articles, seed 7; articles whose record changed):

    kind            before (no clutter pass)   after (rules.pages, rules.markup)
    byline            18                          0
    captions         191                          0
    links            199                          0
    ads               12                          0
    social            62                          0
    comments         195                          0
    wrap             201                          5   (a full line ending a sentence,
    entities         163                          0    one paragraph a line: ambiguous)
    caps_headline     14                          1   (an all-caps lede, not a headline)
    typographic        0                          0
    everything       199                          1

Session 11 added four kinds of form (markup.py reads them; the same 202 articles, seed 7;
c5aaddb's rules before):

    kind            before    after
    line_ends         33        0   (CRLF, CR, spaces before each line end)
    invisible        195        0   (a byte-order mark, soft hyphens, zero-width spaces)
    markdown         135        0   (figures in **bold**, *county lines* in emphasis)
    digit_groups     163        0   ("£12 400": thin / narrow / no-break space groups)

Seeds 11 and 23: 39 / 194 / 138 / 163 and 30 / 195 / 123 / 163 before, 0 after.

Before, "links" alone added 909 spurious statistics and 806 spurious locations; "wrap"
lost 638 statistics and 436 quotes. Seeds 11 and 23 after: wrap 6 and 4, caps 1 and 1.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from extractor.rules import extract_report
from extractor.schema import OperationReport

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seeds", "dev") + tuple(f"holdout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8))
_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*")
_FIGURE = re.compile(r"(?<![\w,.£])\d[\d,]*(?:\.\d+)?(?![\d,.])")
_GROUP_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_GROUP_SPACE = re.compile(r"(?<=\d)[\u2009\u202f\u00a0](?=\d{3}\b)")
_MARKUP = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]|\*\*|__|\*(?=\w)|(?<=\w)\*")

# other stories' headlines, with their own numbers and places
HEADLINES = (
    "Man, 24, jailed after 3kg of cocaine found in Leeds flat",
    "Seven arrested in Luton as police swoop on drug dealers",
    "£250,000 cannabis factory discovered in Swindon warehouse",
    "Twelve people charged after raids across Bradford and Halifax",
    "Teenager stabbed in Croydon: 15 arrests made in knife crime week",
    "Police seize 40 phones and £18,000 cash in Cardiff crackdown",
    "Gang who ran 'Diamond' line into Exeter jailed for 45 years",
    "Two men arrested after £1.2m of heroin seized on M6 near Stoke",
    "Hull council approves 300 new homes despite objections",
    "Sheffield United fans warned after 9 arrests at derby",
    "Cuckooing victim, 67, tells of terror in Blackpool flat",
    "Operation Hydrant: 21 warrants executed in Middlesbrough",
)
NAMES = ("Jane Holloway", "Tom Reddy", "Priya Nair", "Callum Oakes", "Ruth Adeyemi")
TITLES = ("Crime Reporter", "Local Democracy Reporter", "Senior Reporter", "News Editor")
PLACES = ("Chelmsford", "Reading", "Wigan", "Gloucester", "Portsmouth", "Lincoln")
SOURCES = ("Essex Police", "PA", "Getty Images", "Google Street View", "Kent Police")
MONTHS = ("January", "March", "June", "September", "November")


def load_articles(sets: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for name in sets:
        folder = ROOT / ("seeds" if name == "seeds" else f"evals/{name}/articles")
        out += [
            (f"{name}/{p.stem}", p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.txt"))
        ]
    return out


def split_article(text: str) -> tuple[str, str, list[str]]:
    """The date token, the headline line and the body's blocks (a table's rows stay together)."""
    m = _DATE.match(text)
    date = text[: m.end()] if m else ""
    head, _, body = text[len(date) :].lstrip("\n").partition("\n")
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", body)]
    return date, head, [b for b in blocks if b.strip()]


def _stamp(rng: random.Random) -> str:
    day, month, hour = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(6, 22)
    return rng.choice(
        (
            f"Published: {hour:02d}:{rng.randint(0, 59):02d}, {day} {month} 2026",
            f"Updated {hour}:15 GMT, {day} {month} 2026",
            f"Published {day} {month} 2026 | Updated {day + 1} {month} 2026",
            f"Last updated: {day}/{rng.randint(1, 12)}/2026, {hour}:05",
        )
    )


def byline(rng: random.Random) -> list[str]:
    name = rng.choice(NAMES)
    head = rng.choice(
        (
            f"By {name}",
            f"By {name}, {rng.choice(TITLES)}",
            f"{name}",
            f"By {name} and {rng.choice(NAMES)}",
        )
    )
    lines = [head, _stamp(rng)]
    if rng.random() < 0.5:
        lines.append(_stamp(rng))
    if rng.random() < 0.5:
        lines.append(f"{rng.randint(2, 9)} min read")
    return lines


def caption(rng: random.Random) -> str:
    place, source = rng.choice(PLACES), rng.choice(SOURCES)
    n = rng.randint(2, 60)
    return rng.choice(
        (
            f"Officers during a raid in {place} (Image: {source})",
            f"Some of the {n} phones seized in {place}. Photo: {source}",
            f"Image caption, Police searched {n} homes in {place}",
            f"Image source, {source}",
            f"Drugs and cash recovered by officers in {place} (Picture: {source})",
            f"The flat in {place} where {n} wraps of heroin were found. Credit: {source}",
        )
    )


def link_lines(rng: random.Random) -> list[str]:
    heads = rng.sample(HEADLINES, 4)
    form = rng.randrange(5)
    if form == 0:
        return [f"Read more: {heads[0]}"]
    if form == 1:
        return [f"Related: {heads[0]}", f"Related: {heads[1]}"]
    if form == 2:
        return ["Most read", *(f"{i}. {h}" for i, h in enumerate(heads[:3], 1))]
    if form == 3:
        return ["More on this story", *heads[:3]]
    return [f"READ MORE | {heads[0]}"]


def ad_lines(rng: random.Random) -> list[str]:
    return rng.choice(
        (
            ["Advertisement"],
            ["ADVERTISEMENT"],
            ["Story continues below advertisement"],
            ["Sign up to our free daily newsletter for the latest news from Norfolk and Suffolk"],
            [
                "Get the latest crime news straight to your inbox",
                "Subscribe",
                "Thank you for subscribing!",
            ],
            ["Share this article", "Facebook Twitter WhatsApp Email"],
            ["Share", "Copy link"],
            [
                "We use cookies to improve your experience. By continuing to browse you agree"
                " to our use of cookies.",
                "Accept all cookies",
            ],
        )
    )


def social_post(rng: random.Random) -> list[str]:
    place, n = rng.choice(PLACES), rng.randint(3, 80)
    handle = rng.choice(("WMPolice", "kent_police", "MetPoliceUK", "EssexPoliceUK"))
    return rng.choice(
        (
            [
                f"Officers arrested {n} people in {place} today as part of our crackdown"
                f" #CountyLines pic.twitter.com/a{n}Xk2",
                f"\u2014 Police ({handle}) (@{handle}) {rng.choice(MONTHS)} {rng.randint(1, 28)},"
                " 2026",
            ],
            ["View this post on Instagram", f"A post shared by {handle} (@{handle.lower()})"],
            [
                "Skip X post",
                "Allow X content? This article contains content provided by X.",
                f"{n} people like this.",
                "End of X post",
            ],
        )
    )


def comments(rng: random.Random) -> list[str]:
    count = rng.randint(3, 250)
    header = rng.choice(
        (f"{count} comments", f"Comments ({count})", "Have your say", "Join the conversation")
    )
    out = [header]
    for _ in range(rng.randint(1, 3)):
        who, place = (
            rng.choice(("DaveInLuton", "sceptic99", "Margaret H", "truthseeker")),
            rng.choice(PLACES),
        )
        n = rng.randint(5, 500)
        out += [
            f"{who}, {place} \u00b7 {rng.randint(1, 9)} hours ago",
            rng.choice(
                (
                    f"{n} arrests and they'll all be out by Friday.",
                    f"In {place} we had {n} officers on the streets and still nothing changes.",
                    f"They seized \u00a3{n},000 of cocaine last year too. Same story every time.",
                )
            ),
            f"Reply \u00b7 {rng.randint(0, 40)} likes",
        ]
    return out


def _page(date: str, head: str, parts: list[str]) -> str:
    sep = "" if not date or date.endswith(("\n", " ")) else " "
    return date + sep + head + "\n\n" + "\n\n".join(parts) + "\n"


def _interleave(
    rng: random.Random, paras: list[str], make: Callable[[random.Random], list[str]], times: int
) -> list[str]:
    out = list(paras)
    for _ in range(times):
        at = rng.randint(1, max(1, len(out)))
        out[at:at] = ["\n".join(make(rng))]
    return out


def with_byline(rng, date, head, paras):
    return _page(date, head, ["\n".join(byline(rng)), *paras])


def with_captions(rng, date, head, paras):
    return _page(date, head, _interleave(rng, paras, lambda r: [caption(r)], 2))


def with_links(rng, date, head, paras):
    return _page(date, head, _interleave(rng, paras, link_lines, 2) + ["\n".join(link_lines(rng))])


def with_ads(rng, date, head, paras):
    return _page(date, head, _interleave(rng, paras, ad_lines, 3))


def with_social(rng, date, head, paras):
    return _page(date, head, _interleave(rng, paras, social_post, 1))


def with_comments(rng, date, head, paras):
    return _page(date, head, [*paras, "\n".join(comments(rng))])


def _is_row(line: str) -> bool:
    return "|" in line or "\t" in line or "   " in line.strip()


def wrapped(rng, date, head, paras):
    width = rng.randint(60, 80)
    fill = lambda s: textwrap.fill(s, width, break_on_hyphens=False, break_long_words=False)  # noqa: E731
    joiner = "\n\n" if rng.random() < 0.5 else "\n"
    lines = fill((date.strip() + " " + head).strip())
    # a table's rows stay as they are, as a page's table does when copied
    body = (
        "\n".join(line if _is_row(line) else fill(line) for line in p.split("\n")) for p in paras
    )
    return " " + lines + joiner + joiner.join(body) + "\n"


def entities(rng, date, head, paras):
    def encode(s: str) -> str:
        s = s.replace("&", "&amp;")
        s = re.sub(
            r"(?<=\w)['\u2019](?=\w)", lambda _: rng.choice(("&#8217;", "&rsquo;", "&#39;")), s
        )
        return re.sub(r"(?<=\d) (?=[a-z])", lambda _: rng.choice((" ", "&nbsp;")), s)

    return _page(date, encode(head), [encode(p) for p in paras])


def caps_headline(rng, date, head, paras):
    return _page(date, head.upper(), paras)


def typographic(rng, date, head, paras):
    def curl(s: str) -> str:
        s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
        s = s.replace('"', "\u201d")
        s = re.sub(r"(?<=\w)'(?=\w)", "\u2019", s)
        return s.replace(" - ", rng.choice((" \u2013 ", " \u2014 ")))

    return _page(date, curl(head), [curl(p) for p in paras])


def line_ends(rng, date, head, paras):
    """Windows or old Mac line ends, or spaces left at the end of every line."""
    return _page(date, head, paras).replace("\n", rng.choice(("\r\n", "\r", "  \n", " \r\n")))


def invisible(rng, date, head, paras):
    """A byte-order mark, soft hyphens inside long words, zero-width spaces after full stops."""
    page = _page(date, head, paras)
    page = re.sub(r"(?<=[a-z]{4})(?=[a-z]{4})", lambda _: rng.choice(("\u00ad", "", "")), page)
    page = re.sub(r"\. ", lambda m: rng.choice((".\u200b ", m.group())), page)
    return "\ufeff" + page


def markdown(rng, date, head, paras):
    """Figures in Markdown bold and "county lines" in emphasis, inside their lines."""

    def mark(s: str) -> str:
        s = _FIGURE.sub(lambda m: rng.choice((f"**{m.group()}**", m.group())), s)
        return s.replace("county lines", rng.choice(("*county lines*", "__county lines__")))

    return _page(date, head, [mark(p) for p in paras])


def digit_groups(rng, date, head, paras):
    """Digit groups split by a thin, narrow no-break or no-break space ("£12 400")."""
    sep = rng.choice(("\u2009", "\u202f", "\u00a0"))
    return _page(date, head, [_GROUP_COMMA.sub(sep, p) for p in paras])


def everything(rng, date, head, paras):
    body = _interleave(rng, paras, lambda r: [caption(r)], 1)
    body = _interleave(rng, body, link_lines, 1)
    body = _interleave(rng, body, ad_lines, 2)
    body = _interleave(rng, body, social_post, 1)
    body = ["\n".join(byline(rng)), *body, "\n".join(comments(rng))]
    return _page(date, head.upper(), body)


KINDS: dict[str, Callable[..., str]] = {
    "byline": with_byline,
    "captions": with_captions,
    "links": with_links,
    "ads": with_ads,
    "social": with_social,
    "comments": with_comments,
    "wrap": wrapped,
    "entities": entities,
    "caps_headline": caps_headline,
    "typographic": typographic,
    "line_ends": line_ends,
    "invisible": invisible,
    "markdown": markdown,
    "digit_groups": digit_groups,
    "everything": everything,
}


def make_page(kind: str, text: str, seed: int) -> str:
    date, head, paras = split_article(text)
    return KINDS[kind](random.Random(seed), date, head, paras)


def _norm(s: str) -> str:
    """Text compared as read: entities decoded, typography folded, invisible characters and
    Markdown emphasis dropped, digit groups joined by commas, spaces and line ends as one."""
    s = _GROUP_SPACE.sub(",", _MARKUP.sub("", html.unescape(s))).replace("\u00a0", " ")
    for a, b in (
        ("\u2019", "'"),
        ("\u2018", "'"),
        ("\u201c", '"'),
        ("\u201d", '"'),
        ("\u2013", "-"),
        ("\u2014", "-"),
    ):
        s = s.replace(a, b)
    return " ".join(s.split())


def comparable(report: OperationReport) -> dict[str, set]:
    """The record's content, offsets and evidence positions left out."""
    return {
        "statistics": {
            (s.metric.value, s.area, s.value, s.qualifier.value) for s in report.statistics
        },
        "agencies": set(report.agencies),
        "locations": set(report.locations),
        "drugs": set(report.drugs),
        "weapons": set(report.weapons),
        "operations": set(report.operation_names),
        "quotes": {(_norm(q.speaker), _norm(q.text)) for q in report.quotes},
        "dates": {
            ("published", report.published),
            ("week", report.week_of_action),
            ("start", report.period_start),
            ("end", report.period_end),
        },
    }


def changes(clean: OperationReport, page: OperationReport) -> Counter[str]:
    """How the page's record differs: ``spurious statistics``, ``lost locations``, ..."""
    a, b = comparable(clean), comparable(page)
    out: Counter[str] = Counter()
    for field in a:
        if extra := len(b[field] - a[field]):
            out[f"spurious {field}"] += extra
        if lost := len(a[field] - b[field]):
            out[f"lost {field}"] += lost
    return out


def check(
    articles: list[tuple[str, str]], kinds: list[str], seed: int = 7
) -> dict[str, tuple[int, Counter[str], list[str]]]:
    """Per kind: articles changed, the changes summed, and which articles changed."""
    clean = {aid: extract_report(text, article_id=aid) for aid, text in articles}
    result = {}
    for kind in kinds:
        changed, total, which = 0, Counter(), []
        for i, (aid, text) in enumerate(articles):
            page = make_page(kind, text, seed * 1000 + i)
            diff = changes(clean[aid], extract_report(page, article_id=aid))
            if diff:
                changed += 1
                total += diff
                which.append(aid)
        result[kind] = (changed, total, which)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--kinds", nargs="*", default=list(KINDS))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="list the changed articles")
    args = parser.parse_args()
    articles = load_articles(tuple(args.sets))
    result = check(articles, args.kinds, args.seed)
    print(f"{len(articles)} articles; per kind: articles changed, and how")
    for kind, (changed, total, which) in result.items():
        how = ", ".join(f"{k} {v}" for k, v in sorted(total.items())) or "-"
        print(f"{kind:14s} {changed:3d}/{len(articles)}  {how}")
        if args.show and which:
            print("    " + " ".join(which))


if __name__ == "__main__":
    main()
