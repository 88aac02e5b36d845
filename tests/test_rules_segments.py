"""``single_opens`` finds the opening marks the ``_SINGLE_OPEN`` pattern finds in the whole text."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.rules import segments

TEXTS = [
    "\u2018Quote\u2019 at the very start",
    "He said \u2018Yes.\u2019 She said: \u2018No\u2019, and \u2018maybe\u2019.",
    "Line one.\n\t \u2018Tabbed\u2019\n\u2018New line\u2019",
    "Ends with a mark \u2018",
    "said \u2018\u2018Double\u2019\u2019 marks, said  \u20181,000\u2019 and \u2018\u00a35\u2019",
    "no opening marks, only \u2019 closing ones",
    "It\u2019s the \u2018wrong\u2019 kind: \u2018lower\u2019",
]


@pytest.mark.parametrize("text", TEXTS)
def test_opening_marks_are_what_the_pattern_finds(text: str) -> None:
    want = [m.end() - 1 for m in segments._SINGLE_OPEN.finditer(text)]
    assert segments.single_opens(text) == want


def test_opening_marks_in_the_seed_articles_are_what_the_pattern_finds() -> None:
    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "seeds").glob("*.txt")) + sorted(root.glob("evals/*/articles/*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        want = [m.end() - 1 for m in segments._SINGLE_OPEN.finditer(text)]
        assert segments.single_opens(text) == want, path.name
