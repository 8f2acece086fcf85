"""Local firms named by their trade name (字号) at the head of a project.

A city report lists its firms' projects by the firm's trade name and the product:
确保三宁化工酰胺及尼龙新材料、邦普宜化配套原料…, 兴瑞年产40万吨有机硅, 推进霖润药辅
纳米纤维素等项目. No lexicon can list every local firm, and no suffix marks them; but
the trade names of registered firms are known (``lexicons/firm_brands.txt.gz``), and a
list of projects is a firm's context. So a known trade name is a firm here only

- where an item of a list, or the object of a verb of dealing with projects, begins
  (after 、, 确保, 加快, 推进 …; a county in front is the firm's place), and
- where its clause is about projects (项目, 基地, 二期, 年产, 投产, 开工 …), and
- where what follows is not a road, a railway, a bridge or a place named after it
  (东艳路过江通道, 宝成铁路, 钱江三桥).

A trade word or a firm's suffix right after the name belongs to it (三宁 + 化工, 锦富 +
集团), and so does a second
trade name (邦普 + 宜化, a joint venture).

The trade name of a firm the lexicon knows (人福 of 人福医药, 索通 of 索通发展) is a firm at the
head of any item of a list of projects (确保优利德、索通炭材料…等重点项目建成投产), named as
that firm; an unknown trade name needs its item to read as a firm's project.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib.resources import files

from extractors.ner.candidates import Candidate
from extractors.ner.firm_rules import SHORT_FIRM_INDUSTRY, SHORT_FIRM_VERB, short_firm_left, trade_name_of

_LONGEST_NAME = 4
# The clause is about projects (of firms).
_PROJECT_CLAUSE = re.compile(r"项目|基地|产业园|生产线|[一二三四五六]期|年产|扩建|技改|投产|开工|竣工|建成|上市|达产|扩产|"
                             r"做强|做优|做大")
_CLAUSE_END = re.compile(r"[，。；：！？,.;:!?]")
_AFTER_BARE_NAME = set("、等和及与")
# Where short_firm_left can say "verb", "list" or "edge": a non-Han character, a particle, a verb.
_MAY_BEGIN = re.compile(r"[^\u4e00-\u9fff]|[与和同跟及对向]|" + SHORT_FIRM_VERB.pattern.removesuffix("$") + "|实施")
_PLACE_AFTER_TRADE = re.compile(r"[园区谷城港站池]|学院|大学|学校|枢纽|科技园")
_OWN_PROJECT = re.compile(r"[一二三四五六]期|基地|生产线|产业园")
_FIRM_SUFFIX = re.compile(r"股份有限公司|有限公司|集团公司|集团|公司|股份")
# What an infrastructure or a place named after the name puts right after it.
_NAMED_AFTER = re.compile(r"[路街桥港湖山江河站区城巷道渠湾岛线]|铁路|城际|高速|大道|大桥|[东西南北中]路|机场|古城|新区|片区|"
                          r"水电站|电站|水库|景区|公园|农场|茶|酒城|广场|高铁|隧道|[一二三四五六七八九十]桥|火车站|"
                          # an institute's short form (中研所), a latitude (北纬30°)
                          r"所|\d+°")
# A road or a railway anywhere in the item is named after places (如通苏湖城际铁路: 如皋-南通).
_INFRASTRUCTURE = re.compile(r"铁路|城际|高速|公路|大桥|机场|航道|生态城")


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
def firm_brands() -> frozenset[str]:
    data = files("extractors.lexicons").joinpath("firm_brands.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def _brand_at(norm: str, start: int, brands: frozenset[str]) -> str:
    for size in range(_LONGEST_NAME, 1, -1):
        if norm[start:start + size] in brands:
            return norm[start:start + size]
    return ""


def brand_firms(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Known trade names at the head of a project in a list of projects."""
    brands = firm_brands()
    known_firms = known_firm_trade_names()
    covered = bytearray(len(norm) + 1)
    for hit in lexicon_hits:
        if hit.length >= 2:
            covered[hit.start:hit.end] = b"\x01" * hit.length
    county_ends = {hit.end: hit.start for hit in lexicon_hits
                   if hit.type == "Region" and dict(hit.attrs).get("level") == "county"}
    # Only where a name may begin: after a boundary, a particle, a verb or a county.
    starts = sorted({m.end() for m in _MAY_BEGIN.finditer(norm)} | set(county_ends))
    found = []
    for start in starts:
        if start >= len(norm) - 1 or covered[start] or not "\u4e00" <= norm[start] <= "\u9fff":
            continue
        brand = _brand_at(norm, start, brands)
        if not brand:
            continue
        left = short_firm_left(norm, start, county_ends) or ("verb" if norm.endswith("实施", 0, start) else "")
        end = start + len(brand)
        # Two trade names together name a joint venture (邦普宜化).
        partner = _brand_at(norm, end, brands)
        partner = partner if len(brand) + len(partner) <= 6 else ""
        end += len(partner)
        trade = SHORT_FIRM_INDUSTRY.match(norm, end) or _FIRM_SUFFIX.match(norm, end)
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
        known_firm = brand in known_firms and not partner and not _INFRASTRUCTURE.search(norm, end, item_end)
        if not (trade or partner or bare or known_firm or _PROJECT_CLAUSE.search(norm, end, item_end)):
            continue
        # After a comma (edge), only a name with its trade word, or at the head of its own
        # project (正奇电池片一期, 泉峰智能制造产业基地一期), reads as a firm.
        if left == "edge" and not (trade or _OWN_PROJECT.search(norm, end, item_end)):
            continue
        found.append(Candidate(start, trade.end() if trade else end, "Organization", "", "rule", prefix_end=start))
    return found
