"""Structured, grounded records of UK county-lines enforcement news.

Public API::

    from extractor import Extractor
    report = Extractor().extract(text, article_id="a1")
"""

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
from .pipeline import Article, Extractor, read_article
from .schema import Metric, OperationReport, Provenance, Qualifier, Quote, Statistic, Usage

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
__version__ = "0.1.0"
