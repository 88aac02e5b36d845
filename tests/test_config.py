"""Settings: flag > environment > default, validated, the key kept out of repr."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.config import Settings
from extractor.errors import ConfigurationError


def test_defaults() -> None:
    s = Settings.resolve(env={"HOME": "/h"})
    assert (s.backend, s.model, s.mode, s.use_cache, s.offline) == (
        "auto",
        "gpt-4o-mini",
        "auto",
        True,
        False,
    )
    assert s.cache_dir == Path.home() / ".cache" / "extractor"
    assert s.chosen_backend() == "rules"


def test_environment_over_defaults() -> None:
    env = {
        "EXTRACTOR_MODEL": "llama3",
        "OPENAI_BASE_URL": "http://localhost:11434/v1",
        "OPENAI_API_KEY": "k",
        "EXTRACTOR_MODE": "json",
        "EXTRACTOR_CACHE_DIR": "/tmp/c",
        "EXTRACTOR_OFFLINE": "1",
        "EXTRACTOR_TIMEOUT": "12.5",
        "EXTRACTOR_MAX_ATTEMPTS": "2",
        "EXTRACTOR_PROMPT": "extract_v2",
        "EXTRACTOR_PROMPT_DIR": "/tmp/p",
    }
    s = Settings.resolve(env=env)
    assert (s.model, s.base_url, s.api_key, s.mode, s.cache_dir, s.offline) == (
        "llama3",
        "http://localhost:11434/v1",
        "k",
        "json",
        Path("/tmp/c"),
        True,
    )
    assert (s.timeout, s.max_attempts, s.prompt, s.prompt_dir) == (
        12.5,
        2,
        "extract_v2",
        Path("/tmp/p"),
    )
    assert s.chosen_backend() == "llm"


def test_flags_over_environment() -> None:
    s = Settings.resolve(
        env={"EXTRACTOR_MODEL": "env-model", "EXTRACTOR_TIMEOUT": "3"},
        model="flag-model",
        timeout=9.0,
    )
    assert (s.model, s.timeout) == ("flag-model", 9.0)


@pytest.mark.parametrize(
    "env, words",
    [
        ({"EXTRACTOR_MODE": "xml"}, "unknown mode"),
        ({"EXTRACTOR_BACKEND": "gpu"}, "unknown backend"),
        ({"EXTRACTOR_TIMEOUT": "soon"}, "EXTRACTOR_TIMEOUT='soon' is not a valid float"),
        ({"EXTRACTOR_MAX_ATTEMPTS": "1.5"}, "not a valid int"),
        ({"EXTRACTOR_MAX_ATTEMPTS": "0"}, "at least 1"),
        ({"EXTRACTOR_TIMEOUT": "0"}, "must be a number of seconds above 0"),
    ],
)
def test_bad_values_are_configuration_errors(env: dict, words: str) -> None:
    with pytest.raises(ConfigurationError, match=words.replace("(", r"\(")):
        Settings.resolve(env=env)


def test_unknown_flag_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown setting"):
        Settings.resolve(env={}, colour="red")


def test_the_key_is_not_in_repr() -> None:
    s = Settings.resolve(env={"OPENAI_API_KEY": "sk-very-secret-value"})
    assert "sk-very-secret-value" not in repr(s) and s.api_key == "sk-very-secret-value"


def test_settings_are_frozen() -> None:
    s = Settings()
    with pytest.raises(AttributeError):
        s.model = "x"  # type: ignore[misc]
    assert s.with_(model="x").model == "x"


@pytest.mark.parametrize(
    "env, backend",
    [
        ({}, "rules"),
        ({"OPENAI_API_KEY": "k"}, "llm"),
        ({"OPENAI_BASE_URL": "http://localhost:11434/v1"}, "llm"),
        ({"EXTRACTOR_OFFLINE": "1"}, "llm"),  # the cache is the LLM's; no key needed offline
        ({"OPENAI_API_KEY": "k", "EXTRACTOR_BACKEND": "rules"}, "rules"),
    ],
)
def test_auto_backend(env: dict, backend: str) -> None:
    assert Settings.resolve(env=env).chosen_backend() == backend
