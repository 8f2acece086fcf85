"""The layout of a work report beyond its numbered headings.

A report saved as one long line is cut before its inline headings; a report
that reviews last year without a heading saying so turns to this year at a
paragraph that opens it (2024年是…, 做好今年政府工作的总体要求是…).
"""
from __future__ import annotations

import re

from extractors.targets.context import PartContext
from extractors.targets.sections import BARE_HEADING, HEADING, LOOKING_BACK

# Headings run inline in reports saved as one line: …提出意见。 一、2023年工作回顾 2023 年是…
_INLINE_HEADING = re.compile(r"(?<=[。!?;\s])\s*(?=[一二三四五六七八九十]{1,2}、[^。!?;,\s]{2,30}\s|"
                             r"\d{4}\s*年(?:政府)?工作(?:回顾|安排))")
_INLINE_TITLE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}、[^。!?;,\s]{2,30}(?=\s)|\d{4}\s*年(?:政府)?工作(?:回顾|安排)(?:建议)?)")
_LONG_LINE = 8000  # longer than any paragraph: a whole report saved as one line

# A paragraph that turns a report from last year to this year: 做好今年政府工作的总体要求是…
_THIS_YEAR_OPENER = re.compile(r"^(?:[^。]{0,12}(?:今年|(\d{4})年)[^。]{0,24}(?:总体要求|预期目标|主要目标|工作安排|重点工作)"
                               r"|(\d{4})年是)")
_REVIEW_SIGNAL = re.compile(r"过去一年|过去的一年|一年来|回顾|\d{4}年")


def split_lines(norm: str) -> list[tuple[int, str]]:
    """(offset, line) pairs; a report saved as one long line is cut before its inline headings."""
    pairs: list[tuple[int, str]] = []
    position = 0
    for line in norm.split("\n"):
        start, position = position, position + len(line) + 1
        if len(line) <= _LONG_LINE:
            pairs.append((start, line))
            continue
        cuts = [0, *(m.start() for m in _INLINE_HEADING.finditer(line)), len(line)]
        for left, right in zip(cuts, cuts[1:]):
            piece = line[left:right]
            heading = _INLINE_TITLE.match(piece)
            if heading:  # the heading on its own, its paragraph after it
                pairs.append((start + left, piece[:heading.end()]))
                left += heading.end()
            pairs.append((start + left, line[left:right]))
    return pairs


def opens_this_year(line: str, context: PartContext) -> bool:
    match = _THIS_YEAR_OPENER.search(line.strip())
    year = match and (match.group(1) or match.group(2))
    if match and match.group(2) and context.year is None:
        return False  # 2024年是… says this year only when the report's year is known
    return bool(match and (not year or context.year is None or int(year) == context.year))


def review_first(lines: list[tuple[int, str]], context: PartContext) -> bool:
    """A work report that reviews last year before this year's plan, without a heading saying so.

    True when a later paragraph opens this year (2024年是…, 今年…预期目标是) and the
    text before it speaks of the past year.
    """
    seen_past = False
    for _, line in lines:
        heading = HEADING.match(line) or (BARE_HEADING.match(line.strip()) and line.strip())
        if heading and LOOKING_BACK.search(line[:24]):
            return False  # a review heading says where the review is; it is read when it comes
        years = [int(y) for y in re.findall(r"(\d{4})\s*年", line[:24])] if heading else []
        if heading and ("今年" in line[:24] or context.year in years):
            return seen_past  # 二、2024年工作安排 after a review that had no heading
        if opens_this_year(line, context):
            return seen_past
        seen_past = seen_past or bool(_REVIEW_SIGNAL.search(line))
    return False
