"""Initiative patterns: programmes named by a quote, by a head noun, by a
document title, or by a plan's own numbered actions.

- ``“双倍增”行动``, ``“渝快办”政务服务平台``: a quoted name, extended to the head noun
  that follows it; a quoted name alone only after a verb of doing (实施“揭榜挂帅”),
  because quotes also mark slogans and figures of speech (“大本营”).
- ``中小企业数字化转型专项行动``, ``乡村振兴战略``: a name ending in 行动/工程/计划/
  战略/试点/大赛/博览会 …, cut on the left at punctuation or a verb (实施, 推进 …).
- ``《全国职业院校技能大赛执行规划（2023—2027年）》`` and ``印发X行动方案的通知``: plans.
- ``（一）实施提升主城都市区极核引领行动。``: a numbered heading that names an action.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.ner.candidates import Candidate

_HEADS = sorted({
    "行动计划", "专项行动", "行动方案", "行动", "工程", "计划", "战略", "试点", "大赛", "博览会", "洽谈会",
    "交易会", "文化节", "生活节", "设计周", "公开赛", "马拉松", "运动会", "规划纲要", "改革试点", "主题教育",
    "条例", "集成改革", "增值化改革",
}, key=len, reverse=True)
_HEAD_ALT = "|".join(map(re.escape, _HEADS))
# What may follow a closing quote and still belong to the name.
_QUOTE_HEADS = sorted(set(_HEADS) | {"改革", "示范", "平台", "建设", "融合发展", "协同发展", "整体提升", "活动",
                                     "项目", "治理", "工作"}, key=len, reverse=True)
_QUOTE_HEAD_ALT = "|".join(map(re.escape, _QUOTE_HEADS))
_QUOTED = re.compile(
    rf"(?P<quoted>(?:“[^“”\n,，。;；:：!?！？]{{2,14}}”){{1,4}})(?P<ext>[\u4e00-\u9fff]{{0,12}}?(?:{_QUOTE_HEAD_ALT}))?"
)
# A quoted name that ends as a body's does (“双龙实验室”, “商业卫星星座联盟”) names the body.
# Not a formula or a phrase (“管委会+公司”, “家门口的老年大学”).
_BODY_IN_QUOTES = re.compile(r"^“[^”的+＋]*(?:实验室|研究院|研究所|联盟|学院|大学|医院|集团|公司|协会|学会|商会|基金会)”$")
# Verbs of doing that make a bare quoted term a programme (实施“揭榜挂帅”).
_DOING = re.compile(
    r"(?:实施|推进|推动|开展|深化|打造|建设|创建|擦亮|办好|推广|落实|完善|深入|构建|争创|用好|做强|培育|探索|"
    r"健全|发挥|坚持|推行|优化|升级|提升|启动|拓展|唱好|共建|建好|做好|抓好|推出|上线|举办|实行|开办)"
    r"[^,，。;；]{0,4}$"
)
_EXT_CLAUSE = re.compile(r"推动|推进|加快|实现|完成|全市|全省|区县|建设[\u4e00-\u9fff]|的|等|各类")
# An extension that names the act of building or running the thing, not the
# thing: “两区”建设, “北京大视听”品牌建设, “三校一院”交钥匙项目 are “两区”, ….
_ACT_EXT = re.compile(r"(?:建设|活动|项目|治理|工作)$")
# Numbered programme names (“一件事”, “六链五群”, “3个100”, “十项硬措施”): in
# policy prose a quoted term that opens with a numeral is a programme or policy
# package even without a verb of doing in front.
_NUMBERED_QUOTE = re.compile(r"^“[一二三四五六七八九十两百千万\d][^、，,；;]*”$")
# …but “两个维护”, “四个意识” (N个X) are political slogans, and “四上”企业 a category; “七连冠” and
# “十二连增” are streaks of honours or rises.
_NUMBERED_SLOGAN = re.compile(r"^“[一二三四五六七八九十两]个|连[冠增涨升降胜]”$")
_CATEGORY_AFTER = re.compile(r"企业|中小企业|领域|单位|人员")
# 做好“土特产”文章, 放大“智改数转”效应: the quote is a figure in a set phrase.
_FIGURE_AFTER = re.compile(r"[^，,。;；]{0,6}文章|效应|的")
_NAMED_BY_HEAD = re.compile(
    rf"(?P<body>[\u4e00-\u9fffA-Za-z“”·—()]{{2,24}}?)(?P<head>{_HEAD_ALT})"
    r"(?![师单者家员院局处学]|合作|储备|定位|意图|支撑|支点|腹地|要地|节点|布局|体系|性|机遇|思维|高度|眼光|谋划|资源|"
    # a body named after the field (中国工程院, 中铁十一局…工程公司, 工程技术研究中心)
    r"技术|研究|咨询|公司|集团|有限)"
)
# Events are named after their scope: 全国职业院校技能大赛, 中国国际智能产业博览会,
# 重庆国际马拉松; "保证大赛" / "提升大赛" are the contest mentioned in passing.
_EVENT_HEADS = {"大赛", "博览会", "洽谈会", "交易会", "文化节", "生活节", "设计周", "公开赛", "马拉松", "运动会"}
# A body ending in an adverb or particle is prose (号召大家都行动, 思想上政治上行动).
_NOT_NAME_END = set("都上也要会将再就中里")
# …or in the idiom of deeds (用实际行动践行…, 以实际行动): no programme.
_IDIOM_BEFORE_HEAD = re.compile(r"实际$")
_EVENT_SCOPE = re.compile(r"^(?:全国|中国|世界|国际|亚洲|首届|第[一二三四五六七八九十\d]+届)")
# Development of named regions: 川南渝西融合发展, 成渝地区中部崛起, 长江经济带绿色发展.
_ZONE_AFTER_DEVELOPMENT = re.compile(r"先导区|示范区|试验区|合作区|先行区|核心区|功能区")
_REGION_DEVELOPMENT = re.compile(r"(?:地区)?(?:中部|东部|西部|北部|南部)?(?:一体化发展|融合发展|协同发展|绿色发展|崛起|全面振兴)")
# Where a name begins: after these verbs and function words the name starts.
_LEFT_CUT = re.compile(
    # a verb and its complement first (落实好|科技研发人员倍增行动计划); 可持续 and 价值实现 are no verbs
    # (森林可持续经营试点, 生态产品价值实现机制试点), 保护和 no conjunction (山水林田湖草沙一体化保护和修复工程)
    r".*(?:落实好|实施好|推进好|贯彻好|执行好|实施|推进|推动|开展|启动|深化|落实|组织|打造|加快|争取|创建|举办|办好|参与|围绕|依托|通过|"
    r"纳入|(?<!可)持续|完善|健全|用好|申报|争创|做好|深入|积极|全面|大力|加强|强化|支持|鼓励|实行|建立|构建|探索|发起|"
    r"参加|承办|主办|建成|统筹|按照|根据|(?<!价值)实现|聚焦|坚持|贯彻|入选|获批|作为|开通|运营|编制|印发|制定|出台|执行|"
    r"兼顾|培育|优先|保障|紧密结合|号召|完成|抓好|加大|扩大|提高|推广|开工|完工|竣工|投用|投运|谋划|做实|巩固拓展|巩固|拓展|保持|继续|"
    # …and a rank's "and above" (省级以上|重大改革试点; 以 alone would leave 上)
    r"新一轮|新一批|首批|首轮|这项|这一|该项|此项|以上|是|为|(?<!保护)和(?![美谐平])|与|及|等|的|在|把|将|"
    r"对(?![标接])|对接|以|了|向|从|到|由|即|个|批|座|"
    r"要(?![素点件求])|获评|创成|建成|新建|荣获|被评为|被命名为|成为|上榜|入围|跻身|"
    # verbs of being admitted to a pilot, and its rank among pilots (列入|省级试点, 新认定|省级智能制造试点,
    # 全省唯一|试点)
    r"列入|争列|新增|认定|荣膺|申建|进入|力争|率先|唯一|"
    # a law's rank and its passage (全国首部|低空经济产业促进条例, 提请审议|…条例)
    r"首部|审议|我们)"
)
_MEASURE_WORDS = set("个家项批类种条座名所户处片期")
# Units and road numbers written between a figure and a name (220千伏输变电工程,
# 国道331线阿其乌拉至锡林浩特公路): the name starts after them.
_UNIT_AFTER_FIGURE = re.compile(r"千伏|万千瓦|千瓦|兆瓦|万吨|吨|公里|千米|米|亩|万亩|线|号|级|年度|[个家项批类种条座名所户处片期年]")
_NUMERAL = re.compile(r"[\d一二三四五六七八九十百千万几多余]")
_GENERIC_BODIES = {"国家级", "省级", "市级", "专项", "重大", "重点", "示范", "相关", "各项", "这一", "系列", "一批", "有关", "各类", "若干",
                   "系统", "工作", "发展", "年度", "国家", "全国", "本", "该", "此", "上述", "行动", "工程", "中长期",
                   "十大", "八大", "五年", "三年", "民心", "改革", "创新", "试点", "示范性", "综合", "总体",
                   # a kind of works, not a named one (水利工程, 人防工程, 修复工程)
                   "水利", "重点水利", "重大水利", "人防", "修复", "重大标志性", "标志性", "民生", "长期", "华长期",
                   # a part or a stage of works, not a named one (提升工程, 主体工程)
                   "提升", "主体", "项目主体", "基础", "综合治理", "配套", "续建", "新建", "在建", "一期", "二期", "三期",
                   "输变电", "改造", "改扩建", "建设", "治理", "整治", "保障", "养护", "维修", "民生实事",
                   "单行", "直流", "交流", "特高压直流", "特高压交流", "电网送出", "航道", "航道整治", "地质灾害",
                   # a field of engineering or a trade of works (海洋工程装备, 公共工程建设, 建安工程)
                   "海洋", "生物", "细胞", "建筑", "基建", "公共", "市政", "交通", "道路", "电网", "水电", "港航", "泊位",
                   "接线", "改建", "建安", "涉铁", "治涝", "安防", "土建", "绿化", "亮化", "管网", "项目"}
_TITLED_PLAN = re.compile(
    r"《(?P<name>[^《》\n]{2,60}?(?:规划|计划|方案|纲要|战略|行动|工程|意见|措施|细则|决定|办法|条例|通知|举措|政策)"
    r"(?:\((?P<period>[^()]{4,20})\))?)》"
)
_ISSUED_PLAN = re.compile(
    r"印发(?P<name>[^《》\n,，。]{4,60}?(?:规划|计划|方案|纲要)(?:\((?P<period>[^()]{4,20})\))?)的通知"
)
_NUMBERED_ACTION = re.compile(
    rf"^[ \t]*(?:\(?[一二三四五六七八九十]+[)、]|\d+[.、])[ \t]*"
    rf"(?P<name>[^\n。,，;；:：.]{{2,40}}?(?:行动|工程|计划|战略|专项行动|行动计划))(?=[。.;；\s]|$)",
    re.MULTILINE,
)
# A formula (“2+2+3”, “1+6+N”) or a list of words (“产业、城市、民生”) in quotes
# is a figure of speech, not a programme's name; a list of phrases
# (“千企帮千镇、万企兴万村”, “社区吹哨、部门报到”) may well be one.
_FORMULA_QUOTE = re.compile(r"^“[\dA-Za-z+＋×·\s]+”$|^“[^、”]{1,3}(?:、[^、”]{1,3})+”$")
# A city's own programme named by a theme and the city (数字泰州, 健康扬州).
_THEMES = re.compile(r"(?:数字|健康|平安|法治|智慧|书香|诚信|无废|海绵|韧性|美丽)$")
_PERIOD = re.compile(r"\d{4}\s*[—–\-~至]+\s*\d{4}")


def _initiative(start: int, end: int, attrs: tuple = ()) -> Candidate:
    return Candidate(start, end, "Initiative", "", "rule", attrs=attrs)


def _period(text: str | None) -> tuple:
    if not text:
        return ()
    match = _PERIOD.search(text)
    return (("period", match.group(0).replace(" ", "")),) if match else ()


# A package of policy measures named by its theme and its count (“民营经济31条”, 出台优化营商环境33条,
# 实施经济整体好转30条、民营经济40条): a programme, quoted anywhere or after a verb of issuing one.
# Not a count of roads, lines or rivers (优化公交线路144条, 实施东建街等5条断头路), which no verb of
# issuing opens and no quote holds.
_QUOTED_PACKAGE = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,12}\d{1,3}条)”")
_PACKAGE_NAME = r"(?P<name>[\u4e00-\u9fff]{2,14}?\d{1,3}条)(?=[、，。；,;]|政策|措施|硬措施|等|一揽子)"
_ISSUED_PACKAGE = re.compile(r"(?:出台实施|制定实施|落实好|出台|实施|落实|制定|推出|兑现|印发|执行|用好)" + _PACKAGE_NAME)
# …whose theme holds no list or count (东建街等5条) and is no kind of way (线路, 航线, 道路).
# A bare kind of measures (制定整改措施22条) is a count, not a package's name.
_NOT_A_PACKAGE = re.compile(r"[等和与及的个]|线路|航线|道路|河道|街巷|小巷|公路|铁路|通道|隧道|管网|河流|干线|专线|"
                            r"^(?:整改|具体|政策|工作|帮扶|硬)?措施$")


# …and the packages listed after it (、民营经济40条).
_NEXT_PACKAGE = re.compile("、" + _PACKAGE_NAME)


def _a_package(name: str) -> bool:
    """``name`` (a theme and its count, 民营经济40条) names a package: its theme is no list, way or bare kind."""
    return not _NOT_A_PACKAGE.search(name.removesuffix("条").rstrip("0123456789"))


def policy_packages(norm: str, lexicon_hits: Sequence[Candidate] = ()) -> list[Candidate]:
    """Packages of measures by their theme and count; not one a body issues (国务院安委会15条硬措施: the
    body is the mention, its measures no programme of the report's)."""
    body_starts = {hit.start for hit in lexicon_hits if hit.type == "Organization"}
    found = []
    for match in _QUOTED_PACKAGE.finditer(norm):
        if _a_package(match.group("name")):
            found.append(_initiative(match.start(), match.end()))  # the quotes are the name's, as written
    for match in _ISSUED_PACKAGE.finditer(norm):
        while match is not None and _a_package(match.group("name")) and match.start("name") not in body_starts:
            found.append(_initiative(*match.span("name")))
            match = _NEXT_PACKAGE.match(norm, match.end())
    return found


# A year's campaign by its theme, opened by a verb of running one (开展县域经济提速年活动, 深入开展招商年活动):
# a programme. Quoted themes (开展“消费促进年”活动) are the quoted rule's. So is a campaign of practice by
# its theme, quoted or listed or not (深化开展下基层、察民情、解民忧、暖民心实践活动, 推进“下察解暖”实践活动).
_CAMPAIGN = re.compile(r"(?:开展|深化|实施|推进|启动)+(?P<name>[\u4e00-\u9fff]{2,12}?年活动|"
                       r"(?:[\u4e00-\u9fff、]|“[^“”，。]{2,20}”){1,24}?实践活动)")
_NOT_IN_A_CAMPAIGN = re.compile(r"[的和与及等在对把将了]|今年|明年|去年|全年|每年|当年|周年")


def _a_campaign(name: str) -> bool:
    """No particle or year word inside, and a theme before 实践活动 (not 志愿|实践活动 alone)."""
    return not _NOT_IN_A_CAMPAIGN.search(name) and not (name.endswith("实践活动") and len(name) < 6)


# A system of chiefs (河长制, 河（湖）长制, 林长制, 路长制, 湾长制, 链长制): each a programme of its own.
_CHIEF_SYSTEM = re.compile(r"(?:河（湖）|河湖|[河湖林田路湾山链])长制")


_CUT_WORD = re.compile(_LEFT_CUT.pattern.removeprefix(".*"))


# Works named by their part, stage or trade (林海水库主体工程, 淮河入海水道二期工程, 符离大道改建工程,
# 新能源送出工程, 农村供水工程, 省市重点工程) are construction, not programmes: over the development
# sets 67 such names were read and none is in a gold (改造工程 is: 智慧路灯改造工程).
_WORKS_BY_PART = re.compile(r"(?:主体|[一二三四五六七八九十]期|改建|扩建|新建|续建|加固|送出|供水|贯通|路面|重点|变电|水利|"
                            r"电网|道路|管网|维修|大修|配套)$")


def _names_a_programme(body: str, head: str) -> bool:
    """``body`` before ``head`` names one programme: not a kind or a stage of works (提升工程, 二期工程),
    nor two characters alone before 计划, 战略, 试点 or 行动."""
    if head == "工程" and _WORKS_BY_PART.search(body):
        return False
    return len(body) >= 2 and body not in _GENERIC_BODIES and not (len(body) < 3 and head in {"计划", "战略", "试点", "行动", "条例"})


# Verbs a programme's own name holds after its subject (国企改革深化提升行动, 文旅品牌创建行动, 产业培育行动,
# 空气质量持续改善行动, 供需对接行动).
_VERBS_IN_NAMES = {"深化", "培育", "创建", "巩固", "巩固拓展", "强化", "完善", "提高", "保障", "持续", "对接"}
# Verbs that open a clause before the name.
_CLAUSE_VERBS = re.compile(r"(?:实施|推进|推动|开展|启动|落实|组织|打造|加快|深入|全面|大力|持续|实行|谋划|做实|抓好|"
                           r"落实好|实施好|推进好)(?:新一轮|新一批)?$")


def _name_start(body: str, head: str) -> int:
    """Where the name begins in ``body``: after the last verb or particle of the clause — unless that
    verb is the name's own, with its subject before it and a verb opening the clause before that, and
    what it leaves names nothing (实施|国企改革深化提升行动, not 深化|提升行动; 开展|文旅品牌创建行动)."""
    last = _LEFT_CUT.match(body)
    if last is None:
        return 0
    if _names_a_programme(body[last.end():], head) or not body.endswith(tuple(_VERBS_IN_NAMES), 0, last.end()):
        return last.end()  # the common case, without looking for the cuts before it
    cuts = [(at, cut.end()) for at in range(len(body)) if (cut := _CUT_WORD.match(body, at))]
    last_start, last_end = cuts[-1]
    if len(cuts) >= 2 and body[last_start:last_end] in _VERBS_IN_NAMES:
        before_start, before_end = cuts[-2]
        # (a verb inside a quoted name is the quoted name's: 抓好“干部作风深化年”行动)
        if last_start - before_end >= 2 and _CLAUSE_VERBS.search(body, 0, before_end) \
                and "“" not in body[before_end:last_start] and _names_a_programme(body[before_end:], head):
            return before_end
    return last_end


def _several_quoted(body: str) -> bool:
    """Several quoted programmes sharing one head, each their own (“产业强州”“文教兴州”“和谐稳州”战略: the
    quote rule names each); quoted words of two characters are the stages of one (“育种”“扶苗”“强树”计划)."""
    return "”“" in body and any(len(quoted) > 2 for quoted in re.findall(r"“([^“”]*)”", body))


# A programme whose theme is a list of short phrases (实施农房改造、管线序化、村道提升行动, 实施强龙头、补链条、兴业态、
# 树品牌提升行动) is named by the whole list, where a verb of running it opens the list; items that end in a
# head of their own (实施A行动、B行动、数智社区建设), hold a particle, name a place (丹寨县、锦屏县…试点) or a known
# programme (保交楼) are programmes, phrases or places of their own.
_LISTED_THEMES = re.compile(r"(?:实施|开展|推进|启动|推动)((?:[\u4e00-\u9fff]{2,6}、)+)$")
_NOT_IN_LISTED_THEME = re.compile(rf"[的和与及等在对把将了个]|(?:{_HEAD_ALT}|建设|工作|[县区市镇乡村州旗]|[国省市县]家?级)$")


def _listed_theme_start(norm: str, start: int, known_starts: set[int]) -> int:
    """Where a name found after 、 begins once the list of themes before it is taken in, or ``start``."""
    if norm[start - 1:start] != "、":
        return start
    listed = _LISTED_THEMES.search(norm, max(0, start - 40), start)
    if listed is None:
        return start
    item_start = listed.start(1)
    for item in listed.group(1).split("、")[:-1]:
        if _NOT_IN_LISTED_THEME.search(item) or item_start in known_starts:
            return start
        item_start += len(item) + 1
    return listed.start(1)


# A plan named by the place it plans for, or a national mid- and long-term plan, where a verb of
# drafting or carrying it out stands before it (编制上海大都市圈国土空间总体规划, 纳入国家中长期铁路网
# 规划, 加快实施长三角区域一体化发展规划): 规划 alone is too often the act of planning to be a head.
_PLAN_VERB = re.compile(r"(?:编制|修编|修订|实施|落实|参与|对接|纳入|启动|出台|印发)(?:国家)?")
_PLAN_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,18}?(?:总体规划|规划))"
                        r"(?=[，。、；,;》]|编制|修编|修订|获批|实施|重点|成果|完成|出台|印发)")
_NOT_IN_PLAN_NAME = re.compile(r"[的和与及等在对把将了个]|规划(?=.)")
_PLACE_REACH = 2  # 美丽|眉山建设规划: a theme may open the name before the place
_SHORTEST_PLAN_NAME = 6


def place_plans(norm: str, region_starts: set[int]) -> list[Candidate]:
    found = []
    for verb in _PLAN_VERB.finditer(norm):
        plan = _PLAN_NAME.match(norm, verb.end())
        # (对接北京规划: a city's planning, no plan's name)
        if plan is None or _NOT_IN_PLAN_NAME.search(plan.group("name")) or len(plan.group("name")) < _SHORTEST_PLAN_NAME:
            continue
        start = verb.end()
        if norm.startswith("中长期", start) or any(start + i in region_starts for i in range(_PLACE_REACH + 1)):
            found.append(_initiative(start, plan.end()))
    return found


def match_initiative_rules(norm: str, lexicon_hits: list[Candidate] = ()) -> list[Candidate]:
    found: list[Candidate] = policy_packages(norm, lexicon_hits)
    found += [_initiative(*match.span()) for match in _CHIEF_SYSTEM.finditer(norm)]
    found += [_initiative(*match.span("name")) for match in _CAMPAIGN.finditer(norm) if _a_campaign(match.group("name"))]
    region_starts = {hit.start for hit in lexicon_hits if hit.type == "Region"}
    known_starts = {hit.start for hit in lexicon_hits}
    found += place_plans(norm, region_starts)
    for match in _QUOTED.finditer(norm):
        ext = match.group("ext")
        if _FORMULA_QUOTE.search(match.group("quoted")):
            # “1+6+N”行动方案 is named by its head; “2+2+3” alone is a figure.
            if ext and not _EXT_CLAUSE.search(ext) and not _ACT_EXT.search(ext) and len(ext) >= 2:
                found.append(_initiative(match.start(), match.end()))
            continue
        singles = list(re.finditer(r"“[^“”]+”", match.group("quoted")))
        if ext and ext.endswith("工作"):
            # “保交楼”工作 is the programme at work; “稳中求进”工作总基调 and
            # “两资”工作会 are something else, “两个维护”工作 a slogan at work.
            if ext != "工作" or norm[match.end():match.end() + 1] in tuple("会总室组专站"):
                ext = None
            elif _NUMBERED_SLOGAN.search(match.group("quoted")):
                continue
        if ext and not _EXT_CLAUSE.search(ext) and (len(singles) > 1 or _ACT_EXT.search(ext)):
            # “书香京城”“博物馆之城”建设: several programmes sharing one head, each on its own.
            for single in singles:
                found.append(_initiative(match.start() + single.start(), match.start() + single.end()))
        elif ext and not _EXT_CLAUSE.search(ext):
            found.append(_initiative(match.start(), match.end()))
        elif re.search(f"(?:{_HEAD_ALT})”$", match.group("quoted")):
            found.append(_initiative(match.start(), match.end("quoted")))
        elif (_DOING.search(norm[max(0, match.start() - 8):match.start()])
              and not _FIGURE_AFTER.match(norm, match.end()) and not _CATEGORY_AFTER.match(norm, match.end())):
            # A run of quotes without a head is a list of slogans: each on its own; a body's name in
            # quotes (启动建设“双龙实验室”) is the body's (org_rules).
            for single in singles:
                if not _NUMBERED_SLOGAN.search(single.group(0)) and not _BODY_IN_QUOTES.search(single.group(0)):
                    found.append(_initiative(match.start() + single.start(), match.start() + single.end()))
        else:
            for single in singles:
                # 以“十年磨一剑”的韧劲: a saying used as a modifier, not a programme.
                if (_NUMBERED_QUOTE.match(single.group(0)) and not _NUMBERED_SLOGAN.search(single.group(0))
                        and not _CATEGORY_AFTER.match(norm, match.start() + single.end())
                        and norm[match.start() + single.end():match.start() + single.end() + 1] != "的"):
                    found.append(_initiative(match.start() + single.start(), match.start() + single.end()))
    for match in _NAMED_BY_HEAD.finditer(norm):
        offset = _name_start(match.group("body"), match.group("head"))
        body = match.group("body")[offset:]
        # "5家工业互联网试点", "220千伏输变电工程": a measure word or unit after a
        # number is not part of the name.
        unit = _UNIT_AFTER_FIGURE.match(body)
        if unit and match.start() + offset > 0 and _NUMERAL.match(norm, match.start() + offset - 1):
            # 1号线一期工程, 5万吨级航道: units can stack.
            while unit:
                offset += unit.end()
                body = body[unit.end():]
                unit = _UNIT_AFTER_FIGURE.match(body)
            if re.match(r"[一二三四五六七八九十]期", body):
                continue  # 1号线二期（南延）工程: a stage of an unnamed line
        head = match.group("head")
        if (not _names_a_programme(body, head) or body.count("“") != body.count("”") or _several_quoted(body)
                or not ("\u4e00" <= body[0] <= "\u9fff" or body[0] == "“" or body[0].isascii() and body[0].isalpha())):
            continue
        if head in _EVENT_HEADS:
            # Start at the last scope word or place in the body (不断扩大|重庆国际马拉松).
            body_start = match.start() + offset
            starts = [i for i in range(body_start, match.start("head") - 1)
                      if i in region_starts or _EVENT_SCOPE.match(norm, i)]
            if not starts:
                continue
            offset = starts[-1] - match.start() if not _EVENT_SCOPE.match(body) else offset
        if body[-1] in _NOT_NAME_END or _IDIOM_BEFORE_HEAD.search(body):
            continue
        # 在华长期发展战略 is a firm's plan for China, 长期发展战略 a phrase.
        if body.startswith(("华", "长期", "中长期")):
            continue
        if head == "战略" and re.search(r"(?:国家|重大|新)$", body):
            continue
        found.append(_initiative(_listed_theme_start(norm, match.start() + offset, known_starts), match.end()))
    region_ends = {}
    for hit in lexicon_hits:
        if hit.type == "Region" and hit.length >= 2:
            region_ends.setdefault(hit.start, set()).add(hit.end)
    for start in sorted(region_ends):
        # Chain adjacent regions (川南 + 渝西), then the kind of development.
        ends, frontier = set(), set(region_ends[start])
        while frontier:
            end = frontier.pop()
            ends.add(end)
            frontier |= region_ends.get(end, set()) - ends
        for end in ends:
            development = _REGION_DEVELOPMENT.match(norm, end)
            # 牡丹江协同发展 + 先导区 is a zone, not the development.
            if development and not _ZONE_AFTER_DEVELOPMENT.match(norm, development.end()):
                found.append(_initiative(start, development.end()))
    for hit in lexicon_hits:
        level = dict(hit.attrs).get("level")
        if hit.type == "Region" and level in {"province", "prefecture", "county"} and hit.start >= 2 \
                and _THEMES.search(norm, hit.start - 2, hit.start):
            found.append(_initiative(hit.start - 2, hit.end))
    for pattern in (_TITLED_PLAN, _ISSUED_PLAN):
        for match in pattern.finditer(norm):
            start = match.start("name")
            # 印发A和B行动计划的通知: two documents; the plan is the one after 和.
            joined = norm.rfind("和", start, match.end("name"))
            if pattern is _ISSUED_PLAN and joined >= 0 and match.end("name") - joined > 6:
                start = joined + 1
            found.append(_initiative(start, match.end("name"), _period(match.group("period"))))
    for match in _NUMBERED_ACTION.finditer(norm):
        found.append(_initiative(match.start("name"), match.end("name")))
    return found
