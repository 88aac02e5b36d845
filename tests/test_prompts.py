"""Prompt templates: loaded from files, rendered purely, versioned by content."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.errors import PromptError
from extractor.prompts import PromptTemplate, default_prompt_dir, load_prompt, render_prompt

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_346890b65dee08d5.txt"


def test_default_prompt_renders_the_article_and_its_date() -> None:
    text = SEED.read_text()
    system, user = render_prompt(load_prompt(), text=text, published=date(2022, 3, 18))
    assert (system["role"], user["role"]) == ("system", "user")
    assert text in user["content"]
    assert "Publication date: 2022-03-18" in user["content"]
    assert text not in system["content"]  # instructions are identical for every article
    assert SEED.stem not in system["content"] + user["content"]  # no id: same text, same key


def test_unknown_date_is_said_not_left_blank() -> None:
    _, user = render_prompt(load_prompt(), text="t", published=None)
    assert "Publication date: unknown" in user["content"]


@pytest.mark.parametrize(
    "phrase",
    [
        "national",  # areas
        "ONE statistic",  # a figure stated twice
        "label",  # outreach / other
        "copied character for character",  # verbatim evidence
        "Not statistics",  # vague amounts, projections, per-day revenue
        "per day",
        "more_than",  # qualifiers
    ],
)
def test_the_instructions_teach_the_hard_parts(phrase: str) -> None:
    system, _ = render_prompt(load_prompt(), text="t")
    assert phrase in system["content"]


def test_version_is_name_and_content_hash() -> None:
    a = PromptTemplate.from_sources("p", "sys", "{{ text }}")
    b = PromptTemplate.from_sources("p", "sys!", "{{ text }}")
    assert a.version.startswith("p@") and len(a.version) == len("p@") + 10
    assert a.version != b.version
    assert a.version == PromptTemplate.from_sources("p", "sys", "{{ text }}").version
    assert load_prompt().version.startswith("extract_v1@")


def test_article_text_is_data_not_template() -> None:
    t = PromptTemplate.from_sources("p", "s", "{{ text }}")
    _, user = render_prompt(t, text="{{ 1 + 1 }} {% if x %}")
    assert user["content"] == "{{ 1 + 1 }} {% if x %}"


def test_missing_template_is_a_prompt_error(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="not found") as e:
        load_prompt("nope", tmp_path)
    assert "EXTRACTOR_PROMPT" in e.value.hint


def test_syntax_error_is_a_prompt_error() -> None:
    with pytest.raises(PromptError, match="syntax error at line 1"):
        PromptTemplate.from_sources("bad", "{% if %}", "u")


def test_unknown_variable_is_a_prompt_error() -> None:
    t = PromptTemplate.from_sources("p", "{{ article_id }}", "u")
    with pytest.raises(PromptError, match="does not render"):
        render_prompt(t, text="x")


def test_templates_live_in_files() -> None:
    folder = default_prompt_dir() / "extract_v1"
    assert (folder / "system.j2").is_file() and (folder / "user.j2").is_file()


def test_a_system_template_without_variables_is_rendered_once_at_load() -> None:
    t = PromptTemplate.from_sources(
        "x", "Rules: {{ 6 * 7 }} {% if true %}always{% endif %}", "{{ text }}"
    )
    assert t._fixed_system == "Rules: 42 always"
    for day in (None, date(2024, 3, 1)):
        system, user = render_prompt(t, text="body", published=day)
        assert system == {"role": "system", "content": "Rules: 42 always"}
        assert user["content"] == "body"
    assert load_prompt()._fixed_system is not None  # the shipped instructions are fixed


def test_a_system_template_with_variables_is_rendered_per_article() -> None:
    t = PromptTemplate.from_sources("x", "Dated {{ published or 'unknown' }}", "{{ text }}")
    assert t._fixed_system is None
    assert render_prompt(t, text="a")[0]["content"] == "Dated unknown"
    assert (
        render_prompt(t, text="a", published=date(2024, 3, 1))[0]["content"] == "Dated 2024-03-01"
    )
