"""Reading the gazetteer's data files: the fast TSV split gives what splitting and
stripping every cell gives."""

from __future__ import annotations

import re

import pytest

from extractor.rules import gazetteer


def _rows_the_plain_way(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@pytest.mark.parametrize(
    "text",
    [
        "# head\nA\tB\t\nC\tD\n\n",
        "A\tB \nC\tD",  # a cell ending in a space
        "A\t B\nC",  # a cell starting with one
        " A\tB\n",
        "A\tB\r\nC\tD\r\n",  # CRLF
        "A\tB\x0bC\tD",  # a line break splitlines knows and split("\n") does not
        "A\u00a0\tB\nC\u2028D\tE",  # no-break space, line separator
        "A\t\tB\n   \n#x\ty\nZ",
        "",
    ],
)
def test_tsv_rows_are_what_splitting_and_stripping_give(text: str) -> None:
    assert gazetteer.tsv_rows(text) == _rows_the_plain_way(text)


def test_the_shipped_tsv_files_parse_the_same_either_way() -> None:
    for name in ("regions.tsv", "counties.tsv", "towns.tsv", "gb_towns.tsv"):
        text = gazetteer._read(name)
        assert gazetteer.tsv_rows(text) == _rows_the_plain_way(text), name


@pytest.mark.parametrize(
    "window",
    [
        "a crackdown across ",
        "the Operation in ",
        "a week of action throughout the ",
        "an intensification week across ",
        "a week of intensification in ",
        "a county lines campaign across the ",
        "a two-day blitz in ",
        "a CRACKDOWN on dealers in the ",
    ],
)
def test_every_operation_word_gets_past_the_word_check(window: str) -> None:
    from extractor.rules.framing import _OPERATION_WORDS, OPERATION_SCOPE
    from extractor.rules.textsearch import search_hinted

    assert search_hinted(OPERATION_SCOPE, window, _OPERATION_WORDS)


def test_a_hinted_search_reads_non_ascii_text_in_full() -> None:
    import re

    from extractor.rules.textsearch import search_hinted

    pattern = re.compile(r"\bwill\b", re.IGNORECASE)
    assert not search_hinted(pattern, "officers closed ", ["will"])
    # case-insensitive "i" also matches a dotless i: no word check on such a text
    assert search_hinted(pattern, "they w\u0131ll close ", ["will"])


@pytest.mark.parametrize(
    "sentence",
    [
        "During the last week of action officers searched homes in Wrexham",
        "Its previous operation closed lines in Rhyl",
        "their earlier crackdown in Bangor",
        "The prior phase in Conwy",
        "The first phase of the inquiry last year, in Mold",
    ],
)
def test_every_earlier_event_word_gets_past_the_word_check(sentence: str) -> None:
    from extractor.rules.precedents import EARLIER_EVENT_AFTER_GAP, EARLIER_EVENT_WORDS
    from extractor.rules.textsearch import search_hinted

    assert search_hinted(EARLIER_EVENT_AFTER_GAP, " " + sentence, EARLIER_EVENT_WORDS)


@pytest.mark.parametrize(
    "window",
    [
        "officers, working in the ",
        "seized 4 phones across the whole county of ",
        "5in the ",  # no word boundary after the digit: no match, as with the plain search
        "raids in\n",
        "it was (in ",
        "arrests \u00efn the ",  # not ASCII: searched in full
        "the force said: ",
    ],
)
def test_a_tail_pattern_finds_what_its_regex_finds(window: str) -> None:
    from extractor.rules.framing import PREP_BEFORE

    found = PREP_BEFORE.search(window)
    plain = PREP_BEFORE.pattern.search(window)
    assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    "sentence",
    [
        "1,300 people were arrested across England and Wales",
        "arrests in the UK",
        "throughout the United Kingdom, 40 lines",
        "across the country, 12 raids",
        "officers nationally made 1,000 arrests",
        "900 arrests were made nationwide.",
    ],
)
def test_every_national_phrase_gets_past_the_word_check(sentence: str) -> None:
    from extractor.rules.national import _NATIONAL_WORDS, _STRONG_NATIONAL

    assert any(w in sentence for w in _NATIONAL_WORDS)
    assert _STRONG_NATIONAL.search(sentence)


def _lower_spans_the_lookbehind_way(low: str) -> list[tuple[int, int]]:
    """What LOWER_RE found when it opened with "(?<![a-z])" instead of taking a character."""
    from extractor.rules import compiled

    key = compiled.ASKED["lower_after_gap"][0]
    phrases = key.split("\0", 1)[1].split("\n")
    trie = gazetteer.trie_regex(phrases)
    pattern = re.compile(r"(?<![a-z])(?:" + trie + r")(?![\w-])")
    return [m.span() for m in pattern.finditer(low)]


@pytest.mark.parametrize(
    "text",
    [
        "crack cocaine and heroin were seized",  # a phrase at the very start
        "crack-cocaine, heroin,cannabis;spice",  # phrases one character apart
        "wisecrack crackdown: crack",  # inside words, and at the very end
        "Behalf a kilo of cannabis resin\nheroin",  # a line break before a phrase
        "essex police and the nca found \u00a3500 of crack",  # a non-ASCII character
        "1crack _heroin -spice \u00e9cocaine",  # digit, underscore, hyphen, letter before
        "",
    ],
)
def test_the_lower_case_scan_finds_what_a_lookbehind_finds(text: str) -> None:
    low = gazetteer.lower_same_length(text)
    found = [(m.start(), m.end() - 1) for m in gazetteer.LOWER_RE.finditer(" " + low)]
    assert found == _lower_spans_the_lookbehind_way(low)


def test_the_lower_case_scan_finds_what_a_lookbehind_finds_in_the_seed_articles() -> None:
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        low = gazetteer.lower_same_length(gazetteer.fold(path.read_text(encoding="utf-8")))
        found = [(m.start(), m.end() - 1) for m in gazetteer.LOWER_RE.finditer(" " + low)]
        assert found == _lower_spans_the_lookbehind_way(low), path.name


def test_no_cased_phrase_holds_a_word_a_lower_case_cased_phrase_opens_with() -> None:
    """The cased phrases in lower case ("north east") are searched apart from the others: one
    could then be found inside another's match, where the single pattern had passed over it;
    it would be kept only if it opened a word there, which no phrase allows."""
    from extractor.rules import compiled

    upper = compiled.ASKED["cased_upper"][0].split("\0", 1)[1].split("\n")
    pattern, first_words = gazetteer.CASED_LOWER
    assert first_words and all(pattern.match(w + " ") is None for w in ("east", "west"))
    for phrase in upper:
        for i in range(1, len(phrase)):
            if not (phrase[i - 1].isalnum() or phrase[i - 1] in "-_"):
                assert not phrase.startswith(first_words, i), phrase


def _cased_hits(plain: str, patterns: list[re.Pattern[str]]) -> list[tuple[int, int, object]]:
    """The cased mentions scan() keeps from ``patterns``' matches (its left-edge filter)."""
    hits = []
    for pattern in patterns:
        for m in pattern.finditer(plain):
            start = m.start()
            if start and (plain[start - 1].isalnum() or plain[start - 1] in "-_"):
                continue
            hit = gazetteer.CASED_LOOKUP.get(" ".join(m.group().split()))
            if hit is not None:
                hits.append((start, m.end(), hit))
    return sorted(hits, key=lambda h: (h[0], -h[1]))


def test_the_cased_scan_finds_what_one_pattern_over_all_cased_phrases_finds() -> None:
    from pathlib import Path

    from extractor.rules import compiled

    upper = compiled.ASKED["cased_upper"][0].split("\0", 1)[1].split("\n")
    lower = [p for p in gazetteer.CASED_LOOKUP if not p[:1].isupper()]
    whole = re.compile("(?:" + gazetteer.trie_regex([*upper, *lower]) + r")(?![\w-])")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts += ["In the north east and the South West; Bridgnorth east, eastern region, north-east"]
    for text in texts:
        plain = gazetteer.fold(text)
        apart = [gazetteer.CASED_RE, gazetteer.CASED_LOWER[0]]
        assert _cased_hits(plain, apart) == _cased_hits(plain, [whole])


def test_every_lower_case_phrase_opens_on_a_letter_or_digit() -> None:
    """LOWER_RE takes the character before a phrase: one opening on another character could
    be hidden by the match before it."""
    from extractor.rules import compiled

    phrases = compiled.ASKED["lower_after_gap"][0].split("\0", 1)[1].split("\n")
    assert phrases and all(phrase[:1].isalnum() for phrase in phrases)
