"""The report writers (pure renderers on hand-made results) and the regression view."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from extractor.evaluation.harness import build_report
from extractor.evaluation.metrics import score_record
from extractor.evaluation.models import EvalReport, Outcome, RunInfo
from extractor.evaluation.regression import below_min_f1, compare_reports, mismatch_note
from extractor.evaluation.report import (
    highlight_segments,
    render_deltas,
    render_html,
    render_markdown,
    render_text,
    write_reports,
)
from extractor.schema import OperationReport

TEXT = (
    "In <Kent> & Medway, 28 arrests were made and 10 deal lines were seized. "
    'DI Kelly Gray said: "We arrested 28 people <script>alert(1)</script> here."'
)


def stat(
    metric: str, value: float, evidence: str, area: str = "Kent", qualifier: str = "exact"
) -> dict[str, object]:
    return {
        "metric": metric,
        "value": value,
        "area": area,
        "evidence": evidence,
        "qualifier": qualifier,
    }


GOLD = OperationReport.model_validate(
    {
        "article_id": "kent",
        "agencies": ["Kent Police"],
        "drugs": ["cocaine"],
        "statistics": [
            stat("arrests", 28, "28 arrests were made", qualifier="more_than"),
            stat("lines_closed", 10, "10 deal lines were seized"),
        ],
        "quotes": [
            {
                "speaker": "Kelly Gray",
                "text": "We arrested 28 people <script>alert(1)</script> here.",
            }
        ],
    },
    context={"article": TEXT},
)
PRED = OperationReport.model_validate(
    {
        "article_id": "kent",
        "agencies": ["Kent Police", "Medway <Council>"],
        "statistics": [
            stat("arrests", 28, "28 arrests"),
            stat("phones_seized", 10, "10 deal lines"),
        ],
        "quotes": [
            {
                "speaker": "Kelly Gray",
                "text": "We arrested 28 people <script>alert(1)</script> here.",
            }
        ],
    },
    context={"article": TEXT},
)


def make_report(pred: OperationReport = PRED, name: str = "t") -> EvalReport:
    result = score_record(GOLD, pred, TEXT)
    info = RunInfo(
        name=name,
        created="2026-01-01T00:00:00+00:00",
        backend="llm",
        model="m<1>",
        mode="tools",
        prompt_version="extract_v1@abc",
        gold_dir="g",
        articles_dir="a",
    )
    return build_report([result], info)


def test_highlight_segments_cut_overlaps_and_keep_every_item() -> None:
    outcomes = [
        Outcome(field="statistics", status="matched", text="a", start=3, end=10),
        Outcome(field="statistics", status="missed", text="b", start=6, end=14),
        Outcome(field="quotes", status="spurious", text="c", start=20, end=25),
        Outcome(field="drugs", status="missed", text="no span"),
    ]
    text = "x" * 30
    segs = highlight_segments(text, outcomes, "a0")
    assert "".join(piece for piece, _, _ in segs) == text
    assert [(len(p), st, refs) for p, st, refs in segs] == [
        (3, None, []),
        (3, "matched", ["a0-0"]),
        (4, "missed", ["a0-0", "a0-1"]),
        (4, "missed", ["a0-1"]),
        (6, None, []),
        (5, "spurious", ["a0-2"]),
        (5, None, []),
    ]


def test_text_report_lists_misses_spurious_and_partial_matches() -> None:
    text = render_text(make_report())
    assert "run t | backend llm | model m<1> | mode tools | prompt extract_v1@abc" in text
    assert (
        "PARTLY statistics: arrests 28 (exact) @ Kent: qualifier: gold more_than, "
        "predicted exact" in text
    )
    assert (
        'MISSED statistics: lines_closed 10 (exact) @ Kent  -- "10 deal lines were seized"' in text
    )
    assert (
        "SPURIOUS statistics: phones_seized 10 (exact) @ Kent [wrong metric? gold has "
        'lines_closed 10 (exact) @ Kent]  -- "10 deal lines"' in text
    )
    assert "MISSED drugs: cocaine" in text and "SPURIOUS agencies: Medway <Council>" in text
    # statistics 1/1/1, agencies 1/1/0, drugs 0/0/1, quotes 1/0/0 -> 3 TP, 2 FP, 2 FN
    assert re.search(
        r"HEADLINE \(micro\)\s+0\.600\s+0\.600\s+0\.600\s+3\s+2\s+2\s+"
        r"statistics F1 0\.500",
        text,
    )
    assert "qualifier 0.000 (0/1)" in text and "text overlap 1.000 (1/1)" in text
    assert "MISSED" not in render_text(make_report(), details=False)


def test_markdown_report() -> None:
    md = render_markdown(make_report())
    assert md.startswith("# Evaluation report: t\n")
    assert "| statistics | 0.500 | 0.500 | 0.500 | 1 | 1 | 1 | qualifier 0.000 (0/1) |" in md
    assert "| HEADLINE (micro) | 0.600 | 0.600 | 0.600 | 3 | 2 | 2 | statistics F1 0.500 |" in md
    assert "**Headline micro F1 0.600**" in md
    assert "- MISSED drugs: cocaine" in md


def test_markdown_report_escapes_html_from_article_text() -> None:
    """A Markdown viewer renders raw HTML: article text must not become markup there."""
    hostile = PRED.model_copy(update={"agencies": ["Kent Police", "<script>alert(1)</script>"]})
    md = render_markdown(make_report(hostile))
    assert "<script>" not in md and "<Council>" not in md
    assert "SPURIOUS agencies: &lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "**Headline micro F1" in md  # our own Markdown is left alone


class Collect(HTMLParser):
    """Tags, classes and text of a page, parsed the way a browser tokenises it."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_escaped_self_contained_and_counts_match() -> None:
    report = make_report()
    page = render_html(report, {"kent": TEXT})
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;Kent&gt; &amp; Medway" in page and "Medway &lt;Council&gt;" in page
    assert not re.search(r"(https?:)?//[\w.-]+\.\w", page.replace("http-equiv", ""))
    assert "<link" not in page and " src=" not in page and "@import" not in page
    parsed = Collect()
    parsed.feed(page)
    rows = [a.get("class", "") or "" for t, a in parsed.tags if t == "tr"]
    h = report.headline
    assert sum(c == "outcome matched" for c in rows) == h.tp
    assert sum(c == "outcome missed" for c in rows) == h.fn
    assert sum(c == "outcome spurious" for c in rows) == h.fp
    marks = [a for t, a in parsed.tags if t == "mark"]
    refs = {r for a in marks for r in (a.get("data-refs") or "").split()}
    outcomes = report.articles[0].outcomes
    with_span = {f"a0-{k}" for k, o in enumerate(outcomes) if o.start is not None}
    assert refs == with_span and len(with_span) == 4  # three statistics and the quote
    assert "0.600" in "".join(parsed.text)


def test_html_without_the_article_text_still_renders() -> None:
    page = render_html(make_report(), {})
    assert "<mark" not in page and 'class="outcome missed"' in page


def test_write_reports(tmp_path: Path) -> None:
    report = make_report()
    folder = write_reports(report, tmp_path, {"kent": TEXT})
    assert folder == tmp_path / "t"
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert data["headline"]["f1"] == 0.6 and data["fields"][0]["qualifier_accuracy"] == 0.0
    assert EvalReport.model_validate(data) == report
    assert (folder / "report.md").read_text(encoding="utf-8") == render_markdown(report)
    assert (folder / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_compare_reports_and_gate() -> None:
    before = make_report(GOLD, name="before")
    after = make_report()
    rows = {d.name: d for d in compare_reports(after, before)}
    assert rows["headline F1"].baseline == 1.0 and rows["headline F1"].current == 0.6
    assert rows["headline F1"].delta == -0.4
    assert rows["drugs F1"].delta == -1.0 and rows["quotes F1"].delta == 0.0
    assert rows["qualifier accuracy"].delta == -1.0
    text = render_deltas(list(rows.values()), "before/report.json")
    assert re.search(r"headline F1\s+1\.000\s+0\.600\s+-0\.400", text)
    assert mismatch_note(after, before) is None
    assert below_min_f1(after, 0.61) and not below_min_f1(after, 0.6)


def test_mismatched_article_sets_are_flagged() -> None:
    other = make_report()
    other.articles[0].article_id = "essex"
    note = mismatch_note(make_report(), other)
    assert note and "1 article(s), this run 1; 0 in common" in note
