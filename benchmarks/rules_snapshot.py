"""Pin the rules backend's output, byte for byte, before a change meant not to alter it.

    python benchmarks/rules_snapshot.py save FILE    # on the code you trust
    python benchmarks/rules_snapshot.py check FILE   # after the change: exit 1 on any difference

Runs ``extract_report`` over every article we may read (``seeds/*.txt``, the shared seeds
when present, ``evals/*/articles/*.txt`` of every set but the sealed ones: a set with its own
``DECISIONS.md`` is sealed, and a check that printed its records would show them to whoever
tunes the rules) and a few synthetic edge
cases (empty text, no figures, a 50 KB article of repeated paragraphs, typographic
quotes), each with the topic check on and off, and keeps each record's
``model_dump_json()`` (or the error it raised). ``check`` prints the first article and
field that differ. Only ``extract_report`` is used, so the tool runs on any branch; an
article present on one side only is listed and also fails the check.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.rules import extract_report  # noqa: E402

SHARED_SEEDS = Path("/work/wt/shared/seeds")

_PARAGRAPH = (
    "Officers from Kent Police arrested 12 people and seized \u00a315,000 in cash during a "
    "week of action against county lines drug dealing in Maidstone and Dartford.\n"
    "Det Insp Jo Reed said: \u201cWe safeguarded 30 children and closed 4 lines.\u201d\n"
    "Across England and Wales, more than 1,000 arrests were made and 2.5kg of cocaine seized.\n\n"
)


def synthetic() -> dict[str, str]:
    """Edge cases no article covers: empty, no figures, very long, typographic quotes."""
    return {
        "synthetic/empty": "",
        "synthetic/blank": " \n\n \t\n",
        "synthetic/no_figures": "Police in Leeds spoke to residents about drugs.\n"
        "Nothing else was reported, and no one was arrested.",
        "synthetic/long_50kb": (_PARAGRAPH * (50_000 // len(_PARAGRAPH) + 1))[:50_000],
        "synthetic/single_quotes": "date 2024-03-01 Drugs raid in Hull\n"
        "\u2018We seized 3 knives,\u2019 said PC Ann Lee of Humberside Police.\n"
        "Between 40 and 50 wraps of heroin were found; we\u2019re pleased, she said.",
    }


def is_sealed(folder: Path) -> bool:
    """A held-out set still measuring unseen text keeps its labelling decisions to itself."""
    return (folder / "DECISIONS.md").is_file()


def articles() -> dict[str, str]:
    """Every article we have, keyed by where it came from."""
    out: dict[str, str] = {}
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if SHARED_SEEDS.is_dir():
        paths += sorted(SHARED_SEEDS.glob("*.txt"))
    paths += [
        path
        for path in sorted((ROOT / "evals").glob("*/articles/*.txt"))
        if not is_sealed(path.parent.parent)
    ]
    for p in paths:
        key = str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
        out[key] = p.read_text(encoding="utf-8")
    out.update(synthetic())
    return out


def outputs() -> dict[str, str]:
    """key -> the record's JSON (or ``error: Type: message``), topic check on and off."""
    out: dict[str, str] = {}
    for key, text in articles().items():
        for topic_check in (True, False):
            name = f"{key}#topic={topic_check}"
            try:
                record = extract_report(text, article_id=Path(key).stem, topic_check=topic_check)
                out[name] = record.model_dump_json()
            except Exception as exc:  # noqa: BLE001 - an error is output too
                out[name] = f"error: {type(exc).__name__}: {exc}"
    return out


def first_difference(old: str, new: str) -> str:
    """The first top-level field (and item) where two records differ."""
    try:
        a, b = json.loads(old), json.loads(new)
    except ValueError:
        return f"was {old[:200]!r}, now {new[:200]!r}"
    for field in list(dict.fromkeys([*a, *b])):
        x, y = a.get(field), b.get(field)
        if x == y:
            continue
        if isinstance(x, list) and isinstance(y, list):
            for i in range(max(len(x), len(y))):
                xi = x[i] if i < len(x) else "<absent>"
                yi = y[i] if i < len(y) else "<absent>"
                if xi != yi:
                    return f"{field}[{i}]: was {xi!r}, now {yi!r}"
        return f"{field}: was {x!r}, now {y!r}"
    return f"same fields, different bytes: was {old[:200]!r}, now {new[:200]!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["save", "check"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    current = outputs()
    if args.command == "save":
        args.file.write_text(json.dumps(current, indent=0, sort_keys=True), encoding="utf-8")
        print(f"saved {len(current)} outputs to {args.file}")
        return 0
    try:
        saved = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read snapshot {args.file}: {exc}", file=sys.stderr)
        return 2
    only = sorted(set(saved) ^ set(current))
    for name in only:
        print(f"only in {'snapshot' if name in saved else 'this run'}: {name}")
    differing = [n for n in sorted(set(saved) & set(current)) if saved[n] != current[n]]
    if differing:
        name = differing[0]
        print(f"DIFFERENT: {len(differing)} of {len(current)} outputs; first: {name}")
        print("  " + first_difference(saved[name], current[name]))
        return 1
    print(f"same: {len(set(saved) & set(current))} outputs identical to {args.file}")
    return 1 if only else 0


if __name__ == "__main__":
    sys.exit(main())
