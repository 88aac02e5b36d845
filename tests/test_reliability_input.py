"""Bad input: a clear error or an empty, honest record; never a traceback, never a half file.

Run as root here, so a chmod 000 file would still be readable: unreadable
folder entries are simulated with a dangling symlink, a FIFO (which must not
hang the reader) and a folder named like an article.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.config import Settings
from extractor.errors import ExtractionError, InputError
from extractor.pipeline import MAX_ARTICLE_BYTES, Extractor, read_article
from extractor.testing import OpenAIServer, Reply

GOOD = "Police made 12 arrests in Kent after a county lines drugs operation.\n"
OFF_TOPIC = (
    " date 2025-03-02 \nTown council approves budget for new leisure centre\n\n"
    "Councillors voted 32 to 9 to approve a £3.2m budget. The scheme includes parking "
    "for 300 cars and will create 45 jobs.\n"
)


def bad_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("  \n\t \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Caf\xe9 raid: 3 arrests".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"word " * (5 * 1024 * 1024 // 5))  # 5 MB
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dir.txt").mkdir()
    return folder


EXPECTED = {  # file stem -> words its error must contain
    "empty": "the article is empty",
    "blank": "the article is empty",
    "binary": "binary",
    "latin1": "not valid UTF-8",
    "huge": f"larger than the {MAX_ARTICLE_BYTES:,}-byte limit",
    "dangling": "no such file",
    "pipe": "not a regular file",
    "dir": "is a directory",
}


def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    e["EXTRACTOR_CACHE_DIR"] = str(tmp_path / "cache")
    return e


def test_read_article_names_each_problem(tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    for stem, words in EXPECTED.items():
        with pytest.raises(InputError) as caught:
            read_article(folder / f"{stem}.txt")
        assert words in caught.value.one_line(), stem
        assert caught.value.article_id == stem
    assert read_article(folder / "good.txt").id == "good"


def test_cli_extract_over_bad_files_keeps_the_good_one_and_says_why_for_each(
    tmp_path: Path,
) -> None:
    folder = bad_folder(tmp_path)
    paths = sorted(str(p) for p in folder.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", "--backend", "rules", *paths],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3  # InputError's exit code
    assert "Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]  # whole JSON lines only
    assert [r["article_id"] for r in records] == ["good"]
    errors = [line for line in done.stderr.splitlines() if line.startswith("extractor: error:")]
    assert len(errors) == len(EXPECTED)
    for stem, words in EXPECTED.items():
        assert any(f"{stem}.txt" in line and words in line for line in errors), stem


def test_cli_batch_over_a_bad_folder_writes_an_error_line_for_each(tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "extractor",
            "batch",
            str(folder),
            "-o",
            str(out),
            "--backend",
            "rules",
        ],
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9 and "Traceback" not in done.stderr
    lines = {d["article_id"]: d for d in map(json.loads, out.read_text().splitlines())}
    assert set(lines) == {"good", *EXPECTED}
    assert lines["good"]["statistics"][0]["value"] == 12
    for stem, words in EXPECTED.items():
        assert lines[stem]["error"]["cause"] == "InputError"
        assert words in lines[stem]["error"]["message"], stem


def test_a_5_mb_text_through_the_python_api_names_the_limit() -> None:
    with Extractor(backend="rules") as ex, pytest.raises(InputError, match="byte limit"):
        ex.extract("word " * (5 * 1024 * 1024 // 5), article_id="huge")


def test_the_llm_backend_never_sends_an_article_past_its_limit(tmp_path: Path) -> None:
    long_text = GOOD + "Background paragraph about the town. " * 8_000  # ~300,000 chars
    with OpenAIServer(lambda r: Reply(record={})) as server:
        s = Settings(
            backend="llm",
            base_url=server.base_url,
            api_key="sk-test-in",
            cache_dir=tmp_path / "c",
            max_article_chars=200_000,
        )
        with Extractor(settings=s) as ex, pytest.raises(InputError) as caught:
            ex.extract(long_text, article_id="long")
        assert server.completion_requests == []  # refused before any request
        assert "limit of 200,000" in caught.value.one_line()
        assert "EXTRACTOR_MAX_ARTICLE_CHARS" in caught.value.one_line()
        with Extractor(settings=s.with_(max_article_chars=400_000)) as ex:
            ex.extract(long_text, article_id="long")  # raised on purpose: it goes
        assert len(server.completion_requests) == 1


def test_an_article_not_about_county_lines_gets_an_honest_empty_record() -> None:
    with Extractor(backend="rules") as ex:
        report = ex.extract(OFF_TOPIC, article_id="council")
    assert report.statistics == [] and report.drugs == [] and report.weapons == []


def test_a_model_inventing_figures_for_an_off_topic_article_is_refused(
    tmp_path: Path,
) -> None:
    invented = {
        "statistics": [
            {
                "metric": "arrests",
                "value": 7,
                "area": "Kent",
                "evidence": "Police made 7 arrests in Kent",
            }
        ]
    }
    with OpenAIServer(lambda r: Reply(record=invented)) as server:
        s = Settings(
            backend="llm",
            base_url=server.base_url,
            api_key="sk-test-in",
            cache_dir=tmp_path / "c",
            use_cache=False,
            max_validation_attempts=2,
        )
        with Extractor(settings=s) as ex, pytest.raises(ExtractionError) as caught:
            ex.extract(OFF_TOPIC, article_id="council")
        reask = json.dumps(server.completion_requests[1].messages)
    line = caught.value.one_line()
    assert "Not grounded in the article" in line and "does not occur in the article" in line
    assert "Police made 7 arrests in Kent" in line and "input_value" not in line
    assert "Police made 7 arrests in Kent" in reask  # the model is told which span is wrong
