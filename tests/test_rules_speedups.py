"""The speed-ups in the rules backend find exactly what the plain forms they replace find."""

from __future__ import annotations

import random
import re
from pathlib import Path

from extractor.rules.labels import _LABEL_FIRST
from extractor.rules.parts import _COMPASS_HINT, _compass_hint
from extractor.rules.topic import _TOPIC_AFTER_GAP

_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# topic._TOPIC_AFTER_GAP as it was, its lookbehinds before 'county' and 'drug'
_TOPIC_BEFORE = re.compile(
    r"\W(?:(?<!cross\s)(?<!crossed\s)(?<!crossing\s)(?<!crosses\s)(?<!across\s)(?<!over\s)"
    r"\bcounty[\s-]+lines?\b"
    r"|(?<!worming\s)(?<!veterinary\s)(?<!pain-relief\s)(?<!painkilling\s)(?<!pain-killing\s)"
    r"(?<!prescription\s)(?<!prescribed\s)(?<!medicinal\s)"
    r"(?<!animal\s)(?<!licensed\s)\bdrugs?\b|\bdeal(?:ing|ers?)\b|\bcuckoo\w*|\bclass\s+[abc]\b"
    r"|\b(?:cocaine|heroin|crack|cannabis|ketamine|mdma|ecstasy|spice|amphetamines?|narcotics?)\b"
    r"|\bexploit\w*|\btraffick\w*"
    r"|\bintensification\b|\bdeal(?:ing)?[\s-]+lines?\b)"
)
_TOPIC_WORDS = (
    "cross crossed crossing crosses across over county lines line drug drugs worming veterinary "
    "pain-relief painkilling pain-killing prescription prescribed medicinal animal licensed x - "
    "deal dealing s \u00e9"
).split() + [" ", "  ", "\n"]


def _texts(parts: list[str], count: int, most: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(0, most))) for _ in range(count)]


def test_topic_lookbehinds_after_the_word_find_what_they_found_before() -> None:
    gaps = ["", " ", "-", "\t"]
    rng = random.Random(2)
    for _ in range(5000):
        text = " " + "".join(
            rng.choice(_TOPIC_WORDS) + rng.choice(gaps) for _ in range(rng.randint(0, 6))
        )
        old = [(m.span(), m.group()) for m in _TOPIC_BEFORE.finditer(text)]
        assert [(m.span(), m.group()) for m in _TOPIC_AFTER_GAP.finditer(text)] == old, text


def test_compass_hint_is_the_search() -> None:
    parts = ["north", "south", "east", "west", "central", "-east", "-west", " ", "\n", "K"]
    parts += ["Kent", "a", "le", "n", "s", "e", "."]
    for text in _texts(parts, 5000, 12, 1):
        for start in {0, len(text) // 2, len(text)}:
            assert _compass_hint(text, start) == (_COMPASS_HINT.search(text, start) is not None)


def test_label_first_only_matches_heads_ending_on_a_colon_or_dash() -> None:
    parts = ["Arrests", "Cash seized", " ", ":", "-", "\n", "\u00a0", "\x1c", "12", "- ", "* "]
    for head in _texts(parts, 5000, 6, 3):
        if _LABEL_FIRST.match(head):
            assert head.rstrip()[-1:] in (":", "-"), head


def test_after_gap_class_finds_what_the_non_word_gap_found() -> None:
    import extractor.rules  # noqa: F401 - every after_gap pattern is made at import
    from extractor.rules.textsearch import AFTER_GAP

    rng = random.Random(4)
    texts = [p.read_text(encoding="utf-8") for p in sorted(_SEEDS.glob("*.txt"))[:12]]
    for text in list(texts):  # non-ASCII letters and digits right before words
        chars = list(text)
        for i in rng.sample(range(len(chars)), min(len(chars), 60)):
            chars[i] = rng.choice(["\u00e9", "\u00aa", "\u00b2", "\u0130", "\u212a", " ", "-"])
        texts.append("".join(chars))
    for source, flags, gapped, _ in AFTER_GAP:
        plain_gap = re.compile(r"\W(?:" + source + ")", flags)
        for text in texts:
            for variant in (" " + text, " " + text.lower()):
                want = [m.span() for m in plain_gap.finditer(variant)]
                assert [m.span() for m in gapped.finditer(variant)] == want, source[:60]


def test_candidate_starts_are_the_plain_scans_but_inside_words() -> None:
    from extractor.rules.candidates import CANDIDATE, candidate_starts

    parts = ["half", "a", "be", "dozen", "hundred", "thousand", "one", "some", "twenty", "-"]
    parts += [" ", "  ", "\n", "5", "1,", "0.", "\u00a3", "x", "seven", "teen", "ty", "\u00e9"]
    texts = _texts(parts, 20000, 10, 5)
    texts += [p.read_text(encoding="utf-8").lower() for p in sorted(_SEEDS.glob("*.txt"))[:12]]
    letters = set("abcdefghijklmnopqrstuvwxyz")
    for low in texts:
        for start, end in {(0, len(low)), (len(low) // 3, len(low)), (1, max(1, len(low) - 2))}:
            old = [m.start() for m in CANDIDATE.finditer(low, start, end)]
            want = [
                p for p in old if p == start or low[p] not in letters or low[p - 1] not in letters
            ]
            got = candidate_starts(low, start, end, ascii_digits=True, inside_words=False)
            assert list(got) == want, (low, start, end)


# topic's supply words as one pattern, as they were before the split into three
_SUPPLY_CORE_BEFORE = (
    r"county(?<!across\sthe\scounty)(?<!crossed\sthe\scounty)(?<!over\sthe\scounty)"
    r"(?<!crosses\sthe\scounty)(?<!crossing\sthe\scounty)(?<!straddles\sthe\scounty)[\s-]+lines?"
    r"|\bdeal(?<!scrap\sdeal)(?<!metal\sdeal)(?<!car\sdeal)(?<!antique\sdeal)"
    r"(?<!antiques\sdeal)(?<!art\sdeal)(?<!coin\sdeal)(?:ing|ers?|s)?\b"
    r"|\bsuppl(?:y|ying|ied|ier|iers)\b|\btraffick"
    r"|\bcuckoo|\bexploit|\bintensification\b|\bgangs?\b|\bnetworks?\b(?!\s+rail)"
    r"|\bwith\s+intent\b|\bstreet\s+value\b|\borganised\s+crime\b|\bline\s+(?:phones?|holders?)\b"
    r"|\braid|\bwarrant|\bsearch|\d\s*(?:kg|kilos?|kilograms?)\b"
)
_PUSH_BEFORE = r"|\bweek\s+of\s+action|\boperation\b|\bcrackdown|\bblitz|\bswoop"


def test_supply_split_three_ways_finds_what_the_one_pattern_found() -> None:
    from extractor.rules.topic import _supply

    one = re.compile(_SUPPLY_CORE_BEFORE)
    with_push = re.compile(_SUPPLY_CORE_BEFORE + _PUSH_BEFORE)
    parts = "county line lines deal dealer scrap car across the over 2 kg kilos network rail"
    parts += " operation week of action raid searches gangs x sub \u00e9 \u0661"
    words = parts.split() + [" ", "-", "\n", ""]
    texts = _texts(words, 4000, 8, 5)
    texts += [p.read_text(encoding="utf-8").lower() for p in sorted(_SEEDS.glob("*.txt"))]
    for text in texts:
        assert _supply(text, push=False) == (one.search(text) is not None), text
        assert _supply(text, push=True) == (with_push.search(text) is not None), text


def test_earlier_event_after_gap_finds_what_the_plain_pattern_found() -> None:
    from extractor.rules.precedents import EARLIER_EVENT_AFTER_GAP
    from extractor.rules.textsearch import AFTER_GAP

    source, flags = next((s, f) for s, f, g, _ in AFTER_GAP if g is EARLIER_EVENT_AFTER_GAP)
    # as it was: a possessive "[\w-]+'s" (a match can open on "-" only inside a word, after
    # the word's own start, where a match opens too)
    plain = re.compile(source.replace(r"\w[\w-]*['\u2019]s", r"[\w-]+['\u2019]s"), flags)
    assert plain.pattern != source
    parts = "the its their kent's -x's x-y's last previous week of action operation a similar"
    parts += " push last year first tried pilot scheme Operation Kelpie in 2023 , . \u00e9"
    words = parts.split() + [" ", "-", "\n", "'"]
    texts = _texts(words, 4000, 10, 6)
    for p in sorted(_SEEDS.glob("*.txt")):
        texts += p.read_text(encoding="utf-8").split(". ")
    for text in texts:
        want = plain.search(text)
        got = EARLIER_EVENT_AFTER_GAP.search(" " + text)
        assert (got and (got.start(), got.end() - 1)) == (want and want.span()), text


def test_local_phrases_apart_find_what_the_one_pattern_found() -> None:
    from extractor.rules.scopecues import _ITS_PHRASE, _WHAT, local_phrases

    one = re.compile(  # "the" and "both" phrases in one pattern, as they were
        r"(?:the\s+(?:(?:whole|entire)\s+(?:of\s+the\s+)?|wider\s+)?"
        r"|both\s+(?=force|count|towns|cities|boroughs))" + _WHAT
    )
    parts = "the both its whole entire of wider force forces area areas county counties region"
    parts += " towns cities three city lines district council borough t b h e o"
    words = parts.split() + [" ", "'s", "-", ""]
    texts = _texts(words, 4000, 10, 7)
    texts += [p.read_text(encoding="utf-8").lower() for p in sorted(_SEEDS.glob("*.txt"))]
    for text in texts:
        want = list(one.finditer(text))
        if "its region" in text or "its force" in text or "its area" in text:
            want = sorted([*want, *_ITS_PHRASE.finditer(text)], key=lambda m: m.start())
        got = local_phrases(text)
        assert [(m.span(), m.groupdict()) for m in got] == [
            (m.span(), m.groupdict()) for m in want
        ], text


def test_seizure_cues_find_what_their_one_patterns_found() -> None:
    from extractor.rules.entitycues import SEIZURE, WEAPON_SEIZURE

    drugs = re.compile(  # entities._SEIZURE as it was
        r"seiz\w*|recover\w*|found|confiscat\w*|worth|value|\u00a3[\d,.]+\s*(?:m|k|million)?\s+of\b|"
        r"\d\s?(?:kg|g|kilos?|grams?|kilograms?)\b|haul|off\s+the\s+streets|uncovered|discovered|"
        r"located|revealed|\bfinds?\b|"
        r"yielded|turned\s+up|carrying|taken|wraps?\s+of|dismantl\w*"
    )
    weapons = re.compile(  # entities._WEAPON_SEIZURE as it was
        r"seiz\w*|recover\w*|found|confiscat\w*|surrender\w*|taken|took|uncovered|discovered|"
        r"located|haul|removed|handed\s+in|stash|cache|revealed|yielded|turned\s+up|"
        r"off\s+the\s+streets|"
        r"weapons?\b[^.]*incl(?:ud\w+|\b)|items\b[^.]*incl(?:ud\w+|\b)"
        r"|^\s*(?:the\s+rest|the\s+remainder|the\s+others)\s+(?:included|includes|were|was)\b"
    )
    parts = "seiz found recover worth finds find off the streets turned up wrap wraps of kg g 3"
    parts += " \u00a3 , . weapon weapons items incl included rest remainder were a took stash"
    words = parts.split() + [" ", "  ", "-", "\n", "s", "ing"]
    texts = _texts(words, 6000, 9, 8)
    for p in sorted(_SEEDS.glob("*.txt")):
        texts += p.read_text(encoding="utf-8").lower().split(". ")
    for text in texts:
        assert SEIZURE.found(text) == (drugs.search(text) is not None), text
        assert WEAPON_SEIZURE.found(text) == (weapons.search(text) is not None), text


def test_ascii_instruction_gate_passes_every_text_the_lower_case_test_passes() -> None:
    from extractor.instructions import _may_instruct, _may_instruct_ascii

    parts = "ignore IGNORE system ASSISTANT model llm ai AI you are act as pretend note is é"
    parts += " \u2019 \u201c \u00a0 \u0130 \u212a \u0131 Ai\u0307 \u00e9"
    words = parts.split(" ") + [" ", "\n", "-"]
    texts = _texts(words, 6000, 8, 9)
    for p in sorted(_SEEDS.glob("*.txt")):
        texts.append(p.read_text(encoding="utf-8"))
    for text in texts:
        if _may_instruct(text.lower()):
            assert _may_instruct_ascii(text), text


def test_gated_cues_find_what_any_word_finds() -> None:
    from extractor.rules.restatements import _CUE_GATES, _CUES, _FOLLOW_UP_CUES, _LIVE_CUES
    from extractor.rules.textsearch import gate_words, holds_any

    cues = (_FOLLOW_UP_CUES, _CUES, _LIVE_CUES)
    words = " ".join(w for ws in cues for w in ws).split() + [" ", "s", "n", "t", "-"]
    texts = _texts(words, 3000, 5, 11) + [w for ws in cues for w in ws]
    texts += [p.read_text(encoding="utf-8").lower() for p in sorted(_SEEDS.glob("*.txt"))]
    for ws in cues:
        groups = gate_words(ws, _CUE_GATES)
        assert sorted(w for _, group in groups for w in group) == sorted(ws)
        for text in texts:
            assert holds_any(text, groups) == any(w in text for w in ws), text
