"""The harness: gold and predictions in, ``EvalReport`` out; the CLI around it; and the harness
checking itself end to end through the LLM path against the loopback server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extractor import Extractor, OperationReport
from extractor.cli import EXIT_BELOW_MIN_F1, main
from extractor.errors import AuthenticationFailed, EndpointUnreachable, EvaluationError
from extractor.evaluation import EvalReport, evaluate, load_report
from extractor.testing import OpenAIServer
from extractor.testing.openai_server import Fault, RecordedRequest, Reply, gold_responder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evals" / "gold"

KENT = (
    " date 2022-03-18 In Kent, 28 arrests were made and 10 deal lines were seized. "
    "Kent Police said cocaine was found.\n\nDetective Inspector Kelly Gray said: "
    '"We arrested 28 people this week in Kent."\n'
)
ESSEX = "In Essex, 44 arrests were made and 12 deal lines were seized by Essex Police.\n"

KENT_GOLD: dict[str, Any] = {
    "article_id": "kent",
    "published": "2022-03-18",
    "week_of_action": False,
    "agencies": ["Kent Police"],
    "locations": ["Kent"],
    "drugs": ["cocaine"],
    "statistics": [
        {"metric": "arrests", "value": 28, "area": "Kent", "evidence": "28 arrests were made"},
        {
            "metric": "lines_closed",
            "value": 10,
            "area": "Kent",
            "evidence": "10 deal lines were seized",
        },
    ],
    "quotes": [{"speaker": "Kelly Gray", "text": "We arrested 28 people this week in Kent."}],
}
ESSEX_GOLD: dict[str, Any] = {
    "article_id": "essex",
    "agencies": ["Essex Police"],
    "locations": ["Essex"],
    "statistics": [
        {"metric": "arrests", "value": 44, "area": "Essex", "evidence": "44 arrests were made"},
        {"metric": "lines_closed", "value": 12, "area": "Essex", "evidence": "12 deal lines"},
    ],
}
KENT_ITEMS = 2 + 1 + 1 + 1 + 1  # statistics, agencies, locations, drugs, quotes
ESSEX_ITEMS = 2 + 1 + 1


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A two-article gold set: (gold_dir, articles_dir)."""
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    (articles / "kent.txt").write_text(KENT, encoding="utf-8")
    (articles / "essex.txt").write_text(ESSEX, encoding="utf-8")
    (gold / "kent.json").write_text(json.dumps(KENT_GOLD), encoding="utf-8")
    (gold / "essex.json").write_text(json.dumps(ESSEX_GOLD), encoding="utf-8")
    return gold, articles


def rec(data: dict[str, Any], **changes: Any) -> OperationReport:
    return OperationReport.model_validate({**data, **changes})


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


# -- evaluate() on records ---------------------------------------------------------------------


def test_perfect_records_score_one(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    report = evaluate(
        [rec(KENT_GOLD), rec(ESSEX_GOLD)], gold_dir=gold, articles_dir=articles, run="perfect"
    )
    assert report.headline.f1 == 1.0 and report.headline.tp == KENT_ITEMS + ESSEX_ITEMS
    assert report.run.name == "perfect" and report.errors == []
    assert [a.article_id for a in report.articles] == ["essex", "kent"]
    assert all(s.accuracy == 1.0 for s in report.scalars)
    # report.json is exactly the model: it loads back equal
    assert EvalReport.model_validate_json(report.model_dump_json()) == report


def test_errors_cost_exactly_what_they_imply(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    kent = rec(
        KENT_GOLD,
        statistics=[{**KENT_GOLD["statistics"][0], "value": 29}],
        drugs=["cocaine", "heroin"],
    )  # wrong value, missing stat, spurious drug
    essex = rec(ESSEX_GOLD, locations=["Essex", "Chelmsford"], week_of_action=True)
    report = evaluate({"kent": kent, "essex": essex}, gold_dir=gold, articles_dir=articles)
    tp = KENT_ITEMS + ESSEX_ITEMS - 2
    assert (report.headline.tp, report.headline.fp, report.headline.fn) == (tp, 3, 2)
    assert report.headline.f1 == f1(tp, 3, 2)
    stats = report.field("statistics")
    assert (stats.tp, stats.fp, stats.fn) == (2, 1, 2)
    assert report.headline.statistics_f1 == f1(2, 1, 2)
    assert report.field("drugs").fp == 1 and report.field("locations").fp == 1
    week = report.scalar("week_of_action")
    assert (week.correct, week.total) == (1, 2)


def test_missing_prediction_is_an_empty_record_and_an_error(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    report = evaluate([rec(KENT_GOLD)], gold_dir=gold, articles_dir=articles)
    assert report.errors == ["essex: no prediction for this article"]
    assert (report.headline.tp, report.headline.fn) == (KENT_ITEMS, ESSEX_ITEMS)


# -- predictions files ---------------------------------------------------------------------------


def test_jsonl_predictions_with_an_error_line(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    gold, articles = corpus
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [
            rec(KENT_GOLD).model_dump(mode="json"),
            {
                "article_id": "essex",
                "error": {"cause": "TransportError", "message": "503 overloaded"},
            },
            rec(KENT_GOLD, article_id="not-in-gold").model_dump(mode="json"),
        ],
    )
    report = evaluate(path, gold_dir=gold, articles_dir=articles)
    assert report.errors == ["essex: 503 overloaded"]
    assert report.run.predictions == str(path)
    h = report.headline
    assert (h.tp, h.fp, h.fn) == (KENT_ITEMS, 0, ESSEX_ITEMS)


def test_a_later_success_replaces_an_earlier_failure(
    corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    gold, articles = corpus
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [
            {"article_id": "essex", "error": "timed out"},
            rec(ESSEX_GOLD).model_dump(mode="json"),
            rec(KENT_GOLD).model_dump(mode="json"),
        ],
    )
    report = evaluate(path, gold_dir=gold, articles_dir=articles)
    assert report.headline.f1 == 1.0 and report.errors == []


@pytest.mark.parametrize(
    "rows,message",
    [
        (["{not json"], "line 1: not JSON"),
        ([[1, 2]], "line 1: a JSON object was expected"),
        ([{"statistics": []}], "line 1: no article_id"),
        ([KENT_GOLD, KENT_GOLD], "line 2: a second record for kent (the first is on line 1)"),
        (
            [
                {
                    **KENT_GOLD,
                    "statistics": [
                        {"metric": "bogus", "value": 1, "area": "Kent", "evidence": "x"}
                    ],
                }
            ],
            "line 1 (kent): invalid at statistics.0.metric",
        ),
        ([{**KENT_GOLD, "article_id": "elsewhere"}], "no prediction is for an article with gold"),
    ],
)
def test_bad_predictions_are_named(
    corpus: tuple[Path, Path], tmp_path: Path, rows: list[Any], message: str
) -> None:
    gold, articles = corpus
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    with pytest.raises(EvaluationError) as info:
        evaluate(path, gold_dir=gold, articles_dir=articles)
    assert message in info.value.message


def test_unreadable_predictions_file(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    gold, articles = corpus
    with pytest.raises(EvaluationError, match="cannot read"):
        evaluate(tmp_path / "nope.jsonl", gold_dir=gold, articles_dir=articles)


def test_wrong_prediction_types(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    with pytest.raises(EvaluationError, match="is a dict, not an OperationReport"):
        evaluate({"kent": KENT_GOLD}, gold_dir=gold, articles_dir=articles)
    with pytest.raises(EvaluationError, match="cannot evaluate a int"):
        evaluate(42, gold_dir=gold, articles_dir=articles)
    with pytest.raises(EvaluationError, match="two predictions for article kent"):
        evaluate([rec(KENT_GOLD), rec(KENT_GOLD)], gold_dir=gold, articles_dir=articles)


# -- gold problems ------------------------------------------------------------------------------


def test_gold_problems_are_named(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    gold, articles = corpus
    records = [rec(KENT_GOLD), rec(ESSEX_GOLD)]
    with pytest.raises(EvaluationError, match="does not exist"):
        evaluate(records, gold_dir=tmp_path / "nowhere", articles_dir=articles)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(EvaluationError, match="holds no <article_id>.json"):
        evaluate(records, gold_dir=empty, articles_dir=articles)
    (articles / "essex.txt").unlink()
    with pytest.raises(EvaluationError, match="essex.json: its article cannot be read"):
        evaluate(records, gold_dir=gold, articles_dir=articles)
    (articles / "essex.txt").write_text(ESSEX, encoding="utf-8")
    bad = {**ESSEX_GOLD, "statistics": [{**ESSEX_GOLD["statistics"][0], "evidence": "55 arrests"}]}
    (gold / "essex.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(
        EvaluationError, match="essex.json: invalid: Not grounded .* '55 arrests' does not occur"
    ):
        evaluate(records, gold_dir=gold, articles_dir=articles)
    (gold / "essex.json").write_text("{", encoding="utf-8")
    with pytest.raises(EvaluationError, match="not readable JSON"):
        evaluate(records, gold_dir=gold, articles_dir=articles)


def test_baseline_problems_are_named(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read"):
        load_report(tmp_path / "missing.json")
    (tmp_path / "x.json").write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="not an evaluation report"):
        load_report(tmp_path / "x.json")


# -- an extractor, over the wire ------------------------------------------------------------------


def llm(server: OpenAIServer) -> Extractor:
    return Extractor(
        backend="llm", base_url=server.base_url, api_key="test", use_cache=False, max_attempts=1
    )


def test_a_failed_extraction_is_listed_and_the_run_goes_on(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    kent = gold_responder(gold, articles)

    def respond(request: RecordedRequest) -> Fault | Reply:
        if "Essex" in request.user_text:
            return Fault.http(400, "the model does not like Essex")
        return kent(request)

    with OpenAIServer(respond) as server:
        report = evaluate(llm(server), gold_dir=gold, articles_dir=articles, run="wire")
    by_id = {a.article_id: a for a in report.articles}
    assert by_id["essex"].error and "the model does not like Essex" in by_id["essex"].error
    assert by_id["kent"].error is None and by_id["kent"].headline.f1 == 1.0
    assert (report.headline.tp, report.headline.fn) == (KENT_ITEMS, ESSEX_ITEMS)
    assert report.run.backend == "llm" and report.run.model and report.run.prompt_version


def test_a_refused_key_stops_the_run_after_one_request(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    with OpenAIServer(lambda request: Fault.http(401)) as server:
        with pytest.raises(AuthenticationFailed):
            evaluate(llm(server), gold_dir=gold, articles_dir=articles)
        assert len(server.completion_requests) == 1


def test_an_unreachable_endpoint_stops_the_run(corpus: tuple[Path, Path]) -> None:
    gold, articles = corpus
    with OpenAIServer() as server:
        url = server.base_url  # the port was bound and is closed after this: refused
    dead = Extractor(
        backend="llm", base_url=url, api_key="test", use_cache=False, max_attempts=1, timeout=5.0
    )
    with pytest.raises(EndpointUnreachable):
        evaluate(dead, gold_dir=gold, articles_dir=articles)


def gold_counts() -> tuple[int, int, int]:
    """(statistics, other items, articles with two or more statistics) over the seed gold."""
    stats = other = planted = 0
    for path in sorted(GOLD.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        stats += len(g["statistics"])
        other += sum(
            len(g[f])
            for f in ("operation_names", "agencies", "locations", "drugs", "weapons", "quotes")
        )
        planted += len(g["statistics"]) >= 2
    return stats, other, planted


def test_gold_answers_through_the_llm_path_score_exactly_one() -> None:
    with OpenAIServer(gold_responder(GOLD, SEEDS)) as server:
        report = evaluate(llm(server), gold_dir=GOLD, articles_dir=SEEDS)
        assert len(server.completion_requests) == len(list(GOLD.glob("*.json")))
    stats, other, _ = gold_counts()
    assert report.headline.f1 == 1.0 and report.headline.statistics_f1 == 1.0
    assert (report.headline.tp, report.headline.fp, report.headline.fn) == (stats + other, 0, 0)
    assert report.errors == []
    assert all(s.accuracy == 1.0 for s in report.scalars)


def plant_errors(article_id: str, record: dict[str, Any]) -> dict[str, Any]:
    """One figure under the wrong area (the first statistic) and one missing (the second).

    (A wrong value with the gold evidence no longer gets through: the evidence must
    state the value, so the answer would be re-asked.)"""
    stats = record["statistics"]
    if len(stats) >= 2:
        stats[0]["area"] = "Atlantis"
        del stats[1]
    return record


def test_planted_errors_through_the_llm_path_score_what_they_imply() -> None:
    with OpenAIServer(gold_responder(GOLD, SEEDS, transform=plant_errors)) as server:
        report = evaluate(llm(server), gold_dir=GOLD, articles_dir=SEEDS)
    stats, other, k = gold_counts()
    assert k == len(list(GOLD.glob("*.json")))  # every seed article has two or more figures
    # each article: the wrong area is one spurious + one missed, the dropped one is missed
    s_tp, s_fp, s_fn = stats - 2 * k, k, 2 * k
    got = report.field("statistics")
    assert (got.tp, got.fp, got.fn) == (s_tp, s_fp, s_fn)
    assert got.qualifier_accuracy == 1.0
    assert report.headline.statistics_f1 == f1(s_tp, s_fp, s_fn)
    h = report.headline
    assert (h.tp, h.fp, h.fn) == (s_tp + other, s_fp, s_fn)
    assert report.headline.f1 == f1(s_tp + other, s_fp, s_fn)
    for a in report.articles:
        assert sorted(o.status for o in a.outcomes if o.status != "matched") == [
            "missed",
            "missed",
            "spurious",
        ]


# -- the CLI ---------------------------------------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_eval_predictions_writes_reports(
    corpus: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, articles = corpus
    kent = rec(KENT_GOLD, statistics=KENT_GOLD["statistics"][:1])
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [kent.model_dump(mode="json"), rec(ESSEX_GOLD).model_dump(mode="json")],
    )
    out_dir = tmp_path / "reports"
    code, out, err = cli(
        capsys,
        "eval",
        "--predictions",
        str(path),
        "--gold",
        str(gold),
        "--articles",
        str(articles),
        "--out",
        str(out_dir),
        "--run",
        "one",
    )
    assert code == 0, err
    tp = KENT_ITEMS + ESSEX_ITEMS - 1
    assert f"HEADLINE (micro)  {f1(tp, 0, 1):.3f}" not in out  # columns are P, R, F1
    headline = next(line for line in out.splitlines() if line.startswith("HEADLINE"))
    assert headline.split()[2:8] == [
        "1.000",
        f"{tp / (tp + 1):.3f}",
        f"{f1(tp, 0, 1):.3f}",
        str(tp),
        "0",
        "1",
    ]
    assert "MISSED statistics: lines_closed 10 (exact) @ Kent" in out
    assert '"10 deal lines were seized"' in out
    folder = out_dir / "one"
    assert {p.name for p in folder.iterdir()} == {"report.json", "report.md", "report.html"}
    saved = load_report(folder / "report.json")
    assert saved.headline.tp == tp and saved.run.predictions == str(path)

    # the same run against itself as baseline: all deltas zero; a gate above the score fails
    code, out, err = cli(
        capsys,
        "eval",
        "--predictions",
        str(path),
        "--gold",
        str(gold),
        "--articles",
        str(articles),
        "--out",
        str(out_dir),
        "--run",
        "two",
        "--baseline",
        str(folder / "report.json"),
        "--min-f1",
        "0.99",
        "--brief",
    )
    assert code == EXIT_BELOW_MIN_F1
    assert f"headline F1 {f1(tp, 0, 1):.3f} is below --min-f1 0.99" in err
    assert "against baseline" in out and "MISSED" not in out
    deltas = [line.split()[-1] for line in out.splitlines() if line.endswith(("+0.000", "-0.000"))]
    assert len(deltas) >= 10
    code, _, _ = cli(
        capsys,
        "eval",
        "--predictions",
        str(path),
        "--gold",
        str(gold),
        "--articles",
        str(articles),
        "--out",
        str(out_dir),
        "--min-f1",
        "0.5",
    )
    assert code == 0


def test_cli_eval_baseline_shows_a_regression(
    corpus: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, articles = corpus
    good = write_jsonl(
        tmp_path / "good.jsonl",
        [rec(KENT_GOLD).model_dump(mode="json"), rec(ESSEX_GOLD).model_dump(mode="json")],
    )
    worse = write_jsonl(
        tmp_path / "worse.jsonl",
        [rec(KENT_GOLD, drugs=[]).model_dump(mode="json"), rec(ESSEX_GOLD).model_dump(mode="json")],
    )
    common = ["--gold", str(gold), "--articles", str(articles), "--out", str(tmp_path / "r")]
    assert cli(capsys, "eval", "--predictions", str(good), "--run", "base", *common)[0] == 0
    code, out, err = cli(
        capsys,
        "eval",
        "--predictions",
        str(worse),
        "--run",
        "new",
        "--baseline",
        str(tmp_path / "r" / "base" / "report.json"),
        "--backend",
        "llm",
        *common,
    )
    assert code == 0
    assert "the backend flags are ignored" in err
    rows = {
        line.split("  ")[0].strip(): line.split()
        for line in out.splitlines()
        if "F1" in line and line.split()[-1][:1] in "+-"
    }
    assert rows["drugs F1"][-3:] == ["1.000", "0.000", "-1.000"]
    tp = KENT_ITEMS + ESSEX_ITEMS
    assert rows["headline F1"][-1] == f"{f1(tp - 1, 0, 1) - 1.0:+.3f}"


@pytest.mark.parametrize(
    "argv,code,message",
    [
        (
            ["--baseline", "/nonexistent/report.json"],
            7,
            "baseline /nonexistent/report.json: cannot read",
        ),
        (["--min-f1", "1.5"], 2, "--min-f1 1.5 is not between 0 and 1"),
        (["--run", "../escape"], 2, "must be a plain folder name"),
        (["--gold", "/nonexistent"], 7, "gold folder /nonexistent does not exist"),
    ],
)
def test_cli_eval_bad_flags(
    corpus: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    gold, articles = corpus
    path = write_jsonl(tmp_path / "p.jsonl", [rec(KENT_GOLD).model_dump(mode="json")])
    base = [
        "eval",
        "--predictions",
        str(path),
        "--gold",
        str(gold),
        "--articles",
        str(articles),
        "--out",
        str(tmp_path / "r"),
    ]
    if argv[0] == "--gold":
        base = base[:3] + base[5:]
    got, _, err = cli(capsys, *base, *argv)
    assert got == code
    assert message in err


def test_cli_eval_rules_backend_on_the_seeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's command, from the project root, on the committed gold."""
    monkeypatch.chdir(ROOT)
    code, out, err = cli(capsys, "eval", "--backend", "rules", "--out", str(tmp_path), "--run", "r")
    assert code == 0, err
    assert "using the rules backend" in err
    report = load_report(tmp_path / "r" / "report.json")
    assert len(report.articles) == len(list(GOLD.glob("*.json")))
    assert report.run.backend == "rules"
    assert f"headline micro F1 {report.headline.f1:.3f}" in out


def test_cli_eval_as_a_process(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    gold, articles = corpus
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [rec(KENT_GOLD).model_dump(mode="json"), rec(ESSEX_GOLD).model_dump(mode="json")],
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "extractor.cli",
            "eval",
            "--predictions",
            str(path),
            "--gold",
            str(gold),
            "--articles",
            str(articles),
            "--out",
            str(tmp_path / "r"),
            "--run",
            "p",
            "--min-f1",
            "1.0",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "headline micro F1 1.000" in done.stdout
    assert (tmp_path / "r" / "p" / "report.html").exists()
