"""Start-up: each command imports only what it uses.

``import openai`` alone costs ~1.5 s of a cold start; instructor, jinja2 and the
evaluation stack more. A rules run, ``--help``, and an LLM run answered wholly
from the cache (or offline) must not load the SDKs; only ``eval`` loads the
evaluation stack. Checked in a fresh interpreter, as a user runs the command.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.config import Settings
from extractor.pipeline import Extractor
from extractor.testing import OpenAIServer, Reply

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/002_346890b65dee08d5.txt"
SDKS = ("openai", "instructor", "httpx2", "httpx")
PROBE = """
import sys
from extractor.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
names = ("openai", "instructor", "httpx2", "httpx", "jinja2", "diskcache", "rich", "pydantic",
         "extractor.evaluation", "extractor.batch", "extractor.llm.client", "difflib")
print("LOADED", code, *[n for n in names if n in sys.modules], file=sys.stderr)
"""


def loaded_after(args: list[str], env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    """Run ``extractor ARGS`` in a fresh interpreter: its exit code and the modules loaded."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("LOADED"))
    _, code, *names = line.split()
    return int(code), set(names)


def test_a_rules_extract_loads_no_llm_stack_and_no_jinja2(tmp_path: Path) -> None:
    code, loaded = loaded_after(["extract", "--backend", "rules", SEED])
    assert code == 0
    assert not loaded & {*SDKS, "jinja2", "diskcache", "extractor.evaluation", "extractor.batch"}
    # the fuzzy grounding fallback's difflib is imported when a fuzzy match is needed
    assert "difflib" not in loaded


def test_help_and_version_load_nothing_heavy() -> None:
    for args in (["--help"], ["--version"], ["extract", "--help"]):
        code, loaded = loaded_after(args)
        assert code == 0
        assert not loaded & {*SDKS, "jinja2", "pydantic", "rich", "extractor.evaluation"}, args


@pytest.mark.parametrize("how", ["offline", "cached with the server gone"])
def test_an_llm_run_answered_from_the_cache_loads_no_sdk(how: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    record = {
        "statistics": [
            {
                "metric": "arrests",
                "value": 151,
                "area": "Eastern region",
                "evidence": "151 arrests were made",
            }
        ]
    }
    with OpenAIServer(lambda r: Reply(record=record)) as server:
        s = Settings(
            backend="llm",
            base_url=server.base_url,
            api_key="x",
            model="fake-model",
            cache_dir=cache,
        )
        with Extractor(settings=s) as ex:
            ex.extract_file(ROOT / SEED)  # primes the cache
        url = server.base_url
    env = {"EXTRACTOR_CACHE_DIR": str(cache), "EXTRACTOR_MODEL": "fake-model"}
    if how == "offline":
        args = ["extract", "--offline", SEED]
    else:
        args = ["extract", "--base-url", url, SEED]  # nobody listens there any more
        env["OPENAI_API_KEY"] = "x"
    code, loaded = loaded_after(args, env)
    assert code == 0
    assert not loaded & {*SDKS, "extractor.llm.client", "extractor.evaluation"}


def test_eval_is_what_loads_the_evaluation_stack(tmp_path: Path) -> None:
    code, loaded = loaded_after(
        ["eval", "--backend", "rules", "--out", str(tmp_path), "--run", "r", "--brief"]
    )
    assert code == 0
    assert {"extractor.evaluation", "jinja2"} <= loaded
    assert not loaded & set(SDKS)


@pytest.mark.parametrize("how", ["offline", "cached with the server gone"])
def test_an_llm_batch_answered_from_the_cache_loads_no_sdk(how: str, tmp_path: Path) -> None:
    from extractor.batch import BatchOptions, run_batch
    from extractor.testing.corpus import figure_responder, write_jsonl

    src = write_jsonl(tmp_path / "in.jsonl", 5)
    cache = tmp_path / "cache"
    with OpenAIServer(figure_responder) as server:
        s = Settings(
            backend="llm",
            base_url=server.base_url,
            api_key="x",
            model="fake-model",
            cache_dir=cache,
        )
        warm = run_batch(
            src, tmp_path / "warm.jsonl", settings=s, options=BatchOptions(handle_signals=False)
        )
        assert warm.succeeded == 5
        url = server.base_url
    out = tmp_path / "out.jsonl"
    env = {"EXTRACTOR_CACHE_DIR": str(cache), "EXTRACTOR_MODEL": "fake-model"}
    args = ["batch", str(src), "-o", str(out), "--backend", "llm"]
    if how == "offline":
        args.append("--offline")
    else:
        args += ["--base-url", url]  # nobody listens there any more
        env["OPENAI_API_KEY"] = "x"
    code, loaded = loaded_after(args, env)
    assert code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert not loaded & {*SDKS, "extractor.llm.client", "extractor.evaluation"}
