"""Person patterns that need no lexicon and no tagger.

- a roster line: ``罗　平 省科技厅厅长`` or ``组　长：王清宪 省长`` (names padded
  to three characters with an ideographic space are common in such lists), the
  speaker's line above a work report, title first: ``市人民政府市长 葛斌``, and a page's
  credit line: ``责任编辑：李媛媛``;
- a name followed by 同志 or by a top title: ``毛泽东同志``, ``阮富仲总书记``,
  when the name stands after a clear left boundary (punctuation, 以, 和, 对 …);
(a bare ``总书记`` with no name beside it is named in resolution).
"""
from __future__ import annotations

import re

from extractors.ner.candidates import Candidate
from extractors.ner.titles import TITLE_ALT, TITLE_WORDS, starts_with_surname

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
# A web page's or a paper's credit line under the text: ``责任编辑：李媛媛`` (the name alone on its line).
_CREDIT_LINE = re.compile(
    rf"^[ \t]*(?P<title>责任编辑|编辑|记者|通讯员|作者|撰稿|摄影|校对|审核)[ \t]*[:：][ \t]*(?P<name>{_PADDED_NAME})[ \t]*$",
    re.MULTILINE,
)
_NAME_BEFORE_CUE = re.compile(
    rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[以和与同及对向由给请是]))(?P<name>{_HAN}{{2,3}}?)"
    rf"(?P<cue>同志(?!们)|总书记|国家主席|委员长|总理)"
)
# A transcribed name (Uyghur, Kazakh, foreign: 阿布都热合曼·吐尔逊) right after its title, up to what
# follows a name in a roster (、，, 主持, 讲话, 出席 …); the tagger cuts such names anywhere. Another
# one joined to it by 、 belongs to the same list (副主席玉苏甫江·麦麦提、艾力更·依明巴海).
_AFTER_A_TITLE = "|".join(f"(?<={re.escape(title)})" for title in TITLE_WORDS)
_TITLED_TRANSCRIBED = re.compile(
    rf"(?:{_AFTER_A_TITLE}|(?P<listed>(?<=、)))"
    rf"(?P<name>{_HAN}{{2,8}}·{_HAN}{{2,10}}?)"
    r"(?=[、，,。；;：:（(\s]|主持|讲话|出席|参加|陪同|表示|指出|强调|会见|会谈|致辞|在|等|同志|一行|分别|率|说)"
)
_DOT = re.compile("·")


def _transcribed_names(norm: str) -> list[re.Match]:
    """The pattern read only around each dot: its look-behinds are slow over a whole text."""
    matches: dict[int, re.Match] = {}
    for dot in (m.start() for m in _DOT.finditer(norm)):
        for match in _TITLED_TRANSCRIBED.finditer(norm, max(0, dot - 8), dot + 16):
            matches.setdefault(match.start(), match)
    return [matches[start] for start in sorted(matches)]


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
    for match in [*_TITLE_THEN_NAME.finditer(norm), *_CREDIT_LINE.finditer(norm)]:
        name = match.group("name")
        if starts_with_surname(name) and name.replace(" ", "") not in _NOT_NAMES:
            found.append(Candidate(match.start("name"), match.end("name"), "Person", "", "rule",
                                   title=match.group("title")))
    last_end = -1
    for match in _transcribed_names(norm):
        if match.group("listed") is not None and match.start() - 1 != last_end:
            continue  # after 、 only as the next item of a titled list
        last_end = match.end()
        found.append(Candidate(match.start("name"), match.end("name"), "Person", "", "rule"))
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
