"""One-to-one pairing of gold and predicted items (pure): a maximum-weight bipartite assignment.

Why not greedy: an item can be compatible with several on the other side, and the
compatibility is not transitive (money within 0.5 %: 100.45 fits both 100 and
100.9, which do not fit each other), so first-come pairing can strand items a
better pairing would match. The sizes are tiny (a few dozen items at most), so an
exact O(n^3) Hungarian algorithm costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


def assign(weights: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` maximising the total weight; ``None`` means "may not pair".

    The Hungarian algorithm (shortest augmenting paths with potentials) minimising
    ``top - weight`` on the square matrix, where forbidden cells and the padding
    that squares it cost ``top + 1``, so an allowed pair always beats no pair:
    O(n^3), and n is a few dozen at most. Deterministic for a given input.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    n = max(rows, cols)
    top = max((w for row in weights for w in row if w is not None), default=0.0)
    # minimise cost = top - weight on allowed cells; forbidden and padding cells cost top + 1
    cost = [[top + 1.0] * n for _ in range(n)]
    for i, row in enumerate(weights):
        for j, w in enumerate(row):
            if w is not None:
                cost[i][j] = top - w
    inf = math.inf
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[col] = row, 1-based
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    pairs = []
    for j in range(1, n + 1):
        i = match[j]
        if i and i - 1 < rows and j - 1 < cols and weights[i - 1][j - 1] is not None:
            pairs.append((i - 1, j - 1))
    return sorted(pairs)


def pair_items(
    gold: Sequence[A], pred: Sequence[B], bonus: Callable[[A, B], float | None]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Maximum one-to-one pairing; ``bonus(g, p)`` is ``None`` when they cannot pair, else a
    preference in [0, 1) among pairings with the same number of pairs.

    Returns the pairs ``(gold_index, pred_index)``, the unpaired gold and unpaired
    predicted indexes.
    """
    # a pair is worth more than every bonus together, so cardinality always comes first
    unit = float(len(gold) + len(pred) + 1)
    weights: list[list[float | None]] = []
    for g in gold:
        row: list[float | None] = []
        for p in pred:
            b = bonus(g, p)
            row.append(None if b is None else unit + b)
        weights.append(row)
    pairs = assign(weights)
    paired_g = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    return (
        pairs,
        [i for i in range(len(gold)) if i not in paired_g],
        [j for j in range(len(pred)) if j not in paired_p],
    )
