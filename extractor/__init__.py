"""Structured, grounded records of UK county-lines enforcement news.

Public API::

    from extractor import Extractor
    report = Extractor().extract(text, article_id="a1")

Every public name is imported on first use (a module-level ``__getattr__``), so
``import extractor`` and ``extractor --help`` load neither the batch machinery,
the evaluation stack (jinja2) nor the LLM stack (openai, instructor); each
command imports what it uses.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import native

__version__ = "0.1.0"

native.install()  # the rules backend runs compiled only while its sources match the build

# public name -> the module that defines it
_LAZY = {
    "Article": "article",
    "read_article": "article",
    "BatchOptions": "batch",
    "BatchResult": "batch",
    "BatchStats": "batch",
    "arun_batch": "batch",
    "aextract_many": "batch",
    "extract_many": "batch",
    "run_batch": "batch",
    "Settings": "config",
    "ExtractorError": "errors",
    "EvalReport": "evaluation",
    "evaluate": "evaluation",
    "Extractor": "pipeline",
    "Metric": "schema",
    "OperationReport": "schema",
    "Provenance": "schema",
    "Qualifier": "schema",
    "Quote": "schema",
    "Statistic": "schema",
    "Usage": "schema",
}

__all__ = [
    "Article",
    "BatchOptions",
    "BatchResult",
    "BatchStats",
    "EvalReport",
    "Extractor",
    "ExtractorError",
    "Metric",
    "OperationReport",
    "Provenance",
    "Qualifier",
    "Quote",
    "Settings",
    "Statistic",
    "Usage",
    "aextract_many",
    "arun_batch",
    "evaluate",
    "extract_many",
    "read_article",
    "run_batch",
]

if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly
    from .article import Article, read_article
    from .batch import (
        BatchOptions,
        BatchResult,
        BatchStats,
        aextract_many,
        arun_batch,
        extract_many,
        run_batch,
    )
    from .config import Settings
    from .errors import ExtractorError
    from .evaluation import EvalReport, evaluate
    from .pipeline import Extractor
    from .schema import Metric, OperationReport, Provenance, Qualifier, Quote, Statistic, Usage


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
