"""The article: what every stage takes in (text kept verbatim, offsets point into it).

Below both ``pipeline`` and ``llm``: the backends take an ``Article`` and the
pipeline makes them, so the type lives here and neither imports the other for it.
``extractor.pipeline`` re-exports every name, so old imports keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import InputError
from .schema import parse_published

MAX_ARTICLE_BYTES = 2_000_000


@dataclass(frozen=True)
class Article:
    """An article to extract from. ``text`` is kept verbatim: offsets point into it."""

    id: str
    text: str
    published: date | None = None
    source: str | None = None


def make_article(
    text: str, *, article_id: str, published: date | None = None, source: str | None = None
) -> Article:
    """Check the text is worth extracting from and wrap it as an ``Article``."""
    if not isinstance(text, str):
        raise InputError(
            f"{article_id}: article text must be str, not {type(text).__name__}",
            article_id=article_id,
        )
    if not text.strip():
        raise InputError(
            f"{article_id}: the article is empty",
            article_id=article_id,
            hint="check the file or column holds the article text",
        )
    if "\x00" in text:
        raise InputError(
            f"{article_id}: the article contains NUL bytes (binary data?)", article_id=article_id
        )
    if len(text) > MAX_ARTICLE_BYTES // 4 and len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{article_id}: the article is larger than the "
            f"{MAX_ARTICLE_BYTES:,}-byte limit for one article",
            article_id=article_id,
            hint="split it into articles",
        )
    return Article(
        id=article_id, text=text, published=published or parse_published(text), source=source
    )


def decode_article(data: bytes, *, name: str) -> str:
    """Bytes to text, refusing binary files and invalid UTF-8 with a clear error."""
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name}: looks like a binary file, not article text",
            article_id=name,
            hint="pass a UTF-8 text file",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            article_id=name,
            hint="re-encode the file as UTF-8, e.g. iconv -f latin1 -t utf-8",
        ) from exc


def read_article(path: str | Path) -> Article:
    """Read a text file as an article; the file stem is its id."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(
            f"{name}: no such file",
            article_id=p.stem,
            hint="check the path; give one UTF-8 text file per article",
        )
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not an article file", article_id=p.stem)
    if not p.is_file():  # a FIFO, socket or device: reading could block forever
        raise InputError(
            f"{name}: not a regular file",
            article_id=p.stem,
            hint="give one UTF-8 text file per article",
        )
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{name}: {size:,} bytes is larger than the "
                f"{MAX_ARTICLE_BYTES:,}-byte limit for one article",
                article_id=p.stem,
                hint="split it into articles",
            )
        data = p.read_bytes()
    except PermissionError as exc:
        raise InputError(f"{name}: permission denied", article_id=p.stem) from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})", article_id=p.stem) from exc
    try:
        text = decode_article(data, name=name)
    except InputError as exc:
        exc.article_id = p.stem  # the id a batch records the failure under
        raise
    return make_article(text, article_id=p.stem, source=name)
