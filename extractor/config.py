"""Settings: resolved once (flag > environment > default), frozen, passed down.

This is the only module that reads ``os.environ``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from .errors import ConfigurationError

# the longest one HTTP request may take, and one article (all its requests and waits)
MAX_TIMEOUT_S = 3600.0
MAX_ARTICLE_TIMEOUT_S = 24 * 3600.0
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024

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
    # a total deadline per HTTP request (connect, send, wait, read), whatever the server does
    timeout: float = 60.0
    # a total deadline per article: every request, retry, re-ask and wait of one extraction
    article_timeout: float = 600.0
    # the largest answer body read (after decompression); larger fails, not retried
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
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
            "article_timeout": _env_number(env, "EXTRACTOR_ARTICLE_TIMEOUT", float),
            "max_response_bytes": _env_number(env, "EXTRACTOR_MAX_RESPONSE_BYTES", int),
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
        if self.base_url is not None:
            check_base_url(self.base_url)
        if self.max_attempts < 1 or self.max_validation_attempts < 1:
            raise ConfigurationError("attempt bounds must be at least 1")
        for name, value, top in (
            ("timeout (EXTRACTOR_TIMEOUT)", self.timeout, MAX_TIMEOUT_S),
            (
                "article_timeout (EXTRACTOR_ARTICLE_TIMEOUT)",
                self.article_timeout,
                MAX_ARTICLE_TIMEOUT_S,
            ),
            ("max_retry_seconds", self.max_retry_seconds, MAX_ARTICLE_TIMEOUT_S),
            ("backoff_initial", self.backoff_initial, MAX_TIMEOUT_S),
            ("backoff_max", self.backoff_max, MAX_TIMEOUT_S),
        ):
            seconds(name, value, top=top)
        if not (isinstance(self.temperature, (int, float)) and 0 <= self.temperature <= 2):
            raise ConfigurationError(f"temperature {self.temperature!r} is not between 0 and 2")
        if self.max_tokens < 1:
            raise ConfigurationError("max_tokens must be at least 1")
        if self.max_article_chars < 1:
            raise ConfigurationError("max_article_chars must be at least 1")
        if self.max_response_bytes < 1024:
            raise ConfigurationError(
                f"max_response_bytes (EXTRACTOR_MAX_RESPONSE_BYTES) {self.max_response_bytes} "
                "is too small to hold any answer",
                hint=f"unset it (default {DEFAULT_MAX_RESPONSE_BYTES:,}) or give 1024 or more",
            )

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


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _env_bool(env: Mapping[str, str], name: str) -> bool | None:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return None
    word = raw.strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise ConfigurationError(
        f"{name}={raw!r} is neither on nor off", hint=f"use {name}=1 or {name}=0, or unset it"
    )


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


def seconds(name: str, value: float, *, top: float) -> float:
    """``value`` if it is a finite number of seconds in (0, top], else a ConfigurationError."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value <= top
    ):
        raise ConfigurationError(
            f"{name} must be a number of seconds above 0 and at most {top:g}, not {value!r}"
        )
    return float(value)


def positive_rate(name: str, value: float | None) -> float | None:
    """A per-minute limit (``--rpm``, ``--tpm``): ``None`` (no limit) or finite and above 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not math.isfinite(value) or value <= 0:
        raise ConfigurationError(
            f"{name} must be positive and finite, not {value!r}", hint=f"give e.g. {name} 500"
        )
    return float(value)


def parse_price(text: str | None, *, flag: str = "--price") -> tuple[float, float] | None:
    """``IN:OUT`` USD per million tokens, both finite and not negative."""
    if text is None:
        return None
    try:
        a, b = (float(x) for x in text.split(":"))
    except ValueError as exc:
        raise ConfigurationError(f"{flag} {text!r} is not IN:OUT, e.g. 0.15:0.60") from exc
    if not (math.isfinite(a) and math.isfinite(b)) or a < 0 or b < 0:
        raise ConfigurationError(
            f"{flag} {text!r}: prices must be finite and not negative, e.g. 0.15:0.60"
        )
    return (a, b)


def check_base_url(url: str) -> str:
    """``url`` if it can be an OpenAI-compatible endpoint, else a one-line ConfigurationError.

    Checked here, once, so that a typo is a configuration error (exit 2) instead of
    a traceback from the HTTP library or five retries reported as "cannot reach".
    """
    from urllib.parse import urlsplit

    hint = "give the endpoint as http(s)://host[:port]/v1, e.g. http://localhost:11434/v1"
    shown = repr(url) if len(url) <= 80 else repr(url[:77] + "...")
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise ConfigurationError(
            f"base URL {shown} contains whitespace or control characters", hint=hint
        )
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise ConfigurationError(f"base URL {shown} is malformed: {exc}", hint=hint) from None
    if parts.scheme not in ("http", "https"):
        what = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        raise ConfigurationError(
            f"base URL {shown} has {what}; only http and https are supported", hint=hint
        )
    if not parts.hostname:
        raise ConfigurationError(f"base URL {shown} has no host", hint=hint)
    return url


def require_endpoint_for_model(settings: Settings, *, model_given: bool) -> None:
    """A model asked for by name, under ``auto``, with no key or endpoint: an error.

    ``auto`` falls back to the offline rules backend when no LLM is configured;
    a caller who names a model wants that model, and a silent fallback would
    hand them rule-made records they did not ask for.
    """
    if model_given and settings.backend == "auto" and settings.chosen_backend() == "rules":
        raise ConfigurationError(
            f"model {settings.model!r} was asked for, but no API key or endpoint is configured "
            "(backend auto would use the offline rules backend instead)",
            hint="set OPENAI_API_KEY, or base_url / --base-url / OPENAI_BASE_URL for a local "
            "server; or ask for backend='rules' (--backend rules) without a model",
        )


def require_llm_endpoint(settings: Settings) -> None:
    """The LLM backend needs a key or an endpoint (unless offline); checked before any work."""
    if not settings.api_key and not settings.base_url:
        raise ConfigurationError(
            "the LLM backend needs an API key or an endpoint",
            hint="set OPENAI_API_KEY, or --base-url / OPENAI_BASE_URL for a local server",
        )
