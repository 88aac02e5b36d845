"""Collecting a finished batch (``--via batch-api``): its files, and each answer through
the live path's validation.

The output and error files are streamed to disk beside OUT and indexed by
``custom_id`` (the article id) -> byte offset, so a batch of 50,000 answers is
never held in memory. :class:`Collector` stands in for the ``Extractor`` of
``aextract_many``: for each article it reads its answer and hands it to
``LLMBackend.aextract(article, answer=...)``, where it is the first answer of an
ordinary live extraction: vetted, parsed and validated as any (schema,
grounding, value in evidence, salvage), and re-asked over HTTP when it fails,
bounded by ``max_validation_attempts``. An article whose request the batch
failed (its error file) is extracted live, when the batch completed; after an
expiry or a cancel it is left for the next batch. An article whose text or
settings changed since it was submitted (its cache key differs) is not given the
old answer: it is extracted live.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article
from .pipeline import finish

if TYPE_CHECKING:
    from .llm.backend import LLMBackend
    from .llm.batch_api import BatchAPI

log = logging.getLogger(__name__)


@dataclass
class Answers:
    """Where each article's line is in the downloaded files."""

    answers: dict[str, tuple[Path, int]] = field(default_factory=dict)  # 200: its body
    failed: dict[str, str] = field(default_factory=dict)  # id -> what went wrong


class BatchFiles:
    """The files a batch keeps beside OUT while it is out."""

    def __init__(self, out: Path) -> None:
        self.input = out.with_name(out.name + ".batch-input.jsonl")
        self.output = out.with_name(out.name + ".batch-output.jsonl")
        self.errors = out.with_name(out.name + ".batch-errors.jsonl")

    def remove(self) -> None:
        for path in (self.input, self.output, self.errors):
            path.unlink(missing_ok=True)


async def download_answers(api: BatchAPI, info: dict[str, Any], files: BatchFiles) -> Answers:
    found = Answers()
    for key, path in (("output_file_id", files.output), ("error_file_id", files.errors)):
        file_id = info.get(key)
        if not file_id:
            continue
        await api.download(str(file_id), path)
        offset = 0
        with open(path, "rb") as f:
            for raw in f:
                _index_line(raw, path, offset, found)
                offset += len(raw)
    return found


def _index_line(raw: bytes, path: Path, offset: int, found: Answers) -> None:
    try:
        line = json.loads(raw)
        custom_id = line["custom_id"]
    except (ValueError, KeyError, TypeError):
        if raw.strip():
            log.warning("%s: a line that is not a batch result, ignored: %r", path, raw[:120])
        return
    response = line.get("response") or {}
    body = response.get("body") if isinstance(response, dict) else None
    if isinstance(response, dict) and response.get("status_code") == 200 and body:
        found.answers[str(custom_id)] = (path, offset)
        return
    error = line.get("error") or (body or {}).get("error") or {}
    status = response.get("status_code") if isinstance(response, dict) else None
    message = error.get("message") if isinstance(error, dict) else str(error)
    found.failed[str(custom_id)] = f"HTTP {status}: {message}" if status else str(message)


class Collector:
    """What ``aextract_many`` runs for each article of a finished batch: its answer
    through the live path's validation (re-asks over HTTP); its failed request live."""

    def __init__(
        self,
        backend: LLMBackend,
        found: Answers,
        keys: dict[str, str],
        *,
        live_for_failed: bool,
    ) -> None:
        self.backend = backend
        self.found = found
        self.keys = keys  # id -> the cache key it was submitted with
        self.live_for_failed = live_for_failed
        self.batch_tokens: dict[str, tuple[int, int]] = {}

    def has(self, article_id: str) -> bool:
        """Whether this run can finish the article (else the next batch asks it again)."""
        return article_id in self.found.answers or (
            self.live_for_failed and article_id in self.found.failed
        )

    async def aextract_article(self, article: Article) -> Any:
        where = self.found.answers.get(article.id)
        key = self.backend.cache_key(article)
        if where is not None and key[: len(self.keys.get(article.id) or key)] != self.keys.get(
            article.id
        ):
            log.warning(
                "%s: the article changed since it was submitted; its answer is not used, it is "
                "asked live",
                article.id,
            )
            where = None
        elif where is None:
            log.info(
                "%s: the batch failed it (%s); asked live",
                article.id,
                self.found.failed.get(article.id),
            )
        if where is None:
            return finish(await self.backend.aextract(article), article)
        body = _read_body(*where)
        report = await self.backend.aextract(article, answer=body)
        if not (report.provenance and report.provenance.cache_hit):
            self.batch_tokens[article.id] = _tokens(body)
        return finish(report, article)


def _read_body(path: Path, offset: int) -> dict[str, Any]:
    with open(path, "rb") as f:
        f.seek(offset)
        body = json.loads(f.readline())["response"]["body"]
    return body if isinstance(body, dict) else {}


def _tokens(body: dict[str, Any]) -> tuple[int, int]:
    usage = body.get("usage")
    if not isinstance(usage, dict):
        return 0, 0
    numbers = (usage.get("prompt_tokens"), usage.get("completion_tokens"))
    return tuple(n if isinstance(n, int) and n >= 0 else 0 for n in numbers)  # type: ignore[return-value]
