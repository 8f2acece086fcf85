"""Join the lines of a hard-wrapped text (a PDF's text layer) back into paragraphs.

A PDF holds lines as they were laid out on the page: a text layer reads 并请市 / 政协委员,
and every sentence, name and number that crosses a line end is cut (市 / 政协, 24 / 个).
Chinese needs no space where a wrapped line is joined. A line is joined to the next where it
runs to the page's width and ends inside a sentence; a short line, a line ending a sentence
or a heading stays a line of its own. Blank lines between wrapped lines (some converters
put one after every line) go with the join.

Some converters flatten the layout further: the whole text is one line and every line end
became a space (并 请各位政协委员, 红荷湿 地, 交流合 — 3 — 作). Such a text is read as lines cut
at its spaces, and joined by the same rule.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.document import DocumentPart

# Where a line may end a sentence or a heading: a wrap there is a paragraph's end too.
_ENDS_SENTENCE = re.compile(r"[。！？!?；;：:”’」』）)】》]$")
# What opens a heading or an item: 一、 (一) 1. 第一条 附件.
_OPENS_HEADING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|第[一二三四五六七八九十百]+[条章节]|附件")
# A line this close to the page's width was wrapped by the layout, not ended by the writer.
_FULL_LINE_SHARE = 0.8
_LATIN = re.compile(r"[A-Za-z0-9]")
_LEAST_LINES = 5
_LONGER_THAN_PAGE, _FEW_LONGER_SHARE = 1.2, 0.05
# A page's number between its lines (— 2 —, - 3 -, 第4页) is the layout's, not the text's.
_PAGE_NUMBER = re.compile(r"[—－\-–\s]*\d{1,4}[—－\-–\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?")


def page_width(lines: list[str]) -> int:
    """The commonest length of the longer lines: the page's width in characters."""
    lengths = Counter(len(line) for line in lines if len(line) >= 10)
    if not lengths:
        return 0
    return max(lengths.items(), key=lambda item: (item[1], item[0]))[0]


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most long lines run to the same width and end inside a sentence."""
    width = page_width(lines)
    full = [line for line in lines if width and len(line) >= _FULL_LINE_SHARE * width]
    if len(full) < _LEAST_LINES:
        return False
    # A page has a width: lines much longer than it (a paragraph per line, a URL-wide line
    # among paragraphs) say the text was written as paragraphs.
    if sum(1 for line in lines if len(line) > _LONGER_THAN_PAGE * width) > _FEW_LONGER_SHARE * len(lines):
        return False
    cut = sum(1 for line in full if not _ENDS_SENTENCE.search(line))
    return cut >= 0.5 * len(full)


def unwrap(text: str) -> str:
    """``text`` with wrapped lines joined; unchanged if it is not hard-wrapped."""
    return unwrap_with_positions(text)[0]


# A flattened page number between two spaces (交流合 — 3 — 作) is one separator.
_FLAT_PAGE_NUMBER = re.compile(r" [—－\-–]+ ?\d{1,4} ?[—－\-–]+(?= )")
# A number keeps the space after it (2023 年, 139.01 亿元: how the converter wrote a line, not
# where it ended).
_KEEPS_SPACE = re.compile(r"[A-Za-z0-9%.]")


def _lines_at(text: str, separator: str) -> list[tuple[str, int]]:
    """``text`` cut at ``separator``: each piece with where it starts."""
    pieces, start = [], 0
    for piece in text.split(separator):
        pieces.append((piece, start))
        start += len(piece) + 1
    return pieces


def _flattened_lines(text: str) -> list[tuple[str, int]]:
    """A one-line text cut at its spaces, a flattened page number (— 3 —) taken as one space."""
    masked = _FLAT_PAGE_NUMBER.sub(lambda m: " " + "\0" * (len(m.group(0)) - 1), text)
    return [(piece.replace("\0", ""), start) if "\0" in piece else (piece, start)
            for piece, start in _lines_at(masked, " ")]


def unwrap_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` with wrapped lines joined, and where each of its characters stands in ``text``
    (so that what is found in the joined text has offsets in the original); ``(text, [])``
    if it is not hard-wrapped."""
    lines = _lines_at(text, "\n")
    kept = [line.strip() for line, _ in lines if line.strip()]
    flattened = False
    if not is_hard_wrapped(kept):
        if "\n" in text.strip():
            return text, []
        lines = _flattened_lines(text)
        kept = [line for line, _ in lines if line]
        if not is_hard_wrapped(kept):
            return text, []
        flattened = True
    width = page_width(kept)
    chars: list[str] = []
    where: list[int] = []

    def add(piece: str, at: int) -> None:
        chars.extend(piece)
        where.extend(range(at, at + len(piece)))

    def new_line(line: str, start: int) -> None:
        if chars:
            chars.append("\n")
            where.append(start - 1)  # the line break in front of this line
        add(line, start)

    current, joining = "", False
    for line, line_start in lines:
        start = line_start + len(line) + 1
        stripped = line.strip()
        if not stripped and flattened:
            continue  # a page number's place, or two spaces in a row
        if _PAGE_NUMBER.fullmatch(stripped) and not stripped.isdigit():
            continue
        if flattened and not joining and current and _KEEPS_SPACE.match(current[-1]) \
                and not _KEEPS_SPACE.match(stripped[0]) and not _OPENS_HEADING.match(stripped):
            # 2023 | 年是…: a space the converter kept inside a line, not a line's end.
            chars.append(" ")
            where.append(line_start - 1)
            add(stripped, line_start)
            current += stripped
            joining = len(stripped) >= _FULL_LINE_SHARE * width and not _ENDS_SENTENCE.search(current)
            continue
        if not stripped:
            if not joining:
                new_line(line, line_start)
                current = ""
            continue
        if joining and not _OPENS_HEADING.match(stripped):
            # Latin words keep the space the line end stood for (Action / Plan).
            if _LATIN.match(current[-1]) and _LATIN.match(stripped[0]):
                chars.append(" ")
                where.append(line_start - 1)
            add(stripped, line_start + len(line) - len(line.lstrip()))
            current += stripped
        else:
            new_line(line, line_start)
            current = line.strip()
        joining = len(stripped) >= _FULL_LINE_SHARE * width and not _ENDS_SENTENCE.search(current)
    return "".join(chars), where


@dataclass(frozen=True, slots=True)
class FlowingPart:
    """A hard-wrapped part as the extractors read it: ``part`` has its layout line breaks
    removed (text and norm alike, ``start`` 0) and ``where`` says where each of its characters
    stands in the original part's text."""

    part: DocumentPart
    where: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the flowing text as offsets into the original part's text."""
        first = self.where[start]
        return first, (self.where[end - 1] + 1 if end > start else first)


@lru_cache(maxsize=8)
def flowing_part(part: DocumentPart) -> FlowingPart | None:
    """The part without its layout line breaks, or None if it is not hard-wrapped. NER, targets
    and relations each read a part; the view is made once."""
    flowing, where = unwrap_with_positions(part.norm)
    if not where:
        return None
    text = "".join(part.text[at] if part.norm[at] == char else char for char, at in zip(flowing, where))
    return FlowingPart(replace(part, text=text, norm=flowing, start=0), tuple(where))

