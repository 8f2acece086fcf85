"""Key laboratories named by their field.

A key laboratory is named by its field of research and its rank, with no place or
host in front: 微纳机电系统重点实验室, 工业控制技术全国重点实验室, 深部煤炭安全开采与环境
保护全国重点实验室, “大分子药物与规模化制备”全国重点实验室. The name runs back from 重点
实验室 to the verb or the punctuation before it; 与, 和 and 及 join the fields inside it. A
count, a rank or a scope in front (3个全国重点实验室, 新增省重点实验室, 市级以上重点实验室,
企业主导牵头的…) leaves no field: it names kinds of laboratories, not one.
"""
from __future__ import annotations

import re

from extractors.ner.candidates import Candidate
from extractors.ner.region_rules import _VERB_PREFIX

_RANK = r"(?:全国|国家|省级|省|自治区|市级|市)?"
_LABORATORY = re.compile(rf"[\u4e00-\u9fff“”]{{2,26}}?{_RANK}重点实验室")
# The clause's verbs and particles, as zones' names are cut (region_rules), but not the
# conjunctions a field's name holds (发掘与利用, 开采与环境保护), nor 利用 (综合开发利用).
_CUT = re.compile(".*" + _VERB_PREFIX.pattern.replace("|和|与|及", "").replace("|利用", "").removesuffix(")")
                  + r"|新增|获批|落地|实现|力争|成功|[家所]|首个|学科|以上|平台)")
_NOT_A_FIELD = re.compile(r"^(?:国家级|省级|市级|省部级|全国|国家|省|市|重点|牵头类|国字号|[一二三四五六七八九十两\d]+)$|[的个家批所项在]")
_SHORTEST_FIELD = 3
_RANK_THEN_HEAD = re.compile(rf"{_RANK}重点实验室$")
_RANK_IN_FRONT = re.compile(r"(?:国家级|省级|市级|自治区级)?")


def field_laboratories(norm: str) -> list[Candidate]:
    """Each key laboratory named by its field, as an Organization."""
    found = []
    for match in _LABORATORY.finditer(norm):
        cut = _CUT.match(norm, match.start(), match.end())
        start = cut.end() if cut else match.start()
        # A quoted label before the field is the platform's praise (“国字号”科研平台工业控制技术…), and a rank
        # in front is the laboratory's kind (省级攀西战略资源…): the name begins after them.
        closing = norm.rfind("”", start, match.end())
        if closing >= 0 and not _RANK_THEN_HEAD.match(norm, closing + 1, match.end()):
            start = closing + 1
        start += len(_RANK_IN_FRONT.match(norm, start).group())
        name = norm[start:match.end()]
        field = _RANK_THEN_HEAD.sub("", name).strip("“”")  # what the laboratory works on
        if len(field) < _SHORTEST_FIELD or _NOT_A_FIELD.search(field) or name.count("“") != name.count("”"):
            continue
        found.append(Candidate(start, match.end(), "Organization", "", "rule"))
    return found
