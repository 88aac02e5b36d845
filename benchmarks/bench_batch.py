"""Batch throughput, cached speed and memory, against a loopback server in its own process.

    python benchmarks/bench_batch.py [--n 1000] [--latency 0.2] [--concurrency 32]
                                     [--memory 1000,20000] [--seq 50]

1. Throughput: ``run_batch`` (what ``extractor batch`` runs: JSONL out, flush
   per line, manifest) over ``--n`` synthetic articles at ``--concurrency``
   against ``python -m extractor.testing.openai_server --figures --latency L``
   started as a separate process (so its CPU is not ours). Ideal time is
   ``n x latency / concurrency``; the ratio printed is ideal / measured.
2. The same articles in a plain sequential loop over the same kind of client
   (``Extractor.extract_article``, no cache), on ``--seq`` articles, extrapolated
   to ``n`` (said so in the output); the speed-up of the batch over it.
3. A second run over the same input with the cache warm (a new OUT, so nothing
   is skipped as done): every article is a cache hit; time per article.
4. Peak memory: a fresh process per size runs the batch over N articles from a
   JSONL file and reports its peak RSS and the peak of Python allocations
   (tracemalloc, which includes the one-off import of openai and instructor at
   the first article, ~50 MiB) during the run. It uses a server with no added
   latency and the cache off, so every article goes through the full LLM path.

Ratios are measured in one run on this machine; absolute times vary on a shared box.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import Settings, run_batch  # noqa: E402
from extractor.batch import BatchOptions  # noqa: E402
from extractor.batch_io import open_source  # noqa: E402
from extractor.pipeline import Extractor  # noqa: E402
from extractor.testing.corpus import write_jsonl  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """The loopback server in a child process."""

    def __init__(self, latency: float) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "extractor.testing.openai_server",
                "--figures",
                "--latency",
                str(latency),
                "--port",
                str(self.port),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if "serving on" not in line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise SystemExit(f"server did not start: {line}{err}")
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def settings(base_url: str, cache_dir: Path, **more: object) -> Settings:
    return Settings.resolve(
        backend="llm",
        base_url=base_url,
        api_key="bench",
        model="bench",
        cache_dir=cache_dir,
        **more,
    )


def timed_batch(src: Path, out: Path, s: Settings, concurrency: int) -> tuple[float, object]:
    started = time.perf_counter()
    stats = run_batch(
        src, out, settings=s, options=BatchOptions(concurrency=concurrency, handle_signals=False)
    )
    return time.perf_counter() - started, stats


def _status_kb(field: str) -> int:
    """A /proc/self/status field in kB (ru_maxrss would include the parent's size at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_child(n: int, base_url: str, concurrency: int) -> None:
    """Run in a fresh process: a batch over n articles; print peak RSS and tracemalloc peak."""
    import tracemalloc

    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(Path(tmp) / "in.jsonl", n)
        base_rss = _status_kb("VmRSS")
        tracemalloc.start()
        s = settings(base_url, Path(tmp) / "cache", use_cache=False)
        stats = run_batch(
            src,
            Path(tmp) / "out.jsonl",
            settings=s,
            options=BatchOptions(concurrency=concurrency, handle_signals=False),
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss = _status_kb("VmHWM")  # the peak RSS of this process image
        print(
            json.dumps(
                {
                    "n": n,
                    "succeeded": stats.succeeded,
                    "peak_rss_kb": rss,
                    "rss_before_kb": base_rss,
                    "tracemalloc_peak_kb": peak // 1024,
                    "wall_s": round(stats.elapsed, 1),
                }
            )
        )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--seq", type=int, default=50, help="articles in the sequential loop")
    ap.add_argument("--memory", default="1000,20000", help="sizes for the memory runs ('' off)")
    ap.add_argument("--memory-child", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--base-url", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_child is not None:
        memory_child(args.memory_child, args.base_url, args.concurrency)
        return

    print(f"cpu cores: {os.cpu_count()}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        src = write_jsonl(t / "in.jsonl", args.n)
        server = ServerProcess(args.latency)
        try:
            # 1. throughput at concurrency. The imports of openai / instructor (~1 s, once per
            # process) are done beforehand. The first run also pays the first-use costs of
            # the SDKs in a fresh process (schemas, type adapters, first connections); the
            # second, over the same articles with an empty cache, is the steady state.
            s = settings(server.base_url, t / "cache")
            Extractor(settings=s).close()
            ideal = args.n * args.latency / args.concurrency
            print(
                f"\n1. batch of {args.n} at concurrency {args.concurrency}, server latency "
                f"{args.latency * 1000:.0f} ms; ideal n x latency / concurrency = {ideal:.2f} s"
            )
            for label, cache in (
                ("first run in this process", t / "cache"),
                ("second run, new cache", t / "cache-b"),
            ):
                wall, stats = timed_batch(
                    src,
                    t / f"out-{cache.name}.jsonl",
                    settings(server.base_url, cache),
                    args.concurrency,
                )
                print(
                    f"   {label}: {wall:.2f} s ({stats.succeeded} ok, {stats.failed} failed; "
                    f"{args.n / wall:.1f} articles/s); ideal / measured = {ideal / wall:.3f}"
                )

            # 2. a plain sequential loop over the same client, on a subset
            articles = list(itertools.islice(open_source(src), args.seq))
            with Extractor(settings=s.with_(use_cache=False)) as ex:
                ex.extract_article(articles[0])  # connection and imports warmed
                started = time.perf_counter()
                for a in articles:
                    ex.extract_article(a)  # type: ignore[arg-type]
                per = (time.perf_counter() - started) / len(articles)
            seq_total = per * args.n
            print(
                f"\n2. sequential loop: {per * 1000:.1f} ms per article over {len(articles)} "
                f"articles, extrapolated to {args.n}: {seq_total:.1f} s"
            )
            print(
                f"   batch speed-up over the sequential loop = {seq_total / wall:.1f}x "
                "(against the second run above)"
            )

            # 3. all cached
            wall2, stats2 = timed_batch(src, t / "out2.jsonl", s, args.concurrency)
            print(
                f"\n3. second run, cache warm: {wall2:.2f} s for {args.n} "
                f"({stats2.cached} cache hits): {wall2 / args.n * 1000:.3f} ms per article "
                "(run_batch end to end: input, cache, JSONL out, manifest, compaction)"
            )
        finally:
            server.stop()

        # 4. memory
        sizes = [int(x) for x in args.memory.split(",") if x.strip()]
        if sizes:
            fast = ServerProcess(0.0)
            try:
                print(
                    f"\n4. peak memory (fresh process each, no added latency, cache off, "
                    f"concurrency {args.concurrency}):"
                )
                for n in sizes:
                    out = subprocess.run(
                        [
                            sys.executable,
                            __file__,
                            "--memory-child",
                            str(n),
                            "--base-url",
                            fast.base_url,
                            "--concurrency",
                            str(args.concurrency),
                        ],
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    m = json.loads(out.stdout.strip().splitlines()[-1])
                    print(
                        f"   n={n:>6}: peak RSS {m['peak_rss_kb'] / 1024:.1f} MiB "
                        f"(before the run {m['rss_before_kb'] / 1024:.1f} MiB), Python "
                        f"allocations peak {m['tracemalloc_peak_kb'] / 1024:.1f} MiB, "
                        f"{m['succeeded']} ok in {m['wall_s']} s"
                    )
            finally:
                fast.stop()


if __name__ == "__main__":
    main()
