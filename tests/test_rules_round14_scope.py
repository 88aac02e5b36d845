"""Rules backend, scope round 14: mechanisms behind the scope errors of holdout24 and holdout25
(raid pages, TV scripts, interviews and page copies whose lead comes after furniture lines).

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- the lead is the first line written as a sentence: a page's standfirst, byline and picture
# -- lines (or a script's cues) come before it; a town the lead names frames the story ---------

RAID_PAGE = """ date 2025-03-05 Menu | Search
Riverside Echo
Four held after dawn raids on Huntingdon homes
Officers went through doors at two addresses on Tuesday
By A Reporter
Published 5 March 2025
[Image: A police car outside a house]

Four people were arrested when officers raided two homes in Huntingdon at dawn on Tuesday.

Cambridgeshire Police said officers found £3,150 in cash and seven mobile phones.

Three of those arrested have been charged.
"""


def test_a_raid_page_s_town_in_the_lead_frames_it_past_the_standfirst() -> None:
    got = areas(RAID_PAGE)
    assert got[("cash_seized", 3150)] == "Huntingdon"
    assert got[("phones_seized", 7)] == "Huntingdon"
    assert got[("charged", 3)] == "Huntingdon"


# -- a place named as where someone works (her office, a unit's headquarters) is no scope ------

OFFICE = """ date 2025-03-05 The detective who counts the phones

Detective Sergeant Ana Reyes keeps the seized phones in a cupboard in her office in Walthamstow.

She leads the Metropolitan Police team in Waltham Forest that has closed nine lines since June.

Her team has also seized £7,700 in cash, she says.
"""


def test_an_office_s_town_in_the_lead_does_not_frame_the_story() -> None:
    assert areas(OFFICE)[("cash_seized", 7700)] != "Walthamstow"


# -- "Countywide, ..." opening a sentence scopes it to the county of a town's story ------------

COUNTYWIDE = """ date 2025-03-05 Salisbury drug raids: nine arrested

Police have arrested nine people in Salisbury during a week of action against drug lines.

Officers also seized £2,900 in the town.

Countywide, 31 people were safeguarded during the week, Wiltshire Police said.
"""


def test_countywide_opening_a_sentence_is_the_town_s_county() -> None:
    got = areas(COUNTYWIDE)
    assert got[("arrests", 9)] == "Salisbury"
    assert got[("safeguarded", 31)] == "Wiltshire"


# -- "in the district" is the council area or policing district the article last named ---------

DISTRICT = """ date 2025-03-05 Drug lines week: figures for Tunbridge Wells published

The leader of Tunbridge Wells Borough Council welcomed the results after Kent Police published
the figures for its county lines week.

Officers made 12 arrests in the Tunbridge Wells district during the week, the force said.

Officers also closed three deal lines in the district and seized £4,650 in cash.

Across Kent, the force made 88 arrests during the week.
"""


def test_in_the_district_is_the_district_last_named() -> None:
    got = areas(DISTRICT)
    assert got[("lines_closed", 3)] == "Tunbridge Wells"
    assert got[("cash_seized", 4650)] == "Tunbridge Wells"
    assert got[("arrests", 88)] == "Kent"


# -- a fortnight's place is the operation's scope, as a week of action's is ---------------------

FORTNIGHT = """ date 2025-03-05 Landlord says tenants were threatened by dealers

By A Writer | Wednesday, 5 March 2025

A landlord says dealers used its flats, as police gave the results of a fortnight targeting
cuckooing in east Lancashire.

Officers visited 42 homes in Burnley and Accrington during the fortnight, Lancashire Police
said. Six people were arrested and £2,250 in cash was seized.

Across Lancashire in the same fortnight, officers visited 160 homes, the force said.
"""


def test_a_fortnight_in_a_named_part_of_a_county_is_that_part() -> None:
    got = areas(FORTNIGHT)
    assert got[("arrests", 6)] == "east Lancashire"
    assert got[("cash_seized", 2250)] == "east Lancashire"
    assert got[("addresses_visited", 160)] == "Lancashire"


# -- a force's raids "on the Wirral" frame the story there, as "in Newport" does ----------------

ON_THE = """ date 2025-03-05 Six held in morning raids

Six people have been arrested after Merseyside Police raided four homes on the Wirral on Monday.

Officers recovered £6,100 in cash and five mobile phones.
"""


def test_a_force_s_raids_on_a_place_one_is_on_frame_the_story_there() -> None:
    got = areas(ON_THE)
    assert got[("cash_seized", 6100)] == "Wirral"
    assert got[("phones_seized", 5)] == "Wirral"


# -- an elliptic breakdown: each place owns the figure after it ("X made 19 and Y the remaining
# -- 20", "followed by X with 90 and Y with 80", "A accounted for 12 ... and B for 7") ----------

REMAINING = """ date 2025-03-05 Regional raid day: 60 arrests

Forces in the South East made 60 arrests during the day.

Kent Police made 21 of the arrests, while Sussex Police made 19 and Surrey Police the remaining 20.
"""

FOLLOWED_BY = """ date 2025-03-05 Forces publish yearly county lines figures

Forces in England and Wales closed 900 lines in the year. The Metropolitan Police closed the
most, with 200 lines closed across London, followed by Kent Police with 90 and Essex Police with
80.
"""

ACCOUNTED = """ date 2025-03-05 Kent closes 30 drug lines

Kent Police said officers closed 30 lines in the year.

Within Kent, Maidstone accounted for 12 of the lines closed and Ashford for 7, the force said.
"""


def test_a_force_before_the_remaining_figure_owns_it() -> None:
    got = areas(REMAINING)
    assert got[("arrests", 19)] == "Sussex"
    assert got[("arrests", 20)] == "Surrey"


def test_followed_by_each_force_with_its_figure() -> None:
    got = areas(FOLLOWED_BY)
    assert got[("lines_closed", 90)] == "Kent"
    assert got[("lines_closed", 80)] == "Essex"


def test_an_opening_county_then_a_town_that_accounted_for_a_share() -> None:
    got = areas(ACCOUNTED)
    assert got[("lines_closed", 12)] == "Maidstone"
    assert got[("lines_closed", 7)] == "Ashford"


# -- a town whose name ends a joint district's name ("Ewell" in "Epsom and Ewell") is the town,
# -- not the district ------------------------------------------------------------------------------

JOINT_NAME = """ date 2025-03-05 Surrey police publish drug lines figures

Surrey Police said 16 people were arrested in the borough of Epsom and Ewell during the
fortnight.

Of those, eleven were arrested in Epsom and five were arrested in Ewell.
"""


def test_a_town_at_the_end_of_a_joint_district_name_is_the_town() -> None:
    got = areas(JOINT_NAME)
    assert got[("arrests", 5)] == "Ewell"


# -- a council area opening the sentence holds the towns its officers worked in ----------------

COUNCIL_OPENER = """ date 2025-03-05 Norfolk drug lines week: 40 arrests

Norfolk Police made 40 arrests during its week of action against county lines.

In North Norfolk, officers in Cromer and Fakenham made nine of the arrests.
"""

BOROUGH_OF = """ date 2025-03-05 Surrey police publish drug lines figures

Surrey Police said 16 people were arrested in the borough of Reigate and Banstead during the
fortnight.
"""


def test_a_council_area_opening_the_sentence_holds_its_towns_figure() -> None:
    assert areas(COUNCIL_OPENER)[("arrests", 9)] == "North Norfolk"


def test_in_the_borough_of_a_council_area_is_that_area() -> None:
    assert areas(BOROUGH_OF)[("arrests", 16)] == "Reigate and Banstead"


# -- a site ("a flat in X") in a neighbourhood is in the town the sentence named before it;
# -- a wide-list namesake from another county is the story's town's neighbourhood --------------

SITE_AFTER_TOWN = """ date 2025-03-05 Humberside drugs fortnight: 40 arrests

Humberside Police made 40 arrests across the force area during the fortnight.

Of those arrests, 19 were made in Grimsby, three of them teenagers found at a flat in Nunsthorpe.
"""

SITE_NAMESAKE = """ date 2025-03-05 Plymouth raids: 12 arrested

Officers arrested 12 people in Plymouth during a week of raids against drug lines. They also
recovered 400g of heroin in a raid on a house in Stonehouse.
"""

SITE_NEIGHBOUR_TOWN = """ date 2025-03-05 Doncaster raids: 12 arrested

Officers arrested 12 people in Doncaster during a week of raids against drug lines.

In linked raids, Rotherham officers arrested a further four people at a house in Maltby.
"""


def test_a_site_in_a_neighbourhood_is_in_the_town_named_before_it() -> None:
    assert areas(SITE_AFTER_TOWN)[("arrests", 3)] == "Grimsby"


def test_a_site_named_like_another_county_s_town_is_the_story_s_town() -> None:
    assert areas(SITE_NAMESAKE)[("drugs_weight_kg", 0.4)] == "Plymouth"


def test_a_real_town_of_the_same_county_keeps_its_figure() -> None:
    assert areas(SITE_NEIGHBOUR_TOWN)[("arrests", 4)] == "Maltby"


# -- a sub-heading naming a town scopes every paragraph under it, until a paragraph names another
# -- place or the next heading; "TOWN: A TITLE" names its town before the colon ------------------

ROUNDUP = """ date 2025-03-05 Court round-up: five jailed in three drug line cases

Five people were jailed at Lincoln Crown Court this week in three county lines cases brought by
Lincolnshire Police.

GRANTHAM: THE "BLUE" LINE RUN FROM NOTTINGHAM

Two men admitted running a line that sold heroin in Grantham for six months.

The two were jailed for a combined eleven years.

STOPPED ON THE A1

A driver caught with cocaine on the A1 was jailed for three years.

SKEGNESS: A FLAT TAKEN OVER

A woman who let dealers use her flat in Skegness was jailed for two years.

Two other defendants were given suspended sentences.

Detective Inspector Ann Cole, of Lincolnshire Police, said: "Between them these cases show
the harm the lines do."
"""


def test_a_town_heading_scopes_each_paragraph_of_its_section() -> None:
    got = areas(ROUNDUP)
    assert got[("jail_years", 11)] == "Grantham"
    assert got[("people_jailed", 5)] == "Lincolnshire"
    assert got[("other", 2)] == "Skegness"


# -- a title-case heading naming one town ("The Retford line") heads its case as capitals do -----

TITLE_HEADINGS = """ date 2025-03-05 Six jailed as two drug line cases end

Six people have been jailed in two cases brought by Nottinghamshire Police.

The Retford line

In the first case, two men from Sheffield were jailed for a combined eight years for running a
line into Retford.

Two other defendants were given suspended sentences.

The Mansfield line

Four people were jailed for a total of 15 years.
"""


def test_a_title_case_heading_naming_one_town_heads_its_case() -> None:
    got = areas(TITLE_HEADINGS)
    assert got[("other", 2)] == "Retford"
    assert got[("jail_years", 15)] == "Mansfield"


# -- a force's "district commander for X" introduces the officer whose figures the story gives --

COMMANDER = """ date 2025-03-05 Q&A: the police chief for Tendring on a week against drug lines

Superintendent Jo Marsh is Essex Police's district commander for Tendring. Her officers have just
finished a week of action against dealing in Clacton-on-Sea, Harwich and Frinton-on-Sea.

Q: How did the week go?

A: We closed five lines and safeguarded 14 young people.
"""


def test_a_force_s_district_commander_for_a_district_frames_the_q_and_a() -> None:
    got = areas(COMMANDER)
    assert got[("lines_closed", 5)] == "Tendring"
    assert got[("safeguarded", 14)] == "Tendring"


# -- a feature's long scene-setting lead: the team's policing district further down still frames
# -- it; a speaker's division in an attribution does not -----------------------------------------

FEATURE = """ date 2025-03-05 Inside the team chasing drug lines in Mid Ulster

The kettle goes on at seven every morning, and by the time it has boiled the first of the day's
messages has arrived on one of the seized phones lined up on the shelf. Most of them are from
customers who do not yet know that the number they have been texting for months now belongs to
the police, and some of them are remarkably polite about what they want and where they want it.

The detective sergeant who runs the shelf at Dungannon police station says she reads every
one of them, because each message
is a reminder of how many people the line was still reaching before it was shut down in the
spring, and how quickly another line would fill the gap if officers stopped paying attention.

She keeps a notebook beside the shelf, too, with a page for every line the team has closed, and
she says the pages fill up faster than anyone outside the office would believe, even on the
quiet weeks when nothing much seems to be happening on the streets of the towns it covers.

Her team covers the Mid Ulster policing district for the PSNI.

Since May it has arrested 28 people, the force says.
"""

ATTRIBUTED_DIVISION = """ date 2025-03-05 Drug lines targeted in Aberdeen

Officers in Aberdeen and Dundee have arrested 20 people in a crackdown on drug lines.

Twelve of those arrested have been charged.

Chief Inspector Ian Reid, of Police Scotland's North East Division, said the work would go on.
"""


def test_a_feature_s_policing_district_past_a_long_lead_frames_it() -> None:
    got = areas(FEATURE)
    assert got[("arrests", 28)] == "Mid Ulster"


def test_a_speaker_s_division_in_an_attribution_does_not_frame_the_story() -> None:
    assert areas(ATTRIBUTED_DIVISION)[("charged", 12)] != "North East"


# -- a town whose name opens a council area's ("Bracknell", "Bracknell Forest") is the town ------

TOWN_IN_COUNCIL = """ date 2025-03-05 MP welcomes drug lines week results

The MP for Bracknell said 15 arrests were made in Bracknell Forest during the week of action.

Of the arrests, nine were made in Bracknell town centre, Thames Valley Police said.
"""


def test_a_town_whose_name_opens_its_council_area_s_is_the_town() -> None:
    got = areas(TOWN_IN_COUNCIL)
    assert got[("arrests", 9)] == "Bracknell"
    assert got[("arrests", 15)] == "Bracknell Forest"


# -- "a further £X found at a unit in Y": Y is the added part's site, not the sentence's town ----

FURTHER_SITE = """ date 2025-03-05 Police revise figures from drug lines week

Avon and Somerset Police has revised the figures from its week of action.

It now says officers seized £8,400 in cash, after a further £1,900 found in Keynsham was counted.

The force also closed four lines.
"""


def test_a_further_figure_s_site_does_not_open_a_town_paragraph() -> None:
    got = areas(FURTHER_SITE)
    assert got[("cash_seized", 8400)] == "Avon and Somerset"
