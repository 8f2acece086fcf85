"""The numbers in a sentence that can be goals.

Every number with a unit is a candidate, and so is 翻一番. Filters drop years,
ordinals, thresholds and size classes inside an indicator (5级以上, 10亿元以上项目),
quoted names (“1000+”), subsidy amounts, and a bare 万/亿 that counts no people.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractors.numbers import Quantity, find_quantities
from extractors.targets.clauses import clause_around
from extractors.targets.words import COMPARATOR_TAIL, COMPARATOR_WORDS
from extractors.units import to_base

_DOUBLING = re.compile(r"翻(一|两|三)?番")
_SUBSIDY = re.compile(r"(?:奖励|补助|补贴|资助|奖补|贴息)(?!覆盖|发放|率|标准|对象)|给予|最高|一次性|扶持资金|罚款")
_CLASS_OF_ENTITY = re.compile(r"(?:及)?(?:以上|以下|级)?(?:[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程)|\d)")

# People after a bare magnitude: 12万城镇就业困难人员, 1亿左右农民工, 2000多万…的贫困人口.
_PEOPLE = re.compile(r"(?:左右|多|余)?[\u4e00-\u9fff]{0,16}?(?:人员|农民|人口|群众|居民|青年|职工|学生|人才|游客|"
                     r"劳动力|党员|干部)")


def find_candidates(sentence: str) -> list[Quantity]:
    found = find_quantities(sentence)
    for match in _DOUBLING.finditer(sentence):
        times = {"": 1, "一": 1, "两": 2, "三": 3}[match.group(1) or ""]
        found.append(Quantity(match.start(), match.end(), 100.0 * (2 ** times - 1), "%", approx="番"))
    return sorted(found, key=lambda q: q.start)


def is_goal_number(sentence: str, q: Quantity) -> bool:
    """False for numbers that are no goal: years, ordinals, thresholds, names, subsidies."""
    before = sentence[max(0, q.start - 4):q.start]
    after = sentence[q.end:q.end + 6]
    if q.approx == "番":
        return True
    if not q.unit:
        return _unitless_goal(sentence, q)
    if before.endswith(("第", "每")):  # ordinals and rates: 第四期, 每千人口
        return False
    if q.chinese and before.endswith(("前", "数", "几", "上", "成", "逾", "后")):  # 前三, 数十家, 成千上万
        return False
    if re.match(r"[级期批届代号型版类星线层栋楼次轮]", after) and q.unit in ("", "万", "亿", "千"):
        return False
    if q.unit in ("个", "项", "家", "条") and re.match(r"级", after):
        return False
    if q.unit.endswith("项") and after.startswith("目"):  # 百亿项目: 项 is half of 项目
        return False
    if to_base(q.value, q.unit).unit == "元" and _CLASS_OF_ENTITY.match(sentence, q.end):
        # 10亿元以上项目不少于10个, 投资超5亿元工业项目新开工220个, 过五十亿元2家: a size class.
        return False
    if q.chinese and re.match(r"[万千百亿]", after):  # 千家万户, 千方百计
        return False
    if re.match(r"(?:及)?(?:以上|以下)(?:的|[\u4e00-\u9fff](?<![,;。、和]))", after) and not re.match(
            r"(?:及)?(?:以上|以下)(?:[,;:。、]|和|$)", after):
        return False
    if _inside_quotes(sentence, q.start):
        return False
    clause = clause_around(sentence, q.start)
    if _SUBSIDY.search(clause) and (to_base(q.value, q.unit).unit in ("元", "美元", "%") or "按" in clause):
        return False
    if re.search(r"按(?:照)?[^,;]{0,30}$", sentence[:q.start]) and re.match(r",?的?(?:比例|标准|给予)", after):
        return False
    if before.endswith(("(",)) and re.match(r"\)", after):
        return False
    return True


def _unitless_goal(sentence: str, q: Quantity) -> bool:
    """A bare number is a goal only right after a comparator: 死亡率小于0.015."""
    if q.value_max is not None or 1900 <= q.value <= 2100 or q.chinese:
        return False
    after = sentence[q.end:q.end + 1]
    if after and re.match(r"[\u4e00-\u9fff\d.\-—]", after):
        return False
    prefix = sentence[:q.start]
    match = COMPARATOR_TAIL.search(prefix)
    return bool(match and COMPARATOR_WORDS[match.group("word")] not in ("=",) or re.search(r"(?:小于|低于|不超过|控制在)$", prefix))


def _inside_quotes(sentence: str, at: int) -> bool:
    head = sentence[:at]
    return head.count("“") > head.count("”") or head.count("《") > head.count("》") or (
        head.count('"') % 2 == 1)


def with_people_unit(sentence: str, q: Quantity) -> Quantity | None:
    """千万农民: a bare magnitude before people counts people; before anything else it is no unit."""
    if q.unit not in ("万", "亿", "万亿") or q.approx == "番":
        return q
    if _PEOPLE.match(sentence, q.end):
        return replace(q, unit=q.unit + "人")
    return None if q.chinese else q
