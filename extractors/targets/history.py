"""Whether a sentence or clause reports the past (截至, 已经, 同比) or says that it sets a goal (到2027年, 力争)."""
from __future__ import annotations

import re

from extractors.deadlines import find_deadlines

# A clause reporting what has happened, not what should.
HISTORY_CLAUSE = re.compile(
    r"已经|已有|已达|已建|已累计|已成功|已完成|已实现|已形成|已培育|已为|已超|已突破|"
    r"(?<![为除罢])了(?![解])|同比|比上年|较上年|上年|去年|创历史|历史新高|首次|增长了")
_HISTORY_SENTENCE = re.compile(r"截至|截止|以来|过去一年|过去五年|过去的一年|这些年|近年来|近几年")
STATES_FACT = re.compile(r"^(?:现在|目前|当前|如今|问题是)|已经|已有|截至|截止|今年|前三季度|前\d{1,2}[个]?月|同比|<p>")
_FUTURE_WORDS = re.compile(r"到\d{4}年|力争|确保|目标|争取|预期|今后")


def is_goal_sentence(sentence: str, year: int | None) -> bool:
    """到2020年 / 力争 / 目标 / 今后 / a period ending after the document's year."""
    if _FUTURE_WORDS.search(sentence):
        return True
    return year is not None and any(int(d.date[:4]) > year for d in find_deadlines(sentence, year))


def is_history(sentence: str, year: int | None) -> bool:
    if _HISTORY_SENTENCE.search(sentence):
        return True
    opening = re.match(r"^\s*(?:在|从|自|于|按|按照)?(\d{4})年(?!底|末|前|以前)", sentence)
    return bool(opening and year is not None and int(opening.group(1)) < year)
