"""The ``extractor`` command: parses flags, calls the API, maps errors to exit codes.

Thin on purpose: every behaviour lives in the package and is tested there.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from .config import BACKENDS, MODES, UNGROUNDED, Settings, require_endpoint_for_model
from .errors import AuthenticationFailed, EndpointUnreachable, ExtractorError

if TYPE_CHECKING:
    from .batch import BatchOptions, BatchStats

log = logging.getLogger("extractor")


def add_backend_flags(p: argparse.ArgumentParser) -> None:
    """Backend, model, endpoint and cache flags shared by extract, eval and batch."""
    p.add_argument(
        "--backend",
        choices=BACKENDS,
        default=None,
        help="auto (default): the LLM if an endpoint or key is configured, else rules",
    )
    p.add_argument("--model", default=None, help="model name (env EXTRACTOR_MODEL)")
    p.add_argument(
        "--base-url",
        default=None,
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (env OPENAI_BASE_URL)",
    )
    p.add_argument(
        "--mode",
        choices=MODES,
        default=None,
        help="instructor mode (env EXTRACTOR_MODE; default auto: tools for OpenAI, "
        "json_schema for any other endpoint)",
    )
    p.add_argument(
        "--ungrounded",
        choices=UNGROUNDED,
        default=None,
        help="an answer citing words not in the article: reask (default), drop those items "
        "and keep the rest, or fail (env EXTRACTOR_UNGROUNDED)",
    )
    p.add_argument("--cache-dir", default=None, help="cache folder (env EXTRACTOR_CACHE_DIR)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument(
        "--offline",
        action="store_true",
        help="answer only from the cache; fail on a miss, make no request",
    )
    p.add_argument("-v", "--verbose", action="count", default=0, help="-v INFO, -vv DEBUG logging")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The run's settings; its key is registered with the log filter before anything logs."""
    from .llm.redact import REDACT

    settings = Settings.resolve(
        backend=args.backend,
        model=args.model,
        base_url=args.base_url,
        mode=args.mode,
        ungrounded=args.ungrounded,
        cache_dir=args.cache_dir,
        use_cache=False if args.no_cache else None,
        offline=True if args.offline else None,
    )
    require_endpoint_for_model(settings, model_given=args.model is not None)
    REDACT.add(settings.api_key)
    return settings


def setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # every record that reaches stderr loses keys and URL credentials, whichever logger sent it
    from .llm.redact import REDACT

    handler.addFilter(REDACT)
    logging.basicConfig(level=level, handlers=[handler])
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
            print(
                json.dumps(data, indent=2 if args.pretty else None, ensure_ascii=False), flush=True
            )
    return last.exit_code if last is not None else 0


# -- eval ------------------------------------------------------------------
EXIT_BELOW_MIN_F1 = 8


def add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="score a backend (or a predictions file) against gold records",
        description="Score a backend against hand-labelled gold records: run it over every "
        "article with a gold file (<gold>/<id>.json and <articles>/<id>.txt), or score an "
        "existing JSONL of records with --predictions. Prints per-field precision, recall and "
        "F1, scalar accuracy, the headline and every miss, and writes report.json, report.md "
        "and report.html under <out>/<run>. Exit 0 when scored, 2 on a bad flag or backend "
        f"configuration, 7 when nothing can be scored, {EXIT_BELOW_MIN_F1} when the headline "
        "F1 is below --min-f1.",
    )
    p.add_argument(
        "--gold",
        default="evals/gold",
        help="folder of <article_id>.json gold records (default: evals/gold)",
    )
    p.add_argument(
        "--articles", default="seeds", help="folder of <article_id>.txt articles (default: seeds)"
    )
    p.add_argument(
        "--predictions",
        metavar="FILE.jsonl",
        default=None,
        help="score these records instead of running a backend",
    )
    p.add_argument(
        "--run",
        metavar="NAME",
        default=None,
        help="report folder name (default: date-time and backend)",
    )
    p.add_argument(
        "--out",
        default="evals/reports",
        help="where <run>/report.{json,md,html} go (default: evals/reports)",
    )
    p.add_argument(
        "--baseline",
        metavar="PATH/report.json",
        default=None,
        help="print per-field deltas against an earlier run's report",
    )
    p.add_argument(
        "--min-f1",
        type=float,
        metavar="X",
        default=None,
        help=f"exit {EXIT_BELOW_MIN_F1} when the headline F1 is below X (a CI gate; "
        "default: no gate)",
    )
    p.add_argument(
        "--brief",
        action="store_true",
        help="omit the per-item list of misses from the terminal (the files keep it)",
    )
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
    if args.run is not None and (
        not args.run.strip() or "/" in args.run or "\\" in args.run or args.run in {".", ".."}
    ):
        raise ConfigurationError(f"--run {args.run!r} must be a plain folder name")
    baseline = load_report(args.baseline) if args.baseline else None  # fail before the run
    if args.predictions:
        print(f"extractor: scoring {args.predictions}", file=sys.stderr)
        if args.backend or args.model or args.base_url or args.mode or args.offline:
            print(
                "extractor: note: --predictions scores the file as it is; the backend flags "
                "are ignored",
                file=sys.stderr,
            )
        report = evaluate(
            args.predictions, gold_dir=args.gold, articles_dir=args.articles, run=args.run
        )
    else:
        with Extractor(settings=settings_from_args(args)) as extractor:
            print(f"extractor: using the {extractor.backend_name} backend", file=sys.stderr)
            report = evaluate(
                extractor, gold_dir=args.gold, articles_dir=args.articles, run=args.run
            )
    print(render_text(report, details=not args.brief), end="")
    folder = write_reports(report, args.out, read_article_texts(report))
    print(f"\nreports: {folder}/report.json, report.md, report.html")
    if baseline is not None:
        print()
        print(
            render_deltas(
                compare_reports(report, baseline), args.baseline, mismatch_note(report, baseline)
            ),
            end="",
        )
    for line in report.errors:
        print(f"extractor: error: {line}", file=sys.stderr)
    if args.min_f1 is not None and below_min_f1(report, args.min_f1):
        print(
            f"extractor: headline F1 {report.headline.f1:.3f} is below --min-f1 {args.min_f1:g}",
            file=sys.stderr,
        )
        return EXIT_BELOW_MIN_F1
    return 0


# -- batch -----------------------------------------------------------------
def add_batch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="extract a folder, glob, JSONL or CSV of articles into one JSONL file",
        description="Extract many articles concurrently into OUT (JSONL, one line per article: "
        "its record or an error record). Running the same command again resumes: ids with a "
        "record are skipped, errors are retried, no id is written twice.",
    )
    p.add_argument(
        "input",
        metavar="INPUT",
        help="a folder of .txt files, a quoted glob, a .jsonl (id,text[,published]) "
        "or a .csv with those columns",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.jsonl",
        help="results, one JSON line per article (a manifest goes beside it)",
    )
    p.add_argument(
        "--concurrency",
        type=int,
        default=None,
        metavar="N",
        help="articles in flight at once (default 8)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract in N processes sharing the rate limits and --concurrency, to use "
        "more cores (default 1: this process alone)",
    )
    p.add_argument(
        "--rpm",
        type=float,
        default=None,
        metavar="R",
        help="at most R requests per minute (retries and re-asks count)",
    )
    p.add_argument(
        "--tpm",
        type=float,
        default=None,
        metavar="T",
        help="at most T tokens per minute (estimated before, corrected after)",
    )
    p.add_argument(
        "--csv",
        default=None,
        metavar="STATS.csv",
        help="also write one row per statistic (rebuilt from OUT at the end)",
    )
    p.add_argument(
        "--wait",
        action="store_true",
        help="if another run is writing OUT, wait for it to finish (default: refuse)",
    )
    p.add_argument(
        "--price",
        default=None,
        metavar="IN:OUT",
        help="USD per million input:output tokens, for the cost estimate "
        "(known OpenAI models have a default)",
    )
    p.add_argument(
        "--via",
        choices=("live", "batch-api"),
        default="live",
        help="live (default): chat completions now; batch-api: OpenAI's Batch API (24 h, half "
        "the price; a rerun resumes the batch, answers are validated and re-asked live)",
    )
    p.add_argument(
        "--poll-interval",
        type=float,
        default=30.0,
        metavar="S",
        help="--via batch-api: seconds between polls of the batch (default 30)",
    )
    p.add_argument(
        "--cancel",
        action="store_true",
        help="--via batch-api: cancel the batch in progress for OUT and exit",
    )
    add_backend_flags(p)
    p.set_defaults(func=cmd_batch)


def _parse_price(text: str | None) -> tuple[float, float] | None:
    from .config import parse_price

    return parse_price(text)


def _progress_fields(stats: BatchStats) -> dict[str, str]:
    cost = "n/a" if stats.cost_usd is None else f"${stats.cost_usd:.4f}"
    eta = stats.eta_s
    return {
        "cached": str(stats.cached),
        "failed": str(stats.failed),
        "tokens": f"{stats.usage.total_tokens:,}",
        "cost": cost,
        "rate": f"{stats.rate:.1f}/s",
        "eta": "-" if eta is None else f"{int(eta // 60)}m{int(eta % 60):02d}s",
    }


def cmd_batch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .batch import BatchOptions, summarise
    from .config import positive_rate

    settings = settings_from_args(args)
    if args.cancel:
        return _cancel_batch(args, settings)
    options = BatchOptions(
        rpm=positive_rate("--rpm", args.rpm),
        tpm=positive_rate("--tpm", args.tpm),
        price=_parse_price(args.price),
        csv_path=Path(args.csv) if args.csv else None,
        wait=args.wait,
        via=args.via,
        poll_interval=args.poll_interval,
        workers=args.workers,
    )
    if args.concurrency is not None:  # else BatchOptions' default
        options.concurrency = args.concurrency
    print(
        f"extractor: using the {settings.chosen_backend()} backend; writing {args.output}",
        file=sys.stderr,
    )
    if sys.stderr.isatty():
        stats = _batch_with_bar(args, settings, options)
    else:
        stats = _batch_with_log_lines(args, settings, options)
    for line in summarise(stats):
        print(f"extractor: {line}", file=sys.stderr)
    if stats.status == "interrupted":
        print("extractor: interrupted; run the same command again to resume", file=sys.stderr)
        if args.via == "batch-api":
            print(
                "extractor: a batch submitted keeps running at the provider; the same command "
                "polls it again (add --cancel to cancel it)",
                file=sys.stderr,
            )
        return 130
    if stats.status in ("expired", "failed", "cancelled"):
        print(
            f"extractor: the batch {stats.status}: {stats.unfinished} articles unfinished; run "
            "the same command again to submit them in a new batch",
            file=sys.stderr,
        )
        return EXIT_BATCH_ERRORS
    return 0 if stats.failed == 0 else EXIT_BATCH_ERRORS


def _cancel_batch(args: argparse.Namespace, settings: Settings) -> int:
    from .batch import cancel_batch

    if args.via != "batch-api":
        from .errors import ConfigurationError

        raise ConfigurationError("--cancel cancels a Batch API batch: add --via batch-api")
    info = cancel_batch(args.output, settings=settings)
    print(
        f"extractor: batch {info['batch_id']}: {info['status']}; run the same command without "
        "--cancel to collect what it finished",
        file=sys.stderr,
    )
    return 0


EXIT_BATCH_ERRORS = 9
EXIT_OS_ERROR = 10
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command killed by it


def _batch_with_bar(
    args: argparse.Namespace, settings: Settings, options: BatchOptions
) -> BatchStats:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .batch import run_batch

    columns = (
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "cached {task.fields[cached]} · failed {task.fields[failed]} · "
            "{task.fields[tokens]} tokens · {task.fields[cost]} · {task.fields[rate]} · "
            "ETA {task.fields[eta]}"
        ),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(
            "batch", total=None, cached="0", failed="0", tokens="0", cost="-", rate="-", eta="-"
        )

        phase: list[str | None] = [None]

        def show(stats: BatchStats) -> None:
            if stats.phase != phase[0]:
                phase[0] = stats.phase
                bar.console.print(f"extractor: {stats.phase}")
            total = (
                None if stats.total is None else stats.total - stats.skipped_done - stats.duplicates
            )
            bar.update(task, completed=stats.processed, total=total, **_progress_fields(stats))  # type: ignore[arg-type]

        return run_batch(args.input, args.output, settings=settings, options=options, progress=show)


def _batch_with_log_lines(
    args: argparse.Namespace, settings: Settings, options: BatchOptions
) -> BatchStats:
    import time

    from .batch import run_batch

    last = [time.monotonic()]
    phase: list[str | None] = [None]

    def show(stats: BatchStats) -> None:
        if stats.phase != phase[0]:
            phase[0] = stats.phase
            print(f"extractor: {stats.phase}", file=sys.stderr, flush=True)
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_S and stats.finished is None:
            return
        last[0] = now
        f = _progress_fields(stats)
        total = "?" if stats.total is None else str(stats.total)
        print(
            f"extractor: batch {stats.processed + stats.skipped_done}/{total} done "
            f"({f['cached']} cached, {f['failed']} failed), {f['tokens']} tokens, {f['cost']}, "
            f"{f['rate']}, ETA {f['eta']}",
            file=sys.stderr,
            flush=True,
        )

    return run_batch(args.input, args.output, settings=settings, options=options, progress=show)


PROGRESS_EVERY_S = 10.0


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_extract, add_eval, add_batch]


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Structured, grounded records of UK county-lines enforcement news.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    except BrokenPipeError:
        # whoever read stdout went away (`| head`): stop quietly, with the status a shell
        # gives `cat` there; stdout is pointed at /dev/null so the flush at exit cannot fail
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # disk full, a folder that cannot be written: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"extractor: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_OS_ERROR


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
