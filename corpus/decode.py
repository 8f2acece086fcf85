"""Bytes of a text file -> text, by evidence, never by a silent guess.

A BOM, then the NUL pattern of UTF-16, then strict UTF-8, then the legacy
Chinese encodings checked for plausibility, then line by line for files glued
together from several encodings. A file no encoding decodes cleanly raises
``CorpusError`` rather than yielding mojibake.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError
from corpus.plausibility import CONFIDENT_COMMON_HAN_RATIO, is_binary, reading_score

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


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes and the label of the encoding that was used."""

    text: str
    encoding: str


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
