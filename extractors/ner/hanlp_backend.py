"""The ``hanlp`` backend (extra ``policykg[hanlp]``): a HanLP NER model.

HanLP is imported here and nowhere else. The model is loaded with
``hanlp.load(location)``, where location is, in order: the ``model`` argument,
the environment variable ``POLICYKG_HANLP_NER`` (a local folder or a HanLP
pretrained name), or HanLP's MSRA NER model, which HanLP looks for under
``HANLP_HOME`` and downloads only when it is not there. Without a network,
point ``POLICYKG_HANLP_NER`` at a saved model folder.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.ner.candidates import Candidate
from extractors.ner.normalise import normalise_form, person_name
from extractors.sentences import split_sentences

MODEL_ENV = "POLICYKG_HANLP_NER"
DEFAULT_MODEL = "MSRA_NER_ELECTRA_SMALL_ZH"
# HanLP models tag in MSRA (NR/NS/NT), OntoNotes or plain (PER/LOC/ORG) schemes.
HANLP_TYPES = {
    "NR": "Person", "PER": "Person", "PERSON": "Person",
    "NS": "Region", "LOC": "Region", "GPE": "Region",
    "NT": "Organization", "ORG": "Organization", "ORGANIZATION": "Organization",
}


def model_location(model: str | Path | None = None) -> str:
    if model:
        return str(model)
    if os.environ.get(MODEL_ENV):
        return os.environ[MODEL_ENV]
    import hanlp

    return getattr(hanlp.pretrained.ner, DEFAULT_MODEL)


@lru_cache(maxsize=4)
def load_recognizer(location: str) -> Any:
    """``hanlp.load`` on a local folder or a pretrained name (cached per location)."""
    import hanlp

    return hanlp.load(location)


def recognise(recognizer: Any, norm: str) -> list[Candidate]:
    """Run a loaded HanLP recognizer over char tokens of each sentence.

    HanLP returns ``(text, label, start, end)`` with token offsets; with one
    token per character these are character offsets within the sentence.
    """
    sentences = [(s.start, s.end) for s in split_sentences(norm)]
    batch = [list(norm[start:end]) for start, end in sentences]
    results = recognizer(batch) if batch else []
    found: list[Candidate] = []
    for (offset, _), entities in zip(sentences, results):
        for _text, label, start, end in entities:
            entity_type = HANLP_TYPES.get(str(label).upper())
            if entity_type is None or end - start < 2:
                continue
            written = norm[offset + start:offset + end]
            name = person_name(written) if entity_type == "Person" else normalise_form(written)
            found.append(Candidate(offset + start, offset + end, entity_type, name, "hanlp"))
    return found


def hanlp_entities(norm: str, model: str | Path | None = None) -> list[Candidate]:
    return recognise(load_recognizer(model_location(model)), norm)
