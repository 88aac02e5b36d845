"""Running an evaluation: load the gold, get predictions, score them, build an ``EvalReport``.

Predictions come from one of:

- an ``Extractor`` (anything with ``extract_article``): run over every article
  that has a gold record; an article whose extraction fails is scored as an
  empty prediction and listed as an error, and the run goes on, unless the
  failure is the run's (bad configuration, unreachable endpoint, refused key),
  which is raised: every article would fail the same way, and a report scoring
  them all as empty would pass for a very bad model;
- a JSONL file of records (``extractor extract`` / ``extractor batch`` output);
  a line with an ``error`` key and no record is that article's error;
- a list of ``OperationReport`` (each with its ``article_id``) or a dict
  ``{article_id: OperationReport}``.

Everything that cannot be scored (a gold folder with no gold, a gold record that
does not validate or is not grounded in its article, a missing article, a
broken predictions line, two records for one article) is an ``EvaluationError``
naming the file and the problem.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..article import Article, read_article
from ..errors import (
    AuthenticationFailed,
    ConfigurationError,
    EndpointUnreachable,
    EvaluationError,
    ExtractorError,
    InputError,
)
from ..schema import OperationReport
from .metrics import headline_of, score_record, sum_fields
from .models import SCALAR_FIELDS, ArticleResult, EvalReport, RunInfo, ScalarScore

log = logging.getLogger(__name__)

#: failures of the whole run, not of one article: they stop the evaluation
RUN_FAILURES = (ConfigurationError, EndpointUnreachable, AuthenticationFailed)

DEFAULT_GOLD_DIR = Path("evals") / "gold"
DEFAULT_ARTICLES_DIR = Path("seeds")

#: an Extractor (anything with ``extract_article``), a JSONL path, or records
Predictions = Any


@dataclass(frozen=True)
class GoldCase:
    """One article with its gold record (grounded: offsets computed against the text)."""

    article: Article
    gold: OperationReport


def load_gold(gold_dir: str | Path, articles_dir: str | Path) -> list[GoldCase]:
    """Every ``<id>.json`` in ``gold_dir`` with its article ``<id>.txt`` from ``articles_dir``."""
    gdir, adir = Path(gold_dir), Path(articles_dir)
    if not gdir.is_dir():
        raise EvaluationError(
            f"gold folder {gdir} does not exist",
            hint="pass --gold with the folder of <article_id>.json records",
        )
    paths = sorted(gdir.glob("*.json"))
    if not paths:
        raise EvaluationError(f"gold folder {gdir} holds no <article_id>.json records")
    cases = []
    for path in paths:
        article_path = adir / f"{path.stem}.txt"
        try:
            article = read_article(article_path)
        except InputError as exc:
            raise EvaluationError(
                f"gold {path.name}: its article cannot be read: {exc.message}",
                hint="pass --articles with the folder of <article_id>.txt",
                article_id=path.stem,
            ) from exc
        cases.append(GoldCase(article=article, gold=_read_gold(path, article)))
    return cases


def _read_gold(path: Path, article: Article) -> OperationReport:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(
            f"gold {path}: not readable JSON ({exc})", article_id=path.stem
        ) from exc
    try:
        gold = OperationReport.model_validate(data, context={"article": article.text})
    except ValidationError as exc:
        raise EvaluationError(
            f"gold {path}: {_first_problem(exc)}",
            hint="fix the gold record (see evals/GUIDELINES.md)",
            article_id=path.stem,
        ) from exc
    if gold.article_id and gold.article_id != path.stem:
        raise EvaluationError(
            f"gold {path}: article_id {gold.article_id!r} differs from the file name",
            article_id=path.stem,
        )
    gold.article_id = path.stem
    return gold


# -- predictions ----------------------------------------------------------------------------


def read_predictions(path: str | Path) -> tuple[dict[str, OperationReport], dict[str, str]]:
    """Records and errors by article id from a JSONL file."""
    p = Path(path)
    try:
        # "\n" only: str.splitlines also splits at U+2028, U+0085, ... which JSON strings
        # may hold raw (the batch writes them unescaped), cutting a record in two
        lines = p.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(
            f"predictions {p}: cannot read ({exc})",
            hint="pass a JSONL file written by extractor extract or batch",
        ) from exc
    records: dict[str, OperationReport] = {}
    errors: dict[str, str] = {}
    where: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"predictions {p} line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(data, dict):
            raise EvaluationError(
                f"predictions {p} line {n}: a JSON object was expected, not {type(data).__name__}"
            )
        article_id = data.get("article_id") or data.get("id")
        if not article_id or not isinstance(article_id, str):
            raise EvaluationError(
                f"predictions {p} line {n}: no article_id, so it cannot be "
                "paired with a gold record"
            )
        if "error" in data and "statistics" not in data:
            if article_id not in records:
                errors[article_id] = _error_text(data["error"])
            continue
        if article_id in records:
            raise EvaluationError(
                f"predictions {p} line {n}: a second record for {article_id} "
                f"(the first is on line {where[article_id]})",
                article_id=article_id,
            )
        try:
            records[article_id] = OperationReport.model_validate(data)
        except ValidationError as exc:
            raise EvaluationError(
                f"predictions {p} line {n} ({article_id}): {_first_problem(exc)}",
                article_id=article_id,
            ) from exc
        records[article_id].article_id = article_id
        where[article_id] = n
        errors.pop(article_id, None)  # a later success replaces an earlier failure
    return records, errors


def _first_problem(exc: ValidationError) -> str:
    """The first validation problem, on one line: where, and what."""
    first = exc.errors()[0]
    msg = str(first["msg"]).removeprefix("Value error, ")
    msg = " ".join(msg.split())
    where = ".".join(str(x) for x in first["loc"])
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"invalid at {where}: {msg}{more}" if where else f"invalid: {msg}{more}"


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error.get("cause") or error)
    return str(error)


def _records_from(predictions: Any) -> dict[str, OperationReport]:
    if isinstance(predictions, Mapping):
        items = list(predictions.items())
    else:
        items = [(getattr(r, "article_id", ""), r) for r in predictions]
    out: dict[str, OperationReport] = {}
    for key, record in items:
        if not isinstance(record, OperationReport):
            raise EvaluationError(
                f"prediction for {key or '?'} is a {type(record).__name__}, not an OperationReport"
            )
        if not key:
            raise EvaluationError(
                "a prediction has no article_id, so it cannot be paired with a gold record"
            )
        if key in out:
            raise EvaluationError(f"two predictions for article {key}", article_id=key)
        out[key] = record
    return out


def _run_extractor(
    extractor: Any, cases: list[GoldCase]
) -> tuple[dict[str, OperationReport], dict[str, str]]:
    records: dict[str, OperationReport] = {}
    errors: dict[str, str] = {}
    for case in cases:
        try:
            records[case.article.id] = extractor.extract_article(case.article)
        except RUN_FAILURES:
            raise  # the same for every article: scoring all of them as empty would mislead
        except ExtractorError as exc:
            log.warning("eval: %s failed: %s", case.article.id, exc.one_line())
            errors[case.article.id] = f"{exc.cause}: {exc.one_line()}"
    return records, errors


# -- the run --------------------------------------------------------------------------------


def evaluate(
    extractor_or_predictions: Predictions,
    *,
    gold_dir: str | Path = DEFAULT_GOLD_DIR,
    articles_dir: str | Path = DEFAULT_ARTICLES_DIR,
    run: str | None = None,
) -> EvalReport:
    """Score an extractor, a predictions JSONL file, or records, against the gold records.

    Only articles with a gold record are scored; a gold article with no prediction
    is scored as an empty record and listed in ``EvalReport.errors``.
    """
    cases = load_gold(gold_dir, articles_dir)
    source = extractor_or_predictions
    predictions_path: str | None = None
    extractor: Any = None
    if isinstance(source, (str, Path)):
        predictions_path = str(source)
        records, errors = read_predictions(source)
    elif hasattr(source, "extract_article"):
        extractor = source
        records, errors = _run_extractor(source, cases)
    elif isinstance(source, (Mapping, list, tuple)):
        records, errors = _records_from(source), {}
    else:
        raise EvaluationError(
            f"cannot evaluate a {type(source).__name__}: pass an Extractor, a "
            "JSONL path, or OperationReport records"
        )
    gold_ids = {c.article.id for c in cases}
    unscored = sorted(set(records) - gold_ids)
    if unscored:
        log.info(
            "eval: %d prediction(s) have no gold record and are not scored: %s",
            len(unscored),
            ", ".join(unscored[:10]),
        )
    if records and not set(records) & gold_ids:
        raise EvaluationError(
            f"no prediction is for an article with gold in {gold_dir} "
            f"(predictions are for {', '.join(sorted(records)[:5])}, ...)",
            hint="check --gold and --predictions refer to the same articles",
        )

    results: list[ArticleResult] = []
    for case in cases:
        aid = case.article.id
        pred = records.get(aid)
        error = errors.get(aid)
        if pred is None:
            error = error or "no prediction for this article"
            pred = OperationReport(article_id=aid)
        result = score_record(case.gold, pred, case.article.text)
        result.error = error
        results.append(result)
    return build_report(
        results,
        run_info(run, extractor, records.values(), gold_dir, articles_dir, predictions_path),
    )


def build_report(results: list[ArticleResult], info: RunInfo) -> EvalReport:
    """Sum the per-article results into the run's report (pure)."""
    fields = sum_fields(results)
    scalars = []
    for name in SCALAR_FIELDS:
        checks = [c for r in results for c in r.scalars if c.field == name]
        scalars.append(
            ScalarScore(field=name, correct=sum(c.correct for c in checks), total=len(checks))
        )
    return EvalReport(
        run=info, headline=headline_of(fields), fields=fields, scalars=scalars, articles=results
    )


def run_info(
    name: str | None,
    extractor: Any,
    records: Iterable[OperationReport],
    gold_dir: str | Path,
    articles_dir: str | Path,
    predictions: str | None,
) -> RunInfo:
    """Backend, model, mode and prompt version as the records' provenance tells them,
    falling back on the extractor's settings; several values are joined with commas."""
    from .. import __version__

    now = datetime.now(UTC)
    provs = [r.provenance for r in records if r.provenance is not None]

    def seen(attr: str) -> str | None:
        values = sorted({str(getattr(p, attr)) for p in provs if getattr(p, attr)})
        return ", ".join(values) or None

    backend = seen("backend") or getattr(extractor, "backend_name", None)
    settings = getattr(extractor, "settings", None)
    model = seen("model") or (settings.model if settings and backend == "llm" else None)
    mode = seen("mode") or (settings.resolved_mode if settings and backend == "llm" else None)
    default_name = f"{now:%Y%m%d-%H%M%S}-{backend or 'predictions'}".replace(", ", "+")
    return RunInfo(
        name=name or default_name,
        created=now.isoformat(timespec="seconds"),
        backend=backend,
        model=model,
        mode=mode,
        prompt_version=seen("prompt_version"),
        gold_dir=str(gold_dir),
        articles_dir=str(articles_dir),
        predictions=predictions,
        extractor_version=__version__,
    )


def load_report(path: str | Path) -> EvalReport:
    """A saved ``report.json`` (for ``--baseline``)."""
    p = Path(path)
    if p.is_dir():
        p = p / "report.json"
    try:
        return EvalReport.model_validate_json(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(
            f"baseline {p}: cannot read ({exc.strerror or exc})",
            hint="pass the report.json of an earlier extractor eval run",
        ) from exc
    except ValidationError as exc:
        raise EvaluationError(
            f"baseline {p}: not an evaluation report ({exc.errors()[0]['msg']})"
        ) from exc


def read_article_texts(report: EvalReport) -> dict[str, str]:
    """The texts of a report's articles (for the HTML page), from its run's articles folder;
    an article that cannot be read any more is left out (shown without highlights)."""
    folder = Path(report.run.articles_dir or DEFAULT_ARTICLES_DIR)
    texts: dict[str, str] = {}
    for a in report.articles:
        try:
            texts[a.article_id] = read_article(folder / f"{a.article_id}.txt").text
        except InputError as exc:
            log.warning("eval: no text for %s in the HTML report: %s", a.article_id, exc.message)
    return texts
