"""Rules backend, round 4: quotes, locations, weapons, agencies and dates in new styles.

Each test is one general rule, on sentences written for the test (not taken from any
evaluation article): a feature's pronoun and surname attributions, partial quotations in
running text, a broadcast clip, a timestamped live blog; results-post lists and dates;
weapons as written; A-road stops.
"""

from __future__ import annotations

from datetime import date

from extractor.rules import extract_report
from extractor.schema import OperationReport


def record(text: str) -> OperationReport:
    report = extract_report(text, article_id="t", topic_check=False)
    OperationReport.model_validate(report.model_dump(), context={"article": text})
    return report


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in record(text).quotes]


# --- quotes ------------------------------------------------------------------------------


def test_a_pronoun_attribution_takes_the_person_named_earlier_in_its_paragraph() -> None:
    text = (
        'Sergeant Ruth Adebayo said: "We patrolled the ground all day and into the night."\n\n'
        "Harbourside coach Tomas Vell was calm about the result. "
        '"We lost the toss and then the game," he said. "Next week we go again."\n'
    )
    assert speakers(text) == [
        ("Ruth Adebayo", "We patrolled the ground all day and into the night."),
        ("Tomas Vell", "We lost the toss and then the game,"),
        ("Tomas Vell", "Next week we go again."),
    ]


def test_a_surname_attribution_is_the_person_named_in_full_before() -> None:
    text = (
        "Groundskeeper Ivo Stannard spent the morning repairing the pavilion roof.\n\n"
        '"It rained on us for the whole of the week," Stannard said afterwards.\n\n'
        "Chief Inspector Leona Farrant led the patrols on the estate.\n\n"
        'Later, Ch Insp Farrant added: "The estate is much quieter now."\n'
    )
    got = record(text).quotes
    assert [(q.speaker, q.text) for q in got] == [
        ("Ivo Stannard", "It rained on us for the whole of the week,"),
        ("Leona Farrant", "The estate is much quieter now."),
    ]
    assert got[1].role == "Chief Inspector"


def test_a_timestamped_live_blog_entry_names_its_speaker() -> None:
    text = (
        "14:05 - Superintendent Mark Oduya has spoken to reporters outside the flats. "
        '"We are nearly finished here for the day," he said.\n\n'
        '15:30 - Supt Oduya added: "Thank you all for your patience this morning."\n'
    )
    assert speakers(text) == [
        ("Mark Oduya", "We are nearly finished here for the day,"),
        ("Mark Oduya", "Thank you all for your patience this morning."),
    ]


def test_partial_quotations_in_running_text_with_a_pronoun() -> None:
    text = (
        "Orla Breen runs the cafe on the corner of the square.\n\n"
        'That winter was, she says, "the longest of my whole life". Nothing, as she puts it, '
        '"was ever quite the same again after that".\n'
    )
    assert speakers(text) == [
        ("Orla Breen", "the longest of my whole life"),
        ("Orla Breen", "was ever quite the same again after that"),
    ]


def test_the_pronoun_chooses_between_a_man_and_a_woman_who_both_spoke() -> None:
    text = (
        "Marta Quill has lived on the street for twenty years. "
        '"Nobody on this road slept that night," she says.\n\n'
        "Sergeant Owen Price arrived first. "
        '"We came as quickly as we could," he said.\n\n'
        '"He did his best for us," she says. "I will give him that much."\n'
    )
    assert speakers(text) == [
        ("Marta Quill", "Nobody on this road slept that night,"),
        ("Owen Price", "We came as quickly as we could,"),
        ("Marta Quill", "He did his best for us,"),
        ("Marta Quill", "I will give him that much."),
    ]


def test_in_someones_words_and_a_speaker_who_describes_something_as() -> None:
    text = (
        "Dara Finch has coached the club for a decade.\n\n"
        'The new goalkeeper, in Dara\'s words, "never once gave up on the lads".\n\n'
        "Inspector Gwen Tolley describes the first arrest as "
        '"the moment the whole street changed".\n'
    )
    assert speakers(text) == [
        ("Dara Finch", "never once gave up on the lads"),
        ("Gwen Tolley", "the moment the whole street changed"),
    ]


def test_a_broadcast_clip_after_a_stage_direction_is_the_introduced_speaker_s() -> None:
    text = (
        "Sergeant Paul Nyman from Kent Police spoke to our reporter earlier today.\n\n"
        "[AUDIO - NYMAN - 0:20]\n"
        '"We have taken nine knives off the streets of the town this month."\n'
        "[END AUDIO]\n"
    )
    got = record(text).quotes
    assert [(q.speaker, q.text) for q in got] == [
        ("Paul Nyman", "We have taken nine knives off the streets of the town this month.")
    ]


def test_a_pronoun_with_nobody_named_gives_no_quote() -> None:
    text = (
        "Residents on the estate woke to the sound of vans.\n\n"
        '"It was the loudest night we have had in years," she said.\n'
    )
    assert record(text).quotes == []


def test_a_figure_in_a_town_officer_s_quote_keeps_the_town_inside_her_force() -> None:
    text = (
        " date 2026-03-20 Maidstone officer on the county lines week\n\n"
        "The officer who led Kent Police's county lines week in Maidstone says it went well.\n\n"
        "Inspector Rhian Doyle spoke to us as the week ended.\n\n"
        '"We made 12 arrests here in Maidstone, more than we expected," she said.\n\n'
        '"Four deal lines were shut down, and each one served dozens of people."\n'
    )
    got = {(s.metric.value, s.value, s.area) for s in record(text).statistics}
    assert got == {("arrests", 12, "Maidstone"), ("lines_closed", 4, "Maidstone")}


# --- weapons, dates, locations, agencies -------------------------------------------------


def test_a_weapon_written_as_one_word_is_listed_as_written() -> None:
    text = "Officers seized two knuckledusters and a machete from the flat in Hull.\n"
    assert record(text).weapons == ["knuckleduster", "machete"]
    spaced = "Officers seized a knuckle duster from the flat in Hull.\n"
    assert record(spaced).weapons == ["knuckle duster"]


def test_a_results_line_with_an_abbreviated_including_lists_its_weapons() -> None:
    text = " date 2026-05-10 Results\n\nResults\nArrests: 9\nWeapons: 5 (incl. 3 knives)\n"
    assert record(text).weapons == ["knife"]


def test_abbreviated_days_and_months_give_the_period() -> None:
    text = (
        " date 2026-05-20 Our week of action\n\n"
        "Tue 5 - Mon 11 May. Officers from across the county arrested nine people.\n"
    )
    report = record(text)
    assert (report.period_start, report.period_end) == (date(2026, 5, 5), date(2026, 5, 11))


def test_today_with_a_stated_date_in_a_dated_live_report_is_the_period() -> None:
    text = (
        " date 2026-02-03 LIVE: raids in the town\n\n"
        "Raids under Operation Kestrel began at 5am today, Tuesday 3 February.\n\n"
        "Officers arrested six people.\n"
    )
    report = record(text)
    assert (report.period_start, report.period_end) == (date(2026, 2, 3), date(2026, 2, 3))


def test_a_where_label_lists_the_places_of_the_activity() -> None:
    text = (
        " date 2026-05-10 Kent Police results\n\n"
        "Kent Police officers arrested 9 people in the week.\n\n"
        "Where: Ashford, Dover and Folkestone. Dover saw the most activity.\n"
    )
    assert record(text).locations == ["Kent", "Ashford", "Dover", "Folkestone"]


def test_an_a_road_where_officers_stopped_a_vehicle_is_a_location() -> None:
    text = (
        " date 2026-05-10 Devon and Cornwall Police week\n\n"
        "Devon and Cornwall Police arrested 14 people in Exeter. Officers stopped a car on "
        "the A38 and found cocaine in the boot.\n"
    )
    assert record(text).locations == ["Exeter", "A38"]
    route = (
        " date 2026-05-10 Devon and Cornwall Police week\n\n"
        "Gangs use the A38 to move drugs. Devon and Cornwall Police arrested 14 people in "
        "Exeter, and officers on patrol along the A38 arrested two more.\n"
    )
    assert "A38" not in record(route).locations


def test_a_county_in_apposition_after_on_is_a_site_too() -> None:
    text = (
        " date 2026-05-10 Merseyside Police raids\n\n"
        "In Bootle, on Merseyside, detectives searched a house and seized cocaine.\n"
    )
    assert set(record(text).locations) == {"Bootle", "Merseyside"}


def test_places_of_youth_work_a_council_paid_for_are_not_sites() -> None:
    text = (
        " date 2026-05-10 Council report\n\n"
        "Kent Police officers arrested 12 people in Ashford during the week.\n\n"
        "The council spent £50,000 on mentoring and youth work in Dover and Folkestone.\n"
    )
    assert record(text).locations == ["Ashford"]


def test_the_irish_police_service_is_an_agency() -> None:
    text = (
        " date 2026-05-10 Cross-border raids\n\n"
        "The PSNI arrested six people in Newry in an operation carried out alongside "
        "An Garda Síochána, whose officers searched two homes in Dundalk.\n"
    )
    assert "An Garda Síochána" in record(text).agencies


def test_a_first_name_after_says_and_a_body_is_no_person() -> None:
    text = (
        "Helen Mabry has run the corner shop for years.\n\n"
        '"We all knew something was wrong," says Helen. "Nobody said a word."\n\n'
        'Trading Standards officers visited the shop. "It was a routine check," she said.\n'
    )
    got = speakers(text)
    assert got[:2] == [
        ("Helen Mabry", "We all knew something was wrong,"),
        ("Helen Mabry", "Nobody said a word."),
    ]
    assert "Trading Standards" not in {name for name, _ in got}


def test_present_tense_attribution_verbs_of_a_feature() -> None:
    text = (
        'Ruth Okafor recalls the first raid. "The door went in at six," she recalls.\n\n'
        'Inspector Dan Keyes explains: "We had watched the flat for a month."\n\n'
        '"Nobody wants to be the one who talks," Keyes admits.\n'
    )
    assert speakers(text) == [
        ("Ruth Okafor", "The door went in at six,"),
        ("Dan Keyes", "We had watched the flat for a month."),
        ("Dan Keyes", "Nobody wants to be the one who talks,"),
    ]


def test_a_named_speaker_before_a_colon_with_no_verb() -> None:
    text = (
        "What the officers told us:\n\n"
        'Sergeant Kim Ashworth: "We have closed four lines in the town this month."\n\n'
        'Councillor Joe Pratt: "The council will keep funding the youth service."\n'
    )
    got = record(text).quotes
    assert [(q.speaker, q.role, q.text) for q in got] == [
        ("Kim Ashworth", "Sergeant", "We have closed four lines in the town this month."),
        ("Joe Pratt", "Councillor", "The council will keep funding the youth service."),
    ]


def test_a_heading_before_a_colon_is_no_speaker() -> None:
    text = 'Operation Kestrel: "a success from start to finish", officers were told.\n'
    assert record(text).quotes == []


def test_a_defendant_named_with_his_age_is_not_who_a_pronoun_stands_for() -> None:
    text = (
        'Detective Constable Amy Pryce said: "This was a long and careful investigation."\n\n'
        "Jordan Kell, 24, of Harlow, was jailed for six years at the same hearing. "
        '"He preyed on children who had nobody else," she said.\n'
    )
    assert speakers(text) == [
        ("Amy Pryce", "This was a long and careful investigation."),
        ("Amy Pryce", "He preyed on children who had nobody else,"),
    ]


def test_a_capitalised_job_title_before_a_two_word_name_stays_out_of_the_name() -> None:
    text = (
        "The National Crime Agency's Director of Threat Leadership Ines Barrow said: "
        '"This was a national effort from the first day to the last."\n'
    )
    assert [q.speaker for q in record(text).quotes] == ["Ines Barrow"]


def test_a_named_officer_of_a_unit_described_in_lower_case() -> None:
    text = (
        "Detective Sergeant Lena Vos of the regional rural crime team said: "
        '"We will keep knocking on doors until the lines stop."\n'
    )
    got = record(text).quotes
    assert [(q.speaker, q.role) for q in got] == [("Lena Vos", "Detective Sergeant")]


def test_what_he_called_and_a_pronoun_s_reported_speech_before_a_quote() -> None:
    text = (
        'Inspector Mark Dunmore said: "The week went better than we had hoped."\n\n'
        'He thanked the dog unit for what he called "calm, patient work on the estate".\n\n'
        "He said the arrests were only the start. "
        '"The real work is with the families, and that takes months."\n'
    )
    assert speakers(text) == [
        ("Mark Dunmore", "The week went better than we had hoped."),
        ("Mark Dunmore", "calm, patient work on the estate"),
        ("Mark Dunmore", "The real work is with the families, and that takes months."),
    ]


def test_weapons_took_off_the_streets_are_seized() -> None:
    text = (
        "Over the week officers:\n- arrested 20 people\n"
        "- took 9 knives and a machete off the streets\n"
    )
    assert record(text).weapons == ["knife", "machete"]


def test_a_fortnight_outside_enforcement_or_inside_a_quote_is_no_week_of_action() -> None:
    base = " date 2026-05-10 A family's story\n\n"
    school = "Her son was excluded from school for a fortnight after a fight at the gates.\n\n"
    quote = 'Sergeant Ann Reid said: "After an arrest, the gap is filled within a fortnight."\n'
    assert record(base + school + quote).week_of_action is False
    action = "Officers made 20 arrests over a fortnight of raids on the estate.\n"
    assert record(base + action).week_of_action is True


def test_they_added_and_they_said_continue_the_last_speaker() -> None:
    text = (
        'Sergeant Lee Brandt said: "We will be back on the estate next month."\n\n'
        'They added: "Anyone with information should call us."\n\n'
        'The team thanked residents. "Keep the calls coming in, please," they said.\n'
    )
    assert [q.speaker for q in record(text).quotes] == ["Lee Brandt"] * 3
