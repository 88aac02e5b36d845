"""Rules backend end to end: seed articles against the gold records, grounding, purity."""

from __future__ import annotations

import builtins
import json
import os
import socket
from pathlib import Path

import pytest

from extractor import Extractor
from extractor.rules import extract_report
from extractor.rules.restatements import drop_restatements
from extractor.schema import Metric, OperationReport, Qualifier, Statistic

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DEV = ROOT / "evals" / "dev"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_records_are_grounded_with_exact_offsets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = extract_report(text, article_id=path.stem)
    assert report.statistics and report.quotes
    for s in report.statistics:
        assert text[s.evidence_start : s.evidence_end] == s.evidence
    for q in report.quotes:
        assert text[q.text_start : q.text_end] == q.text
    # and the schema's own grounding agrees
    OperationReport.model_validate(report.model_dump(), context={"article": text})


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_one_statistic_per_metric_area_value(path: Path) -> None:
    report = extract_report(path.read_text(encoding="utf-8"), article_id=path.stem)
    seen = [(s.metric, s.area.lower(), float(s.value)) for s in report.statistics]
    assert len(seen) == len(set(seen))


def test_deterministic() -> None:
    text = SEEDS[2].read_text(encoding="utf-8")
    a = extract_report(text, article_id="x").model_dump()
    b = extract_report(text, article_id="x").model_dump()
    assert a == b


def test_pure_no_file_network_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the rules backend touched the outside world")

    class NoEnviron(dict):  # type: ignore[type-arg]
        def __getitem__(self, key: str) -> str:
            raise AssertionError(f"read os.environ[{key!r}]")

        def get(self, key: str, default: object = None) -> str:  # type: ignore[override]
            raise AssertionError(f"read os.environ[{key!r}]")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(os, "environ", NoEnviron())
    for i, text in enumerate(texts):
        assert extract_report(text, article_id=str(i)).statistics


def test_published_argument_wins_over_the_date_line() -> None:
    from datetime import date

    text = SEEDS[0].read_text(encoding="utf-8")
    assert extract_report(text, article_id="x").published == date(2021, 10, 22)
    assert extract_report(text, article_id="x", published=date(2020, 1, 1)).published == date(
        2020, 1, 1
    )


@pytest.mark.parametrize(
    "text",
    [
        "£",
        "£,",
        "1,2,3",
        '"',
        '" said:',
        " date 2021-13-45 x",
        "İstanbul İ 12 arrests",
        "12" * 1000,
        "Arrests:",
        "• 5",
        "£0 in cash",
        "In Kent, In Essex, In",
        "twenty-",
        "Op. X",
    ],
)
def test_odd_input_never_breaks_the_backend(text: str) -> None:
    report = extract_report(text, article_id="x")
    OperationReport.model_validate(report.model_dump(), context={"article": text})


def test_empty_and_figureless_articles_give_empty_records() -> None:
    assert extract_report("   ", article_id="x").statistics == []
    report = extract_report("The library has reopened after a refurbishment.", article_id="x")
    assert report.statistics == [] and report.agencies == [] and not report.week_of_action


def test_restatement_needs_a_compatible_exact_figure() -> None:
    def stat(value: float, qualifier: Qualifier, area: str = "Kent") -> Statistic:
        return Statistic(
            metric=Metric.arrests, value=value, qualifier=qualifier, area=area, evidence=str(value)
        )

    kept = drop_restatements(
        [
            stat(151, Qualifier.exact),
            stat(150, Qualifier.more_than),
            stat(100, Qualifier.more_than),
            stat(150, Qualifier.more_than, "Essex"),
        ]
    )
    assert [(s.value, s.area) for s in kept] == [(151, "Kent"), (100, "Kent"), (150, "Essex")]


def test_rules_backend_through_the_public_api() -> None:
    with Extractor(backend="rules") as extractor:
        report = extractor.extract_file(SEEDS[4])
    assert report.provenance is not None and report.provenance.backend == "rules"
    assert report.article_id == SEEDS[4].stem
    assert ("arrests", "national", 700) in {
        (s.metric.value, s.area, s.value) for s in report.statistics
    }


def _harness():  # type: ignore[no-untyped-def]
    harness = pytest.importorskip("extractor.evaluation.harness")
    return harness.evaluate


def test_seed_gold_targets() -> None:
    """Issue 4's target on the seeds: headline F1 >= 0.90 and statistics F1 >= 0.90."""
    if not any((ROOT / "evals" / "gold").glob("*.json")):
        pytest.skip("no seed gold records")
    report = _harness()(
        Extractor(backend="rules"), gold_dir=ROOT / "evals" / "gold", articles_dir=ROOT / "seeds"
    )
    assert report.headline.f1 >= 0.90
    assert report.headline.statistics_f1 >= 0.90


def test_dev_set_generalisation() -> None:
    """Articles the patterns were not written for: the goal is headline F1 >= 0.85."""
    if not any((DEV / "gold").glob("*.json")):
        pytest.skip("no dev gold records")
    report = _harness()(
        Extractor(backend="rules"), gold_dir=DEV / "gold", articles_dir=DEV / "articles"
    )
    assert report.headline.f1 >= 0.85


def test_cli_extract_says_which_backend(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACTOR_"))}
    env["EXTRACTOR_CACHE_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(SEEDS[2])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "rules" in done.stderr
    record = json.loads(done.stdout.splitlines()[0])
    assert record["article_id"] == SEEDS[2].stem and len(record["statistics"]) >= 15


OFF_TOPIC = (
    " date 2025-03-02 \n"
    + """Town council approves budget for new leisure centre

Councillors in Basingstoke voted 32 to 9 on Tuesday to approve a £3.2m budget for a new
leisure centre, expected to attract more than 150,000 visitors a year.
The scheme will create 45 jobs and includes two swimming pools, 12 badminton courts and
parking for 300 cars.
Council leader Jane Smith said: "This is a great day for the town. We have listened to more
than 2,000 residents."
Police were called to the meeting after a protest, but no arrests were made.
"""
)


def test_an_article_not_about_drugs_enforcement_gets_no_figures() -> None:
    """Not about county lines: its numbers are not seizures or outreach."""
    report = extract_report(OFF_TOPIC, article_id="x")
    assert report.statistics == []
    assert report.drugs == [] and report.weapons == []
    # the same sentences read as figures once the article is about drugs
    on_topic = OFF_TOPIC + "\nOfficers later seized cocaine and 300 cars linked to county lines.\n"
    assert extract_report(on_topic, article_id="x").statistics
    # and a bare sentence can still be read with the check off
    assert extract_report("Police seized 300 cars.", article_id="x", topic_check=False).statistics
