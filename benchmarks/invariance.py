"""How often the rules backend's statistics change when an article's form changes but not its
words: line ends, invisible characters, Markdown emphasis, hard wrapping, capitals.

    python benchmarks/invariance.py [--sets holdout10 holdout12 ...]

Each transform rewrites every article of the given sets (training sets by default: never
point it at a sealed set), and the script counts the articles whose statistics (metric, area,
value) differ from the article as given, and checks every span of the rewritten record is in
the rewritten text. A transform a reader would not notice should change nothing; the
counts are the robustness measure, read beside the number of articles it touched.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from extractor.rules import extract_report

ROOT = Path(__file__).resolve().parent.parent
TRAINING = (
    "holdout10",
    "holdout12",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
)
_FIGURE = re.compile(r"(?<![\d,.£])(\d[\d,]*(?:\.\d+)?)(?![\d,.])")
_DATE_LINE = re.compile(r"^( date \S+ )(.*)")


def _body(change: Callable[[str], str]) -> Callable[[str], str]:
    """``change`` applied to the text after the ` date YYYY-MM-DD ` line's date, if any."""

    def apply(text: str) -> str:
        m = re.match(r" date \d{4}-\d\d-\d\d ", text)
        return text[: m.end()] + change(text[m.end() :]) if m else change(text)

    return apply


def _wrap(width: int) -> Callable[[str], str]:
    def apply(text: str) -> str:
        lines = []
        for line in text.split("\n"):
            if len(line) > width and not line.startswith(" date"):
                lines.extend(textwrap.wrap(line, width, break_on_hyphens=False))
            else:
                lines.append(line)
        return "\n".join(lines)

    return apply


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "CR line ends": lambda t: t.replace("\n", "\r"),
    "a space before each line end": lambda t: t.replace("\n", " \n"),
    "blank lines holding a space": lambda t: t.replace("\n\n", "\n \n"),
    "byte-order mark": lambda t: "\ufeff" + t,
    "soft hyphens in long words": lambda t: re.sub(
        r"(?<=[a-z]{4})(?=[a-z]{4})", "\u00ad", t, count=40
    ),
    "zero-width spaces": lambda t: t.replace(" county lines", " county\u200b lines").replace(
        ". ", ".\u200b "
    ),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "two spaces after a full stop": lambda t: re.sub(r"\. (?=[A-Z])", ".  ", t),
    "digit groups split by thin spaces": lambda t: re.sub(r"(?<=\d),(?=\d{3}\b)", "\u2009", t),
    "every figure in bold (Markdown)": _body(lambda t: _FIGURE.sub(r"**\1**", t)),
    "hard-wrapped at 72 columns": _wrap(72),
    "hard-wrapped at 60 columns": _wrap(60),
    "headline in capitals": lambda t: _DATE_LINE.sub(lambda m: m[1] + m[2].upper(), t, 1),
}


def keys(text: str, article_id: str) -> list[tuple[str, str, float]]:
    report = extract_report(text, article_id=article_id)
    for s in report.statistics:
        if text[s.evidence_start or 0 : s.evidence_end or 0] != s.evidence:
            raise AssertionError(f"{article_id}: a span not in the text: {s.evidence!r}")
    return sorted((s.metric.value, s.area, s.value) for s in report.statistics)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(TRAINING), metavar="SET")
    args = parser.parse_args(argv)
    articles = []
    for name in args.sets:
        folder = ROOT / "evals" / name / "articles"
        if not folder.is_dir():
            parser.error(f"--sets {name}: no folder {folder}")
        articles += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    as_given = {aid: keys(text, aid) for aid, text in articles}
    print(f"{len(articles)} articles ({', '.join(args.sets)})")
    print(f"{'transform':<34} {'touched':>8} {'changed':>8}")
    for name, change in TRANSFORMS.items():
        touched = changed = 0
        for aid, text in articles:
            rewritten = change(text)
            if rewritten == text:
                continue
            touched += 1
            changed += keys(rewritten, aid) != as_given[aid]
        print(f"{name:<34} {touched:>8} {changed:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
