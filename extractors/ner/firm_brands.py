"""Local firms named by their trade name (字号) at the head of a project.

A city report lists its firms' projects by the firm's trade name and the product:
确保三宁化工酰胺及尼龙新材料、邦普宜化配套原料…, 兴瑞年产40万吨有机硅, 推进霖润药辅
纳米纤维素等项目. No lexicon can list every local firm, and no suffix marks them; but
the trade names of registered firms are known (``lexicons/firm_brands.txt.gz``), and a
list of projects is a firm's context. So a known trade name is a firm here only

- where an item of a list, or the object of a verb of dealing with projects, begins
  (after 、, 确保, 加快, 推进 …; a county in front is the firm's place, a province or a city
  in front part of its name, as firms register it: 四川高测, 浙江景昇), and
- where its clause is about projects (项目, 基地, 二期, 年产, 投产, 开工 …), and
- where what follows is not a road, a railway, a bridge or a place named after it
  (东艳路过江通道, 宝成铁路, 钱江三桥).

A trade word or a firm's suffix right after the name belongs to it (三宁 + 化工, 锦富 +
集团), and so does a second
trade name (邦普 + 宜化, a joint venture).

The trade name of a firm the lexicon knows (人福 of 人福医药, 索通 of 索通发展) is a firm at the
head of any item of a list of projects (确保优利德、索通炭材料…等重点项目建成投产), named as
that firm; an unknown trade name needs its item to read as a firm's project.

A trade name no list has (保硕 of 保硕铝合金, 圣钒 of 圣钒四期) is read where its characters begin
no word of the language or the genre (``unknown_names``), under stricter terms: it does not end
like a place or head a park or a site, stands after no county (利辛县板集电厂), is in no clause
about roads or water works (宜攀、乐西…等高速), and stands bare only in a list that ends as one of
firms or projects (…等企业, …等项目).

An item of a list that ends so (保硕铝合金、…等企业) is a firm's project, unless it names a resort,
a street, a park or a public work (杨庙黄河里度假区, 红沙核电4号机组).
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib.resources import files

from extractors.ner.candidates import Candidate
from extractors.ner.firm_rules import (LISTED_TRADE, NAME_ENDING_LIKE_A_PLACE, PRODUCT_AFTER_INDUSTRY, SHORT_FIRM_INDUSTRY,
                                      SHORT_FIRM_NOT_BODY, SHORT_FIRM_VERB, short_firm_left, trade_name_of)
from extractors.ner.unknown_names import unknown_name_at
from extractors.sentences import clause_around

_LONGEST_NAME = 4
# What makes a word an adjective or a verb, not a large firm's trade name (先导性, 理想化).
_ADJECTIVE_ENDS = frozenset("性化型式")
_HOME_LEVELS = {"province", "prefecture"}
_HOME_NAMED_SITE = re.compile(r"[园城]|基地|中心|示范|集群")
# The clause is about projects (of firms).
_PROJECT_CLAUSE = re.compile(r"项目|基地|产业园|生产线|[一二三四五六]期|年产|扩建|技改|投产|开工|竣工|建成|上市|达产|扩产|"
                             r"做强|做优|做大|总部|等(?:[\d一二三四五六七八九十]+家)?(?:重点|龙头|骨干)?企业")
_CLAUSE_END = re.compile(r"[，。；：！？,.;:!?]")
_AFTER_BARE_NAME = set("、等和及与")
# Where short_firm_left can say "verb", "list" or "edge": a non-Han character, a particle, a verb.
_MAY_BEGIN = re.compile(r"[^\u4e00-\u9fff]|[与和同跟及对向]|" + SHORT_FIRM_VERB.pattern.removesuffix("$") + "|实施")
_PLACE_AFTER_TRADE = re.compile(r"[园区谷城港站池]|学院|大学|学校|枢纽|科技园")
_OWN_PROJECT = re.compile(r"[一二三四五六]期|基地|生产线|产业园")
_FIRM_SUFFIX = re.compile(r"股份有限公司|有限公司|集团公司|集团|公司|股份")
# What an infrastructure or a place named after the name puts right after it (至: a road from it).
_NAMED_AFTER = re.compile(r"[路街桥港湖山江河站区城巷道渠湾岛线至]|铁路|城际|高速|大道|大桥|[东西南北中]路|机场|古城|新区|片区|"
                          r"水电站|电站|水库|景区|公园|农场|茶|酒城|广场|高铁|隧道|[一二三四五六七八九十]桥|火车站|"
                          # an institute's short form (中研所), a latitude (北纬30°)
                          r"所|\d+°|"
                          # a mine or a shaft (马依东一井, 杨山煤矿)
                          r"井|矿(?![山业产])|"
                          # a school (赣东学院新校区建成投用)
                          r"学院|大学|学校|中学|小学")
# A road or a railway anywhere in the item is named after places (如通苏湖城际铁路: 如皋-南通).
_INFRASTRUCTURE = re.compile(r"铁路|城际|高速|公路|大桥|机场|航道|生态城")
# A name no list knows (unknown_names) that ends like a place (沙兰河, 格凸河: NAME_ENDING_LIKE_A_PLACE) or
# heads a place, a park or a site (亳芜现代产业园区, 北暮作业区, 潘口抽水蓄能) is that place's as often.
_UNKNOWN_PLACE_AFTER = re.compile(r"产业园|园区|工业园|合作|现代产业|新城|片区|作业区|抽水蓄能|水库|电站|古镇|景区|"
                                  r"综合保税|特殊综合|新区|示范区|集中区|公路|北?交易所|共建|矿|核电|灌区|棚户区|体育|冲浪|储气库")
# A scope or a negation opens a kind, not a name (全疆首家, 涉侨项目, 无创光疗).
_UNKNOWN_SCOPE = re.compile(r"^[全涉各本我该无非已]")
# A clause about roads, railways or water works names its works after places (宜攀、乐西…高速, 随南灌区).
_UNKNOWN_WORKS_CLAUSE = re.compile(rf"{_INFRASTRUCTURE.pattern}|快速路|灌区|水库|水利")
# What makes an item of a list of projects a place's or a public work's (杨庙黄河里度假区,
# 春申里商业街, 红沙核电4号机组, 成雅高速扩容), not a firm's.
_NOT_A_FIRMS_ITEM = re.compile(rf"{_INFRASTRUCTURE.pattern}|度假|商业街|购物|小镇|博物馆|音乐厅|乐园|[园城]|核电|堤|"
                               r"水资源|工业区|养老|科学城|营地")
# A list of bare names is one of firms only where it ends so (泉峰、威讯等企业), not 宁旌等7个高速公路.
# A list that ends as one of public works names places (临春、海罗等城市更新续建项目).
_PUBLIC_WORKS_END = re.compile(r"等[^，。；,;]{0,8}?(?:城市更新|更新|改造|安置|棚改|旧改|片区|城中村)")
_FIRM_LIST_END = re.compile(r"等(?:[\d一二三四五六七八九十百]+[个家])?[\u4e00-\u9fff]{0,4}?(?:项目|企业|公司)")


@lru_cache(maxsize=1)
def known_firm_trade_names() -> frozenset[str]:
    """The trade names of the lexicon's firms (人福 of 人福医药, 索通 of 索通发展) that one firm
    alone has and that are registered trade names, no common words of the genre (``firm_brands``)."""
    from extractors.lexicons import read_lexicon

    firms_by_trade_name: dict[str, set[str]] = {}
    for row in read_lexicon("organizations"):
        if row.get("kind") == "enterprise":
            for form in [row["name"], *(row.get("aliases") or ())]:
                if trade_name := trade_name_of(form):
                    firms_by_trade_name.setdefault(trade_name, set()).add(row["name"])
    brands = firm_brands()
    return frozenset(name for name, firms in firms_by_trade_name.items() if len(firms) == 1 and name in brands)


@lru_cache(maxsize=1)
def word_firms() -> dict[str, str]:
    """Large firms whose trade name is a common word or a place (远景, 正大, 理想): the trade name and the
    firm's name ("" where several firms share it), read only where a list of projects makes it a firm."""
    rows = files("extractors.lexicons").joinpath("word_firms.tsv").read_text(encoding="utf-8").splitlines()
    return {cells[0]: cells[1] if len(cells) > 1 else "" for row in rows
            if row and not row.startswith("#") for cells in [row.split("\t")]}


@lru_cache(maxsize=1)
def firm_brands() -> frozenset[str]:
    data = files("extractors.lexicons").joinpath("firm_brands.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def _brand_at(norm: str, start: int, brands: frozenset[str]) -> str:
    for size in range(_LONGEST_NAME, 1, -1):
        if norm[start:start + size] in brands:
            return norm[start:start + size]
    return ""


def _unknown_name(norm: str, start: int, places_at: bytearray) -> str:
    """A trade name no list knows (unknown_names), unless it reads as a kind, a scope or a place."""
    name = unknown_name_at(norm, start)
    if not name or SHORT_FIRM_NOT_BODY.search(name) or NAME_ENDING_LIKE_A_PLACE.search(name) or _UNKNOWN_SCOPE.match(name):
        return ""
    end = start + len(name)
    if any(places_at[start:end]) or _UNKNOWN_PLACE_AFTER.match(norm, end):
        return ""
    return name


def _project_word_ahead(norm: str) -> bytearray:
    """1 where a word of projects (_PROJECT_CLAUSE) may still follow in the clause: a name
    read there is kept only so, and most of a text's clauses have none, so the names
    need not be read at all."""
    ahead = bytearray(len(norm) + 1)
    clause_start = 0
    for clause_end in [m.start() for m in _CLAUSE_END.finditer(norm)] + [len(norm)]:
        # The last of the leftmost matches ends past every match that begins in the clause.
        last_end = max((m.end() for m in _PROJECT_CLAUSE.finditer(norm, clause_start, clause_end)), default=0)
        if last_end:
            ahead[clause_start:last_end] = b"\x01" * (last_end - clause_start)
        clause_start = clause_end + 1
    return ahead


def brand_firms(norm: str, lexicon_hits: list[Candidate], places: list[Candidate] = ()) -> list[Candidate]:
    """Trade names at the head of a project in a list of projects: known ones, and runs of
    characters that begin no word (unknown_names). ``places``: townships and other places that
    only the document's context makes names (沙兰 in a 牡丹江 report)."""
    named_firms = word_firms()
    brands = firm_brands() | named_firms.keys()
    known_firms = known_firm_trade_names() | named_firms.keys()
    covered = bytearray(len(norm) + 1)
    for hit in lexicon_hits:
        if hit.length >= 2:
            covered[hit.start:hit.end] = b"\x01" * hit.length
    places_at = bytearray(len(norm) + 1)
    for place in places:
        places_at[place.start:place.end] = b"\x01" * place.length
    county_ends = {hit.end: hit.start for hit in lexicon_hits
                   if hit.type == "Region" and dict(hit.attrs).get("level") == "county"}
    # A province or a city in front is part of the firm's name (厦门光莆, 浙江景昇), as firms
    # register it; a county in front is the firm's site.
    home_ends = {hit.end: hit.start for hit in lexicon_hits
                 if hit.type == "Region" and dict(hit.attrs).get("level") in _HOME_LEVELS}
    # Only where a name may begin: after a boundary, a particle, a verb, a county or a home.
    starts = sorted({m.end() for m in _MAY_BEGIN.finditer(norm)} | set(county_ends) | set(home_ends))
    project_ahead = _project_word_ahead(norm)
    found = []
    for start in starts:
        if start >= len(norm) - 1 or covered[start] or not "\u4e00" <= norm[start] <= "\u9fff" \
                or not project_ahead[start]:
            continue
        brand = _brand_at(norm, start, brands)
        unknown = not brand and _unknown_name(norm, start, places_at)
        brand = brand or unknown
        if not brand:
            continue
        word_firm = brand in named_firms
        if word_firm and norm[start + len(brand):start + len(brand) + 1] in _ADJECTIVE_ENDS:
            continue  # 先导性重大项目: the word, made an adjective
        home = home_ends.get(start) if start not in county_ends else None
        left = short_firm_left(norm, home if home is not None else start, county_ends) \
            or ("verb" if norm.endswith("实施", 0, start) else "")
        end = start + len(brand)
        # Two trade names together name a joint venture (邦普宜化); not after a large firm's trade name:
        # 凯盛 + 聚芳醚酮新材料 is the firm and its product.
        partner = "" if unknown or word_firm else _brand_at(norm, end, brands)
        partner = partner if len(brand) + len(partner) <= 6 else ""
        # …and a coined word that closes the item with it (欧冶链金、大地海科等…项目).
        coined = "" if partner or unknown or word_firm else unknown_name_at(norm, end)
        partner = partner or (coined if len(coined) == 2 and norm[end + 2:end + 3] in _AFTER_BARE_NAME
                              and not NAME_ENDING_LIKE_A_PLACE.search(coined) else "")  # not 净瓶山桥
        end += len(partner)
        trade = SHORT_FIRM_INDUSTRY.match(norm, end) or LISTED_TRADE.match(norm, end) or _FIRM_SUFFIX.match(norm, end)
        # A trade word that opens the product is the product's (屹丰新能源汽车零部件, 天通储能电池), not the firm's.
        trade = None if trade and PRODUCT_AFTER_INDUSTRY.match(norm, trade.end()) else trade
        if left not in {"verb", "list", "edge"}:
            continue
        if any(covered[start:end]) or _NAMED_AFTER.match(norm, end):
            continue
        # 化工园区, 科技学院: a place or a school named after the firm's trade; but a known trade
        # name before it makes 景津环保装备 the firm's equipment, not a kind.
        if trade and _PLACE_AFTER_TRADE.match(norm, trade.end()):
            continue
        clause_end = _CLAUSE_END.search(norm, end)
        clause_end = clause_end.start() if clause_end else len(norm)
        if not _PROJECT_CLAUSE.search(norm, end, clause_end):
            continue
        # The item itself reads as a firm's project: the name has its trade word or a partner, stands
        # bare in the list (南玻、德金等项目), or its item names the project (兴瑞年产…,
        # 宏济堂商河产业基地); not 深空深海探测, a field in a list of them.
        item_end = norm.find("、", end, clause_end)
        item_end = clause_end if item_end < 0 else item_end
        bare = norm[end:end + 1] in _AFTER_BARE_NAME or end == clause_end
        if bare and _PUBLIC_WORKS_END.search(norm, end, clause_end):
            continue
        if unknown:
            # An unknown name: not in a clause about roads or railways (宜攀、乐西…高速), not a
            # township after its county (利辛县板集电厂) or a product (沾化冬枣) without a trade word,
            # and bare only in a list that ends as one of firms.
            if _UNKNOWN_WORKS_CLAUSE.search(norm, clause_around(norm, start)[0], clause_end) or \
                    (start in county_ends and not trade):
                continue
            bare = bare and bool(_FIRM_LIST_END.search(norm, end, clause_end))
        known_firm = brand in known_firms and not partner and not _INFRASTRUCTURE.search(norm, end, item_end)
        # An item of a list that ends as one of firms or projects (保硕铝合金、…等企业) is a firm's.
        firm_list = left == "list" or (norm[item_end:item_end + 1] == "、" and left == "verb")
        firm_list = firm_list and bool(_FIRM_LIST_END.search(norm, end, clause_end)) \
            and not _NOT_A_FIRMS_ITEM.search(norm, end, item_end)
        if not (trade or partner or bare or known_firm or firm_list or _PROJECT_CLAUSE.search(norm, end, item_end)):
            continue
        # After a comma (edge), only a name with its trade word, or at the head of its own
        # project (正奇电池片一期, 泉峰智能制造产业基地一期), reads as a firm.
        if left == "edge" and not (trade or _OWN_PROJECT.search(norm, end, item_end)):
            continue
        # A park, a base or a cluster named after its place (河池药融园, 郴州陆港物流基地, 广西粉用稻米…
        # 产业集群) is no firm's project.
        if home is not None and _HOME_NAMED_SITE.search(norm, end, item_end):
            continue
        first = home if home is not None else start
        # A large firm's trade name alone (正大生猪全产业链) names the firm; with a trade word after it
        # (华峰新材料), its local company.
        name = named_firms.get(brand, "") if home is None and not trade and not partner else ""
        found.append(Candidate(first, trade.end() if trade else end, "Organization", name, "rule", prefix_end=first))
    return found
