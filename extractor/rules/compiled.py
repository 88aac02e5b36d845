"""The gazetteer's big regexes, compiled ahead of time: start-up without 0.25 s of ``re`` work.

A trie regex over 7,000 place names takes ~0.15 s to build in Python and ~0.1 s
for ``re`` to parse and compile, on every start of the command. ``re`` cannot
save a compiled pattern (a pickled one is compiled again), so
``data/patterns.bin`` keeps what ``re``'s compiler produces (the source and the
``_sre`` code, as ``re._compiler.compile`` hands them to ``_sre.compile``) for
the Python and ``_sre`` version that built it, keyed by the phrases the
pattern is made of (all of them, compared exactly). A pattern whose phrases
changed (a data file edited), another Python, or a missing file: the pattern is
compiled the ordinary way, same result, only slower;
``tests/test_rules_compiled.py`` fails until the file is rebuilt::

    python benchmarks/build_patterns.py

The storing itself is ``regexstore.py``'s, which keeps the other rules regexes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..regexstore import ORIGINAL_COMPILE, compile_parts, from_parts, read_store, write_store

FILE = "patterns.bin"

# name -> (key, source) of every pattern asked for in this process, and the names whose
# stored form was missing or stale (what the test checks, what a rebuild writes)
ASKED: dict[str, tuple[str, Callable[[], str]]] = {}
MISSED: list[str] = []

_STORE: dict[str, Any] | None = None


def phrase_key(name: str, phrases: Iterable[str]) -> str:
    """What a pattern is made of: its name and its sorted phrases (kept whole, not hashed:
    an exact comparison, and no hashlib import on start-up)."""
    return name + "\0" + "\n".join(sorted(phrases))


def precompiled(name: str, phrases: Iterable[str], source: Callable[[], str]) -> Any:
    """``re.compile(source())``, from ``data/patterns.bin`` when it holds this exact pattern."""
    global _STORE
    if _STORE is None:
        _STORE = read_store(FILE)
    key = phrase_key(name, phrases)
    ASKED[name] = (key, source)
    pattern = _from_store(_STORE.get(name), key)
    if pattern is None:
        MISSED.append(name)
        pattern = ORIGINAL_COMPILE(source())
    return pattern


def _from_store(entry: Any, key: str) -> Any:
    """The stored pattern if ``entry`` is one for ``key`` that this ``_sre`` accepts."""
    try:
        stored_key, text, parts = entry
    except (TypeError, ValueError):
        return None
    return from_parts(text, parts) if stored_key == key else None


def build_patterns() -> str:
    """Rebuild ``data/patterns.bin`` from every pattern asked for in this process (import the
    gazetteer first); its path."""
    entries = {}
    for name, (key, source) in sorted(ASKED.items()):
        text = source()
        entries[name] = (key, text, compile_parts(text))
    return write_store(FILE, entries)
