"""``after_gap`` patterns find exactly what the patterns they are made from find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.rules import lexicon, topic
from extractor.rules.textsearch import AFTER_GAP, LastSpan, LastText, after_gap, why_not_after_gap

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
EDGES = [
    "",
    "arrested",  # a match that is the whole text
    "arrested, charged;safeguarded-jailed",  # matches one character apart
    "rearrested unsupported discharged",  # inside words: none
    "were held and taken into custody\nfound",
    "spoke to 12 pupils; seized \u00a3500 and recovered",
    "crossed county lines, cross county lines, county lines",
    "county lines drugs dealers",
    "d\u00e9tenus arrested \u00e9arrested",  # a non-ASCII letter before a word
]


def _plain(gapped: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern an after_gap pattern was made from, compiled as it is written."""
    source, flags = next((a, f) for a, f, g, _ in AFTER_GAP if g is gapped)
    return re.compile(source, flags)


def _verbs_the_plain_way(text: str) -> list[tuple[str, int, int]]:
    verbs = re.compile(lexicon.VERBS)  # as written: not regrouped by first letter
    return [(m.lastgroup or "", m.start(), m.end()) for m in verbs.finditer(text.lower())]


def _windows() -> list[str]:
    out = list(EDGES)
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        out.append(text)
        out.extend(text[i : i + n] for n in (28, 60, 200) for i in range(0, len(text), 89))
    return out


def test_there_are_seed_articles() -> None:
    assert SEEDS


def test_verbs_in_finds_what_the_verbs_pattern_finds() -> None:
    for text in _windows():
        assert lexicon.verbs_in(text) == _verbs_the_plain_way(text), text[:60]


def test_the_topic_check_finds_what_the_topic_pattern_finds() -> None:
    for text in _windows():
        low = text.lower()
        want = _plain(topic._TOPIC_AFTER_GAP).search(low)
        got = topic._TOPIC_AFTER_GAP.search(" " + low)
        assert (got and (got.start(), got.end() - 1)) == (want and want.span()), text[:60]


def test_every_after_gap_pattern_opens_a_word() -> None:
    assert len(AFTER_GAP) >= 2  # VERBS, _TOPIC, ...
    for source, flags, _gapped, ends_on_word in AFTER_GAP:
        assert why_not_after_gap(source, flags, ends_on_word=ends_on_word) is None


def test_every_after_gap_pattern_finds_what_its_pattern_finds() -> None:
    texts = _windows()
    for source, flags, gapped, ends_on_word in list(AFTER_GAP):
        pattern = re.compile(source, flags)
        for text in texts:
            for probe in (text, text.lower()):
                want = pattern.search(probe, len(probe) // 3)
                got = gapped.search(" " + probe, len(probe) // 3)
                assert (got and (got.start(), got.end() - 1)) == (want and want.span())
                if ends_on_word:
                    want_all = [(m.start(), m.end(), m.groups()) for m in pattern.finditer(probe)]
                    got_all = [
                        (m.start(), m.end() - 1, m.groups()) for m in gapped.finditer(" " + probe)
                    ]
                    assert got_all == want_all


@pytest.mark.parametrize(
    "source",
    [r"\bab(?:c|d)?\b", r"\b[a-z]+\b", r"(?<!cross\s)\bcounty\b", r"\b(?:ab|cd\w*)"],
)
def test_a_pattern_opening_and_closing_a_word_is_taken(source: str) -> None:
    assert why_not_after_gap(source, ends_on_word=True) is None
    pattern = after_gap(source, ends_on_word=True)
    for text in EDGES:
        want = [m.span() for m in re.finditer(source, text)]
        assert [(m.start(), m.end() - 1) for m in pattern.finditer(" " + text)] == want


@pytest.mark.parametrize(
    "source",
    [
        r"\bab|cd",  # a branch with no \b
        r"ab\b",  # \b only after
        r"\b-x",  # opens on a non-word character
        r"(?<!\s)\bab",  # a lookbehind that could see the added space
        r"\b[^a]b",  # a set that holds non-word characters
    ],
)
def test_a_pattern_that_may_not_open_a_word_is_refused(source: str) -> None:
    assert "opens a word" in (why_not_after_gap(source) or "")


@pytest.mark.parametrize("source", [r"\bab\w*-?", r"\bab[\s-]?", r"\bab\s"])
def test_a_pattern_that_may_end_off_a_word_is_refused_for_finditer(source: str) -> None:
    assert why_not_after_gap(source) is None  # fine for a search
    reason = why_not_after_gap(source, ends_on_word=True)
    assert "ends on a word" in (reason or "")


def _upper_case_letters(items: list) -> list[str]:
    """Upper-case letters a parsed pattern names (an AsciiLowered pattern may name none)."""
    from re import _constants as c  # type: ignore[attr-defined]

    found = []
    for op, av in items:
        if op is c.LITERAL and chr(av).isupper():
            found.append(chr(av))
        elif op is c.RANGE and any(chr(x).isupper() for x in range(av[0], av[1] + 1)):
            found.append(f"{chr(av[0])}-{chr(av[1])}")
        elif op is c.IN:
            found += _upper_case_letters(av)
        elif op is c.SUBPATTERN:
            found += _upper_case_letters(list(av[3]))
        elif op is c.BRANCH:
            for alt in av[1]:
                found += _upper_case_letters(list(alt))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found += _upper_case_letters(list(av[2]))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found += _upper_case_letters(list(av[1]))
    return found


def test_an_ascii_lowered_pattern_names_no_upper_case_letter() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from extractor.rules.nonfigures import _BEFORE_SKIP, AFTER_SKIP

    for lowered in (AFTER_SKIP, _BEFORE_SKIP):
        assert lowered.flags & re.IGNORECASE
        assert _upper_case_letters(list(_parser.parse(lowered.source, lowered.flags))) == []
    assert _upper_case_letters(list(_parser.parse(r"[A-Z]x|Y", 0))) == ["A-Z", "Y"]


def test_an_ascii_lowered_pattern_matches_as_the_pattern_does() -> None:
    from extractor.rules.nonfigures import AFTER_SKIP

    plain = re.compile(AFTER_SKIP.source, AFTER_SKIP.flags)
    probes = [" March", "th OF MARCH", " Per Cent", "-Year-Old", " AM", " of OUR arrests"]
    probes += [" of our officers", " In Five", "\u017ft March", " arrests", "", "\u00a3"]
    for text in _windows() + probes:
        for start in range(0, min(len(text), 400), 7):
            after = text[start : start + 30]
            want, got = plain.match(after), AFTER_SKIP.match(after)
            assert (got and got.span()) == (want and want.span()), after


def test_an_ascii_lowered_search_finds_what_the_pattern_finds() -> None:
    from extractor.rules.nonfigures import _BEFORE_SKIP

    plain = re.compile(_BEFORE_SKIP.source, _BEFORE_SKIP.flags)
    probes = ["Aged 14 and ", "children AGED ", "Section ", "No. ", "Year ", "ONE IN EVERY "]
    probes += ["were Under ", "a Boy of ", "\u017fection ", "\u00a3", ""]
    for text in _windows() + probes:
        for end in range(0, min(len(text), 400) + 1, 7):
            before = text[max(0, end - 40) : end]
            want, got = plain.search(before), _BEFORE_SKIP.search(before)
            assert (got and got.span()) == (want and want.span()), before


def test_last_text_computes_once_a_text_and_again_for_another() -> None:
    calls: list[str] = []

    def count(text: str) -> int:
        calls.append(text)
        return len(text)

    memo = LastText(count)
    first, second = "one article", "another article"
    assert [memo(first), memo(first), memo(second), memo(first)] == [11, 11, 15, 11]
    assert calls == [first, second, first]


def test_last_span_computes_once_a_span_and_again_for_another() -> None:
    calls: list[tuple[int, int]] = []

    def count(text: str, start: int, end: int) -> str:
        calls.append((start, end))
        return text[start:end]

    memo = LastSpan(count)
    text = "Nine arrests. Two lines."
    spans = [(0, 13), (0, 13), (14, 24), (14, 23), (0, 13)]
    assert [memo(text, a, b) for a, b in spans] == [
        "Nine arrests.",
        "Nine arrests.",
        "Two lines.",
        "Two lines",
        "Nine arrests.",
    ]
    assert calls == [(0, 13), (14, 24), (14, 23), (0, 13)]
    assert memo("Nine arrests. Two lines!", 14, 24) == "Two lines!", "another text, same span"
