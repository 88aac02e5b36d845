"""Articles per second of the offline rules backend on one core.

Runs ``extract_report`` (the whole backend: segmentation, gazetteers, figures,
scope, quotes, record validation) over the seed articles repeated, plus the dev
set when present, in this one process, and prints the rate measured in this run.
The target is >= 1,000 articles/s per core; the machine is shared, so the
script takes the best of a few rounds rather than asserting anything. One
process, one thread: CPU time (``time.process_time``) of that thread is the
measure, so other load on the machine does not count against it; wall time is
printed beside it.

The rules run compiled by mypyc when the install compiled them (setup.py) and
their sources are unchanged since; the script prints which engine it measured.
``EXTRACTOR_PURE=1 python benchmarks/bench_rules.py`` measures the Python source.

Machine speed here varies ~3x from one session to the next, so the run also
measures a floor in the same process, interleaved round by round: what any
extractor of these records must at least do per article (fold the text to lower
case, find every run of digits and every capitalised word with one regex pass,
and validate an empty record). Compare days by the ratio to that floor, not by
the absolute rate.

    python benchmarks/bench_rules.py [--rounds 5] [--repeat 100]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from extractor.native import engine
from extractor.rules import extract_report
from extractor.schema import OperationReport

ROOT = Path(__file__).resolve().parent.parent
_TOKENS = re.compile(r"\d[\d,.]*|[A-Z][a-z]+")


def load_articles() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "evals" / "dev" / "articles").glob("*.txt")
    )
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def floor(text: str, *, article_id: str) -> OperationReport:
    """The least an extractor does: read the text once, return a validated record."""
    text.lower()
    _TOKENS.findall(text)
    return OperationReport.model_validate({"article_id": article_id})


def timed(
    run: Callable[..., object], articles: list[tuple[str, str]], repeat: int
) -> tuple[float, float]:
    """CPU and wall seconds of ``repeat`` passes of ``run`` over the articles."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        for aid, text in articles:
            run(text, article_id=aid)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--repeat", type=int, default=100, help="passes over the articles per round"
    )
    args = parser.parse_args()
    if args.rounds < 1 or args.repeat < 1:
        parser.error("--rounds and --repeat must be at least 1")
    articles = load_articles()
    for aid, text in articles:  # warm up: imports, regex caches
        extract_report(text, article_id=aid)
        floor(text, article_id=aid)
    chars = sum(len(t) for _, t in articles)
    n = args.repeat * len(articles)
    rounds = []
    for _ in range(args.rounds):
        rules_cpu, rules_wall = timed(extract_report, articles, args.repeat)
        floor_cpu, _ = timed(floor, articles, args.repeat)
        rounds.append((n / rules_cpu, n / rules_wall, rules_cpu / floor_cpu))
    best = max(rounds)
    median = sorted(rounds)[len(rounds) // 2]
    print(
        f"rules backend: {len(articles)} articles ({chars / len(articles):,.0f} chars on average), "
        f"{args.repeat} passes x {args.rounds} rounds, one core"
    )
    print(
        f"articles/s of CPU time: best {best[0]:,.0f}, median {median[0]:,.0f} "
        f"(target >= 1,000); of wall time: {best[1]:,.0f}, {median[1]:,.0f}"
    )
    ratios = sorted(r[2] for r in rounds)
    print(
        f"CPU time per article / the floor's (same run, lower is better): "
        f"best {ratios[0]:,.1f}x, median {ratios[len(ratios) // 2]:,.1f}x"
    )
    print(f"engine: {engine()}")


if __name__ == "__main__":
    main()
