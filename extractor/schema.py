"""The record contract (``../shared/SCHEMA.md`` v1) as pydantic models (pure).

Fields the model is never asked for (offsets, provenance, the caller's id) are
hidden from the JSON schema with ``SkipJsonSchema``, so the schema sent to the
LLM is exactly the contract's extraction fields.

Grounding: when validated with ``context={"article": text}``, every statistic's
``evidence`` and every quote's ``text`` must occur in the article (after
whitespace and typography normalisation). A miss raises a ``ValueError`` naming
the span, which instructor sends back to the model as a re-ask. Found spans get
their character offsets recorded on the record.
"""

from __future__ import annotations

import math
import re
from datetime import date
from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

# the grounding check of a record lives in grounding.py; these names stay importable here
from .grounding import GroundingNotes as GroundingNotes
from .grounding import ground_report

SCHEMA_VERSION = "1"

# Longest accepted text per field: far above any real article's (the gold records'
# longest are a 369-character quote, a 317-character summary, a 116-character
# evidence span), far below what a broken or hostile endpoint can send (a 60 MB
# summary was once accepted and printed). A longer value fails validation, so
# the model is asked again with the limit named; the schema it is sent says it too.
NAME_CHARS = 200  # names, roles, areas, labels, list items
EVIDENCE_CHARS = 2_000
QUOTE_CHARS = 5_000
SUMMARY_CHARS = 2_000

Name = Annotated[str, Field(max_length=NAME_CHARS)]

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")


def parse_published(text: str) -> date | None:
    """The date of a leading ` date YYYY-MM-DD ` line (the contract's source of
    ``published``), or ``None`` when there is none or it is not a real date."""
    m = _DATE_LINE.match(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _answer_schema(**limits: dict[str, Any]) -> Any:
    """A ``json_schema_extra`` that makes a model's JSON schema an answer format.

    Every property is required and has no default: constrained decoders (llama.cpp's
    grammar, vLLM's guided decoding) let a model skip an optional property, and
    small models skip ``statistics``, the field the product exists for, every
    time. ``published`` is never asked for (it is the article's date line). A
    statistic's ``evidence`` comes first: a decoder writes properties in schema
    order, and a model that has copied the clause reads its figure from it (small
    models asked for the value first cite a sentence that does not state it). The
    ``limits`` bound strings and lists (``maxLength`` / ``maxItems``), so a
    decoder cannot run away with one field until ``max_tokens``.
    """

    def shape(schema: dict[str, Any], cls: Any = None) -> None:
        props: dict[str, Any] = schema.get("properties", {})
        props.pop("published", None)
        for name, prop in props.items():
            prop.pop("default", None)
            target = next((b for b in prop.get("anyOf", []) if b.get("type") != "null"), prop)
            target.update(limits.get(name, {}))
        if "value" in props:  # pydantic writes the bound of int | float as a bare "ge"
            props["value"] = {
                "type": "number",
                "minimum": 0,
                "description": props["value"].get("description", ""),
            }
        if "evidence" in props:  # copy the words first, then read the figure from them
            schema["properties"] = props = {
                "evidence": props["evidence"],
                **{k: v for k, v in props.items() if k != "evidence"},
            }
        schema["required"] = list(props)

    return shape


class Metric(str, Enum):  # noqa: UP042 - str() and f-strings keep their pre-3.11 form
    arrests = "arrests"
    charged = "charged"
    safeguarded = "safeguarded"
    warrants = "warrants"
    cash_seized = "cash_seized"
    drugs_value = "drugs_value"
    drugs_weight_kg = "drugs_weight_kg"
    weapons_seized = "weapons_seized"
    knives_seized = "knives_seized"
    phones_seized = "phones_seized"
    lines_closed = "lines_closed"
    vehicles_seized = "vehicles_seized"
    addresses_visited = "addresses_visited"
    people_jailed = "people_jailed"
    jail_years = "jail_years"
    outreach = "outreach"
    other = "other"


class Qualifier(str, Enum):  # noqa: UP042
    exact = "exact"
    more_than = "more_than"
    at_least = "at_least"
    about = "about"
    nearly = "nearly"
    up_to = "up_to"


LABELLED_METRICS = frozenset({Metric.outreach, Metric.other})
MONEY_METRICS = frozenset({Metric.cash_seized, Metric.drugs_value})
MEASURE_METRICS = MONEY_METRICS | {Metric.drugs_weight_kg, Metric.jail_years}


class Statistic(BaseModel):
    """One enforcement figure with the area it belongs to and the words that state it."""

    model_config = ConfigDict(
        use_enum_values=False,
        json_schema_extra=_answer_schema(
            area={"maxLength": 80}, label={"maxLength": 80}, evidence={"maxLength": 240}
        ),
    )

    metric: Metric = Field(description="What is counted.")
    value: int | float = Field(
        ge=0,
        description="The number: 'five' -> 5, '£115,000' -> 115000, '£1.2m' -> 1200000.",
    )
    qualifier: Qualifier = Field(
        default=Qualifier.exact,
        description="more_than ('more than', 'over'), at_least, about ('around', "
        "'estimated', 'some'), nearly ('almost', 'just under'), up_to, else exact.",
    )
    area: str = Field(
        min_length=1,
        max_length=NAME_CHARS,
        description="Scope of the figure: 'national' for UK-wide / England-and-Wales "
        "totals, else the region, county / force area or town as written.",
    )
    label: str | None = Field(
        default=None,
        max_length=NAME_CHARS,
        description="What was counted; required for outreach and other.",
    )
    evidence: str = Field(
        min_length=1,
        max_length=EVIDENCE_CHARS,
        description="A verbatim span of the article that states the figure.",
    )
    evidence_start: SkipJsonSchema[int | None] = None
    evidence_end: SkipJsonSchema[int | None] = None

    @field_validator("area", "evidence")
    @classmethod
    def _strip(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("must not be blank")
        return v

    @field_validator("value")
    @classmethod
    def _finite(cls, v: int | float) -> int | float:
        if not math.isfinite(v):  # 1e400 parses as inf, which is not JSON
            raise ValueError("must be a finite number")
        return v

    @field_validator("label")
    @classmethod
    def _strip_label(cls, v: str | None) -> str | None:
        return (v.strip() or None) if v is not None else None

    @model_validator(mode="after")
    def _label_required(self) -> Statistic:
        if self.metric in LABELLED_METRICS and not self.label:
            raise ValueError(
                f"statistic {self.metric.value} {self.value} needs a label saying what was counted"
            )
        return self


class Quote(BaseModel):
    """A direct quotation from a named person."""

    model_config = ConfigDict(
        json_schema_extra=_answer_schema(
            speaker={"maxLength": 120},
            role={"maxLength": 160},
            organisation={"maxLength": 160},
            text={"maxLength": 240},
        )
    )

    speaker: str = Field(
        min_length=1, max_length=NAME_CHARS, description="The person's name as written."
    )
    role: str | None = Field(
        default=None,
        max_length=NAME_CHARS,
        description="Title or role, e.g. 'Detective Inspector'.",
    )
    organisation: str | None = Field(
        default=None, max_length=NAME_CHARS, description="Their organisation."
    )
    text: str = Field(
        min_length=1,
        max_length=QUOTE_CHARS,
        description="The quoted words, verbatim (the opening words are enough: the rest "
        "of the quotation is taken from the article).",
    )
    text_start: SkipJsonSchema[int | None] = None
    text_end: SkipJsonSchema[int | None] = None


class Usage(BaseModel):
    """Tokens and requests spent on one record, failed attempts and re-asks included."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(
            requests=self.requests + other.requests,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class Provenance(BaseModel):
    """How a record was made: which backend, model, prompt, and what it cost."""

    backend: str
    model: str | None = None
    mode: str | None = None
    prompt_version: str | None = None
    cache_hit: bool = False
    attempts: int = 0
    latency_s: float | None = None
    usage: Usage = Field(default_factory=Usage)
    # spans grounding replaced with the article's own words ("statistics[2]", "quotes[0]"),
    # and items dropped as ungrounded (policy "drop"), each with the reason
    snapped: list[str] = Field(default_factory=list)
    dropped: list[str] = Field(default_factory=list)


def _clean_list(values: list[str]) -> list[str]:
    """Strip, drop blanks and exact duplicates, keep order."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


class OperationReport(BaseModel):
    """One article's enforcement record (SCHEMA.md v1)."""

    model_config = ConfigDict(
        json_schema_extra=_answer_schema(
            operation_names={"maxItems": 20},
            agencies={"maxItems": 30},
            locations={"maxItems": 60},
            statistics={"maxItems": 80},
            drugs={"maxItems": 30},
            weapons={"maxItems": 30},
            quotes={"maxItems": 30},
            summary={"maxLength": 400},
        )
    )

    article_id: SkipJsonSchema[str] = ""
    published: date | None = Field(default=None, description="Publication date.")
    week_of_action: bool = Field(
        default=False,
        description="The article reports a time-boxed week (or weeks) of action / intensification.",
    )
    period_start: date | None = Field(
        default=None, description="Start of the reported activity, only if the article states it."
    )
    period_end: date | None = Field(
        default=None, description="End of the reported activity, only if the article states it."
    )
    operation_names: list[Name] = Field(default_factory=list, description="Named operations.")
    agencies: list[Name] = Field(
        default_factory=list, description="Law-enforcement bodies that took part."
    )
    locations: list[Name] = Field(
        default_factory=list, description="Places where the activity happened or figures refer to."
    )
    statistics: list[Statistic] = Field(
        default_factory=list,
        description="Every enforcement figure, once per (metric, area, value).",
    )
    drugs: list[Name] = Field(default_factory=list, description="Drug types seized, lower case.")
    weapons: list[Name] = Field(
        default_factory=list, description="Weapon types seized, lower case singular."
    )
    quotes: list[Quote] = Field(default_factory=list, description="Direct quotations.")
    summary: str | None = Field(
        default=None, max_length=SUMMARY_CHARS, description="One or two sentences."
    )
    provenance: SkipJsonSchema[Provenance | None] = None

    @field_validator("operation_names", "agencies", "locations")
    @classmethod
    def _clean(cls, v: list[str]) -> list[str]:
        return _clean_list(v)

    @field_validator("drugs", "weapons")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return _clean_list([x.lower() for x in v])

    @model_validator(mode="after")
    def _period_order(self) -> OperationReport:
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError(
                f"period_end {self.period_end} is before period_start {self.period_start}"
            )
        return self

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> OperationReport:
        context: Any = info.context
        article = context.get("article") if isinstance(context, dict) else None
        if article is None:
            return self
        ground_report(
            self,
            article,
            policy=context.get("ungrounded", "reask"),
            notes=context.get("notes"),
            answer=bool(context.get("answer", False)),
        )
        return self


def llm_json_schema() -> dict[str, Any]:
    """The JSON schema the LLM is asked to fill."""
    return OperationReport.model_json_schema()
