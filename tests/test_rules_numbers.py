"""Rules backend, numbers stage: number forms, money, weights, qualifiers, non-quantities."""

from __future__ import annotations

import pytest

from extractor.rules.numbers import find_figures
from extractor.rules.numberwords import word_value
from extractor.schema import Qualifier


def figures(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.kind, f.qualifier.value) for f in find_figures(text, 0, len(text))]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("five", 5),
        ("Twenty-two", 22),
        ("twenty two", 22),
        ("a dozen", 12),
        ("eleven", 11),
        ("three hundred and five", 305),
        ("two thousand", 2000),
        ("ninety-nine", 99),
    ],
)
def test_word_value(words: str, value: float) -> None:
    assert word_value(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("151 arrests", [(151, "count", "exact")]),
        ("In total ,151 arrests", [(151, "count", "exact")]),
        ("1,204 people", [(1204, "count", "exact")]),
        ("£115,000 in cash", [(115000, "money", "exact")]),
        ("£1.2m of drugs", [(1200000, "money", "exact")]),
        ("£3 million", [(3000000, "money", "exact")]),
        ("£7K in cash", [(7000, "money", "exact")]),
        ("£500k worth", [(500000, "money", "exact")]),
        ("£1.5million", [(1500000, "money", "exact")]),
        ("6kg of cocaine", [(6, "weight", "exact")]),
        ("7,020g of heroin", [(7.02, "weight", "exact")]),
        ("250 grams", [(0.25, "weight", "exact")]),
        ("1.5 tonnes", [(1500, "weight", "exact")]),
        ("half a kilo of cocaine", [(0.5, "weight", "exact")]),
        ("a dozen phones", [(12, "count", "exact")]),
    ],
)
def test_number_forms(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than 50 people", Qualifier.more_than),
        ("over 40 arrests", Qualifier.more_than),
        ("in excess of £20,000", Qualifier.more_than),
        ("50+ arrests", Qualifier.more_than),
        ("at least 12 knives", Qualifier.at_least),
        ("a minimum of 9 warrants", Qualifier.at_least),
        ("almost 90 arrests", Qualifier.nearly),
        ("nearly £500,000", Qualifier.nearly),
        ("just under 40 phones", Qualifier.nearly),
        ("around £115,000", Qualifier.about),
        ("approximately 1,450 pupils", Qualifier.about),
        ("an estimated £3 million", Qualifier.about),
        ("some 90 youngsters", Qualifier.about),
        ("Police estimate that £48,000 worth", Qualifier.about),
        ("up to 180 lines", Qualifier.up_to),
        ("as many as 30 people", Qualifier.up_to),
        ("exactly 151 people", Qualifier.exact),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier) -> None:
    (figure,) = find_figures(text, 0, len(text))
    assert figure.qualifier is qualifier
    if qualifier is not Qualifier.exact and not text[0].isdigit():
        assert figure.qual_start < figure.start  # the evidence can include the qualifier


def test_qualifier_belongs_to_its_own_figure() -> None:
    text = "Police estimate that £48,000 worth of drugs and more than £150,000 worth of cash"
    assert [q for _, _, q in figures(text)] == ["about", "more_than"]


@pytest.mark.parametrize(
    "text",
    [
        "between Monday 7 March and Friday 11 March",
        "between 7 and 11 October",
        "on March 7",
        "in 2021",
        "call 101 or 999",
        "Crimestoppers on 0800 555 111",
        "a 17-year-old boy",
        "aged 15",
        "aged 19 and 23,",
        "children as young as 12",
        "a 20% rise",
        "at 10:30am",
        "no one was hurt",
        "a 24-hour operation",
    ],
)
def test_not_quantities(text: str) -> None:
    assert figures(text) == []


def test_age_lists_end_where_a_count_begins() -> None:
    assert figures("aged 14 to 17 and 12 arrests") == [(12, "count", "exact")]
    assert figures("Twenty people aged 14 to 17 were identified")[0][0] == 20


def test_partitive_numbers_reach_the_metric_stage() -> None:
    # "two of which" is a figure (a share); the metrics stage decides what it counts
    assert figures("four drug deal lines, two of which") == [
        (4, "count", "exact"),
        (2, "count", "exact"),
    ]


def test_offsets_cover_the_number_as_written() -> None:
    text = "seizing more than £150,000 worth of cash"
    (f,) = find_figures(text, 0, len(text))
    assert text[f.start : f.end] == "£150,000"
    assert text[f.qual_start : f.end] == "more than £150,000"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two dozen arrests", 24),
        ("Three dozen phones", 36),
        ("half a dozen knives", 6),
        ("two-hundred arrests", 200),
        ("five-hundred pupils", 500),
        ("two-thousand pupils", 2000),
        ("Two hundred and fifty people", 250),
        ("one hundred and twelve arrests", 112),
        ("twenty-five warrants", 25),
        ("Forty one phones", 41),
        ("a hundred arrests", 100),
        ("three thousand five hundred pupils", 3500),
        ("two thousand and forty pupils", 2040),
    ],
)
def test_compound_number_words(text: str, value: float) -> None:
    found = figures(text)
    assert found == [(value, "count", "exact")], found


@pytest.mark.parametrize("text", ["dozens of arrests", "Dozens of people", "hundreds of pupils"])
def test_vague_plurals_are_no_numbers(text: str) -> None:
    assert figures(text) == []


def test_a_day_after_a_weekday_is_a_date_not_a_count() -> None:
    text = "The week ran from Tuesday 4 to Monday 10, and 12 people were arrested."
    assert [f[0] for f in figures(text)] == [12]


@pytest.mark.parametrize(
    "text",
    [
        "xhalf a dozen wraps, someone saw eleven men and a1,000 or \u00a35 one twenty-one 7",
        "half  a kilo, onetwo, 5,000.5. and twenty\nfour, a hundred and a thousand",
        "Officers seized \u00a31.2m, 7,020g of cocaine and made fifty-five arrests",
    ],
)
def test_the_fast_candidate_pattern_finds_what_the_trie_finds(text: str) -> None:
    # CANDIDATE is CANDIDATE_ANY rewritten so that every alternative opens with a literal
    from extractor.rules import candidates

    low = text.lower()
    fast = [m.span() for m in candidates.CANDIDATE.finditer(low)]
    assert fast == [m.span() for m in candidates.CANDIDATE_ANY.finditer(low)]


def test_digits_of_another_script_are_still_read() -> None:
    # "\d" matches them; the fast candidate pattern only knows 0-9, so such a text takes the
    # trie pattern
    assert figures("Police made \u0663 arrests and seized 4 phones.") == [
        (3, "count", "exact"),
        (4, "count", "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("12 arrests", True),
        ("\u00a35,000 and caf\u00e9 \u00b2 \u00b3", True),  # Latin-1: superscripts are no \d
        ("\u201c12\u201d arrests", True),  # wider than Latin-1, but no other digit
        ("\u0663 arrests", False),
        ("\u00a35 and \u0967", False),
    ],
)
def test_only_ascii_digits(text: str, only: bool) -> None:
    from extractor.rules.numbers import _only_ascii_digits

    assert _only_ascii_digits(text) is only


def test_a_word_number_read_on_the_lower_cased_text_is_read_as_on_the_text() -> None:
    """find_figures tries the letter-opening branches on the lower-cased text (no case folding):
    every candidate gives what the whole pattern gives on the text as written."""
    from pathlib import Path

    from extractor.rules import numbers
    from extractor.rules.gazetteer import fold, lower_same_length

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    texts = [fold(p.read_text(encoding="utf-8")) for p in seeds]
    texts += [
        "TWENTY-TWO arrests, Half A Kilo of cocaine, A Dozen phones, One Hundred And Five "
        "officers, a Two-Kilo block, someone, eleven. Three Thousand Five Hundred wraps",
    ]
    assert len(texts) > 1
    for plain in texts:
        low = lower_same_length(plain)
        for pos, ch in enumerate(plain):
            if ch.isalpha() and (pos == 0 or not plain[pos - 1].isalnum()):
                want = numbers._figure_at(plain, pos, 0, len(plain))
                assert numbers._figure_at(plain, pos, 0, len(plain), low) == want, plain[pos:][:30]
