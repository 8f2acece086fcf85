"""Chinese NER for policy documents: persons, organisations, regions, initiatives.

    extract_entities(part)              default backend (spaCy pipeline)
    extract_entities_with(part, name)   "spacy" | "lac" | "hanlp"
    NER                                 the registered extractor "ner@N" (NER_VERSION)
"""
from __future__ import annotations

from corpus.document import DocumentPart
from extractors.ner.candidates import Candidate
from extractors.ner.resolution import DocumentContext, document_context
from extractors.records import Mention, Provenance
from extractors.registry import Extractor
from extractors.sentences import split_sentences

NER_VERSION = 17
NER_BACKENDS = {"spacy": f"ner@{NER_VERSION}", "lac": f"ner-lac@{NER_VERSION}", "hanlp": f"ner-hanlp@{NER_VERSION}"}


def part_context(part: DocumentPart) -> DocumentContext:
    return document_context(part.meta.issuer, part.meta.title, part.norm, part.file_name)


def to_mentions(part: DocumentPart, entities: list[Candidate], extractor: str) -> list[Mention]:
    """Records with offsets into the document and the original sentence as evidence."""
    sentences = split_sentences(part.norm)
    mentions: list[Mention] = []
    index = 0
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        while index + 1 < len(sentences) and sentences[index].end <= entity.start:
            index += 1
        sentence = sentences[index] if sentences else None
        evidence = part.text[sentence.start:sentence.end] if sentence else part.text[entity.start:entity.end]
        mentions.append(Mention(
            type=entity.type,
            name=entity.name,
            surface=part.text[entity.start:entity.end],
            prov=Provenance(part.doc_id, part.index, part.start + entity.start, part.start + entity.end,
                            evidence, extractor, entity.confidence),
            title=entity.title,
            attrs=tuple(sorted(entity.attrs)),
        ))
    return mentions


def extract_entities_with(part: DocumentPart, backend: str = "spacy") -> list[Mention]:
    if backend == "spacy":
        from extractors.ner.pipeline import run_pipeline

        entities = run_pipeline(part.norm, part_context(part))
    elif backend == "lac":
        from extractors.ner.lac_backend import lac_entities

        entities = lac_entities(part.norm)
    elif backend == "hanlp":
        from extractors.ner.hanlp_backend import hanlp_entities

        entities = hanlp_entities(part.norm)
    else:
        raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(NER_BACKENDS)}")
    return to_mentions(part, entities, NER_BACKENDS[backend])


def extract_entities(part: DocumentPart) -> list[Mention]:
    return extract_entities_with(part, "spacy")


NER = Extractor("ner", NER_VERSION, extract_entities)

__all__ = ["NER", "NER_BACKENDS", "extract_entities", "extract_entities_with"]
