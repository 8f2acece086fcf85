"""Named, versioned extractors. The id ``name@version`` goes into every record
and every cache key, so bump the version whenever the output can change."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus.document import DocumentPart
from extractors.records import Record


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    version: int
    run: Callable[[DocumentPart], Sequence[Record]]

    @property
    def id(self) -> str:
        return f"{self.name}@{self.version}"
