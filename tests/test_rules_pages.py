"""Web-page clutter around an article: blanked in place, never the article's own words.

``pages.declutter`` blanks clutter lines with spaces (so every offset of the body stays
valid) and joins hard-wrapped lines; ``markup.decode_page`` reads ``&amp;`` and friends, line ends,
invisible characters, Markdown emphasis and split digit groups, with offsets mapped back to the
text as given.
"""

from __future__ import annotations

import textwrap

import pytest

from extractor.rules import extract_report
from extractor.rules.markup import decode_page
from extractor.rules.pages import declutter

BODY = "Kent Police arrested 12 people in Dartford during the week of action."


def _blanked(page: str, line: str) -> bool:
    out = declutter(page)
    at = page.index(line)
    return len(out) == len(page) and out[at : at + len(line)].strip() == ""


def _kept(page: str, line: str) -> bool:
    out = declutter(page)
    at = page.index(line)
    return len(out) == len(page) and out[at : at + len(line)] == line


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Seven arrested in Luton as police swoop on drug dealers",
        "READ MORE | Man, 24, jailed after 3kg of cocaine found in Leeds flat",
        "Related: Twelve people charged after raids across Bradford and Halifax",
        "See also: Police seize 40 phones and £18,000 cash in Cardiff crackdown",
    ],
)
def test_a_link_line_is_blanked(line: str) -> None:
    assert _blanked(f"Headline\n\n{BODY}\n\n{line}\n\n{BODY}\n", line)


def test_a_list_of_other_stories_is_blanked_up_to_the_body() -> None:
    page = (
        f"Headline\n\n{BODY}\n\nMost read\n1. Seven arrested in Luton\n"
        "2. £250,000 cannabis factory discovered in Swindon\n\n"
        "In Gravesend, officers seized £4,000 in cash and closed two lines.\n"
    )
    assert _blanked(page, "Most read")
    assert _blanked(page, "2. £250,000 cannabis factory discovered in Swindon")
    assert _kept(page, "In Gravesend, officers seized £4,000 in cash and closed two lines.")


@pytest.mark.parametrize(
    "line",
    [
        "Read the full report on the force's website, which lists 40 arrests.",
        "Related offences, including 3 stabbings, were also investigated.",
        "Officers said they would share intelligence with Essex Police about 9 lines.",
        "Share information about drug dealing with Crimestoppers.",
        "By the end of the week, 40 people had been arrested in Dartford.",
        "By Friday, officers had arrested 12 people.",
        "Published figures show 44 arrests in Kent last year.",
        "More than 30 people were safeguarded.",
        "Most of the 19 people arrested were from London.",
        "We use a lot of intelligence from the public, said Insp Jo Reed.",
        "A post office in Gravesend was searched and 2 knives were found.",
        "Comments made by the judge were reported in full.",
    ],
)
def test_a_body_sentence_that_looks_like_clutter_survives(line: str) -> None:
    assert _kept(f"Headline\n\n{BODY}\n\n{line}\n\n{BODY}\n", line)


@pytest.mark.parametrize(
    "lines",
    [
        ["By Jane Holloway, Crime Reporter", "Published: 14:05, 20 November 2026"],
        ["By Tom Reddy and Priya Nair", "Updated 9:15 GMT, 3 March 2026"],
        ["Jane Holloway", "Published 20 November 2026 | Updated 21 November 2026"],
        ["Tom Reddy", "Published: 10:07, 19 September 2026"],
        ["3 min read"],
    ],
)
def test_a_byline_and_time_stamps_are_blanked(lines: list[str]) -> None:
    page = "Headline\n\n" + "\n".join(lines) + f"\n\n{BODY}\n"
    for line in lines:
        assert _blanked(page, line), line
    assert _kept(page, BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Officers during a raid in Chelmsford (Image: Essex Police)",
        "Some of the 12 phones seized in Reading. Photo: PA",
        "Image caption, Police searched 40 homes in Wigan",
        "Image source, Getty Images",
        "The flat in Lincoln where 30 wraps were found. Credit: Kent Police",
    ],
)
def test_a_photo_caption_is_blanked(line: str) -> None:
    assert _blanked(f"Headline\n\n{BODY}\n\n{line}\n\n{BODY}\n", line)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Story continues below advertisement",
        "Sign up to our free daily newsletter for the latest news from Kent",
        "Get the latest crime news straight to your inbox",
        "Thank you for subscribing!",
        "Share this article",
        "Facebook Twitter WhatsApp Email",
        "We use cookies to improve your experience. By continuing you agree to our use.",
        "Accept all cookies",
    ],
)
def test_adverts_newsletter_share_and_cookie_lines_are_blanked(line: str) -> None:
    assert _blanked(f"Headline\n\n{BODY}\n{line}\n{BODY}\n", line)


def test_an_embedded_post_is_blanked() -> None:
    tweet = "Officers arrested 14 people in Wigan today #CountyLines pic.twitter.com/aX2"
    by = "\u2014 Police (kent_police) (@kent_police) June 3, 2026"
    page = f"Headline\n\n{BODY}\n\n{tweet}\n{by}\n\nSkip X post\nAllow X content?\n"
    page += f"14 people like this.\nEnd of X post\n\n{BODY}\n"
    for line in (tweet, by, "Skip X post", "14 people like this.", "End of X post"):
        assert _blanked(page, line), line


def test_reader_comments_are_blanked() -> None:
    page = (
        f"Headline\n\n{BODY}\n\n23 comments\nDaveInLuton, Wigan \u00b7 2 hours ago\n"
        "50 arrests and they'll all be out by Friday.\nReply \u00b7 4 likes\n"
    )
    assert _blanked(page, "50 arrests and they'll all be out by Friday.")
    assert _kept(page, BODY)


PARAGRAPHS = [
    " date 2026-11-20 Forty-one arrested as police target county lines drug dealers in Norwich "
    "and Thetford",
    "Norfolk Constabulary arrested 41 people during a week of action against county lines "
    "drug dealing, with almost half of them detained in Norwich.",
    "Officers seized \u00a323,750 in cash, closed 11 deal lines and safeguarded 34 vulnerable "
    "people, the force said.",
    "In Thetford, a team visited 26 addresses.",
]
CLEAN = "\n\n".join(PARAGRAPHS) + "\n"
WRAPPED = "\n".join(textwrap.fill(p, 72, break_on_hyphens=False) for p in PARAGRAPHS) + "\n"


def test_hard_wrapped_lines_are_joined_and_paragraph_ends_kept() -> None:
    out = declutter(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert WRAPPED.count("\n") == 7  # the test's own premise: lines were wrapped
    assert out.replace("\n", " ") == WRAPPED.replace("\n", " ")
    assert out.count("\n") == 4  # one newline a paragraph: the paragraphs stay apart
    assert "drug dealers in Norwich and Thetford\nNorfolk" in out


def test_a_wrapped_page_reads_like_the_clean_article() -> None:
    a = extract_report(CLEAN, article_id="x")
    b = extract_report(WRAPPED, article_id="x")
    got = {(s.metric, s.area, s.value) for s in b.statistics}
    assert got == {(s.metric, s.area, s.value) for s in a.statistics}
    assert len(got) >= 4


def test_unwrapped_articles_are_left_alone() -> None:
    page = f" date 2024-06-07 \nHeadline\n{BODY}\nIn Preston, officers closed three lines.\n"
    assert declutter(page) == page


def test_entities_are_decoded_with_offsets_into_the_text_as_given() -> None:
    page = (
        " date 2026-03-02 Avon &amp; Somerset county lines raids\n\n"
        "Avon &amp; Somerset Police arrested 17 people in Bristol&#8217;s city centre "
        "during a county lines week of action and seized &pound;8,000 in cash.\n\n"
        "Insp Jo Reed said: &ldquo;We won&#8217;t stop.&rdquo;\n"
    )
    decoded = decode_page(page)
    assert decoded is not None and "Avon & Somerset Police" in decoded.text
    report = extract_report(page, article_id="x")
    assert {(s.metric.value, s.value) for s in report.statistics} >= {
        ("arrests", 17),
        ("cash_seized", 8000),
    }
    for s in report.statistics:
        assert page[s.evidence_start : s.evidence_end] == s.evidence
    for q in report.quotes:
        assert page[q.text_start : q.text_end] == q.text


def test_text_without_entities_is_not_decoded() -> None:
    assert decode_page("Fish & chips; 3 arrests") is None


def test_an_all_caps_headline_is_written_as_the_body_writes_it() -> None:
    page = (
        " date 2026-01-09 FOURTEEN ARRESTED IN READING AS POLICE TARGET DRUG LINES\n\n"
        "Thames Valley Police arrested 14 people in Reading during a county lines week.\n"
    )
    out = declutter(page)
    assert len(out) == len(page)
    assert out.startswith(
        " date 2026-01-09 Fourteen arrested in Reading as Police target drug lines\n"
    )


def test_a_headline_in_ordinary_case_is_left_alone() -> None:
    page = " date 2026-01-09 PSNI: 17 ARRESTS in Belfast\n\nPSNI officers arrested 17 people.\n"
    assert declutter(page) == page


def _wrap(paragraphs: list[str], width: int = 64) -> str:
    return "\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs) + "\n"


def test_a_dash_wrapped_to_a_line_start_is_no_list_item() -> None:
    page = _wrap(
        [
            " date 2026-01-09 Police seize drugs in Kent county lines week",
            "Across the week, officers seized \u00a31.2m in cash, 148kg of drugs - mostly cocaine "
            "and cannabis - and 230 weapons, 154 of which were knives, the force said.",
            "Officers also closed 12 deal lines.",
        ],
        62,
    )
    assert "\n- " in page  # the premise: the dash opens a wrapped line
    assert "\n- " not in declutter(page)


def test_table_rows_in_columns_are_never_joined() -> None:
    rows = "Arrests                    38        17           52           61      168\n"
    rows += "Warrants                   21         9           30           44      104\n"
    page = _wrap([" date 2026-01-09 Titan county lines results", BODY * 2, BODY * 3]) + rows
    assert declutter(page).endswith(rows)


def test_a_link_line_does_not_swallow_the_wrapped_paragraph_after_it() -> None:
    para = (
        "Speaking to ITV Tyne Tees, Chief Inspector Dawn Akerele said the force had arrested "
        "36 people in a week of action against county lines drug dealing."
    )
    page = _wrap([" date 2026-01-09 Three dozen arrested in county lines week", BODY * 2])
    page += "Watch: officers force the door of a property in Byker\n" + _wrap([para], 60)
    out = declutter(page)
    assert "Watch:" not in out and "Chief Inspector Dawn Akerele said" in out


_LIVE_PAGE = """ date 2026-06-11 LIVE: County lines day of action in Wakefield and Castleford

Key points
- Raids at addresses in Wakefield and Castleford
- 13 arrests so far, police say

18:10
Last update from West Yorkshire Police
We are ending our live coverage here. West Yorkshire Police said officers arrested 13 people in \
Wakefield and Castleford today, searched nine addresses under warrant and seized £6,350 in cash.

Of the 13 arrests, eight were in Wakefield and five in Castleford.

15:40
Arrests now at ten
Police say ten people have now been arrested across the two towns.

12:15
Castleford: car stopped on the A656
Officers stopped a car on the A656 near Castleford and found 45 wraps of heroin.
"""

_TABLE_PAGE = """ date 2026-03-02 Week of action by district

Kent Police made 40 arrests in a county lines week of action. By district:

District      Arrests   Lines closed
Medway        14        3
Thanet        9         2
Maidstone     6         1
"""


def _keys(page: str) -> list[tuple[str, str, float]]:
    report = extract_report(page, article_id="x")
    for s in report.statistics:
        assert page[s.evidence_start : s.evidence_end] == s.evidence
        assert s.evidence == s.evidence.strip()
    for q in report.quotes:
        assert page[q.text_start : q.text_end] == q.text
    return sorted((s.metric.value, s.area, s.value) for s in report.statistics)


@pytest.mark.parametrize(
    "line_end",
    ["\r\n", "\r", "  \n", "\t\r\n"],
    ids=["windows", "old-mac", "spaces-before", "tab-and-windows"],
)
@pytest.mark.parametrize("page", [_LIVE_PAGE, _TABLE_PAGE], ids=["live", "table"])
def test_a_page_reads_the_same_however_its_lines_end(page: str, line_end: str) -> None:
    """A release e-mailed from Windows ("\\r\\n"), an old Mac export ("\\r") or a page with
    spaces left at its line ends gives the record of the same page with bare "\\n" line ends,
    its spans in the text as given. Before: with "\\r\\n" the live page's superseded "ten
    people have now been arrested" came back as a figure; with "\\r" the table's rows were lost.
    """
    assert _keys(page.replace("\n", line_end)) == _keys(page)


def test_line_ends_are_read_with_offsets_into_the_text_as_given() -> None:
    page = "Kent Police made 40 arrests.  \r\nOfficers seized £5,000.\r\n"
    decoded = decode_page(page)
    assert decoded is not None
    assert decoded.text == "Kent Police made 40 arrests.\nOfficers seized £5,000.\n"
    at = decoded.text.index("Officers")
    assert decoded.span(at, at + len("Officers seized £5,000."), page) == (
        page.index("Officers"),
        page.index("Officers") + len("Officers seized £5,000."),
    )
    assert decoded.span(0, decoded.text.index("\n"), page) == (
        0,
        len("Kent Police made 40 arrests."),
    )


_RELEASE = """ date 2026-09-18 Dealers targeted in Blackpool and Fleetwood

Lancashire Police arrested 21 people in Blackpool and Fleetwood during a county lines week of \
action, closed five deal lines and seized £14,250 in cash.

In Fleetwood, officers visited 32 addresses and safeguarded nine vulnerable adults.

Inspector Carla Brent said: "Dealers who exploit vulnerable people will find us at the door."
"""


@pytest.mark.parametrize(
    "page",
    [
        "\ufeff" + _RELEASE,  # a byte-order mark: a file saved on Windows
        _RELEASE.replace("Fleetwood", "Fleet\u00adwood").replace("vulnerable", "vul\u00adnerable"),
        _RELEASE.replace(" lines", "\u200b lines").replace("£14,250", "£14,\u200b250"),
        _RELEASE.replace("Fleetwood", "Fleet&shy;wood").replace("arrested", "arr&#8203;ested"),
    ],
    ids=["byte-order-mark", "soft-hyphens", "zero-width-spaces", "as-entities"],
)
def test_invisible_characters_are_not_read(page: str) -> None:
    """Soft hyphens, zero-width spaces and a byte-order mark, which a web page or a Windows file
    carries and nobody sees, change nothing: the same statistics, places and quote as the
    clean text, every span in the text as given. Before: a byte-order mark lost the date line,
    a soft hyphen in "Fleetwood" made the town "Fleet", a zero-width space in
    "£14,250" read £14."""
    clean = extract_report(_RELEASE, article_id="x")
    report = extract_report(page, article_id="x")
    assert _keys(page) == _keys(_RELEASE)
    assert report.locations == clean.locations
    assert report.published == clean.published
    assert [q.speaker for q in report.quotes] == [q.speaker for q in clean.quotes]


def test_markdown_emphasis_inside_a_line_is_not_read() -> None:
    """A page converted to Markdown bolds or italicises figures and words inside its lines:
    "**21 people**", "*county lines*", "**£14,250**", "__Fleetwood__". They read as the plain
    words, spans in the text as given. Before: "In __Fleetwood__" lost the town, so its
    figures went to the force (and over 168 training articles with every figure in bold, 140
    records changed; now 3). A line wholly in emphasis (a caption in italics) keeps its
    markers for the clutter pass, so a place named only in it is still no location."""
    page = (
        _RELEASE.replace("21 people", "**21 people**")
        .replace("county lines", "*county lines*")
        .replace("£14,250", "**£14,250**")
        .replace("In Fleetwood", "In __Fleetwood__")
    )
    assert _keys(page) == _keys(_RELEASE)
    with_caption = _RELEASE.replace(
        "\n\nIn Fleetwood", "\n\n*Officers at a flat in Garstang on Tuesday*\n\nIn Fleetwood"
    )
    assert "Garstang" not in extract_report(with_caption, article_id="x").locations
    assert _keys(with_caption) == _keys(_RELEASE)


@pytest.mark.parametrize("space", ["\u2009", "\u202f", "\u00a0"], ids=["thin", "narrow", "nbsp"])
def test_digit_groups_split_by_a_thin_space_read_as_one_number(space: str) -> None:
    """ "£14 250" with a thin, narrow no-break or no-break space between its digit groups (style
    pasted from outside the UK) is £14,250, its span the text as given. Before: £14 and 250."""
    page = _RELEASE.replace("£14,250", f"£14{space}250")
    assert _keys(page) == _keys(_RELEASE)
    cash = [s for s in extract_report(page, article_id="x").statistics if s.value == 14250]
    assert cash and cash[0].evidence.endswith(f"£14{space}250 in cash")


def test_a_space_between_a_year_and_a_count_joins_nothing() -> None:
    decoded = decode_page("In 2025\u00a0300 arrests were made, and 3.5\u00a0000 is no group.")
    assert decoded is None
