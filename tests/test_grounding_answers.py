"""Grounding that cannot be gamed, and answers a small model can meet: the value must be
stated by the evidence, spans too short to state anything are refused, nearly verbatim
spans are snapped to the article's words, and the policy for what is left (reask / drop /
fail). Pure checks on strings first, then the same over the wire."""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from extractor.config import Settings
from extractor.errors import TruncatedOutput, UngroundedAnswer
from extractor.grounding import ArticleIndex
from extractor.llm.salvage import close_json
from extractor.numerals import numbers_in, states_value
from extractor.pipeline import Extractor
from extractor.schema import GroundingNotes, OperationReport, ground_report
from extractor.testing import OpenAIServer, Reply

ARTICLE = (
    " date 2024-03-18 Police in Kent made 22 arrests during a week of action. "
    "Officers seized £1.2m of cocaine and more than £150,000 in cash, and closed "
    "twenty-five deal lines. Two dozen people were safeguarded.\n"
    'Detective Inspector Jo Bloggs said: "We will keep going after these gangs."\n'
)


@pytest.mark.parametrize(
    "text,value",
    [
        ("two dozen arrests", 24),
        ("two-hundred people", 200),
        ("five-hundred officers", 500),
        ("two-thousand homes", 2000),
        ("twenty-five deal lines", 25),
        ("one hundred and twelve arrests", 112),
        ("a dozen wraps", 12),
        ("£1.2m of cocaine", 1_200_000),
        ("£7K in cash", 7000),
        ("£40k-plus", 40_000),
        ("1,300 people", 1300),
        ("1300 people", 1300),
        ("£3bn", 3_000_000_000),
        ("1.2 million pounds", 1_200_000),
        ("500g of heroin", 0.5),
        ("1.5 tonnes of cannabis", 1500),
        ("40 years and six months", 40.5),
        ("Half a kilo of cocaine", 0.5),
        ("half a dozen phones", 6),
        ("half a million pounds", 500_000),
    ],
)
def test_the_value_is_stated_in_any_journalists_form(text: str, value: float) -> None:
    assert states_value(text, value), (text, numbers_in(text))


@pytest.mark.parametrize(
    "text,value",
    [
        ("e", 9999),
        ("in", 9999),
        ("dozens of arrests", 12),
        ("22 arrests", 23),
        ("£1.2m of cocaine", 1.2e7),
        ("a machete", 1),
        ("22 arrests", math.inf),
    ],
)
def test_a_value_the_evidence_does_not_state_is_refused(text: str, value: float) -> None:
    assert not states_value(text, value)


# how the LLM client validates a model's answer: snapping and the stricter checks
ANSWER = {"article": ARTICLE, "answer": True}


def _report(stats: list[dict[str, Any]] = (), quotes: list[dict[str, Any]] = ()) -> dict:
    return {"statistics": list(stats), "quotes": list(quotes)}


def _stat(value: float, evidence: str, metric: str = "arrests") -> dict[str, Any]:
    return {"metric": metric, "value": value, "area": "Kent", "evidence": evidence}


@pytest.mark.parametrize(
    "stat,why",
    [
        (_stat(9999, "e"), "too short"),
        (_stat(9999, "in"), "too short"),
        (_stat(9999, "made 22 arrests"), "does not state the value 9999"),
        (_stat(123456789, "in cash", "cash_seized"), "does not state the value"),
    ],
)
def test_evidence_that_does_not_state_the_figure_fails_grounding(
    stat: dict[str, Any], why: str
) -> None:
    with pytest.raises(ValidationError, match=why):
        OperationReport.model_validate(_report([stat]), context=ANSWER)


def test_a_one_word_quote_fails_grounding() -> None:
    quote = {"speaker": "Boris Johnson", "text": "the"}
    with pytest.raises(ValidationError, match="too short to be a quotation"):
        OperationReport.model_validate(_report(quotes=[quote]), context=ANSWER)


@pytest.mark.parametrize("value", [math.inf, math.nan, "1e400"])
def test_non_finite_values_are_refused(value: Any) -> None:
    with pytest.raises(ValidationError, match="finite|greater than"):  # nan fails ge=0
        OperationReport.model_validate(_report([_stat(value, "made 22 arrests")]))


def test_nearly_verbatim_spans_snap_to_the_articles_words_only_when_asked() -> None:
    index = ArticleIndex(ARTICLE)
    assert index.align("made 22 arrests") == (*index.locate("made 22 arrests"), False)
    start, end, snapped = index.align("Made 22 Arrests!")
    assert snapped and ARTICLE[start:end] == "made 22 arrests"
    start, end, snapped = index.align("Police in Kent made 22 arrests in a week of action")
    assert (
        snapped and ARTICLE[start:end] == "Police in Kent made 22 arrests during a week of action"
    )
    assert index.align("made 99 arrests") is None  # a changed figure is not "nearly verbatim"
    assert index.align("officers seized heroin and crack") is None

    answer = _report(
        [_stat(22, "Police in Kent made 22 arrests in a week of action")],
        [{"speaker": "Jo Bloggs", "text": "we will keep going after these gangs"}],
    )
    with pytest.raises(ValidationError, match="does not occur"):  # gold and stored records
        OperationReport.model_validate(answer, context={"article": ARTICLE})
    notes = GroundingNotes()
    record = OperationReport.model_validate(answer, context={**ANSWER, "notes": notes})
    s, q = record.statistics[0], record.quotes[0]
    assert s.evidence == "Police in Kent made 22 arrests during a week of action"
    assert ARTICLE[s.evidence_start : s.evidence_end] == s.evidence
    assert q.text == "We will keep going after these gangs."  # snapped, then the whole quotation
    assert ARTICLE[q.text_start : q.text_end] == q.text
    assert notes.snapped == ["statistics[0]", "quotes[0]"] and notes.dropped == []


def test_a_quotations_opening_words_are_completed_from_the_article() -> None:
    article = (
        "DI Jo Bloggs said: \u201cWe will keep going after these gangs, and we will find "
        'them.\u201d She added: "Call us on 101 if you are worried." Then the end.\n'
    )
    answer = _report(
        quotes=[
            {"speaker": "Jo Bloggs", "text": "We will keep going"},
            {"speaker": "Jo Bloggs", "text": "Call us on 101"},
        ]
    )
    record = OperationReport.model_validate(answer, context={"article": article, "answer": True})
    assert [q.text for q in record.quotes] == [
        "We will keep going after these gangs, and we will find them.",
        "Call us on 101 if you are worried.",
    ]
    for q in record.quotes:
        assert article[q.text_start : q.text_end] == q.text
    stored = OperationReport.model_validate(answer, context={"article": article})
    assert stored.quotes[0].text == "We will keep going"  # records are never rewritten


def test_policy_drop_keeps_the_grounded_rest_and_says_what_went() -> None:
    answer = _report([_stat(22, "made 22 arrests"), _stat(9999, "e")])
    notes = GroundingNotes()
    record = OperationReport.model_validate(
        answer, context={**ANSWER, "ungrounded": "drop", "notes": notes}
    )
    assert [s.value for s in record.statistics] == [22]
    assert len(notes.dropped) == 1 and "statistics[1] (arrests 9999)" in notes.dropped[0]


def test_policy_fail_raises_without_a_validation_error() -> None:
    answer = _report([_stat(9999, "e")])
    with pytest.raises(UngroundedAnswer, match="too short"):
        ground_report(OperationReport.model_validate(answer), ARTICLE, policy="fail", answer=True)


def test_a_record_that_is_not_an_answer_is_checked_as_it_is() -> None:
    """Gold records, the rules backend's records and stored predictions are held to
    verbatim spans only (the rules backend cites "41" in "Lancashire 41")."""
    record = OperationReport.model_validate(
        _report([_stat(22, "22")], [{"speaker": "Jo Bloggs", "text": "We will keep"}]),
        context={"article": ARTICLE},
    )
    assert record.statistics[0].evidence_start is not None


def test_every_gold_record_meets_the_strict_checks() -> None:
    """The answer checks are not stricter than the labelling guidelines: every gold
    figure of every set would pass them as a model's answer."""
    root = Path(__file__).resolve().parent.parent
    sets = [
        ("evals/gold", "seeds"),
        ("evals/dev/gold", "evals/dev/articles"),
        ("evals/holdout/gold", "evals/holdout/articles"),
        ("evals/holdout2/gold", "evals/holdout2/articles"),
    ]
    checked = 0
    for gold, articles in sets:
        for path in sorted((root / gold).glob("*.json")):
            text = (root / articles / f"{path.stem}.txt").read_text(encoding="utf-8")
            OperationReport.model_validate_json(
                path.read_bytes(), context={"article": text, "answer": True}
            )
            checked += 1
    assert checked >= 40


# -- over the wire ------------------------------------------------------------------------


def _settings(server: OpenAIServer, tmp_path: Path, **changes: Any) -> Settings:
    values: dict[str, Any] = {
        "backend": "llm",
        "base_url": server.base_url,
        "model": "local-model",
        "cache_dir": tmp_path / "cache",
        "use_cache": False,
        "backoff_initial": 0.01,
        "backoff_max": 0.05,
        "timeout": 5.0,
        "max_attempts": 2,
    }
    values.update(changes)
    return Settings(**values)


def _run(server: OpenAIServer, tmp_path: Path, **changes: Any) -> OperationReport:
    with Extractor(settings=_settings(server, tmp_path, **changes)) as ex:
        return ex.extract(ARTICLE, article_id="a1")


def test_auto_mode_asks_a_local_server_for_json_schema_with_every_field_required(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.script(Reply(record=_report([_stat(22, "made 22 arrests")])))
    record = _run(server, tmp_path)
    (req,) = server.completion_requests
    assert "tools" not in req.body
    fmt = req.body["response_format"]
    assert fmt["type"] == "json_schema"
    schema = fmt["json_schema"]["schema"]
    # a decoder may skip an optional property, and small models skip the statistics
    assert schema["required"] == list(schema["properties"])
    assert "statistics" in schema["required"] and "published" not in schema["properties"]
    stat = schema["$defs"]["Statistic"]
    assert stat["required"] == list(stat["properties"])
    assert stat["properties"]["evidence"]["maxLength"] > 0
    assert record.provenance.mode == "json_schema"
    assert Settings(mode="auto").resolved_mode == "tools"  # OpenAI itself: tools
    assert Settings(mode="auto", base_url="https://api.openai.com/v1").resolved_mode == "tools"


def test_a_snapped_span_costs_no_reask(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(Reply(record=_report([_stat(22, "Made 22 Arrests.")])))
    record = _run(server, tmp_path)
    assert len(server.completion_requests) == 1
    assert record.statistics[0].evidence == "made 22 arrests"
    assert record.provenance.snapped == ["statistics[0]"]
    assert record.provenance.attempts == 1


def test_policy_drop_over_the_wire_makes_one_request(
    server: OpenAIServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Reply(record=_report([_stat(22, "made 22 arrests"), _stat(9999, "e")])))
    with caplog.at_level(logging.WARNING, logger="extractor"):
        record = _run(server, tmp_path, ungrounded="drop")
    assert len(server.completion_requests) == 1
    assert [s.value for s in record.statistics] == [22]
    assert len(record.provenance.dropped) == 1
    assert "dropped 1 ungrounded item" in caplog.text


def test_policy_fail_over_the_wire_fails_after_one_answer(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.script(Reply(record=_report([_stat(9999, "e")])))
    with pytest.raises(UngroundedAnswer) as info:
        _run(server, tmp_path, ungrounded="fail")
    assert len(server.completion_requests) == 1
    assert info.value.exit_code == 5 and "too short" in info.value.one_line()


def test_policy_reask_sends_the_reason_back(server: OpenAIServer, tmp_path: Path) -> None:
    server.script(
        Reply(record=_report([_stat(9999, "e")])),
        Reply(record=_report([_stat(22, "made 22 arrests")])),
    )
    record = _run(server, tmp_path)
    assert len(server.completion_requests) == 2
    assert "too short to state a figure" in str(server.completion_requests[1].body["messages"])
    assert record.provenance.attempts == 2 and [s.value for s in record.statistics] == [22]


def test_a_cut_off_answer_keeps_its_complete_items_under_drop(
    server: OpenAIServer, tmp_path: Path
) -> None:
    whole = (
        '{"statistics": [{"metric": "arrests", "value": 22, "qualifier": "exact", '
        '"area": "Kent", "label": null, "evidence": "made 22 arrests"}, {"metric": "arr'
    )
    server.script(Reply(raw=whole, finish_reason="length"))
    record = _run(server, tmp_path, ungrounded="drop")
    assert len(server.completion_requests) == 1
    assert [s.value for s in record.statistics] == [22]
    assert record.provenance.dropped[0].startswith("the answer was cut off at max_tokens")

    server.script(Reply(raw=whole, finish_reason="length"))
    with pytest.raises(TruncatedOutput):  # reask (the default) and fail: still a failure
        _run(server, tmp_path)


def test_close_json_cuts_back_to_the_last_complete_item() -> None:
    assert close_json('{"a": 1, "s": [{"x": 1, "e": "a } b"}, {"y": 2}, {"z": "ab') == (
        '{"a": 1, "s": [{"x": 1, "e": "a } b"}, {"y": 2}]}'
    )
    assert close_json('{"s": {"k": [1, 2]}, "t": "ab') == '{"s": {"k": [1, 2]}}'
    assert close_json('{"s": "abc') is None
    assert close_json("no json") is None
