"""Prompt templates: loaded from ``prompts/<name>/`` files, rendered with an article.

Templates are files, not strings in code, so a reviewer can diff the wording and
a change to it is visible in the version: ``prompt_version`` is the template
name plus a short hash of the template sources, and the LLM cache key is built
from the *rendered* messages, so editing a template can never serve a record
made with the old wording.

Layout of a template folder::

    prompts/extract_v1/system.j2   instructions (no per-article variables: identical
                                   across articles, which keeps provider-side prompt
                                   caching effective)
    prompts/extract_v1/user.j2     the article, rendered with ``text`` and ``published``

Loading touches the file system once (:func:`load_prompt`); rendering
(:func:`render_prompt`) is pure and cheap, so it runs per article. The article
id is deliberately not a template variable: identical text must give an
identical prompt, hence an identical cache key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from .errors import PromptError

DEFAULT_PROMPT = "extract_v1"
PROMPT_FILES = ("system.j2", "user.j2")

# StrictUndefined: a misspelt variable is an error, not a silently empty prompt.
# keep_trailing_newline: what is in the file is what is sent.
_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,
)


def default_prompt_dir() -> Path:
    """``prompts/`` beside the package (the repository layout; editable installs)."""
    return Path(__file__).resolve().parent.parent / "prompts"


@dataclass(frozen=True)
class PromptTemplate:
    """A loaded template pair. ``version`` is ``<name>@<sha256[:10] of the sources>``."""

    name: str
    system_source: str
    user_source: str
    version: str
    _system: jinja2.Template = field(repr=False, compare=False)
    _user: jinja2.Template = field(repr=False, compare=False)
    # the system message when its template uses no variable (the usual case): rendered once
    # here, not per article, where it was most of a cached batch's rendering time
    _fixed_system: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_sources(cls, name: str, system: str, user: str) -> PromptTemplate:
        """Compile a template pair from strings (what :func:`load_prompt` reads from files)."""
        digest = hashlib.sha256(f"{system}\x00{user}".encode()).hexdigest()[:10]
        try:
            compiled_system = _ENV.from_string(system)
            compiled_user = _ENV.from_string(user)
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(
                f"prompt {name!r}: template syntax error at line {exc.lineno}: {exc.message}"
            ) from exc
        fixed = None
        if not jinja2.meta.find_undeclared_variables(_ENV.parse(system)):
            try:
                fixed = compiled_system.render()
            except jinja2.TemplateError:
                fixed = None  # rendered (and reported) per article, as before
        return cls(name, system, user, f"{name}@{digest}", compiled_system, compiled_user, fixed)


def load_prompt(name: str = DEFAULT_PROMPT, directory: str | Path | None = None) -> PromptTemplate:
    """Read and compile ``<directory>/<name>/system.j2`` and ``user.j2``."""
    base = Path(directory) if directory is not None else default_prompt_dir()
    folder = base / name
    sources: list[str] = []
    for filename in PROMPT_FILES:
        path = folder / filename
        try:
            sources.append(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise PromptError(
                f"prompt template {path} not found",
                hint="check --prompt / EXTRACTOR_PROMPT and EXTRACTOR_PROMPT_DIR",
            ) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise PromptError(f"cannot read prompt template {path}: {exc}") from exc
    return PromptTemplate.from_sources(name, sources[0], sources[1])


def render_prompt(
    template: PromptTemplate, *, text: str, published: date | None = None
) -> list[dict[str, Any]]:
    """The chat messages for one article (pure).

    ``published`` lets the model resolve dates that omit the year
    ("Monday 7 March"); it is rendered as ISO ``YYYY-MM-DD`` or "unknown".
    """
    variables = {"text": text, "published": published.isoformat() if published else None}
    try:
        system = template._fixed_system
        if system is None:
            system = template._system.render(variables)
        user = template._user.render(variables)
    except jinja2.TemplateError as exc:
        raise PromptError(f"prompt {template.name!r} does not render: {exc}") from exc
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
    ]
