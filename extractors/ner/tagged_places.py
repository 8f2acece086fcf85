"""Places the statistical tagger vouches for, and natural places it finds.

Some region forms are kept only when something vouches for them: the short form of
one of the document's townships (太平溪 for 太平溪镇, 段园 for 段园镇), which is as often
the first half of a school or a base's name. A neighbouring place of a list or a route, or
its own county written right before it, vouches for it (``resolution.vouched_by_neighbours``);
so does LAC, when it reads the very span as a place (LOC) in its clause:
规划建设太平溪国际生态旅游岛, 制定段园新型功能区高质量发展三年行动方案.
LAC's LOC tags alone are too loose to find places (streets, slogans), but on a span a
division table names already they are a second, independent opinion.

Rivers, lakes, mountains and islands are the other gap: no list names them all, and a
report mentions each once (薛家洼成为最美岸线, 推动白芨滩创建…). Where a clause holds the head
of such a name (河, 湖, 山, 岛 …) that no name found covers, LAC reads it, and a LOC span of
three or more characters ending in that head is kept unless it is a slogan (平安乐山, 大江大湖,
山水林田湖), a run of province abbreviations (沪苏湖) or a title in quotes (“低碳岛”); names of
famous places are words of the dictionary too (金山岭, 清水江, 塞罕坝), so being one says nothing.

Zones named by a short proper name no list knows (庐陵新区, 盘北化工园区, 东疆综合保税区,
敕勒川乳业开发区) are the third: where a zone's head (新区, 开发区, 综合保税区, 工业园 …) stands
uncovered, LAC reads the clause, and a LOC or ORG span ending at that head is kept when what
comes before the head is a name, not a kind (低碳园区, 国家级开发区, 现代农业园区).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from extractors.ner.candidates import Candidate
from extractors.ner.firm_rules import TRADE_ITEM
from extractors.ner.gazetteer import DIVISION_LEVELS, canonical_by_form
from extractors.ner.region_rules import (ROUTE_AFTER, RUNS_ON, VERB_BEFORE_NAME, numbered_like_a_slogan,
                                         province_abbreviations)
from extractors.ner.statistical import tag_windows
from extractors.ner.townships import OPENING_QUOTES
from extractors.ner.unknown_names import words
from extractors.sentences import clause_around


def _waiting(candidate: Candidate) -> bool:
    return (candidate.type == "Region" and candidate.needs_context and candidate.source == "lexicon"
            and dict(candidate.attrs).get("level") == "township")


# Where a place's name is only part of another thing's: a route's end (九龙至红星段), a campus
# or a forum (吴淞校区, 尼山世界文明论坛), a road or a street (武当路, 太原街).
_ROUTE = set("至—－-～~")
_THING_AFTER = re.compile(r"校区|院区|论坛|口岸|船闸|枢纽|码头|铁路|高速|高铁|公路|互通|储气库|大桥|二桥|灌区|引水|航道|"
                          r"收费站|[线站段堤]")
_STREET_END = re.compile(r"[路街]$")


def _named_alone(norm: str, candidate: Candidate) -> bool:
    form = norm[candidate.start:candidate.end]
    before, after = norm[candidate.start - 1:candidate.start], norm[candidate.end:candidate.end + 1]
    return (before not in _ROUTE and after not in _ROUTE and not _THING_AFTER.match(norm, candidate.end)
            and not _STREET_END.search(form)
            # A two-character short form that is a word (花城, 常青, 新桥, 甬江 the river) is that word
            # as often as the township; LAC's LOC then says nothing either way.
            and not (len(form) == 2 and form in words()))


def vouch_places(norm: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the waiting region forms LAC tags as places no longer waiting."""
    # A township's short form over a place kept already (黄盖湖 the lake, 首都 in 首都机场)
    # is, or is part of, that place.
    other_places = [c for c in found if c.type == "Region" and not c.needs_context]
    waiting = [c for c in found if _waiting(c) and _named_alone(norm, c)
               and not any(o.start < c.end and c.start < o.end for o in other_places)]
    if not waiting:
        return found
    windows = _merged(clause_around(norm, c.start, c.end) for c in waiting)
    places = {(t.start, t.end) for t in tag_windows(norm, windows, frozenset({"Region"}))}
    vouched = {id(c) for c in waiting if (c.start, c.end) in places}
    return [replace(c, needs_context=False) if id(c) in vouched else c for c in found]


def _kept_names(found: list[Candidate]) -> list[Candidate]:
    """The names found so far that wait for nothing: what the tagger's places must not overlap."""
    return [c for c in found if c.type in {"Region", "Organization", "Initiative"} and not c.needs_context]


def _covered(norm: str, names: list[Candidate]) -> bytearray:
    covered = bytearray(len(norm) + 1)
    for c in names:
        covered[c.start:c.end] = b"\x01" * c.length
    return covered


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(set(windows)):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        elif hi > lo:
            merged.append((lo, hi))
    return merged


# Natural places LAC reads as places where no name covers them: a name of three or more
# characters ending in a river's, a lake's, a mountain's, an island's, a gully's, a harbour's,
# a canal's, a cave's, a hot spring's, a weir's or a field's head (薛家洼, 白芨滩, 凤洲岛, 金山岭, 锡崖沟,
# 十圩港, 虞公港, 长乐溶洞, 拉鲊温泉, 槎滩陂, 汶阳田). Shorter ones (潮河, 江) are too often words or parts of words.
_FEATURE_HEAD = re.compile(r"[河江湖山岭峰洞岛湾峡溪洲滩坝洼沟港渠泉潭田陂]")
# Kinds of port, not names (自贸港, 国际陆港, 邮轮港, 内河港, 启运港, 中心渔港, 智慧港, 国际数据港, 国际铁路港).
_PORT_KIND = re.compile(r"[陆空贸易河轮慧渔运疏流数航据路]港$")
_SHORTEST_FEATURE = 3
# Slogans and titles shaped like places (“低碳岛”, 大江大湖, 和美海岛, 一城秀水半城山).
_NOT_IN_FEATURE = re.compile(r"[的了在将对把为要各等和与及个座条处碳诸]|江河|^三角洲$|^滨|环湖|金山银山|青山|江山|河山|"
                             r"江湖|河湖|山水|湖山|仙山|名山|大山|深山|高山|靠山|^大.大|美海岛|^环|半城|林田湖|"
                             # an oil or gas field names its company as often (江汉油田)
                             r"[油气煤]田$")


def _feature_name(norm: str, start: int, end: int) -> bool:
    """``norm[start:end]`` names a river, a lake, a mountain or an island, not a word or a slogan."""
    name = norm[start:end]
    places = canonical_by_form("Region")
    return (len(name) >= _SHORTEST_FEATURE and _FEATURE_HEAD.fullmatch(name[-1]) is not None
            # a spring is a place as a hot spring named by two characters or more (拉鲊温泉; 燕京漓泉
            # is a brewery, 沐温泉 a bath)
            and (name[-1] != "泉" or (name.endswith("温泉") and len(name) >= 4))
            and not _NOT_IN_FEATURE.search(name) and not numbered_like_a_slogan(name) and not _PORT_KIND.search(name)
            # Names of famous places are words of the dictionary too (金山岭, 清水江, 塞罕坝), so
            # no word test here; but abbreviations of provinces before the head name a railway's
            # or an area's cities (沪苏湖).
            and not all(ch in province_abbreviations() for ch in name[:-1])
            # A slogan ending in a city's name (平安乐山) is about the city; a name that only ends
            # like one (棋|盘山, not a word before it) is not.
            and not any(name[i:] in places and name[:i] in words() for i in range(1, len(name) - 1))
            and norm[start - 1:start] not in OPENING_QUOTES
            # 金庭通湖河道: the head runs on into another word.
            and not RUNS_ON.match(norm, end)
            # 如通苏湖城际铁路: the cities a railway joins, not a lake.
            and not ROUTE_AFTER.match(norm, end))


def tag_features(norm: str, found: list[Candidate]) -> list[Candidate]:
    """Rivers, lakes, mountains and islands LAC tags as places (LOC) in clauses no name covers."""
    covered = _covered(norm, _kept_names(found))
    heads = [m.start() for m in _FEATURE_HEAD.finditer(norm) if not covered[m.start()]]
    if not heads:
        return []
    windows = _merged(clause_around(norm, at, at + 1) for at in heads)
    # A division written first is part of the name (常州氢湾, 东安舜皇山): the rest must be uncovered.
    division_ends = {c.start: c.end for c in found if c.type == "Region" and c.source == "lexicon"
                     and not c.needs_context and dict(c.attrs).get("level") in DIVISION_LEVELS}
    kept = []
    for tagged in tag_windows(norm, windows, frozenset({"Region"})):
        own_start = division_ends.get(tagged.start, tagged.start)
        if any(covered[own_start:tagged.end]) or tagged.end - own_start < 2 \
                or not _feature_name(norm, tagged.start, tagged.end):
            continue
        kept.append(Candidate(tagged.start, tagged.end, "Region", "", "lac", attrs=(("level", "area"),),
                              prefix_end=own_start if own_start > tagged.start else 0))
    return kept


# Heads of the zones a government sets up; parks named by a theme or a firm (物流园, 产业园)
# are left to the rules, which want a place in front.
_ZONE_HEAD = re.compile(r"综合保税区|保税区|经济技术开发区|高新技术产业开发区|经济开发区|产业开发区|开发区|经开区|"
                        r"高新区|新区|化工园区|工业园区|工业园|合作区|园区|"
                        # old towns, which the rules name as quarters too (南头古城, 颜神古镇), and
                        # quarters a city develops (舒家嘴片区, 大青果片区)
                        r"古城|古镇|片区|"
                        # resorts and science cities (云中盛乐度假区, 银基国际旅游度假区, 深空科学城)
                        r"旅游度假区|度假区|科技城|科学城|"
                        # valleys of a trade (科大硅谷, 龙城芯谷, 浏阳河数谷)
                        r"[芯金光智数药硅车云]谷")
_ZONE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# Kinds, scopes and themes before a zone's head, not names (国家级开发区, 低碳园区, 现代农业园区,
# 各类园区, 老旧工业园区), and heads inside the body (经开区申创综合保税区).
_KIND_IN_ZONE_BODY = re.compile(
    r"级|国家|现代|农业|低碳|零碳|绿色|智慧|数字|特色|重点|生态|循环|文创|文化|创意|冷链|物流|科技|统筹|新型|老旧|"
    r"先进|制造|示范|承接|专业|飞地|共建|境外|产业|城市|跨境|边境|合作|协作|经济|综合|开放|各|全|所有|相关|有关|"
    r"低效|闲置|存量|传统|新兴|小微|高教|高新|合规|市域|县域|市直|市管|省管|建优|千年|历史|自贸|未来|"
    # a direction in the city (城南片区, 东城片区, 江南片区)
    r"^(?:[东西南北中]城|城[东西南北中]|江[南北]|河[东西南北]|[东西南北]部)$|"
    r"[区园业的和与及等在对把将为以个家批类]")  # 业: a trade's parks (种业园区, 酒业园区)


def _zone_name(norm: str, start: int, head_start: int) -> bool:
    body = norm[start:head_start]
    return (bool(_ZONE_BODY.match(body)) and not _KIND_IN_ZONE_BODY.search(body)
            # 石材工业园: a trade's park, a kind (a 新区 is a city's: 巴中's 文旅新区)
            and not (TRADE_ITEM.fullmatch(body) and norm.startswith(("工业园", "园区"), head_start))
            and not VERB_BEFORE_NAME.match(body)  # 编制园区开发区发展规划, 理顺开发区管理机制
            # 沪苏浙园区: parks in those provinces, not one park
            and not all(ch in province_abbreviations() for ch in body)
            and norm[start - 1:start] not in OPENING_QUOTES
            and norm[start - 1:start] != "至")  # 出口至龙门工业园一级路: a road's end


# A group of them (大运河古镇集群, 古镇群) is no one place.
_GROUP_AFTER = re.compile(r"集群|群|带")


def tag_zones(norm: str, found: list[Candidate]) -> list[Candidate]:
    """Zones LAC tags as places or bodies (LOC, ORG) ending at a zone's head no name covers."""
    kept_names = _kept_names(found)
    covered = _covered(norm, kept_names)
    heads = {m.end(): m.start() for m in _ZONE_HEAD.finditer(norm) if not covered[m.start()]}
    if not heads:
        return []
    head_ends = {start: end for end, start in heads.items()}
    windows = _merged(clause_around(norm, start, end) for end, start in heads.items())
    kept = []
    for tagged in tag_windows(norm, windows, frozenset({"Region", "Organization"})):
        # LAC reads the place alone and the head as a common noun: 盘北 | 化工园区.
        if tagged.type == "Region" and tagged.end in head_ends:
            tagged = replace(tagged, end=head_ends[tagged.end])
        head_start = heads.get(tagged.end)
        # A place inside the name (井冈山综合保税区) is part of it; a name across its edge is not.
        if head_start is None or not _zone_name(norm, tagged.start, head_start) \
                or _GROUP_AFTER.match(norm, tagged.end) or any(
                c.start < tagged.end and tagged.start < c.end
                and not (c.type == "Region" and tagged.start <= c.start and c.end <= head_start)
                for c in kept_names):
            continue
        kept.append(Candidate(tagged.start, tagged.end, "Region", "", "lac", attrs=(("level", "zone"),)))
    return kept
