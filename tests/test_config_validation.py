"""Every bad setting is one configuration error (exit 2), found before any request."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.cli import main
from extractor.config import Settings
from extractor.errors import ConfigurationError

SEED = "seeds/002_346890b65dee08d5.txt"

BAD_ENV = {
    "base URL with an unclosed IPv6 bracket": ({"OPENAI_BASE_URL": "http://[::1"}, "malformed"),
    "base URL with a trailing newline": (
        {"OPENAI_BASE_URL": "http://localhost:8000/v1\n"},
        "whitespace or control characters",
    ),
    "base URL that is not a URL": ({"OPENAI_BASE_URL": "not a url"}, "whitespace"),
    "base URL without a scheme": ({"OPENAI_BASE_URL": "localhost:8000/v1"}, "scheme"),
    "base URL with an ftp scheme": ({"OPENAI_BASE_URL": "ftp://x"}, "scheme 'ftp'"),
    "base URL without a host": ({"OPENAI_BASE_URL": "http://"}, "has no host"),
    "base URL with a bad port": ({"OPENAI_BASE_URL": "http://h:99999/v1"}, "malformed"),
    "timeout inf": ({"EXTRACTOR_TIMEOUT": "inf"}, "EXTRACTOR_TIMEOUT) must be a number"),
    "timeout nan": ({"EXTRACTOR_TIMEOUT": "nan"}, "EXTRACTOR_TIMEOUT) must be a number"),
    "timeout 1e12": ({"EXTRACTOR_TIMEOUT": "1e12"}, "at most 3600"),
    "timeout negative": ({"EXTRACTOR_TIMEOUT": "-1"}, "above 0"),
    "article timeout nan": ({"EXTRACTOR_ARTICLE_TIMEOUT": "nan"}, "EXTRACTOR_ARTICLE_TIMEOUT"),
    "response cap too small": ({"EXTRACTOR_MAX_RESPONSE_BYTES": "10"}, "too small"),
    "response cap not a number": ({"EXTRACTOR_MAX_RESPONSE_BYTES": "4MB"}, "not a valid int"),
    "offline maybe": ({"EXTRACTOR_OFFLINE": "maybe"}, "EXTRACTOR_OFFLINE='maybe' is neither"),
}


@pytest.mark.parametrize("name", list(BAD_ENV))
def test_bad_environment_is_a_one_line_configuration_error(name: str) -> None:
    env, words = BAD_ENV[name]
    with pytest.raises(ConfigurationError) as caught:
        Settings.resolve(env=env)
    assert words in caught.value.one_line()
    assert "\n" not in caught.value.one_line()


@pytest.mark.parametrize(
    "raw, offline", [("1", True), ("on", True), ("YES", True), ("0", False), ("off", False)]
)
def test_offline_accepts_the_usual_words(raw: str, offline: bool) -> None:
    assert Settings.resolve(env={"EXTRACTOR_OFFLINE": raw}).offline is offline


def test_good_base_urls_pass() -> None:
    for url in ("http://localhost:11434/v1", "https://api.openai.com/v1", "http://[::1]:8000/v1"):
        assert Settings.resolve(env={"OPENAI_BASE_URL": url}).base_url == url


def test_new_limits_resolve_from_the_environment() -> None:
    s = Settings.resolve(
        env={"EXTRACTOR_ARTICLE_TIMEOUT": "30", "EXTRACTOR_MAX_RESPONSE_BYTES": "65536"}
    )
    assert (s.article_timeout, s.max_response_bytes) == (30.0, 65536)
    assert Settings().max_response_bytes == 4 * 1024 * 1024


@pytest.mark.parametrize(
    "argv, words",
    [
        (["extract", "--base-url", "http://[::1", SEED], "malformed"),
        (["extract", "--base-url", "ftp://x", SEED], "scheme 'ftp'"),
        (["extract", "--base-url", "not a url", SEED], "whitespace"),
        (
            ["batch", "seeds", "-o", "OUT", "--rpm", "nan"],
            "--rpm must be positive and finite, not nan",
        ),
        (
            ["batch", "seeds", "-o", "OUT", "--tpm", "inf"],
            "--tpm must be positive and finite, not inf",
        ),
        (
            ["batch", "seeds", "-o", "OUT", "--rpm", "0"],
            "--rpm must be positive and finite, not 0.0",
        ),
        (["batch", "seeds", "-o", "OUT", "--price", "nan:nan"], "prices must be finite"),
        (["batch", "seeds", "-o", "OUT", "--price", "inf:1"], "prices must be finite"),
    ],
)
def test_cli_reports_bad_values_as_exit_2(
    argv: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("extractor: error: ") and words in err[0], err


@pytest.mark.parametrize("name", ["EXTRACTOR_TIMEOUT", "EXTRACTOR_OFFLINE"])
def test_cli_reports_bad_environment_as_exit_2(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(name, "nan" if name == "EXTRACTOR_TIMEOUT" else "maybe")
    assert main(["extract", SEED]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and name in err[0], err
