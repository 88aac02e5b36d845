"""Articles per second of the offline rules backend on one core.

Runs ``extract_report`` (the whole backend: segmentation, gazetteers, figures,
scope, quotes, record validation) over the seed articles repeated, plus the dev
set when present, in this one process, and prints the rate measured in this run.
The target is >= 1,000 articles/s per core; the machine is shared, so the
script takes the best of a few rounds rather than asserting anything. One
process, one thread: CPU time (``time.process_time``) of that thread is the
measure, so other load on the machine does not count against it.

    python benchmarks/bench_rules.py [--rounds 5] [--repeat 200]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.rules import extract_report

ROOT = Path(__file__).resolve().parent.parent


def load_articles() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "evals" / "dev" / "articles").glob("*.txt")
    )
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--repeat", type=int, default=100, help="passes over the articles per round"
    )
    args = parser.parse_args()
    articles = load_articles()
    for aid, text in articles:  # warm up: imports, regex caches
        extract_report(text, article_id=aid)
    chars = sum(len(t) for _, t in articles)
    rates = []
    for _ in range(args.rounds):
        start = time.process_time()
        for _ in range(args.repeat):
            for aid, text in articles:
                extract_report(text, article_id=aid)
        elapsed = time.process_time() - start
        rates.append(args.repeat * len(articles) / elapsed)
    best, median = max(rates), sorted(rates)[len(rates) // 2]
    print(
        f"rules backend: {len(articles)} articles ({chars / len(articles):,.0f} chars on average), "
        f"{args.repeat} passes x {args.rounds} rounds, one core"
    )
    print(f"articles/s: best {best:,.0f}, median {median:,.0f} (target >= 1,000)")


if __name__ == "__main__":
    main()
