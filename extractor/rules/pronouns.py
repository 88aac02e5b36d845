"""Who a quote's "he", "she" or surname stands for, and the say-verbs of attributions (pure).

Split from ``quotes.py``: the people an article names (found on first need), the speakers so
far and the pronoun each was given; and the regexes that read "X said:", '"...," Rook said'.
"""

from __future__ import annotations

import re

from .gazetteer import Mention
from .people import Naming, Person, cast, named_in, person_for
from .speakers import TITLE_WORDS, Speaker, agency_in
from .textsearch import after_gap

SAY = (
    r"(?:said|says|added|adds|explained|commented|stated|warned|continued|told\s+[^\"]{1,40}?"
    r"|went\s+on|urged|concluded|revealed|insisted|admitted|(?:was\s+)?quoted\s+as\s+saying"
    # a feature's present tense: "she recalls", "Keyes admits", "he tells me"
    r"|explains|recalls|recalled|remembers|warns|insists|admits|continues|concludes|reflects"
    r"|tells\s+[^\"]{1,40}?"
    # 'As Amy said to me on Friday, "..."', 'she put it to me plainly: "..."'
    r"|said\s+to\s+(?:me|us)\b[^\"]{0,30}?"
    r"|put\s+it(?:\s+to\s+(?:me|us))?(?:\s+(?:plainly|bluntly|simply|starkly|succinctly))?"
    r"|wrote|writes)"  # a letter, a written answer: "head teacher Dan Reed writes:"
)
# the say-verb that ends a lead-in; who speaks is the text before it (one regex step, not a
# lazy scan from every position)
# the say-verb ending a lead-in; opens a word: searched in " " + text (textsearch.after_gap)
ATTR_BEFORE_AFTER_GAP = after_gap(rf"\b{SAY}\s*[:,]?\s*$", re.IGNORECASE)
ATTR_AFTER_VERB_FIRST = re.compile(rf"^[\s,.]*{SAY}\s+(?P<who>[^\".;]+)", re.IGNORECASE)
ATTR_AFTER_NAME_FIRST = re.compile(rf"^[\s,.]*(?P<who>[^\".;]+?)\s+{SAY}\b", re.IGNORECASE)
_WORDS_OF = re.compile(r"\bin\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s\s+(?:own\s+)?words,?\s*$")
_WHO_ASIDE = re.compile(r",\s+(?:who|whose|of|from|at)\b[^\"]*$")  # ", of Oak Academy,"
# a speaker named again by office alone: "The judge added:", "the superintendent said,"
_THE_OFFICE = re.compile(
    r"(?:^|\s)[Tt]he\s+(judge|sheriff|recorder|inspector|superintendent|sergeant|constable"
    r"|councillor|commissioner)$"
)
_LAST_WORD = re.compile(r"([A-Z][\w-]*)(?:'s)?\W*$")


class People:
    """Who a pronoun, a surname or a first name stands for: the people the article names
    (found on first need), the speakers so far and the pronoun each was given."""

    def __init__(self, plain: str, mentions: list[Mention], full: dict[str, str]) -> None:
        self._plain, self._mentions, self._full = plain, mentions, full
        self._namings: list[Naming] | None = None
        self._gender: dict[str, str] = {}
        self._spoken: list[Speaker] = []

    def _all(self) -> list[Naming]:
        if self._namings is None:
            self._namings = cast(self._plain, self._mentions, TITLE_WORDS)
        return self._namings

    def spoke(self, speaker: Speaker, pronoun: str | None) -> None:
        self._spoken.append(speaker)
        if pronoun:
            self._gender.setdefault(speaker.name, pronoun)

    def _fits(self, person: Person, pronoun: str | None) -> bool:
        if person.aged:
            return False  # "Jordan Kell, 24, ... was jailed": whom the quote is about
        return pronoun is None or self._gender.get(person.name, pronoun) == pronoun

    def _speaker(self, word: str, who: str, before: int) -> Speaker | None:
        person = person_for(word, self._all(), before)
        if person is None:
            return None
        return Speaker(person.name, person.role, agency_in(who, self._full))

    def by_name(self, word: str, at: int) -> Speaker | None:
        """The person named in full before ``at`` whose first or last name ``word`` is."""
        return self._speaker(word, "", at)

    def named_before(self, lead_in: str, at: int) -> Speaker | None:
        """ "Det Sgt Rook added:", "in Ann's words,": a person named in full earlier."""
        end = lead_in.rstrip()[-1:]
        if end not in (":", ",") and not end.isalpha():
            return None
        words = _WORDS_OF.search(lead_in, max(0, len(lead_in) - 60))
        if words:
            return self._speaker(words.group(1).split()[-1], "", at)
        m = ATTR_BEFORE_AFTER_GAP.search(" " + lead_in, max(0, len(lead_in) - 60))
        if not m or '"' in lead_in[max(0, m.start() - 40) : m.start()]:
            return None
        who = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead_in[: m.start()].rstrip())[-1]
        who = _WHO_ASIDE.sub("", who)  # "Ferris, who spent two years with runners, said:"
        if who[-4:].isalpha() and who[-4:].islower() and (office := _THE_OFFICE.search(who)):
            return self._by_office(office.group(1).lower(), at)  # "The judge added:"
        last = _LAST_WORD.search(who)
        return self._speaker(last.group(1), who, at) if last else None

    def _by_office(self, office: str, at: int) -> Speaker | None:
        """The person last named before ``at`` with a title holding ``office`` ("judge":
        Judge Ann Colley), for 'The judge added: "..."'."""
        for n in reversed(self._all()):
            role = n.person.role
            if n.start < at and role and office in role.lower() and not n.person.aged:
                return self._as_speaker(n)
        return None

    def named_after(self, after: str, at: int) -> Speaker | None:
        """'"...," Rook said afterwards.'"""
        m = ATTR_AFTER_NAME_FIRST.match(after) or ATTR_AFTER_VERB_FIRST.match(after)
        if not m:
            return None
        last = _LAST_WORD.search(m.group("who").strip())
        return self._speaker(last.group(1), m.group("who"), at) if last else None

    def by_pronoun(
        self,
        pronoun: str,
        para_start: int,
        at: int,
        last: Speaker | None,
        gap: int,
        intro: int = -1,
    ) -> Speaker | None:
        """A person named earlier in the paragraph, else the one person the paragraph before
        (from ``intro``) names, else the last speaker if the pronoun fits, else the latest
        earlier speaker given that pronoun."""
        for n in named_in(self._all(), para_start, at):
            if self._fits(n.person, pronoun):
                return self._as_speaker(n)
        if 0 <= intro < para_start and (new := self._introduced(pronoun, intro, para_start)):
            return new  # "Dean Ash, a youth worker, has ... / "...," he says": him
        if last is not None and gap <= 5 and self._gender.get(last.name, pronoun) == pronoun:
            return last
        for speaker in reversed(self._spoken):
            if self._gender.get(speaker.name) == pronoun:
                return speaker
        return None

    def _introduced(self, pronoun: str, a: int, b: int) -> Speaker | None:
        """The one person named in ``[a, b)`` (the paragraph before a quote), if the pronoun
        fits: a feature introduces a source or turns back to one ("Dean Ash, a youth worker,
        has ...", "Inspector Hale agrees ..."), then quotes them by pronoun."""
        named = {n.person.name: n for n in named_in(self._all(), a, b)}
        if len(named) != 1:
            return None
        (n,) = named.values()
        return self._as_speaker(n) if self._fits(n.person, pronoun) else None

    def latest(self, pronoun: str | None, a: int, b: int) -> Speaker | None:
        """The person named last in ``[a, b)`` whom the pronoun fits."""
        for n in reversed(named_in(self._all(), a, b)):
            if self._fits(n.person, pronoun):
                return self._as_speaker(n)
        return None

    def _as_speaker(self, n: Naming) -> Speaker:
        for s in self._spoken:
            if s.name == n.person.name:
                return s
        tail = self._plain[n.end : n.end + 80]
        body = re.match(r",?\s+(?:from|of|at|with)\s+[^,.;]+", tail)
        org = agency_in(body.group(), self._full) if body else None
        return Speaker(n.person.name, n.person.role, org)
