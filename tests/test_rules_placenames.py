"""``title_spans`` finds what the title pattern finds over the whole text."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.rules import placenames
from extractor.rules.gazetteer import fold

TEXTS = [
    "Kent PCC Matthew Scott said. Essex PCC Roger Hirst agreed.",
    "Leicester, Leicestershire and Rutland Police and Crime Commissioner Rupert Matthews",
    "the Police & Crime\nCommissioner for Avon and Somerset, Clare Moody. PCC",
    "PCC",
    "Kent PCC and Essex PCC and Sussex PCC. No title here.",
    "Mr. Scott, the Kent Police and Crime  Commissioner. The PCC's office",
    "North Yorkshire's Police, Fire and Crime Commissioner Zoe Metcalfe",
    "No title at all, only a Commissioner.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_titles_are_what_the_pattern_finds_in_the_whole_text(text: str) -> None:
    want = [(m.start(), m.end()) for m in placenames._PCC_TITLE.finditer(text)]
    assert placenames.title_spans(text) == want


def test_titles_in_the_seed_articles_are_what_the_pattern_finds() -> None:
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        text = fold(path.read_text(encoding="utf-8"))
        if "Crime Commissioner" in text or "PCC" in text:
            want = [(m.start(), m.end()) for m in placenames._PCC_TITLE.finditer(text)]
            assert placenames.title_spans(text) == want, path.name
