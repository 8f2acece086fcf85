"""Region patterns for places no lexicon lists: zones and areas named by their
head noun (川渝高竹新区, 成渝地区先进制造业协同发展示范区, 渝东南武陵山区城镇群),
and townships and villages (东坝乡, 东风村) after a known region or a clear boundary.

The brief lists 示范区 among initiative heads; the seed gold and SPEC §2 count
named zones (示范区, 试验区, 新区, 合作区) as Regions of level ``zone``, and so do we.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.ner.candidates import Candidate

_ZONE_HEADS = sorted({"新区", "示范区", "试验区", "合作区", "产业园", "产业园区", "园区", "开发区", "高新区",
                      "保税区", "片区", "创新区", "科学城", "生态城", "新城", "经济区", "综保区", "科技园", "先行区",
                      "大学城", "使馆区"}, key=len, reverse=True)
_AREA_HEADS = sorted({"城镇群", "城市群", "都市圈", "经济带", "经济走廊", "文化旅游走廊", "生产带", "农业带",
                      "旅游带", "示范带", "经济圈"}, key=len, reverse=True)
_HEAD_ALT = "|".join(map(re.escape, _ZONE_HEADS + _AREA_HEADS))
_NAMED_BY_HEAD = re.compile(rf"(?P<body>[\u4e00-\u9fff“”()—]{{2,22}}?)(?P<head>{_HEAD_ALT})(?![\u4e00-\u9fff]{{0,1}}(?:管委会|管理委员会))")
_LEFT_CUT = re.compile(
    r".*(?:实施|推进|推动|开展|建设|打造|加快|争取|创建|依托|支持|鼓励|建立|构建|探索|深化|高标准|高水平|高质量|"
    r"共建|联动|协同|争创|申建|规划|提升|做强|做优|发挥|融入|全面|对接|服务|辐射|带动|面向|"
    r"统筹|健全|加强|通过|组建|牵头|成功|获批|入选|"
    r"和|与|及|等|的|在|把|将|对|以|了|向|从|到|由|为|是)"
)
_LIST_OR_CLAUSE = re.compile(r"[和与及等的在把将对以了向从到由为是]")
_CUT_WORD = re.compile(_LEFT_CUT.pattern.removeprefix(".*"))
_NAMED_START = re.compile(r"“|中国|国家|国际|中新|中欧")
_GENERIC_BODIES = {"国家级", "省级", "市级", "综合保税", "国家", "特色", "现代", "产业", "农业", "示范", "各类",
                   "重点", "一批", "新型", "相关", "有关", "各", "承接", "合作", "核心", "创新"}
_TOWN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?(?:乡|镇|村|街道))(?![\u4e00-\u9fff]{0,1}(?:振兴|建设|发展|产业|集体|居民|干部|人口|地区|公路|治理|环境|规划|旅游|风貌|基础|医疗|教育|学校|卫生|改革|社区|信息))")


# Reservoirs and wetlands are named by a short proper name before the head
# (大宁水库, 野鸭湖湿地); lakes and rivers are too often common words (河, 湖) to
# find by rule and come from the lexicon.
_WATER = re.compile(r"水库|湿地")
_NOT_IN_WATER_NAME = set("和与及等的座个处加改保治建修护善型病险各类批重点")
_WATER_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[、和与及的在等是]|启用|保护|治理|建设|修复|入选|加强)$")


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, tuple[str, tuple]]:
    """Single-character 简称 of provinces (沪, 苏, 浙) -> (canonical name, attrs)."""
    from extractors.ner.gazetteer import _entries_with_forms

    table: dict[str, tuple[str, tuple]] = {}
    for entry, forms in _entries_with_forms().items():
        if entry.type == "Region" and dict(entry.attrs).get("level") == "province":
            for written, kind in forms:
                if kind == "abbrev" and len(written) == 1:
                    table.setdefault(written, (entry.name, entry.attrs))
    return table


def abbreviation_runs(norm: str) -> list[Candidate]:
    """A run of three or four province abbreviations (沪苏浙, 黑吉辽, 苏浙沪皖) names
    each province; two (蒙藏, 新津, 青川) are too often a word or a county."""
    table = province_abbreviations()
    found: list[Candidate] = []
    for match in re.finditer(f"[{''.join(sorted(table))}]{{3,4}}", norm):
        before, after = norm[match.start() - 1:match.start()], norm[match.end():match.end() + 1]
        if before in table or after in table:
            continue
        for i in range(match.start(), match.end()):
            name, attrs = table[norm[i]]
            found.append(Candidate(i, i + 1, "Region", name, "rule", attrs=attrs))
    return found


def match_region_rules(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = abbreviation_runs(norm)
    for head in _WATER.finditer(norm):
        for length in (3, 2):
            start = head.start() - length
            body = norm[start:head.start()]
            # 加大湿地保护, 座病险水库: a verb, a measure word or a kind, not a name.
            if start >= 0 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_WATER_NAME for ch in body) \
                    and _WATER_BEFORE.search(norm, max(0, start - 2), start):
                found.append(Candidate(start, head.end(), "Region", "", "rule", attrs=(("level", "area"),)))
                break
    region_starts = {hit.start for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2}
    for match in _NAMED_BY_HEAD.finditer(norm):
        body = match.group("body")
        cut = _LEFT_CUT.match(body)
        offset = cut.end() if cut else 0
        # The last verb in the body may sit inside the name (国家服务业扩大开放综合示范区
        # holds 服务, 京冀曹妃甸协同发展示范区 holds 协同): the longest body after any
        # cut that starts like a name wins over the shortest.
        for earlier in _CUT_WORD.finditer(body, 0, offset):
            start = match.start() + earlier.end()
            if _LIST_OR_CLAUSE.search(body, earlier.end(), offset):
                continue  # 城南地区和平原新城: a list or a clause, not one name
            if (any(i in region_starts for i in range(start, start + 3)) or _NAMED_START.match(body, earlier.end())) \
                    and len(body) - earlier.end() >= 4:
                offset = earlier.end()
                break
        body = body[offset:]
        if len(body) < 2 or body in _GENERIC_BODIES or body.count("“") != body.count("”"):
            continue
        # A named zone starts with a place, a quote or a national scope
        # (川渝高竹新区, “一带一路”科技创新合作区, 国家城乡融合发展试验区…);
        # "升级改造工业园区" is prose.
        # The place may follow a pair of abbreviations (京冀曹妃甸协同发展示范区).
        body_start = match.start() + offset
        if not any(i in region_starts for i in range(body_start, body_start + 3)) and not _NAMED_START.match(body):
            continue
        level = "zone" if match.group("head") in _ZONE_HEADS else "area"
        found.append(Candidate(match.start() + offset, match.end(), "Region", "", "rule", attrs=(("level", level),)))
    # A township or village right after a known county-level region: 朝阳区东坝乡.
    region_ends = {hit.end for hit in lexicon_hits if hit.type == "Region"}
    for end in sorted(region_ends):
        match = _TOWN.match(norm, end)
        if match:
            level = "township" if match.group("name")[-1] in "乡镇" or match.group("name").endswith("街道") else "area"
            found.append(Candidate(match.start(), match.end(), "Region", "", "rule", attrs=(("level", level),)))
    return found
