"""Writing an ``EvalReport`` for people and machines: terminal text, Markdown, JSON, HTML.

The renderers are pure (report in, string out); only :func:`write_reports` touches
the disk. The HTML page is one self-contained file (inline CSS, no scripts, no
external resources), rendered from ``report_template.html`` with autoescaping on,
so article text can never inject markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..atomic import atomic_write_text
from .models import ArticleResult, EvalReport, FieldScore, Outcome
from .regression import Delta

#: when spans overlap, the segment takes the colour of the worst status covering it
STATUS_ORDER = ("missed", "spurious", "matched")
TEMPLATE = "report_template.html"


def fmt(x: float | None, digits: int = 3) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _extra(f: FieldScore) -> str:
    if f.qualifier_correct is not None:
        return f"qualifier {fmt(f.qualifier_accuracy)} ({f.qualifier_correct}/{f.tp})"
    if f.overlap_correct is not None:
        return f"text overlap {fmt(f.text_overlap)} ({f.overlap_correct}/{f.tp})"
    return ""


def field_rows(report: EvalReport) -> list[list[str]]:
    """The per-field table: field, P, R, F1, TP, FP, FN, qualifier / overlap."""
    rows = [
        [
            f.field,
            fmt(f.precision),
            fmt(f.recall),
            fmt(f.f1),
            str(f.tp),
            str(f.fp),
            str(f.fn),
            _extra(f),
        ]
        for f in report.fields
    ]
    h = report.headline
    rows.append(
        [
            "HEADLINE (micro)",
            fmt(h.precision),
            fmt(h.recall),
            fmt(h.f1),
            str(h.tp),
            str(h.fp),
            str(h.fn),
            f"statistics F1 {fmt(h.statistics_f1)}",
        ]
    )
    return rows


FIELD_HEADER = ["field", "P", "R", "F1", "TP", "FP", "FN", "qualifier / quote overlap"]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, c in enumerate(cells):
            out.append(
                str(c).ljust(widths[i]) if i in (0, len(cells) - 1) else str(c).rjust(widths[i])
            )
        return "  ".join(out).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def cell(c: str) -> str:
        return str(c).replace("|", "\\|").replace("\n", " ")

    return [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(cell(c) for c in r) + " |" for r in rows),
    ]


def scalar_rows(report: EvalReport) -> list[list[str]]:
    return [[s.field, f"{s.correct}/{s.total}", fmt(s.accuracy)] for s in report.scalars]


def article_rows(report: EvalReport) -> list[list[str]]:
    return [
        [
            a.article_id,
            fmt(a.headline.f1),
            fmt(a.headline.statistics_f1),
            str(a.headline.tp),
            str(a.headline.fp),
            str(a.headline.fn),
            a.error or "",
        ]
        for a in report.articles
    ]


ARTICLE_HEADER = ["article", "F1", "stats F1", "TP", "FP", "FN", "error"]


def _problem_lines(a: ArticleResult) -> list[str]:
    """Misses, spurious items and matches with a note (qualifier, quote text), with evidence."""
    lines = []
    for o in a.outcomes:
        if o.status == "matched":
            if not o.note:
                continue
            label, what = "PARTLY", f"{o.text}: {o.note}"
        else:
            label, what = o.status.upper(), o.text + (f" [{o.note}]" if o.note else "")
        evidence = f'  -- "{_clip(o.evidence)}"' if o.evidence and o.field == "statistics" else ""
        lines.append(f"  {label} {o.field}: {what}{evidence}")
    return lines


def _clip(text: str | None, n: int = 100) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 3] + "..."


def run_line(report: EvalReport) -> str:
    r = report.run
    parts = [
        f"run {r.name}",
        f"backend {r.backend or '-'}",
        f"model {r.model or '-'}",
        f"mode {r.mode or '-'}",
        f"prompt {r.prompt_version or '-'}",
        f"date {r.created}",
    ]
    return " | ".join(parts)


def render_text(report: EvalReport, *, details: bool = True) -> str:
    """What ``extractor eval`` prints: the field table and headline, scalars, per article,
    then every miss, spurious item and partly-right match with its evidence."""
    out = [run_line(report), f"{len(report.articles)} article(s) scored", ""]
    out += _table(FIELD_HEADER, field_rows(report))
    out += ["", *_table(["scalar", "correct", "accuracy"], scalar_rows(report))]
    h = report.headline
    out += [
        "",
        f"headline micro F1 {fmt(h.f1)} (P {fmt(h.precision)}, R {fmt(h.recall)}; "
        f"statistics F1 {fmt(h.statistics_f1)})",
    ]
    out += ["", *_table(ARTICLE_HEADER, article_rows(report))]
    if details:
        out += ["", "misses, spurious items and partly-right matches:"]
        listed = 0
        for a in report.articles:
            lines = _problem_lines(a)
            if lines or a.error:
                out.append(f"{a.article_id}" + (f"  [error: {a.error}]" if a.error else ""))
                out += lines
                listed += 1
        if not listed:
            out.append("  (none)")
    return "\n".join(out) + "\n"


def render_markdown(report: EvalReport) -> str:
    """``report.md``: the same content as the terminal text, as Markdown tables (HTML escaped)."""
    r = report.run
    out = [
        f"# Evaluation report: {r.name}",
        "",
        f"- backend: {r.backend or '-'}",
        f"- model: {r.model or '-'}",
        f"- mode: {r.mode or '-'}",
        f"- prompt version: {r.prompt_version or '-'}",
        f"- date: {r.created}",
        f"- gold: {r.gold_dir}",
        f"- articles: {r.articles_dir}",
    ]
    if r.predictions:
        out.append(f"- predictions: {r.predictions}")
    h = report.headline
    out += [
        "",
        f"**Headline micro F1 {fmt(h.f1)}** (P {fmt(h.precision)}, R {fmt(h.recall)}); "
        f"statistics F1 {fmt(h.statistics_f1)}",
        "",
        "## Fields",
        "",
    ]
    out += _md_table(FIELD_HEADER, field_rows(report))
    out += [
        "",
        "## Scalars",
        "",
        *_md_table(["scalar", "correct", "accuracy"], scalar_rows(report)),
    ]
    out += ["", "## Articles", "", *_md_table(ARTICLE_HEADER, article_rows(report))]
    out += ["", "## Misses, spurious items and partly-right matches", ""]
    listed = 0
    for a in report.articles:
        lines = _problem_lines(a)
        if lines or a.error:
            out.append(f"### {a.article_id}" + (f" (error: {a.error})" if a.error else ""))
            out += ["", *(f"- {line.strip()}" for line in lines), ""]
            listed += 1
    if not listed:
        out.append("None.")
    # Markdown viewers render raw HTML, and ids, errors, evidence and quotes come from
    # articles: every <, > and & is an entity (our own Markdown uses none of them)
    return html.escape("\n".join(out).rstrip(), quote=False) + "\n"


def render_deltas(deltas: Sequence[Delta], baseline_name: str, note: str | None = None) -> str:
    """The regression view printed by ``--baseline``."""

    def sign(d: float | None) -> str:
        return "-" if d is None else f"{d:+.3f}"

    rows = [[d.name, fmt(d.baseline), fmt(d.current), sign(d.delta)] for d in deltas]
    lines = [
        f"against baseline {baseline_name}:",
        *_table(["score", "baseline", "current", "delta"], rows),
    ]
    return "\n".join([*lines, *([note] if note else [])]) + "\n"


def render_json(report: EvalReport) -> str:
    return report.model_dump_json(indent=2) + "\n"


# -- HTML -----------------------------------------------------------------------------------


def highlight_segments(
    text: str, outcomes: Sequence[Outcome], prefix: str
) -> list[tuple[str, str | None, list[str]]]:
    """The article cut at every span boundary: ``(piece, status or None, item ids)``.

    Overlapping spans are cut into pieces covered by the same set of items, so each
    piece lists every item it belongs to; its colour is the worst of their statuses.
    Item ids are ``<prefix>-<outcome index>``.
    """
    spans = [
        (o.start, o.end, f"{prefix}-{k}", o.status)
        for k, o in enumerate(outcomes)
        if o.start is not None and o.end is not None and 0 <= o.start < o.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[tuple[str, str | None, list[str]]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [(ref, st) for s, e, ref, st in spans if s <= a and b <= e]
        status = min((st for _, st in covering), key=STATUS_ORDER.index) if covering else None
        out.append((text[a:b], status, [ref for ref, _ in covering]))
    return out


def render_html(report: EvalReport, articles: dict[str, str]) -> str:
    """``report.html``: ``articles`` maps article id to its text (shown with highlights)."""
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fmt"] = fmt
    sections = []
    for n, a in enumerate(report.articles):
        prefix = f"a{n}"
        text = articles.get(a.article_id, "")
        sections.append(
            {
                "result": a,
                "prefix": prefix,
                "segments": highlight_segments(text, a.outcomes, prefix) if text else [],
                "counts": {s: sum(o.status == s for o in a.outcomes) for s in STATUS_ORDER},
            }
        )
    template = env.get_template(TEMPLATE)
    return template.render(
        report=report,
        rows=field_rows(report),
        header=FIELD_HEADER,
        scalars=scalar_rows(report),
        sections=sections,
        extra=_extra,
    )


def write_reports(report: EvalReport, out_dir: str | Path, articles: dict[str, str]) -> Path:
    """Write ``report.json``, ``report.md`` and ``report.html`` into ``out_dir``/<run name>."""
    folder = Path(out_dir) / report.run.name
    folder.mkdir(parents=True, exist_ok=True)
    # each file whole or not at all: an interrupted run never leaves a half report
    atomic_write_text(folder / "report.json", render_json(report))
    atomic_write_text(folder / "report.md", render_markdown(report))
    atomic_write_text(folder / "report.html", render_html(report, articles))
    return folder
