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
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import marshal
import re
import sys
import zlib
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any

FILE = "patterns.bin"
# what the stored code is valid for: another interpreter compiles afresh
_STAMP = (tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)

# name -> (key, source) of every pattern asked for in this process, and the names whose
# stored form was missing or stale (what the test checks, what a rebuild writes)
ASKED: dict[str, tuple[str, Callable[[], str]]] = {}
MISSED: list[str] = []


def _read_store() -> dict[str, Any]:
    try:
        blob = resources.files(__package__).joinpath("data", FILE).read_bytes()
        store = marshal.loads(zlib.decompress(blob))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return {}
    if not isinstance(store, dict) or store.get("stamp") != _STAMP:
        return {}
    patterns = store.get("patterns")
    return patterns if isinstance(patterns, dict) else {}


_STORE: dict[str, Any] | None = None


def phrase_key(name: str, phrases: Iterable[str]) -> str:
    """What a pattern is made of: its name and its sorted phrases (kept whole, not hashed:
    an exact comparison, and no hashlib import on start-up)."""
    return name + "\0" + "\n".join(sorted(phrases))


def precompiled(name: str, phrases: Iterable[str], source: Callable[[], str]) -> re.Pattern[str]:
    """``re.compile(source())``, from ``data/patterns.bin`` when it holds this exact pattern."""
    global _STORE
    if _STORE is None:
        _STORE = _read_store()
    key = phrase_key(name, phrases)
    ASKED[name] = (key, source)
    pattern = _from_store(_STORE.get(name), key)
    if pattern is None:
        MISSED.append(name)
        pattern = re.compile(source())
    return pattern


def _from_store(entry: Any, key: str) -> re.Pattern[str] | None:
    """The stored pattern if ``entry`` is one for ``key`` that this ``_sre`` accepts."""
    if entry is None:
        return None
    try:
        stored_key, text, flags, code, groups, groupindex, indexgroup = entry
        if stored_key != key:
            return None
        return _sre.compile(  # type: ignore[no-any-return]
            text, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup
        )
    except (TypeError, ValueError, RuntimeError):  # malformed, or code this _sre rejects
        return None


def compile_parts(text: str) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``text`` (no flags)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(text, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (
        parsed.state.flags,
        array.array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def build() -> bytes:
    """The store for every pattern asked for in this process (import the gazetteer first),
    as this interpreter compiles them."""
    patterns = {}
    for name, (key, source) in sorted(ASKED.items()):
        text = source()
        patterns[name] = (key, text, *compile_parts(text))
    return zlib.compress(marshal.dumps({"stamp": _STAMP, "patterns": patterns}), 9)


def write_store() -> str:
    """Rebuild ``data/patterns.bin`` (``benchmarks/build_patterns.py``); its path."""
    path = resources.files(__package__).joinpath("data", FILE)
    blob = build()
    with open(str(path), "wb") as f:
        f.write(blob)
    return f"{path} ({len(blob):,} bytes, python {sys.version.split()[0]})"
