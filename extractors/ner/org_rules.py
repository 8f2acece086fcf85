"""Organisation names built from a region (or an organ) and a suffix:
重庆市人民政府, 市发展改革委, 省科技厅, 教育部办公厅, 重庆城市管理职业学院.

The prefix is either a region the lexicon found (重庆市, 成渝) or an organ it
found (教育部 + 办公厅), or a bare level word 省/市/区/县 standing after a clear
boundary (、市发展改革委) — the bare form is expanded with the document's
region during resolution.
"""
from __future__ import annotations

import re

from extractors.ner.candidates import Candidate
from extractors.ner.titles import TITLE_AT_END

# Longest first: a regex alternation takes the first alternative that fits.
ORG_SUFFIXES = sorted({
    "人民代表大会常务委员会", "人大常委会", "政协", "人民政府", "政府", "委员会", "领导小组办公室", "领导小组",
    "办公厅", "办公室", "工作组", "管委会", "监督管理局", "管理局", "监管局", "局", "厅", "委", "办", "部",
    "集团", "股份有限公司", "有限公司", "公司", "大学", "学院", "学校", "研究院", "研究所", "科学院", "中心",
    "实验室", "法院", "检察院", "法庭", "银行", "支行", "分行", "协会", "学会", "联合会", "商会", "基金会",
    "医院", "报社", "电视台", "党委", "党组", "纪委", "监委", "出版社", "博物馆", "图书馆", "交易所", "联席会议",
    "秘书处", "执行委员会", "组织委员会", "执委会", "组委会", "研究中心",
}, key=len, reverse=True)
_SUFFIX_ALT = "|".join(map(re.escape, ORG_SUFFIXES))
# Characters that end a name rather than continue it: function words and verbs
# that begin a clause. 和 stays allowed (发展和改革委员会).
_BODY = r"(?:(?![的了是在将对把为等要并及或与各该这其之就以从被])[\u4e00-\u9fff()])"
# A suffix character that is really the start of another word (局面, 部署, 办法 …).
_NOT_AFTER_SUFFIX = r"(?![面署分门托员法理好事件级位队势公城])"
_AFTER_PREFIX = re.compile(
    rf"(?P<body>{_BODY}{{0,20}}?)(?P<suffix>{_SUFFIX_ALT}){_NOT_AFTER_SUFFIX}"
)
# A body with a verb of doing in it is a clause, not a name (加快建设区域性中心).
_CLAUSE = re.compile(r"加快|建设|组建|连接|共同|扩容|布局|实现|促进|提升|打造|每年|举办|有序|均衡|强化|进一步|"
                     r"一体化|功能|发挥|推进|支持|鼓励|积极|依托|争创|创建|培育|引进|形成|完善|开展|融入|对接|参与|会见|会谈|"
                     r"访问|出席|举行|召开|表示|同意|批准|印发|跻身|首批|全省|全市|党和|和$|与$|及$|^全国|获|工作|成功|能力|"
                     r"更多|新增|走出|一级|地域|两级|三级|用好")
_COMMITTEE_SUFFIXES = {"领导小组办公室", "领导小组", "联席会议", "秘书处", "工作组", "执行委员会", "组织委员会"}
# Suffixes strong enough to make a name after an area prefix (成渝金融法院), where
# 中心/局/部 would mostly be prose (西部金融中心, 成渝地区中部).
_STRONG_SUFFIXES = {"法院", "法庭", "检察院", "实验室", "大学", "学院", "银行", "集团", "有限公司", "股份有限公司",
                    "公司", "委员会", "领导小组办公室", "联席会议", "秘书处", "研究院", "研究所", "科学院",
                    "协会", "学会", "联合会", "商会", "基金会", "博物馆", "医院", "电视台", "报社", "出版社", "研究中心"}
# A bare level word as the prefix of a local organ: 、市发展改革委 / 由省科技厅.
_BARE_LEVEL = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在实彻照据于]))(?P<level>省|市|区|县)(?!场|民|区|县|级|内|外|里|属|委员)")
# Directions and generic heads that make 部/中心 a place or an abstraction, not an organ.
_GENERIC_BODIES = {"", "东", "西", "南", "北", "中", "内", "外", "全", "局", "干", "本", "总", "一", "两", "有关", "相关"}
_REGION_PREFIX_LEVELS = {"country", "province", "prefecture", "county", "township", "area", "zone", "foreign"}
# A foreign state's organs (俄罗斯国防部, 以色列国防军, 越南国家数字电视台).
_FOREIGN_ORGAN = re.compile(r"国防部|外交部|国防军|武装部队|共产党|国家数字电视台|国家电视台|央行|中央银行|议会|国会|政府")


def _ends_word(norm: str, at: int, suffix: str) -> bool:
    """True when the suffix closes an ordinary word (布局, 西部, 内部)."""
    before = norm[at - 1:at]
    if suffix == "局":
        return before in set("布大格全结开当终时变困僵骗")
    if suffix == "部":
        return before in set("西东南北内外全干局腹底头顶脑胸腰背本中")
    if suffix == "办":
        return before in set("举申创承主开督协合兴筹包代查操照")
    return False


def _extend(norm: str, prefix_start: int, body_start: int, min_body: int, max_body: int = 20,
            strong_only: bool = False) -> Candidate | None:
    match = _AFTER_PREFIX.match(norm, body_start)
    if match is None:
        return None
    body = match.group("body")
    suffix = match.group("suffix")
    if not min_body <= len(body) <= max_body:
        return None
    # 中共中央政治局 + 常委 is a title, 原党组 a former body: neither is a new organ.
    if TITLE_AT_END.fullmatch(body + suffix) or body[:1] in {"原", "前", ")", "("}:
        return None
    if (max_body <= 3 and "和" in body) or body.count("(") != body.count(")") or (suffix == "中心" and body[-1:] in {"副", "分"}):
        return None
    # Leading groups and joint bodies are named after what they do
    # (推动成渝地区双城经济圈建设领导小组办公室); other bodies must not read as a clause.
    if suffix not in _COMMITTEE_SUFFIXES and _CLAUSE.search(body):
        return None
    if len(suffix) == 1 or suffix == "中心":
        if _ends_word(norm, match.start("suffix"), suffix):
            return None
    if strong_only and suffix not in _STRONG_SUFFIXES:
        return None
    if suffix in {"部", "中心", "办", "委"} and body in _GENERIC_BODIES and not (suffix == "委" and body == ""):
        return None
    return Candidate(prefix_start, match.end(), "Organization", "", "rule", prefix_end=body_start)


_NATIONAL_PREFIX = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在]))(?:全国|国家|中央)")
# Distinctive heads that make a name without a region in front (金凤实验室,
# 马克思共产主义学校); the name starts after punctuation or a verb.
_UNPREFIXED = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,10}?)(?P<suffix>实验室|博物馆|共产主义学校|法院|法庭|研究院|研究中心)(?![\u4e00-\u9fff]{0,1}(?:建设|基地))")
_LEFT_CUT = re.compile(r".*(?:启动|新建|实施|推进|推动|开展|建设|打造|加快|争取|创建|依托|支持|鼓励|建立|构建|探索|深化|高标准|"
                       r"高水平|共建|争创|申建|做强|做优|发挥|组建|成立|设立|布局|引进|和|与|及|等|的|在|把|将|对|以|"
                       r"了|向|从|到|由|为|是|个|家|批|所|确保|纳入|建成|利用|列入|运营|建强|帮扶|组)")
_GENERIC_NAMED = {"国家", "重点", "全国重点", "国家重点", "知识产权", "联合", "重庆", "新型", "企业"}


def _outermost(hits: list[Candidate]) -> list[Candidate]:
    """Lexicon hits not inside a longer one, of two characters or more (京 is no prefix)."""
    ordered = sorted((h for h in hits if h.length >= 2), key=lambda h: (h.start, -h.length))
    kept: list[Candidate] = []
    reach = -1
    for hit in ordered:
        if hit.end <= reach:
            continue
        kept.append(hit)
        reach = max(reach, hit.end)
    return kept


def match_org_rules(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    for hit in _outermost(lexicon_hits):
        if hit.type == "Region":
            level = dict(hit.attrs).get("level", "")
            if level not in _REGION_PREFIX_LEVELS:
                continue
            if level == "foreign":
                organ = _FOREIGN_ORGAN.match(norm, hit.end)
                if organ:
                    found.append(Candidate(hit.start, organ.end(), "Organization", "", "rule", prefix_end=hit.end))
                    continue
            # An area (成渝) needs a real body and a strong suffix: 成渝金融法院, not 成渝地区中部.
            if level in {"area", "zone", "country", "foreign"}:
                candidate = _extend(norm, hit.start, hit.end, 2, strong_only=True)
                if candidate is not None:
                    found.append(candidate)
                continue
            min_body = 0
        elif hit.type == "Initiative":
            # 全国职业院校技能大赛 + 执行委员会, 西部陆海新通道 + 省际协商合作联席会议
            candidate = _extend(norm, hit.start, hit.end, 0, max_body=12, strong_only=True)
            if candidate is not None:
                found.append(candidate)
            continue
        elif hit.type == "Organization":
            # 教育部 + 办公厅, 新疆生产建设兵团 + 教育局; a longer body would run into the sentence.
            candidate = _extend(norm, hit.start, hit.end, 0, max_body=3)
            if candidate is not None:
                found.append(candidate)
            continue
        else:
            continue
        candidate = _extend(norm, hit.start, hit.end, min_body)
        if candidate is not None:
            found.append(candidate)
    for match in _NATIONAL_PREFIX.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 2, max_body=14, strong_only=True)
        if candidate is not None:
            found.append(candidate)
    for match in _UNPREFIXED.finditer(norm):
        body = match.group("body")
        cut = _LEFT_CUT.match(body)
        offset = cut.end() if cut else 0
        body = body[offset:]
        # Without a verb or a boundary in front, the match began somewhere inside
        # a word (级泰州队列研究中心): where the name starts is unknown.
        if not cut and match.start() > 0 and "\u4e00" <= norm[match.start() - 1] <= "\u9fff":
            continue
        if len(body) >= 2 and body not in _GENERIC_NAMED and not _CLAUSE.search(body):
            found.append(Candidate(match.start() + offset, match.end(), "Organization", "", "rule",
                                   prefix_end=match.start() + offset))
    for match in _BARE_LEVEL.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 0)
        if candidate is not None:
            found.append(candidate)
    return found
