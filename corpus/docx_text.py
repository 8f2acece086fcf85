"""A .docx file -> its paragraphs and table cells, one per line, in document order."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from corpus.decode import DecodedText
from corpus.errors import CorpusError


def decode_docx(path: Path, data: bytes) -> DecodedText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, XMLSyntaxError, zlib.error, EOFError) as error:
        raise CorpusError(path, f"corrupt or truncated .docx ({type(error).__name__}: {error})") from None
    return DecodedText("\n".join(lines), "docx")


def _docx_lines(container: object) -> list[str]:
    """Paragraph texts in document order, table cells row by row (nested too)."""
    from docx.table import Table

    lines: list[str] = []
    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    # a merged cell is returned once per grid column it spans
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(_docx_lines(cell))
        else:
            lines.append(block.text)
    return lines
