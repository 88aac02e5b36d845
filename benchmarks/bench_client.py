"""Client CPU per request: the project against instructor's recipe and bare openai, one run.

    python benchmarks/bench_client.py [--n 600] [--concurrency 32] [--latency 0.2]
                                      [--rounds 3] [--only NAME,...]

One loopback server process (``python -m extractor.testing.openai_server
--figures --latency L``, its CPU is not ours) answers every path below, run one
after another in this process, ``--n`` synthetic articles each at
``--concurrency``:

- ``project batch, cache on``: ``run_batch`` (what ``extractor batch`` runs: JSONL
  out, manifest, counting the input) with a fresh, empty cache folder, so every
  article is a miss followed by a cache write;
- ``project batch, cache off``: the same with ``use_cache=False``;
- ``project batch, 2 workers``: cache on, ``--workers 2`` (``batch_workers.py``):
  two spawned processes share the concurrency; their CPU is counted with this
  process's (``RUSAGE_CHILDREN`` once they are joined), start-up included;
- ``project aextract``: ``Extractor.aextract_article`` (cache off) under the same
  worker loop as the two below, i.e. the project without the batch machinery;
- ``instructor recipe``: ``instructor.from_openai(AsyncOpenAI(...))`` and
  ``client.chat.completions.create(response_model=OperationReport, messages=...,
  context={"article": text})``, instructor's documented way (the validation
  context is what grounding needs, so every path validates the same way);
- ``bare openai``: ``AsyncOpenAI().chat.completions.create`` with the very payload
  the project sends (``tools`` / ``tool_choice`` / ``temperature`` / ``max_tokens``,
  captured from one project request) and
  ``OperationReport.model_validate_json(arguments, context=...)``;
- ``bare, transform skipped``: the same with the body passed the way the project
  passes it (``extractor/llm/wire.py``: openai's per-call parameter transform,
  ~1.5 ms of CPU, skipped), the floor for any client built on the openai SDK.

The recipe and bare paths get their messages rendered beforehand (outside the
timing); the project renders and keys each article inside it. All paths send
the same messages and get the same answers.

Reported per path (median over ``--rounds``, the paths interleaved within each
round): wall time, efficiency = ideal / wall with ideal = n x latency /
concurrency, process CPU time per request (``time.process_time``: every thread
of this process; on a shared box CPU is the figure that matters), and that CPU
as a ratio to bare openai's. Ratios are measured in one run on this machine;
absolute figures vary with the load of a shared box.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_batch import ServerProcess  # noqa: E402

from extractor import Settings, run_batch  # noqa: E402
from extractor.batch import BatchOptions  # noqa: E402
from extractor.pipeline import Extractor, make_article  # noqa: E402
from extractor.prompts import load_prompt, render_prompt  # noqa: E402
from extractor.schema import OperationReport  # noqa: E402
from extractor.testing import OpenAIServer  # noqa: E402
from extractor.testing.corpus import figure_responder, synthetic_articles, write_jsonl  # noqa: E402

# --only keys and the names printed
PATHS = {
    "batch-cache": "project batch, cache on",
    "batch": "project batch, cache off",
    "workers": "project batch, 2 workers",
    "aextract": "project aextract",
    "recipe": "instructor recipe",
    "bare": "bare openai",
    "bare-prebuilt": "bare, transform skipped",
}


def settings(base_url: str, cache_dir: Path, **more: Any) -> Settings:
    return Settings.resolve(
        backend="llm",
        base_url=base_url,
        api_key="bench",
        model="bench",
        cache_dir=cache_dir,
        mode="tools",  # what auto picks for OpenAI's own API; the bare paths read tool calls
        **more,
    )


def project_wire_body() -> dict[str, Any]:
    """One request body exactly as the project puts it on the wire (an in-thread server)."""
    with OpenAIServer(figure_responder) as server, tempfile.TemporaryDirectory() as tmp:
        item = next(synthetic_articles(1))
        with Extractor(settings=settings(server.base_url, Path(tmp), use_cache=False)) as ex:
            ex.extract(item["text"], article_id=item["id"])
        return server.completion_requests[0].body


async def worker_loop(n: int, concurrency: int, one: Callable[[int], Awaitable[None]]) -> None:
    """``one(i)`` for i < n with at most ``concurrency`` running: a fixed pool of workers."""
    counter = iter(range(n))

    async def worker() -> None:
        for i in counter:
            await one(i)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


class Paths:
    """The five ways to make ``n`` requests; each returns the number that succeeded."""

    def __init__(self, base_url: str, n: int, concurrency: int, tmp: Path) -> None:
        self.base_url = base_url
        self.n = n
        self.concurrency = concurrency
        self.tmp = tmp
        tmp.mkdir(parents=True, exist_ok=True)
        self.src = write_jsonl(tmp / "in.jsonl", n)
        items = list(synthetic_articles(n))
        self.articles = [make_article(it["text"], article_id=it["id"]) for it in items]
        template = load_prompt()
        self.messages = [
            render_prompt(template, text=a.text, published=a.published) for a in self.articles
        ]
        body = project_wire_body()
        self.payload = {k: v for k, v in body.items() if k != "messages"}
        self.runs = 0

    def _fresh(self, name: str) -> Path:
        self.runs += 1
        return self.tmp / f"{name}-{self.runs}"

    def batch(self, use_cache: bool, workers: int = 1) -> int:
        s = settings(self.base_url, self._fresh("cache"), use_cache=use_cache)
        stats = run_batch(
            self.src,
            self._fresh("out.jsonl"),
            settings=s,
            options=BatchOptions(
                concurrency=self.concurrency, handle_signals=False, workers=workers
            ),
        )
        return stats.succeeded - stats.cached

    def aextract(self) -> int:
        s = settings(self.base_url, self._fresh("cache"), use_cache=False)
        done = 0

        async def run() -> None:
            async with Extractor(settings=s) as ex:

                async def one(i: int) -> None:
                    nonlocal done
                    await ex.aextract_article(self.articles[i])
                    done += 1

                await worker_loop(self.n, self.concurrency, one)

        asyncio.run(run())
        return done

    def recipe(self) -> int:
        import instructor
        from openai import AsyncOpenAI

        done = 0

        async def run() -> None:
            openai_client = AsyncOpenAI(base_url=self.base_url, api_key="bench", max_retries=0)
            client = instructor.from_openai(openai_client)

            async def one(i: int) -> None:
                nonlocal done
                await client.chat.completions.create(
                    response_model=OperationReport,
                    messages=self.messages[i],
                    model=self.payload["model"],
                    temperature=self.payload["temperature"],
                    max_tokens=self.payload["max_tokens"],
                    context={"article": self.articles[i].text},
                )
                done += 1

            await worker_loop(self.n, self.concurrency, one)
            await openai_client.close()

        asyncio.run(run())
        return done

    def bare(self, prebuilt: bool = False) -> int:
        from openai import AsyncOpenAI

        done = 0

        async def run() -> None:
            client = AsyncOpenAI(base_url=self.base_url, api_key="bench", max_retries=0)

            async def one(i: int) -> None:
                nonlocal done
                kwargs = {"messages": self.messages[i], **self.payload}
                if prebuilt:
                    from extractor.llm.wire import plain_body_kwargs

                    kwargs = plain_body_kwargs(kwargs)
                response = await client.chat.completions.create(**kwargs)
                arguments = response.choices[0].message.tool_calls[0].function.arguments
                OperationReport.model_validate_json(
                    arguments, context={"article": self.articles[i].text}
                )
                done += 1

            await worker_loop(self.n, self.concurrency, one)
            await client.close()

        asyncio.run(run())
        return done

    def run(self, key: str) -> int:
        if key == "batch-cache":
            return self.batch(True)
        if key == "batch":
            return self.batch(False)
        if key == "workers":
            return self.batch(True, workers=2)
        if key == "aextract":
            return self.aextract()
        if key == "recipe":
            return self.recipe()
        if key == "bare":
            return self.bare()
        if key == "bare-prebuilt":
            return self.bare(prebuilt=True)
        raise ValueError(key)


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the workers of ``--workers``; the
    server process is still running, so it is not counted)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(paths: Paths, name: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process and its workers) of one path."""
    wall, cpu = time.perf_counter(), time.process_time() + _children_cpu()
    ok = paths.run(name)
    wall = time.perf_counter() - wall
    cpu = time.process_time() + _children_cpu() - cpu
    if ok != paths.n:
        raise SystemExit(f"{PATHS[name]}: {ok} of {paths.n} requests succeeded")
    return wall, cpu


def rounds_of(names: list[str], rounds: int) -> Iterator[tuple[int, str]]:
    """Interleaved: each round runs every path once, the order rotated by one per round."""
    for r in range(rounds):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            yield r, name


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--only", default="", help=f"comma-separated, of {', '.join(PATHS)} (default: all)"
    )
    ap.add_argument("--json", default=None, help="also write the results to this JSON file")
    args = ap.parse_args()
    names = [p.strip() for p in args.only.split(",") if p.strip()] or list(PATHS)
    unknown = [p for p in names if p not in PATHS]
    if unknown:
        raise SystemExit(f"unknown path(s) {unknown}; choose from {', '.join(PATHS)}")

    ideal = args.n * args.latency / args.concurrency
    print(
        f"cpu cores: {os.cpu_count()}, python {sys.version.split()[0]}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print(
        f"n={args.n} concurrency={args.concurrency} latency={args.latency * 1000:.0f} ms "
        f"rounds={args.rounds}; ideal n x latency / concurrency = {ideal:.2f} s"
    )
    server = ServerProcess(args.latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            paths = Paths(server.base_url, args.n, args.concurrency, Path(tmp))
            # first use in this process (imports, schemas, type adapters): not measured
            warm = Paths(
                server.base_url,
                min(args.n, 2 * args.concurrency),
                args.concurrency,
                Path(tmp) / "warm",
            )
            for name in names:
                warm.run(name)
            results: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
            for _, name in rounds_of(names, args.rounds):
                results[name].append(measure(paths, name))
    finally:
        server.stop()

    med = {
        name: (statistics.median(w for w, _ in rs), statistics.median(c for _, c in rs))
        for name, rs in results.items()
    }
    bare_cpu = med["bare"][1] / args.n if "bare" in med else None
    print(
        f"\n{'path':<26}{'wall s':>8}{'efficiency':>12}{'CPU ms/req':>12}{'x bare':>8}"
        f"{'CPU ms/req per round':>26}"
    )
    rows = []
    for name in names:
        wall, cpu = med[name]
        per = cpu / args.n
        ratio = per / bare_cpu if bare_cpu else float("nan")
        spread = " ".join(f"{c / args.n * 1000:.2f}" for _, c in results[name])
        print(
            f"{PATHS[name]:<26}{wall:>8.2f}{ideal / wall:>12.3f}{per * 1000:>12.2f}{ratio:>8.2f}"
            f"{spread:>26}"
        )
        rows.append(
            {
                "path": PATHS[name],
                "wall_s": round(wall, 3),
                "efficiency": round(ideal / wall, 3),
                "cpu_ms_per_request": round(per * 1000, 3),
                "cpu_x_bare": round(ratio, 3),
            }
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "n": args.n,
                    "concurrency": args.concurrency,
                    "latency": args.latency,
                    "rounds": args.rounds,
                    "ideal_s": ideal,
                    "rows": rows,
                },
                indent=2,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
