"""Scoring records against hand-labelled gold, and reporting it (issue 3).

Stages, one module each: ``normalise`` (how spellings are made comparable),
``matching`` (one-to-one pairing), ``metrics`` (pure scoring of one record),
``harness`` (gold + predictions -> ``EvalReport``), ``report`` (text / Markdown /
JSON / HTML), ``regression`` (deltas against a baseline, the F1 gate).
"""

from .harness import evaluate, load_gold, load_report, read_article_texts, read_predictions
from .metrics import score_list, score_quotes, score_record, score_statistics
from .models import ArticleResult, EvalReport, FieldScore, Headline, Outcome
from .regression import below_min_f1, compare_reports, mismatch_note
from .report import render_deltas, render_html, render_markdown, render_text, write_reports

__all__ = [
    "ArticleResult",
    "EvalReport",
    "FieldScore",
    "Headline",
    "Outcome",
    "below_min_f1",
    "compare_reports",
    "evaluate",
    "load_gold",
    "load_report",
    "mismatch_note",
    "read_article_texts",
    "read_predictions",
    "render_deltas",
    "render_html",
    "render_markdown",
    "render_text",
    "score_list",
    "score_quotes",
    "score_record",
    "score_statistics",
    "write_reports",
]
