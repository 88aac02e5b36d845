"""A London district in a story that names its borough (pure).

The wide town list (``gb_towns.tsv``) files London's districts ("Canning Town", "Becontree")
as towns of London. The Met reports by borough, and a borough story's raid "at an address in
Becontree" or post "out again this morning in Canning Town" is the borough's (GUIDELINES 2.7:
a district inside a named area is no area of its own). A district whose borough the article
never names keeps its own name. The table is a fact table: each borough's districts that the
wide list holds, in ``data/boroughs.tsv``.
"""

from __future__ import annotations

from .gazetteer import BOROUGH_OF


def named_borough(name: str, named: frozenset[str] | set[str]) -> str | None:
    """The borough of the London district ``name`` when the article names it (``named``: the
    article's place names), else None."""
    borough = BOROUGH_OF.get(name)
    return borough if borough is not None and borough in named else None
