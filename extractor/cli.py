"""The ``extractor`` command: parses flags, calls the API, maps errors to exit codes.

Thin on purpose: every behaviour lives in the package and is tested there.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Callable

from .config import BACKENDS, MODES, Settings
from .errors import AuthenticationFailed, EndpointUnreachable, ExtractorError

log = logging.getLogger("extractor")


def add_backend_flags(p: argparse.ArgumentParser) -> None:
    """Backend, model, endpoint and cache flags shared by extract, eval and batch."""
    p.add_argument("--backend", choices=BACKENDS, default=None,
                   help="auto (default): the LLM if an endpoint or key is configured, else rules")
    p.add_argument("--model", default=None, help="model name (env EXTRACTOR_MODEL)")
    p.add_argument("--base-url", default=None,
                   help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (env OPENAI_BASE_URL)")
    p.add_argument("--mode", choices=MODES, default=None, help="instructor mode (default: tools)")
    p.add_argument("--cache-dir", default=None, help="cache folder (env EXTRACTOR_CACHE_DIR)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--offline", action="store_true",
                   help="answer only from the cache; fail on a miss, make no request")
    p.add_argument("-v", "--verbose", action="count", default=0, help="-v INFO, -vv DEBUG logging")


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings.resolve(
        backend=args.backend,
        model=args.model,
        base_url=args.base_url,
        mode=args.mode,
        cache_dir=args.cache_dir,
        use_cache=False if args.no_cache else None,
        offline=True if args.offline else None,
    )


def setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if verbose < 2:
        # the SDK's own request logs at INFO would double ours
        for noisy in ("httpx", "httpx2", "httpcore", "openai"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
        # instructor logs every failed call at ERROR; the CLI reports it as its own one line
        logging.getLogger("instructor").setLevel(logging.CRITICAL)


# -- extract ---------------------------------------------------------------
def add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract one record per article file, as JSONL")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article text files (UTF-8)")
    add_backend_flags(p)
    p.add_argument("--pretty", action="store_true", help="indented JSON for humans")
    p.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    settings = settings_from_args(args)
    last: ExtractorError | None = None
    with Extractor(settings=settings) as extractor:
        print(f"extractor: using the {extractor.backend_name} backend", file=sys.stderr)
        for path in args.paths:
            try:
                report = extractor.extract_file(path)
            except ExtractorError as exc:
                # one bad article does not lose the others; the exit code says it happened
                where = "" if exc.message.startswith(str(path)) else f"{path}: "
                print(f"extractor: error: {where}{exc.one_line()}", file=sys.stderr)
                last = exc
                if isinstance(exc, (EndpointUnreachable, AuthenticationFailed)):
                    break  # the same for every article: do not wait through it again
                continue
            data = report.model_dump(mode="json")
            print(json.dumps(data, indent=2 if args.pretty else None, ensure_ascii=False),
                  flush=True)
    return last.exit_code if last is not None else 0


# -- eval ------------------------------------------------------------------
EXIT_BELOW_MIN_F1 = 8


def add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score a backend (or a predictions file) against gold records")
    p.add_argument("--gold", default="evals/gold", help="folder of <article_id>.json gold records")
    p.add_argument("--articles", default="seeds", help="folder of <article_id>.txt articles")
    p.add_argument("--predictions", metavar="FILE.jsonl", default=None,
                   help="score these records instead of running a backend")
    p.add_argument("--run", metavar="NAME", default=None,
                   help="report folder name (default: date-time and backend)")
    p.add_argument("--out", default="evals/reports", help="where <run>/report.{json,md,html} go")
    p.add_argument("--baseline", metavar="PATH/report.json", default=None,
                   help="print per-field deltas against an earlier run's report")
    p.add_argument("--min-f1", type=float, metavar="X", default=None,
                   help=f"exit {EXIT_BELOW_MIN_F1} when the headline F1 is below X (a CI gate)")
    p.add_argument("--brief", action="store_true", help="omit the per-item list of misses")
    add_backend_flags(p)
    p.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    from .errors import ConfigurationError
    from .evaluation import (
        below_min_f1,
        compare_reports,
        evaluate,
        load_report,
        mismatch_note,
        read_article_texts,
        render_deltas,
        render_text,
        write_reports,
    )
    from .pipeline import Extractor

    if args.min_f1 is not None and not 0.0 <= args.min_f1 <= 1.0:
        raise ConfigurationError(f"--min-f1 {args.min_f1} is not between 0 and 1")
    if args.run is not None and (not args.run.strip() or "/" in args.run or "\\" in args.run
                                 or args.run in {".", ".."}):
        raise ConfigurationError(f"--run {args.run!r} must be a plain folder name")
    baseline = load_report(args.baseline) if args.baseline else None  # fail before the run
    if args.predictions:
        print(f"extractor: scoring {args.predictions}", file=sys.stderr)
        if args.backend or args.model or args.base_url or args.mode or args.offline:
            print("extractor: note: --predictions scores the file as it is; the backend flags "
                  "are ignored", file=sys.stderr)
        report = evaluate(args.predictions, gold_dir=args.gold, articles_dir=args.articles,
                          run=args.run)
    else:
        with Extractor(settings=settings_from_args(args)) as extractor:
            print(f"extractor: using the {extractor.backend_name} backend", file=sys.stderr)
            report = evaluate(extractor, gold_dir=args.gold, articles_dir=args.articles,
                              run=args.run)
    print(render_text(report, details=not args.brief), end="")
    folder = write_reports(report, args.out, read_article_texts(report))
    print(f"\nreports: {folder}/report.json, report.md, report.html")
    if baseline is not None:
        print()
        print(render_deltas(compare_reports(report, baseline), args.baseline,
                            mismatch_note(report, baseline)), end="")
    for line in report.errors:
        print(f"extractor: error: {line}", file=sys.stderr)
    if args.min_f1 is not None and below_min_f1(report, args.min_f1):
        print(f"extractor: headline F1 {report.headline.f1:.3f} is below --min-f1 "
              f"{args.min_f1:g}", file=sys.stderr)
        return EXIT_BELOW_MIN_F1
    return 0


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_extract, add_eval]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Structured, grounded records of UK county-lines enforcement news.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(getattr(args, "verbose", 0))
    try:
        return int(args.func(args) or 0)
    except ExtractorError as exc:
        print(f"extractor: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
