"""One document's extraction, and the content-addressed cache the flow keeps of it.

A document is extracted whole (all its parts) and cached under the file's
sha256, its suffix (which picks the decoder) and the extractor ids, so a
renamed or moved file is not extracted again and a new extractor version
re-extracts everything. The cache is read and written by the flow process
only: workers (threads or Dask processes) stay stateless, so a Dask worker on
another machine needs the corpus, not the cache.

No Prefect here: the flow wraps ``extract_documents`` in a task.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.document import PartInfo
from corpus.errors import CorpusError
from corpus.read import read_document
from extractors.pipeline import run_extractors
from extractors.records import Record

CACHE_FORMAT = 1  # bump when Extraction's fields change: old entries are then ignored
HASH_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the graph needs from one document: its parts (without text) and records."""

    sha256: str
    parts: tuple[PartInfo, ...]
    records: tuple[Record, ...]

    @property
    def chars(self) -> int:
        return sum(p.end - p.start for p in self.parts)

    def shown_as(self, shown: str, file_name: str) -> "Extraction":
        """The same extraction for a file at another path (cache entries are path-free)."""
        parts = tuple(replace(p, path=shown, file_name=file_name) for p in self.parts)
        return replace(self, parts=parts)


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file the corpus layer refused, with its reason (``CorpusError.reason``)."""

    shown: str
    reason: str
    sha256: str = ""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def cache_key(sha256: str, suffix: str, extractors: str) -> str:
    # the suffix picks the decoder, so the same bytes as .txt and .html differ
    return f"{sha256}{suffix.lower()}-{extractors}"


def extract_document(path: Path, shown: str, backend: str) -> Extraction | ReadFailure:
    """Read, split and extract one file; a file the corpus layer refuses is a ReadFailure."""
    try:
        document = read_document(path, shown)
    except CorpusError as error:
        return ReadFailure(shown, error.reason)
    parts = tuple(PartInfo.of(part, document.encoding) for part in document.parts)
    records = tuple(record for part in document.parts for record in run_extractors(part, backend))
    return Extraction(document.sha256, parts, records)


def extract_documents(batch: list[tuple[str, str]], backend: str) -> list[Extraction | ReadFailure]:
    """A batch of (path, shown) files, extracted one after the other."""
    return [extract_document(Path(path), shown, backend) for path, shown in batch]


def cache_file(cache_dir: Path, key: str) -> Path:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_dir / "documents" / digest[:2] / f"{digest}.pickle"


def load_extraction(cache_dir: Path, key: str) -> Extraction | None:
    path = cache_file(cache_dir, key)
    try:
        with open(path, "rb") as handle:
            stored_key, stored_format, extraction = pickle.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return None  # a damaged or foreign entry is a miss: the document is extracted again
    if stored_key != key or stored_format != CACHE_FORMAT:
        return None
    return extraction


def save_extraction(cache_dir: Path, key: str, extraction: Extraction) -> None:
    """Written atomically, so a killed run leaves whole entries or none."""
    path = cache_file(cache_dir, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    stored = replace(extraction, parts=tuple(replace(p, path="", file_name="") for p in extraction.parts))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((key, CACHE_FORMAT, stored), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
