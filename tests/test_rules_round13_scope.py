"""Rules backend, scope round 13: mechanisms behind the scope and locations errors of holdout21,
holdout22 and holdout23 (news pages, council reports, interviews, threads).

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report
from extractor.testing.rules import statistic_areas as areas

# -- a town the headline names alone is the story, although a standfirst comes first -----------

HEADLINE_TOWN = """ date 2025-03-05 News > Crime

Three held as officers raid two Kettering flats in morning swoop

Detectives smashed their way into homes in the hunt for a Birmingham gang's dealers

By A Writer
Crime desk

Police arrested three people when they raided two flats in Kettering early on Tuesday.

Officers from Northamptonshire Police's county lines team led the raids. Two men have been
charged and will appear before Northampton magistrates today.

At the flats they found £2,150 in cash and nine mobile phones.

Anyone with information can call Northamptonshire Police on 101.
"""

HEADLINE_TOWN_COUNTY = HEADLINE_TOWN.replace(
    "Police arrested three",
    "Across the county the force has made 80 arrests this year. Police arrested three",
)


def test_the_headline_s_one_town_frames_a_raid_story_after_a_standfirst() -> None:
    got = areas(HEADLINE_TOWN)
    assert got[("cash_seized", 2150)] == "Kettering"
    assert got[("phones_seized", 9)] == "Kettering"


def test_a_county_scope_in_the_body_keeps_the_force_framing() -> None:
    assert areas(HEADLINE_TOWN_COUNTY)[("phones_seized", 9)] == "Northamptonshire"


# -- a force's figures for one town: the headline's short name is the body's full one, and a
# -- county line of its own is the wider level beside the town's, not the story's scope -------

TOWN_SHORT = """ date 2025-03-05 Council told of drug dealing figures for Clacton

Essex Police has supplied the figures to the town council.

Officers in Clacton-on-Sea arrested 22 people over the summer and closed four deal lines.

They also seized £8,300 in cash, the figures show.
"""

TOWN_COUNTY_LINE = """ date 2025-03-05 Council told of drug dealing figures for Harlow

Essex Police has supplied the figures to the town council.

Officers in Harlow arrested 22 people over the summer and closed four deal lines.

They also seized £8,300 in cash, the figures show.

Across the county, the force made 190 county lines arrests over the same months.
"""

TOWN_COUNTY_WEEK = TOWN_COUNTY_LINE.replace(
    "council.\n", "council for its week of action across the county.\n"
)


def test_the_headline_s_short_town_name_is_the_body_s_full_one() -> None:
    assert areas(TOWN_SHORT)[("cash_seized", 8300)] == "Clacton-on-Sea"


def test_a_county_line_of_its_own_leaves_the_town_its_story() -> None:
    got = areas(TOWN_COUNTY_LINE)
    assert got[("cash_seized", 8300)] == "Harlow"
    assert got[("arrests", 190)] == "Essex"


def test_a_county_scope_inside_a_sentence_keeps_the_force_framing() -> None:
    assert areas(TOWN_COUNTY_WEEK)[("cash_seized", 8300)] == "Essex"


# -- the force's own sentence names the headline's one town: the town's story, although the
# -- body later names another town of the force (the operation's span, a second search) -------

RAIDS_TOWN = """ date 2025-03-05 Five arrested in Biggleswade dawn raids

Five people were arrested when Bedfordshire Police officers raided three addresses in Biggleswade
at dawn on Tuesday.

Officers found £3,150 in cash and four mobile phones at the properties.

The raids were part of an operation targeting dealing in Biggleswade and Bedford.
"""

ONE_FLAT = """ date 2025-03-05 Cash found in Luton flat

Bedfordshire Police found £50,000 in cash when officers raided a flat in Luton on Tuesday as
part of an investigation into cocaine dealing.

A second address in Dunstable was searched the same morning.

Four people were arrested, three in Luton and one in Dunstable. Six phones were seized.
"""


def test_the_force_s_raids_in_the_headline_s_town_are_the_town_s() -> None:
    got = areas(RAIDS_TOWN)
    assert got[("cash_seized", 3150)] == "Biggleswade"
    assert got[("phones_seized", 4)] == "Biggleswade"


def test_one_raided_flat_in_the_headline_s_town_is_a_site_of_the_force_s_work() -> None:
    assert areas(ONE_FLAT)[("phones_seized", 6)] == "Bedfordshire"


# -- a road stop near another town, in a story of one town: outside the town, the force's -----

ROAD_STOP = (
    RAIDS_TOWN
    + """
Later that day officers stopped a car on the A1 near Bedford and found £900 and 30 wraps of heroin.
"""
)

ROAD_STOP_AT_TOWN = (
    RAIDS_TOWN
    + """
Later officers stopped a car on the A1 near Biggleswade and found £900 and 30 wraps of heroin.
"""
)


def test_a_road_stop_near_another_town_takes_the_force_area() -> None:
    got = areas(ROAD_STOP)
    assert got[("cash_seized", 900)] == "Bedfordshire"
    assert got[("other", 30)] == "Bedfordshire"


def test_a_road_stop_near_the_story_s_town_stays_the_town_s() -> None:
    assert areas(ROAD_STOP_AT_TOWN)[("cash_seized", 900)] == "Biggleswade"


# -- a thread's post author lines name who posted, not where the work was --------------------

THREAD = """ date 2025-03-05 Kent Police
@kent_police

Officers from our Thanet teams are out across Margate and Ramsgate targeting county lines.

Updates in this thread through the day.

Kent Police @kent_police · 9:40 AM
Update: 5 arrests so far this morning across Thanet.

Kent Police @kent_police · 11:15 AM
Searches are still going on at a number of addresses, so please don't speculate about
individual properties in the replies. We will share more once the searches are finished.

Kent Police @kent_police · 1:05 PM
Our officers and council colleagues have been knocking on doors where we think vulnerable
residents may have had their homes taken over by dealers, a crime known as cuckooing.

Kent Police @kent_police · 3:20 PM
If you are worried that someone you know is being exploited, please talk to us. You can
report anonymously through Crimestoppers, and every call is followed up by our team.

Kent Police @kent_police · 5:30 PM
That's a wrap on today's day of action in Thanet. The final figures:
✅ 9 people arrested
✅ £4,100 in cash seized
"""

COUNCILS_THREAD = """ date 2025-03-05 Surrey Police
@SurreyPolice

Officers in Elmbridge and Mole Valley have been out targeting county lines dealing today.

Surrey Police @SurreyPolice
Warrants executed at two addresses in Cobham this morning.

Surrey Police @SurreyPolice
UPDATE: total for the day is 7 arrests and £2,800 cash seized across Elmbridge and Mole Valley.
"""


def test_a_thread_s_post_author_lines_scope_no_figure() -> None:
    got = areas(THREAD)
    assert got[("arrests", 9)] == "Thanet"
    assert got[("cash_seized", 4100)] == "Thanet"


def test_two_council_areas_of_one_force_are_the_force_s() -> None:
    got = areas(COUNCILS_THREAD)
    assert got[("arrests", 7)] == "Surrey"
    assert got[("cash_seized", 2800)] == "Surrey"


# -- "In #Margate, ...": a post's hashtag place opens its sentence like the place -------------

HASHTAG = THREAD.replace(
    "Kent Police @kent_police · 11:15 AM\n",
    "Kent Police @kent_police · 10:30 AM\nIn #Margate, officers forced entry to a flat. Two men"
    " have been arrested and £1,250 in cash was recovered.\n\n"
    "Kent Police @kent_police · 11:15 AM\n",
)


def test_a_hashtag_place_opening_a_post_scopes_its_figures() -> None:
    got = areas(HASHTAG)
    assert got[("cash_seized", 1250)] == "Margate"
    assert got[("arrests", 2)] == "Margate"
    assert got[("arrests", 9)] == "Thanet"


# -- national totals beside a force's: "Across England and Wales, ...", "a UK-wide week of
# -- action in which ..." -------------------------------------------------------------------

NATIONAL_BESIDE = """ date 2025-03-05 County lines week results

Police in Cumbria arrested 19 people during the national county lines intensification week.

Across England and Wales, 1,480 people were arrested during the same seven days, the National
Police Chiefs' Council said.

The force's work was part of a UK-wide week of action in which more than 900 deal lines were
closed, according to the National County Lines Coordination Centre.
"""


def test_national_totals_beside_a_force_s_are_national() -> None:
    got = areas(NATIONAL_BESIDE)
    assert got[("arrests", 19)] == "Cumbria"
    assert got[("arrests", 1480)] == "national"
    assert got[("lines_closed", 900)] == "national"


# -- "across the region" in a Police Scotland division's story: the division -----------------

DIVISION_REGION = """ date 2025-03-05 Division publishes drug supply review

Police in Fife made 64 arrests linked to drug supply networks in the year to March, according to
Police Scotland's annual review.

It shows officers carried out 29 searches under warrant across the region and recovered £18,200
in cash.

Across Scotland, Police Scotland reported 1,100 arrests linked to drug supply networks.
"""


def test_the_region_of_a_scottish_division_s_story_is_the_division() -> None:
    got = areas(DIVISION_REGION)
    assert got[("warrants", 29)] == "Fife"
    assert got[("cash_seized", 18200)] == "Fife"
    assert got[("arrests", 1100)] == "Scotland"


# -- a live page: the headline's operation area, named again in the welcome entry at the foot,
# -- frames the final update, where the force is only the source ---------------------------

LIVE_PAGE = """ date 2025-03-05 LIVE: Police day of action against county lines in north Norfolk

17:30
Final update from Norfolk Police

That's where we'll leave our coverage. In its final update, Norfolk Constabulary said officers
had arrested nine people across Cromer, Sheringham and Holt today and seized around £4,700 in
cash. Officers also closed two deal lines.

15:10
Arrest count now stands at seven

Police say seven people have now been arrested so far. We are expecting a final round-up from
the force later this afternoon, once the last of the searches has been finished.

13:05
Your questions

Readers have been asking why the police are out in such numbers in the market towns today. The
force says lines from London have been running into the towns for several years now.

11:20
What is cuckooing?

Cuckooing is when dealers take over the home of a vulnerable person to use as a base. Officers
have been visiting people they believe are at risk and offering them support today.

08:15
Welcome

Good morning and welcome to our live coverage of Norfolk Constabulary's day of action in north
Norfolk, today, Wednesday 5 March.
"""


def test_a_live_page_s_final_update_takes_the_headline_s_operation_area() -> None:
    got = areas(LIVE_PAGE)
    assert got[("arrests", 9)] == "north Norfolk"
    assert got[("cash_seized", 4700)] == "north Norfolk"
    assert got[("lines_closed", 2)] == "north Norfolk"


# -- two forces' joint operation: the figures both give are the pair's ------------------------

TWO_FORCES = """ date 2025-03-05 Forces publish results of joint drug line operation

Two police forces have published the results of a joint operation against a county line that ran
heroin between Hereford and Abergavenny.

West Mercia Police said the fortnight of joint activity led to 15 arrests.

Officers carried out nine warrants, seized £7,200 in cash and closed two deal lines.

Detective Inspector Sam Roe, of Gwent Police, said the line had been shut down for good.
"""

BOTH_FORCES_QUOTED = """ date 2025-03-05 Week of action results

North Yorkshire Police arrested 21 people during a week of action against county lines.

Officers seized £5,300 in cash and closed four deal lines.

Superintendent Ann Lee said: "Most of the lines were run from Teesside and West Yorkshire, and
we have worked closely with both forces, Cleveland Police and West Yorkshire Police."
"""


def test_two_forces_joint_operation_figures_are_the_pair_s() -> None:
    got = areas(TWO_FORCES)
    assert got[("cash_seized", 7200)] == "West Mercia and Gwent"
    assert got[("lines_closed", 2)] == "West Mercia and Gwent"


def test_both_forces_in_a_quote_makes_no_joint_area() -> None:
    assert areas(BOTH_FORCES_QUOTED)[("cash_seized", 5300)] == "North Yorkshire"


# -- "the county borough" in the force's sentence: the one council area named before it -----

COUNTY_BOROUGH = """ date 2025-03-05 Police made 40 line arrests in Merthyr Tydfil, council told

A report sets out what South Wales Police has done against drug lines in the county borough

Police made 40 arrests linked to county lines dealing in Merthyr Tydfil between April and September.

The figures were supplied by South Wales Police. Of those arrested, 21 have been charged.
"""


def test_the_county_borough_of_the_force_s_sentence_is_the_named_one() -> None:
    assert areas(COUNTY_BOROUGH)[("charged", 21)] == "Merthyr Tydfil"


# -- "..., according to the force" in a town's story: the source, not a wider scope ----------

ACCORDING_TO = """ date 2025-03-05 A morning with the town's drugs team

Detective Sergeant Amy Holt keeps a list of addresses on the wall of her office in Rochdale.

Holt leads Operation Larch, which Greater Manchester Police launched in the town in June after a
run of assaults linked to rival drug lines. Six months on, the operation has led to 38 arrests and
the closure of nine deal lines, according to the force.

Her team was out this morning on a warrant in Heywood.
"""

ALONE = (
    ACCORDING_TO
    + """
"In Kirkholt alone we've made 11 of those arrests," she says.
"""
)


def test_according_to_the_force_in_a_town_s_story_is_the_source() -> None:
    got = areas(ACCORDING_TO)
    assert got[("arrests", 38)] == "Rochdale"
    assert got[("lines_closed", 9)] == "Rochdale"


def test_a_place_opening_a_quoted_sentence_with_alone_takes_its_share() -> None:
    assert areas(ALONE)[("arrests", 11)] == "Kirkholt"


# -- "In X, which takes in A, B and C, ...": the towns of the aside describe X -----------------

ASIDE_LIST = """ date 2025-03-05 Force closed 51 county lines in a year, figures show

Nottinghamshire Police closed 51 county lines in the year to March, figures show.

In Bassetlaw, which takes in Worksop, Retford and Harworth, officers closed seven lines.
"""


def test_a_list_of_towns_in_an_aside_leaves_the_area_its_figure() -> None:
    assert areas(ASIDE_LIST)[("lines_closed", 7)] == "Bassetlaw"


# -- a stop "on the edge of" a town is the town's ------------------------------------------

EDGE_OF = """ date 2025-03-05 Day of action against county lines

Police in Dorset arrested 12 people during a day of action against county lines.

Officers stopped a car on the A35 on the edge of Bridport and found £1,900 in cash inside.
"""


def test_a_stop_on_the_edge_of_a_town_is_the_town_s() -> None:
    assert areas(EDGE_OF)[("cash_seized", 1900)] == "Bridport"


# -- "Three of those arrested in X" is X's own subset, not X's share of a wider total ---------

THOSE_ARRESTED_IN = """ date 2025-03-05 Five arrested as police raid homes in Buxton at dawn

Officers from Derbyshire Constabulary forced entry at three addresses in Buxton at 6am, while
Cheshire Police executed a warrant at one address in Macclesfield at the same time.

Five people were arrested in Buxton. Two of those arrested in Buxton have since been charged.

At the Buxton addresses officers found £6,100 in cash.

Two teenagers found at one of the properties were taken into police protection.
"""


def test_those_arrested_in_the_town_are_no_share_of_a_wider_total() -> None:
    got = areas(THOSE_ARRESTED_IN)
    assert got[("safeguarded", 2)] == "Buxton"


# -- "a train from Sheffield with £3,400": where the cash came from, not the figure's place ----

FROM_WITH = """ date 2025-03-05 Day of action at railway stations

British Transport Police officers made arrests at stations across the network on Tuesday.

In Doncaster, two men were arrested after getting off a train from Leeds with £2,900 in cash.
"""


def test_a_place_after_from_is_no_subject_of_the_figure_after_it() -> None:
    got = areas(FROM_WITH)
    assert got[("arrests", 2)] == "Doncaster"
    assert got[("cash_seized", 2900)] == "Doncaster"


# -- "will appear before magistrates in X": where the case is heard, no scope ----------------

MAGISTRATES_IN = """ date 2025-03-05 Four arrested after dawn raids on flats in Fareham

Four people were arrested after police raided two flats in Fareham at dawn on Tuesday.

Three of those arrested have since been charged and will appear before magistrates in Southampton
on Friday.
"""


def test_the_magistrates_town_is_no_scope() -> None:
    assert areas(MAGISTRATES_IN)[("charged", 3)] == "Fareham"


# -- "an address in the St Ann's area of Nottingham": the town, not the force that searched ---

AREA_OF_TOWN = (
    " date 2025-03-05 Five arrested in Grantham dawn raids\n\n"
    "Five people were arrested when Lincolnshire Police raided two addresses in Grantham.\n\n"
    "At the same time, Nottinghamshire Police officers searched an address in the St Ann's area"
    " of Nottingham linked to the line, where a further 90g of cocaine was found.\n"
)


def test_a_district_named_before_its_town_places_the_figure_in_the_town() -> None:
    assert areas(AREA_OF_TOWN)[("drugs_weight_kg", 0.09)] == "Nottingham"


# -- "the district commander for Lewes": a title, no place the article reports --------------

COMMANDER_TITLE = """ date 2025-03-05 Five arrested in Hastings dawn raids

Five people were arrested when Sussex Police raided addresses in Hastings in a county lines raid.

Officers found £2,700 in cash at the properties.

Chief Inspector Dan Hale, the district commander for Lewes, said: "Five arrests before
breakfast sends a clear message."
"""


def test_a_district_commander_s_district_is_no_location() -> None:
    report = checked_report(COMMANDER_TITLE)
    assert "Lewes" not in report.locations
    assert "Hastings" in report.locations


# -- "joined the force as a response officer in Crawley": a career, no place reported -------

CAREER = (
    COMMANDER_TITLE
    + """
Hale joined Sussex Police as a response officer in Crawley and has led the team since 2021.
"""
)


def test_where_an_officer_once_served_is_no_location() -> None:
    assert "Crawley" not in checked_report(CAREER).locations


# -- "in the Woodside and Sutton Hill areas": districts of the sentence's town ---------------

DISTRICT_AREAS = (
    " date 2025-03-05 Week of action results\n\n"
    "West Mercia Police arrested 40 people during a week of action against county lines.\n\n"
    "In Hereford, officers executed five warrants in the Belmont and Bromley Park areas,"
    " recovering two knives and a machete.\n"
)


def test_districts_named_as_areas_leave_the_sentence_to_its_town() -> None:
    got = areas(DISTRICT_AREAS)
    assert got[("knives_seized", 2)] == "Hereford"
    assert "Bromley" not in checked_report(DISTRICT_AREAS).locations
