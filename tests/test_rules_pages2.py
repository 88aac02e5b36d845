"""Page copies, round 2: clutter blanked by ``pages.declutter`` must not change the story's scope.

Each rule is checked on examples of our own wording, in several variants.
"""

from __future__ import annotations

import pytest

from extractor.rules import extract_report

_NATIONAL_SECOND = [
    # a headline with no figure, a byline and stamps, then a local lead; the national week
    # is named only as the frame of the force's own operation
    (
        " date 2026-03-10 Dozens held as Lancashire police hit drug gangs in Preston\n\n"
        "By Sam Ellery, Crime Reporter\nPublished: 10 March 2026, 07:15\n\n"
        "Police in Lancashire arrested 33 people during a week-long crackdown on county "
        "lines, the force said.\n\n"
        "The activity, from Monday 2 March to Sunday 8 March, was part of a national "
        "intensification week led by the National County Lines Coordination Centre.\n\n"
        "Officers executed 19 warrants and seized £14,200 in cash.\n",
        "Lancashire",
    ),
    (
        " date 2026-05-02 Police target county lines gangs in Swindon\n\n"
        "Police made 21 arrests across the Wiltshire force area during a crackdown on county "
        "lines dealing.\n\n"
        "The week, which ran from 20 April to 26 April, was part of a national week of action "
        "co-ordinated by the NCLCC.\n\n"
        "Officers closed six deal lines and recovered nine weapons.\n",
        "Wiltshire",
    ),
    (
        " date 2026-09-18 Officers close drug lines in a week of raids\n\n"
        "Published 08:00, 18 SEP 2026\n\n"
        "Kent Police arrested 27 people during a crackdown on county lines.\n\n"
        "It ran from 7 September to 13 September as part of a national county lines week.\n\n"
        "Officers seized £8,900 in cash and safeguarded 15 vulnerable people.\n",
        "Kent",
    ),
]


@pytest.mark.parametrize(("text", "area"), _NATIONAL_SECOND)
def test_a_later_national_week_does_not_make_a_local_lead_national(text: str, area: str) -> None:
    report = extract_report(text, article_id="t")
    areas = {s.area for s in report.statistics}
    assert areas == {area}, [(s.metric, s.value, s.area) for s in report.statistics]


_KEY_POINTS = [
    (
        " date 2026-02-11 LIVE: Drug raids in Oldham and Rochdale – updates\n\n"
        "Key points\n"
        "- Greater Manchester Police searching homes across Oldham and Rochdale\n"
        "- The raids are part of Operation Kestrel, a county lines operation\n"
        "- Traffic held in Rochdale while a van was searched\n\n"
        "17:05\n"
        "That ends our coverage. Officers had arrested 12 people and seized £9,300 in cash "
        "by the end of the day.\n",
        "Greater Manchester",
    ),
    (
        " date 2026-06-30 Leeds and Bradford drug raids: what we know\n\n"
        "Summary\n"
        "* West Yorkshire Police officers raided addresses in Leeds and Bradford\n"
        "* It is the latest phase of a county lines crackdown\n"
        "* A school in Bradford was closed for the morning\n\n"
        "Officers arrested 15 people and closed four deal lines, the force said.\n",
        "West Yorkshire",
    ),
]


@pytest.mark.parametrize(("text", "area"), _KEY_POINTS)
def test_an_operation_word_ending_one_list_line_does_not_scope_the_next(
    text: str, area: str
) -> None:
    report = extract_report(text, article_id="t")
    areas = {s.area for s in report.statistics}
    assert areas == {area}, [(s.metric, s.value, s.area) for s in report.statistics]


_RUNNING_POST = [
    # a force's post printed in the page gives running counts; the story's totals replace them
    (
        " date 2026-04-17 Police close drug lines in Crewe\n\n"
        "Officers in Cheshire arrested 31 people and closed seven deal lines during a week of "
        "action against county lines in Crewe.\n\n"
        "Posted by @CheshirePolice · 15 Apr\n"
        "Day 3 of our week in Crewe: 18 arrests so far, 4 lines closed. Keep the calls coming\n\n"
        "Inspector Tom Barr said the week had gone well.\n",
        {("arrests", 31), ("lines_closed", 7)},
    ),
    (
        " date 2026-10-09 Swoop on county lines in Hastings\n\n"
        "Sussex Police said 22 people were arrested and £12,500 in cash was seized in Hastings "
        "during the week.\n\n"
        "@sussex_police · 6 Oct\n"
        "Another busy morning for our teams. That's 9 arrests and £4,000 seized to date "
        "#CountyLines\n\n"
        "The force thanked residents for their help.\n",
        {("arrests", 22), ("cash_seized", 12500)},
    ),
    (
        " date 2026-07-21 Drugs week ends with 40 held\n\n"
        "Staffordshire Police made 40 arrests in Stoke-on-Trent during a week of action "
        "against county lines, and closed 11 lines.\n\n"
        "Officers have already made 25 arrests and shut six lines this week, well done all.\n"
        "\u2014 Stoke Police (@StokePolice) July 16, 2026\n\n"
        "The force said more raids would follow.\n",
        {("arrests", 40), ("lines_closed", 11)},
    ),
]


@pytest.mark.parametrize(("text", "figures"), _RUNNING_POST)
def test_an_embedded_posts_running_counts_give_way_to_the_storys_totals(
    text: str, figures: set
) -> None:
    report = extract_report(text, article_id="t")
    assert {(s.metric.value, s.value) for s in report.statistics} == figures


def test_an_embedded_posts_own_new_figures_stay() -> None:
    text = (
        " date 2026-04-17 Police close drug lines in Crewe\n\n"
        "Officers in Cheshire arrested 31 people during a week of action against county "
        "lines in Crewe.\n\n"
        "Posted by @CheshirePolice · 15 Apr\n"
        "Out again this morning in Nantwich. 3 more arrests, 2 lines shut.\n\n"
        "Inspector Tom Barr said the week had gone well.\n"
    )
    report = extract_report(text, article_id="t")
    got = {(s.metric.value, s.value) for s in report.statistics}
    assert {("arrests", 3), ("lines_closed", 2), ("arrests", 31)} <= got


_MEDICAL_PAGES = [
    (
        "Hospital pharmacy runs short of cancer drugs after supplier delay\n\n"
        "By Amy Lowe\nPublished 09:10 | Updated 10:40\n\n"
        "Staff at Royal Hallamshire Hospital in Sheffield treated 12 cardiac arrests on Friday "
        "while stocks of cancer drugs and prescription drugs ran low.\n\n"
        "Read more: Man arrested after 2kg of cocaine found in car in Rotherham\n\n"
        "Advertisement\n"
    ),
    (
        " date 2026-01-08 Paramedics stretched as calls double in Norfolk\n\n"
        "The East of England Ambulance Service said crews attended nine cardiac arrests in "
        "Norwich and two vans were off the road after their engines seized.\n\n"
        "Supplies of pain-relief drugs were restocked overnight.\n\n"
        "Share this article\n"
    ),
]


@pytest.mark.parametrize("text", _MEDICAL_PAGES)
def test_a_medical_page_is_outside_the_genre(text: str) -> None:
    report = extract_report(text, article_id="t")
    assert report.statistics == [] and report.locations == []


_CREDIT_ONLY = [
    (
        " date 2026-03-02 Fourteen held in county lines week\n\n"
        "Image caption: Officers at one of the raided flats. Picture: Kent Police\n\n"
        "Police arrested 14 people and seized £3,100 in cash during a week of action against "
        "county lines, the force said.\n",
        "Kent",
    ),
    (
        " date 2026-08-19 Drug line shut after dawn raids\n\n"
        "Image source, Essex Police\n"
        "Image caption, A door is forced open\n\n"
        "Officers closed two deal lines and arrested five men in dawn raids targeting county "
        "lines dealing.\n",
        "Essex",
    ),
    (
        " date 2026-12-04 Dealers held as officers swoop\n\n"
        "Detectives with seized cash (Image: Thames Valley Police)\n\n"
        "Nine people were arrested and 11 phones seized in raids aimed at county lines "
        "gangs.\n",
        "Thames Valley",
    ),
]


@pytest.mark.parametrize(("text", "area"), _CREDIT_ONLY)
def test_a_force_named_only_in_a_caption_credit_scopes_a_story_that_names_no_area(
    text: str, area: str
) -> None:
    report = extract_report(text, article_id="t")
    assert report.statistics
    assert {s.area for s in report.statistics} == {area}


def test_a_link_lines_force_never_scopes_the_story() -> None:
    text = (
        " date 2026-03-02 Fourteen held in county lines week\n\n"
        "Police arrested 14 people during a week of action against county lines, the force "
        "said.\n\n"
        "Read more: Kent Police seize £40,000 of cocaine in Dover\n"
    )
    report = extract_report(text, article_id="t")
    assert report.statistics and all(s.area != "Kent" for s in report.statistics)


_HYPHENATED_TOWNS = [
    (
        " date 2026-05-05 Raids in Southend\n\n"
        "Essex Police arrested 20 people during a week of action against county lines in "
        "Southend-on-Sea and Basildon.\n\n"
        "In Southend, officers executed six warrants.\n",
        "Southend-on-Sea",
    ),
    (
        " date 2026-05-05 Raids in Weston\n\n"
        "Avon and Somerset Police arrested 15 people during a week of action against county "
        "lines in Weston-super-Mare and Bath.\n\n"
        "In Weston, officers executed eight warrants.\n",
        "Weston-super-Mare",
    ),
]


@pytest.mark.parametrize(("text", "full"), _HYPHENATED_TOWNS)
def test_a_hyphenated_towns_short_name_takes_the_full_name(text: str, full: str) -> None:
    report = extract_report(text, article_id="t")
    warrants = [s for s in report.statistics if s.metric.value == "warrants"]
    assert [s.area for s in warrants] == [full]
    assert full in report.locations and full.split("-")[0] not in report.locations


_NAV_PAGES = [
    (
        " date 2026-02-03 Home | News | Crime\n\n"
        "Luton raids: 16 arrested and £20,000 seized\n\n"
        "Bedfordshire Police said 16 people were arrested in Luton during a week of action "
        "against county lines. Officers also seized cash and phones.\n",
        "Home | News | Crime",
    ),
    (
        " date 2026-02-03 News > Latest news > Crime\n\n"
        "Loughborough week of action: 11 arrests and 7 lines closed\n\n"
        "Officers arrested 11 people in Loughborough during a week of action against county "
        "lines, the force said. Several deal lines were shut down.\n",
        "News > Latest news > Crime",
    ),
    (
        " date 2026-02-03 Heddlu Dyfed-Powys | Dyfed-Powys Police\n"
        "Newyddion | News\n\n"
        "Llanelli drugs week: 9 arrested and £6,500 seized\n\n"
        "Dyfed-Powys Police arrested nine people in Llanelli during a week of action against "
        "county lines. Officers also seized cash.\n",
        "Newyddion | News",
    ),
]


@pytest.mark.parametrize(("text", "nav"), _NAV_PAGES)
def test_a_sites_navigation_line_is_no_headline(text: str, nav: str) -> None:
    from extractor.rules.pages import declutter

    out = declutter(text)
    at = text.index(nav)
    assert out[at : at + len(nav)].strip() == ""
    report = extract_report(text, article_id="t")
    # the real headline's figures are no evidence: only the body's arrests
    assert len(report.statistics) == 1 and report.statistics[0].metric.value == "arrests"


def test_a_site_name_over_a_navigation_line_is_no_headline() -> None:
    text = (
        " date 2026-02-03 Leicestershire Police\n"
        "News > Latest news > Crime\n\n"
        "Loughborough week of action: 11 arrests and 7 lines closed\n\n"
        "Officers arrested 11 people in Loughborough during a week of action against county "
        "lines, Leicestershire Police said. Several deal lines were shut down.\n"
    )
    report = extract_report(text, article_id="t")
    assert [s.metric.value for s in report.statistics] == ["arrests"]
    assert report.agencies


_COMPASS_AREA = [
    (
        " date 2026-06-09 Raids target dealers in two towns\n\n"
        "Officers arrested 18 people during a week of action against county lines in "
        "north-west Norfolk.\n\n"
        "They also seized £7,400 in cash.\n",
        "north-west Norfolk",
    ),
    (
        " date 2026-06-09 Drug lines shut\n\n"
        "Police closed six deal lines during a crackdown on county lines across east Kent, "
        "the force said.\n\n"
        "Officers also arrested 12 people.\n",
        "east Kent",
    ),
]


@pytest.mark.parametrize(("text", "area"), _COMPASS_AREA)
def test_an_operations_compass_area_is_the_area_as_written(text: str, area: str) -> None:
    report = extract_report(text, article_id="t")
    assert {s.area for s in report.statistics} == {area}


_QUOTED_RESTATEMENTS = [
    (
        " date 2026-06-09 Raids target dealers in two towns\n\n"
        "Officers arrested 18 people during a week of action against county lines in "
        "north-west Norfolk.\n\n"
        'Inspector Dan Hale, of Norfolk Constabulary, said: "Eighteen arrests is a strong '
        'week for the team."\n',
        [(18, "north-west Norfolk")],
    ),
    (
        " date 2026-06-09 Drug raids in Calderdale\n\n"
        "Calderdale officers made 14 arrests during a week of action against county lines.\n\n"
        'Sergeant Amy Pike, of West Yorkshire Police, said: "Fourteen arrests in seven days '
        'shows what the team can do."\n',
        [(14, "Calderdale")],
    ),
]


@pytest.mark.parametrize(("text", "figures"), _QUOTED_RESTATEMENTS)
def test_a_force_speakers_restatement_of_the_storys_figure_is_that_figure(
    text: str, figures: list
) -> None:
    report = extract_report(text, article_id="t")
    assert [(s.value, s.area) for s in report.statistics] == figures
