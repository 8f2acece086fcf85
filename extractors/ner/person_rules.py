"""Person patterns that need no lexicon and no tagger.

- a roster line: ``罗　平 省科技厅厅长`` or ``组　长：王清宪 省长`` (names padded
  to three characters with an ideographic space are common in such lists), and the
  speaker's line above a work report, title first: ``市人民政府市长 葛斌``;
- a name followed by 同志 or by a top title: ``毛泽东同志``, ``阮富仲总书记``,
  when the name stands after a clear left boundary (punctuation, 以, 和, 对 …);
(a bare ``总书记`` with no name beside it is named in resolution).
"""
from __future__ import annotations

import re

from extractors.ner.candidates import Candidate
from extractors.ner.titles import TITLE_ALT, starts_with_surname

_HAN = r"[\u4e00-\u9fff]"
# A name of 2–3 characters, possibly padded with spaces between characters.
_PADDED_NAME = rf"{_HAN}(?: {{0,2}}{_HAN}){{1,2}}"
_ROSTER = re.compile(
    rf"^[ \t]*(?:{_HAN}(?: ?{_HAN}){{1,3}} *[:：] *)?(?P<name>{_PADDED_NAME})[ \t]+"
    rf"(?P<title>[\u4e00-\u9fff()]{{0,20}}?(?:{TITLE_ALT}))[ \t]*$",
    re.MULTILINE,
)
# The speaker's line above a work report: ``市人民政府市长 葛斌`` (title, then the name alone).
_TITLE_THEN_NAME = re.compile(
    rf"^[ \t]*(?P<title>[\u4e00-\u9fff()]{{0,20}}?(?:{TITLE_ALT}))[ \t]+(?P<name>{_PADDED_NAME})[ \t]*$",
    re.MULTILINE,
)
_NAME_BEFORE_CUE = re.compile(
    rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[以和与同及对向由给请是]))(?P<name>{_HAN}{{2,3}}?)"
    rf"(?P<cue>同志(?!们)|总书记|国家主席|委员长|总理)"
)
# Words that stand before 同志 but are not names (广大同志, 老同志 …).
_NOT_NAMES = {"广大", "全体", "各位", "青年", "年轻", "领导", "负责", "有关", "其他", "这些", "党员", "老", "女",
              "同志", "这位", "那位", "该", "各级", "基层"}


def match_person_rules(norm: str) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _ROSTER.finditer(norm):
        name = match.group("name")
        if not starts_with_surname(name) or name.replace(" ", "") in _NOT_NAMES:
            continue
        found.append(Candidate(match.start("name"), match.end("name"), "Person", "", "rule",
                               title=match.group("title")))
    for match in _TITLE_THEN_NAME.finditer(norm):
        name = match.group("name")
        if starts_with_surname(name) and name.replace(" ", "") not in _NOT_NAMES:
            found.append(Candidate(match.start("name"), match.end("name"), "Person", "", "rule",
                                   title=match.group("title")))
    for match in _NAME_BEFORE_CUE.finditer(norm):
        name = match.group("name")
        if not starts_with_surname(name) or name in _NOT_NAMES:
            continue
        cue = match.group("cue")
        # "相信习总书记" reads as a name 相信习 to this pattern: the span must be
        # confirmed by the lexicon or the tagger (see resolution.in_context).
        found.append(Candidate(match.start("name"), match.end("name"), "Person", "", "rule",
                               title="" if cue == "同志" else cue, needs_context=True))
    return found
