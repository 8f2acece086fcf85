"""Organisation names built from a region (or an organ) and a suffix:
重庆市人民政府, 市发展改革委, 省科技厅, 教育部办公厅, 重庆城市管理职业学院;
the host region's own bodies written short (市人民政府, 市委, 州人大, 盟人大工委,
行署, 自治区党委); firms by their legal or trade suffix after a sound left
boundary (农夫山泉股份有限公司, 甘李药业, 古井集团); named hospitals and innovation
centres without a region in front (长峰医院).

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
    # schools and hospitals by their own kind (市第一中学, 南医大附属中学, 市妇幼保健院)
    "中学", "小学", "附属中学", "附中", "党校", "委党校", "附属小学", "附属医院", "保健院", "管理委员会", "创新中心", "产业集团",
    # a township's central school or clinic (泸定得妥镇中心小学), not a 中心 and a 小学
    "中心小学", "中心学校", "中心校", "中心卫生院", "卫生院", "中心医院",
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
_CLAUSE = re.compile(r"加快|建设|设立|成立|落户|入驻|争取|落地|挂牌|运行|组建|连接|共同|扩容|布局|实现|促进|提升|"
                     r"打造|每年|举办|有序|均衡|强化|进一步|"
                     r"一体化|功能|发挥|推进|支持|鼓励|积极|依托|争创|创建|培育|引进|形成|完善|开展|融入|对接|参与|会见|会谈|"
                     r"访问|出席|举行|召开|表示|同意|批准|印发|跻身|首批|全省|全市|党和|和$|与$|及$|^全国|获|工作|成功|能力|"
                     r"更多|新增|走出|一级|地域|两级|三级|用好|入选|评为|列入|纳入|荣获|入围")
_COMMITTEE_SUFFIXES = {"领导小组办公室", "领导小组", "联席会议", "秘书处", "工作组", "执行委员会", "组织委员会"}
# Suffixes strong enough to make a name after an area prefix (成渝金融法院), where
# 中心/局/部 would mostly be prose (西部金融中心, 成渝地区中部).
_STRONG_SUFFIXES = {"法院", "法庭", "检察院", "实验室", "大学", "学院", "银行", "集团", "有限公司", "股份有限公司",
                    "创新中心", "党校", "委党校", "附属中学", "附中", "附属小学", "附属医院", "保健院", "产业集团", "公司", "委员会", "领导小组办公室", "联席会议", "秘书处", "研究院", "研究所", "科学院",
                    "协会", "学会", "联合会", "商会", "基金会", "博物馆", "医院", "电视台", "报社", "出版社", "研究中心"}
# A bare level word as the prefix of a local organ: 、市发展改革委 / 由省科技厅.
_BARE_LEVEL = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在实彻照据于]))(?P<level>自治区|省|市|区|县|盟)(?!场|民|区|县|级|内|外|里|属|委员|员|友|国|约|域)")
_BARE_LEVEL_AFTER_VERB = re.compile(r"(?<=支持|推动|推进|加快|建成|完成|抓好|办好|建设|依托|投用|筹建|迁建|扩建)(?P<level>自治区|市|省|盟)"
                                    r"(?!场|民|区|县|级|内|外|里|属|委员|域|值|面|容|政)")
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
    # 中学/小学 need a name of their own: 市第一中学, not 市中小学 or 全市中学.
    if suffix in {"中学", "小学"} and (len(body) < 2 or body.endswith(("中", "各", "城", "乡", "公办", "民办"))):
        return None
    return Candidate(prefix_start, match.end(), "Organization", "", "rule", prefix_end=body_start)


_NATIONAL_PREFIX = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在]))(?:全国|国家|中央)")
# Distinctive heads that make a name without a region in front (金凤实验室,
# 马克思共产主义学校); the name starts after punctuation or a verb.
_UNPREFIXED = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,10}?)(?P<suffix>实验室|博物馆|共产主义学校|法院|法庭|研究院|研究中心|医院|创新中心)(?![\u4e00-\u9fff]{0,1}(?:建设|基地))")
_LEFT_CUT = re.compile(r".*(?:启动|新建|实施|推进|推动|开展|建设|打造|加快|争取|创建|依托|支持|鼓励|建立|构建|探索|深化|高标准|"
                       r"高水平|共建|争创|申建|做强|做优|发挥|组建|成立|设立|布局|引进|和|与|及|等|的|在|把|将|对|以|"
                       r"了|向|从|到|由|为|是|个|家|批|所|确保|纳入|建成|利用|列入|运营|建强|帮扶|组|加强|提升|完善|优化|"
                       r"升级|改造|扩建|做好|用好|办好|服务|携手|落实|落地|入驻|签约|招引|认定|获批|获评|成为|入选|包括|完成|筹建|力争|"
                       r"投用|牵手|抓好|围绕|好|成|搭建|共建|新建|组建|布局|运行|挂牌)")
_GENERIC_NAMED = {"国家", "重点", "全国重点", "国家重点", "知识产权", "联合", "重庆", "新型", "企业", "教学", "实训",
                  "实践", "省级", "市级", "省重点", "市重点", "工程", "专业", "高校", "校企", "共建"}


# A firm named by its legal or trade suffix (农夫山泉股份有限公司, 甘李药业, 古井集团).
_FIRM = re.compile(r"(?P<suffix>股份有限公司|有限责任公司|有限公司|集团|药业|公司)(?![\u4e00-\u9fff]?(?:化|型|式|制|总部|所属))")
# Where a firm's name may start: after a non-Han character, a function word, or
# a verb of dealing with firms (支持古井集团, 与华润集团, 引进农夫山泉股份有限公司).
_FIRM_LEFT_WORDS = re.compile(
    r"(?:支持|推进|推动|引进|引育|招引|服务|依托|携手|联合|合作|牵头|组建|成立|设立|筹建|打造|培育|壮大|做强|做大|建成|投产|"
    r"开工|落户|入驻|新增|争取|对接|加强|深化|助力|帮助|鼓励|获批|成为|入选|包括|带动|完成|移交|投运|竣工|力争|力推|引导|"
    r"授予|汲取|重塑|提高|增强|排除|协调|指导|保障|实现|签约|落地|抓好|做好|建设|加快|全力|积极|大力|以|与|和|及|"
    r"同|等|的|在|由|对|向|把|将|为|是|了|跟|从|接|如|像|家|个)$")
_MAX_FIRM_NAME = 10
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
# Kinds of firms rather than firms (上市公司, 城市医疗集团, 平台公司, 强村公司 …).
_GENERIC_FIRM = re.compile(r"上市|跨国|医疗|教育|平台|城投|强村|共富|国有|国企|子|合资|私募|基金|乡村|重点|企业|挂牌|龙头|"
                           r"中小|民营|外资|骨干|紧密型|办学|学校|现代|头部|销售|融资租赁|物业|快递|新型|大型|知名|独角兽|"
                           r"优质|省属|市属|县属|区属|本地|当地|相关|有关|其他|该|各|多|新组建|公办|市县|市级|省级|"
                           r"供应链|运营|管理|启动|提级|建优|建强|深化|所属|旗下|下属|社办|独立|市值|好|"
                           r"[一二三四五六七八九十百千万两\d]")
# A name made only of business words (文旅集团, 产投集团, 市人才发展集团) names a
# kind of local firm; which one is the document's to say, not ours.
_BUSINESS_WORDS = re.compile(
    r"[市省州县区]?(?:文旅|文化|旅游|人才|发展|能源|新能源|产投|产业|投资|城发|城建|城投|城控|城产|大数据|数据|数字|交投|交旅|"
    r"水务|水投|水业|公交|物流|传媒|融媒体|康养|担保|融资|农投|农发|农业|农林|国控|建投|创投|科创|投控|控股|会展|供销|粮食|"
    r"矿业|招商|租赁|咨询|保理|商业|生态|环境|体育|储能|安居|建工|文投|旅投|职教|幼教|设计|港口|港航|港务|机场|经开|工业|"
    r"科技|创新|金融|金控|资本|国资|资产|运营|管理|交通|航空|空港|陆港|临空|开发|建设|实业|贸易|商贸|医药|卫生|健康|环保|"
    r"电力|燃气|热力|供水|市政|园林|住房|置业|地产|保障|服务|综合|市场|营销|品牌|场景|策划|集团|有限|股份|城市|生命线|"
    r"跨界|融合|联合|公共|交易|信息|技术|新材料|材料|化工|环保科技)+")


_LEADING_LEVEL = re.compile(r"(?:自治区|[市省州县盟])(?!场|民|区|县|级|内|外|里|属|委员|值|域|政|员|友|国|约)")


def _after_bare_level(norm: str, start: int) -> int:
    """Where a bare level word in front of a name ends (市|中医院), or ``start``
    when there is none (市场监管重点实验室 is no 市)."""
    level = _LEADING_LEVEL.match(norm, start)
    return level.end() if level else start


def _firms(norm: str) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _FIRM.finditer(norm):
        end_of_name = match.start()
        start = None
        # The nearest boundary before the suffix that leaves a name of two or more characters.
        for at in range(end_of_name - 2, max(-1, end_of_name - _MAX_FIRM_NAME - 1), -1):
            before = norm[at - 1:at] if at > 0 else ""
            if not before or not "\u4e00" <= before <= "\u9fff" or _FIRM_LEFT_WORDS.search(norm, max(0, at - 2), at):
                start = at
                break
            if before in "的了是在为":
                break
        if start is None:
            continue
        body = norm[start:end_of_name]
        if not _HAN_NAME.fullmatch(body):
            continue  # 管委会+公司, 凉山)公司
        if _GENERIC_FIRM.search(body) or _CLAUSE.search(body) or _BUSINESS_WORDS.fullmatch(body):
            continue
        # 市城控集团: a bare level word in front is resolved like 市发展改革委.
        found.append(Candidate(start, match.end(), "Organization", "", "rule", prefix_end=_after_bare_level(norm, start)))
    return found


# Words that make a hospital or an innovation centre a kind rather than a name.
_GENERIC_KIND = re.compile(r"公立|三级|三甲|二级|一级|县级|市级|省级|州级|国家级|专科|综合|社区|互联网|智慧|研究型|镇街|医联体|以上|"
                           r"中医|口腔|儿童|肿瘤|精神|传染病|妇女|妇幼|老年|乡镇|基层|定点|民营|区域|流动|"
                           r"国家|国际|科技|技术|产业|制造业|协同|联合|开放|海外|高精尖|大企业|服务业|平安|"
                           r"试点|我市|知名|友好|大型|市县|^人民$|^中心$|^附属$|"
                           r"[一二三四五六七八九十两\d]|家|所|批|个")


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


# The short forms a document uses for its own region's bodies and for the
# province above it: 市人民政府, 市人大(常委会), 市政协, 市委, 自治区党委, 盟委,
# 盟人大工委, 州政府. The level word must not end another word (城市, 全市,
# 都市, 上市, 省市委), and the body must not run on (市委员, 市人大代表).
# Resolution names them from the document's region and drops what it cannot name.
HOST_BODY = re.compile(
    r"(?<![城全各本我都门上股楼夜集街超省县区市州盟旗])(?P<level>自治区|自治州|地区|市|省|盟|州|县|区)"
    r"(?P<body>人民代表大会常务委员会|人大常委会|人大工委|人大|人民政府|政府|政协|党委|纪委|监委|委|行政公署|行署)"
    r"(?!员|代表|委员|系统|各部门|部门|机关|办公|工作部门|直属|党组|党校|[\u4e00-\u9fff]?[局厅部办])"
)
# A 盟 or 地区 is governed by a 行政公署, written 行署 without the level word.
_BARE_COMMISSIONER = re.compile(r"(?<![\u4e00-\u9fff])行署|(?<=[和与及在是对向请受经由])行署")


def match_host_bodies(norm: str) -> list[Candidate]:
    """市人民政府 / 市委 / 自治区党委 / 行署 …: the level word is the prefix to resolve."""
    found = [Candidate(m.start(), m.end(), "Organization", "", "rule", prefix_end=m.end("level"))
             for m in HOST_BODY.finditer(norm)]
    found += [Candidate(m.start(), m.end(), "Organization", "", "rule", prefix_end=m.start())
              for m in _BARE_COMMISSIONER.finditer(norm)]
    return found


def match_org_rules(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = match_host_bodies(norm)
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
        if match.group("suffix") in {"医院", "创新中心"} and _GENERIC_KIND.search(body):
            continue  # 公立医院, 三甲医院, 产业创新中心: kinds, not names
        if len(body) >= 2 and body not in _GENERIC_NAMED and not _CLAUSE.search(body):
            start = match.start() + offset
            # 市中医院: a bare level word in front is resolved like 市发展改革委.
            found.append(Candidate(start, match.end(), "Organization", "", "rule",
                                   prefix_end=_after_bare_level(norm, start)))
    found += _firms(norm)
    for match in _BARE_LEVEL.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 0)
        if candidate is not None:
            found.append(candidate)
    # After a verb (支持市妇幼保健院, 推动市人民医院) only a strong suffix makes a name.
    for match in _BARE_LEVEL_AFTER_VERB.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 0, max_body=10, strong_only=True)
        if candidate is not None:
            found.append(candidate)
    return found
