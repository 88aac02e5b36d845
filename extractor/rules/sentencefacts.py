"""Facts about one sentence that every figure in it would otherwise recompute (pure).

``collect_statistics`` makes one ``SentenceFacts`` per sentence that holds figures and hands
it to ``classify`` for each of them: whether the sentence opens on an earlier period ("Last
year ..."), and whether it holds any of a stage's cue words at all. A figure's own window
(its clause, the sentence up to it) lies inside its sentence, so a cue word missing from the
sentence is missing from that window too, and the stage can skip its scan of the window.
Each fact is computed on first need, so a sentence whose figures never ask pays nothing.
"""

from __future__ import annotations

import re


class SentenceFacts:
    """``plain[start:end]``, one sentence, and what has been found out about it so far."""

    __slots__ = ("plain", "start", "end", "_lower", "_found")

    def __init__(self, plain: str, start: int, end: int) -> None:
        self.plain, self.start, self.end = plain, start, end
        self._lower: str | None = None
        # keyed by id(): a module's pattern or word tuple lives as long as the process, and
        # hashing a compiled pattern hashes its whole code (thousands of instructions)
        self._found: dict[int, bool] = {}

    def lower(self) -> str:
        """The sentence lower-cased (``str.lower``: a hint found in a lower-cased window of it
        is found here too, since no character lowers to ASCII by its neighbours)."""
        if self._lower is None:
            self._lower = self.plain[self.start : self.end].lower()
        return self._lower

    def opens_with(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` matches at the sentence's start (``pattern.match(plain, start)``,
        which may run past the sentence's end)."""
        found = self._found.get(id(pattern))
        if found is None:
            found = self._found[id(pattern)] = pattern.match(self.plain, self.start) is not None
        return found

    def holds(self, words: re.Pattern[str]) -> bool:
        """Whether ``words`` (an ``any_word`` pattern: literal words, case as written) is
        found in the sentence."""
        found = self._found.get(id(words))
        if found is None:
            found = self._found[id(words)] = (
                words.search(self.plain, self.start, self.end) is not None
            )
        return found

    def lower_holds(self, hints: tuple[str, ...]) -> bool:
        """Whether one of the lower-case words ``hints`` is in the lower-cased sentence."""
        found = self._found.get(id(hints))
        if found is None:
            low = self.lower()
            found = self._found[id(hints)] = any(w in low for w in hints)
        return found
