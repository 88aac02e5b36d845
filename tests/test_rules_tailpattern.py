"""``TailPattern`` finds exactly what its pattern finds, in whole texts and in windows."""

from __future__ import annotations

import pytest

from extractor.rules.framing import PREP_BEFORE, SUPPORT_BEFORE

TEXTS = [
    "Officers arrested 12 people in the ",
    "officers, supported by the ",
    "seized £4,000 across the whole county of ",
    "2 in ",
    "In ",
    "working with",
    "raids in Leeds, Bradford and in ",
    "détenus à in the ",  # not ASCII: searched in full
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("tail", [PREP_BEFORE, SUPPORT_BEFORE])
def test_a_whole_text_is_searched_as_by_the_pattern(tail, text) -> None:
    want = tail.pattern.search(text)
    got = tail.search(text)
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("tail", [PREP_BEFORE, SUPPORT_BEFORE])
def test_a_window_is_searched_as_by_the_pattern(tail) -> None:
    # markers.py searches the 30 characters before a name in the whole article
    plain = "Police said 40 people were held in the city, supported by the Met in the east."
    for end in range(len(plain) + 1):
        for start in (0, max(0, end - 30), max(0, end - 5)):
            want = tail.pattern.search(plain, start, end)
            got = tail.search(plain, start, end)
            assert (got and got.span()) == (want and want.span()), (start, end)
