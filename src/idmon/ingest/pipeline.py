"""Ingest documents: read each file, keep its original bytes, extract its displacement facts, and store both.

One transaction per document: a document is stored with all its facts or not at all. A file whose bytes were
ingested before (same SHA-256) is skipped, so re-running an ingest changes nothing.
"""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from idmon.domain.model import Document, Figure, Location
from idmon.domain.vocabulary import DateAccuracy, DocumentOrigin, Precision, ReviewStatus
from idmon.errors import IdmonError, UnreadableDocument
from idmon.extract import Extractor, Fact
from idmon.extract.dates import find_dates
from idmon.ingest.gazetteers import gazetteer_for
from idmon.ingest.readers import ReadDocument
from idmon.ingest.readers import read_bytes as _read_bytes
from idmon.store import Store

#: File suffixes an ingest of a folder picks up.
SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx"})
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
}


@dataclass
class DocumentResult:
    """What became of one file."""

    path: str
    status: str  # new | already-ingested | not-relevant | failed
    document_id: str | None = None
    figure_ids: list[str] = field(default_factory=list)
    facts_without_category: int = 0
    message: str = ""


@dataclass
class IngestReport:
    """What an ingest did, file by file."""

    results: list[DocumentResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def figures(self) -> int:
        return sum(len(r.figure_ids) for r in self.results)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.count("failed")

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": len(self.results),
            "new": self.count("new"),
            "already_ingested": self.count("already-ingested"),
            "not_relevant": self.count("not-relevant"),
            "failed": self.count("failed"),
            "figures": self.figures,
            "missing": self.missing,
            "documents": [vars(r) for r in self.results],
        }


def expand(patterns: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files named by paths, folders (searched recursively for known document types) and globs; and the
    patterns that matched nothing."""
    files: list[Path] = []
    missing: list[str] = []
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            found = [path]
        else:
            found = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
        if not found:
            missing.append(pattern)
        files.extend(f for f in found if f not in files)
    return files, missing


def read_document(data: bytes, name: str) -> ReadDocument:
    """Read a document's bytes; whatever a format's parser raises on damaged input becomes UnreadableDocument."""
    try:
        return _read_bytes(data, name)
    except IdmonError:
        raise
    except Exception as exc:
        raise UnreadableDocument(f"{name} could not be read ({type(exc).__name__}: {exc})") from exc


def header_date(text: str, language: str | None) -> date | None:
    """The publication date a document states in its first lines ("Published 16 January 2013", "Bamako, le 5
    mars 2013"), for formats whose metadata has none: the first full date in its first three non-empty lines."""
    end, lines = 0, 0
    for line in text.splitlines(keepends=True):
        end += len(line)
        lines += bool(line.strip())
        if lines >= 3 or end > 400:
            break
    for mention in find_dates(text, 0, min(end, len(text)), None, language or "en"):
        if mention.accuracy == DateAccuracy.DAY and mention.first == mention.last:
            return mention.first
    return None


def figure_from_fact(fact: Fact, document_id: str | None) -> Figure | None:
    """A figure to review from an extracted fact (None when the fact has no category: it cannot be stored)."""
    if fact.category is None:
        return None
    location = None
    if fact.country:
        location = Location(
            country=fact.country,
            admin1=fact.admin1,
            admin1_pcode=fact.admin1_pcode,
            admin2=fact.admin2,
            admin2_pcode=fact.admin2_pcode,
            # the words that named an admin area are that area, not a town inside it (or totals would see a
            # sub-area "Mopti" inside the Mopti region)
            place=fact.place if fact.precision in (Precision.POINT, Precision.ADM3) else None,
            lat=fact.lat,
            lon=fact.lon,
            precision=fact.precision,
        )
    flow = fact.category.is_flow
    return Figure(
        country=fact.country,
        locations=[location] if location else [],
        category=fact.category,
        term=fact.term,
        reported=fact.reported,
        reported_max=fact.reported_max,
        quantity_text=fact.quantity_text,
        vague=fact.vague,
        qualifier=fact.qualifier,
        unit=fact.unit,
        household_size=fact.household_size,
        calculation_logic=fact.calculation_logic,
        cause=fact.cause,
        violence=fact.violence if fact.cause in (None, "conflict") else None,
        hazard=fact.hazard if fact.cause in (None, "disaster") else None,
        start_date=fact.start_date if flow else None,
        start_date_accuracy=fact.date_accuracy if flow and fact.start_date else None,
        end_date=fact.end_date,
        end_date_accuracy=fact.date_accuracy if fact.end_date else None,
        review_status=ReviewStatus.EXTRACTED,
        excerpt=fact.excerpt,
        span_start=fact.span[0],
        span_end=fact.span[1],
        method=fact.method,
        confidence=fact.confidence,
        document_id=document_id,
    )


class Ingestor:
    """Reads and stores documents into one Store, with its gazetteers and household sizes."""

    def __init__(self, store: Store, *, country: str | None = None, published: date | None = None) -> None:
        self.store = store
        self.country = country
        self.published = published
        sizes = {}
        for row in store.household_sizes_latest():
            sizes[row.country] = row.size
        self.extractor = Extractor(gazetteer_for(store), sizes)

    def ingest(self, paths: Sequence[Path], progress: Callable[[DocumentResult], None] | None = None) -> IngestReport:
        report = IngestReport()
        for path in paths:
            result = self.ingest_file(path)
            report.results.append(result)
            if progress:
                progress(result)
        return report

    def ingest_file(self, path: Path) -> DocumentResult:
        """Store one file and its facts (one transaction), or say why not."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            return DocumentResult(str(path), "failed", message=f"cannot read the file: {exc.strerror or exc}")
        digest = hashlib.sha256(data).hexdigest()
        known = self.store.document_by_hash(digest)
        if known is not None:
            return DocumentResult(str(path), "already-ingested", known.id, message="same bytes ingested before")
        try:
            return self._store(path, data, digest)
        except IdmonError as exc:
            return DocumentResult(str(path), "failed", message=str(exc))

    def _store(self, path: Path, data: bytes, digest: str) -> DocumentResult:
        read = read_document(data, path.name)
        published = self.published or read.published or header_date(read.text, read.language)
        reading = self.extractor.read(read.text, published, self.country)
        document = Document(
            title=read.title or path.stem,
            published=published,
            language=reading.language or read.language,
            content_hash=digest,
            text=reading.text,
            origin=DocumentOrigin.FILE,
            origin_ref=str(path),
            media_type=MEDIA_TYPES.get(path.suffix.lower(), "text/plain"),
        )
        with self.store.batch():
            stored = self.store.add_document(document, data)
            if not reading.relevance.relevant:
                return DocumentResult(
                    str(path),
                    "not-relevant",
                    stored.id,
                    message="kept, but not about people's displacement: no figures stored",
                )
            result = DocumentResult(str(path), "new", stored.id)
            for fact in reading.facts:
                figure = figure_from_fact(fact, stored.id)
                if figure is None:
                    result.facts_without_category += 1
                    continue
                result.figure_ids.append(self.store.add_figure(figure).id or "")
        return result
