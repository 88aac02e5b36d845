"""The API key never appears in the cache, logs at any level, reports, manifests, output,
or error messages, even when the server echoes it back."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import Settings, evaluate, run_batch
from extractor.batch import BatchOptions
from extractor.errors import AuthenticationFailed, ExtractorError
from extractor.evaluation import read_article_texts, write_reports
from extractor.pipeline import Extractor
from extractor.testing import Fault, OpenAIServer
from extractor.testing.corpus import figure_responder, write_jsonl
from extractor.testing.openai_server import gold_responder

KEY = "sk-test-SECRET-7f3a9c"
ROOT = Path(__file__).resolve().parent.parent


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def assert_no_key(*texts: str | bytes) -> None:
    for text in texts:
        data = text if isinstance(text, bytes) else text.encode()
        assert KEY.encode() not in data
        assert KEY[-10:].encode() not in data  # not even a tail of it


def test_not_in_cache_logs_at_debug_reports_or_errors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    s = None
    with OpenAIServer(gold_responder(ROOT / "evals" / "gold", ROOT / "seeds")) as server:
        s = Settings.resolve(backend="llm", base_url=server.base_url, api_key=KEY, cache_dir=cache)
        with caplog.at_level(logging.DEBUG):  # every logger, the SDKs' included
            with Extractor(settings=s) as ex:
                report = evaluate(
                    ex, gold_dir=ROOT / "evals" / "gold", articles_dir=ROOT / "seeds", run="secrets"
                )
            folder = write_reports(report, tmp_path / "reports", read_article_texts(report))
        # the key did go over the wire: it is the server's Authorization header
        assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert report.headline.f1 == 1.0
    assert "llm call" in caplog.text and "llm request messages" in caplog.text  # DEBUG was on
    assert_no_key(caplog.text, all_bytes(cache), all_bytes(folder), repr(s), str(s))


def test_not_in_an_error_even_when_the_server_echoes_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    echo = Fault.http(401, f"Incorrect API key provided: {KEY}. You can find your key at ...")
    with OpenAIServer(lambda r: echo) as server:
        s = Settings.resolve(
            backend="llm", base_url=server.base_url, api_key=KEY, cache_dir=tmp_path / "c"
        )
        with (
            caplog.at_level(logging.DEBUG),
            Extractor(settings=s) as ex,
            pytest.raises(AuthenticationFailed) as caught,
        ):
            ex.extract("Police made 3 arrests in Kent.", article_id="a")
    err: ExtractorError = caught.value
    assert "refused the API key" in err.one_line()
    assert_no_key(
        err.one_line(),
        str(err),
        repr(err),
        str(err.__cause__ or ""),
        caplog.text,
        err.last_output or "",
    )


def test_not_in_cli_output_logs_output_file_or_manifest(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    calls = []

    def respond(request):  # type: ignore[no-untyped-def]
        calls.append(1)
        # the third request is refused with the key echoed back, as some servers do
        if len(calls) == 3:
            return Fault.http(400, f"bad request for key {KEY}")
        return figure_responder(request)

    with OpenAIServer(respond) as server:
        env.update(
            OPENAI_BASE_URL=f"http://user:{KEY}@127.0.0.1:{server.port}/v1",
            OPENAI_API_KEY=KEY,
            EXTRACTOR_CACHE_DIR=str(tmp_path / "cache"),
        )
        batch = subprocess.run(
            [
                sys.executable,
                "-m",
                "extractor",
                "batch",
                str(src),
                "-o",
                str(out),
                "-vv",
                "--concurrency",
                "1",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        single = subprocess.run(
            [
                sys.executable,
                "-m",
                "extractor",
                "extract",
                "-vv",
                str(ROOT / "seeds" / "002_346890b65dee08d5.txt"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert batch.returncode == 9, batch.stderr  # one article failed with the echoed key
    assert "DEBUG" in batch.stderr and "rejected the request (400)" in out.read_text()
    manifest = out.with_name(out.name + ".manifest.json").read_text()
    assert f'"base_url": "http://127.0.0.1:{server.port}/v1"' in manifest  # no user:password@
    assert_no_key(
        batch.stdout,
        batch.stderr,
        single.stdout,
        single.stderr,
        out.read_text(),
        manifest,
        all_bytes(tmp_path / "cache"),
    )


def test_not_in_a_batch_run_through_the_api(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    with OpenAIServer(figure_responder) as server:
        s = Settings.resolve(
            backend="llm", base_url=server.base_url, api_key=KEY, cache_dir=tmp_path / "cache"
        )
        run_batch(src, out, settings=s, options=BatchOptions(csv_path=tmp_path / "s.csv"))
    assert_no_key(all_bytes(tmp_path))
