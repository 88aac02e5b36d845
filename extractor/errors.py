"""The exception tree. Every error the package raises derives from ``ExtractorError``.

::

    ExtractorError
    ├── ConfigurationError      bad or missing settings (no key, no model, bad mode)
    ├── InputError              an article that cannot be read (missing, empty, binary, bad UTF-8)
    ├── PromptError             a template that is missing or does not render
    ├── LLMError                the endpoint, after transport retries
    │   ├── EndpointUnreachable connection refused / DNS / timeouts, every attempt
    │   ├── AuthenticationFailed 401 / 403: wrong or missing key
    │   └── TransportError      429 / 5xx / other HTTP errors that outlived the retry policy
    ├── ExtractionError         the model answered, but no valid record came of it
    │   ├── TruncatedOutput     finish_reason == "length": never re-asked
    │   ├── ContentFiltered     finish_reason == "content_filter"
    │   └── UngroundedAnswer    evidence or quotes not in the article, policy "fail": not re-asked
    ├── CacheMiss               offline mode and the record is not cached
    └── EvaluationError         gold or predictions that cannot be scored

Each error carries what is needed to debug it (``attempts``, ``usage``, ``last_output``)
and is raised ``from`` its cause. Messages never contain the API key.
"""

from __future__ import annotations

from typing import Any


class ExtractorError(Exception):
    """Root of every error this package raises.

    ``hint`` is the fix to try, printed by the CLI after the message.
    ``exit_code`` is what the CLI exits with.
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        attempts: int | None = None,
        usage: Any = None,
        last_output: str | None = None,
        article_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.attempts = attempts
        self.usage = usage
        self.last_output = last_output
        self.article_id = article_id

    @property
    def cause(self) -> str:
        """A short machine-friendly name of the failure, used in error records."""
        return type(self).__name__

    def one_line(self) -> str:
        """The message and the hint on one line, as the CLI prints it."""
        text = self.message.replace("\n", " ")
        return f"{text} (try: {self.hint})" if self.hint else text


class ConfigurationError(ExtractorError):
    exit_code = 2


class InputError(ExtractorError):
    exit_code = 3


class PromptError(ExtractorError):
    exit_code = 2


class LLMError(ExtractorError):
    exit_code = 4


class EndpointUnreachable(LLMError):
    pass


class AuthenticationFailed(LLMError):
    pass


class TransportError(LLMError):
    pass


class ExtractionError(ExtractorError):
    exit_code = 5


class TruncatedOutput(ExtractionError):
    pass


class ContentFiltered(ExtractionError):
    pass


class UngroundedAnswer(ExtractionError):
    """An answer cited words the article does not contain (``ungrounded="fail"``)."""


class CacheMiss(ExtractorError):
    exit_code = 6


class EvaluationError(ExtractorError):
    exit_code = 7
