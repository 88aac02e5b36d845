"""Settings: resolved once (flag > environment > default), frozen, passed down.

This is the only module that reads ``os.environ``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from .errors import ConfigurationError

Backend = Literal["auto", "rules", "llm"]
MODES = ("auto", "tools", "json", "json_schema", "md_json")
UNGROUNDED = ("reask", "drop", "fail")
OPENAI_HOST = "api.openai.com"
BACKENDS = ("auto", "rules", "llm")

DEFAULT_MODEL = "gpt-4o-mini"


def default_cache_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "extractor"


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know. Build it with :meth:`Settings.resolve`.

    ``api_key`` is kept out of ``repr`` so it never lands in a log line or a traceback.
    """

    backend: str = "auto"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    # "auto": tools for OpenAI itself, json_schema for any other endpoint (llama.cpp,
    # Ollama, vLLM answer tool calls as plain content, or not at all; see resolved_mode)
    mode: str = "auto"
    # what an answer with evidence or quotes not in the article gets: a re-ask (costs a
    # whole answer: minutes on a small local model), the grounded rest kept, or a failure
    ungrounded: str = "reask"
    # prompt template folder name under prompt_dir (None: prompts/ beside the package)
    prompt: str = "extract_v1"
    prompt_dir: Path | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    offline: bool = False
    temperature: float = 0.0
    max_tokens: int = 4096
    timeout: float = 60.0
    # transport retries (tenacity): attempts and a bound on the total time spent
    max_attempts: int = 5
    max_retry_seconds: float = 120.0
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    # validation re-asks (instructor max_retries): total tries per extraction
    max_validation_attempts: int = 3
    # the longest article the LLM backend sends (~50,000 tokens); longer fails before any request
    max_article_chars: int = 200_000

    @classmethod
    def resolve(cls, env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
        """Merge flags (``None`` means "not given") over the environment over defaults."""
        env = os.environ if env is None else env
        names = {f.name for f in fields(cls)}
        unknown = set(flags) - names
        if unknown:
            raise ConfigurationError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        from_env: dict[str, Any] = {
            "backend": env.get("EXTRACTOR_BACKEND"),
            "model": env.get("EXTRACTOR_MODEL"),
            "base_url": env.get("OPENAI_BASE_URL") or None,
            "api_key": env.get("OPENAI_API_KEY") or None,
            "mode": env.get("EXTRACTOR_MODE"),
            "ungrounded": env.get("EXTRACTOR_UNGROUNDED") or None,
            "cache_dir": env.get("EXTRACTOR_CACHE_DIR"),
            "offline": _env_bool(env, "EXTRACTOR_OFFLINE"),
            "prompt": env.get("EXTRACTOR_PROMPT") or None,
            "prompt_dir": env.get("EXTRACTOR_PROMPT_DIR") or None,
            "timeout": _env_number(env, "EXTRACTOR_TIMEOUT", float),
            "max_attempts": _env_number(env, "EXTRACTOR_MAX_ATTEMPTS", int),
            "max_article_chars": _env_number(env, "EXTRACTOR_MAX_ARTICLE_CHARS", int),
        }
        values: dict[str, Any] = {}
        for name in names:
            given = flags.get(name)
            if given is None:
                given = from_env.get(name)
            if given is not None:
                values[name] = given
        if values.get("cache_dir") is None:
            values["cache_dir"] = default_cache_dir(env)
        values["cache_dir"] = Path(values["cache_dir"]).expanduser()
        if values.get("prompt_dir") is not None:
            values["prompt_dir"] = Path(values["prompt_dir"]).expanduser()
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigurationError(
                f"unknown backend {self.backend!r}", hint=f"use one of {', '.join(BACKENDS)}"
            )
        if self.mode not in MODES:
            raise ConfigurationError(
                f"unknown mode {self.mode!r}", hint=f"use one of {', '.join(MODES)}"
            )
        if self.ungrounded not in UNGROUNDED:
            raise ConfigurationError(
                f"unknown ungrounded policy {self.ungrounded!r}",
                hint=f"use one of {', '.join(UNGROUNDED)}",
            )
        if not self.model:
            raise ConfigurationError("no model given", hint="pass --model or set EXTRACTOR_MODEL")
        if self.max_attempts < 1 or self.max_validation_attempts < 1:
            raise ConfigurationError("attempt bounds must be at least 1")
        if self.timeout <= 0 or self.max_retry_seconds <= 0:
            raise ConfigurationError("timeout and max_retry_seconds must be positive")
        if self.max_tokens < 1:
            raise ConfigurationError("max_tokens must be at least 1")
        if self.max_article_chars < 1:
            raise ConfigurationError("max_article_chars must be at least 1")

    @property
    def resolved_mode(self) -> str:
        """The instructor mode in force: ``auto`` picks ``tools`` for OpenAI's own API
        and ``json_schema`` for every other endpoint. Local servers do not honour
        tools: llama.cpp answers a tool request with JSON in ``content`` (or runs on
        to ``max_tokens`` when the call is required), while its ``json_schema``
        response format is enforced by constrained decoding."""
        if self.mode != "auto":
            return self.mode
        if not self.base_url or OPENAI_HOST in self.base_url.lower():
            return "tools"
        return "json_schema"

    @property
    def llm_configured(self) -> bool:
        """True when an endpoint or a key is configured: what ``auto`` keys on."""
        return bool(self.base_url or self.api_key)

    def chosen_backend(self) -> str:
        """``rules`` or ``llm``: ``auto`` resolved against the configuration.

        ``offline`` means "answer from the LLM cache", so under ``auto`` it picks
        the LLM backend even with no key or endpoint (none is needed offline).
        """
        if self.backend != "auto":
            return self.backend
        return "llm" if self.llm_configured or self.offline else "rules"

    def with_(self, **changes: Any) -> Settings:
        new = replace(self, **changes)
        new.validate()
        return new


def _env_bool(env: Mapping[str, str], name: str) -> bool | None:
    raw = env.get(name)
    if raw is None or raw == "":
        return None
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_number(env: Mapping[str, str], name: str, kind: type) -> Any:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return kind(raw.strip())
    except ValueError as exc:
        raise ConfigurationError(
            f"{name}={raw!r} is not a valid {kind.__name__}", hint=f"unset {name} or fix it"
        ) from exc
