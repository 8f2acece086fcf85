"""Organisations no lexicon or rule knows, as the statistical tagger reads them.

Schools, plants and firms of one city (峨眉二中, 零陵卷烟厂, 江南实验学校, 明睿陶瓷,
华晟物流) are named once and in no list. LAC's ORG tag finds them, but most of its
ORG tags in policy prose are slogans and kinds (新时代党, 普惠, 公办幼儿园), and it
reads ~26k characters a second, too slow for whole reports. So:

- it reads only the *clause* before a head word that no name found so far covers:
  an institution's head (学校, 中学, 二中, 研究院, 卷烟厂, 集团, 公司, 办 …) or a
  firm's trade word (陶瓷, 物流, 新能源); about a tenth of a report;
- an ORG span is kept only when it ends in that head, is four characters or
  more, holds no joiner, verb or grade of a phrase (等, 、, 帮扶, 共建, 一流), is no
  facility, rank or building (交易中心, 副中心, 世贸中心), no kind (国家重点实验室,
  社区医院), and, before a trade word, has a trade name of
  two or three characters that is no place, no kind and no common word
  (集成科技, 宝丰储能 and 中国科技 are phrases, 吉晟生物 is a firm).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.ner.candidates import Candidate
from extractors.ner.firm_rules import SHORT_FIRM_INDUSTRY, SHORT_FIRM_NOT_BODY
from extractors.ner.gazetteer import canonical_by_form
from extractors.ner.org_words import BEFORE_BAN_IN_A_VERB
from extractors.ner.statistical import tag_windows
from extractors.ner.unknown_names import words

# The last word of an institution's or a body's name.
_INSTITUTION_HEAD = (r"集团|公司|学校|学院|中学|小学|[一二三四五六七八九十]中|职中|研究院|研究所|实验室|"
                     r"医院|酒店|宾馆|卷烟厂|[店办]|银行|商会|协会|联合会|中心")
_HEAD = re.compile(rf"(?:{_INSTITUTION_HEAD})|{SHORT_FIRM_INDUSTRY.pattern}")
_INSTITUTION_AT_END = re.compile(rf"(?:{_INSTITUTION_HEAD})$")
_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]中")
# Words that end in 一 before 中 (知行合一中, 统一中): a list, since 江一, 山一 are dictionary words
# too and begin 内江一中, 乐山一中.
_WORDS_ENDING_IN_ONE = frozenset({"合一", "统一", "唯一", "专一", "同一", "万一", "归一", "之一", "划一"})
_TRADE_AT_END = re.compile(rf"(?:{SHORT_FIRM_INDUSTRY.pattern})$")
# Centres that are places or services, not bodies (三峡国际游轮中心, 柑橘交易中心, 鲁北大数据中心).
_FACILITY = re.compile(r"(?:交易|游轮|文化|数据|算力|运动|运行|物流|会展|产业|商务|体育|活动|购物|文体|服务|营销|"
                       r"展示|配送|调度|航运|贸易|金融|商贸|消费|国际化|集散|分拨|货运|快运|邻里|健身|计算|超算|"
                       # a rank or a branch, not a body (成渝科创副中心, 紫霄城市新中心, 山西分中心)
                       r"智算|清关|监管|展销|保供|储备|调峰|[副新分]|"
                       # a building or a complex (重庆陆海国际中心, 德基世贸中心)
                       r"国际|世贸)中心$")
# Joiners and verbs that make the span a phrase (永州四中对口帮扶道县一中, 南医大共建…研究院,
# 管委会+平台公司), generic bodies (大湾区商协会, 镇街公办学校) and a clause's left-overs (地高水平医院,
# 沪国家实验室 of 在沪国家实验室).
_PHRASE = re.compile(r"[等和与及的、+]|共建|公办|帮扶|对口|商协会|^[地镇]|^[\u4e00-\u9fff]国家|"
                     # a grade, not a name (省一流技师学院, 高水平医院)
                     r"一流|高水平|优质|示范|标杆|星级")
# A verb in front: the clause's predicate taken into the name (投用中医药学院, 力推市城发集团).
_VERB_FIRST = re.compile(r"^(?:投用|运营|开工|新开工|力推|建强|建优|建成|认定|续建|新建|组建|联合|打造|推动|创建|加快|支持|"
                         r"依托|建设|引进|实施|推进|提升|培育|争创|发挥|设立|成立|启用|高标准|高质量)")
# Words that name a kind of body, not one body (国家重点实验室, 社区医院, 城投公司, 现代产业学院,
# 市属教育集团): a name made of these and its head alone is a kind. A longer word before
# the shorter one it begins with (市属 before 市): alternatives are tried in order. Grades (一流, 高水平)
# never get here: _PHRASE refuses them first.
_KIND_WORDS = re.compile(
    r"国家|国际|全国|中国|省级|市级|县级|区级|地级|市属|省属|县属|自治区|省|市|县|区|镇|乡|村|社区|街道|城市|农村|乡村|园区|工业|"
    r"公立|民办|三甲|三乙|研究型|现代|未来|产业|重点|企业|技术|创新|科技|科创|双创|职业|技师|技工|"
    r"特殊|特教|教育|职教|医疗|人民|中医|妇幼|儿童|口腔|专科|综合|公共|人才|发展|科学|医学|检测|检验|质检|疾控|"
    r"急救|指挥|服务|挂牌|上市|新三板|私募|公募|股权|投资|基金|管理|城投|城建|城发|投控|产投|金控|强村|共富|合作社|"
    r"新能源|能源|数字|大数据|文旅|康养|旅游|文化|传媒|交易|物流|水业|融合|核心|重大|新型|应急|卓越|工程师|"
    r"[一二三四五六七八九十]|第|附属|联合|国有|平台|实体|[A-Z]+|"
    # the levels of schooling (大中小学, 中小学: all schools, no school)
    r"大中|中|"
    # the second name every Party school bears (市委党校（行政学院）)
    r"行政")
_CLAUSE_STOP = re.compile(r"[，。；：！？、,;:!?()（）“”《》\n]")
# 市人民医院 in a city's report is the city's: the level written alone stands for its own
# region (县级人民医院 and 市属 are kinds).
_OWN_LEVEL = set("市省州县区盟旗")
_SHORTEST = 4
_LONGEST_TRADE_NAME = 3
# How far back a clause is read before its head.
_REACH = 30


def org_windows(norm: str, sentences: Iterable[tuple[int, int]], covered: bytearray) -> list[tuple[int, int]]:
    """Merged windows: each uncovered head with its clause, within its sentence."""
    windows: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        for head in _HEAD.finditer(norm, s_start, s_end):
            if covered[head.start()]:
                continue
            stops = [stop.end() for stop in _CLAUSE_STOP.finditer(norm, max(s_start, head.start() - _REACH),
                                                                 head.start())]
            lo = stops[-1] if stops else max(s_start, head.start() - _REACH)
            stop = _CLAUSE_STOP.search(norm, head.end(), s_end)
            hi = stop.start() if stop else s_end
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
    return windows


def is_kind(body: str, head: str) -> bool:
    """The words before the head are all words of kind (国家重点, 县级人民, 技工教育).
    A city's own body (市人民医院, 市疾控中心) and a group of firms (文旅集团, 城投集团:
    the city's, as reports name them) are one body each."""
    if head == "集团":
        # …but firms' groups by rank are a kind (供应链企业核心集团, 龙头企业集团).
        return _GROUP_BY_RANK.search(body) is not None
    if body[:1] in _OWN_LEVEL and body[1:2] not in ("级", "属"):
        return False
    return not _KIND_WORDS.sub("", body)


_GROUP_BY_RANK = re.compile(r"企业|核心|龙头|骨干")


def is_tagged_org(name: str) -> bool:
    """An ORG span of the tagger that names a body: it ends in a head and is no phrase."""
    if len(name) < _SHORTEST or _PHRASE.search(name) or _VERB_FIRST.search(name):
        return False
    institution = _INSTITUTION_AT_END.search(name)
    if institution:
        # 知行合一中: the numeral of a school's number (宁远一中) ends a word (合一), not a name.
        at = institution.start()
        if _NUMBERED_SCHOOL.fullmatch(institution.group()) and name[at - 1:at + 1] in _WORDS_ENDING_IN_ONE:
            return False
        # 亚运协办: 办 ends a verb of hosting or handling (协办, 承办, 交办), not an office's name.
        if institution.group() == "办" and name[at - 1:at] in BEFORE_BAN_IN_A_VERB:
            return False
        return not _FACILITY.search(name) and not is_kind(name[:at], institution.group())
    trade = _TRADE_AT_END.search(name)
    if trade is None:
        return False
    trade_name = name[:trade.start()]
    return (2 <= len(trade_name) <= _LONGEST_TRADE_NAME and trade_name not in canonical_by_form("Region")
            and not SHORT_FIRM_NOT_BODY.search(trade_name) and trade_name not in words())


# A verb and its complement (做实, 压实, 做强, 建好): the tagger may read the complement as the
# first character of a name (做实 | 城市医疗集团).
_VERB_COMPLEMENT = re.compile(r"[做压夯抓落建办用管][实强优大好深精细活美]")


def _cuts_a_word(norm: str, start: int) -> bool:
    """The span begins with the complement of a verb before it (做深做实城市医疗集团)."""
    return bool(_VERB_COMPLEMENT.fullmatch(norm, max(0, start - 1), start + 1))


def tag_orgs(norm: str, sentences: Iterable[tuple[int, int]], found: list[Candidate]) -> list[Candidate]:
    """The tagger's organisations in clauses whose head no candidate in ``found`` covers."""
    covered = bytearray(len(norm))
    for candidate in found:
        if candidate.type == "Organization":
            covered[candidate.start:candidate.end] = b"\x01" * candidate.length
    kept = []
    for candidate in tag_windows(norm, org_windows(norm, sentences, covered), frozenset({"Organization"})):
        end = candidate.end - 1 if norm[candidate.end - 1] == "等" else candidate.end
        # A body found already inside it is its parent (临沂大学医学院, 浙江省人民医院毕节医院):
        # the parent stays the name, not a branch glued to it.
        if is_tagged_org(norm[candidate.start:end]) and not any(covered[candidate.start:end]) \
                and not _cuts_a_word(norm, candidate.start):
            kept.append(Candidate(candidate.start, end, "Organization", "", "lac"))
    return kept
