"""Read one file into a ``Document``: bytes → text → parts.

The bytes are read once; their sha256 is the document's identity. Text files
are decoded by evidence (BOM, NUL pattern, strict UTF-8, then the legacy
Chinese encodings checked for plausibility), never by a silent guess: a file no
encoding decodes cleanly raises ``CorpusError`` rather than yielding mojibake.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from corpus.document import Document, DocumentPart
from corpus.errors import CorpusError
from corpus.normalize import normalize, to_simplified
from corpus.parts import split_parts

TEXT_SUFFIXES = frozenset({".txt", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}

# A real Chinese text has ≥ 99 % of its Han characters (after t2s) among the
# 3755 GB2312 level-1 characters; Big5 bytes read as GB18030 score ~ 0.58 and
# scatter kana, Cyrillic and box drawing between them (measured on the samples
# and 141 municipal reports). The thresholds sit well between the two.
MIN_COMMON_HAN_RATIO = 0.85
MAX_FOREIGN_RATIO = 0.10
CONFIDENT_COMMON_HAN_RATIO = 0.95
# Control characters other than tab/newline/form feed: text has ~none.
MAX_CONTROL_RATIO = 0.01

# C0/C1 controls except \t \n \v \f \r (form feeds come from PDF-to-text tools)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes and the label of the encoding that was used."""

    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class TextProfile:
    """Character counts that tell real text from garbled or binary data."""

    length: int
    han: int         # Han characters
    common_han: int  # of those, GB2312 level 1 once simplified
    foreign: int     # other non-ASCII letters and symbols (kana, Cyrillic, PUA …)

    @property
    def common_han_ratio(self) -> float:
        return self.common_han / self.han if self.han else 0.0


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


# --- bytes -----------------------------------------------------------------


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
        return _decode_html
    if suffix == ".docx":
        return _decode_docx
    if suffix == ".pdf":
        return _decode_pdf
    return _decode_plain


# --- plain text ---------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# codec → label in Document.encoding. GB18030 is a superset of GBK and GB2312.
_LEGACY_CODECS: tuple[tuple[str, str], ...] = (("gb18030", "gb18030"), ("big5", "big5"), ("cp950", "big5"))
_UTF16_CODECS: tuple[tuple[str, str], ...] = (("utf-16-le", "utf-16"), ("utf-16-be", "utf-16"))
MIN_BYTES_FOR_LANGUAGE_CHECK = 256


def _decode_plain(path: Path, data: bytes) -> DecodedText:
    if not data:
        raise CorpusError(path, "empty file")
    return decode_text_bytes(path, data)


def decode_text_bytes(path: Path, data: bytes) -> DecodedText:
    """Decode the bytes of a text file, or raise ``CorpusError`` saying why not."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return DecodedText(_strict(path, data, codec, label), label)
    if b"\x00" in data:
        return _decode_utf16_without_bom(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(path, data)
    if is_binary(text):
        raise CorpusError(path, "binary data, not text (control characters)")
    return DecodedText(text, "utf-8")


def _strict(path: Path, data: bytes, codec: str, label: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise CorpusError(path, f"cannot decode: has a {label} byte order mark but invalid {label} at byte {error.start}") from None
    if is_binary(text):
        raise CorpusError(path, "binary data, not text (control characters)")
    return text


def _decode_utf16_without_bom(path: Path, data: bytes) -> DecodedText:
    # NUL bytes in text only come from UTF-16 (ASCII chars have a zero byte).
    if len(data) % 2 == 0:
        for codec, _ in _UTF16_CODECS:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if reading_score(text) is not None:
                return DecodedText(text, "utf-16")
    raise CorpusError(path, "binary data, not text (NUL bytes and not UTF-16)")


def _decode_legacy(path: Path, data: bytes) -> DecodedText:
    best: tuple[float, str, str] | None = None
    for codec, label in _legacy_codecs(data):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = reading_score(text, require_han=True)
        if score is None:
            continue
        if best is None or score > best[0]:  # a tie keeps the earlier, mainland codec
            best = (score, text, label)
        if score >= CONFIDENT_COMMON_HAN_RATIO:
            break  # no wrong reading scores this high; skip the slower candidates
    if best is None:
        mixed = _decode_mixed_lines(data)
        if mixed is not None:
            return mixed
        raise CorpusError(path, "cannot decode: not UTF-8, and GB18030/Big5/UTF-16 give no readable Chinese text")
    foreign = _foreign_verdict(data)
    if foreign:
        raise CorpusError(path, f"cannot decode: looks like {foreign}, not Chinese")
    return DecodedText(best[1], best[2])


def _decode_mixed_lines(data: bytes) -> DecodedText | None:
    """Files glued together from pages in different encodings: decode line by line.

    Each line is UTF-8 if it decodes as such, else the legacy codec that reads
    best; the result must read as Chinese as a whole, or it is refused (None).
    """
    lines: list[str] = []
    labels: set[str] = set()
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
            labels.add("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        readings = []
        for codec, label in _LEGACY_CODECS:
            try:
                line = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            score = reading_score(line, require_han=True)
            if score is not None:
                readings.append((score, line, label))
        if not readings:
            return None
        score, line, label = max(readings, key=lambda r: r[0])
        lines.append(line)
        labels.add(label)
    text = "\n".join(lines)
    if len(labels) < 2 or reading_score(text, require_han=True) is None:
        return None
    return DecodedText(text, "mixed:" + "+".join(sorted(labels)))


def _legacy_codecs(data: bytes) -> tuple[tuple[str, str], ...]:
    # UTF-16 without BOM and without any ASCII has no NUL byte to give it away.
    return _LEGACY_CODECS + (_UTF16_CODECS if len(data) % 2 == 0 else ())


def _foreign_verdict(data: bytes) -> str:
    """charset-normalizer's language when it finds Japanese or Korean, else "".

    EUC-KR and EUC-JP bytes decode as valid, common GB2312 characters, which the
    character check cannot see. On a few hundred characters charset-normalizer
    tells them apart reliably (all of 80 GBK/Big5 reports came out Chinese); on
    a single line it often says Korean for Chinese, so it is not asked then.
    """
    if len(data) < MIN_BYTES_FOR_LANGUAGE_CHECK:
        return ""
    from charset_normalizer import from_bytes

    match = from_bytes(data[:65536]).best()
    if match is None or match.language not in ("Japanese", "Korean"):
        return ""  # Chinese, or English-heavy Chinese, or no opinion
    return f"{match.language} ({match.encoding})"


# --- plausibility ---------------------------------------------------------------


@cache
def gb2312_level1() -> frozenset[str]:
    """The 3755 most common simplified characters (GB2312 rows 16–55)."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the last row has 5 unassigned cells
    return frozenset(chars)


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_HAN_CHARS = re.compile(f"[{_HAN}]+")
# Non-ASCII characters Chinese text uses besides Han: CJK and general
# punctuation, full-width forms, ① Ⅰ, arrows, ■ ● ★, · × ° ℃ ©, no-break space.
_TEXT_SYMBOLS = (
    r"\u3000-\u303f\uff00-\uffef\u2000-\u206f\ufe30-\ufe6f\u2460-\u24ff\u2160-\u217f"
    r"\u2190-\u21ff\u25a0-\u25ff\u2600-\u26ff\u00a0\u00b7\u00d7\u00b0\u2103\u00a9"
)
# other non-ASCII, non-control characters: kana, Hangul, Cyrillic, PUA … in a misread file
_FOREIGN_CHARS = re.compile(f"[^\\x00-\\x9f{_HAN}{_TEXT_SYMBOLS}]")


@cache
def _drop_common_table() -> dict[int, None]:
    return dict.fromkeys(map(ord, gb2312_level1()))


def is_binary(text: str) -> bool:
    """NUL characters, or more control characters than any text has."""
    if "\x00" in text:
        return True
    return len(_CONTROL_CHARS.findall(text)) > MAX_CONTROL_RATIO * max(len(text), 1)


def profile_text(text: str) -> TextProfile:
    han_text = "".join(_HAN_CHARS.findall(to_simplified(text)))
    uncommon = han_text.translate(_drop_common_table())
    foreign = len(_FOREIGN_CHARS.findall(text))
    return TextProfile(len(text), len(han_text), len(han_text) - len(uncommon), foreign)


def reading_score(text: str, *, require_han: bool = False) -> float | None:
    """How surely ``text`` is a right reading of its bytes (0–1); None if it is not text.

    Not text: binary, or Chinese that is not real Chinese (rare characters with
    kana or Cyrillic between them), or, with ``require_han``, no Chinese at all.
    """
    if is_binary(text):
        return None
    profile = profile_text(text)
    if profile.han == 0:
        # latin-only text is fine for UTF-16; a legacy CJK decode must show CJK
        plausible = not require_han and profile.foreign <= MAX_FOREIGN_RATIO * max(profile.length, 1)
        return 1.0 if plausible else None
    foreign_ratio = profile.foreign / (profile.han + profile.foreign)
    if profile.common_han_ratio < MIN_COMMON_HAN_RATIO or foreign_ratio > MAX_FOREIGN_RATIO:
        return None
    return profile.common_han_ratio


# --- HTML -----------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_HTML_CODECS = {
    "utf-8": "utf-8", "utf8": "utf-8",
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "big5": "big5", "big5-hkscs": "big5hkscs", "cp950": "cp950",
}
_INVISIBLE_TAGS = ("script", "style", "noscript", "head", "template", "iframe", "svg")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul",
)
_BREAK = "\x00"  # marks a line break while whitespace is collapsed; removed from the input first
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
# A source line break between two Chinese characters is not a space (CSS Text 3).
_CJK_SEGMENT_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")


def _decode_html(path: Path, data: bytes) -> DecodedText:
    if not data.strip():
        raise CorpusError(path, "empty file")
    markup, label = _decode_html_bytes(path, data)
    return DecodedText(visible_text(markup), f"html:{label}")


def _decode_html_bytes(path: Path, data: bytes) -> tuple[str, str]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        codec = _HTML_CODECS.get(declared.group(1).decode("ascii").lower()) if declared else None
        if codec is not None:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass  # the declaration lies; detect instead
    decoded = decode_text_bytes(path, data)
    return decoded.text, decoded.encoding


def visible_text(markup: str) -> str:
    """The text a browser shows, one block element per line."""
    from bs4 import BeautifulSoup
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    soup = BeautifulSoup(markup.replace(_BREAK, ""), "lxml")
    for tag in soup(_INVISIBLE_TAGS):
        tag.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for pre in soup("pre"):
        for string in pre.find_all(string=True):
            string.replace_with(string.replace("\n", _BREAK))
    for br in soup("br"):
        br.replace_with(_BREAK)
    for tag in soup(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    flat = _CJK_SEGMENT_BREAK.sub("", soup.get_text())
    flat = _HTML_WHITESPACE.sub(" ", flat).replace("\xa0", " ")
    lines = (line.strip(" ") for line in flat.split(_BREAK))
    return "\n".join(line for line in lines if line)


# --- DOCX -----------------------------------------------------------------------


def _decode_docx(path: Path, data: bytes) -> DecodedText:
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


# --- PDF ------------------------------------------------------------------------


def _decode_pdf(path: Path, data: bytes) -> DecodedText:
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
    return DecodedText(text, "pdf")

