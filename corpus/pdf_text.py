"""A PDF -> the text of its text layer, page after page, its wrapped lines joined.

A text layer holds the page's lines (并请市 / 政协委员) and its page numbers; ``unwrap``
joins the lines back into paragraphs so that no name, number or sentence is cut. Offsets
of a PDF's records are into this text, the document's ``text``.
"""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from corpus.decode import DecodedText
from corpus.errors import CorpusError
from corpus.unwrap import unwrap


def decode_pdf(path: Path, data: bytes) -> DecodedText:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(path, "encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, IndexError, TypeError, zlib.error) as error:
        raise CorpusError(path, f"corrupt PDF ({type(error).__name__}: {error})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise CorpusError(path, "no text layer (scanned PDF?)")
    return DecodedText(unwrap(text), "pdf")
