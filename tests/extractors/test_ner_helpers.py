"""Shared helpers for the NER tests (no tests here): a DocumentPart made from a real sentence."""
from __future__ import annotations

from pathlib import Path

from corpus.document import DocumentPart, PartMeta
from corpus.normalize import normalize

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"


def make_part(text: str, issuer: str = "", title: str = "", start: int = 0) -> DocumentPart:
    return DocumentPart(doc_id="0123456789abcdef", sha256="0" * 64, index=0, start=start, text=text,
                        norm=normalize(text), meta=PartMeta(issuer=issuer, title=title))
