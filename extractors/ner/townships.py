"""The document's own townships (乡, 镇, 街道, 苏木), from the Ministry of Civil Affairs' table.

China has some 38,700 townships, and their names repeat across the country (城关镇,
龙泉镇), so they are not lexicon forms everywhere: only the townships of the
document's own region are looked for, and only there does a name get its code and
its county.

A city report writes its townships without their suffix more often than with it
(东部产业新区重点建设白洋、顾家店、姚家港核心区域). Such a short form is only a
candidate: it is kept when another place of a list or a route vouches for it
(``resolution.vouched_by_neighbours``), never alone, because 白洋 alone is as often
白洋中学 or 白洋商业航天动力基地. A short form of three characters or more (横道河子,
新庄孜, 镇江关) is rarely anything else and stands alone, unless it names the lake, hill
or road the township is named after (黄盖湖, 敬亭山, 武当路) or stands in quotes (“刘三姐歌谣”).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import LexiconEntry, automaton, blocker_index, inside_blocker
from extractors.ner.region_rules import NOT_TOWN_NAMES

# What a feature or a building named after a township puts right after its short
# form: 胶莱河, 白沙大桥, 三塘南路, 麻尾保税仓 … is the river, the bridge, not the township.
_NAMED_AFTER = re.compile(r"[河湖江溪山岭峰岛港湾路街桥站塘堰坝渠库井洞寺台]|南路|北路|东路|西路|大道|机场|保税|"
                          # a facility named after the township (杨家埠污水处理厂, 太平溪中学)
                          r"污水|水厂|电厂|医院|卫生院|中学|小学|学校|幼儿园|公园|广场|码头|隧道|电站|国际酒店|大酒店|酒店|宾馆|"
                          # a culture or a festival named after a figure or a legend (刘三姐文化旅游节)
                          r"文化|艺术节|旅游节")
_FEATURE_END = re.compile(r"[河湖江溪泉山岭峰岛洲矶港湾口路街桥站塘堰坝渠库井洞寺台楼门场坪川滩]$|机场$")
OPENING_QUOTES = frozenset("“‘\"'「『《")
_ETHNIC_TOWNSHIP = re.compile(r"(?<=[\u4e00-\u9fff])(?<!民)族乡$")  # 长坪瑶族乡, not 民族乡
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# How many leading digits of a township's code a region's own code shares.
_CODE_PREFIX = {"prefecture": 4, "county": 6}


@dataclass(frozen=True, slots=True)
class Township:
    name: str     # 顾家店镇
    code: str     # 420583104
    county: str   # canonical name of the county it belongs to (枝江市)
    short: str    # 顾家店; "" where the short form is an ordinary word (公园街道)


def code_prefix(region: LexiconEntry) -> str:
    attrs = dict(region.attrs)
    code = str(attrs.get("adcode", ""))
    if region.name in _MUNICIPALITIES:
        return code[:2]
    width = _CODE_PREFIX.get(str(attrs.get("level", "")))
    return code[:width] if code and width else ""


@lru_cache(maxsize=1)
def county_names() -> dict[str, str]:
    """County adcode -> canonical name (current divisions only)."""
    from extractors.lexicons import read_lexicon

    return {row["adcode"]: row["name"] for row in read_lexicon("regions")
            if row.get("adcode") and not row.get("historical")}


def townships_of(region: LexiconEntry) -> list[Township]:
    """The townships under ``region`` (a prefecture, a county or a municipality)."""
    from extractors.lexicons import read_townships

    prefix = code_prefix(region)
    if not prefix:
        return []
    counties = county_names()
    return [Township(name, code, counties.get(code[:6], ""), short)
            for code, name, short in read_townships() if code.startswith(prefix)]


def _free_form(short: str, lexicon_forms: ahocorasick.Automaton) -> bool:
    """No lexicon entry claims ``short``, or only other places' short county names do
    (龙泉 of 龙泉市 in 丽水, in a 宜昌 report whose 龙泉镇 it is): the document's
    region then picks (``resolution.in_context``)."""
    if not lexicon_forms.exists(short):
        return True
    _, forms = lexicon_forms.get(short)
    return all(short in form.entry.short_forms for form in forms)


@lru_cache(maxsize=64)
def _automaton(region: LexiconEntry) -> ahocorasick.Automaton | None:
    """Full names and usable short forms of ``region``'s townships -> (form, townships, is_short)."""
    townships = townships_of(region)
    if not townships:
        return None
    lexicon_forms = automaton()
    by_form: dict[str, tuple[list[Township], bool]] = {}
    for township in townships:
        # 中心镇, 城关镇 … a full name that is also a kind of township is read as the kind; an ethnic
        # township's full name is a name all the same (长坪瑶族乡: 族乡 is a kind only as 民族乡).
        if not NOT_TOWN_NAMES.search(_ETHNIC_TOWNSHIP.sub("乡", township.name)):
            by_form.setdefault(township.name, ([], False))[0].append(township)
    for township in townships:
        short = township.short
        # A short form that is another place's name (济阳 for 济阳街道 is 济阳区) or any
        # other lexicon form is that entry's business.
        if not short or short in by_form and not by_form[short][1] or not _free_form(short, lexicon_forms):
            continue
        by_form.setdefault(short, ([], True))[0].append(township)
    auto = ahocorasick.Automaton()
    for form, (found, is_short) in by_form.items():
        names = {t.name for t in found}
        # Two townships of the region with the same short form (龙泉镇, 龙泉乡): no guess.
        if is_short and len(names) > 1:
            continue
        auto.add_word(form, (form, tuple(found), is_short))
    auto.make_automaton()
    return auto


def township_candidates(norm: str, region: LexiconEntry | None) -> list[Candidate]:
    """Townships of ``region`` written in ``norm``: full names as places with their code
    and county; short forms as candidates that a neighbouring place must vouch for."""
    auto = _automaton(region) if region is not None else None
    if auto is None:
        return []
    blockers = blocker_index(norm)
    found = []
    for last, (form, townships, is_short) in auto.iter(norm):
        start, end = last - len(form) + 1, last + 1
        if len(form) <= 3 and blockers and inside_blocker(start, end, blockers):
            continue
        if is_short and _NAMED_AFTER.match(norm, end):
            continue
        # 未来乡 + 村 is 未来乡村 (rural), not the township.
        if form.endswith("乡") and norm.startswith("村", end):
            continue
        attrs: list[tuple[str, str]] = [("level", "township")]
        if len(townships) == 1:  # one township of that name in the region: its code and county
            attrs += [("adcode", townships[0].code), ("parent", townships[0].county)]
        # A short form of three or more characters (横道河子, 太平溪) is rarely a word; unless it
        # names the feature the township is named after (黄盖湖, 武当路, 敬亭山), it stands alone.
        # Nor in quotes, where it is a song, a cup or a festival (“刘三姐歌谣”, “河姆渡杯”).
        needs_context = is_short and (len(form) < 3 or _FEATURE_END.search(form) is not None
                                      or norm[start - 1:start] in OPENING_QUOTES)
        found.append(Candidate(start, end, "Region", townships[0].name, "lexicon", attrs=tuple(sorted(attrs)),
                               needs_context=needs_context, place_like=is_short))
    return found
