"""Organisation names built from a region (or an organ) and a suffix:
重庆市人民政府, 市发展改革委, 省科技厅, 教育部办公厅, 重庆城市管理职业学院;
the host region's own bodies written short (市人民政府, 市委, 州人大, 盟人大工委,
行署, 自治区党委); firms by their legal or trade suffix after a sound left
boundary (农夫山泉股份有限公司, 甘李药业, 古井集团); named hospitals and innovation
centres without a region in front (长峰医院); firms named without a suffix in a
list that ends with 等企业 / 等龙头企业 / 等央企 (支持固德威、宏润、仕净等龙头企业);
firms' two-character short names that are too often half of other words to be
lexicon forms (国网, 国能, 中交), taken only after a clear left boundary.
Local firms by trade name and industry word alone (安琪酵母, 楚能新能源), taken only
where the report deals with a firm (…二期, 引进…, a 、-list of such names).
Schools written short after a city or county (随州二中 → 随州市第二中学) and an
ordinal-only school listed after a prefixed one (黄石三中、十四中); bodies a
region runs in another place, the place in brackets (广东省（林芝）高原心血管研究所).

The prefix is either a region the lexicon found (重庆市, 成渝) or an organ it
found (教育部 + 办公厅), or a bare level word 省/市/区/县 standing after a clear
boundary (、市发展改革委) — the bare form is expanded with the document's
region during resolution.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import canonical_by_form
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
    # customs offices and travel agencies (凯里海关, 中国国际旅行社); alliances of a
    # national or world scope (世界旅游联盟)
    "海关", "旅行社", "联盟", "福利院", "敬老院",
}, key=len, reverse=True)
_SUFFIX_ALT = "|".join(map(re.escape, ORG_SUFFIXES))
# Characters that end a name rather than continue it: function words and verbs
# that begin a clause. 和 stays allowed (发展和改革委员会).
# 等 ends a list, but 高等 is a word of names (安徽(阜阳)高等研究院).
_BODY = r"(?:(?![的了是在将对把为要并及或与各该这其之就以从被]|(?<!高)等)[\u4e00-\u9fff()])"
# A suffix character that is really the start of another word (局面, 部署, 办法 …).
_NOT_AFTER_SUFFIX = r"(?![面署分门托员法理好事件级位队势公城])"
_AFTER_PREFIX = re.compile(
    rf"(?P<body>{_BODY}{{0,20}}?)(?P<suffix>{_SUFFIX_ALT}){_NOT_AFTER_SUFFIX}"
)
# A body with a verb of doing in it is a clause, not a name (加快建设区域性中心).
_CLAUSE = re.compile(r"加快|建设|设立|成立|落户|入驻|争取|落地|挂牌|运行(?!管理)|组建|通过|连接|共同(?!体)|扩容|布局|实现|促进|提升|"
                     r"打造|每年|举办|有序|均衡|强化|进一步|"
                     r"一体化|功能|发挥|推进|支持|鼓励|积极|依托|争创|创建|培育|引进|形成|完善|开展|融入|对接|参与|会见|会谈|"
                     r"访问|出席|举行|召开|表示|同意|批准|印发|跻身|首批|全省|全市|党和|和$|与$|及$|^全国|获|工作|成功|能力|"
                     r"更多|新增|走出|一级|地域|两级|三级|用好|入选|评为|列入|纳入|荣获|入围")
_COMMITTEE_SUFFIXES = {"领导小组办公室", "领导小组", "联席会议", "秘书处", "工作组", "执行委员会", "组织委员会"}
# Suffixes strong enough to make a name after an area prefix (成渝金融法院), where
# 中心/局/部 would mostly be prose (西部金融中心, 成渝地区中部).
_STRONG_SUFFIXES = {"法院", "法庭", "检察院", "实验室", "大学", "学院", "银行", "集团", "有限公司", "股份有限公司",
                    "创新中心", "党校", "委党校", "附属中学", "附中", "附属小学", "附属医院", "保健院", "产业集团", "公司", "委员会", "领导小组办公室", "联席会议", "秘书处", "研究院", "研究所", "科学院",
                    "协会", "学会", "联合会", "商会", "基金会", "博物馆", "医院", "电视台", "报社", "出版社", "研究中心",
                    "管理委员会", "管委会", "海关", "旅行社", "联盟", "福利院", "敬老院"}
# A bare level word as the prefix of a local organ: 、市发展改革委 / 由省科技厅.
_BARE_LEVEL = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在实彻照据于]))(?P<level>自治区|省|市|区|县|盟|州|旗)(?!场|民|区|县|级|内|外|里|属|委员|员|友|国|约|域|舰|帜|下|袍)")
_BARE_LEVEL_AFTER_VERB = re.compile(r"(?<=支持|推动|推进|加快|建成|完成|抓好|办好|建设|依托|投用|筹建|迁建|扩建|组建|升格|成立|设立|"
                                    r"重组|整合|新设|挂牌|改组|开展)(?P<level>自治区|市|省|盟|州)"
                                    r"(?!场|民|区|县|级|内|外|里|属|委员|域|值|面|容|政)")
# Directions and generic heads that make 部/中心 a place or an abstraction, not an organ.
_GENERIC_BODIES = {"", "东", "西", "南", "北", "中", "内", "外", "全", "局", "干", "本", "总", "一", "两", "有关", "相关"}
_REGION_PREFIX_LEVELS = {"country", "province", "prefecture", "county", "township", "area", "zone", "foreign"}
# A foreign state's organs (俄罗斯国防部, 以色列国防军, 越南国家数字电视台).
_FOREIGN_ORGAN = re.compile(r"国防部|外交部|国防军|武装部队|共产党|国家数字电视台|国家电视台|央行|中央银行|议会|国会|政府")


# …or ranked (入选中国科技创新中心100强: a ranking, not a body).
_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+[所家个座](?![\u4e00-\u9fff])|[\d一二三四五六七八九十百千]+强")


def _ends_word(norm: str, at: int, suffix: str) -> bool:
    """True when the suffix closes an ordinary word (布局, 西部, 内部)."""
    before = norm[at - 1:at]
    if suffix == "局":
        return before in set("布大格全结开当终时变困僵骗")
    if suffix == "部":
        return before in set("西东南北内外全干局腹底头顶脑胸腰背本中深")
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
    # 皖北首个新能源汽车产业研究院: a rank, not a name.
    if body.startswith(("首个", "首家", "首批", "唯一")):
        return None
    if (max_body <= 3 and "和" in body) or body.count("(") != body.count(")") or (suffix == "中心" and body[-1:] in {"副", "分"}):
        return None
    # Leading groups and joint bodies are named after what they do
    # (推动成渝地区双城经济圈建设领导小组办公室); other bodies must not read as a clause.
    if suffix not in _COMMITTEE_SUFFIXES and _CLAUSE.search(body):
        return None
    # 海关监管场所, 海关信息中心: the customs office's facility, not a body of its own.
    if suffix == "海关" and norm.startswith(("监管", "信息", "总署", "验收"), match.end()):
        return None
    if len(suffix) == 1 or suffix == "中心":
        if _ends_word(norm, match.start("suffix"), suffix):
            return None
    if strong_only and suffix not in _STRONG_SUFFIXES:
        return None
    # A name counted after it is a label many bodies hold (省…共同体领航学校9所).
    if _COUNTED.match(norm, match.end()):
        return None
    if suffix in {"部", "中心", "办", "委"} and body in _GENERIC_BODIES and not (suffix == "委" and body == ""):
        return None
    # 中学/小学 need a name of their own: 市第一中学, not 市中小学 or 全市中学.
    if suffix in {"中学", "小学"} and (len(body) < 2 or body.endswith(("中", "各", "城", "乡", "公办", "民办"))):
        return None
    return Candidate(prefix_start, match.end(), "Organization", "", "rule", prefix_end=body_start)


_NATIONAL_PREFIX = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在]))(?:全国|国家|中央|国际|世界|亚洲)|(?<=入选|加入|携手|联合)(?:国际|世界|亚洲)")
# Distinctive heads that make a name without a region in front (金凤实验室,
# 马克思共产主义学校); the name starts after punctuation or a verb.
_UNPREFIXED = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,10}?)(?P<suffix>实验室|博物馆|共产主义学校|法院|法庭|研究院|研究中心|医院|创新中心)(?![\u4e00-\u9fff]{0,1}(?:建设|基地))")
_LEFT_CUT = re.compile(r".*(?:启动|新建|实施|推进|推动|开展|建设|打造|加快|争取|创建|依托|支持|鼓励|建立|构建|探索|深化|高标准|"
                       r"高水平|共建|争创|申建|做强|做优|发挥|组建|成立|设立|布局|引进|和|与|及|等|的|在|把|将|对|以|"
                       r"了|向|从|到|由|为|是|个|家|批|所|确保|纳入|建成|利用|列入|运营|建强|帮扶|组|加强|提升|完善|优化|"
                       r"升级|改造|扩建|做好|用好|办好|服务|携手|落实|落地|入驻|签约|招引|认定|获批|获评|成为|入选|包括|完成|筹建|力争|"
                       r"投用|牵手|抓好|围绕|好|成|搭建|共建|新建|组建|布局|运行|挂牌)")
_GENERIC_NAMED = {"国家", "重点", "全国重点", "国家重点", "知识产权", "联合", "重庆", "新型", "企业", "教学", "实训",
                  "实践", "省级", "市级", "省重点", "市重点", "工程", "专业", "高校", "校企", "共建", "创新", "高水平创新"}


# A firm named by its legal or trade suffix (农夫山泉股份有限公司, 甘李药业, 古井集团).
_FIRM = re.compile(r"(?P<suffix>股份有限公司|有限责任公司|有限公司|集团|药业|公司)(?![\u4e00-\u9fff]?(?:化|型|式|制|总部|所属))")
# Where a firm's name may start: after a non-Han character, a function word, or
# a verb of dealing with firms (支持古井集团, 与华润集团, 引进农夫山泉股份有限公司).
_FIRM_LEFT_WORDS = re.compile(
    r"(?:支持|推进|推动|引进|引育|招引|服务|依托|携手|联合|合作|牵头|组建|成立|设立|筹建|打造|培育|壮大|做强|做大|建成|投产|"
    r"开工|落户|入驻|新增|争取|对接|加强|深化|助力|帮助|鼓励|获批|成为|入选|包括|带动|完成|移交|投运|竣工|力争|力推|引导|"
    r"授予|汲取|重塑|提高|增强|排除|协调|指导|保障|实现|签约|落地|抓好|做好|办好|打好|建设|加快|全力|积极|大力|以|与|和|及|"
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


_LAB = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,16}?)(?:重点实验室|工程技术研究中心|工程研究中心|技术创新中心)")


def _lab_name(norm: str, prefix_start: int, body_start: int) -> Candidate | None:
    """A province's or a city's lab after a verb (加快省硅单晶半导体材料与技术重点实验室建设):
    a long body whose only joiner is 与 / 和 between two fields."""
    match = _LAB.match(norm, body_start)
    if match is None or _CLAUSE.search(match.group("body").replace("与", "").replace("和", "")):
        return None
    return Candidate(prefix_start, match.end(), "Organization", "", "rule", prefix_end=body_start)


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


# What a firm's short name may carry and still name the firm itself (日钢集团).
_FIRM_OWN_SUFFIXES = {"集团", "公司", "有限公司", "股份有限公司", "集团公司", "产业集团"}
# A firm's short name that would straddle words as a lexicon form (全国网络 holds
# 国网, 全国能源 国能, 按期中交 中交, 竞争中信心 中信, 一中建设 中建, 网格力量 格力),
# so the lexicon leaves it out and it is taken here only after a clear left
# boundary: punctuation, a verb of dealing with firms, or 与/和/及/同/跟.
GUARDED_SHORT_NAMES = {
    "国网": "国家电网有限公司", "国能": "国家能源投资集团有限责任公司", "国投": "国家开发投资集团有限公司",
    "国药": "中国医药集团有限公司", "中信": "中国中信集团有限公司", "中化": "中国中化控股有限责任公司",
    "中交": "中国交通建设集团有限公司", "中建": "中国建筑集团有限公司", "格力": "珠海格力电器股份有限公司",
    "物美": "物美科技集团有限公司", "新和成": "浙江新和成股份有限公司", "山姆": "山姆会员商店",
    "海螺": "安徽海螺集团有限责任公司", "金风": "新疆金风科技股份有限公司", "晶科": "晶科能源股份有限公司",
    "融创": "融创中国控股有限公司", "威高": "威高集团有限公司", "宇通": "宇通客车股份有限公司",
    "三一": "三一集团有限公司", "联想": "联想集团有限公司",
}
_GUARDED = re.compile("|".join(sorted(map(re.escape, GUARDED_SHORT_NAMES), key=len, reverse=True)))
_GUARD_VERB = re.compile(
    r"(?:支持|推进|推动|引进|引育|招引|服务|依托|携手|联合|合作|牵头|争取|对接|深化|助力|帮助|鼓励|带动|"
    r"包括|加快|建设|实施|抓好|做好|签约|发挥|紧盯|瞄准|借助|吸引|集聚|聚集|强化|引导)$")
# The units of a firm its short name may head (中建三局, 国网省电力公司).
_GUARDED_UNIT_SUFFIXES = ("局", "公司", "研究院", "研究所", "设计院")
# What makes the short name a place or a word rather than the firm (海螺沟, 联想到).
_GUARDED_NOT_AFTER = re.compile(r"沟|到|起|路|街|村|镇|湖|桥|大道|广场|社区|片区|景区|价廉")


def _clear_left(norm: str, start: int) -> bool:
    before = norm[start - 1:start]
    if not before or not "\u4e00" <= before <= "\u9fff":
        return True
    if before in "与和及同跟":
        return norm[start - 2:start] != "共和"  # 中华人民共和国能源法 holds no 国能
    return bool(_GUARD_VERB.search(norm, max(0, start - 4), start))


def match_guarded_short_names(norm: str) -> list[Candidate]:
    """国网新疆电力 / 推动国能化工 / 与中信: a risky short name after a clear left boundary."""
    found = []
    for match in _GUARDED.finditer(norm):
        if _clear_left(norm, match.start()) and not _GUARDED_NOT_AFTER.match(norm, match.end()):
            found.append(Candidate(match.start(), match.end(), "Organization",
                                   GUARDED_SHORT_NAMES[match.group(0)], "rule"))
    return found


# A list of firms closed by 等 + what they are: 等企业, 等3家企业, 等龙头企业, 等一批头部企业,
# 等行业领军企业, 等大型央企, 等企业集团. A bare 行业/领域 or an industry word before
# the head (等行业企业, 等配套企业, 等关键材料企业) lists kinds of firms, not firms.
_LIST_QUALIFIER = (r"(?:一批|一大批|多家)?(?:(?:行业|国内|国内外|省内|现有|本地|世界)?"
                   r"(?:龙头|头部|链主|骨干|重点|领军|领跑|优强|优质|知名|大型|大|标杆|上市|外资|外贸|省属|市属)){0,2}")
# …or by their count (温多利、欧迈机械、瑞博龙3家企业).
_LIST_END = re.compile(rf"(?:等(?:[\d一二三四五六七八九十两]+家)?|(?!一家)[\d一二三四五六七八九十两]+家)"
                       rf"(?P<qualifier>{_LIST_QUALIFIER})(?P<head>企业集团|企业|公司|集团|央企|国企|名企|车企|药企)")
# Where a list stops on the left: punctuation other than 、 (and the start of the text).
_LIST_STOP = re.compile(r"[，。；：！？,.;:!?()（）\[\]【】《》\s]")
# Verbs and particles in front of the first firm (支持固德威 → 固德威, 深化与中粮 → 中粮).
_LIST_LEAD = re.compile(
    r"支持|推动|推进|引进|引育|引导|招引|培育|壮大|做大|做强|做优|发挥|依托|加快|促进|鼓励|帮助|服务好|服务|"
    r"携手|联合|对接|争取|紧盯|瞄准|借助|集聚了|集聚|聚集|吸引|带动|围绕|包括|重点|积极|大力|全力|持续|充分|"
    r"着力|加强|强化|深化|新引进|签约|落地|建成|完成|投产|实施|扶持|抓好|培优|用好|激励|助力|认定|新增|挖掘|"
    r"加大|配套|以|与|和|同|跟|向|对|由|为|是|在|将|把|如")
# After the first lead word only these particles may follow it (深化与中粮), so
# that 支持以岭药业 keeps its 以.
_LIST_LEAD_PARTICLES = set("与和同跟对向")


def _first_item_start(norm: str, start: int, end: int) -> int | None:
    """Where the first firm of a list begins: after the leftmost run of lead words."""
    lead = _LIST_LEAD.search(norm, start, end)
    if lead is None:
        return None
    at = lead.end()
    while (more := _LIST_LEAD.match(norm, at, end)) and more.end() < end - 1 and (
            more.end() - more.start() > 1 or more.group(0) in _LIST_LEAD_PARTICLES):
        at = more.end()
    return at


# A list item that names a kind of firm, not a firm: a trade, a product, a
# stage or a label (钢铁, 装备制造, 新型显示, 电子元器件, 货运代理, 专精特新, 规上).
_TRADE_WORDS = (
    "钢铁|建材|化工|精细化工|煤化工|石化|有色|金属|冶金|煤炭|石油|天然气|电力|能源|新能源|光伏|风电|储能|氢能|"
    "电池|锂电|材料|树脂|橡胶|化纤|纺织|服装|服饰|针织|鞋服|家纺|家居|家具|木地板|建陶|陶瓷|玻璃|水泥|石材|造纸|"
    "印刷|包装|食品|饮料|粮油|乳品|农产品|农业|林业|畜牧|渔业|种业|医药|生物|医疗|器械|中药|制药|保健|康养|养老|"
    "育幼|托育|家政|餐饮|住宿|零售|批发|商贸|电商|直播|物流|快递|仓储|货代|货运|代理|冷链|供应链|港口|航运|航空|"
    "运输|交通|汽车|整车|零部件|配件|钣金件|铸造件|铸件|铸造|锻造|机械|装备|电子|信息|元器件|集成电路|芯片|"
    "半导体|显示|面板|光电|通信|软件|数字|数据|大数据|云计算|人工智能|物联网|区块链|算力|互联网|平台|金融|保险|"
    "银行|证券|基金|担保|法律|会计|咨询|设计|检验|检测|认证|人力资源|广告|文化|文旅|旅游|体育|教育|培训|科创|"
    "科技|研发|环保|节能|水务|燃气|热力|自来水|供水|公交|市政|园林|房地产|建筑|土地|园区|物业|工具|杯壶|保温|"
    "轻工|电解液|隔膜|负极|正极|稀土|钒钛|轮胎|模具|五金|日化|化妆品|烟草|白酒|啤酒|废料|回收|加工|制造|生产|"
    "采选|采矿|开采|冶炼|选矿|深加工|厂房|粮食|购销|乙烯|抽水蓄能|蓄能|"
    "服务|交易|商品|应用|创新|期|资产|利润|工业|商业|外贸|外资|民营|国有|中小|小微|私营|个体")
_TRADE_MODIFIERS = ("新型|关键|高端|智能|绿色|先进|现代|传统|特色|优势|新兴|未来|战略性|基础|上游|下游|终端|配套|"
                    "上下游|通用|跨境|大宗|精深|初创|轻|无|规上|规模以上|限上|限额以上|高新技术|专精特新|单项冠军|"
                    "独角兽|瞪羚|小巨人|龙头|头部|链主|骨干|重点|领军|优质|知名|大型|中型|小型|本地|外地|省内|省外")
_TRADE_ITEM = re.compile(rf"(?:{_TRADE_MODIFIERS}|{_TRADE_WORDS})+(?:业|类|型|性)?")
# Labels and places of firms rather than firms (“四类500强”, 灯塔工厂, 金融产业城, 联合创新中心).
_NOT_A_FIRM = re.compile(r"[“”\"0-9０-９]|500强|企业|央企|国企|系$|项目|产业|行业|领域|园区|基地|中心|工厂|车间|园$|区$|"
                         r"示范|试点|品牌|冠军|名单|标准")
_LIST_FIRM_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|药业)$")


def _list_items(norm: str, end: int, fewest: int = 2) -> list[tuple[int, int]]:
    """(start, end) of each item of the 、-list that ends at ``end`` (the 等), the
    first item cut after the verb or particle in front of it; [] if fewer than ``fewest``."""
    start = end
    while start > 0 and not _LIST_STOP.match(norm, start - 1):
        start -= 1
    items, at = [], start
    for part in norm[start:end].split("、"):
        items.append((at, at + len(part)))
        at += len(part) + 1
    if len(items) < fewest:
        return []
    first_start, first_end = items[0]
    cut = _first_item_start(norm, first_start, first_end)
    if cut is not None:
        items[0] = (cut, first_end)
    elif first_end - first_start > 6 or (first_start > 0 and norm[first_start - 1].isspace()):
        items = items[1:]  # the first firm runs into words we cannot cut (or a line broke a word)
        if len(items) < max(fewest, 1):
            return []
    last_start, last_end = items[-1]
    joined = norm.rfind("及", last_start, last_end)
    if joined > last_start:  # A、B及C等企业
        items[-1:] = [(last_start, joined), (joined + 1, last_end)]
    return items


def match_firm_lists(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Each firm of a list closed by 等企业 / 等龙头企业 / 等央企 (支持固德威、宏润、仕净等
    龙头企业). A list with any item that names a kind of firm (钢铁、建材、装备制造等
    重点企业) or a label (“专精特新”, 灯塔工厂) is a list of kinds: none is taken.
    An item that is also a place's name is left out; the lexicon's own firms and
    names with a firm suffix are left to the lexicon and to ``_firms``."""
    places = canonical_by_form("Region")
    known_ends = {c.end for c in lexicon_hits if c.type == "Organization"}
    found: list[Candidate] = []
    for match in _LIST_END.finditer(norm):
        # One firm and a count of them (牡丹江热电等7家企业) is a list too.
        counted = norm.startswith("等", match.start()) and norm[match.start() + 1:match.start() + 2].isdigit()
        items = _list_items(norm, match.start(), fewest=1 if counted else 2)
        firms = []
        for start, end in items:
            item = norm[start:end]
            if _LIST_FIRM_SUFFIX.search(item) or end in known_ends:
                continue  # a firm the suffix rule or the lexicon names (配套华星光电 holds 华星光电)
            if item in places:
                continue  # 仁和 is a firm and a district: not ours to say
            # (_CLAUSE's trailing 和/与/及 ends a body, but a firm may end in 和: 伯希和)
            if (not item or _NOT_A_FIRM.search(item) or _TRADE_ITEM.fullmatch(item)
                    or _CLAUSE.search(item.rstrip("和与及"))):
                firms = []
                break
            if 2 <= end - start <= 8 and _HAN_NAME.fullmatch(norm, start, end):
                firms.append(Candidate(start, end, "Organization", "", "rule", prefix_end=start))
        found += firms
    return found


def match_lists_with_a_known_firm(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """The other short names of a 、-list closed by 等 in which one item is a firm the
    lexicon knows (支持禹王、谷神、星光、新希望六和等园区化发展: 新希望 vouches for the rest).
    Every other item must read as a bare trade name: two to four characters, no place,
    trade, label or clause."""
    places = canonical_by_form("Region")
    firm_spans = {(c.start, c.end) for c in lexicon_hits
                  if c.type == "Organization" and dict(c.attrs).get("kind") == "enterprise"}
    firm_starts = {start for start, _ in firm_spans}
    found: list[Candidate] = []
    for match in re.finditer("等", norm):
        if _LIST_END.match(norm, match.start()):
            continue  # match_firm_lists' business
        items = _list_items(norm, match.start())
        if not any(start in firm_starts for start, _ in items):
            continue
        others = [(start, end) for start, end in items if start not in firm_starts]
        if not others or not all(
                2 <= end - start <= 4 and _HAN_NAME.fullmatch(norm, start, end) and norm[start:end] not in places
                and not _NOT_A_FIRM.search(norm[start:end]) and not _TRADE_ITEM.fullmatch(norm[start:end])
                and not _TRADE_IN_BODY.search(norm[start:end]) and not _CLAUSE.search(norm[start:end])
                for start, end in others):
            continue
        found += [Candidate(start, end, "Organization", "", "rule", prefix_end=start) for start, end in others]
    return found


# A local firm by its short name: a trade name (字号) of two or three characters
# and an industry word, no legal suffix (安琪酵母, 三宁化工, 楚能新能源, 扬子江药业).
# Taken only where a report deals with a firm: before project wording (安琪酵母
# 二期, 恒丰纸业技改), after a verb of dealing with firms (引进纬景储能), or in a
# 、-list with another such name. A body that is a place, a trade, a scope or
# an adjective names a kind (生物医药, 新能源汽车, 全市化工, 传统能源).
_SHORT_FIRM_INDUSTRIES = sorted({
    "医药", "药业", "制药", "化工", "化学", "电子", "科技", "能源", "新能源", "新材料", "材料", "物流", "纸业",
    "食品", "生物", "环保", "储能", "热电", "热力", "电力", "石油", "木业", "玻璃", "船舶", "重工", "重型",
    "半导体", "演艺", "酵母", "实业", "控股", "股份", "光电", "光伏", "锂电", "汽车", "机械", "钢铁",
    "铝业", "铜业", "矿业", "建材", "水泥", "纺织", "服饰", "乳业", "酒业", "茶业", "粮油",
    # more of the trade words Chinese firms put after their trade name (富通空调, 诺金碳素, 品冠农业)
    "电气", "电器", "电机", "电缆", "电瓷", "通信", "软件", "机电", "特钢", "煤业", "石化", "化纤", "印染",
    "鞋业", "家居", "家具", "包装", "塑业", "橡胶", "陶瓷", "石材", "石墨", "碳素", "硼业", "燃气", "水务",
    "器械", "饮料", "啤酒", "牧业", "种业", "商贸", "置业", "空调", "农业", "精工",
}, key=len, reverse=True)
SHORT_FIRM_INDUSTRY = re.compile(rf"(?P<industry>{'|'.join(_SHORT_FIRM_INDUSTRIES)})")
# Project wording after the firm (安琪酵母二期, 人福医药新建, 兴福电子上市).
_SHORT_FIRM_PROJECT = re.compile(r"[一二三四五]期|项目|改扩建|扩建|技改|年产|新建|投产|上市|建成|开工|竣工|"
                                 r"等(?:[\d一二三四五六七八九十百]+[个家])?(?:一批|重点|重大|规上|规上工业|规模以上)?(?:项目|企业)|"
                                 r"被认定|获评|入选|成功(?:上市|挂牌|登陆)|重整|挂牌|"
                                 # what a firm wins or is worth (强工科技获得…奖, 北一半导体市值)
                                 r"获得|荣获|市值|营收|"
                                 # what is done to a firm's plant (恒源石化转型升级, 达门船舶搬迁)
                                 r"转型升级|搬迁|扩能|生产线|生产基地|产业园|产业基地")
# Verbs of dealing with firms in front of the name (引进纬景储能, 签约华晟物流).
SHORT_FIRM_VERB = re.compile(r"(?:引进|新引进|签约|落户|支持|推动|服务|培育|新增|招引|引育|扶持|助力|帮助|携手|"
                              r"推进|服务好|支持好|落地|依托|接管|收购|并购|兼并|"
                              # verbs that open a list of firms' projects (确保三宁化工酰胺…, 加快徽阳新材料、…)
                              r"确保|加快|建成|开工|新开工|力争|抓好)$")
# Particles that may stand right before the name (与人福医药), besides a non-Han character.
_SHORT_FIRM_PARTICLES = set("与和同跟及对向")
# A body that is a scope, a quality or a kind rather than a trade name.
_SHORT_FIRM_NOT_BODY = re.compile(
    # function words, counters and numbers
    r"[的了是在将对把为要并及或与各该这其之就以从被等和个家批项所类\d百千万亿两第县乡镇村]|"
    # scope, rank and quality (全市化工, 重点物流, 传统能源)
    r"全市|全省|全区|全县|全州|全国|重点|龙头|规上|骨干|高新|民营|国有|新型|现代|特色|传统|优势|战略|新兴|未来|"
    r"本地|本土|我市|地方|绿色|智能|高端|先进|数字|智慧|低碳|零碳|清洁|精细|基础|关键|核心|中小|大型|大中|"
    r"知名|优质|头部|链主|领军|外资|外贸|央企|国企|市属|省属|企业|产业|行业|领域|高|重大|首台|国际|政策|创意|"
    # kinds of trade, product, place or use (可再生能源, 设施农业, 地铁物流, 碳基新材料)
    r"农村|城市|城乡|都市|主城|海洋|生态|文化|航空|航天|海上|陆上|深海|涉海|沿江|地铁|低空|光储|风光|安全|保税|"
    r"设施|可再生|分布式|聚变|合成|动力|农机|煤机|整机|应急|海工|电动|实景|晶硅|金属|电池|正负极|原材料|特高压|"
    r"观光|节水|旱作|宠物|太阳能|车辆|废旧|工程|林板|冻干|氟|硅|碳|锂|钠|磷|煤|稀土|"
    # people (青年科技人才) and verbs (实施科技项目, 壮大新能源)
    r"青年|人才|专家|院士|学生|妇女|老年|儿童|农民|职工|壮大|抢抓|发展|转化|孵化|入库|探索|实施|坚持|围绕|落实|"
    r"抓好|持续|开展|加强|做好|用好|聚焦|瞄准|紧盯|构建|制定|编制|展现|推动|推进|培养|吸引|补齐|投用|历次|建设|打造|"
    r"实现|提升|完善|强化|促进|引导|鼓励|培育|延伸|拓展|引进|"
    # kinds of product or process (浮法玻璃, 饰面石材, 寄递物流, 水稻机械, 微纳机电, 电工电气)
    r"社会|民间|浮法|饰面|寄递|水稻|糖料|微纳|电工|防腐|互贸|扩大|"
    # half of a longer word (锰系新材料, 服务业科技)
    r"[基系性式型级域城新发]$|^[业类型性化者员费区期点中上下内外新]")
# What makes the industry word the start of a place or a kind (化工园区, 科技学院, 物流枢纽).
SHORT_FIRM_NOT_AFTER = re.compile(r"[园区厂谷城港站池奖]|组织|学院|大学|学校|创新|配送|替代|拆解|枢纽|服务|产业|行业|"
                                   r"企业|板块|领域|集群|提档|转型|技术|材料|装备|设备|产品|医药|科技园|人才|人员|"
                                   r"工作者|成果|小镇|示范|资源|消费")


# A trade or industry word inside the body makes it a kind (化工新材料, 锂电新能源).
_TRADE_IN_BODY = re.compile(rf"{_TRADE_WORDS}|{'|'.join(_SHORT_FIRM_INDUSTRIES)}")


def short_firm_left(norm: str, start: int, county_ends: dict[int, int]) -> str:
    """What stands before a short name: "verb", "list", "edge", or "" for none.
    A county in front is the firm's place (榕江旭昇木业, 推动台江县鲁控环保)."""
    if start in county_ends:
        return short_firm_left(norm, county_ends[start], {}) or "edge"
    before = norm[start - 1:start]
    if not before or not "\u4e00" <= before <= "\u9fff":
        return "list" if before == "、" else "edge"
    if SHORT_FIRM_VERB.search(norm, max(0, start - 4), start):
        return "verb"
    if before in _SHORT_FIRM_PARTICLES:
        return "edge"
    return ""


def _short_firm_shape(norm: str, start: int, places: set[str]) -> int | None:
    """Where a short name starting at ``start`` ends (三宁化工), or None."""
    for size in (2, 3):
        body = norm[start:start + size]
        industry = SHORT_FIRM_INDUSTRY.match(norm, start + size)
        if len(body) < size or industry is None or not _HAN_NAME.fullmatch(body):
            continue
        if body in places or _SHORT_FIRM_NOT_BODY.search(body) or _TRADE_ITEM.fullmatch(body):
            continue
        if _CLAUSE.search(body) or _GENERIC_FIRM.search(body) or _BUSINESS_WORDS.fullmatch(body) \
                or _TRADE_IN_BODY.search(body):
            continue
        if SHORT_FIRM_NOT_AFTER.match(norm, industry.end()):
            return None
        return industry.end()
    return None


def match_short_firms(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """安琪酵母二期 / 引进纬景储能 / 恒丰纸业、旭昇木业: a firm's trade name and industry word."""
    places = set(canonical_by_form("Region"))
    covered = {at for hit in lexicon_hits if hit.length >= 2 for at in range(hit.start, hit.end)}
    county_ends = {hit.end: hit.start for hit in lexicon_hits
                   if hit.type == "Region" and dict(hit.attrs).get("level") == "county"}
    # Keyed by where the list item begins: the county in front of the name, if any.
    shapes: dict[int, tuple[int, int, str]] = {}
    for at in range(len(norm) - 3):
        left = short_firm_left(norm, at, county_ends)
        if not left or at in covered:
            continue
        end = _short_firm_shape(norm, at, places)
        if end is None or any(i in covered for i in range(at, end)):
            continue
        shapes[county_ends.get(at, at)] = (at, end, left)
    ends = {end for _, end, _ in shapes.values()}
    found = []
    for item, (at, end, left) in shapes.items():
        in_list = (left == "list" and (item - 1) in ends) or (norm[end:end + 1] == "、" and (end + 1) in shapes)
        if left == "verb" or in_list or _SHORT_FIRM_PROJECT.match(norm, end):
            found.append(Candidate(at, end, "Organization", "", "rule", prefix_end=at))
    return found


_ORDINAL = "[一二三四五六七八九十百]{1,4}"
# A school written short after a place (黄石十四中, 随州二中, 永州一中): not 二中全会,
# 成都一中院 (a court), 十中心 or a 一小时 …; the place must be a city or county form.
_SHORT_SCHOOL = re.compile(rf"(?P<ordinal>{_ORDINAL})(?P<kind>[中小])(?![\u4e00-\u9fff]?全会|[央心国华院型级部段期专医药学时微组康区队额镇村])")
_SHORT_SCHOOL_LEVELS = {"prefecture", "county"}
# A school named by its ordinal alone, in a list after a prefixed one
# (锡林浩特市第十五小学、第五中学; 黄石三中、十四中): it inherits the prefix.
_LISTED_SCHOOL = re.compile(rf"[、和及](?:第(?P<full>{_ORDINAL})(?P<full_kind>中学|小学)|(?P<short>{_ORDINAL})(?P<short_kind>[中小]))"
                            rf"(?![\u4e00-\u9fff]?全会|[央心国华院型级部段期专医药学时微组康区队额镇村])")
_SCHOOL_NAME = re.compile(rf"第{_ORDINAL}(?:中学|小学)$")


def _short_schools(norm: str, regions: list[Candidate]) -> list[tuple[Candidate, str]]:
    """随州二中 → 随州市第二中学: (candidate, the prefix its list-mates inherit)."""
    found = []
    for hit in regions:
        if dict(hit.attrs).get("level") not in _SHORT_SCHOOL_LEVELS or not hit.name:
            continue
        match = _SHORT_SCHOOL.match(norm, hit.end)
        if match is None:
            continue
        kind = "中学" if match.group("kind") == "中" else "小学"
        name = f"{hit.name}第{match.group('ordinal')}{kind}"
        found.append((Candidate(hit.start, match.end(), "Organization", name, "rule", prefix_end=hit.end), hit.name))
    return found


def _listed_schools(norm: str, schools: list[tuple[Candidate, str]]) -> list[Candidate]:
    """The ordinal-only schools listed after each prefixed school, named with its prefix."""
    found = []
    for school, prefix in schools:
        at = school.end
        while match := _LISTED_SCHOOL.match(norm, at):
            ordinal = match.group("full") or match.group("short")
            kind = match.group("full_kind") or ("中学" if match.group("short_kind") == "中" else "小学")
            found.append(Candidate(match.start() + 1, match.end(), "Organization", f"{prefix}第{ordinal}{kind}", "rule",
                                   prefix_end=match.start() + 1))
            at = match.end()
    return found


def _region_in_brackets(norm: str, hit: Candidate, regions: dict[int, Candidate]) -> Candidate | None:
    """广东省（林芝）高原心血管研究所: a body a region runs in another place."""
    inner = regions.get(hit.end + 1) if norm[hit.end:hit.end + 1] == "(" else None
    if inner is None or norm[inner.end:inner.end + 1] != ")":
        return None
    return _extend(norm, hit.start, inner.end + 1, 2, max_body=12, strong_only=True)


_LEGAL_NAME_ENDS = ("公司", "集团")


def _trade_word_end(norm: str, end: int) -> int:
    """Where a trade word that runs on past ``end`` ends (电气 after 伊戈尔; 新材料 over
    美联新材|料), or 0; not when the trade word begins a place or a kind (化工园区)."""
    for back in (0, 1, 2):
        trade = SHORT_FIRM_INDUSTRY.match(norm, end - back)
        if trade and trade.end() > end and not SHORT_FIRM_NOT_AFTER.match(norm, trade.end()):
            return trade.end()
    return 0


# A region's investment platforms and new bodies by their short forms alone (州工投, 省交投,
# 省产研院, 市国动办), the level word naming the document's region or the one above it.
_LEVEL_ABBREVIATION = re.compile(r"(?P<level>[省市州县区盟])(?P<abbrev>城投|交投|工投|产投|国投|文旅投|旅投|农投|水投|能投|"
                                 r"建投|发投|金控|国控|科创投|产研院|国动办)(?![\u4e00-\u9fff]?(?:资金|债|平台|类|企业))")


# Schools by their short forms (安医大, 安工大, 三峡职院, 黑幼专): a place's or a name's
# first characters and the abbreviated kind, after a boundary, a list or a verb.
_SCHOOL_KIND = re.compile(r"职院|医大|工大|师大|农大|财大|科大|理工大|师专|医专|幼专|幼儿师专")
# …unless the letters run on into a word (提高专业, 名师大家, 国医大师, 名医专家, 理工大学).
_NOT_SCHOOL_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:生|毕业|学历|学科)|[学科业家师会型化力量众]")
# A verb at the start of the body is the clause, not the name (推动|师专, 建成|中科大).
_VERB_FIRST = re.compile(_FIRM_LEFT_WORDS.pattern.removesuffix("$"))
_NOT_SCHOOL_BODY = re.compile(r"[的了是在将对把为要并及或与和等各该这其之就以从被个所家类级加扩重高化人全本一两]")


def _schools_before(norm: str, kinds: re.Pattern, not_after: re.Pattern, not_body: re.Pattern,
                    sizes: tuple[int, ...]) -> list[Candidate]:
    """A school's name ending in one of ``kinds``: the longest body of ``sizes`` characters
    with a boundary, a list or a verb in front, that is no clause and no kind."""
    found = []
    for kind in kinds.finditer(norm):
        if not_after.match(norm, kind.end()):
            continue
        for size in sizes:
            start = kind.start() - size
            body = norm[start:kind.start()]
            before = norm[start - 1:start]
            if start < 0 or not _HAN_NAME.fullmatch(body) or not_body.search(body) or _CLAUSE.search(body) \
                    or _VERB_FIRST.match(body):
                continue
            if before and "\u4e00" <= before <= "\u9fff" and not _FIRM_LEFT_WORDS.search(norm, max(0, start - 2), start):
                continue
            found.append(Candidate(start, kind.end(), "Organization", "", "rule", attrs=(("kind", "school"),)))
            break
    return found


def _school_abbreviations(norm: str) -> list[Candidate]:
    return _schools_before(norm, _SCHOOL_KIND, _NOT_SCHOOL_AFTER, _NOT_SCHOOL_BODY, (4, 3, 2, 1))


# A school named without its city (纪念中学综合楼动工, 、金陵中学江心洲校区, 。北湖小学等4所学校):
# a short name and 中学/小学 after a boundary, a list or a verb; not a kind (公办中学,
# 改扩建中小学, 初高中学生).
_NOT_SCHOOL_NAME = re.compile(r"[中小初高大建新改扩各全该本每所类级批个的和与及等在万名]|公办|民办|县域|普通|城区|农村|乡村|义务|"
                              r"寄宿|完全|九年|一贯|重点|示范|特色|优质|薄弱|职业|特殊|附属|实验$|第")


_SCHOOL_LEVEL = re.compile(r"中学|小学")
_NOT_AFTER_SCHOOL_LEVEL = re.compile(r"[生位阶段教习入]")


def _named_schools(norm: str) -> list[Candidate]:
    return _schools_before(norm, _SCHOOL_LEVEL, _NOT_AFTER_SCHOOL_LEVEL, _NOT_SCHOOL_NAME, (4, 3, 2))


def _level_abbreviations(norm: str) -> list[Candidate]:
    found = []
    for match in _LEVEL_ABBREVIATION.finditer(norm):
        start = match.start()
        before = norm[start - 1:start]
        if before and "\u4e00" <= before <= "\u9fff" and not _FIRM_LEFT_WORDS.search(norm, max(0, start - 2), start):
            continue  # 城市城投: the level word ends another word
        found.append(Candidate(start, match.end(), "Organization", "", "rule", prefix_end=match.end("level")))
    return found


def match_org_rules(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = match_host_bodies(norm) + _level_abbreviations(norm) + _school_abbreviations(norm) \
        + _named_schools(norm)
    guarded = match_guarded_short_names(norm)
    found += guarded
    for hit in guarded:  # 中建 + 三局, 国网 + 省电力公司; not 中交 + 海南总部, 国能 + 智算中心
        candidate = _extend(norm, hit.start, hit.end, 0, max_body=4)
        if (candidate is not None and norm[hit.end:candidate.end] not in _FIRM_OWN_SUFFIXES
                and norm.endswith(_GUARDED_UNIT_SUFFIXES, hit.end, candidate.end)):
            found.append(candidate)
    found += match_firm_lists(norm, lexicon_hits) + match_lists_with_a_known_firm(norm, lexicon_hits)
    found += match_short_firms(norm, lexicon_hits)
    outermost = _outermost(lexicon_hits)
    regions = [hit for hit in outermost if hit.type == "Region"]
    regions_at = {hit.start: hit for hit in regions}
    schools = _short_schools(norm, regions)
    found += [school for school, _ in schools]
    for hit in outermost:
        if hit.type == "Region":
            level = dict(hit.attrs).get("level", "")
            if level not in _REGION_PREFIX_LEVELS:
                continue
            bracketed = _region_in_brackets(norm, hit, regions_at)
            if bracketed is not None:
                found.append(bracketed)
                continue
            if level == "foreign":
                organ = _FOREIGN_ORGAN.match(norm, hit.end)
                if organ:
                    found.append(Candidate(hit.start, organ.end(), "Organization", "", "rule", prefix_end=hit.end))
                    continue
            # An area (成渝) needs a real body and a strong suffix: 成渝金融法院, not 成渝地区中部.
            if level in {"area", "zone", "country", "foreign"}:
                candidate = _extend(norm, hit.start, hit.end, 2, strong_only=True)
                # …but a school is named after its area (皖南医学院, 皖西学院).
                school = _extend(norm, hit.start, hit.end, 0, max_body=3, strong_only=True) if level == "area" else None
                if candidate is None and school is not None and norm.endswith(("大学", "学院"), 0, school.end):
                    candidate = school
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
            # 鲁北大数据中心: a two-character short form glued to the word before it is
            # half of two words (鲁北|大数据), not 北大 + 数据中心.
            if hit.length == 2 and hit.start > 0 and "\u4e00" <= norm[hit.start - 1] <= "\u9fff" \
                    and not _FIRM_LEFT_WORDS.search(norm, max(0, hit.start - 2), hit.start):
                continue
            # A listed firm's short name with its trade word (伊戈尔 + 电气, 美联新材 + 料): the firm.
            # Not after a name that ends in a trade word already (齐鲁制药 + 生物药 is a product).
            if dict(hit.attrs).get("kind") == "enterprise" and not SHORT_FIRM_INDUSTRY.search(norm, hit.end - 2, hit.end):
                trade_end = _trade_word_end(norm, hit.end)
                if trade_end:
                    # A listed firm's short name runs on into its own trade word (伊戈尔电气); a group's
                    # short name with a trade word its legal name lacks (比亚迪 + 汽车, 马钢 + 物流) names
                    # a subsidiary, a firm of its own.
                    trade_word = norm[hit.end:trade_end]
                    subsidiary = hit.name.endswith(_LEGAL_NAME_ENDS) and len(trade_word) >= 2 and trade_word not in hit.name
                    found.append(Candidate(hit.start, trade_end, "Organization", "" if subsidiary else hit.name, "rule",
                                           attrs=hit.attrs))
            # 教育部 + 办公厅, 新疆生产建设兵团 + 教育局; a longer body would run into the sentence.
            candidate = _extend(norm, hit.start, hit.end, 0, max_body=3)
            if candidate is not None:
                if dict(hit.attrs).get("kind") == "enterprise" and norm[hit.end:candidate.end] in _FIRM_OWN_SUFFIXES:
                    candidate = replace(candidate, name=hit.name)  # 日钢 + 集团 is 日钢 itself
                found.append(candidate)
            continue
        else:
            continue
        candidate = _extend(norm, hit.start, hit.end, min_body)
        if candidate is not None:
            found.append(candidate)
            if _SCHOOL_NAME.search(norm, candidate.start, candidate.end):
                schools.append((candidate, norm[hit.start:hit.end]))
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
        # 市级以上重点实验室: 以上 / 以下 is a rank, not the start of a name.
        if len(body) >= 2 and body not in _GENERIC_NAMED and not _CLAUSE.search(body) and body[0] not in "上下级":
            start = match.start() + offset
            # 市中医院: a bare level word in front is resolved like 市发展改革委.
            found.append(Candidate(start, match.end(), "Organization", "", "rule",
                                   prefix_end=_after_bare_level(norm, start)))
    found += _listed_schools(norm, schools)
    found += _firms(norm)
    for match in _BARE_LEVEL.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 0)
        if candidate is not None:
            found.append(candidate)
    # After a verb (支持市妇幼保健院, 推动市人民医院) only a strong suffix makes a name.
    for match in _BARE_LEVEL_AFTER_VERB.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 0, max_body=10, strong_only=True)
        # A lab's name runs long and may join two fields (省硅单晶半导体材料与技术重点实验室).
        candidate = candidate or _lab_name(norm, match.start(), match.end())
        if candidate is not None:
            found.append(candidate)
    return found
