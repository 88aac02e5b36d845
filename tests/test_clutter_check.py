"""The clutter harness: pages built around training articles keep the article's record.

``benchmarks/clutter_check.py`` wraps each training article in generated web-page clutter
(bylines, captions, link lines with other stories' numbers and places, adverts, embedded
posts, reader comments, hard wrapping, HTML entities, an all-caps headline) and compares
the records. Here: the generator keeps the article's words, and on the dev set no kind of
clutter changes a record.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from benchscripts import benchmark

ROOT = Path(__file__).resolve().parent.parent
clutter_check = benchmark("clutter_check")


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+|\d+", text)


@pytest.mark.parametrize("kind", [k for k in clutter_check.KINDS if k not in ("caps_headline",)])
def test_page_keeps_the_article_words_in_order(kind: str) -> None:
    (aid, text), *_ = clutter_check.load_articles(("seeds",))
    page = clutter_check.make_page(kind, text, seed=3)
    date, head, paras = clutter_check.split_article(text)
    unescaped = clutter_check._norm(page)
    for para in paras:
        assert " ".join(_words(para)) in " ".join(_words(unescaped)), (kind, para[:60])


def test_pages_are_seeded() -> None:
    (aid, text), *_ = clutter_check.load_articles(("seeds",))
    for kind in clutter_check.KINDS:
        assert clutter_check.make_page(kind, text, 5) == clutter_check.make_page(kind, text, 5)


def test_clutter_changes_no_record_on_dev() -> None:
    articles = clutter_check.load_articles(("dev",))
    result = clutter_check.check(articles, list(clutter_check.KINDS))
    changed = {kind: (n, dict(how)) for kind, (n, how, _) in result.items() if n}
    assert not changed
