"""``by_first_letter`` regroups a named-group alternation and finds what it finds."""

from __future__ import annotations

import re

import pytest

from extractor.rules.firstletter import by_first_letter, split_top

SOURCE = (
    r"\b(?P<a>taken\s+into\s+custody|arrest(?:ed|s)?|(?:were|was)\s+held)\b"
    r"|\b(?P<b>taken|sp[oe]ke?\s+to|(?:were|was)\s+seen)\b"
)


def _found(pattern: re.Pattern[str], names: dict[str, str] | None, text: str) -> list:
    return [
        ((names or {}).get(m.lastgroup or "", m.lastgroup), m.start(), m.end())
        for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "four were taken into custody and two taken",
        "taken into care; was held, were seen",
        "arrests arrested arrestedx spoke to speke to spok to",
        "",
    ],
)
def test_the_regrouped_pattern_finds_what_the_source_finds(text: str) -> None:
    regrouped, names = by_first_letter(SOURCE)
    assert _found(re.compile(regrouped), names, text) == _found(re.compile(SOURCE), None, text)


def test_branches_keep_their_order_under_a_letter() -> None:
    regrouped, _ = by_first_letter(SOURCE)
    # "taken into custody" (a) before "taken" (b): the first branch that matches wins
    assert regrouped.index("aken\\s+into") < regrouped.index("aken\\b")


def test_split_top_ignores_bars_inside_groups_and_classes() -> None:
    assert split_top(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


@pytest.mark.parametrize("bad", [r"\b(?P<a>x)\b|y", r"\b(?P<a>\w+)\b", r"\b(?P<a>(?:x|y)?z)\b"])
def test_a_source_it_cannot_regroup_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        by_first_letter(bad)
