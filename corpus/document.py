"""Data classes for a decoded document and its parts.

Offsets everywhere in policykg are character offsets into ``Document.text``,
the decoded text of the whole file (for .docx/.html/.pdf: the extracted text).
``DocumentPart.norm`` is the part's text normalised for matching (full-width to
half-width, traditional to simplified); it has exactly the same length as the
part's original text, so an offset found in ``norm`` is an offset in ``text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PartMeta:
    """Metadata of one part (SPEC §1). Empty string = not stated."""

    label: str = ""        # "附件1"; "" for the covering text
    title: str = ""
    issuer: str = ""       # 发文机关 or speaker
    doc_number: str = ""   # 文号, e.g. 渝府发〔2023〕8号
    date: str = ""         # ISO date
    source: str = ""       # 来源 line, e.g. 求是网
    source_date: str = ""  # ISO date of the 来源 line
    genre: str = "other"   # notice / speech / news / plan / report / other


@dataclass(frozen=True, slots=True)
class DocumentPart:
    """One part of a file: the covering text (part 0) or an attachment."""

    doc_id: str      # first 16 hex of the file's sha256
    sha256: str      # whole sha256 of the file's bytes (cache key)
    index: int       # part number 0, 1, 2 …
    start: int       # offset of this part in Document.text
    text: str        # the part's original text, Document.text[start:start+len(text)]
    norm: str        # normalised for matching; len(norm) == len(text)
    meta: PartMeta = field(default_factory=PartMeta)
    path: str = ""
    file_name: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded file: its identity, its text and its parts."""

    doc_id: str
    sha256: str
    path: str        # as given on the command line or relative to the corpus folder
    file_name: str
    text: str        # decoded original text; offsets point here
    encoding: str    # what the bytes were decoded as ("utf-8", "gb18030", "docx" …)
    parts: tuple[DocumentPart, ...] = ()


@dataclass(frozen=True, slots=True)
class PartInfo:
    """What the graph needs to know about a part, without its text."""

    doc_id: str
    sha256: str
    index: int
    start: int
    end: int
    meta: PartMeta
    path: str
    file_name: str
    encoding: str = ""

    @classmethod
    def of(cls, part: DocumentPart, encoding: str = "") -> "PartInfo":
        return cls(part.doc_id, part.sha256, part.index, part.start, part.end,
                   part.meta, part.path, part.file_name, encoding)
