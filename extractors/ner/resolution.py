"""Within-document resolution: from selected candidates to canonical names.

- Region: 重庆 / 渝 → 重庆市 come from the lexicon; 我市 / 本市 / 全市 → the
  document's region; an ambiguous short form (长寿, 江北) is kept only inside a
  document of its parent region.
- Organization: 市发展改革委 in a 重庆 document → 重庆市发展和改革委员会; 重庆市政府
  → 重庆市人民政府 (through the lexicon once the region is in front); 省委 in a
  南通 report → 中共江苏省委员会, 行署 in a 盟's → X盟行政公署; every way of writing
  a party committee (中国共产党X市委, 中共X市委, X市委) → 中共X市委员会; a firm's
  short name glued into a word (中煤 in 其中煤炭) is dropped.
- The document's region: issuer, title, the region its text names most (its
  counties count for it), or its file name.
- Person: padded names joined (罗　平 → 罗平), 同志 stripped, the title written
  beside the name attached, and a bare 总书记 given to the one Chinese holder
  of that office named in the part (never to 阮富仲 of 阮富仲总书记).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, replace

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import DIVISION_LEVELS, LexiconEntry, canonical_by_form, entries_by_name, match_lexicon
from extractors.ner.normalise import normalise_form, person_name
from extractors.ner.org_words import PARTY_DEPARTMENTS
from extractors.ner.person_uses import FIGURE_CUES_AFTER, FIGURE_PLACES
from extractors.ner.titles import PERSON_HONOURED, TITLE_ALT

_CITY_LEVELS = {"province", "prefecture", "county"}
# The short names local governments give their departments, and their full form.
DEPARTMENT_FULL_NAMES = {
    "发展改革委": "发展和改革委员会", "发改委": "发展和改革委员会", "经济信息委": "经济和信息化委员会",
    "经信委": "经济和信息化委员会", "经济和信息化委": "经济和信息化委员会", "教委": "教育委员会",
    "科技局": "科学技术局", "科技厅": "科学技术厅", "住房城乡建设委": "住房和城乡建设委员会",
    "住房城乡建设厅": "住房和城乡建设厅", "住建厅": "住房和城乡建设厅", "住建委": "住房和城乡建设委员会", "住房城乡建设局": "住房和城乡建设局", "卫生健康委": "卫生健康委员会",
    "人力社保局": "人力资源和社会保障局", "人力社保厅": "人力资源和社会保障厅", "国资委": "国有资产监督管理委员会",
    "市场监管局": "市场监督管理局", "商务委": "商务委员会", "农业农村委": "农业农村委员会",
    "网信办": "委网络安全和信息化委员会办公室", "文化旅游委": "文化和旅游发展委员会", "文化旅游厅": "文化和旅游厅",
    "规划自然资源局": "规划和自然资源局", "金融监管局": "地方金融监督管理局", "地方金融监管局": "地方金融监督管理局",
    "应急局": "应急管理局", "应急厅": "应急管理厅", "医保局": "医疗保障局", "外办": "人民政府外事办公室",
    "政府办公厅": "人民政府办公厅", "人大常委会": "人民代表大会常务委员会", "政府": "人民政府", "大数据发展局": "大数据应用发展管理局",
    "生态环境局": "生态环境局", "交通局": "交通局", "民宗委": "民族宗教事务委员会", "侨办": "人民政府侨务办公室",
}
_YEAR_RANGE = re.compile(r"(\d{4})[-–~—]+(\d{4})")
# 市场 is a market (资本市场, 全市场), not the city; 健全, 安全, 完全 end in 全 (健全市政设施),
# 确保 does not (确保全市).
_SELF_REGION = re.compile(r"(?:[我本]|(?<![健安完齐])全)[市省区县州盟旗](?!场)")
_OUR_COUNTRY = re.compile(r"我国")
_TITLE_BEFORE = re.compile(rf"(?:{TITLE_ALT})$")
_TITLE_AFTER = re.compile(rf"^(?:{TITLE_ALT})")


@dataclass(frozen=True, slots=True)
class DocumentContext:
    region: LexiconEntry | None  # the document's own region (重庆市 for a 重庆 plan)


@lru_cache(maxsize=None)
def _ancestors(entry: LexiconEntry) -> tuple[str, ...]:
    regions = entries_by_name()
    chain, seen = [], set()
    parent = dict(entry.attrs).get("parent", "")
    while parent and parent not in seen:
        seen.add(parent)
        chain.append(parent)
        up = regions.get(("Region", parent))
        parent = dict(up.attrs).get("parent", "") if up else ""
    return tuple(chain)


# How a document speaks of its own level: 全市 / 我市 / 市人民政府 (a city), 全盟 /
# 盟委 (a league), 全州 … The level word picks which regions may be its own. 全省
# is left out: a city report says it too, to rank itself in its province.
_OWN_LEVEL = re.compile(r"(?:全|我|本)(市|盟|州)|(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[和在是请受表]))(市|盟|州)"
                        r"(?:委|人民政府|政府|人大|政协|行政公署)", re.M)
_LEVEL_WORD_MIN = 3


def document_context(issuer: str, title: str, norm: str, file_name: str = "") -> DocumentContext:
    """The region a document speaks for: from its issuer, else its title, else
    the region its text names most (a city report that says only 全市 and
    我代表市人民政府 names its city, or the city's counties, more than any
    other), else its file name when that is a region's name (林芝.txt)."""
    regions = entries_by_name()
    for text in (issuer, title):
        for hit in sorted(match_lexicon(normalise_form(text)), key=lambda c: (c.start, -c.length)):
            if hit.type == "Region" and dict(hit.attrs).get("level") in _CITY_LEVELS and not hit.needs_context:
                return DocumentContext(regions[("Region", hit.name)])
    county = county_speaking_for_itself(norm)
    if county is not None:
        return DocumentContext(county)
    named = most_named_region(norm)
    if named is not None:
        return DocumentContext(named)
    return DocumentContext(region_of_file_name(file_name))


# The formula a county's or a district's work report opens with (现在，我代表区人民政府，向大会报告工作);
# a city's says 市, so 全区 in a 广西 city's report (the autonomous region) never reads as its own level.
_COUNTY_GOVERNMENT_SPEAKS = re.compile(r"我代表(区|县|旗)人民政府")


def county_speaking_for_itself(norm: str) -> LexiconEntry | None:
    """The county or district whose own report the text is: the one of its level it names most
    (黄山区 in a report that says 我代表区人民政府), its parent named in the text breaking a tie
    between counties of one name (朝阳区 of 北京 or of 长春). None where no such county is named."""
    speaks = _COUNTY_GOVERNMENT_SPEAKS.search(norm)
    if speaks is None:
        return None
    level_word = speaks.group(1)
    regions = entries_by_name()
    counts: dict[str, int] = {}
    named: dict[str, int] = {}
    for hit in match_lexicon(norm):
        if hit.type != "Region":
            continue
        named[hit.name] = named.get(hit.name, 0) + 1
        if dict(hit.attrs).get("level") == "county" and norm.endswith(level_word, hit.start, hit.end) \
                and hit.length >= 3:
            counts[hit.name] = counts.get(hit.name, 0) + 1
    if not counts:
        return None

    def named_most(name: str) -> tuple[int, int, str]:
        parent = str(dict(regions[("Region", name)].attrs).get("parent", ""))
        return counts[name], named.get(parent, 0), name

    return regions[("Region", max(counts, key=named_most))]


_STANDS_OUT = 2  # times the next region's count


def most_named_region(norm: str) -> LexiconEntry | None:
    """The province or prefecture the text names most.

    When the text speaks of itself below the province (全市, 盟委: at least
    three times), only regions of that level count, and a county named counts for
    the prefecture above it; a county-level city named in full at least three times
    wins over a prefecture of another level than the one the text speaks as most
    (恩施市's report, 全市 more often than 全州). Otherwise a province or prefecture
    named at least three times and at least twice as often as any other outside it.
    """
    regions = entries_by_name()
    levels: dict[str, int] = {}
    for match in _OWN_LEVEL.finditer(norm):
        word = match.group(1) or match.group(2)
        levels[word] = levels.get(word, 0) + 1
    # The level the text speaks of itself most first: a county-level city's report says 全市
    # and 市人民政府 more often than the 全州 of its prefecture (恩施市 in 恩施州).
    own_levels = sorted((word for word, count in levels.items() if count >= _LEVEL_WORD_MIN),
                        key=lambda word: -levels[word])
    direct: dict[str, int] = {}
    with_counties: dict[str, int] = {}
    county_cities: dict[str, int] = {}  # county-level cities named in full (恩施市)
    for hit in match_lexicon(norm):
        if hit.type != "Region" or hit.length < 2:
            continue
        attrs = dict(hit.attrs)
        level = attrs.get("level")
        if hit.needs_context:
            # A county's short name (东坡, 仁寿) is ambiguous alone, but a city's
            # own counties are named again and again; others' scatter. A short
            # name that is a common word (资源, 和平) says nothing.
            if level == "county" and attrs.get("parent") and hit.place_like:
                parent = str(attrs["parent"])
                with_counties[parent] = with_counties.get(parent, 0) + 1
                if _is_province_administered(hit.name):
                    with_counties[hit.name] = with_counties.get(hit.name, 0) + 1
            continue
        if level in {"province", "prefecture"}:
            direct[hit.name] = direct.get(hit.name, 0) + 1
            with_counties[hit.name] = with_counties.get(hit.name, 0) + 1
        elif level == "county" and attrs.get("parent"):
            parent = str(attrs["parent"])
            with_counties[parent] = with_counties.get(parent, 0) + 1
            if _is_province_administered(hit.name):
                with_counties[hit.name] = with_counties.get(hit.name, 0) + 1
            elif hit.name.endswith("市") and norm[hit.start:hit.end] == hit.name:
                county_cities[hit.name] = county_cities.get(hit.name, 0) + 1
    if own_levels:
        fitting = {name: n for name, n in with_counties.items()
                   if name.endswith(tuple(own_levels)) and ("Region", name) in regions
                   and (dict(regions[("Region", name)].attrs).get("level") in {"province", "prefecture"}
                        or _is_province_administered(name))}
        best = max(fitting.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
        # A prefecture of another level than the one the text speaks as (恩施州 in a report that says
        # 全市 most) gives way to a county-level city of that level named in full at least as often.
        if best[0] and not best[0].endswith(own_levels[0]):
            cities = {name: n for name, n in county_cities.items() if name.endswith(own_levels[0])}
            city = max(cities.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
            if city[1] >= 3:
                return regions[("Region", city[0])]
        if best[1] >= 3:
            return regions[("Region", best[0])]
    if direct:
        name, count = max(direct.items(), key=lambda kv: (kv[1], kv[0]))
        # A text that does not speak of itself as a region (全市, 全省) is a region's only when
        # that region stands out: a national report names 香港 and 澳门 alike, a news bulletin
        # 西藏 and 上海, a speech 大理 three times and 延安 twice. Its own cities and counties
        # (合肥 in an 安徽 plan) do not compete with it.
        top = regions[("Region", name)]
        rivals = [n for other, n in direct.items() if other != name
                  and other not in _ancestors(top) and name not in _ancestors(regions[("Region", other)])]
        if count >= 3 and count >= _STANDS_OUT * max(rivals, default=0):
            return top
    return None


def _is_province_administered(name: str) -> bool:
    """A county-level city right under its province (天门, 仙桃, 济源) speaks for itself as a city does."""
    regions = entries_by_name()
    entry = regions.get(("Region", name))
    parent = regions.get(("Region", str(dict(entry.attrs).get("parent", "")))) if entry else None
    return (entry is not None and dict(entry.attrs).get("level") == "county" and parent is not None
            and dict(parent.attrs).get("level") == "province")


def region_of_file_name(file_name: str) -> LexiconEntry | None:
    """林芝.txt → 林芝市: a file saved under its region's name (the weakest clue)."""
    stem = normalise_form(file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    if len(stem) < 2:
        return None
    regions = entries_by_name()
    found = [hit for hit in match_lexicon(stem) if hit.type == "Region" and hit.start == 0 and hit.end == len(stem)
             and dict(hit.attrs).get("level") in {"province", "prefecture"}]
    return regions[("Region", found[0].name)] if len(found) == 1 else None


# A city report's bare 经开区 / 高新区 / 综保区 / 综合保税区 / 临空经济区 / 市开发区 is the city's
# own zone (林芝 report: 调整优化经开区功能布局, 市经开区营收… → 林芝经济技术开发区; 潍坊:
# ，综合保税区发展绩效…), as its bare 市政府 is its own government. Not after a count or a
# rank (各经开区, 国家级高新区, 两个综保区, 全市开发区; every 跨境电商综试区 is national, so 国家级
# before it is none), nor one the city applies for
# (加快综合保税区申建); a named zone (南充经开区, 新站高新区) has a name, not a verb or a
# particle, in front.
_HOST_ZONE_FULL_NAMES = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区", "综保区": "综合保税区",
                         "跨境电商综合试验区": "跨境电子商务综合试验区", "跨境电商综试区": "跨境电子商务综合试验区",
                         "跨境电子商务综合试验区": "跨境电子商务综合试验区",
                         "临空经济区": "临空经济区", "综合保税区": "综合保税区", "市开发区": "经济技术开发区"}
_HOST_ZONE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[和与及的在是为对将把由])|(?<=支持|推动|推进|促进|优化|加快|深化|"
                        r"力争|建设|实施|发挥|依托|做强|做大|打造|提升|调整|鼓励|引导|围绕|聚焦|争取|抓好|统筹|强化|完善|深入|健全|"
                        r"增强|确保|用好|加强|做好|壮大|提速))"
                        # every cross-border e-commerce zone is national: its rank names no kind (推进国家级跨境电商综试区建设)
                        r"(?:市|(?P<rank>国家级)(?=跨境))?"
                        r"(?P<abbrev>经开区|高新区|综保区|综合保税区|跨境电商综合试验区|跨境电商综试区|跨境电子商务综合试验区|自贸片区|临空经济区|"
                        r"市开发区|自贸试验区|自贸区)"
                        r"(?!管委会|管理委员会|[\u4e00-\u9fff]?(?:创建|名单|申建|申报))")
_ZONE_HOST_LEVELS = {"prefecture"}


@lru_cache(maxsize=1)
def _free_trade_zones_by_host() -> dict[str, tuple[str, ...]]:
    """Region name -> the pilot free trade zones and zone areas (片区) it hosts, by the lexicon."""
    hosts: dict[str, list[str]] = {}
    for (entity_type, name), entry in entries_by_name().items():
        if entity_type == "Region" and "自由贸易试验区" in name and dict(entry.attrs).get("parent"):
            hosts.setdefault(str(dict(entry.attrs)["parent"]), []).append(name)
    return {host: tuple(sorted(names)) for host, names in hosts.items()}


def own_free_trade_zone(region: LexiconEntry) -> str:
    """The free trade zone a region's bare 自贸区 means: a province's or a municipality's own zone
    (中国（天津）自由贸易试验区), or the one area a city or a county hosts (沈阳 → …沈阳片区);
    none where it hosts none or several (成都's two areas)."""
    hosted = _free_trade_zones_by_host().get(region.name, ())
    whole = [name for name in hosted if name.endswith("自由贸易试验区")]
    if whole:
        return whole[0]
    return hosted[0] if len(hosted) == 1 else ""


def host_zone_candidates(norm: str, region: LexiconEntry) -> list[Candidate]:
    free_trade_zone = own_free_trade_zone(region)
    # A county-level city's bare 高新区 is its own too (潜江: 高新区体制机制逐步优化); its other
    # zones go by names of their own (潜江经济开发区), and a district hosts its city's.
    county_city = dict(region.attrs).get("level") == "county" and region.name.endswith("市")
    if dict(region.attrs).get("level") not in _ZONE_HOST_LEVELS and not free_trade_zone and not county_city:
        return []
    short = region_short_name(region)
    known = canonical_by_form("Region")
    found = []
    for match in _HOST_ZONE.finditer(norm):
        abbrev = match.group("abbrev")
        # A free-trade zone: the region's own, where the lexicon knows which (a report of 沈阳 or of
        # 辽宁 means different ones); a city's 自贸片区 is its area, which the lexicon may not list.
        if abbrev in {"自贸区", "自贸试验区"}:
            if not free_trade_zone:
                continue
            name = free_trade_zone
        elif dict(region.attrs).get("level") not in _ZONE_HOST_LEVELS and not (county_city and abbrev == "高新区"):
            continue
        # A cross-border e-commerce zone's official name puts the city in brackets: 中国(宜昌)跨境…;
        # a free-trade zone's area, the province: 中国（湖北）自由贸易试验区宜昌片区 (as the lexicon writes it).
        elif abbrev == "自贸片区":
            province = next((name for name in _ancestors(region) if name.endswith(("省", "自治区"))), "")
            if not province:
                continue
            name = free_trade_zone if free_trade_zone.endswith("片区") else \
                f"中国（{region_short_name(entries_by_name()[('Region', province)])}）自由贸易试验区{short}片区"
        else:
            full = _HOST_ZONE_FULL_NAMES[abbrev]
            name = known.get(short + abbrev) or (f"中国({short}){full}" if full.startswith("跨境") else short + full)
        start = match.start("abbrev") if match.group("rank") else match.start()
        found.append(Candidate(start, match.end(), "Region", name, "rule", attrs=(("level", "zone"),)))
    return found


def region_short_name(region: LexiconEntry) -> str:
    """林芝市 → 林芝, 黔东南苗族侗族自治州 → 黔东南: its shortest written form that begins its name."""
    from extractors.ner.gazetteer import _entries_with_forms

    forms = [normalise_form(written) for written, _ in _entries_with_forms().get(region, ())]
    prefixes = [form for form in forms if len(form) >= 2 and region.name.startswith(form)]
    return min(prefixes, key=len, default=region.name)


def _region_of_level_word(level_word: str, own: LexiconEntry) -> str:
    """The region 全{level_word} stands for in a document of ``own``: itself when the level
    fits, else the province (省) or autonomous region (区) above it, else none."""
    if own.name.endswith(level_word):
        return own.name
    wanted = {"省": "省", "区": "自治区"}.get(level_word)
    return next((name for name in _ancestors(own) if name.endswith(wanted)), "") if wanted else ""


def self_region_candidates(norm: str, context: DocumentContext) -> list[Candidate]:
    """我市 / 全州 / 全盟 → the document's region, when its level fits (市 for a city);
    我省 / 全省 in a city report → the province above it, 全区 → the autonomous
    region above it (a 锡林郭勒 report's 全区 is 内蒙古自治区)."""
    found: list[Candidate] = []
    if context.region is not None:
        regions = entries_by_name()
        for match in _SELF_REGION.finditer(norm):
            name = _region_of_level_word(match.group(0)[-1], context.region)
            if name and ("Region", name) in regions:
                found.append(Candidate(match.start(), match.end(), "Region", name, "rule",
                                       attrs=regions[("Region", name)].attrs))
        found += host_zone_candidates(norm, context.region)
    china = entries_by_name().get(("Region", "中国"))
    if china is not None:
        for match in _OUR_COUNTRY.finditer(norm):
            found.append(Candidate(match.start(), match.end(), "Region", "中国", "rule", attrs=china.attrs))
    return found


def _in_the_way(candidate: Candidate, spans: list[tuple[int, int]], named_here: set[tuple[int, int]]
                ) -> list[tuple[int, int]]:
    """The lexicon spans that may veto a tagger's ``candidate``: all but those strictly inside it
    that name nothing in the document's context (象山 names 宁波's county in a 宁波 report, though
    桂林 has an 象山区 too)."""
    return [(start, end) for start, end in spans
            if (start, end) in named_here or not (candidate.start <= start and end <= candidate.end)
            or (start, end) == (candidate.start, candidate.end)]


def _overlaps(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    """A span overlaps the candidate; for the tagger's organisations and named places (井冈山综合保税区,
    太平古城) only one across its edge counts."""
    inside_ok = candidate.type == "Organization" or dict(candidate.attrs).get("level") == "zone"
    return any(start < candidate.end and candidate.start < end
               and not (inside_ok and candidate.start <= start and end <= candidate.end)
               # the division a natural place's name begins with (常州|氢湾, tagged_places.tag_features)
               and (start, end) != (candidate.start, candidate.prefix_end)
               for start, end in spans)


def keep_in_context(candidate: Candidate, context: DocumentContext) -> bool:
    if not candidate.needs_context:
        return True
    if context.region is None:
        return False
    # 首都 in a 北京 report, 山城 in a 重庆 one: the document's own region counts too.
    return _lies_in(candidate.name, context.region)


def _lies_in(name: str, region: LexiconEntry) -> bool:
    """The place ``name`` is ``region`` or lies in it."""
    entry = entries_by_name().get(("Region", name))
    return entry is not None and (name == region.name or region.name in _ancestors(entry))


# What may stand between two places of a list or a route: 江阴—靖江, 昆山、太仓, 南宁至凭祥.
_PLACE_JOINERS = frozenset("、—－-～~和与及至到")
_LIST_JOINERS = frozenset("、和与及")


def vouched_by_neighbours(norm: str, candidates: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """Short county names of other regions (江阴 in a 泰州 report) that a division
    already kept vouches for: joined to it in a list or a route (江阴—靖江, 临淄至临沂,
    厦门与金门), or written right after a province or city above it (深圳宝安,
    新疆疏勒). Written after any other place it is another place of that name
    (亳州北关 is a street, not 安阳's 北关区; 成渝地区双城 is no 双城区). Short forms
    measured as common words (和平, 城区) never qualify, a county's two-character full name
    so measured (南县) does; a chain of them (昆山、太仓、常熟) is followed."""
    # A country whose name is also a word (泰国, 海地, 黑山) is one in a list of countries
    # (马来西亚、泰国等东盟国家): a kept foreign place vouches for it as a division does for a county.
    kept_ids = {id(c) for c in kept}
    # …and so is a county's two-character full name measured as a common word (南县, in 湖南县域 and
    # 河南县): in a list of counties (华容县、南县和安乡县) it is the county.
    waiting = [c for c in candidates if c.type == "Region" and id(c) not in kept_ids
               and (c.place_like or dict(c.attrs).get("level") == "foreign"
                    or (c.length == 2 and dict(c.attrs).get("level") == "county" and norm[c.start:c.end] == c.name
                        and c.name.endswith(("县", "区", "旗"))))]
    if not waiting:
        return []
    regions = entries_by_name()
    divisions = [c for c in kept if c.type == "Region" and c.source == "lexicon" and c.length >= 2
                 and dict(c.attrs).get("level") in DIVISION_LEVELS | {"township", "foreign"}]
    by_end = {c.end: c for c in divisions}
    starts = {c.start: c for c in divisions}
    vouched: dict[int, Candidate] = {}
    # Two of the document's own townships joined in a list (白洋、顾家店) vouch for each
    # other: two short forms of the region's townships side by side are no coincidence.
    # Not in a route (五塘至新江公路): that names a road, and annotators leave its ends out.
    # A township's short form on the very span of a place kept already (焦岗湖 the lake) is that place.
    kept_spans = {(c.start, c.end) for c in kept if c.type == "Region"}
    waiting = [c for c in waiting if dict(c.attrs).get("level") != "township" or (c.start, c.end) not in kept_spans]
    townships = {c.start: c for c in waiting if dict(c.attrs).get("level") == "township"}
    for c in townships.values():
        after = townships.get(c.end + 1)
        if after is not None and norm[c.end:c.end + 1] in _LIST_JOINERS:
            for pair in (c, after):
                vouched[id(pair)] = replace(pair, needs_context=False)
                by_end[pair.end] = pair
                starts[pair.start] = pair
    grew = True
    while grew:
        grew = False
        for c in waiting:
            if id(c) in vouched:
                continue
            before = by_end.get(c.start)
            entry = regions.get(("Region", c.name))
            above = before is not None and entry is not None and before.name in _ancestors(entry) \
                and dict(before.attrs).get("level") in {"province", "prefecture"}
            # A township right after its own county (兴隆县半壁山, 德城区岔河, 祁阳祁水).
            own_county = before is not None and dict(c.attrs).get("parent") == before.name \
                and dict(c.attrs).get("level") == "township"
            level = dict(c.attrs).get("level")
            joiners = _LIST_JOINERS if level in {"township", "foreign"} else _PLACE_JOINERS
            joined_before = (c.start - 1) in by_end and norm[c.start - 1] in joiners \
                and _same_side(level, by_end[c.start - 1])
            joined_after = (c.end + 1) in starts and norm[c.end:c.end + 1] in joiners \
                and _same_side(level, starts[c.end + 1])
            if above or own_county or joined_before or joined_after:
                vouched[id(c)] = replace(c, needs_context=False)  # resolution need not ask again
                by_end[c.end] = c
                starts[c.start] = c
                grew = True
    return list(vouched.values())


def _same_side(level: str | None, neighbour: Candidate) -> bool:
    """Countries vouch for countries, divisions for divisions."""
    return (level == "foreign") == (dict(neighbour.attrs).get("level") == "foreign")


_LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "zone": 3, "area": 4, "county": 5, "township": 6,
               "foreign": 7}


def in_context(candidates: list[Candidate], context: DocumentContext, norm: str = "") -> list[Candidate]:
    """Drops forms that need a context they lack, and picks one region where a
    form names several (江北: 重庆市江北区 in a 重庆 document, 宁波市江北区 in a 宁波 one)."""
    # The tagger never overrides a curated name: a LAC span that overlaps a
    # lexicon form (李强作 over 李强, 陆海 inside 陆海新通道, 向阳 the reservoir
    # that shares a county's name) is dropped.
    # A place or a person inside the tagger's organisation names it (峨眉二中,
    # 梅兰芳艺术中心, 长三角国创中心) and does not veto it; one that straddles its edge does.
    covered = bytearray(max((c.end for c in candidates), default=0))
    named_inside: list[tuple[int, int]] = []
    named_here: set[tuple[int, int]] = set()  # spans a lexicon form names in this document's context
    for c in candidates:
        if c.source == "lexicon" and c.length > 1:
            if c.type in {"Region", "Person"}:
                named_inside.append((c.start, c.end))
                # A form the document gives no context for (盘山 of 棋盘山, 金山 of 金山岭) names
                # nothing here: inside the tagger's longer name it stands in no one's way.
                if c.type != "Region" or keep_in_context(c, context):
                    named_here.add((c.start, c.end))
            else:
                covered[c.start:c.end] = b"\x01" * c.length
    confirmed_persons = {(c.start, c.end) for c in candidates
                         if c.type == "Person" and c.source in {"lexicon", "lac", "hanlp"}}
    kept = [c for c in candidates
            if (keep_in_context(c, context) if c.type != "Person" or not c.needs_context
                else (c.start, c.end) in confirmed_persons)
            and (c.source not in {"lac", "hanlp"} or not (any(covered[c.start:c.end])
                                                          or _overlaps(c, _in_the_way(c, named_inside, named_here))))]
    # A loose pattern's name the lexicon or the tagger confirms (李焕森同志) waits no longer.
    kept = [replace(c, needs_context=False) if c.type == "Person" and c.needs_context else c for c in kept]
    if norm:
        kept += vouched_by_neighbours(norm, candidates, kept)
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for c in kept:
        if c.type == "Region" and c.source == "lexicon":
            by_span.setdefault((c.start, c.end), []).append(c)
    dropped: set[int] = set()
    regions = entries_by_name()
    home_province = ""
    if context.region is not None:
        home_province = ([context.region.name, *_ancestors(context.region)])[-1]
    # A place right before names the parent (北京朝阳区, 深圳南山区): that place's district.
    region_ending_at = {c.end: c.name for c in kept if c.type == "Region" and c.source == "lexicon"}
    for (start, _), group in by_span.items():
        if len(group) < 2:
            continue
        parent = region_ending_at.get(start, "")
        under_parent = [c for c in group if parent and (entry := regions.get(("Region", c.name))) is not None
                        and parent in _ancestors(entry)]
        if len(under_parent) == 1:
            dropped.update(id(c) for c in group if c is not under_parent[0])
            continue
        def preference(c: Candidate) -> tuple[int, int]:
            entry = regions.get(("Region", c.name))
            # Townships are looked for in the document's own region only (townships.py).
            local = dict(c.attrs).get("level") == "township" or context.region is not None \
                and _lies_in(c.name, context.region)
            # Next, a place in the document's province (桂林至钟山: 贺州's 钟山县, not 六盘水's 钟山区).
            provincial = not local and entry is not None and bool(home_province) \
                and home_province in (c.name, *_ancestors(entry))
            return (0 if local else 1 if provincial else 2, _LEVEL_RANK.get(dict(c.attrs).get("level", ""), 9))
        best = min(group, key=preference)
        # Two places of one level outside the document's region (新城区 of 呼和浩特 and of 西安
        # in a 湖州 report): no reader could tell which, and the form is mostly a word there.
        if preference(best)[0] > 0 and sum(1 for c in group if preference(c) == preference(best)) > 1:
            dropped.update(id(c) for c in group)
            continue
        dropped.update(id(c) for c in group if c is not best)
    dropped.update(id(c) for c in _straddling_strangers(kept, context))
    return [c for c in kept if id(c) not in dropped]


def _is_local(name: str, context: DocumentContext) -> bool:
    """The document's region, a place in it or one it lies in (山东 in a 泰安 report)."""
    return context.region is not None and (_lies_in(name, context.region) or name in _ancestors(context.region))


def _straddling_strangers(kept: list[Candidate], context: DocumentContext) -> list[Candidate]:
    """Of two place forms that overlap across an edge (平安|阳泉 read as 安阳), the division outside
    the document's region, where the other is in it: the text names its own places, and the
    stranger is two characters that happen to meet."""
    places = sorted((c for c in kept if c.type == "Region" and c.source == "lexicon"), key=lambda c: c.start)
    strangers = []
    for i, first in enumerate(places):
        for second in places[i + 1:]:
            if second.start >= first.end:
                break
            if second.start == first.start or second.end <= first.end:
                continue  # nested, not straddling
            first_local, second_local = _is_local(first.name, context), _is_local(second.name, context)
            stranger = second if first_local else first
            # Only a division: an area may hold the document's region (成渝|中线 in a 重庆 report is no 渝中).
            if first_local != second_local and dict(stranger.attrs).get("level") in DIVISION_LEVELS:
                strangers.append(stranger)
    return strangers


_GOVERNMENT_TAIL = re.compile(r"(?:人民政府|政府|委员会|办公厅|办公室|局|厅|委|办|人大常委会|人大工委|人大|政协|党委|"
                             r"纪委|监委|行政公署|行署)$")
# The bodies a region's short form names (市委, 市人大, 盟人大工委, 行署), by their full name.
_HOST_BODY_NAMES = {
    "委": "中共{}委员会", "党委": "中共{}委员会", "政协": "中国人民政治协商会议{}委员会",
    "人大": "{}人民代表大会", "人大工委": "{}人大工作委员会", "纪委": "中共{}纪律检查委员会",
    "监委": "{}监察委员会", "行署": "{}行政公署", "行政公署": "{}行政公署",
}
# One party committee, however it is written: 中国共产党泰州市委 / 中共泰州市委 /
# 中国共产党泰州市委员会 / 泰州市委 → 中共泰州市委员会.
_PARTY_OF_REGION = r"^(?:中国共产党|中共)?(?P<region>[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗))"
_PARTY_COMMITTEE = re.compile(_PARTY_OF_REGION + r"(?:委员会|党委|委)$")
# …and its departments: 重庆市委宣传部 / 中共重庆市委员会宣传部 → 中共重庆市委宣传部.
_PARTY_DEPARTMENT = re.compile(_PARTY_OF_REGION + rf"(?P<committee>党委|委员会|委)(?P<department>{PARTY_DEPARTMENTS})$")
# What a bare level word may stand for besides the document's own region:
# the province above a city (省委 in a 南通 report), the city above a county.
_LEVEL_WORDS_UP = {"省", "自治区", "市", "州", "自治州", "盟", "地区"}
# A short host-body form nobody could name is dropped, not kept as 区委 or 省政府.
_UNNAMED_HOST = re.compile(r"(?:自治区|自治州|地区|市|省|盟|州|县|区)?(?:人民代表大会常务委员会|人大常委会|人大工委|人大|"
                           rf"人民政府|政府|政协|(?:党委|委)(?:{PARTY_DEPARTMENTS})?|纪委|监委|行政公署|行署)")


def party_committee_name(name: str) -> str:
    """中国共产党泰州市委 → 中共泰州市委员会, 重庆市委宣传部 → 中共重庆市委宣传部, when the part
    before 委 is a known region."""
    department = _PARTY_DEPARTMENT.match(name)
    if department is not None and ("Region", department.group("region")) in entries_by_name():
        committee = "党委" if department.group("committee") == "党委" else "委"
        return f"中共{department.group('region')}{committee}{department.group('department')}"
    match = _PARTY_COMMITTEE.match(name)
    if match is None or ("Region", match.group("region")) not in entries_by_name():
        return name
    return f"中共{match.group('region')}委员会"


def region_for_level(level_word: str, rest: str, context: DocumentContext) -> str:
    """The region a bare level word stands for in this document: its own region
    when the level fits (市 in a 重庆市 plan), else the nearest region above it
    that fits (省 in a city report; 区党委 is the autonomous region's). '' if none."""
    if context.region is None:
        return ""
    own = context.region.name
    if level_word == "":
        return own if rest in {"行署", "行政公署"} and own.endswith(("盟", "地区")) else ""
    if own.endswith(level_word) and not (level_word == "区" and own.endswith("自治区") and rest != "党委"):
        return own
    if level_word not in _LEVEL_WORDS_UP and not (level_word == "区" and rest == "党委"):
        return ""
    for name in _ancestors(context.region):
        if name.endswith(level_word) and (level_word != "区" or name.endswith("自治区")):
            return name
    return ""


def _organization_name(norm: str, candidate: Candidate, context: DocumentContext,
                       prefixes: dict[tuple[int, int], Candidate]) -> str:
    """重庆市政府 → 重庆市人民政府; 市发展改革委 → 重庆市发展和改革委员会 (in a 重庆
    document); a school or a lab keeps its written name (重庆城市管理职业学院)."""
    return party_committee_name(_written_organization_name(norm, candidate, context, prefixes))


def _written_organization_name(norm: str, candidate: Candidate, context: DocumentContext,
                               prefixes: dict[tuple[int, int], Candidate]) -> str:
    orgs = canonical_by_form("Organization")
    surface = normalise_form(norm[candidate.start:candidate.end])
    rest = normalise_form(norm[candidate.prefix_end:candidate.end])
    known = prefixes.get((candidate.start, candidate.prefix_end))
    if known is not None and known.type == "Organization":
        return orgs.get(surface) or known.name + rest  # 教育部 + 办公厅
    if not _GOVERNMENT_TAIL.search(rest):
        if known is None and candidate.prefix_end > candidate.start:
            # 市第一中学, 市妇幼保健院 in a 南通 report: the city's own.
            level_word = normalise_form(norm[candidate.start:candidate.prefix_end])
            region = region_for_level(level_word, rest, context)
            if region:
                return orgs.get(region + rest) or orgs.get(surface) or region + rest
            if _UNNAMED_HOST.fullmatch(surface):
                return ""  # 市委宣传部 in a provincial plan: every city's, no one body
        return orgs.get(surface, surface)
    if known is not None:
        written = normalise_form(norm[candidate.start:candidate.prefix_end])
        if written != known.name and written + "市" != known.name:
            return orgs.get(surface, surface)  # 安徽证监局 is not 安徽省证监局
        region = known.name
    else:
        level_word = normalise_form(norm[candidate.start:candidate.prefix_end])
        region = region_for_level(level_word, rest, context)
        if not region:
            return "" if _UNNAMED_HOST.fullmatch(surface) else orgs.get(surface, surface)
    if rest in _HOST_BODY_NAMES:
        full = _HOST_BODY_NAMES[rest].format(region)
    else:
        full = region + DEPARTMENT_FULL_NAMES.get(rest, rest)
    return orgs.get(full) or orgs.get(region + rest) or orgs.get(surface) or full


def _person_title(norm: str, candidate: Candidate, organizations: dict[int, Candidate]) -> str:
    if candidate.title:
        return candidate.title
    written = normalise_form(norm[candidate.start:candidate.end])
    if candidate.name and written.startswith(candidate.name) and _TITLE_AFTER.match(written[len(candidate.name):]):
        return written[len(candidate.name):]  # a lexicon alias 习近平总书记
    after = _TITLE_AFTER.match(norm, candidate.end)
    if after:
        return after.group(0)
    before = _TITLE_BEFORE.search(norm, max(0, candidate.start - 8), candidate.start)
    if before:
        org = organizations.get(before.start())
        return norm[org.start:candidate.start] if org else before.group(0)
    return ""


# What may follow a person's name: punctuation, a list mark, 同志, a title, or a
# verb of official acts. "雷厉风行" and "万里长城" fail this; "李强、赵乐际" passes.
_LIST_JOINT = re.compile(r"[、和与及等]")
_PERSON_AFTER = re.compile(
    rf"[^\u4e00-\u9fff]|、|同志|等|{TITLE_ALT}|说|表示|指出|强调|出席|会见|会谈|主持|在|同|与|和|作|发表|致|率|一行|"
    r"访问|抵达|参加|宣布|签署|代表|担任|任|出任|为|是|的|对|向|分别|一起|来到|考察|调研|希望|认为|回信|复信|"
    r"指示|批示|讲话|致辞|首先|也|还|就|应约|通电话|举行|共同|集体|亲临|莅临|亲自|视察|看望|慰问|赴|荣获|荣膺|当选|演唱会|报道|"
    # how a text honours or cites a figure of the past (张謇先生诞辰, 莫言文学艺术馆, 屈原祠)
    + FIGURE_CUES_AFTER
)
# …or with the field of their work between (陈介祺金石文化周, 皋陶法治文化).
_FIELD_THEN_FIGURE_CUE = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{FIGURE_CUES_AFTER})")
# A known figure's short name is cited so too, by the spirit a report calls on and by the
# rites held for them (雷锋精神, 杜甫诗酒文化博览园, 嵇康古琴艺术节, 仙都黄帝祭典).
_KNOWN_FIGURE_CITED = re.compile(rf"精神|祭典|祭祀|拜祖|[\u4e00-\u9fff]{{1,2}}(?:{FIGURE_CUES_AFTER}|艺术节)")
_FIGURE_PLACE_AFTER = re.compile(rf"{FIGURE_PLACES}")


def has_person_context(norm: str, candidate: Candidate, anchors: list[int] = (),
                       companions: list[int] = ()) -> bool:
    """A two-character lexicon name or a tagger's name must read as a name.

    A two-character name from the tagger needs more: a title or 同志 beside it,
    or another, surer person within a few characters (李强、赵乐际). Lists of
    nouns (科协、史志、工商联; 康养、林果) otherwise pass for names. ``companions``
    are where the other persons found in the text begin.
    """
    if norm.startswith(("主义", "学说"), candidate.end):
        return False  # 马克思主义 names a doctrine, not the man
    if candidate.source == "lexicon" and candidate.length >= 3 or candidate.source == "rule":
        return True
    if candidate.source == "lexicon" and _KNOWN_FIGURE_CITED.match(norm, candidate.end):
        return True
    if PERSON_HONOURED.match(norm, candidate.end):
        return True
    # A title written right before the name (主任董云虎严重违纪) vouches for it as
    # well as a verb after it does.
    titled_before = bool(_TITLE_BEFORE.search(norm, max(0, candidate.start - 8), candidate.start))
    if not (candidate.end >= len(norm) or _PERSON_AFTER.match(norm, candidate.end)
            # 国务院总理李强亲临: a known name right after its title is the person.
            or (titled_before and (candidate.length >= 3 or candidate.source == "lexicon"))
            or (candidate.length >= 3 and _FIELD_THEN_FIGURE_CUE.match(norm, candidate.end))):
        return False
    if candidate.source == "lexicon":
        return True
    if len(norm[candidate.start:candidate.end].replace(" ", "")) >= 3:
        # A name in a list (陆川猪、兴业茶; 保全庄、帅家营、范家营等) needs a title or
        # another person in the list (骆旭东、周昆训、倪峰): the tagger reads coined
        # products, villages and reservoirs as names when nothing says what they are.
        return (not _LIST_JOINT.match(norm, candidate.end) or titled_before
                or any(0 < abs(p - candidate.start) <= 8 for p in companions))
    if _FIGURE_PLACE_AFTER.match(norm, candidate.end):
        return True  # a home or a shrine named after them (贾谊故居, 程颢书院)
    titled = (_TITLE_AFTER.match(norm[candidate.end:candidate.end + 8]) or norm.startswith("同志", candidate.end)
              or _TITLE_BEFORE.search(norm[max(0, candidate.start - 8):candidate.start]))
    return bool(titled) or any(0 < abs(a - candidate.start) <= 8 for a in anchors)


# A firm's two-character short name that is really half of a word around it:
# 中煤 in 其中煤炭, 中建 in 集中建设, 广汽 in 推广汽车, 北大 in 北大街, 东北大学 and 鲁北大数据.
_GLUED_BEFORE_中 = set("其集当之从空途心居适高初折暗正手命眼对")
_GLUED_BEFORE = {"推广", "马上", "跟上", "加上", "装上", "赶上", "走上", "迈上", "登上", "踏上"}
_GLUED_AFTER = {"煤炭", "基地", "基础", "基金", "能源", "电网", "电站", "大街", "大门", "大荒", "大道", "大学", "大数"}


# A firm's short name that names a place instead (乐山大唐文化体验园, 葛洲坝片区).
_PLACE_AFTER = re.compile(r"文化|片区|街道|社区|不夜城|芙蓉园|遗址|[路街镇村湖桥]")


# 武警官兵, 公安干警: the people of a force thanked in a report's closing, not the body.
_PEOPLE_AFTER = re.compile(r"官兵|战士|干警|指战员")


def glued_short_form(norm: str, candidate: Candidate) -> bool:
    """True for a short organisation form that starts or ends inside another word,
    or that names a place."""
    if candidate.type != "Organization" or candidate.source != "lexicon" or candidate.length > 3:
        return False
    written = norm[candidate.start:candidate.end]
    if written[0] == "中" and norm[candidate.start - 1:candidate.start] in _GLUED_BEFORE_中:
        return True
    if norm[candidate.start - 1:candidate.start + 1] in _GLUED_BEFORE:
        return True  # 广汽 in 推广汽车, 上汽 in 马上汽车
    if _PLACE_AFTER.match(norm, candidate.end) or _PEOPLE_AFTER.match(norm, candidate.end):
        return True
    return candidate.length == 2 and norm[candidate.end - 1:candidate.end + 1] in _GLUED_AFTER


def resolve(norm: str, selected: list[Candidate], all_hits: list[Candidate],
            context: DocumentContext) -> list[Candidate]:
    """Canonical names for the selected candidates; drops what cannot be named."""
    regions_and_orgs = {(c.start, c.end): c for c in all_hits if c.source == "lexicon"
                        and c.type in {"Region", "Organization"}}
    organizations = {c.end: c for c in selected if c.type == "Organization"}
    persons_by_form = canonical_by_form("Person")
    resolved: list[Candidate] = []
    # Surer persons (lexicon names, names of three characters) vouch for a
    # two-character name from the tagger next to them.
    companions = [c.start for c in selected if c.type == "Person"]
    anchors = [c.start for c in selected if c.type == "Person"
               and (c.source != "lac" or c.length >= 3) and has_person_context(norm, c, (), companions)]
    for candidate in selected:
        if not keep_in_context(candidate, context) or glued_short_form(norm, candidate):
            continue
        if candidate.type == "Person" and not has_person_context(norm, candidate, anchors, companions):
            continue
        name = candidate.name
        title = candidate.title
        if candidate.type == "Person":
            if not name:
                written = person_name(norm[candidate.start:candidate.end])
                name = persons_by_form.get(written, written)
            title = _person_title(norm, candidate, organizations)
            written = norm[candidate.start:candidate.end]
            if written != name and written.startswith(name):
                # A lexicon alias 习近平同志 / 习近平总书记: the mention is the name;
                # the rest is the title (or the 同志 we strip).
                candidate = replace(candidate, end=candidate.start + len(name))
        elif candidate.type == "Organization" and not name:
            name = _organization_name(norm, candidate, context, regions_and_orgs)
            if not name:
                continue  # 区委 in a city report: whose, cannot be told
        elif not name:
            name = normalise_form(norm[candidate.start:candidate.end])
            if candidate.type == "Initiative":
                name = _YEAR_RANGE.sub(r"\1—\2", name)  # (2021-2023年) and (2021—2023年) are one plan
        resolved.append(replace(candidate, name=name, title=title))
    return _basins_written_whole(norm, resolved) + _general_secretary(norm, resolved)


# A river's or a lake's name (淮河, 洪湖, 柳江) ends with its kind of water.
_WATER_NAME_END = re.compile(r"[河江湖溪渠川]$")


def _basins_written_whole(norm: str, resolved: list[Candidate]) -> list[Candidate]:
    """A river or lake written before 流域 (推进淮河流域…, 洪湖流域水质改善) is mentioned as its basin:
    the mention takes 流域 in, so the node keeps 淮河流域 among its written forms. Only where the name
    read is the water's: 洪湖 read as the city 洪湖市 keeps its span."""
    starts = {c.start for c in resolved}
    widened = []
    for candidate in resolved:
        if (candidate.type == "Region" and norm.startswith("流域", candidate.end)
                and _WATER_NAME_END.search(candidate.name)
                and not any(s in starts for s in (candidate.end, candidate.end + 1))):
            candidate = replace(candidate, end=candidate.end + 2)
        widened.append(candidate)
    return widened


def _general_secretary(norm: str, resolved: list[Candidate]) -> list[Candidate]:
    """A bare 总书记 is the nearest Chinese 总书记 named before it in the part (or
    the only one named anywhere in it); a foreign one (阮富仲总书记) blocks the
    bare form from reaching past it."""
    holders: list[tuple[int, str, bool]] = []  # (position, name, is Chinese holder)
    lexicon_people = entries_by_name()
    taken = bytearray(len(norm) + 1)
    for candidate in resolved:
        taken[candidate.start:candidate.end] = b"\x01" * candidate.length
        if candidate.type != "Person":
            continue
        entry = lexicon_people.get(("Person", candidate.name))
        written_title = "总书记" in candidate.title
        holds = entry is not None and any("总书记" in t for t in entry.titles) and not dict(entry.attrs).get("foreign")
        if holds or written_title:
            holders.append((candidate.start, candidate.name, holds))
    if not holders:
        return []
    chinese = {name for _, name, holds in holders if holds}
    found: list[Candidate] = []
    for match in re.finditer("总书记", norm):
        start, end = match.span()
        if any(taken[start:end]) or (start and "\u4e00" <= norm[start - 1] <= "\u9fff"
                                     and not re.search(r"(?:的|党|和|向|对|在|是|为|同|与|及|请|受|代表|看望|感谢)$",
                                                       norm[max(0, start - 2):start])):
            continue  # written after a name or a word we cannot read: not bare
        before = [h for h in holders if h[0] < start]
        nearest = before[-1] if before else None
        if nearest is not None and nearest[2]:
            name = nearest[1]
        elif nearest is None and len(chinese) == 1:
            name = next(iter(chinese))
        else:
            continue
        found.append(Candidate(start, end, "Person", name, "rule", title="总书记"))
    return found
