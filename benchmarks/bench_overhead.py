"""What the LLM path costs besides the model: per-article CPU overhead, prompt size, concurrency.

    python benchmarks/bench_overhead.py [--repeat 200]

1. Overhead per article with no network, on the seeds, in microseconds:
   rendering the prompt and computing the cache key; the templating step instructor
   would make over our messages (skipped: they are final); validating the model's answer with
   grounding (the answer is the article's gold record when ``evals/gold`` has
   it, so it is realistic in size).
2. Prompt size per request, per mode, as it goes over the wire to the loopback
   server: the instructions (system + user template without the article) and
   the JSON schema of the tool / response format, in characters and tokens.
   Tokens come from tiktoken's ``o200k_base`` (gpt-4o family) when tiktoken and
   its encoding file are available offline (``TIKTOKEN_CACHE_DIR``); otherwise
   they are estimated as characters / 4 and marked "est".
3. Concurrency: 64 and 320 articles through ``aextract`` 32 at a time against
   a loopback server answering in 200 ms; ideal = n / 32 x 0.2 s. The server
   runs in this process (a thread, sharing the GIL), so the CPU seconds
   reported per article are client + server; below 0.2 s / 32 = 6.25 ms per
   article the run can be latency-bound (ideal), above it CPU-bound.

Numbers are from one run on whatever machine runs it; compare ratios, not
absolute times, on a shared box.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.config import Settings  # noqa: E402
from extractor.grounding import GroundingNotes  # noqa: E402
from extractor.llm.cache import KeyMaker  # noqa: E402
from extractor.llm.client import LLMClient  # noqa: E402
from extractor.llm.request import TEMPLATING_SKIPPED, instructor_request  # noqa: E402
from extractor.pipeline import Extractor, read_article  # noqa: E402
from extractor.prompts import load_prompt, render_prompt  # noqa: E402
from extractor.schema import OperationReport, llm_json_schema  # noqa: E402
from extractor.testing import OpenAIServer, Reply  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLIENT = LLMClient(Settings.resolve(base_url="http://127.0.0.1:9/v1", api_key="bench"))
GOLD = ROOT / "evals" / "gold"


def tokenizer() -> tuple[Callable[[str], int], str]:
    try:
        import tiktoken

        enc = tiktoken.get_encoding("o200k_base")
        return (lambda s: len(enc.encode(s))), "tiktoken o200k_base"
    except Exception as exc:  # noqa: BLE001 - no package or no encoding file offline
        return (lambda s: round(len(s) / 4)), f"est. chars/4 (tiktoken unavailable: {exc})"


def per_call_us(fn: Callable[[], Any], repeat: int) -> float:
    """Median over 5 rounds of the mean time per call, in microseconds."""
    fn()  # warm
    rounds = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(repeat):
            fn()
        rounds.append((time.perf_counter() - started) / repeat * 1e6)
    return statistics.median(rounds)


def answer_for(article_id: str, text: str) -> str:
    gold = GOLD / f"{article_id}.json"
    if gold.is_file():
        data = json.loads(gold.read_text())
        for key in ("article_id", "provenance"):
            data.pop(key, None)
        return json.dumps(data)
    first = text.split(".")[0]
    return json.dumps(
        {
            "statistics": [
                {"metric": "other", "label": "x", "value": 1, "area": "national", "evidence": first}
            ]
        }
    )


def measure_article(
    path: Path, template: Any, schema: dict, repeat: int
) -> tuple[str, int, float, float, float]:
    """Microseconds for render + key, instructor's Jinja pass, and validation of one seed."""
    from instructor.v2.core.mode import Mode
    from instructor.v2.core.patch import handle_templating

    article = read_article(path)
    text = article.text
    make_key = KeyMaker(
        model="m",
        mode="tools",
        prompt_version=template.version,
        schema=schema,
        temperature=0.0,
        max_tokens=4096,
    )

    def render() -> None:
        messages = render_prompt(template, text=text, published=article.published)
        make_key(messages=messages, article_text=text)

    messages = render_prompt(template, text=text, published=article.published)
    # the request exactly as the client builds it, through instructor's templating step as
    # the client has it (skipped for our final messages when TEMPLATING_SKIPPED)
    request = instructor_request(CLIENT.settings, messages, text, GroundingNotes())

    def jinja() -> None:
        handle_templating(
            {"messages": request["messages"]}, mode=Mode.TOOLS, context=request["context"]
        )

    answer = answer_for(article.id, text)
    OperationReport.model_validate_json(answer, context={"article": text})  # must be valid

    def validate() -> None:
        OperationReport.model_validate_json(answer, context={"article": text})

    r, j, v = (per_call_us(f, repeat) for f in (render, jinja, validate))
    return article.id, len(text), r, j, v


def bench_overhead(repeat: int) -> None:
    template = load_prompt()
    schema = llm_json_schema()
    print(
        "1. per-article overhead, no network (microseconds per article); instructor's Jinja "
        f"pass over our messages {'skipped' if TEMPLATING_SKIPPED else 'run (raw-protected)'}"
    )
    print(
        f"   {'article':<24}{'chars':>7}{'render+key':>12}{'templating':>12}"
        f"{'validate':>10}{'total':>9}"
    )
    totals = []
    for path in SEEDS:
        article_id, size, r, j, v = measure_article(path, template, schema, repeat)
        totals.append(r + j + v)
        print(f"   {article_id:<24}{size:>7}{r:>12.0f}{j:>12.0f}{v:>10.0f}{r + j + v:>9.0f}")
    print(
        f"   mean total: {statistics.mean(totals):.0f} us per article "
        f"(= {statistics.mean(totals) / 1000:.2f} ms)"
    )


def bench_prompt_size(count: Callable[[str], int], how: str) -> None:
    print(f"\n2. prompt size per request, without the article (tokens: {how})")
    article = read_article(SEEDS[2])
    with OpenAIServer(lambda r: Reply(record={})) as server, tempfile.TemporaryDirectory() as tmp:
        rows = []
        for mode in ("tools", "json", "json_schema", "md_json"):
            settings = Settings(
                backend="llm",
                base_url=server.base_url,
                api_key="x",
                mode=mode,
                use_cache=False,
                cache_dir=Path(tmp),
            )
            with Extractor(settings=settings) as ex:
                ex.extract_article(article)
            body = server.completion_requests[-1].body
            texts = [str(m.get("content") or "") for m in body["messages"]]
            instructions = "\n".join(texts).replace(article.text, "")
            schema_part = ""
            if body.get("tools"):
                schema_part = json.dumps(body["tools"])
            elif body.get("response_format", {}).get("type") == "json_schema":
                schema_part = json.dumps(body["response_format"])
            rows.append((mode, instructions, schema_part))
        system = render_prompt(load_prompt(), text="")[0]["content"]
        print(f"   system.j2 alone: {len(system)} chars, {count(system)} tokens")
        print(
            f"   {'mode':<12}{'instr chars':>12}{'schema chars':>13}{'total chars':>12}"
            f"{'tokens':>8}"
        )
        for mode, instructions, schema_part in rows:
            both = instructions + schema_part
            print(
                f"   {mode:<12}{len(instructions):>12}{len(schema_part):>13}{len(both):>12}"
                f"{count(both):>8}"
            )
        print(
            "   (json / md_json: instructor appends the schema to the system message, so it is "
            "counted under instr)"
        )
    lengths = [count(read_article(p).text) for p in SEEDS]
    print(
        f"   the seed articles themselves: {min(lengths)}-{max(lengths)} tokens "
        f"(mean {statistics.mean(lengths):.0f})"
    )


def bench_concurrency(n: int, concurrency: int = 32, latency: float = 0.2) -> None:
    print(
        f"\n3. throughput: {n} articles, {concurrency} concurrent aextract, "
        f"server latency {latency * 1000:.0f} ms"
    )
    record = {
        "statistics": [{"metric": "arrests", "value": 1, "area": "Kent", "evidence": "1 arrest"}]
    }

    async def run(settings: Settings) -> tuple[float, float]:
        gate = asyncio.Semaphore(concurrency)
        async with Extractor(settings=settings) as ex:

            async def one(i: int) -> None:
                async with gate:
                    await ex.aextract(f"Article {i}: police made 1 arrest.", article_id=f"a{i}")

            await one(-1)  # connect and warm
            started, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(one(i) for i in range(n)))
            return time.perf_counter() - started, time.process_time() - cpu

    with (
        OpenAIServer(lambda r: Reply(record=record), latency=latency) as server,
        tempfile.TemporaryDirectory() as tmp,
    ):
        settings = Settings(
            backend="llm",
            base_url=server.base_url,
            api_key="x",
            use_cache=False,
            cache_dir=Path(tmp),
        )
        elapsed, cpu = asyncio.run(run(settings))
    ideal = n / concurrency * latency
    print(
        f"   elapsed {elapsed:.2f} s, ideal {ideal:.2f} s, ratio {elapsed / ideal:.2f}x "
        f"({n / elapsed:.0f} articles/s; CPU {cpu / n * 1000:.1f} ms per article)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    count, how = tokenizer()
    bench_overhead(args.repeat)
    bench_prompt_size(count, how)
    bench_concurrency(64)
    bench_concurrency(320)


if __name__ == "__main__":
    main()
