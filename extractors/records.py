"""Records: what extractors produce and the graph is folded from.

Every record is frozen and hashable, and carries its ``Provenance`` so that no
fact loses its sentence (SPEC §5).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from corpus.document import DocumentPart
from corpus.unwrap import FlowingPart

ENTITY_TYPES = ("Person", "Organization", "Region", "Initiative")


@dataclass(frozen=True, slots=True)
class Provenance:
    doc_id: str
    part: int
    char_start: int  # offsets into the original document text
    char_end: int
    evidence: str    # the sentence, as written in the original text
    extractor: str   # "targets@3"
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if not 0 <= self.char_start <= self.char_end:
            raise ValueError(f"bad offsets {self.char_start}..{self.char_end} in {self.doc_id}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1")


def back_in_part(prov: Provenance, part: DocumentPart, view: FlowingPart) -> Provenance:
    """Provenance found in a hard-wrapped part's flowing view (offsets from 0), as offsets into
    the document's text."""
    start, end = view.span(prov.char_start, prov.char_end)
    return replace(prov, char_start=part.start + start, char_end=part.start + end)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in the text.

    ``name`` is the canonical name after within-document resolution (重庆 → 重庆市);
    ``surface`` is the text as written at ``prov.char_start:prov.char_end``.
    ``attrs`` holds typed extras as sorted (key, value) pairs: a Region's
    ``level`` and ``adcode``, an Organization's ``kind`` …
    """

    type: str      # one of ENTITY_TYPES
    name: str
    surface: str
    prov: Provenance
    title: str = ""  # Person: the title written with the name (国务院总理)
    attrs: tuple[tuple[str, str | int | float | bool], ...] = ()


@dataclass(frozen=True, slots=True)
class Target:
    """One quantified goal (SPEC §3). Empty string / None = not stated."""

    indicator: str
    comparator: str  # > >= = <= < ~ range increase_by decrease_by
    value: float
    unit: str
    value_base: float
    unit_base: str
    text: str        # the clause it was read from
    prov: Provenance
    value_max: float | None = None
    value_max_base: float | None = None
    deadline: str = ""    # ISO year "2027" or date "2025-12-31"
    region: str = ""      # canonical region name
    initiative: str = ""  # enclosing action or section
    qualifier: str = ""   # the literal comparator words, e.g. 年均增长


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two entities named by (type, canonical name)."""

    type: str          # SPEC §4 edge type
    source_type: str
    source: str
    target_type: str
    target: str
    prov: Provenance
    attrs: tuple[tuple[str, str | int | float | bool], ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated meeting or activity (SPEC §2). Its participants are PARTICIPATED_IN
    relations whose target is ``key``, so an event reported by two documents is one node."""

    name: str
    date: str        # ISO date of its (first) day
    prov: Provenance
    place: str = ""
    end_date: str = ""  # last day of a meeting that runs over several days

    @property
    def key(self) -> str:
        return event_key(self.date, self.name)


def event_key(date: str, name: str) -> str:
    """The canonical name of an event: 2023-04-04:首都义务植树活动."""
    return f"{date}:{name}"


Record = Mention | Target | Relation | Event
