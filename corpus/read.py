"""Read one file into a ``Document``: bytes → text → parts.

The bytes are read once; their sha256 is the document's identity. Each format
has its own decoder (``corpus.decode`` for text files, ``html_text``,
``docx_text``, ``pdf_text``); a file that cannot be read raises ``CorpusError``
naming it.
"""
from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Callable
from pathlib import Path

from corpus.decode import DecodedText, decode_text_bytes
from corpus.docx_text import decode_docx
from corpus.document import Document, DocumentPart
from corpus.errors import CorpusError
from corpus.html_text import decode_html
from corpus.normalize import normalize
from corpus.parts import split_parts
from corpus.pdf_text import decode_pdf

TEXT_SUFFIXES = frozenset({".txt", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
_NEWLINES = re.compile(r"\r\n?")


def read_document(path: Path, display_path: str | None = None) -> Document:
    """Read, decode and split one file; raise ``CorpusError`` naming it if unusable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CorpusError(path, f"unsupported file type {path.suffix!r}")
    data = _read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    decoded = _decoder_for(suffix)(path, data)
    text = _NEWLINES.sub("\n", decoded.text)
    if not text.strip():
        raise CorpusError(path, "empty file")
    doc_id = sha256[:16]
    shown = display_path if display_path is not None else str(path)
    parts = build_parts(text, doc_id=doc_id, sha256=sha256, path=shown, file_name=path.name)
    return Document(
        doc_id=doc_id,
        sha256=sha256,
        path=shown,
        file_name=path.name,
        text=text,
        encoding=decoded.encoding,
        parts=parts,
    )


def build_parts(text: str, *, doc_id: str, sha256: str, path: str, file_name: str) -> tuple[DocumentPart, ...]:
    """Split ``text`` into parts with their normalised text and provenance fields."""
    return tuple(
        DocumentPart(
            doc_id=doc_id,
            sha256=sha256,
            index=index,
            start=start,
            text=text[start:end],
            norm=normalize(text[start:end]),
            meta=meta,
            path=path,
            file_name=file_name,
        )
        for index, (start, end, meta) in enumerate(split_parts(text))
    )


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise CorpusError(path, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            # a FIFO or device would block or never end
            raise CorpusError(path, "not a regular file")
        return path.read_bytes()
    except FileNotFoundError:
        reason = "broken symlink" if path.is_symlink() else "file not found"
        raise CorpusError(path, reason) from None
    except PermissionError:
        raise CorpusError(path, "permission denied") from None
    except IsADirectoryError:
        raise CorpusError(path, "is a directory, not a file") from None
    except OSError as error:
        raise CorpusError(path, f"cannot read: {error.strerror or error}") from None


def _decoder_for(suffix: str) -> Callable[[Path, bytes], DecodedText]:
    if suffix in HTML_SUFFIXES:
        return decode_html
    if suffix == ".docx":
        return decode_docx
    if suffix == ".pdf":
        return decode_pdf
    return decode_text_bytes  # no bytes decode to "", refused by read_document as empty
