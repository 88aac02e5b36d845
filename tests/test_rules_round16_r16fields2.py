"""Rules backend, fields round 16, second pass (r16fields2): quotes, locations, agencies.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of ``evals/GUIDELINES.md``
(section 5 for locations, 6 for agencies, 7 for quotes).
"""

from __future__ import annotations

from extractor.testing.rules import checked_report

_LEAD = (
    " date 2025-03-10 Raids in Exeter\n\n"
    "Devon and Cornwall Police arrested 12 people in Exeter during a week of action against "
    "county lines.\n\n"
)


def _report(text: str):  # type: ignore[no-untyped-def]
    return checked_report(text, topic_check=False)


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.split()[0]) for q in _report(text).quotes]


# -- a judge known by title and surname, after a clause that opens the sentence -------------


def test_a_peer_judge_after_an_opening_clause_is_the_speaker() -> None:
    """ "Sentencing, Lord Brackenfield told the men: "..."": the judge's title and surname
    after the opening participle are the speaker, as "Lord Brackenfield said:" is."""
    text = _LEAD + (
        'Sentencing, Lord Brackenfield told the men: "You filled a quiet town with fear and '
        'you paid children to carry it."\n'
    )
    assert ("Lord Brackenfield", "You") in _speakers(text)


# -- a broadcast recording's label names the speaker --------------------------------------


def test_a_clip_label_in_capitals_names_the_speaker() -> None:
    """ "[CLIP - NINA HOLT, BRIDGES TRUST - 0:09]" over a quoted paragraph: the label's name
    (and body) is the speaker's, though the paragraph before names no one."""
    text = _LEAD + (
        "A youth charity in the city says it has taken fifteen new referrals.\n\n"
        "[CLIP - NINA HOLT, BRIDGES TRUST - 0:09]\n"
        '"Those are fifteen teenagers who now talk to us instead of the gangs."\n\n'
        "That was Nina Holt, the charity's director.\n"
    )
    quotes = _report(text).quotes
    assert [(q.speaker, q.organisation) for q in quotes] == [("Nina Holt", "Bridges Trust")]


def test_a_clip_label_of_a_surname_alone_names_no_one_new() -> None:
    """Guard (passes before): "[CLIP - HOLT - 0:09]" after a paragraph introducing Nina
    Holt stays hers, read from that paragraph, not from the one-word label."""
    text = _LEAD + (
        "Sergeant Nina Holt of Devon and Cornwall Police spoke to us this morning.\n\n"
        "[CLIP - HOLT - 0:09]\n"
        '"We closed two lines this week and we will close more before Christmas."\n'
    )
    assert [q.speaker for q in _report(text).quotes] == ["Nina Holt"]


def test_a_caption_line_over_a_recording_names_the_speaker() -> None:
    """ "LISTEN: Sergeant Omar Bright speaking to Exe Radio (0:30)" on a line of its own
    (page furniture to the folded text) before a quoted paragraph: the speaker is the
    caption's, with the rank's home force."""
    text = _LEAD + (
        "LISTEN: Sergeant Omar Bright speaking to Exe Radio (0:30)\n\n"
        '"It has been a long morning in Heavitree. We closed two lines and took a machete '
        'off the street."\n\n'
        "Share this story\n"
    )
    quotes = _report(text).quotes
    assert [(q.speaker, q.role) for q in quotes] == [("Omar Bright", "Sergeant")]


# -- speech verbs of a first-person column or debate ---------------------------------------


def test_said_to_me_with_a_first_name_is_the_person_named_in_full() -> None:
    """ "As Tara said to me on Friday, "..."": the first name of PC Tara Quill, named in
    full before, speaking to the writer."""
    text = _LEAD + (
        'I want to thank PC Tara Quill and her team. As Tara said to me on Friday, "Every '
        'address we visit tells the dealers we know where they are."\n'
    )
    assert ("Tara Quill", "Every") in _speakers(text)


def test_put_it_to_me_plainly_is_a_speech_verb() -> None:
    """ "... Detective Inspector Paula Merrow, and she put it to me plainly: "..."": "put it"
    introduces her words as "said" would."""
    text = _LEAD + (
        "I have met the officer in charge, Detective Inspector Paula Merrow, and she put it to "
        'me plainly: "Every line we shut down is replaced within a fortnight by somebody new."\n'
    )
    assert ("Paula Merrow", "Every") in _speakers(text)


# -- a speaker named again by office alone -------------------------------------------------


def test_the_judge_added_is_the_judge_named_before() -> None:
    """ "The judge added: "..."" after "Judge Mary Ollerton told Carver ...": the speaker is
    the last person named with that office."""
    text = _LEAD + (
        "Sentencing, Judge Mary Ollerton told Carver he had \"made a trade of other people's "
        'children".\n\n'
        'The judge added: "You sat at home and sent boys out to do the dangerous work for you."\n'
    )
    assert ("Mary Ollerton", "You") in _speakers(text)


def test_the_office_of_no_one_named_gives_no_speaker() -> None:
    """Guard (passes before): "The inspector added:" in a story naming no inspector (only a
    sergeant) names no one; the quote is left out."""
    text = _LEAD + (
        "Sergeant Omar Bright said the week had gone well.\n\n"
        'Later that day, at the station, the inspector added: "We will be back in the town '
        'next month with more officers."\n'
    )
    assert ("Omar Bright", "We") not in _speakers(text)


# -- a regional unit's member forces, listed as its make-up --------------------------------

_UNIT = (
    " date 2025-04-02 Regional raids\n\n"
    "Officers from Kent Police and Essex Police arrested 18 people in Chelmsford and "
    "Maidstone during coordinated county lines raids led by the Eastern Regional Special "
    "Operations Unit.\n\n"
    "Notes to editors\n\n"
    "The unit works with the seven forces of the region: Bedfordshire Police, "
    "Cambridgeshire Constabulary, Essex Police, Hertfordshire Constabulary, Kent Police, "
    "Norfolk Constabulary and Suffolk Constabulary.\n"
)


def test_forces_listed_only_as_a_units_members_are_not_agencies() -> None:
    """ "The unit works with the seven forces of the region: A, B, ...": a force named only
    in that list is a member of the unit, not a body that took part."""
    agencies = _report(_UNIT).agencies
    assert "Norfolk Constabulary" not in agencies
    assert "Bedfordshire Police" not in agencies


def test_a_member_force_named_as_acting_stays_an_agency() -> None:
    """Guard (passes before): Kent Police and Essex Police, whose officers made the arrests,
    stay agencies though the membership list names them again."""
    agencies = _report(_UNIT).agencies
    assert {"Kent Police", "Essex Police"} <= set(agencies)


# -- a neighbourhood sharing its name with a town of another county ------------------------

_PLYMOUTH = (
    " date 2025-05-12 Plymouth raids\n\n"
    "Devon and Cornwall Police arrested 16 people in Plymouth during a week of action "
    "against county lines.\n\n"
)


def test_a_namesake_neighbourhood_of_the_story_town_is_no_location() -> None:
    """ "Officers raided two flats in Stonehouse" in a Plymouth story: the town list's
    Stonehouse lies in Gloucestershire, which no force of the story polices, so it is
    Plymouth's district, carried by Plymouth (GUIDELINES 5: neighbourhoods inside a named
    town are no locations)."""
    report = _report(_PLYMOUTH + "Officers raided two flats in Stonehouse on a single night.\n")
    assert "Plymouth" in report.locations
    assert "Stonehouse" not in report.locations


def test_a_far_town_whose_own_force_acts_stays_a_location() -> None:
    """Guard (passes before): "Gloucestershire Constabulary officers raided two flats
    in Stonehouse" in a Plymouth story: the force of the list's Stonehouse acts there, so it is
    that town, a site of its own."""
    report = _report(
        _PLYMOUTH + "At the same time Gloucestershire Constabulary officers raided two flats "
        "in Stonehouse.\n"
    )
    assert "Stonehouse" in report.locations
