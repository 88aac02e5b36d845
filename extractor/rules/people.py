"""The people an article names, and where it names them again (pure).

A feature or a live blog introduces a person once in full ("Detective Sergeant Ann
Rook", "groundsman Pete Ambler") and then attributes quotes by pronoun ("she says"),
surname ("Rook said"), title and surname ("Det Sgt Rook added:") or first name ("in
Ann's words"). :func:`cast` lists every such naming in text order so the quote stage can
say who a later "she" or "Rook" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Mention
from .placenames import after_a_name

# a run of capitalised words on one line: "Detective Sergeant Ann Rook", "Helen Marchetti's"
_RUN = re.compile(r"[A-Z][A-Za-z'.-]*(?:[ \t]+[A-Z][A-Za-z'.-]*)*")
_NAME_TOKEN = re.compile(r"^(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_TITLE_AFTER = re.compile(r"[ \t]+([A-Za-z.]+)[ \t]")
_NEXT_NAME = re.compile(r"[ \t]+(?:Mc|Mac|O')?[A-Z][a-z]+\b(?![ \t]+(?:Police|Constabulary)\b)")
# words that open a sentence or a run without being part of a name
_LEAD = frozenset(
    "The A An When While In On At By For From After Before As But And If It He She They We I "
    "His Her Their Our This That Then Now Once Over With Since Until Each Every According "
    "Meanwhile Today Yesterday Last Next Later Earlier Update Photo Traffic What Where Who Why "
    "How There Here Some Many Most Both Officers Police Speaking Asked Like Even So Yet Dear "
    "Mum Dad".split()
)
# words that make a two-word run a place, body, event or thing rather than a person
NOT_NAME = frozenset(
    "Street Road Lane Avenue Court Courts Club League Police Station Park School College "
    "Hospital Centre Center Council Unit Team Crown Magistrates Service University Church House "
    "Hall Market Square Bridge Way Close Drive Estate Cricket Football United City Town County "
    "Borough Week Day Operation Key Points Good Morning North South East West Great New Upper "
    "Lower Saint St Mount Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December Class "
    "Christmas Easter Lines Line Agency Crime Office Force Government Home Trust Partnership "
    "Group Project Network Media News Radio Live Final Figures Minister Secretary Prime "
    "Crimestoppers Fearless Barnardo's Children's Society Fund Foundation Charity Academy "
    "Trading Standards Services Social Youth Justice Safeguarding Board Health Care Education "
    "Protection Support Action Watch Neighbourhood Community Safety Fire Rescue Ambulance "
    "Border Customs Revenue Prison Probation Offending Violence Reduction Serious Organised "
    "Drugs Drug Cocaine Heroin Cannabis Crack Intelligence Response Investigation Hospice "
    "Institute Association Museum Library Theatre Airport Company Valley Coast Estuary "
    "Peninsula Islands".split()
)


# words a given name never is ("North Warwickshire", "Since March", "Upper Norwood"); May,
# April, June and August are given names too
_NOT_GIVEN = (NOT_NAME | _LEAD) - {"May", "April", "June", "August"}
# a body's name after its kind: "the Barnsley project Step Across", "the charity Safe Harbour"
BODY_BEFORE = re.compile(
    r"\b(?:project|charity|group|organi[sz]ation|scheme|programme|initiative|campaign|"
    r"network|service|club|company|firm|trust|band)[ \t]+$"
)


def no_person(words: list[str], before: str) -> bool:
    """Whether a run of capitalised words cannot be a person's name: a place, a month or a
    sentence word opens it, or a body's kind comes just before it."""
    return words[0] in _NOT_GIVEN or BODY_BEFORE.search(before[-20:]) is not None


# "Siobhan, a mother from Antrim ..., asked that her surname not be used": a person the
# article names by the first name only, on purpose
_FIRST_NAME_ONLY = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)([A-Z][a-z]+),[ \t]+(?:an?|who)[ \t][^.!?\n\"]{0,200}?\b"
    r"(?:(?:her|his)\s+surname|(?:her|his)\s+first\s+name\s+only|only\s+(?:her|his)\s+first\s+name)",
    re.MULTILINE,
)
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,2},|\s+\(\d{1,2}\)")


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in full, with the title words before the name at the first naming."""

    name: str
    role: str | None
    aged: bool = False  # named with an age ("Jordan Kell, 24,"): a defendant, not a source


@dataclass(frozen=True, slots=True)
class Naming:
    """One place where ``person`` is named, in full or by one of the two names."""

    start: int
    end: int
    person: Person


# what a sentence naming someone with an age says of a defendant ("Kell, 24, was jailed")
_ACCUSED = re.compile(
    r"jail|sentenc|charg|arrest|convict|guilty|court|plead|remand|prison|accus|defendant"
    r"|admitted|denied|custody|dealer|dealing|supply|possession|ran\s|running",
    re.IGNORECASE,
)


def _accused(plain: str, end: int) -> bool:
    """Whether the rest of the sentence naming a person with an age speaks of a case."""
    stop = plain.find(".", end + 5)  # past the age's own comma
    return _ACCUSED.search(plain, end, stop if 0 < stop < end + 300 else end + 300) is not None


def cast(plain: str, mentions: list[Mention], title_words: frozenset[str]) -> list[Naming]:
    """Every naming of a person in text order: full names, and later single-name references.

    A full name is a run of exactly two name-like capitalised words once leading title and
    sentence words are dropped, overlapping no gazetteer name (places, forces); a single word
    is a reference when it is the first or last name of a person named in full before it.
    """
    # a place after a capitalised word is a surname ("Sarah Whitworth", "Ms Harlow"); a
    # wide-list town before one a given name ("Connor Pickersgill")
    taken = sorted(
        (m.start, m.end)
        for m in mentions
        if m.kind == "agency"
        or (
            m.kind == "place"
            and not after_a_name(plain, m)
            and not (m.entry.weak and _NEXT_NAME.match(plain, m.end))  # type: ignore[union-attr]
        )
    )
    people: dict[str, Person] = {}
    by_part: dict[str, Person] = {}
    out: list[Naming] = []
    j = 0  # runs and names both in text order: one pass over each
    for run in _RUN.finditer(plain):
        a, b = run.start(), run.end()
        while j < len(taken) and taken[j][1] <= a:
            j += 1
        inside = [e for s, e in taken[j : j + 4] if s < b]
        if inside:  # a run overlapping a place or a body: "Avon and Somerset Police"
            # but "Bracknell MP Helen Marchetti", "Kent Police Det Sgt Ann Rook": a title
            # after the place or body opens a person's name
            title = _TITLE_AFTER.match(plain, max(inside), b)
            if title is None or title.group(1).lower().strip(".") not in title_words:
                continue
            a = title.start(1)
        spans = [(t.start() + a, t.end() + a) for t in re.finditer(r"\S+", plain[a:b])]
        tokens = [plain[s:e] for s, e in spans]
        for cut in ("'s", "."):  # "Helen Marchetti's son", "... said Ann Rook."
            if tokens[-1].endswith(cut) and len(tokens[-1]) > len(cut) + 1:
                tokens[-1] = tokens[-1][: -len(cut)]
                spans[-1] = (spans[-1][0], spans[-1][1] - len(cut))
        k = 0
        while k < len(tokens) and tokens[k] in _LEAD:
            k += 1
        role_at = k
        while k < len(tokens) and tokens[k].lower().strip(".") in title_words:
            k += 1
        words = tokens[k:]
        if not words or not all(_NAME_TOKEN.match(w) for w in words):
            continue
        if len(words) == 3:  # "Groundsman Pete Ambler": a job word opening the sentence
            if words[2] in NOT_NAME:
                continue  # "Severn Meadows Hospice": a body's name, no job word and person
            k, words = k + 1, words[1:]
        start, end = spans[k][0], spans[-1][1]
        if len(words) == 2 and BODY_BEFORE.search(plain, max(0, a - 20), a):
            continue  # "the Barnsley project Step Across": a body's name
        if len(words) == 2 and not any(w in NOT_NAME for w in words):
            name = plain[start:end]
            person = people.get(name)
            if person is None:
                role = " ".join(tokens[role_at:k]) or None
                aged = _AGE_AFTER.match(plain, end) is not None and _accused(plain, end)
                person = people[name] = Person(name, role, aged)
                by_part.setdefault(words[0], person)
                by_part[words[1]] = person
            out.append(Naming(start, end, person))
        elif len(words) == 1 and words[0] in by_part:
            out.append(Naming(start, end, by_part[words[0]]))
    if "surname" in plain or "first name" in plain:
        out += [
            Naming(m.start(1), m.end(1), Person(m.group(1), None))
            for m in _FIRST_NAME_ONLY.finditer(plain)
            if m.group(1) not in NOT_NAME and m.group(1) not in _LEAD
        ]
        out.sort(key=lambda n: n.start)
    return out


def named_in(namings: list[Naming], a: int, b: int) -> list[Naming]:
    """The namings inside ``[a, b)``, in text order."""
    return [n for n in namings if a <= n.start and n.end <= b]


def person_for(word: str, namings: list[Naming], before: int) -> Person | None:
    """The person named in full before ``before`` whose first or last name is ``word``."""
    found = None
    for n in namings:
        if n.start >= before:
            break
        parts = n.person.name.split()
        if word in (parts[0], parts[-1]):
            found = n.person
    return found
