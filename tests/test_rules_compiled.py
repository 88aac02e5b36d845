"""The gazetteer's regexes compiled ahead of time (``rules/compiled.py``, ``data/patterns.bin``).

The stored form must be what ``re`` makes of the data files as they are now:
a data edit without a rebuild would only be slow, never wrong, but it is caught
here. Rebuild with ``python benchmarks/build_patterns.py``.
"""

from __future__ import annotations

import re

import pytest

from extractor import regexstore
from extractor.rules import compiled, gazetteer

REBUILD = "data/patterns.bin is stale: run python benchmarks/build_patterns.py"


# the store is what the Python that built it compiled; on another Python it is unused
# (everything compiles as usual) and there is nothing to check of it
OTHER_PYTHON = regexstore.built_for_another_python(compiled.FILE)
pytestmark = pytest.mark.skipif(OTHER_PYTHON is not None, reason=str(OTHER_PYTHON))


def test_the_gazetteer_patterns_come_from_the_store() -> None:
    assert set(compiled.ASKED) == {"lower_after_gap", "cased_upper"}
    assert compiled.MISSED == [], REBUILD


@pytest.mark.parametrize("name", ["lower_after_gap", "cased_upper"])
def test_the_stored_pattern_is_what_re_makes_of_the_data_files_now(name: str) -> None:
    key, source = compiled.ASKED[name]
    text = source()  # the trie regex, built from the phrases of the data files afresh
    entry = regexstore.read_store(compiled.FILE)[name]
    assert entry[0] == key, REBUILD
    assert entry[1] == text, REBUILD
    assert tuple(entry[2]) == regexstore.compile_parts(text), REBUILD
    live = {"lower_after_gap": gazetteer.LOWER_RE, "cased_upper": gazetteer.CASED_RE}[name]
    assert live.pattern == text
    assert live.flags == re.compile(text).flags


def test_the_loaded_patterns_find_what_a_fresh_compile_finds() -> None:
    text = (
        "Officers from Essex Police and the NCA searched homes in Saint Albans, "
        "St. Albans and on the M25; crack, heroin and two flick knives were seized in Grays."
    )
    for live, name in (
        (gazetteer.CASED_RE, "cased_upper"),
        (gazetteer.LOWER_RE, "lower_after_gap"),
    ):
        fresh = re.compile(compiled.ASKED[name][1]())
        probe = text if name == "cased_upper" else text.lower()
        assert [m.span() for m in live.finditer(probe)] == [m.span() for m in fresh.finditer(probe)]
        assert live.findall(probe)


def test_a_pattern_not_in_the_store_is_compiled_the_ordinary_way() -> None:
    try:
        pattern = compiled.precompiled("test-only", ["ab", "cd"], lambda: "(?:ab|cd)")
        assert pattern.findall("xx ab cd") == ["ab", "cd"]
        assert "test-only" in compiled.MISSED
    finally:
        compiled.ASKED.pop("test-only", None)
        compiled.MISSED.remove("test-only")


def test_changed_phrases_miss_the_store() -> None:
    phrases = ["Essex", "Kent"]
    assert compiled.phrase_key("cased", phrases) != compiled.phrase_key("cased", phrases[:1])
    assert compiled.phrase_key("cased", phrases) == compiled.phrase_key("cased", phrases[::-1])


def test_a_store_from_another_python_is_not_used() -> None:
    assert regexstore.read_store(compiled.FILE)
    assert regexstore.read_store(compiled.FILE, stamp=((2, 7, 18), 0, 4)) == {}


@pytest.mark.parametrize(
    "entry",
    [
        "not a tuple",
        ("too", "short"),
        ("k", "(?:ab|cd)", (32, b"\x01\x02\x03", 0, {}, ())),  # code bytes cut short
        ("k", "(?:ab|cd)", (32, b"\x00" * 16, 0, {}, ())),  # code _sre rejects
        ("k", "(?:ab|cd)", "not parts"),
    ],
)
def test_a_damaged_store_entry_is_compiled_the_ordinary_way(
    entry: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = compiled.phrase_key("test-bad", ["ab", "cd"])
    if isinstance(entry, tuple):  # the right key, so only the damage can refuse it
        entry = (key, *entry[1:])
    monkeypatch.setattr(compiled, "_STORE", {"test-bad": entry})
    try:
        pattern = compiled.precompiled("test-bad", ["ab", "cd"], lambda: "(?:ab|cd)")
        assert pattern.findall("ab cd") == ["ab", "cd"]
        assert "test-bad" in compiled.MISSED
    finally:
        compiled.ASKED.pop("test-bad", None)
        while "test-bad" in compiled.MISSED:
            compiled.MISSED.remove("test-bad")
