"""``report.html`` rendered in a real headless browser (Debian's chromium), asserted on its DOM.

Chromium is installed by ``.ci/run``; under ``CI=true`` a missing browser fails the test,
elsewhere it skips. The screenshot is kept in ``artifacts/report.png`` (gitignored).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from extractor.evaluation import EvalReport, evaluate, read_article_texts, write_reports
from extractor.schema import OperationReport

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evals" / "gold"
ARTIFACTS = ROOT / "artifacts"

pytestmark = pytest.mark.browser

HOSTILE = (
    "In Kent, 28 arrests were made. <script>document.title='pwned'</script>"
    "<img src=x onerror=\"document.title='pwned'\"> Kent Police & partners took part.\n"
)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail("chromium is not installed: .ci/run installs Debian's chromium for this test")
    pytest.skip("chromium is not installed (apt-get install chromium)")


@pytest.mark.parametrize(
    "ci, outcome", [("true", "fail"), ("1", "fail"), ("", "skip"), (None, "skip")]
)
def test_a_missing_chromium_skips_with_its_reason_and_fails_under_ci(
    ci: str | None, outcome: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's test command on a fresh machine (no chromium) must not fail; CI must."""
    monkeypatch.setattr(shutil, "which", lambda name: None)
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    expected = pytest.fail.Exception if outcome == "fail" else pytest.skip.Exception
    with pytest.raises(expected, match="chromium is not installed"):
        chromium()


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


class Dom(HTMLParser):
    """Elements of the rendered DOM with their attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[dict[str, Any]] = []
        self._open: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(el)
        if tag not in {"meta", "br", "img", "input", "link", "hr"}:
            self._open.append(el)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i]["tag"] == tag:
                del self._open[i:]
                break
        if tag in {"td", "th", "tr", "div", "p", "dd", "dt", "span"}:
            self.handle_data(" ")  # cells read as separate words, as a browser lays them out

    def handle_data(self, data: str) -> None:
        for el in self._open:
            el["text"] += data

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, Any]]:
        out = []
        for el in self.elements:
            if tag and el["tag"] != tag:
                continue
            wanted = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
            if all(_has(el["attrs"].get(k), v) for k, v in wanted.items()):
                out.append(el)
        return out


def _has(actual: str | None, wanted: str) -> bool:
    if actual is None:
        return False
    return set(wanted.split()) <= set(actual.split()) if wanted else True


def planted(gold: dict[str, Any]) -> OperationReport:
    """The gold with one wrong value, one missing statistic, a spurious drug, a lost agency."""
    g = json.loads(json.dumps(gold))
    if len(g["statistics"]) >= 2:
        g["statistics"][0]["value"] = g["statistics"][0]["value"] * 10 + 7
        del g["statistics"][1]
    g["drugs"] = [*g["drugs"], "ketamine"]
    g["agencies"] = g["agencies"][1:]
    return OperationReport.model_validate(g)


@pytest.fixture
def report_dir(tmp_path: Path) -> tuple[EvalReport, Path]:
    gold_dir, articles = tmp_path / "gold", tmp_path / "articles"
    shutil.copytree(GOLD, gold_dir)
    shutil.copytree(SEEDS, articles)
    (articles / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (gold_dir / "zz_hostile.json").write_text(
        json.dumps(
            {
                "agencies": ["Kent Police"],
                "locations": ["Kent"],
                "statistics": [
                    {
                        "metric": "arrests",
                        "value": 28,
                        "area": "Kent",
                        "evidence": "28 arrests were made",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    preds = [planted(g) for g in golds]
    report = evaluate(preds, gold_dir=gold_dir, articles_dir=articles, run="browser")
    folder = write_reports(report, tmp_path / "reports", read_article_texts(report))
    return report, folder / "report.html"


def test_report_renders_in_chromium(report_dir: tuple[EvalReport, Path], tmp_path: Path) -> None:
    binary = chromium()
    report, page = report_dir
    dom_text = run_chromium(binary, tmp_path / "profile", "--dump-dom", page.as_uri()).stdout
    dom = Dom()
    dom.feed(dom_text)

    # nothing in an article ran or became markup
    assert not dom.find("script") and not dom.find("img")
    assert [el["text"] for el in dom.find("title")] == ["Evaluation report: browser"]
    hostile = dom.find("section", id="article-zz_hostile")[0]
    assert "<script>document.title='pwned'</script>" in hostile["text"]

    # the headline and the run settings are on the page
    h = report.headline
    assert dom.find(id="headline-f1")[0]["text"].strip() == f"{h.f1:.3f}"
    assert dom.find(id="statistics-f1")[0]["text"].strip() == f"{h.statistics_f1:.3f}"
    settings = {
        el["attrs"]["data-setting"]: el["text"].strip()
        for el in dom.find("dd")
        if "data-setting" in el["attrs"]
    }
    assert settings["backend"] == "-" and settings["date"] == report.run.created
    table = dom.find("tr", data_field="HEADLINE (micro)")[0]["text"].split()
    assert table[2:8] == [
        f"{h.precision:.3f}",
        f"{h.recall:.3f}",
        f"{h.f1:.3f}",
        str(h.tp),
        str(h.fp),
        str(h.fn),
    ]

    # one item row per scored item, colour-coded: counts equal to the scores
    assert len(dom.find("tr", class_="outcome matched")) == h.tp
    assert len(dom.find("tr", class_="outcome missed")) == h.fn
    assert len(dom.find("tr", class_="outcome spurious")) == h.fp
    assert h.tp and h.fp and h.fn
    stats = report.field("statistics")
    assert len(dom.find("tr", class_="outcome missed", data_field="statistics")) == stats.fn
    assert len(dom.find("tr", class_="outcome spurious", data_field="statistics")) == stats.fp

    # every item with a span is highlighted in its article, in its status's colour
    for n, article in enumerate(report.articles):
        section = dom.find("section", id=f"article-{article.article_id}")
        assert section, article.article_id
        marks = [
            el
            for el in dom.find("mark")
            if el["attrs"]["data-refs"].split()[0].startswith(f"a{n}-")
        ]
        refs = {r for el in marks for r in el["attrs"]["data-refs"].split()}
        spanned = {f"a{n}-{k}" for k, o in enumerate(article.outcomes) if o.start is not None}
        assert refs == spanned
        for el in marks:
            if len(el["attrs"]["data-refs"].split()) == 1:
                k = int(el["attrs"]["data-refs"].split("-")[1])
                assert _has(el["attrs"]["class"], article.outcomes[k].status)
    legend = dom.find(id="legend")[0]["text"]
    assert all(word in legend for word in ("matched", "missed", "spurious"))

    # the screenshot, kept as an artifact of the run
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    run_chromium(
        binary,
        tmp_path / "profile2",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
        page.as_uri(),
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_a_missing_browser_fails_under_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="chromium is not installed"):
        chromium()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        chromium()
