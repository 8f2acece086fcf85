"""Candidate spans proposed by the NER components, and how overlaps are settled.

Every component (lexicon, rules, statistical tagger) proposes ``Candidate``s with
offsets into the part's normalised text. ``select_candidates`` keeps the longest
non-overlapping ones, so 渝东北三峡库区城镇群 beats 渝东北 and 重庆市人民政府 beats
重庆市; at equal length the more trusted source wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Confidence by source (the brief's scale): a curated lexicon entry is more
# trustworthy than a pattern, which is more trustworthy than the tagger.
CONFIDENCE = {"lexicon": 0.95, "rule": 0.85, "lac": 0.6, "hanlp": 0.6}
_SOURCE_RANK = {"lexicon": 3, "rule": 2, "lac": 1, "hanlp": 1}

Attrs = tuple[tuple[str, str | int | float | bool], ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int        # offsets into DocumentPart.norm
    end: int
    type: str         # Person / Organization / Region / Initiative
    name: str         # canonical name if known, else "" (resolution fills it)
    source: str       # lexicon / rule / lac / hanlp
    title: str = ""   # Person: the title written with the name
    attrs: Attrs = ()
    # Region lexicon hits for a form that is also a common word are only kept
    # when the document's region makes them plausible; a Person from a loose
    # pattern only when the lexicon or the tagger finds the same name (see resolution).
    needs_context: bool = False
    # A region form that needs context only for being a short county name, not a
    # common word (江阴, 昆山): a neighbouring place (江阴—靖江) vouches for it.
    place_like: bool = False
    # Organization rules: where the region prefix ends (市|发展改革委), so that
    # resolution can put the document's region in front of a bare 市/省.
    prefix_end: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.source]


def _rank(candidate: Candidate) -> tuple[int, int, int, int]:
    # Longest first; then the trusted source; then a titled Person; then leftmost.
    return (-candidate.length, -_SOURCE_RANK[candidate.source], -len(candidate.title), candidate.start)


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates in text order.

    A title found by a rule is carried over to the lexicon hit on the same span.
    """
    titles = {(c.start, c.end): c.title for c in candidates if c.type == "Person" and c.title}
    taken = bytearray(max((c.end for c in candidates), default=0))
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=_rank):
        if candidate.length <= 0 or any(taken[candidate.start:candidate.end]):
            continue
        taken[candidate.start:candidate.end] = b"\x01" * candidate.length
        if candidate.type == "Person" and not candidate.title and (candidate.start, candidate.end) in titles:
            candidate = replace(candidate, title=titles[(candidate.start, candidate.end)])
        kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end))


def hosts_by_position(hosts: list[Candidate]) -> dict[int, Candidate]:
    """Character position -> the selected name that covers it (the later one where two overlap)."""
    host_of: dict[int, Candidate] = {}
    for host in hosts:
        for i in range(host.start, host.end):
            host_of[i] = host
    return host_of


def within_one_host(candidate: Candidate, host_of: dict[int, Candidate]) -> bool:
    """Inside a name, not straddling two of them."""
    host = host_of.get(candidate.start)
    return host is not None and host is host_of.get(candidate.end - 1)


# A school, a university or a hospital named after a place (长春理工大学, 南京大学附属中学).
_NAMED_AFTER_A_PLACE = re.compile(r"(?:大学|学院|研究院|医院|中学|小学|实验室)")


# The end of a firm's short or legal name (苏中药业, 长江存储有限公司).
_FIRM_NAME_END = re.compile(r"(?:药业|制药|化工|电子|科技|能源|材料|物流|集团|公司|股份|实业|控股|电力|煤电|钢铁|汽车|存储)$")


# A historic site named after an old city (柳州城遗址 in an 恩施 report, 阜阳古城遗址): the old
# city, not today's division of that name.
_SITE_END = re.compile(r"(?:遗址|遗址公园|故城|城址)$")
_OLD_CITY = re.compile(r"古?城|故城")


# The heads of natural places' names (佛顶山, 野鸭湖, 格凸河).
_NATURAL_HEADS = frozenset("山湖河江岭峰溪洞泉潭岛湾峡")


def nested_regions(selected: list[Candidate], candidates: list[Candidate], norm: str = "") -> list[Candidate]:
    """Lexicon regions written inside a selected organisation or initiative
    (荣昌 in 重庆（荣昌）生猪大数据中心, 长江经济带 in 长江经济带绿色发展), and places
    found by rule where such a name begins (古盐运河 in 古盐运河广场提质工程): the name
    mentions the place too. Longest first, without overlaps."""
    # A zone named by rule (延庆种业创新示范区) or read by the tagger (莱州银海化工园区) names its place too.
    # A firm's name from the lexicon is a brand (阿里云, 长安汽车, 宁德时代 + 新能源), and an
    # international body's is a name (上海合作组织 is no body of 上海): the place in it is not mentioned.
    hosts = [c for c in selected if (c.type in {"Organization", "Initiative"}
                                     and not (c.name and dict(c.attrs).get("kind") in {"enterprise", "international"}))
             or (c.type == "Region" and (c.source == "rule"
                                         or c.source in {"lac", "hanlp"} and dict(c.attrs).get("level") == "zone"))]
    if not hosts:
        return []
    host_of = hosts_by_position(hosts)
    # A place found by rule that opens a project or organisation name counts too
    # (通南地区 in 通南地区引排能力提升工程); inside it, it is as often a kind of place.
    # So does one that opens a quarter the tagger reads (大王山 in 大王山片区).
    opens_name = {host.start for host in hosts if host.type in {"Organization", "Initiative"}
                  or host.source in {"lac", "hanlp"}}
    # So does a mountain or a lake that opens an area named after it (佛顶山 in 佛顶山国家级自然保护区);
    # three characters at least, not a pair of abbreviations (沪湖 in 沪湖产业协作示范区).
    opens_area = {host.start for host in hosts if host.type == "Region" and dict(host.attrs).get("level") == "area"}
    # Provinces named by their abbreviations (粤 and 桂 in 粤桂协作) count inside a name too.
    regions = [c for c in candidates if c.type == "Region"
               and (c.length >= 2 or c.source == "rule" and dict(c.attrs).get("level") == "province")
               and (c.source == "lexicon" or dict(c.attrs).get("level") in {"township", "province"}
                    or (c.source == "rule" and dict(c.attrs).get("level") in {"area", "zone"}
                        and (c.start in opens_name
                             or (c.start in opens_area and c.length >= 3 and norm[c.end - 1:c.end] in _NATURAL_HEADS))))
               and within_one_host(c, host_of)]
    # 大香格里拉经济圈, 泛珠三角区域: one character before the place makes the area
    # something wider than it, not a mention of 香格里拉市.
    regions = [c for c in regions if not (host_of[c.start].type == "Region" and c.start == host_of[c.start].start + 1)]
    chosen = {(c.start, c.end) for c in selected}
    regions = [c for c in regions if (c.start, c.end) not in chosen]  # a rule's township is its own host
    # 长春 in 长春理工大学中山研究院, 太湖 in 太湖实验室: a school, a hospital or a lab named after a place
    # does not mention it (the school may stand anywhere); the document's own places are named elsewhere.
    if norm:
        regions = [c for c in regions if not (host_of[c.start].type == "Organization"
                                              and c.start == host_of[c.start].start
                                              and _NAMED_AFTER_A_PLACE.search(norm, host_of[c.start].start,
                                                                              host_of[c.start].end))]
    # 苏中 in 苏中药业, 皖北 in 皖北煤电: an area is a firm's brand, not where it stands.
    brands = [c for c in regions if host_of[c.start].type == "Organization" and c.start == host_of[c.start].start
              and dict(c.attrs).get("level") == "area"
              and _FIRM_NAME_END.search(norm, host_of[c.start].start, host_of[c.start].end)]
    # …nor is the county inside it (嘉陵 in 嘉陵江文化旅游投资集团).
    regions = [c for c in regions if not any(b.start <= c.start and c.end <= b.end for b in brands)]
    if norm:
        regions = [c for c in regions if not (host_of[c.start].type == "Region" and _OLD_CITY.match(norm, c.end)
                                              and _SITE_END.search(norm, host_of[c.start].start, host_of[c.start].end))]
    # 黄石 in 黄石盘水库, 青峪 in 青峪口水库: a place one character short of a water's or a hill's head is the
    # first half of its name, not where it lies (宜丰 in 宜丰棠浦河 leaves a name of two).
    if norm:
        regions = [c for c in regions if not (host_of[c.start].type == "Region" and c.start == host_of[c.start].start
                                              and _natural_head_start(norm, host_of[c.start]) == c.end + 1)]
    # 中山 in 孙中山故居纪念馆 is part of a person's name.
    in_person = {i for c in candidates if c.type == "Person" and c.source == "lexicon" for i in range(c.start, c.end)}
    regions = [c for c in regions if not in_person.intersection(range(c.start, c.end))]
    named = select_candidates([c for c in regions if c.source == "lexicon"])
    # Townships found by rule count too (察隅县下察隅镇军民一体化试点 names 下察隅镇),
    # where no known place is written (恩阳古镇 names 恩阳, not a township).
    # A zone found by rule holds its place (宁国经开区 in 宁国经开区省级碳达峰试点): both are mentioned.
    townships = [c for c in regions if c.source != "lexicon"
                 and not any(n.start < c.end and c.start < n.end
                             and not (c.start <= n.start and n.end <= c.end and c.length > n.length)
                             for n in named)]
    return sorted(named + select_candidates(townships), key=lambda c: (c.start, c.end))


def _natural_head_start(norm: str, host: Candidate) -> int:
    """Where the head of a natural place or a reservoir ending ``host`` begins (盘|水库, 棠浦|河), or -1."""
    if norm.endswith("水库", host.start, host.end):
        return host.end - 2
    return host.end - 1 if norm[host.end - 1:host.end] in _NATURAL_HEADS else -1


# Firms, schools and media lend their names to what they found (科大讯飞医疗人工智能研究院);
# an organ's short form inside a local organ is that organ's own (市发改委 is no 国家发改委).
_NESTABLE_KINDS = {"enterprise", "school", "media", "international"}
# What a body's branch in a place is called after the place's name (东南大学国家技术转移淮安分中心);
# a great hospital's branch a region hosts is a 医院 (山东省立医院菏泽医院, 浙大二院嘉兴医院).
BRANCH = re.compile(r"分中心|分行|分院|分站|运营中心|区域中心|中心|医院")
_BUILT_FOR = re.compile(r"(?:新院区|新校区|新馆|新址|总院)?(?:改扩建|扩建|新建|迁建|搬迁|改造|建设|一期|二期|三期)")


_OPENING_MARKS = ("“", "《", "\"", "「")


def nested_organizations(selected: list[Candidate], candidates: list[Candidate], norm: str = "") -> list[Candidate]:
    """Known organisations written inside a name found by rule (科大讯飞 in
    科大讯飞医疗人工智能研究院, 复旦大学 in 复旦大学附属华山医院, 华为 in a project):
    the text names them too. Not inside a lexicon name, which holds its own
    parents (中共中央 in 中共中央办公厅 is the same body's name, not a mention)."""
    hosts = [c for c in selected if c.source == "rule" and c.type in {"Organization", "Initiative", "Region"}]
    if not hosts:
        return []
    host_of = hosts_by_position(hosts)
    inner = [c for c in candidates if c.type == "Organization" and c.source == "lexicon" and c.length >= 2
             and not c.needs_context and within_one_host(c, host_of)
             and (dict(c.attrs).get("kind") in _NESTABLE_KINDS
                  # a ministry that runs a programme (财政部隐性债务化解试点) is named by it
                  or (dict(c.attrs).get("kind") == "ministry" and host_of[c.start].type == "Initiative"))
             and (c.start, c.end) != (host_of[c.start].start, host_of[c.start].end)
             # a park or a site is named after the firm that opens it (中车农机产业园, 安琪生物科技园)
             and (host_of[c.start].type != "Region" or c.start == host_of[c.start].start)]
    # A body found by rule that opens a building project (市老年大学改扩建工程, 市中医院新院区建设项目)
    # is the body the project builds for: named too.
    inner += [c for c in candidates if c.type == "Organization" and c.source == "rule" and c.length >= 4
              and not c.needs_context and within_one_host(c, host_of) and host_of[c.start].type == "Initiative"
              and c.start == host_of[c.start].start and _BUILT_FOR.match(norm, c.end)] if norm else []
    # The parent that opens a branch's name (北京安贞医院 of 北京安贞医院南充医院) is a body the text names.
    places_at = {c.start: c for c in candidates if c.type == "Region"}
    inner += [c for c in candidates if c.type == "Organization" and c.source == "rule" and c.length >= 4
              and not c.needs_context and within_one_host(c, host_of) and host_of[c.start].type == "Organization"
              and c.start == host_of[c.start].start and c.end in places_at
              and BRANCH.fullmatch(norm, places_at[c.end].end, host_of[c.start].end)] if norm else []
    # A two-character short form (北大) only where the name begins: inside it, it
    # is as often half of two words (鲁北|大数据中心). An opening quote does not count (“华为+三大运营商”).
    inner = [c for c in inner if c.length > 2 or c.start == host_of[c.start].start
             or c.start == host_of[c.start].start + 1 and norm[c.start - 1:c.start] in _OPENING_MARKS]
    # A firm named by a group's short name and a trade word (天合 + 石油, 马钢 + 物流) is a
    # firm of its own, often no part of that group: the short name is its name, no mention.
    inner = [c for c in inner if not _firm_named_after(c, host_of[c.start])]
    # A short form that begins inside a place's name is half of that place and a word (湖|南理工|学院:
    # 湖南理工学院, not 南京理工大学).
    place_insides = {at for c in candidates if c.type == "Region" for at in range(c.start + 1, c.end)}
    inner = [c for c in inner if c.start not in place_insides]
    return select_candidates(inner)


def _firm_named_after(inner: Candidate, host: Candidate) -> bool:
    return (host.type == "Organization" and host.start == inner.start and host.end - inner.end <= 3
            and dict(host.attrs).get("kind") == "enterprise")
