"""Rebuild the rules backend's regexes compiled ahead of time, in ``extractor/rules/data/``.

``patterns.bin``: the gazetteer's two trie regexes (``rules/compiled.py``);
``regexes.bin``: every other regex the rules modules compile as they load
(``regexstore.py``). Run after editing a regex or a file in ``rules/data/``,
with the Python the package runs on; ``tests/test_rules_compiled.py`` and
``tests/test_regexstore.py`` fail until it is done. A stale store is never
wrong, only slower: what it lacks is compiled as usual.

    python benchmarks/build_patterns.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor import regexstore  # noqa: E402
from extractor.pipeline import RulesBackend  # noqa: E402

if __name__ == "__main__":
    if "extractor.rules" in sys.modules:
        raise SystemExit("extractor.rules was imported before the store could record it")
    RulesBackend()  # loads the rules modules, recording every regex they compile
    from extractor.rules.compiled import build_patterns

    print(f"wrote {build_patterns()}")
    entries = regexstore.build_entries(regexstore.SEEN)
    print(f"wrote {regexstore.write_store(regexstore.FILE, entries)}")
