"""Organisation names built from a region (or an organ) and a suffix:
重庆市人民政府, 市发展改革委, 省科技厅, 教育部办公厅, 重庆城市管理职业学院;
the host region's own bodies written short (市人民政府, 市委, 州人大, 盟人大工委,
行署, 自治区党委); firms by their legal or trade suffix after a sound left
boundary (农夫山泉股份有限公司, 甘李药业, 古井集团); named hospitals and innovation
centres without a region in front (长峰医院); firms' two-character short names
that are too often half of other words to be lexicon forms (国网, 国能, 中交), taken
only after a clear left boundary. Firms without a suffix (in lists, by trade name
and industry word) are ``firm_rules``' business.
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

from extractors.ner.candidates import BRANCH, Candidate
from extractors.ner.firm_rules import (PRODUCT_AFTER_INDUSTRY, SHORT_FIRM_INDUSTRY, SHORT_FIRM_NOT_AFTER,
                                       match_firm_lists, match_firms_before_capacity, match_firms_honoured,
                                       match_firms_listed_by_kind,
                                       match_lists_with_a_known_firm,
                                       match_short_firms)
from extractors.ner.gazetteer import canonical_by_form, entries_by_name
from extractors.ner.normalise import normalise_form
from extractors.ner.org_words import (BEFORE_BAN_IN_A_VERB, BUSINESS_WORDS, CLAUSE, GENERIC_FIRM, HAN_NAME,
                                     PARTY_DEPARTMENTS)
from extractors.ner.titles import TITLE_AT_END
from extractors.ner.unknown_names import unknown_name_at
from extractors.sentences import clause_around

# Longest first: a regex alternation takes the first alternative that fits.
ORG_SUFFIXES = sorted({
    "人民代表大会常务委员会", "人大常委会", "政协", "人民政府", "政府", "委员会", "领导小组办公室", "领导小组",
    "办公厅", "办公室", "工作组", "管委会", "监督管理局", "管理局", "监管局", "局", "厅", "委", "办", "部",
    "集团", "股份有限公司", "有限公司", "公司", "大学", "学院", "学校", "研究院", "研究所", "科学院", "中心",
    "实验室", "法院", "检察院", "法庭", "银行", "支行", "分行", "协会", "学会", "联合会", "商会", "基金会",
    "医院", "报社", "电视台", "党委", "党组", "纪委", "监委", "出版社", "博物馆", "纪念馆", "图书馆", "交易所", "联席会议",
    "秘书处", "执行委员会", "组织委员会", "执委会", "组委会", "研究中心",
    # schools and hospitals by their own kind (市第一中学, 南医大附属中学, 市妇幼保健院)
    "中学", "小学", "附属中学", "附中", "党校", "委党校", "附属小学", "附属医院", "保健院", "管理委员会", "创新中心", "产业集团",
    # a township's central school or clinic (泸定得妥镇中心小学), not a 中心 and a 小学
    "中心小学", "中心学校", "中心校", "中心卫生院", "卫生院", "中心医院",
    # customs offices and travel agencies (凯里海关, 中国国际旅行社); alliances of a
    # national or world scope (世界旅游联盟)
    "海关", "旅行社", "联盟", "福利院", "敬老院", "救助管理站",
    # kindergartens, junior schools and homes for the old (港南第四幼儿园, 覃塘翰林初中, 泗县中心养老院)
    "幼儿园", "初中", "养老院", "中心养老院", "颐养院", "中心血站",
    # institutes of design and planning (市水利规划设计院, 省交通规划设计院), museums of science and art
    # (市科技馆正式开馆运行)
    "设计院", "规划院", "科技馆", "美术馆",
    # centres that care for people (市残疾人康复中心, 市残疾人托养中心): institutions, not venues
    "康复中心", "托养中心",
    # centres a city runs for care, testing and public service (市公共卫生医疗中心, 市综合检验检测中心,
    # 市行政服务中心, 城市福利中心)
    "医疗中心", "检测中心", "行政服务中心", "政务服务中心", "福利中心",
    # a university's office, or its branch, for moving its research into firms (哈尔滨工业大学（江西）
    # 技术转移分中心, 西南交通大学广安技术转移中心)
    "技术转移中心", "技术转移分中心",
    # a city's archives, vocational school and maternity hospital by their short forms (市国家综合档案馆,
    # 市职教中心, 市妇保院)
    "档案馆", "职教中心", "妇保院",
}, key=len, reverse=True)
# A city's schools by number (市一中, 县二中), not the start of 第一中学, 第一中心医院 or 职教中心学校.
_NUMBERED_SCHOOLS = tuple(f"{numeral}中" for numeral in "一二三四五六七八九十")
_SUFFIX_ALT = "|".join(map(re.escape, ORG_SUFFIXES)).replace(re.escape("职教中心"), "职教中心(?!学校)") \
    + "|[一二三四五六七八九十]中(?![学心专])"
# Characters that end a name rather than continue it: function words and verbs
# that begin a clause. 和 stays allowed (发展和改革委员会).
# 等 ends a list, but 高等 is a word of names (安徽(阜阳)高等研究院).
_BODY = r"(?:(?![的了是在将对把为要并及或与各该这其之就以从被]|(?<!高)等)[\u4e00-\u9fff()])"
# A suffix character that is really the start of another word (局面, 部署, 办法 …; 协商会议), and the
# governance of a kind of body (中国特色国有企业现代公司治理, 基层政府治理); a body's 事项 are its
# business (市行政服务中心事项进驻率), but an office's 办 with 事项 is a service (通办事项).
_NOT_AFTER_SUFFIX = r"(?![面署门托员法理好件级位队势公城议]|分(?!馆|院|校)|事(?!项)|(?<=办)[事学]|治理)"
_AFTER_PREFIX = re.compile(
    rf"(?P<body>{_BODY}{{0,20}}?)(?P<suffix>{_SUFFIX_ALT}){_NOT_AFTER_SUFFIX}"
)
_COMMITTEE_SUFFIXES = {"领导小组办公室", "领导小组", "联席会议", "秘书处", "工作组", "执行委员会", "组织委员会"}
# Suffixes strong enough to make a name after an area prefix (成渝金融法院), where
# 中心/局/部 would mostly be prose (西部金融中心, 成渝地区中部).
_STRONG_SUFFIXES = {"法院", "法庭", "检察院", "实验室", "大学", "学院", "银行", "集团", "有限公司", "股份有限公司",
                    "创新中心", "党校", "委党校", "附属中学", "附中", "附属小学", "附属医院", "保健院", "产业集团", "公司", "委员会", "领导小组办公室", "联席会议", "秘书处", "研究院", "研究所", "科学院",
                    "协会", "学会", "联合会", "商会", "基金会", "博物馆", "纪念馆", "医院", "电视台", "报社", "出版社", "研究中心",
                    "管理委员会", "管委会", "海关", "旅行社", "联盟", "福利院", "敬老院", "救助管理站",
                    "幼儿园", "初中", "养老院", "中心养老院", "颐养院", "中心血站", "设计院", "规划院", "科技馆", "美术馆",
                    "康复中心", "托养中心", "医疗中心", "检测中心", "行政服务中心", "政务服务中心", "福利中心", "中学", "小学",
                    "技术转移中心", "技术转移分中心", "档案馆", "职教中心", "妇保院", *_NUMBERED_SCHOOLS}
# A bare level word as the prefix of a local organ: 、市发展改革委 / 由省科技厅.
_BARE_LEVEL = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在实彻照据于]))(?P<level>自治区|省|市|区|县|盟|州|旗)(?!场|民|区|县|级|内|外|里|属|委员|员|友|国|约|域|舰|帜|下|袍)")
_BARE_LEVEL_AFTER_VERB = re.compile(r"(?<=支持|推动|推进|加快|建成|完成|抓好|办好|建设|依托|投用|筹建|迁建|扩建|组建|升格|成立|设立|"
                                    r"联合|做强|"
                                    r"重组|整合|新设|挂牌|改组|开展|实施|改造|提升|新建|运营|启用|启动)(?P<level>自治区|市|省|盟|州)"
                                    r"(?!场|民|区|县|级|内|外|里|属|委员|域|值|面|容|政)")
# The verbs that set a body up: what follows is a body whatever its suffix.
_SETTING_UP = ("成立", "组建", "设立", "新设", "挂牌")
# Directions and generic heads that make 部/中心 a place or an abstraction, not an organ.
_GENERIC_BODIES = {"", "东", "西", "南", "北", "中", "内", "外", "全", "局", "干", "本", "总", "一", "两", "有关", "相关"}
_REGION_PREFIX_LEVELS = {"country", "province", "prefecture", "county", "township", "area", "zone", "foreign"}
# A foreign state's organs (俄罗斯国防部, 以色列国防军, 越南国家数字电视台).
_FOREIGN_ORGAN = re.compile(r"国防部|外交部|国防军|武装部队|共产党|国家数字电视台|国家电视台|央行|中央银行|议会|国会|政府")


# …or ranked (入选中国科技创新中心100强: a ranking, not a body).
_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+[所家个座](?![\u4e00-\u9fff])|[\d一二三四五六七八九十百千]+强")


_TWO_JOINED = re.compile(r"(?:校区|基地|园区|公司|集团|大学|学院|医院|实验室|研究院|项目|党代会|部署)[和及与]"
                         # …决策部署和市委, …党代会和省委: the committee after the list word is the name
                         r"|[和及与][省市县区州盟]$"
                         # 市妇保院母婴保健大楼和市残疾人康复中心: a second body of the city after the joiner
                         r"|[和及与][省市县州](?!场|域|级|属|直|管|委|政府|人民政府)[\u4e00-\u9fff]{2}")
_TWO_LEVELS = re.compile(r"[和及、]?[市县区州盟旗](?:委|党委|人大|政府|人民政府|政协)$")


def _ends_word(norm: str, at: int, suffix: str) -> bool:
    """True when the suffix closes an ordinary word (布局, 西部, 内部)."""
    before = norm[at - 1:at]
    if suffix == "局":
        return before in set("布大格全结开当终时变困僵骗")
    if suffix == "部":
        return before in set("西东南北内外全干局腹底头顶脑胸腰背本中深")
    if suffix == "办":
        return before in BEFORE_BAN_IN_A_VERB
    return False


_VERB_OPENS_BODY = re.compile(r"立足|围绕|聚焦|依托|发挥|坚持|突出|紧扣|对标|瞄准|坚决|持续|全力|加快|推动|推进|实施|"
                              r"打造|强化|提升|深化|抓好|做好|做强|完善|健全|统筹|着力|大力")


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
    # 皖北首个新能源汽车产业研究院: a rank, not a name; 婺城立足中心带动, 阳新围绕人民医院: a verb
    # after the place, whose clause runs on to a word that ends like a body.
    if body.startswith(("首个", "首家", "首批", "唯一")) or _VERB_OPENS_BODY.match(body):
        return None
    if (max_body <= 3 and "和" in body) or body.count("(") != body.count(")") or (suffix == "中心" and body[-1:] in {"副", "分"}):
        return None
    # 天津校区和天津医学健康研究院, 济南基地和省实验室: two things joined, not one name.
    if _TWO_JOINED.search(body):
        return None
    # Leading groups and joint bodies are named after what they do
    # (推动成渝地区双城经济圈建设领导小组办公室); other bodies must not read as a clause.
    if suffix not in _COMMITTEE_SUFFIXES and CLAUSE.search(body):
        return None
    # 海关监管场所, 海关信息中心: the customs office's facility, not a body of its own (通过南宁海关验收 is
    # the office's check).
    if suffix == "海关" and norm.startswith(("监管", "信息", "总署"), match.end()):
        return None
    if len(suffix) == 1 or suffix == "中心":
        if _ends_word(norm, match.start("suffix"), suffix):
            return None
    # 龙马潭区全民健身中心, 临沂国际会展中心, 阳朔旅游集散中心: a venue a city builds, not a body;
    # 阳朔国际旅游消费中心: a standing a city strives for; 柳州保税物流中心: a zone under customs
    # (region_rules).
    if suffix == "中心" and _VENUE_BEFORE_CENTRE.search(body):
        return None
    # 国家区域医疗中心, 省重症区域医疗中心: a rank a hospital is granted, not a body.
    if suffix == "医疗中心" and "区域" in body:
        return None
    if strong_only and suffix not in _STRONG_SUFFIXES:
        return None
    # A name counted after it is a label many bodies hold (省…共同体领航学校9所).
    if _COUNTED.match(norm, match.end()):
        return None
    if suffix in {"部", "中心", "办", "委"} and body in _GENERIC_BODIES and not (suffix == "委" and body == ""):
        return None
    # 湖南省法治政府建设示范项目: a kind of government the province builds, not its government.
    if suffix == "政府" and _KIND_OF_GOVERNMENT.fullmatch(body):
        return None
    # 中学/小学 need a name of their own: 市第一中学, not 市中小学 or 全市中学.
    if suffix in {"中学", "小学"} and (len(body) < 2 or body.endswith(("中", "各", "城", "乡", "公办", "民办"))):
        return None
    return Candidate(prefix_start, match.end(), "Organization", "", "rule", prefix_end=body_start)


_KINDS_A_TITLE_NAMES = {"大学", "学院", "医院", "学校", "中学", "小学", "幼儿园"}
_VENUE_BEFORE_CENTRE = re.compile(r"(?:全民健身|文体|体育|购物|集散|会展|博览|游客|游客服务|便民服务|会议|文化|消费|保税物流)$")
_KIND_OF_GOVERNMENT = re.compile(r"法治|廉洁|服务型|数字|智慧|诚信|阳光|有为|有效|责任|效能|透明|人民满意的?")
_NATIONAL_PREFIX = re.compile(r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由和与及同会对向经请在]))(?:全国|国家|中央|国际|世界|亚洲)|(?<=入选|加入|携手|联合)(?:国际|世界|亚洲)")
# Distinctive heads that make a name without a region in front (金凤实验室,
# 马克思共产主义学校); the name starts after punctuation or a verb.
_UNPREFIXED = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,14}?)(?P<suffix>实验室|博物馆|纪念馆|共产主义学校|法院|法庭|研究院|研究中心|医院|创新中心|技师学院|酒店|"
                         r"职业技术学院|职业学院|干部学院)(?![\u4e00-\u9fff]{0,1}(?:建设|基地))")
_LEFT_CUT = re.compile(r".*(?:启动|新建|实施|推进|推动|开展|建设|打造|加快|争取|创建|依托|支持|鼓励|建立|构建|探索|深化|高标准|"
                       r"高水平|共建|争创|申建|做强|做优|发挥|组建|成立|设立|布局|引进|和|与|及|等|的|在|把|将|对|以|"
                       r"了|向|从|到|由|为|是|个|家|批|所|确保|纳入|建成|利用|列入|运营|建强|帮扶|组|加强|提升|完善|优化|"
                       r"升级|改造|扩建|做好|用好|办好|服务|携手|落实|落地|入驻|签约|招引|认定|获批|获评|成为|入选|包括|完成|筹建|力争|"
                       r"投用|牵手|抓好|围绕|好|成|搭建|共建|新建|组建|布局|运行|挂牌|平台|开放|启用|健全|开工|投产|做实|使用)")
_KIND_OF_HOTEL = re.compile(r"星|品质|品牌|精品|特色|主题|连锁|高端|优质|电竞|旅游|民宿|标准|商务|快捷|经济|城市|^(?:度假|国际|温泉)$|"
                            r"[的和与及等个家批所类]|\d")
# A college a city builds may go by its field alone (加快康养职业学院、科技职业学院建设, 建成小平干部学院).
_COLLEGE_SUFFIXES = {"职业技术学院", "职业学院", "干部学院"}
_KIND_OF_COLLEGE = re.compile(r"高等|本科|层次|一流|全国|省级|市级|国家级|示范|骨干|优质|公办|民办|高水平|特色|新建|[的和与及等个家批所类]|\d")
_KIND_OF_LAB = re.compile(r"(?:全国|国家)重点实验室")
_GENERIC_NAMED = {"国家", "重点", "全国重点", "国家重点", "知识产权", "联合", "重庆", "新型", "企业", "教学", "实训",
                  "实践", "省级", "市级", "省重点", "市重点", "工程", "专业", "高校", "校企", "共建", "创新", "高水平创新",
                  "省级重点", "市级重点", "国家级重点",
                  # designations a body wins, not its name (企业重点实验室, 国家临床医学研究中心)
                  "企业重点", "临床医学", "工程技术", "前沿科学", "乡村"}
# A national lab's name may join two fields (光伏材料与电池全国重点实验室, 同位素及药物国家工程研究中心):
# the cut at the joiner would leave only the second.
_JOINED_FIELDS_LAB = re.compile(r"(?:重点实验室|工程研究中心|工程技术研究中心|技术创新中心)$")
_FIELD_JOINERS = "与及和"
_FIELD_ENDING_VERB = "利用"  # the one verb of the cut that ends a field of research (资源综合利用)
_NATIONAL_RANK = re.compile(r"(?:国家|全国)(?:重点|工程技术|工程|技术)?$")
_LONGEST_FIELD = 10


def _first_field_start(norm: str, match_start: int, body: str, joiner_end: int) -> int | None:
    """Where the field before the joiner begins: after a verb or a boundary, two to ten characters
    of no clause; None when it cannot be told."""
    before = body[:joiner_end - 1]
    verb = _LEFT_CUT.match(before)
    if verb is not None and before[verb.end() - 1] in _FIELD_JOINERS:
        return None  # a list of fields (A、B与C): no one name
    field_start = verb.end() if verb else 0
    if verb is None and match_start > 0 and "\u4e00" <= norm[match_start - 1] <= "\u9fff":
        return None  # began inside a word
    field = before[field_start:]
    if not 2 <= len(field) <= _LONGEST_FIELD or CLAUSE.search(field):
        return None
    return field_start


# A rank in front of a kind is a kind still (省级工程技术研究中心).
_RANK_BEFORE_KIND = re.compile(r"^(?:国家级|省级|市级|县级|省|市)")


# A firm named by its legal or trade suffix (农夫山泉股份有限公司, 甘李药业, 古井集团).
_FIRM = re.compile(r"(?P<suffix>股份有限公司|有限责任公司|有限公司|集团|药业|公司)(?![\u4e00-\u9fff]?(?:化|型|式|制|总部|所属))")
# Where a firm's name may start: after a non-Han character, a function word, or
# a verb of dealing with firms (支持古井集团, 与华润集团, 引进农夫山泉股份有限公司).
_FIRM_LEFT_WORDS = re.compile(
    r"(?:支持|推进|推动|引进|引育|招引|服务|依托|携手|联合|合作|牵头|组建|成立|设立|筹建|打造|培育|壮大|做强|做大|建成|投产|"
    r"开工|落户|入驻|新增|争取|对接|加强|深化|助力|帮助|鼓励|获批|成为|入选|包括|带动|完成|移交|投运|竣工|力争|力推|引导|强化|发挥|用好|借助|联手|"
    r"授予|汲取|重塑|提高|增强|排除|协调|指导|保障|实现|签约|落地|抓好|做好|办好|打好|建设|加快|全力|积极|大力|以|与|和|及|"
    r"同|等|的|在|由|对|向|把|将|为|是|了|跟|从|接|如|像|家|个)$")
_MAX_FIRM_NAME = 10


_LEADING_LEVEL = re.compile(r"(?:自治区|[市省州县盟])(?!场|民|区|县|级|内|外|里|属|委员|值|域|政|员|友|国|约)")


_LAB = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,16}?)(?:重点实验室|工程技术研究中心|工程研究中心|技术创新中心)")


def _lab_name(norm: str, prefix_start: int, body_start: int) -> Candidate | None:
    """A province's or a city's lab after a verb (加快省硅单晶半导体材料与技术重点实验室建设):
    a long body whose only joiner is 与 / 和 between two fields."""
    match = _LAB.match(norm, body_start)
    if match is None or CLAUSE.search(match.group("body").replace("与", "").replace("和", "")):
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
        if not HAN_NAME.fullmatch(body):
            continue  # 管委会+公司, 凉山)公司
        if GENERIC_FIRM.search(body) or CLAUSE.search(body) or BUSINESS_WORDS.fullmatch(body):
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
# 都市, 上市, 省市委), and the body must not run on (市委员, 市政府代表). A congress's deputies
# (市人大代表建议) name the congress, as a committee's members (市政协委员) name the committee.
# Resolution names them from the document's region and drops what it cannot name.
HOST_BODY = re.compile(
    r"(?<![城全各本我都门上股楼夜集街超省县区市州盟旗])(?P<level>自治区|自治州|地区|市|省|盟|州|县|区)"
    rf"(?P<body>(?:党委|委)(?:{PARTY_DEPARTMENTS})|"
    r"人民代表大会常务委员会|人大常委会|人大工委|人大|人民政府|政府|政协|党委|纪委|监委|委|行政公署|行署)"
    r"(?!员|(?<!人大)代表|委员|系统|各部门|部门|机关|办公|工作部门|直属|党组|党校|[\u4e00-\u9fff]?[局厅部办])"
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
    # 三峡 is mostly the gorges and the places named after them (三峡大学, 三峡机场): the group only at
    # the head of its power works (三峡海上风电项目, 三峡庆云新型储能项目; _GUARDED_ONLY_BEFORE_WORKS).
    "三峡": "中国长江三峡集团有限公司",
}
_GUARDED_ONLY_BEFORE_WORKS = {"三峡"}
_POWER_WORKS = re.compile(r"(?:海上)?风电|光伏|(?:新型)?储能|新能源|抽水蓄能|水电|火电|煤电")
_GUARDED = re.compile("|".join(sorted(map(re.escape, GUARDED_SHORT_NAMES), key=len, reverse=True)))
_GUARD_VERB = re.compile(
    r"(?:支持|推进|推动|引进|引育|招引|服务|依托|携手|联合|合作|牵头|争取|对接|深化|助力|帮助|鼓励|带动|"
    r"包括|加快|建设|实施|抓好|做好|签约|发挥|紧盯|瞄准|借助|吸引|集聚|聚集|强化|引导|投用)$")
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


def match_guarded_short_names(norm: str, places: list[Candidate] = ()) -> list[Candidate]:
    """国网新疆电力 / 推动国能化工 / 与中信 / 盂县国能光伏: a risky short name after a clear left
    boundary or the county or city its works stand in. ``places``: the divisions the lexicon found."""
    place_ends = {place.end for place in places if dict(place.attrs).get("level") in _DIVISION_LEVELS_OF_FIRMS}
    place_starts = {place.start for place in places if dict(place.attrs).get("level") in _DIVISION_LEVELS_OF_FIRMS}
    found = []
    for match in _GUARDED.finditer(norm):
        if match.group(0) in _GUARDED_ONLY_BEFORE_WORKS and not (
                _POWER_WORKS.match(norm, match.end()) or match.end() in place_starts):
            continue
        if (_clear_left(norm, match.start()) or match.start() in place_ends) \
                and not _GUARDED_NOT_AFTER.match(norm, match.end()):
            found.append(Candidate(match.start(), match.end(), "Organization",
                                   GUARDED_SHORT_NAMES[match.group(0)], "rule"))
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


# A hospital named by its kind or number alone, in a list whose items a level word opens
# (市公共卫生防控救治中心、第一中医医院扩建项目; 市疾控中心、妇保院新院): the level's hospital.
_LISTED_HOSPITAL = re.compile(rf"(?<=[、和及])(?:第{_ORDINAL}(?:人民|中医|中西医结合)?医院|妇幼保健院|妇保院|中医院|中医医院|"
                              # a hospital by its number alone, after another (市一院、三院新大楼建成投用)
                              r"[一二三四五六七八九]院(?![士校区系所长]))")
_LEVEL_OPENS_ITEM = re.compile(r"(?:^|(?<=[、，,；;：:]))[市县区州]")


def _listed_hospitals(norm: str) -> list[Candidate]:
    found = []
    for match in _LISTED_HOSPITAL.finditer(norm):
        clause_start, _ = clause_around(norm, match.start())
        if _LEVEL_OPENS_ITEM.search(norm, clause_start, match.start()) \
                or _BARE_LEVEL_AFTER_VERB.search(norm, clause_start, match.start()):  # 抓好市人民医院…、妇幼保健院
            found.append(Candidate(match.start(), match.end(), "Organization", "", "rule"))
    return found


def _region_in_brackets(norm: str, hit: Candidate, regions: dict[int, Candidate]) -> Candidate | None:
    """广东省（林芝）高原心血管研究所: a body a region (or a body) runs in another place."""
    inner = regions.get(hit.end + 1) if norm[hit.end:hit.end + 1] == "(" else None
    if inner is None or norm[inner.end:inner.end + 1] != ")":
        return None
    return _extend(norm, hit.start, inner.end + 1, 2, max_body=12, strong_only=True)


# A body's branch in a place (东南大学国家技术转移淮安分中心, 国家玉米改良中心安徽分中心, 太湖实验室连云港中心,
# 齐鲁股权交易中心泰安运营中心, 四川银行巴中分行): the parent's name, the place and the branch's head make one
# body. A branch word (分中心, 分行) follows a parent whose name holds a body's head; a bare 中心 or 运营中心
# follows one whose name ends in it.
_PARENT_HEAD = re.compile(r"中心|实验室|大学|学院|研究院|研究所|科学院|银行|交易所|集团|医院|[一二三四五六七八九]院")
_PARENT_END = re.compile(rf"(?:{_PARENT_HEAD.pattern})(?P<field>[\u4e00-\u9fff]{{0,6}})$")
_LONGEST_PARENT = 20
_BRANCH_PLACE_LEVELS = {"province", "prefecture", "county", "area"}


def _branches_in_places(norm: str, regions: list[Candidate]) -> list[Candidate]:
    """Bodies named by their parent and the place of the branch, the parent cut after the clause's verb."""
    found = []
    place_starts = {place.start for place in regions}
    for place in regions:
        branch = BRANCH.match(norm, place.end)
        if branch is None or dict(place.attrs).get("level") not in _BRANCH_PLACE_LEVELS:
            continue
        left_edge = place.start
        while left_edge > 0 and "\u4e00" <= norm[left_edge - 1] <= "\u9fff" and place.start - left_edge < _LONGEST_PARENT:
            left_edge -= 1
        left = norm[left_edge:place.start]
        cut = _LEFT_CUT.match(left)
        at = cut.end() if cut else 0
        if left.endswith("国家", 0, at):  # 国家 opens the name; its 家 is no counter
            cut = _LEFT_CUT.match(left, 0, at - 2)
            at = cut.end() if cut else 0
        elif left.endswith(("及", "和", "与"), 0, at):
            # The parent's name may join two tasks (四川省食品药品审查评价及安全监测中心): it runs back to
            # a place that opens it.
            cut = _LEFT_CUT.match(left, 0, at - 1)
            wider = cut.end() if cut else 0
            if left_edge + wider in place_starts:
                at = wider
        parent = left[at:]
        parent_end = _PARENT_END.search(parent)
        # A field after the parent's head only before a branch word (…大学国家技术转移淮安分中心).
        if parent_end is None or len(parent) < 4 or (parent_end.group("field") and not branch.group().startswith("分")) \
                or CLAUSE.search(parent) or parent.startswith(("首个", "首家")):
            continue
        found.append(Candidate(place.start - len(parent), branch.end(), "Organization", "", "rule",
                               prefix_end=place.start - len(parent)))
    return found


_LEGAL_NAME_ENDS = ("公司", "集团")
_GROUP_PLANT_KINDS = {"光伏", "风电", "储能", "新能源"}
_GROUP_PLANT_KIND = re.compile("|".join(sorted(_GROUP_PLANT_KINDS)))


# A group's local company is named by the group's short form glued to a coined trade name
# (宝武特冶, 隆基乐叶, 广汽埃安, 中粮面业): characters that begin no word (unknown_names), no place
# the lexicon knows, no number (多氟多六氟磷酸锂: 六氟 begins the product), and no plant named by its
# site after them (中煤芒来、…两个电厂). The parent stays a mention of its own inside (nested_organizations).
_LONGEST_OWN_TRADE_NAME = 3
_NUMERAL = re.compile(r"[一二三四五六七八九十两百千万零]")
_SITE_NAMED = re.compile(r"[^，。；：,;:]{0,8}?(?:电厂|电站|煤矿|矿井|发电)")


def _own_trade_name_end(norm: str, end: int) -> int:
    """Where a subsidiary's own trade name right after its group's short form ends, or 0."""
    own_name = unknown_name_at(norm, end)
    if (not 2 <= len(own_name) <= _LONGEST_OWN_TRADE_NAME or own_name in canonical_by_form("Region")
            or _NUMERAL.match(own_name) or _SITE_NAMED.match(norm, end + len(own_name))):
        return 0
    return end + len(own_name)


def _trade_word_end(norm: str, end: int) -> int:
    """Where a trade word that runs on past ``end`` ends (电气 after 伊戈尔; 新材料 over
    美联新材|料), or 0; not when the trade word begins a place or a kind (化工园区)."""
    for back in (0, 1, 2):
        trade = SHORT_FIRM_INDUSTRY.match(norm, end - back)
        if trade and trade.end() > end and not SHORT_FIRM_NOT_AFTER.match(norm, trade.end()) \
                and not PRODUCT_AFTER_INDUSTRY.match(norm, trade.end()):  # 天通|储能电池
            return trade.end()
    return 0


# A region's investment platforms and new bodies by their short forms alone (州工投, 省交投,
# 省产研院, 市国动办), and its hospitals by their number (市一院 for 市第一人民医院, 市二院), the
# level word naming the document's region or the one above it.
_LEVEL_ABBREVIATION = re.compile(r"(?P<level>[省市州县区盟])(?P<abbrev>城投|交投|工投|产投|国投|文旅投|旅投|农投|水投|能投|"
                                 r"建投|发投|金控|国控|科创投|产研院|国动办|[一二三四五六七八九]院(?!士))"
                                 r"(?![\u4e00-\u9fff]?(?:资金|债|平台|类|企业))")


# Schools by their short forms (安医大, 安工大, 三峡职院, 黑幼专): a place's or a name's
# first characters and the abbreviated kind, after a boundary, a list or a verb.
_SCHOOL_KIND = re.compile(r"职院|师院|医大|工大|师大|农大|财大|科大|理工大|师专|医专|幼专|幼儿师专|"
                          # schools of sport, nursing and trades (市体校, 山东煤炭卫校, 沅江职业中专, 市职中)
                          r"体校|卫校|技校|职业中专|职专|(?<![履任就供在兼])职中")  # 履职中: in office
# …unless the letters run on into a word (提高专业, 名师大家, 国医大师, 名医专家, 理工大学).
_NOT_SCHOOL_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:生|毕业|学历|学科)|[学科业家师会型化力量众]")
# A verb at the start of the body is the clause, not the name (推动|师专, 建成|中科大).
_VERB_FIRST = re.compile(_FIRM_LEFT_WORDS.pattern.removesuffix("$"))
_NOT_SCHOOL_BODY = re.compile(r"[的了是在将对把为要并及或与和等各该这其之就以从被个所家类级加扩重高化人全本一两]")


# A school or a hospital a city puts to use (建成投用通大附院新院区).
_PUT_TO_USE = ("投用", "启用")


def _schools_before(norm: str, kinds: re.Pattern, not_after: re.Pattern, not_body: re.Pattern,
                    sizes: tuple[int, ...], kind_of_body: str = "school") -> list[Candidate]:
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
            if start < 0 or not HAN_NAME.fullmatch(body) or not_body.search(body) or CLAUSE.search(body) \
                    or _VERB_FIRST.match(body):
                continue
            if before and "\u4e00" <= before <= "\u9fff" and not _FIRM_LEFT_WORDS.search(norm, max(0, start - 2), start) \
                    and not norm.endswith(_PUT_TO_USE, 0, start):
                continue
            # 市体校: a bare level word in front is resolved like 市发展改革委.
            found.append(Candidate(start, kind.end(), "Organization", "", "rule", attrs=(("kind", kind_of_body),),
                                   prefix_end=_after_bare_level(norm, start)))
            break
    return found


# A university's hospital by its short form (通大附院, 滨医附院, 安医大一附院, 苏大附一院).
_AFFILIATED_HOSPITAL = re.compile(r"附[一二三四五]?院|[一二三四五]附院")
_NOT_AFTER_AFFILIATED_HOSPITAL = re.compile(r"[长士]")  # 院长, 院士


def _school_abbreviations(norm: str) -> list[Candidate]:
    return _schools_before(norm, _SCHOOL_KIND, _NOT_SCHOOL_AFTER, _NOT_SCHOOL_BODY, (4, 3, 2, 1)) \
        + _schools_before(norm, _AFFILIATED_HOSPITAL, _NOT_AFTER_AFFILIATED_HOSPITAL, _NOT_SCHOOL_BODY, (3, 2),
                          kind_of_body="hospital")


# A school named without its city (纪念中学综合楼动工, 、金陵中学江心洲校区, 。北湖小学等4所学校):
# a short name and 中学/小学 after a boundary, a list or a verb; not a kind (公办中学,
# 改扩建中小学, 初高中学生).
_NOT_SCHOOL_NAME = re.compile(r"[中小初高大建新改扩各全该本每所类级批个的和与及等在万名]|公办|民办|县域|普通|城区|农村|乡村|义务|"
                              r"寄宿|完全|九年|一贯|重点|示范|特色|优质|薄弱|职业|特殊|附属|实验$|第")


_SCHOOL_LEVEL = re.compile(r"中学|小学")
_NOT_AFTER_SCHOOL_LEVEL = re.compile(r"[生位阶段教习入]")


# A school named after its road, lake or farm (厦门路学校, 滴水湖学校, 军马场学校, 官堰湖未来学校); a 学校
# otherwise is mostly a kind (寄宿制学校, 领航学校, 绿色学校).
_SCHOOL = re.compile(r"学校")
_NOT_PLACE_NAMED_SCHOOL = re.compile(_NOT_SCHOOL_NAME.pattern + r"|^(?!.*[路街湖山河桥场湾岛港](?:未来)?$)")


def _named_schools(norm: str) -> list[Candidate]:
    return _schools_before(norm, _SCHOOL_LEVEL, _NOT_AFTER_SCHOOL_LEVEL, _NOT_SCHOOL_NAME, (4, 3, 2)) \
        + _schools_before(norm, _SCHOOL, _NOT_AFTER_SCHOOL_LEVEL, _NOT_PLACE_NAMED_SCHOOL, (5, 4, 3))


def _level_abbreviations(norm: str) -> list[Candidate]:
    found = []
    for match in _LEVEL_ABBREVIATION.finditer(norm):
        start = match.start()
        before = norm[start - 1:start]
        if before and "\u4e00" <= before <= "\u9fff" and not _FIRM_LEFT_WORDS.search(norm, max(0, start - 2), start):
            continue  # 城市城投: the level word ends another word
        found.append(Candidate(start, match.end(), "Organization", "", "rule", prefix_end=match.end("level")))
    return found


# An academy's institute by its short form (中科院水生所, 中科院苏州纳米所): the academy, a short
# field or place, and 所; not a list (中科院等高校院所).
_INSTITUTE_SHORT = re.compile(r"[\u4e00-\u9fff]{1,6}?所(?![\u4e00-\u9fff]?(?:有|在|属|以|得|需|谓))")
_NOT_IN_INSTITUTE = re.compile(r"[的了是在将对把为要并及或与和等各该这其之就以从被个家高校院]")


def _academy_institutes(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found = []
    for hit in lexicon_hits:
        if hit.type != "Organization" or not hit.name.endswith("科学院"):
            continue
        match = _INSTITUTE_SHORT.match(norm, hit.end)
        if match is None or _NOT_IN_INSTITUTE.search(match.group()[:-1]):
            continue
        found.append(Candidate(hit.start, match.end(), "Organization", "", "rule", prefix_end=hit.end))
    return found


# What is named after a figure of the past: schools, halls, foundations and hospitals.
_NAMED_AFTER_A_FIGURE = ("大学", "学院", "学校", "中学", "小学", "纪念馆", "博物馆", "图书馆", "研究会", "基金会", "医院")

_REGIONAL_OFFICE = re.compile(r"(?:税务局|调查总队|调查队|监管局|监管分局|分局|分行|营业管理部|中心支行|海关|管理局)"
                              r"(?![\u4e00-\u9fff]?(?:长|局长|干部|系统))")


# An alliance a city sets up or joins is a body by its name (成立数字经济生态联盟, 发起创立国家钒钛产业联盟,
# 组建长三角MEMS与传感器产业创新联盟), and so is the next of a list of alliances (洞庭湖生态旅游联盟、
# 粮食产业协作联盟). A rank in front is no part of the name (成立全国首个…联盟, 组建全国规模最大的“…联盟”);
# a count is a number of alliances (组建八大产业联盟, 牵头组建5家以上产业联盟), and a two-character field
# a kind (产业联盟, 创新联盟, 职教联盟), not a name.
# A rank a body set up holds, written before its name (全国首个, 省内首个, 全国规模最大的).
_RANK_BEFORE_NAME = r"(?:[^，。；、]{0,8}?(?:首个|首家|第一个|最大的|之一的))?"
_ALLIANCE = re.compile(rf"(?:成立|创立|组建|加入|推动|深化|(?<=联盟)[、和]){_RANK_BEFORE_NAME}"
                       r"(?P<name>[“”\u4e00-\u9fffA-Za-z]{2,18}?联盟)")
_ALLIANCE_COUNT = re.compile(r"[\d一二三四五六七八九十几多]+(?:个|家|大|批)|等|各类|相关|有关")
# Not a name: a verb or a joiner inside (…城市加入申遗联盟, 产业集团和产业联盟), a preposition first (深化与…联盟:
# the name after it is read by the suffix rules), a rank (市级专科联盟), the
# chain a kind of alliance joins (上下游产业联盟), or a two-character field and its kind (中医专科联盟, 化工产业联盟).
_NOT_ALLIANCE_NAME = re.compile(r"加入|和|级|^[与同对在向把将及了]|^上下游|^[\u4e00-\u9fff]{2}(?:产业|专科|创新|发展)$")


def _alliances(norm: str) -> list[Candidate]:
    found = []
    for match in _ALLIANCE.finditer(norm):
        name = match.group("name")
        field = name.removesuffix("联盟").strip("“”")
        if len(field) < 4 or _ALLIANCE_COUNT.search(name) or CLAUSE.search(name) or _NOT_ALLIANCE_NAME.search(field):
            continue
        start = match.start("name")
        if name.startswith("“") and "”" not in name:
            start += 1  # the quote closes after 联盟: “商业卫星星座联盟”
        found.append(Candidate(start, match.end("name"), "Organization", "", "rule", prefix_end=start))
    return found


# A committee or an association a city sets up is a body by its name, whatever its words (成立城市建设管理
# 委员会, 成立市国际陆港枢纽建设委员会, 组建市委市政府决策咨询委员会, 成立青年企业家协会); a rank in front is
# no part of it (成立省内首个公平竞争委员会). Not a kind every estate or place has (业主委员会, 异地商会), a
# count (15家社区社会组织联合会), or a clause (成立…并…).
_SET_UP_BODY = re.compile(rf"(?:成立|组建|设立|新设|创立){_RANK_BEFORE_NAME}"
                          r"(?P<name>[“”\u4e00-\u9fff]{2,16}?(?:委员会|协会|商会|联合会|促进会|研究会))")
_NOT_SET_UP_NAME = re.compile(r"^(?:业主|异地|各类|行业|有关|相关)|[\d一二三四五六七八九十]+[家个]|[的和与及并等]|成立|组建")


def _set_up_bodies(norm: str) -> list[Candidate]:
    found = []
    for match in _SET_UP_BODY.finditer(norm):
        name, start = match.group("name"), match.start("name")
        if _NOT_SET_UP_NAME.search(name) or name.count("“") != name.count("”"):
            continue
        found.append(Candidate(start, match.end("name"), "Organization", "", "rule",
                               prefix_end=_after_bare_level(norm, start)))
    return found


# A power plant by its name (随州电厂, 国能岳阳电厂, 广安火电厂, 大唐哈一热电厂, 国能江苏谏壁发电厂): a firm's
# works the golds count among the bodies; not a kind of plant (虚拟电厂, 生活垃圾焚烧发电厂, 燃煤自备电厂,
# 超超临界电厂) or a count (2座…电厂), and not where a phase or an extension follows it: 加快合川双槐电厂三期
# names a project (the seed gold's, and the development golds', neutral project) — unless the plant is
# named by a place alone (益阳电厂三期, 大别山电厂三期建设, 广安火电厂扩能改造): the city's plant, whose
# new phase the report follows.
_POWER_PLANT = re.compile(r"(?P<body>[\u4e00-\u9fffA-Z]{2,10}?)(?:火|热|水)?(?:发)?电厂")
_PLANT_PROJECT_AFTER = re.compile(r"[一二三四五六七八九十]期|扩建|扩能|改扩建|改造|项目|[\d一二三四五六七八九十]号")
_NOT_A_PLANT_NAME = re.compile(r"虚拟|储能|垃圾|焚烧|生物质|燃煤|燃气|天然气|调峰|自备|临界|坑口|分布式|光伏|智慧|大型|现役|"
                               r"城市级|县域|省级|新建|老|[的和与及等座个家批所各该]|\d")


def _power_plants(norm: str) -> list[Candidate]:
    found = []
    for match in _POWER_PLANT.finditer(norm):
        body = match.group("body")
        cut = _LEFT_CUT.match(body)
        start = match.start() + (cut.end() if cut else 0)
        # Without a verb or a boundary in front, the match began inside a word: the name is unknown.
        if not cut and match.start() > 0 and "\u4e00" <= norm[match.start() - 1] <= "\u9fff":
            continue
        name = norm[start:match.start("body") + len(body)]
        if len(name) < 2 or _NOT_A_PLANT_NAME.search(name) or CLAUSE.search(name):
            continue
        if _PLANT_PROJECT_AFTER.match(norm, match.end()) and name not in canonical_by_form("Region"):
            continue
        found.append(Candidate(start, match.end(), "Organization", "", "rule", prefix_end=start))
    return found


# A state firm's works named by their place (荆门石化, 江汉油田, 北海炼化, 百色电力, 宁夏电信), where they act
# or are listed; not the place's industry (钦州石化产业, 粤东电力送深) or a school (东北电力大学).
_STATE_WORKS = re.compile(r"(?:石化|油田|炼化|电力|电信)(?=[、，,。；;“”]|被|与|和|完成|创建|稳产|炼油|深层|获|成功|等)")
_WORKS_PLACE_LEVELS = {"province", "prefecture", "county", "area"}


# …and a place's investment or building firm by its short form (湖北交投, 荆州区城投, 资阳建工), as a bare
# level word names the city's own (市城投); not its funds or bonds (城投债).
_PLACE_FIRM_ABBREVIATION = re.compile(r"(?:城投|交投|工投|产投|国投|文旅投|旅投|农投|水投|能投|建投|发投|金控|国控|科创投|建工)"
                                      r"(?![\u4e00-\u9fff]?(?:资金|债|平台|类|企业))")
_DIVISION_LEVELS_OF_FIRMS = {"province", "prefecture", "county"}  # not a river's (南流江国控)


def _state_works(norm: str, regions: list[Candidate]) -> list[Candidate]:
    return [Candidate(hit.start, works.end(), "Organization", "", "rule", prefix_end=hit.start)
            for hit in regions if hit.length >= 2 and dict(hit.attrs).get("level") in _WORKS_PLACE_LEVELS
            and ((works := _STATE_WORKS.match(norm, hit.end)) is not None
                 or (dict(hit.attrs).get("level") in _DIVISION_LEVELS_OF_FIRMS
                     and (works := _PLACE_FIRM_ABBREVIATION.match(norm, hit.end)) is not None))]


# A zone's administrative committee is named by the zone (厦门科学城管理委员会, 三江新区管委会,
# 泸永江融合发展示范区（泸州）管委会); a bare 管委会 is every zone's, no name.
_ZONE_COMMITTEE = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?(?:管委会|管理委员会)")
_ZONE_LEVELS = {"zone"}


def zone_committees(norm: str, places: list[Candidate]) -> list[Candidate]:
    """The committees that run the zones ``places`` holds (the lexicon's and the rules' zones)."""
    return [Candidate(place.start, committee.end(), "Organization", "", "rule")
            for place in places if place.type == "Region" and dict(place.attrs).get("level") in _ZONE_LEVELS
            and place.length >= 4 and (committee := _ZONE_COMMITTEE.match(norm, place.end)) is not None]


_LONGEST_UNIT_FIELD = 8
_VERB_IN_UNIT = re.compile(_LEFT_CUT.pattern.removeprefix(".*") + r"|合作|签约|携手|设立|成立|更名")


def match_org_rules(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = match_host_bodies(norm) + _level_abbreviations(norm) + _school_abbreviations(norm) \
        + _named_schools(norm) + _academy_institutes(norm, lexicon_hits)
    guarded = match_guarded_short_names(norm, [hit for hit in lexicon_hits if hit.type == "Region"])
    found += guarded
    for hit in guarded:  # 中建 + 三局, 国网 + 省电力公司; not 中交 + 海南总部, 国能 + 智算中心
        plant_kind = _GROUP_PLANT_KIND.match(norm, hit.end)
        if plant_kind:  # 国能 + 光伏: the group's project, named by the group (as 盛虹储能 below)
            found.append(replace(hit, end=plant_kind.end()))
        candidate = _extend(norm, hit.start, hit.end, 0, max_body=4)
        if (candidate is not None and norm[hit.end:candidate.end] not in _FIRM_OWN_SUFFIXES
                and norm.endswith(_GUARDED_UNIT_SUFFIXES, hit.end, candidate.end)):
            found.append(candidate)
    found += match_firm_lists(norm, lexicon_hits) + match_lists_with_a_known_firm(norm, lexicon_hits)
    found += (match_short_firms(norm, lexicon_hits) + match_firms_before_capacity(norm, lexicon_hits)
              + match_firms_honoured(norm, lexicon_hits) + match_firms_listed_by_kind(norm, lexicon_hits))
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
        elif hit.type == "Person":
            # A school, a hall or a foundation named after a figure of the past (王安石纪念馆, 曾巩学校,
            # 张謇企业家学院, 白求恩医院); a living leader names none.
            candidate = _extend(norm, hit.start, hit.end, 0, max_body=4)
            if candidate is not None and norm.endswith(_NAMED_AFTER_A_FIGURE, hit.end, candidate.end) \
                    and not entries_by_name()[("Person", hit.name)].titles:
                found.append(candidate)
            continue
        elif hit.type == "Initiative":
            # 全国职业院校技能大赛 + 执行委员会, 西部陆海新通道 + 省际协商合作联席会议
            candidate = _extend(norm, hit.start, hit.end, 0, max_body=12, strong_only=True)
            # …but a programme's title a school or a hospital strives for is a kind (争创“双一流”大学).
            if candidate is not None and norm[hit.end:candidate.end] not in _KINDS_A_TITLE_NAMES:
                found.append(candidate)
            continue
        elif hit.type == "Organization":
            # 武汉大学（黄石）电子信息产业研究中心, 网易（北海）联合创新中心: a body one runs in another place.
            bracketed = _region_in_brackets(norm, hit, regions_at)
            if bracketed is not None:
                found.append(bracketed)
                continue
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
                    # a subsidiary, a firm of its own; a kind of power plant after it is the group's project
                    # (大唐光伏, 华润风电, 盛虹储能), as the golds have it.
                    trade_word = norm[hit.end:trade_end]
                    subsidiary = (hit.name.endswith(_LEGAL_NAME_ENDS) and len(trade_word) >= 2 and trade_word not in hit.name
                                  and trade_word not in _GROUP_PLANT_KINDS)
                    found.append(Candidate(hit.start, trade_end, "Organization", "" if subsidiary else hit.name, "rule",
                                           attrs=hit.attrs))
                elif not norm.endswith(_LEGAL_NAME_ENDS, hit.start, hit.end):
                    own_name_end = _own_trade_name_end(norm, hit.end)
                    if own_name_end:  # 宝武 + 特冶: a subsidiary by a trade name of its own
                        found.append(Candidate(hit.start, own_name_end, "Organization", "", "rule"))
            # A national organ's office in a region (国家税务总局 + 安徽省 + 税务局, 国家统计局 + 安徽 + 调查总队,
            # 国家外汇管理局 + 安徽省 + 分局): one body, named by the organ's full name and the rest as written.
            place = regions_at.get(hit.end) if dict(hit.attrs).get("kind") == "ministry" else None
            office = _REGIONAL_OFFICE.match(norm, place.end) if place is not None else None
            if office is not None:
                found.append(Candidate(hit.start, office.end(), "Organization",
                                       hit.name + normalise_form(norm[hit.end:office.end()]), "rule"))
                continue
            # A university's hospital, college, institute or centre by its field (西南医科大学 + 附属中医医院,
            # 北京大学 + 现代农业研究院, 浙江大学 + 生命健康联合创新中心): a body of the university's own.
            if dict(hit.attrs).get("kind") == "school" and hit.name.endswith(("大学", "学院")):
                unit = _extend(norm, hit.start, hit.end, 2, max_body=_LONGEST_UNIT_FIELD, strong_only=True)
                # (与四川大学合作共建研究院: the clause's verbs, no field; 浙大二院安徽医院: a place inside makes
                # it a branch in that place, _branches_in_places')
                if (unit is not None and not _VERB_IN_UNIT.search(norm, hit.end, unit.end)
                        and not any(hit.end <= place.start < unit.end for place in regions)):
                    found.append(unit)
                    continue
            # 教育部 + 办公厅, 新疆生产建设兵团 + 教育局; a longer body would run into the sentence
            # (and a school's, into what is done to it: 安徽科技学院 + 更名大学).
            candidate = _extend(norm, hit.start, hit.end, 0, max_body=3)
            if candidate is not None and dict(hit.attrs).get("kind") == "school" \
                    and _VERB_IN_UNIT.search(norm, hit.end, candidate.end):
                candidate = None
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
        # 全国重点实验室 after a quoted field (“大分子药物与规模化制备”全国重点实验室): a kind of lab.
        if candidate is not None and not _KIND_OF_LAB.fullmatch(norm, candidate.start, candidate.end):
            found.append(candidate)
    for match in _UNPREFIXED.finditer(norm):
        body = match.group("body")
        lab = _JOINED_FIELDS_LAB.search(norm, match.start(), match.end()) is not None
        # 国家 before a lab's kind is the lab's rank (…国家重点实验室), not the 家 of a count.
        rank = _NATIONAL_RANK.search(body) if lab else None
        cut = _LEFT_CUT.match(body, 0, rank.start() if rank else len(body))
        if cut and not rank and len(body) - cut.end() < 2 and body[cut.end() - 1] in _FIELD_JOINERS:
            # A joiner that would leave the name one character is the name's own (太和医院, 和平医院).
            cut = _LEFT_CUT.match(body, 0, len(body) - 2)
        offset = cut.end() if cut else 0
        if rank and cut and offset == rank.start() and body.endswith(_FIELD_ENDING_VERB, 0, offset):
            # The field ends in a verb (木本油料资源利用, 钒钛资源综合利用): the name runs back to the cut before it.
            cut = _LEFT_CUT.match(body, 0, offset - len(_FIELD_ENDING_VERB))
            offset = cut.end() if cut else 0
        if rank and rank.start() - offset == 1:
            continue  # 在沪全国重点实验室: one character is no field
        if lab and cut and body[offset - 1] in _FIELD_JOINERS:
            first_field = _first_field_start(norm, match.start(), body, offset)
            offset = offset if first_field is None else first_field
        if rank and body[offset:rank.start()] == _FIELD_ENDING_VERB:
            continue  # …发掘与利用国家重点实验室 where the first field cannot be told
        body = body[offset:]
        # Without a verb or a boundary in front, the match began somewhere inside
        # a word (级泰州队列研究中心): where the name starts is unknown.
        if not cut and match.start() > 0 and "\u4e00" <= norm[match.start() - 1] <= "\u9fff":
            continue
        if match.group("suffix") in {"医院", "创新中心"} and _GENERIC_KIND.search(body):
            continue  # 公立医院, 三甲医院, 产业创新中心: kinds, not names
        if match.group("suffix") in _COLLEGE_SUFFIXES and (_KIND_OF_COLLEGE.search(body) or norm.startswith("之一", match.end())
                                                           or (offset and norm[match.start() + offset - 1] in "家所个批")):
            continue  # 本科层次职业学院, 72家党性教育干部学院之一: kinds (康养职业学院, 小平干部学院 are names)
        if match.group("suffix") == "酒店" and _KIND_OF_HOTEL.search(body):
            continue  # 五星级酒店, 精品酒店, 品牌连锁酒店: kinds (希尔顿酒店, 玄珠湖酒店 are names)
        # 市级以上重点实验室: 以上 / 以下 is a rank, not the start of a name.
        # 省一流技师学院: a rank, not a name.
        # A two-character body after a boundary joins nothing with its 和 (太和医院).
        if len(body) >= 2 and body not in _GENERIC_NAMED and _RANK_BEFORE_KIND.sub("", body) not in _GENERIC_NAMED \
                and not CLAUSE.search(body if len(body) > 2 else body.removesuffix("和")) and body[0] not in "上下级" \
                and "一流" not in body and not body.endswith("类"):  # 革命历史类纪念馆: a kind
            start = match.start() + offset
            # 市中医院: a bare level word in front is resolved like 市发展改革委.
            found.append(Candidate(start, match.end(), "Organization", "", "rule",
                                   prefix_end=_after_bare_level(norm, start)))
    found += _listed_schools(norm, schools) + _listed_hospitals(norm) + _power_plants(norm) + _alliances(norm) + _set_up_bodies(norm) + _state_works(norm, regions) \
        + _branches_in_places(norm, regions)
    found += _firms(norm)
    for match in _BARE_LEVEL.finditer(norm):
        candidate = _extend(norm, match.start(), match.end(), 0)
        # 省市委, 省和市委: the province's committee and the city's, two bodies the host rule names.
        if candidate is not None and not _TWO_LEVELS.match(norm, match.end(), candidate.end):
            found.append(candidate)
    # After a verb (支持市妇幼保健院, 推动市人民医院) only a strong suffix makes a name; a body set up
    # is one whatever its suffix (成立市托育服务指导中心).
    for match in _BARE_LEVEL_AFTER_VERB.finditer(norm):
        set_up = norm.endswith(_SETTING_UP, 0, match.start())
        candidate = _extend(norm, match.start(), match.end(), 2 if set_up else 0, max_body=10, strong_only=not set_up)
        # A lab's name runs long and may join two fields (省硅单晶半导体材料与技术重点实验室).
        candidate = candidate or _lab_name(norm, match.start(), match.end())
        if candidate is not None:
            found.append(candidate)
    return found
