"""The extractor set a run applies to every part, and its cache identity."""
from __future__ import annotations

from corpus.document import DocumentPart
from extractors.ner import NER_BACKENDS, extract_entities_with
from extractors.records import Record
from extractors.targets import TARGETS

DEFAULT_BACKEND = "spacy"


def extractor_set(backend: str = DEFAULT_BACKEND) -> str:
    """Ids of every extractor a run applies; part of every cache key."""
    if backend not in NER_BACKENDS:
        raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(NER_BACKENDS)}")
    return f"{NER_BACKENDS[backend]}+{TARGETS.id}"


def run_extractors(part: DocumentPart, backend: str = DEFAULT_BACKEND) -> list[Record]:
    records: list[Record] = list(extract_entities_with(part, backend))
    records.extend(TARGETS.run(part))
    return records
