from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.grounding import locate, normalise
from extractor.schema import OperationReport, Statistic, llm_json_schema

ARTICLE = (
    "Police made 25  arrests in\nKent. Officer Jo Bloggs said: \u201cWe\u2019re pleased.\u201d"
)


def stat(**kw):
    base = {"metric": "arrests", "value": 25, "area": "Kent", "evidence": "25 arrests in Kent"}
    base.update(kw)
    return base


def test_grounded_evidence_gets_offsets_in_original_text() -> None:
    r = OperationReport.model_validate({"statistics": [stat()]}, context={"article": ARTICLE})
    s = r.statistics[0]
    assert ARTICLE[s.evidence_start : s.evidence_end] == "25  arrests in\nKent"


def test_ungrounded_evidence_is_rejected_with_the_span_named() -> None:
    with pytest.raises(ValidationError) as e:
        OperationReport.model_validate(
            {"statistics": [stat(value=9999, evidence="9999 arrests")]},
            context={"article": ARTICLE},
        )
    assert "'9999 arrests' does not occur in the article" in str(e.value)


def test_quote_matches_across_typographic_quotes() -> None:
    r = OperationReport.model_validate(
        {"quotes": [{"speaker": "Jo Bloggs", "text": "We're pleased."}]},
        context={"article": ARTICLE},
    )
    q = r.quotes[0]
    assert ARTICLE[q.text_start : q.text_end] == "We\u2019re pleased."


def test_ungrounded_quote_is_rejected() -> None:
    with pytest.raises(ValidationError, match="quotes\\[0\\]"):
        OperationReport.model_validate(
            {"quotes": [{"speaker": "Jo Bloggs", "text": "We are thrilled."}]},
            context={"article": ARTICLE},
        )


def test_without_context_no_grounding_is_done() -> None:
    r = OperationReport.model_validate({"statistics": [stat(evidence="not in any text")]})
    assert r.statistics[0].evidence_start is None


@pytest.mark.parametrize("metric", ["outreach", "other"])
def test_label_required_for_outreach_and_other(metric: str) -> None:
    with pytest.raises(ValidationError, match="needs a label"):
        Statistic.model_validate(stat(metric=metric))
    assert (
        Statistic.model_validate(stat(metric=metric, label="school pupils")).label
        == "school pupils"
    )


def test_negative_values_rejected() -> None:
    with pytest.raises(ValidationError):
        Statistic.model_validate(stat(value=-1))


def test_unknown_metric_and_qualifier_rejected() -> None:
    with pytest.raises(ValidationError):
        Statistic.model_validate(stat(metric="hugs"))
    with pytest.raises(ValidationError):
        Statistic.model_validate(stat(qualifier="roughly"))


def test_json_dump_follows_the_contract() -> None:
    r = OperationReport.model_validate(
        {
            "published": "2022-03-18",
            "statistics": [stat(value="151")],
            "drugs": ["Cocaine", "cocaine"],
        }
    )
    data = r.model_dump(mode="json")
    assert data["published"] == "2022-03-18"
    assert data["statistics"][0]["value"] == 151
    assert data["drugs"] == ["cocaine"]
    assert data["period_start"] is None and data["quotes"] == []


def test_llm_schema_hides_internal_fields() -> None:
    text = str(llm_json_schema())
    for hidden in ("evidence_start", "text_start", "provenance", "article_id"):
        assert hidden not in text
    assert "evidence" in text and "qualifier" in text


def test_normalise_and_locate() -> None:
    assert normalise("a\u2019b  \n c\u2014d") == "a'b c-d"
    assert locate("missing", ARTICLE) is None
