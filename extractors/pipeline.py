"""The extractor set a run applies to every part, and its cache identity."""
from __future__ import annotations

from corpus.document import DocumentPart
from extractors.events import EVENTS_VERSION
from extractors.ner import NER_BACKENDS, extract_entities, extract_entities_with
from extractors.records import Mention, Record
from extractors.registry import Extractor
from extractors.relations import RELATIONS_VERSION, extract_relations
from extractors.targets import TARGETS

DEFAULT_BACKEND = "spacy"


def _relations_of_part(part: DocumentPart) -> list[Record]:
    """Standalone form (runs the default NER); the pipeline passes the backend's mentions instead."""
    return extract_relations(part, extract_entities(part))


# Relations read the mentions, so they run after NER on the same part; events are read
# by the relations extractor and versioned with it (events@N in their provenance).
RELATIONS = Extractor("relations", RELATIONS_VERSION, _relations_of_part)
EVENTS_ID = f"events@{EVENTS_VERSION}"


def extractor_set(backend: str = DEFAULT_BACKEND) -> str:
    """Ids of every extractor a run applies; part of every cache key."""
    if backend not in NER_BACKENDS:
        raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(NER_BACKENDS)}")
    ner = NER_BACKENDS[backend]
    if backend == "hanlp":
        from extractors.ner.hanlp_backend import model_fingerprint

        # a different or retrained model must not be served another model's results
        ner = f"{ner}#{model_fingerprint()}"
    return f"{ner}+{TARGETS.id}+{RELATIONS.id}+{EVENTS_ID}"


def check_backend(backend: str = DEFAULT_BACKEND) -> None:
    """Load what the backend needs now, so a missing model stops the run with one clear
    message (``HanLPModelUnavailable``) before any document is read."""
    extractor_set(backend)
    if backend == "hanlp":
        from extractors.ner.hanlp_backend import load_recognizer, model_location

        load_recognizer(model_location())


def run_extractors(part: DocumentPart, backend: str = DEFAULT_BACKEND) -> list[Record]:
    mentions: list[Mention] = list(extract_entities_with(part, backend))
    records: list[Record] = [*mentions, *TARGETS.run(part)]
    records.extend(extract_relations(part, mentions))
    return records
