"""Chinese NER for policy documents: persons, organisations, regions, initiatives.

    extract_entities(part)              default backend (spaCy pipeline)
    extract_entities_with(part, name)   "spacy" | "lac" | "hanlp"
    NER                                 the registered extractor "ner@N" (NER_VERSION)
"""
from __future__ import annotations

import re
from dataclasses import replace

from corpus.document import DocumentPart
from corpus.unwrap import flowing_part
from extractors.ner.candidates import Candidate
from extractors.ner.resolution import DocumentContext, document_context
from extractors.records import Mention, Provenance
from extractors.registry import Extractor
from extractors.sentences import Sentence, split_sentences

NER_VERSION = 235
NER_BACKENDS = {"spacy": f"ner@{NER_VERSION}", "lac": f"ner-lac@{NER_VERSION}", "hanlp": f"ner-hanlp@{NER_VERSION}"}


_LINE_BREAK = re.compile(r"\s*\n\s*")


def part_context(part: DocumentPart) -> DocumentContext:
    return document_context(part.meta.issuer, part.meta.title, part.norm, part.file_name)


def to_mentions(part: DocumentPart, entities: list[Candidate], extractor: str,
                sentences: list[Sentence] | None = None) -> list[Mention]:
    """Records with offsets into the document and the original sentence as evidence."""
    sentences = split_sentences(part.norm) if sentences is None else sentences
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
            # A name across a layout line break (市 / 政协) is written without it.
            surface=_LINE_BREAK.sub("", part.text[entity.start:entity.end]),
            prov=Provenance(part.doc_id, part.index, part.start + entity.start, part.start + entity.end,
                            evidence, extractor, entity.confidence),
            title=entity.title,
            attrs=tuple(sorted(entity.attrs)),
        ))
    return mentions


def extract_entities_with(part: DocumentPart, backend: str = "spacy") -> list[Mention]:
    if backend not in NER_BACKENDS:
        raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(NER_BACKENDS)}")
    # A hard-wrapped text (a PDF converted to .txt: 并请市 / 政协委员) is read with its layout line
    # breaks removed; what is found there is mapped back to offsets in the part's own text.
    view = flowing_part(part)
    if view is None:
        return to_mentions(part, _entities_in(part.norm, part, backend), NER_BACKENDS[backend])
    entities = [replace(e, start=start, end=end, prefix_end=0)
                for e in _entities_in(view.part.norm, part, backend) for start, end in [view.span(e.start, e.end)]]
    sentences = [Sentence(*view.span(s.start, s.end)) for s in split_sentences(view.part.norm)]
    return to_mentions(part, entities, NER_BACKENDS[backend], sentences)


def _entities_in(text: str, part: DocumentPart, backend: str) -> list[Candidate]:
    if backend == "spacy":
        from extractors.ner.pipeline import run_pipeline

        return run_pipeline(text, part_context(part))
    if backend == "lac":
        from extractors.ner.lac_backend import lac_entities

        return lac_entities(text)
    from extractors.ner.hanlp_backend import hanlp_entities

    return hanlp_entities(text)


def extract_entities(part: DocumentPart) -> list[Mention]:
    return extract_entities_with(part, "spacy")


NER = Extractor("ner", NER_VERSION, extract_entities)

__all__ = ["NER", "NER_BACKENDS", "extract_entities", "extract_entities_with"]
