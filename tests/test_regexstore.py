"""The rules modules' regexes served from ``rules/data/regexes.bin`` (``regexstore.py``).

Checked in a fresh interpreter, as the command starts: loading the rules backend
compiles no str regex with ``re``'s compiler (a stdlib module's bytes one may),
and every stored entry is exactly what ``re`` makes of its source now. Rebuild
with ``python benchmarks/build_patterns.py``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import regexstore

ROOT = Path(__file__).resolve().parent.parent
REBUILD = "rules/data/regexes.bin is stale: run python benchmarks/build_patterns.py"

PROBE = """
import re._compiler as c
import extractor.pipeline
from extractor import regexstore
calls = []
real = c.compile
c.compile = lambda p, flags=0: (isinstance(p, str) and calls.append(p)) or real(p, flags)
extractor.pipeline.RulesBackend()
print(len(calls), len(regexstore.SEEN), sorted(regexstore.MISSED)[:3])
"""


# the store is what the Python that built it compiled; on another Python it is unused
# (everything compiles as usual) and there is nothing to check of it
OTHER_PYTHON = regexstore.built_for_another_python(regexstore.FILE)
pytestmark = pytest.mark.skipif(OTHER_PYTHON is not None, reason=str(OTHER_PYTHON))


def test_loading_the_rules_backend_compiles_no_regex() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    compiled, seen, missed = done.stdout.split(maxsplit=2)
    assert int(seen) > 50  # the rules modules' regexes went through the store
    assert (compiled, missed.strip()) == ("0", "[]"), REBUILD


def test_every_stored_entry_is_what_re_makes_of_its_source() -> None:
    entries = regexstore.read_store(regexstore.FILE)
    assert entries, REBUILD
    for (source, flags), parts in entries.items():
        assert tuple(parts) == regexstore.compile_parts(source, flags), REBUILD
        served = regexstore.from_parts(source, parts)
        assert served is not None
        assert (served.pattern, served.flags, served.groupindex) == (
            source,
            re.compile(source, flags).flags,
            re.compile(source, flags).groupindex,
        )


def test_served_and_compiled_patterns_match_alike(tmp_path: Path) -> None:
    source, flags = r"(?P<n>\d+)\s*(?:arrests?|kg)\b", re.IGNORECASE
    entries = regexstore.build_entries({(source, int(flags))})
    served = regexstore.from_parts(source, entries[(source, int(flags))])
    assert served is not None
    text = "12 Arrests, 3kg and 7 arrest"
    assert [m.groupdict() for m in served.finditer(text)] == [
        m.groupdict() for m in re.compile(source, flags).finditer(text)
    ]


def test_outside_the_block_and_for_what_it_lacks_re_compile_is_untouched() -> None:
    assert re.compile is regexstore.ORIGINAL_COMPILE
    with regexstore.stored_regexes():
        assert re.compile is not regexstore.ORIGINAL_COMPILE
        with regexstore.stored_regexes():  # nested: still serving, restored once
            pass
        pattern = re.compile(r"not in any store \d{7}")
        assert pattern.search("x not in any store 1234567")
        assert (r"not in any store \d{7}", 0) in regexstore.MISSED
        assert re.compile(b"bytes").match(b"bytes")  # not a str: passed through
        assert re.compile(pattern) is pattern
    assert re.compile is regexstore.ORIGINAL_COMPILE
    regexstore.MISSED.discard((r"not in any store \d{7}", 0))
    regexstore.SEEN.discard((r"not in any store \d{7}", 0))


@pytest.mark.parametrize(
    "parts", [None, "x", (0, b"\x01\x02", 0, {}, ()), (0, b"\0" * 16, 0, {}, ())]
)
def test_damaged_parts_make_no_pattern(parts: object) -> None:
    assert regexstore.from_parts("ab", parts) is None


def test_a_store_of_another_python_is_named_and_unused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(regexstore, "data_file", lambda name: tmp_path / name)
    regexstore.write_store("x.bin", {("a", 0): ()}, stamp=((3, 99, 0), 1, 4))
    assert regexstore.read_store("x.bin") == {}
    said = regexstore.built_for_another_python("x.bin")
    assert said is not None and "python 3.99.0" in said
    regexstore.write_store("y.bin", {})
    assert regexstore.built_for_another_python("y.bin") is None
    assert regexstore.built_for_another_python("missing.bin") is None
