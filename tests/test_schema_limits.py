"""Every text field of a record has a length limit: in validation and in the schema sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from extractor.config import Settings
from extractor.pipeline import Extractor
from extractor.rules import extract_report
from extractor.schema import (
    EVIDENCE_CHARS,
    NAME_CHARS,
    QUOTE_CHARS,
    SUMMARY_CHARS,
    OperationReport,
    llm_json_schema,
)
from extractor.testing import OpenAIServer, Reply

STAT = {"metric": "arrests", "value": 14, "area": "Kent", "evidence": "14 arrests"}
QUOTE = {"speaker": "Jo Bell", "text": "We will keep going."}

TOO_LONG = {
    "summary": {"summary": "x" * (SUMMARY_CHARS + 1)},
    "evidence": {"statistics": [{**STAT, "evidence": "x" * (EVIDENCE_CHARS + 1)}]},
    "area": {"statistics": [{**STAT, "area": "x" * (NAME_CHARS + 1)}]},
    "label": {"statistics": [{**STAT, "metric": "other", "label": "x" * (NAME_CHARS + 1)}]},
    "quote text": {"quotes": [{**QUOTE, "text": "x" * (QUOTE_CHARS + 1)}]},
    "speaker": {"quotes": [{**QUOTE, "speaker": "x" * (NAME_CHARS + 1)}]},
    "role": {"quotes": [{**QUOTE, "role": "x" * (NAME_CHARS + 1)}]},
    "organisation": {"quotes": [{**QUOTE, "organisation": "x" * (NAME_CHARS + 1)}]},
    "agency": {"agencies": ["x" * (NAME_CHARS + 1)]},
    "location": {"locations": ["x" * (NAME_CHARS + 1)]},
    "operation name": {"operation_names": ["x" * (NAME_CHARS + 1)]},
    "drug": {"drugs": ["x" * (NAME_CHARS + 1)]},
    "weapon": {"weapons": ["x" * (NAME_CHARS + 1)]},
}


@pytest.mark.parametrize("name", list(TOO_LONG))
def test_a_field_over_its_limit_fails_validation(name: str) -> None:
    with pytest.raises(ValidationError, match="at most"):
        OperationReport.model_validate(TOO_LONG[name])


def test_at_the_limit_passes() -> None:
    record = OperationReport.model_validate(
        {
            "summary": "x" * SUMMARY_CHARS,
            "statistics": [{**STAT, "evidence": "x" * EVIDENCE_CHARS}],
            "quotes": [{**QUOTE, "text": "x" * QUOTE_CHARS}],
            "agencies": ["x" * NAME_CHARS],
        }
    )
    assert len(record.summary or "") == SUMMARY_CHARS


def test_the_schema_sent_to_the_model_states_every_limit() -> None:
    schema = llm_json_schema()
    defs = schema["$defs"]
    # the answer format may bound a field tighter than validation does (a decoder then
    # cannot run away with it), never looser
    assert 0 < schema["properties"]["summary"]["anyOf"][0]["maxLength"] <= SUMMARY_CHARS
    assert 0 < schema["properties"]["agencies"]["items"]["maxLength"] <= NAME_CHARS
    assert 0 < defs["Statistic"]["properties"]["evidence"]["maxLength"] <= EVIDENCE_CHARS
    assert 0 < defs["Quote"]["properties"]["text"]["maxLength"] <= QUOTE_CHARS

    def strings(node: object) -> list[dict]:
        found = []
        if isinstance(node, dict):
            if node.get("type") == "string" and "format" not in node and "enum" not in node:
                found.append(node)
            for value in node.values():
                found += strings(value)
        elif isinstance(node, list):
            for value in node:
                found += strings(value)
        return found

    assert all("maxLength" in s for s in strings(schema)), strings(schema)


def test_an_over_long_summary_from_the_model_is_asked_again(tmp_path: Path) -> None:
    text = " date 2025-02-14 \nKent\n\nOfficers made 14 arrests in Kent, police said.\n"
    good = {"statistics": [{**STAT, "evidence": "Officers made 14 arrests in Kent"}]}
    with OpenAIServer() as server:
        server.script(
            Reply(record={**good, "summary": "y" * 100_000}),
            Reply(record={**good, "summary": "ok"}),
        )
        s = Settings(
            backend="llm", base_url=server.base_url, api_key="x", model="m", use_cache=False
        )
        with Extractor(settings=s) as ex:
            record = ex.extract(text, article_id="a")
        assert record.summary == "ok" and record.provenance.attempts == 2
        assert "at most 2000 characters" in server.completion_requests[1].user_text + str(
            server.completion_requests[1].messages
        )


def test_the_rules_backend_leaves_out_what_would_break_the_limits() -> None:
    text = (
        " date 2025-01-01 \nCounty lines drugs raid in Kent\n\n"
        "Police arrested 5 people in Kent on suspicion of drug dealing.\n\n"
        'DI Jo Bell said: "' + "we will keep going and " * 400 + 'we will."\n'
    )
    record = extract_report(text, article_id="x")
    assert all(len(q.text) <= QUOTE_CHARS for q in record.quotes)
    assert record.statistics  # the rest of the article still counts
