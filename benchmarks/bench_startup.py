"""Start-up of the ``extractor`` command, as a user meets it: fresh interpreters, wall and CPU.

    python benchmarks/bench_startup.py [--runs 7] [--n 1000]

Prints, in one run, the median over ``--runs`` fresh processes of:

1. ``python -c pass``: the interpreter's own start-up, the floor of everything below;
2. ``extractor --help``;
3. ``extractor extract --backend rules`` on one short seed article;
4. ``extractor batch`` of ``--n`` synthetic articles with the LLM backend, every one
   already in the cache (``--offline``; the cache is warmed first by one batch
   against the loopback server, which is then stopped, so no request can be made).

Each figure is wall time and CPU time (user + system of the child) and also
"python + X s", its excess over line 1, so the numbers compare across machines.

Bytecode: by default the package's ``.pyc`` files are written on a first, untimed
run and used after, as in an installed package (pip compiles them at install).
``--no-bytecode`` measures a checkout run with ``PYTHONDONTWRITEBYTECODE=1`` and
no ``__pycache__`` under ``extractor/``: every module compiled from source each time.
Targets (issues 12 and 13): ``--help`` and a rules extract within python + 0.09 s
and python + 0.4 s; the cached batch of 1,000 under 1.5 s wall.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.testing import OpenAIServer  # noqa: E402
from extractor.testing.corpus import figure_responder, write_jsonl  # noqa: E402

SHORT_ARTICLE = ROOT / "seeds" / "000_974d3ab6a0706bda.txt"


BYTECODE = True


def clean_env(**more: str) -> dict[str, str]:
    """This environment without the user's endpoint or key, with ROOT importable first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not BYTECODE:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    return {**env, **more}


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process; raises if it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def drop_bytecode() -> None:
    for folder in (ROOT / "extractor").rglob("__pycache__"):
        shutil.rmtree(folder, ignore_errors=True)


def medians(runs: int, one: Callable[[int], tuple[float, float]]) -> tuple[float, float]:
    """Medians of ``runs`` timed runs after one untimed one (it writes the .pyc files)."""
    one(runs)
    results = [one(i) for i in range(runs)]
    return (
        statistics.median(w for w, _ in results),
        statistics.median(c for _, c in results),
    )


def warm_cache(src: Path, cache: Path, env: dict[str, str]) -> None:
    """One batch against the loopback server fills the cache with every article's record."""
    with OpenAIServer(figure_responder) as server:
        argv = [
            sys.executable,
            "-m",
            "extractor",
            "batch",
            str(src),
            "-o",
            str(cache.parent / "warm.jsonl"),
            "--backend",
            "llm",
            "--base-url",
            server.base_url,
            "--concurrency",
            "16",
        ]
        timed(argv, {**env, "OPENAI_API_KEY": "bench"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per line (median)")
    ap.add_argument("--n", type=int, default=1000, help="articles in the cached batch")
    ap.add_argument(
        "--no-bytecode", action="store_true", help="compile every module from source each run"
    )
    args = ap.parse_args()
    global BYTECODE
    BYTECODE = not args.no_bytecode
    drop_bytecode()
    py = sys.executable
    env = clean_env()
    rows: list[tuple[str, float, float]] = []
    rows.append(("python -c pass", *medians(args.runs, lambda i: timed([py, "-c", "pass"], env))))
    rows.append(
        (
            "extractor --help",
            *medians(args.runs, lambda i: timed([py, "-m", "extractor", "--help"], env)),
        )
    )
    rows.append(
        (
            f"extract --backend rules ({SHORT_ARTICLE.name})",
            *medians(
                args.runs,
                lambda i: timed(
                    [py, "-m", "extractor", "extract", "--backend", "rules", str(SHORT_ARTICLE)],
                    env,
                ),
            ),
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        src = write_jsonl(t / "in.jsonl", args.n)
        cache = t / "cache"
        llm_env = clean_env(EXTRACTOR_CACHE_DIR=str(cache), EXTRACTOR_MODEL="bench")
        warm_cache(src, cache, llm_env)
        rows.append(
            (
                f"batch of {args.n}, LLM, all cached (--offline)",
                *medians(
                    args.runs,
                    lambda i: timed(
                        [
                            py,
                            "-m",
                            "extractor",
                            "batch",
                            str(src),
                            "-o",
                            str(t / f"out{i}.jsonl"),
                            "--backend",
                            "llm",
                            "--offline",
                        ],
                        llm_env,
                    ),
                ),
            )
        )
    floor_wall, floor_cpu = rows[0][1], rows[0][2]
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.runs} "
        f"fresh processes each, {'with' if BYTECODE else 'without'} the package's bytecode"
    )
    print(f"{'':<52} {'wall s':>7} {'cpu s':>7}   {'wall':>14} {'cpu':>14}")
    for label, wall, cpu in rows:
        print(
            f"{label:<52} {wall:7.3f} {cpu:7.3f}   python + {wall - floor_wall:5.3f}"
            f"   python + {cpu - floor_cpu:5.3f}"
        )


if __name__ == "__main__":
    main()
