"""Keeping secrets out of log output, the SDKs' included.

Our own log lines never hold a key. The SDKs underneath can: at DEBUG, openai
and httpx log every request URL, and a base URL may carry credentials
(``http://user:token@host/v1``); an error's traceback may hold a message in which
the server echoed the key. :data:`REDACT` is one logging filter that removes
every registered secret and any ``user:password@`` in a URL from a record's
message and traceback text. ``LLMClient`` registers its key and attaches the
filter to the SDK loggers; the CLI also puts it on its stderr handler, which
covers every logger.
"""

from __future__ import annotations

import logging
import re

_USERINFO = re.compile(r"//[^/@\s]*@")


def redact_url(url: str | None) -> str:
    """The endpoint as safe to print: user:password@ and the query string dropped."""
    if not url:
        return "https://api.openai.com/v1"
    return _USERINFO.sub("//", url).split("?", 1)[0]


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret (and its first 8+ characters) replaced by ``***``.

    Servers sometimes echo a key, in full or abbreviated ("sk-abc12...xyz"), in
    an error message; we never pass that on.
    """
    for secret in secrets:
        if len(secret) < 6:  # "x" or "none" placeholders for local servers: nothing to hide
            continue
        text = text.replace(secret, "***")
        if len(secret) >= 12:
            text = text.replace(secret[:8], "***")
    return text


SDK_LOGGERS = (
    "openai",
    "openai._base_client",
    "httpx",
    "httpx2",
    "httpcore",
    "httpcore2",
    "instructor",
)


class RedactSecrets(logging.Filter):
    """Removes registered secrets and URL credentials from log records; never drops one."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def add(self, *secrets: str | None) -> None:
        for secret in secrets:
            if secret and len(secret) >= 6:
                self.secrets.add(secret)

    def clean(self, text: str) -> str:
        return scrub(_USERINFO.sub("//", text), tuple(self.secrets))

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is the logger's problem
            return True
        cleaned = self.clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        return True


REDACT = RedactSecrets()


def protect_sdk_loggers(*secrets: str | None) -> None:
    """Register ``secrets`` and make sure the SDK loggers pass their records through REDACT."""
    REDACT.add(*secrets)
    for name in SDK_LOGGERS:
        logger = logging.getLogger(name)
        if REDACT not in logger.filters:
            logger.addFilter(REDACT)
