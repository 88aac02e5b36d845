"""Compiled regexes kept on disk: the rules backend starts without ~0.1 s of ``re`` work.

``re`` parses and compiles each pattern in Python, on every start of the
command, and cannot save the result (a pickled pattern is compiled again). What
its compiler hands to ``_sre.compile`` (flags, the ``_sre`` code, the groups)
is plain data, though, so it is stored in ``rules/data/regexes.bin``, keyed by
each pattern's exact source and flags, for the Python and ``_sre`` version that
built it, and rebuilt with ``python benchmarks/build_patterns.py``.

:func:`stored_regexes` serves it: while the rules backend loads
(``pipeline.RulesBackend``), ``re.compile`` of a pattern the store holds is made
from the stored code; anything else, another interpreter, a missing or damaged
file, is compiled as usual. A stored entry is what ``re`` itself makes of that
exact source, so a record never depends on whether the store was used;
``tests/test_regexstore.py`` checks the store against ``re`` and says when it is
stale. ``rules/compiled.py`` keeps the gazetteer's two big patterns the same way.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import marshal
import re
import sys
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

FILE = "regexes.bin"
# what stored code is valid for: any other interpreter compiles afresh
STAMP = (tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE)
ORIGINAL_COMPILE = re.compile

Parts = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# (source, flags) of every pattern compiled while serving, and those the store lacked
SEEN: set[tuple[str, int]] = set()
MISSED: set[tuple[str, int]] = set()
_LOCK = threading.RLock()


def data_file(name: str) -> Any:
    """``rules/data/<name>`` without importing the rules package (that is what it serves)."""
    return resources.files("extractor").joinpath("rules", "data", name)


def _load(name: str) -> dict[Any, Any]:
    try:
        store = marshal.loads(zlib.decompress(data_file(name).read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return {}
    return store if isinstance(store, dict) else {}


def built_for_another_python(name: str) -> str | None:
    """Which Python built a store file when it is not this one (its entries are then unused
    and everything is compiled as usual), else None (this Python's, or missing / damaged)."""
    stamp = _load(name).get("stamp")
    if stamp is None or tuple(stamp) == STAMP:
        return None
    return f"{name} was built by python {'.'.join(map(str, stamp[0]))} (_sre {stamp[1:]})"


def read_store(name: str, stamp: Any = None) -> dict[Any, Any]:
    """The ``entries`` of a store file, or ``{}`` when missing, damaged or not for this Python."""
    store = _load(name)
    if store.get("stamp") != (stamp or STAMP):
        return {}
    entries = store.get("entries")
    return entries if isinstance(entries, dict) else {}


def write_store(name: str, entries: dict[Any, Any], stamp: Any = None) -> str:
    """Write a store file; its path and size, for the build script to print."""
    blob = zlib.compress(marshal.dumps({"stamp": stamp or STAMP, "entries": entries}), 9)
    path = data_file(name)
    with open(str(path), "wb") as f:
        f.write(blob)
    return f"{path} ({len(blob):,} bytes, python {sys.version.split()[0]})"


def compile_parts(text: str, flags: int = 0) -> Parts:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``text`` and ``flags``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(text, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (
        flags | parsed.state.flags,
        array.array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def from_parts(text: str, parts: Any) -> re.Pattern[str] | None:
    """The pattern ``parts`` (from :func:`compile_parts`) make, or ``None`` if they cannot."""
    if parts is None:
        return None
    try:
        flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(  # type: ignore[no-any-return]
            text, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup
        )
    except (TypeError, ValueError, RuntimeError):  # malformed, or code this _sre rejects
        return None


@contextmanager
def stored_regexes() -> Iterator[None]:
    """Within the block, ``re.compile`` answers from ``regexes.bin`` what it holds."""
    with _LOCK:
        if re.compile is not ORIGINAL_COMPILE:  # already serving (nested): nothing to add
            yield
            return
        store = read_store(FILE)

        def serve(pattern: Any, flags: Any = 0) -> Any:
            if isinstance(pattern, str) and type(flags) in (int, re.RegexFlag):
                key = (pattern, int(flags))
                SEEN.add(key)
                if not key[1] & re.DEBUG:
                    hit = from_parts(pattern, store.get(key))
                    if hit is not None:
                        return hit
                MISSED.add(key)
            return ORIGINAL_COMPILE(pattern, flags)

        re.compile = serve  # type: ignore[assignment]
        try:
            yield
        finally:
            re.compile = ORIGINAL_COMPILE


def build_entries(keys: set[tuple[str, int]]) -> dict[tuple[str, int], Parts]:
    """The store's entries for these (source, flags), as this interpreter compiles them."""
    return {key: compile_parts(*key) for key in sorted(keys)}
