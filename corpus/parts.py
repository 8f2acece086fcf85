"""Splitting a file's text into parts: the covering text and its attachments (SPEC §1).

A new part starts at an attachment heading — a line that is only 附件, 附件1,
附件 ２：, 附件三 — or, for an attachment without a heading, at the title above
a 来源 line that follows running text. ``附件：1.xxx`` lists inside a notice
are not headings. Parts are contiguous and cover the text, so every offset
belongs to exactly one part.
"""
from __future__ import annotations

import re

from corpus.document import PartMeta
from corpus.metadata import (
    Line,
    attachment_label,
    ends_with_type_word,
    is_body_line,
    is_source_line,
    is_title_line,
    read_part_meta,
    text_lines,
)

# "1. xxx", "1、xxx", "(1)xxx": the first item of a list a bare 附件 line introduces.
_LIST_ITEM_RE = re.compile(r"^(?:\d{1,2}\s*[.、．﹒]|\(\d{1,2}\))")
# How many wrapped title lines above a 来源 line belong to the new part.
_MAX_TITLE_LINES = 4


def split_parts(text: str) -> list[tuple[int, int, PartMeta]]:
    """(start, end, meta) of each part of ``text``.

    The first part starts at 0, each next one where the previous ends, the last
    ends at len(text).
    """
    starts = find_part_starts(text)
    bounds = [start for start, _ in starts] + [len(text)]
    return [
        (start, end, read_part_meta(text[start:end], label))
        for (start, label), end in zip(starts, bounds[1:])
    ]


def find_part_starts(text: str) -> list[tuple[int, str]]:
    """(offset, label) where each part starts; label is '附件1' or '' (part 0, unlabelled parts)."""
    lines = text_lines(text)
    starts: list[tuple[int, str]] = [(0, "")]
    seen_body = False  # running text since the last part started
    for index, line in enumerate(lines):
        label = attachment_label(line.key)
        if label is not None and not _introduces_list(lines, index):
            starts.append((line.start, label))
            seen_body = False
        elif seen_body and is_source_line(line.key):
            title_start = _title_start(lines, index)
            if title_start is not None:  # else a 来源 trailer closing the text above
                starts.append((title_start, ""))
                seen_body = False
        elif is_body_line(line.key):
            seen_body = True
    if len(starts) > 1 and starts[1][0] == 0:  # the text opens with a heading
        starts.pop(0)
    return starts


def _introduces_list(lines: list[Line], index: int) -> bool:
    """A bare 附件 line followed by '1. …' introduces the notice's list of attachments."""
    following = next((line.key for line in lines[index + 1:] if line.key), "")
    return bool(_LIST_ITEM_RE.match(following))


def _title_start(lines: list[Line], source_index: int) -> int | None:
    """Offset of the title lines just above a 来源 line; None when there are none."""
    block = _title_lines_above(lines, source_index)
    if not block:
        # The title may stand one blank line higher; take it only if it names a document type.
        above = source_index
        while above > 0 and not lines[above - 1].key:
            above -= 1
        block = _title_lines_above(lines, above)
        if block and not ends_with_type_word(" ".join(line.key for line in block)):
            block = []
    return block[0].start if block else None


def _title_lines_above(lines: list[Line], index: int) -> list[Line]:
    """The non-blank title-like lines directly above lines[index], top first."""
    block: list[Line] = []
    for line in reversed(lines[max(index - _MAX_TITLE_LINES, 0): index]):
        if not is_title_line(line.key):
            break
        block.insert(0, line)
    return block
