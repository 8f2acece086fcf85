"""Region patterns for places no lexicon lists: zones and areas named by their
head noun (川渝高竹新区, 成渝地区先进制造业协同发展示范区, 渝东南武陵山区城镇群),
and townships and villages (东坝乡, 东风村) after a known region or a clear boundary.

The brief lists 示范区 among initiative heads; the seed gold and SPEC §2 count
named zones (示范区, 试验区, 新区, 合作区) as Regions of level ``zone``, and so do we.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import blocker_index, entries_by_name, inside_blocker
from extractors.ner.unknown_names import begins_word, words
from extractors.sentences import clause_around

_ZONE_HEADS = sorted({"新区", "示范区", "试验区", "合作区", "产业园", "产业园区", "园区", "开发区", "高新区",
                      "保税区", "片区", "创新区", "科学城", "生态城", "新城", "经济区", "综保区", "科技园", "先行区",
                      "大学城", "使馆区", "经开区", "互市贸易区", "工业园", "工业园区", "口岸", "先导区", "化工园区",
                      "科学园", "创新园", "创业园", "联动发展区", "功能区", "科技城", "科教园", "高科园", "科创园",
                      # an area a zone extends into, one cities share (通州湾绿色化工拓展区, 长江口产业创新协同区)
                      "拓展区", "协同区",
                      # an inland port (赣州国际陆港, 永州陆港)
                      "陆港",
                      # a chemical park written short (广水化工园)
                      "化工园",
                      # a bonded logistics centre is a zone under customs, as a 综保区 is (柳州保税物流中心)
                      "保税物流中心"},
                     key=len, reverse=True)
_AREA_HEADS = sorted({"城镇群", "城市群", "都市圈", "经济带", "经济走廊", "文化旅游走廊", "生产带", "农业带",
                      "旅游带", "示范带", "经济圈"}, key=len, reverse=True)
_HEAD_ALT = "|".join(map(re.escape, _ZONE_HEADS + _AREA_HEADS))
_NAMED_BY_HEAD = re.compile(rf"(?P<body>[\u4e00-\u9fff“”()—\-－]{{2,22}}?)(?P<head>{_HEAD_ALT})(?![\u4e00-\u9fff]{{0,1}}(?:管委会|管理委员会))")
_LEFT_CUT = re.compile(
    r".*(?:实施|推进|推动|开展|建设|打造|加快|争取|创建|依托|支持|鼓励|建立|构建|探索|深化|高标准|高水平|高质量|"
    r"共建|联动|协同|争创|申建|规划|提升|做强|做优|发挥|融入|全面|对接|服务|辐射|带动|面向|"
    r"统筹|健全|加强|通过|组建|牵头|成功|获批|入选|获评|创成|评为|荣获|入围|获得|成为|列入|认定|命名|启动|"
    r"巩固|用好|做实|擦亮|推行|培育|争当|申报|完成|完善|确保|筑牢|紧盯|促进|抓好|落实|新一轮|新一批|利用|其中|壮大|"
    r"建成|办好|建好|围绕|引进|借力|锚定|做[美响]|放大|拓展|持续|纳入|接轨|抓实|采取|采用|申创|[东西南北][起至]|"
    r"和|与|及|等|的|在|把|将|对|以|了|向|从|到|由|为|是)"
)
# What may stand between a clause boundary and a place inside a zone's body.
_VERB_PREFIX = re.compile(
    _LEFT_CUT.pattern.removeprefix(".*(?:").removesuffix(")").join(("(?:", "|"))
    + r"设立|筹建|负责|突出|拥有|连接|承接|强化|实现|编制|总结|制定|力争|做美|做旺|做好|优化|加速|把握|提高|扩大|运营|运行|促成|建强|"
    r"[进项好至上向个批座]|握)"
)
# Verbs that may open a clause before a name, as a pattern matched at a span's start.
VERB_BEFORE_NAME = re.compile(_VERB_PREFIX.pattern + r"|理顺|整合|规范|编制")
# What may stand right before a zone named by a known place in the middle of a clause
# (承办南京都市圈, 自贸区钦州港片区, 更好连接武汉新城): a verb, or a zone's name.
_PLACE_BEGINS_ZONE = re.compile(
    r"(?:" + _VERB_PREFIX.pattern.removeprefix("(?:").removesuffix(")") + r"|承办|运营|连接|纳入|现代化|届|[区\u2014\-－—])$")
# Verbs that never stand inside a zone's name (unlike 服务, 协同, 开放).
_STRONG_VERB = re.compile(r"融入|推动|推进|加快|实施|打造|全面|支持|鼓励|依托|对接|面向|通过|争取|获评|创成|入选|围绕|"
                          r"建立|设立|新建|建成|创建|申建|争创|申报")
# A verb right after the place a park's name opens with makes the place the clause's subject.
_VERB_AFTER_PLACE = re.compile(r"扩大|规划建设|规划|新建|扩建|打造|建设")
# A ranking a place enters is no part of a name (浑南区上榜全国综合竞争力百强新城区).
_RANKING_VERB = re.compile(r"上榜|跻身|入围|位列|位居")
_LIST_OR_CLAUSE = re.compile(r"[和与及等的在把将对以了向从到由为是]")
_CUT_WORD = re.compile(_LEFT_CUT.pattern.removeprefix(".*"))
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# A rank or a count is no part of a zone's name (广西首家国家级人力资源服务产业园, 京津冀、长三角两大城市群,
# 曹娥江五大科技城); 五大连池 is a city.
# (星级: a park's rank, 创建四川省星级现代农业园区4个)
_RANK_IN_BODY = re.compile(r"首家|首个|首批|唯一|[两三四五六七八九十]大(?!连池)|星级")
# Cut words that stand inside zones' names (牡丹江协同发展先导区, 成渝联动发展区).
_VERBS_INSIDE_NAMES = {"协同", "联动", "服务", "高质量"}
# What begins a zone's name with no place in front: a quote, a national or international scope,
# China and a partner country (中德(沈阳)高端装备制造产业园, 中韩(盐城)产业园, 中瑞低碳生态城);
# a partner's character needs a name after it (中日韩、… is a list of countries).
_NAMED_START = re.compile(r"“|中国|国家|国际|中新|中欧|中[德韩日以法意英俄马泰澳荷瑞奥比丹芬挪葡匈捷波白哈乌](?=[(（]|[\u4e00-\u9fff]{2})")
_KIND_OF_PORT = re.compile(r"进口|出口|药品|一类|二类|开放|^国际$|^国家$|边境|航空|水运|铁路|公路|陆路|指定")
_GENERIC_BODIES = {"国家级", "省级", "市级", "综合保税", "国家", "特色", "现代", "产业", "农业", "示范", "各类",
                   "重点", "一批", "新型", "相关", "有关", "各", "承接", "合作", "核心", "创新"}
# A scope and the words of a kind, no name: 国家现代农业产业园, 国家级绿色工业园区, 国际合作园区,
# 国家级经济技术开发区, 中国开发区 (of 《中国开发区审核公告目录》) are titles a place wins, not places.
_KIND_ONLY_BODY = re.compile(r"(?:国家级|国家|中国|国际|全国)(?:省级|市级)?(?:现代农业|绿色|工业|经济技术|合作|开发|加工贸易|水网|"
                             r"文化产业|示范|最具发展潜力|化工|高新技术|特色|生态|沿边|临港)*")
# Not a village's games (关岭牛成为村BA, 村超).
_TOWN = re.compile(r"(?P<name>(?![市县区旗州盟乡镇省和与及的在])[\u4e00-\u9fff]{2,3}?(?:乡(?!村)|镇|村|街道|苏木|嘎查))(?![\u4e00-\u9fff]{0,1}(?:振兴|建设|发展|产业|集体|居民|干部|人口|地区|公路|治理|环境|规划|旅游|风貌|基础|医疗|教育|学校|卫生|改革|社区|信息)|BA|(?<=村)超)")

# A township standing alone between clear boundaries: 射阳湖镇、龙虬镇、马集镇入选….
_BOUNDARY_BEFORE = r"(?:^|(?<=[、，,。；;：:“（(\s\-—－]))"
_LONE_TOWN = re.compile(
    _BOUNDARY_BEFORE + r"(?P<name>(?![市县区旗州盟乡镇省各全本该每])[\u4e00-\u9fff]{2,3}?(?:镇|乡|苏木|嘎查))"
    r"(?=[、，,。；;”）)]|和|入选|获评|获批|成功|被评为|成为|列入)"
)
# A village standing alone, named for an honour it won (神溪村获评…, 里溪村和南桥村获评…).
_LONE_VILLAGE = re.compile(
    _BOUNDARY_BEFORE + r"(?P<name>(?![市县区旗州盟乡镇省各全本该每])[\u4e00-\u9fff]{2,3}?村)"
    r"(?=和[\u4e00-\u9fff]{2,3}村|获评|入选|被评为|被命名|成功创建|荣获)"
)
NOT_VILLAGE_NAMES = re.compile(r"中心|自然|贫困|空心|搬迁|脱贫|集体|样板|明星|文明|卫生|休闲|宜居|治理|和美|美丽|示范|"
                               r"先进|重点|传统|历史|红色|旅游|乡村|农村|城中|城郊|试点|社区|行政|一|批|个")
# Township words that are kinds, not names (小城镇, 特色小镇, 鱼米之乡).
NOT_TOWN_NAMES = re.compile(
    r"城镇|乡镇|村镇|乡村|小镇|强镇|重镇|名镇|城乡|[下返回归入带]乡|家乡|故乡|之乡|水乡|药乡|画乡|原乡|老乡|农村|本乡|全镇|各乡|"
    r"专业镇|中心镇|特色|示范|百强|重点|先进|和美|淘宝|鱼米|生态镇|民族乡|族乡|美丽|数字|数智|所有|第|批|"
    r"改造|改建|打造|建设|建优|抓好|加大|列入|创建|的|传统|行政"
)

# Rivers, lakes, valleys and sands named by a short proper name before the head
# (小秦淮河, 高邮湖, 年楚河, 帕隆藏布), between clear boundaries: in
# running prose a one-character head (河, 江, 湖) is too often part of a word.
_WATER_HEADS = "藏布|河谷|沙地|运河|河|江|湖|曲"
# Verbs done to a river that may stand right before its name (推动凤城河、…, 开工生产河、…).
def _after_any(words: str) -> str:
    """A look-behind for any of ``a|bc|def`` (Python's must be fixed-width: one per length)."""
    by_length: dict[int, list[str]] = {}
    for word in words.split("|"):
        by_length.setdefault(len(word), []).append(word)
    return "|".join(f"(?<={'|'.join(group)})" for group in by_length.values())


_WORK_ON_WATER = ("推动|推进|开工|实施|加强|加快|加大|治理|保护好|保护|整治|修复|疏浚|建设|打造|启动|完成|开展|提升|"
                  "统筹|依托|优化|开通|挖掘|围绕|发展|开发|利用|做好|抓好|用好")
_LONE_WATER = re.compile(
    rf"(?:^|(?<=[、，,。；;：:“（(\s])|{_after_any(_WORK_ON_WATER)})"
    rf"(?P<name>(?![各全本该每主支内外沿跨过护母界])[\u4e00-\u9fff]{{1,4}}?(?:{_WATER_HEADS}))"
    r"(?=[、，,。；;”）)和等]|流域|沿岸|两岸|沿线|干流|支流|湿地|国家|水系|上游|中游|下游|生态|源头|"
    # the state of its water (茫溪河水质连续两年达到Ⅲ类)
    r"水质|水环境|水生态|水体|"
    # its banks, its small basin, its waterway and the works on it (㵐水河东岸, 带水河小流域, 新汴河航道)
    r"(?P<banks>[东西南北]岸|小流域|航道|综合治理|综合整治))"
)
_WORK_ON_WATER_AT = re.compile(_WORK_ON_WATER)
# A river named …水 is a river where its basin is named (渌水流域, 陆水、富水等流域治理); elsewhere
# …水 is as often the town's water (污水, 供水) or a view (山水).
_SHUI_RIVER_BASIN = re.compile(
    rf"(?:^|(?<=[、，,。；;：:“（(\s])|(?<=流域[和与及])|{_after_any(_WORK_ON_WATER)})"
    r"(?P<name>[\u4e00-\u9fff]{1,2}水)(?=流域|、(?P<next>[\u4e00-\u9fff]{1,2}水)等流域)")
# The town's and the field's waters, never a river's name (污水, 碧水, 地下水).
_TOWN_WATERS = re.compile(r"[污供雨用饮排节治净中废涉活碧蓄调引下上汛积洪]水$|山水$")
# Verbs done to rivers (保护漓江, 整治长江) that are part of zone names elsewhere
# (文物保护利用示范区), so they cut only here.
_WATER_VERB = re.compile(r"保护|整治|治理|修编|修复|疏浚")
_NOT_WATER_NAMES = re.compile(
    r"[和与及的等条座个省市县区镇乡村两拥环带过靓更]|河湖|江湖|山河|江河|运河$|数据|数字|智慧|融合|"
    r"沿江|[昆戏歌乐词序插]曲$|诸[湾岛湖山河江峰]"  # 庙岛诸湾: the bays of the islands, no one name
)
_NUMERALS = "一二三四五六七八九十百千万两"
# A numeral and a measure or a head after it count things (百里蓝湾, 万里长江, 一江春水, 三大湖);
# what follows a counted place is a thing there (三峡翻坝, 三峡创新港).
_COUNTED_AFTER_NUMERAL = set("里个座条大江河湖山岸城水峡")


def numbered_like_a_slogan(name: str) -> bool:
    """Numerals in ``name`` that make it a slogan or a count (一河两岸, 两山一河, 百里蓝湾), not
    the one numeral that opens a place's name (九洲江, 九女峰, 千岛湖)."""
    at = [i for i, ch in enumerate(name) if ch in _NUMERALS]
    return bool(at) and (at != [0] or len(name) < 3 or name[1] in _COUNTED_AFTER_NUMERAL)
# An honour a place wins (获评国家生态文明建设示范区) is no place: a zone name
# that opens with a national or provincial scope right after a verb of winning.
_HONOUR_VERB = re.compile(r"(?:获评|创成|争创|创建为|创建|入选|入围|评为|获批|荣获|申报|申创|通过|命名为|成功)$")
_HONOUR_START = re.compile(r"国家|国家级|省级|自治区级|市级|全国|首批")
# A list of titles an honour verb opens (争创国家…试点城市、国家绿色金融改革创新试验区、…): each item
# is a title striven for, as the first one is.
_HONOUR_LIST_OPENING = re.compile(r"(?:^|[，,。；;：:])(?:积极|全力|力争|成功|努力)?(?:争创|申创|创建|创成|获评|入选|获批|申报)"
                                  r"[^，,。；;：:]*、$")


def _honour_listed(norm: str, start: int) -> bool:
    """``start`` begins an item (after 、) of a list whose clause opens with an honour verb."""
    return _HONOUR_LIST_OPENING.search(norm, max(0, start - 80), start) is not None


# Titles that are honours wherever they stand.
_HONOUR_TITLES = re.compile(r"生态文明建设|全域旅游|民族团结进步|社会信用体系建设|农业现代化|知识产权保护|公共文化服务体系")

# Reservoirs and wetlands are named by a short proper name before the head
# (大宁水库, 野鸭湖湿地); lakes and rivers are too often common words (河, 湖) to
# find by rule and come from the lexicon.
_WATER = re.compile(r"水库|湿地")
# (市 and 县: 亳州市湿地保护条例 is the city's law on wetlands, not a wetland of its own)
_NOT_IN_WATER_NAME = set("和与及等的座个处加改保治建修护善型病险各类批重点实现万千百亩级市县")
# A verb or a kind before the head is no name (启动湿地文化广场, 完成湿地保护修复).
_NOT_A_WATER_NAME = re.compile(r"启动|启用|完成|新增|恢复|开展|打造|提升|规划|退化|推进|推动|加快|加强|强化|实施|新建|扩建|建成|开工|"
                               r"河湖|江河|湖库|"
                               r"湖泊|河流|城市|国家|全国|国际|省级|重要|天然|自然|人工|滨海|滨河|沿海|"
                               # kinds of wetland (淡水湿地修复项目, 林草湿地)
                               r"淡水|咸水|高原|沼泽|泥炭|河口|库塘|小微|林草|草原|森林")
# (以: 以封江口水库、…等湖库为重点; not 持之以恒)
_WATER_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[、和与及的在等是]|(?<!之)以|启用|保护|治理|建设|修复|入选|加强|加快|推进|推动|"
                           r"实施|开工|完成|建成|新建|扩建)$")


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, tuple[str, tuple]]:
    """Single-character 简称 of provinces (沪, 苏, 浙) -> (canonical name, attrs)."""
    from extractors.ner.gazetteer import _entries_with_forms

    table: dict[str, tuple[str, tuple]] = {}
    for entry, forms in _entries_with_forms().items():
        if entry.type == "Region" and dict(entry.attrs).get("level") == "province":
            for written, kind in forms:
                if kind == "abbrev" and len(written) == 1:
                    table.setdefault(written, (entry.name, entry.attrs))
    return table


ROUTE_AFTER = re.compile(r"高速|高铁|铁路|城际|公路|快速路|干线")


def abbreviation_runs(norm: str, lexicon_hits: list[Candidate] = ()) -> list[Candidate]:
    """A run of three or four province abbreviations (沪苏浙, 黑吉辽, 苏浙沪皖, 江浙沪) names
    each province; two (蒙藏, 新津, 青川) are too often a word or a county. A run that
    names a road or a railway (申苏浙皖高速公路) names no province, nor one that ends a place's
    name (连|云港新实践: 连云港)."""
    table = province_abbreviations()
    in_places = {i for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2 for i in range(hit.start, hit.end)}
    found: list[Candidate] = []
    # 江 stands for 江苏 only in the idiom 江浙沪 (江浙沪皖); alone it is a river.
    for match in re.finditer(f"(?:江(?=浙)|[{''.join(sorted(table))}]){{3,4}}", norm):
        before, after = norm[match.start() - 1:match.start()], norm[match.end():match.end() + 1]
        if before in table or after in table or ROUTE_AFTER.match(norm, match.end()) or match.start() in in_places:
            continue
        for i in range(match.start(), match.end()):
            name, attrs = table[norm[i]] if norm[i] != "江" else table["苏"]
            found.append(Candidate(i, i + 1, "Region", name, "rule", attrs=attrs))
    return found + abbreviation_pairs(norm, in_places)


# Two provinces' abbreviations before a word of working together name both (粤桂协作, 闽宁协作, 京蒙协作,
# 沪浙合作), or before the border they share (鲁冀省际合作; 交界, 毗邻): a pair is a run too short
# to trust alone (蒙藏, 新津), but one that cooperates or meets is no word. (Not 边际: 浙赣边际（衢饶）合作区
# is a zone of one side's cities, as the golds have it.)
# A pair inside a longer run (京津冀协同) or a known place (港澳) is left to them; 新 is as often
# new or Singapore (新港合作, 新宁合作委员会: Singapore and Nanjing) as 新疆.
_COOPERATION_AFTER = re.compile(r"对口|东西部协作|协作|合作|协同|省际|交界|毗邻")
_NOT_IN_PAIR = "新"


def abbreviation_pairs(norm: str, in_places: set[int]) -> list[Candidate]:
    table = province_abbreviations()
    found: list[Candidate] = []
    for match in re.finditer(f"(?=([{''.join(sorted(set(table) - set(_NOT_IN_PAIR)))}]{{2}}))", norm):
        start, end = match.start(), match.start() + 2
        if (not _COOPERATION_AFTER.match(norm, end) or norm[start - 1:start] in table
                or start in in_places or start + 1 in in_places):
            continue
        for i in (start, start + 1):
            name, attrs = table[norm[i]]
            found.append(Candidate(i, i + 1, "Region", name, "rule", attrs=attrs))
    return found


# A zone standing alone between clear boundaries, named by a proper name no
# lexicon has: ，乌拉盖管理区、 / ，珠恩嘎达布其口岸被列入. Its body must read as a
# name: no verb, no scope or kind word (国家级, 重点, 各类), no particle.
_LONE_ZONE = re.compile(
    _BOUNDARY_BEFORE + r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:管理区|口岸|开发区|经开区|高新区|工业园区|产业园区|化工园区|合作区|新区|保税区|"
    r"综保区|先导区|片区|新城|古城|商务区|步行街|历史文化街区|古道|未来城|科学城|科学谷))"
    r"(?=[、，,。；;”）)（(和等及]|被|获批|获评|入选|成功|成为|列入|纳入|实现|完成|建成|正式|融合|配套|独立|扩区|扩容|重点|加快|"
    r"全面|创新能级|高质量|持续|取得|获得|荣获|晋升|新增|累计|首次|建设|一期|二期|开发建设|申建|"
    # what a city does in a named quarter (启动舒家嘴片区开发, 推进大青果片区文商旅一体化, 十笏园片区老旧小区改造)
    r"开发(?!区)|文商旅|老旧)"
)
_NOT_IN_LONE_ZONE = re.compile(
    r"低效|出台|制定|印发|新增|土地|[的和与及等在把将对以了向从到由为是各个类批级]|国家|省|重点|特色|现代|全市|全县|本市|城市|建设|打造|推进|推动|加快|"
    r"实施|支持|创建|申报|申建|争创|设立|新建|改造|提升|发展|产业|农业|工业|物流|边境|跨境|进口|出口|指定|综合|一类|二类|"
    r"首个|首批|示范|试点|所有|多个|两个|三个|绿色|低碳|智慧|外贸|海关|垂直|院|境外|专业|文创|百强|全国|高端|沿边|航空|"
    r"治理|创$|^[市县区]|国际|城区|老城|中心|核心|功能|自贸|试点|示范|安置|棚改|更新|改造|旧城|新城|"
    r"重大|提高|着力|[一二三四五六七八九十两]大|"
    # corridors and ports, kinds (提升通道口岸建设能级; 通道, a county of Hunan, has no port)
    r"^通道"
)


# Verbs and adverbs a clause puts before the zone (更好发挥经开区, 依托相山经济开发区).
_BEFORE_LONE_ZONE = re.compile(
    _LEFT_CUT.pattern.removesuffix(")") + r"|发挥|强化|健全|编制|谋划|布局|做美|做强|建好|运营|拥有|其中|促进|"
    r"更好|力度|联建|探索|争取|深化|完善|依托|形成|构建|畅通|实现|尽快|做旺|做优|做活|引领|力争|做好)"
)
# A city's named quarters (岐江新城, 零陵古城, 阅海湾商务区, 孙文西路步行街, 小北街特色商业街区, 开化不夜城) and
# corridors of research and start-ups between cities (宁淮科创走廊, 天府大道科创走廊): longest first,
# as a head may end another (特色商业街区, 商业街区).
_QUARTER_HEADS = ("历史文化街区", "特色商业街区", "商业街区", "科技创新大走廊", "科技创新走廊", "科创大走廊", "科创走廊", "商务区",
                  "步行街", "未来城", "科学城",
                  "科学谷", "科教城", "新城", "古城", "古镇", "古道", "不夜城", "老街", "古街")
_LONE_ZONE_HEADS = ("管理区", "口岸", "开发区", "经开区", "高新区", "工业园区", "产业园区", "化工园区", "化工园", "合作区", "新区", "保税区",
                    "综保区", "先导区", "片区") + _QUARTER_HEADS


def _start_after_verb(norm: str, start: int, end: int) -> int | None:
    """Where a name found after a boundary begins once a verb in front of it is cut off
    (更好发挥经开区, 做好四女寺风景区); None where the cut would fall on a particle inside
    the name (元和塘文化产业园区: 和 is no verb in front)."""
    cut = _BEFORE_LONE_ZONE.match(norm, start, end)
    if cut is None:
        return start
    # 以 …为核心 (坚持以文昌里历史文化街区为核心): a preposition in front, not a particle inside.
    if norm[cut.end() - 1] == "以" and norm.startswith("为", end):
        return cut.end()
    if _LIST_OR_CLAUSE.fullmatch(norm, cut.end() - 1, cut.end()):
        return None
    # Two verbs that share a character (共建|成渝…: 共建 and 建成) end at the first: the
    # second's last character begins the name.
    if _BEFORE_LONE_ZONE.fullmatch(norm, start, cut.end() - 1):
        return cut.end() - 1
    return cut.end()


# A park two places run together, named by their initials (苏银产业园: 江苏–银川, 闽宁产业园, 宿马产业园,
# 沪湖产业协作示范区), its trade or its partners' between (宁淮智能制造产业园, 淮昆台资合作产业园).
# Each initial is a province's 简称 or the first character of a prefecture.
# Looked for at every character (a lookahead), as a match that begins too early (推进惠黔合作工业园)
# must not hide the one inside it.
_PAIRED_PARK = re.compile(r"(?=(?P<park>(?P<pair>[\u4e00-\u9fff]{2})(?:现代|合作|协作|共建|[\u4e00-\u9fff]{2}(?:合作|制造))?"
                          r"(?:产业园区|产业园|工业园区|工业园|产业合作区|产业协作示范区|合作示范区|合作区|"
                          r"产业合作园区|合作园区|合作园)))")
# Cities whose one-character short form is not their name's first character (甬 宁波, 蓉 成都, 榕 福州,
# 鹭 厦门, 邕 南宁, 筑 贵阳, 穗 广州, 莞 东莞) pair in parks' names too (甬蚌产业合作园区).
_CITY_ABBREVIATIONS = frozenset("甬蓉榕鹭邕筑穗莞")


@lru_cache(maxsize=1)
def place_initials() -> frozenset[str]:
    from extractors.ner.gazetteer import _entries_with_forms

    initials = set(province_abbreviations()) | _CITY_ABBREVIATIONS
    for entry in _entries_with_forms():
        if entry.type == "Region" and dict(entry.attrs).get("level") == "prefecture":
            initials.add(entry.name[0])
    return frozenset(initials)


@lru_cache(maxsize=1)
def county_initials() -> frozenset[str]:
    """First characters of the divisions down to the counties (当 of 当阳, 枝 of 枝江)."""
    from extractors.ner.gazetteer import _entries_with_forms

    return frozenset(entry.name[0] for entry in _entries_with_forms() if entry.type == "Region"
                     and dict(entry.attrs).get("level") in {"province", "prefecture", "county"})


# A zone whose name opens with a quote is named by what the quote holds: a place (“漓江美谷”…示范区),
# a kind of place (“两湖”创新区, “一带一路”科技创新合作区) or the initials of the places it joins
# (“襄十随神”城市群, “当枝松宜东”产业合作区). A slogan or a standard in quotes (“五好”园区, “飞地”园区,
# “双新”改革示范区, “天府粮仓”示范区) makes a title a place earns: the programme of building one
# (the golds keep such names as initiatives or neutral).
_CLOSING_QUOTE = re.compile(r"[^“”]{1,12}”")
_PLACE_WORD_ENDS = set("湖江河山海岛港湾城路带街巷")


def quote_names_a_place(norm: str, start: int) -> bool:
    closing = _CLOSING_QUOTE.match(norm, start + 1)
    if closing is None:
        return True  # not a quote we can read: leave the name to the other rules
    quoted = norm[start + 1:closing.end() - 1]
    from extractors.ner.gazetteer import canonical_by_form

    places = canonical_by_form("Region")
    if any(quoted[i:j] in places for i in range(len(quoted)) for j in range(i + 2, len(quoted) + 1)):
        return True
    # …or a kind of place (“两湖”创新区: two lakes; “一带一路”, “生态岛”, “大零号湾”, “九街十八巷”).
    return quoted[-1] in _PLACE_WORD_ENDS or (len(quoted) >= 3 and all(ch in county_initials() for ch in quoted))


def paired_place_parks(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    initials, vocabulary, provinces = place_initials(), words(), province_abbreviations()
    covered = {i for hit in lexicon_hits if hit.length >= 2 for i in range(hit.start, hit.end)}
    found = []
    for match in _PAIRED_PARK.finditer(norm):
        pair = match.group("pair")
        start = match.start("pair")
        # Not a word (江北产业园 is a place's, 现代产业园 a kind) nor part of a known name; two
        # provinces' abbreviations are the pair even where the dictionary holds them (苏皖, 川渝).
        two_provinces = all(ch in provinces for ch in pair)
        if not all(ch in initials for ch in pair) or (pair in vocabulary and not two_provinces) \
                or covered & {start, start + 1}:
            continue
        # The pair begins the name: after a boundary, a particle or a verb (推进亳芜现代产业园区).
        if start and "\u4e00" <= norm[start - 1] <= "\u9fff" and not _BEFORE_PAIR.search(norm, max(0, start - 2), start):
            continue
        found.append(Candidate(start, match.end("park"), "Region", "", "rule", attrs=(("level", "area"),)))
    return found


_BEFORE_PAIR = re.compile(r"(?:[、和与及的在]|推进|推动|支持|建设|建好|打造|共建|加快|依托|深化|提升|做强|做大|壮大|发展)$")


_OLD_STREET_HEADS = ("老街", "古街")
_NOT_AN_OLD_STREET = re.compile(r"历史|传统|特色|城市|文化|商业|古[镇村城]|老[城镇]|各|批|条|处|街$")
_NOT_A_QUARTER = re.compile(r"^(?:加大|优化|连接|高品质|高品位|高水平|中央|商业|稳步|聚焦|环|让|不断|举办|彰显|"
                            r"复兴|开街|丰富|提质|精心|保护|"
                            r"[一二三四五六七八九十两]大)|科技$|千年|[一二三四五六七八九十]+中")


# A named quarter needs no cue after it (岐江新城锚定…, 岐江新城建设取得…); only not a station,
# a district or a road named after it (岐江新城站, 新城区, 古城路).
_LONE_QUARTER = re.compile(
    _BOUNDARY_BEFORE + rf"(?P<name>[\u4e00-\u9fff]{{2,8}}?(?:{'|'.join(_QUARTER_HEADS)}))"
    r"(?![区站路街道桥镇乡村门墙]|大道|片区|管委|集群|东|西|南|北)")


def _with_places_masked(norm: str, start: int, end: int, places: dict) -> str:
    """``norm`` with the places' names of two or three characters that hold a particle
    (太和, 和平, 永和) masked in ``norm[start:end]``: there the particle ends no clause."""
    if not _LIST_OR_CLAUSE.search(norm, start, end):
        return norm
    span = list(norm[start:end])
    for size in (3, 2):
        for at in range(len(span) - size + 1):
            form = norm[start + at:start + at + size]
            if form in places and _LIST_OR_CLAUSE.search(form):
                span[at:at + size] = "甲" * size
    return norm[:start] + "".join(span) + norm[end:]


def lone_zones(norm: str) -> list[Candidate]:
    from extractors.ner.gazetteer import canonical_by_form

    places = canonical_by_form("Region")
    found = []
    matches = list(_LONE_ZONE.finditer(norm))
    zone_ends = {match.end("name") for match in matches}
    matches += [match for match in _LONE_QUARTER.finditer(norm) if match.end("name") not in zone_ends]
    for match in matches:
        start, end = match.span("name")
        text = _with_places_masked(norm, start, end, places)
        start = _start_after_verb(text, start, end)
        if start is None:
            continue
        name = norm[start:end]
        head = next(h for h in _LONE_ZONE_HEADS if name.endswith(h))
        body = name[:-len(head)]
        if len(body) < 2 or _NOT_IN_LONE_ZONE.search(text[start:end - len(head)]):
            continue
        # A quarter's name is a name: not a word of the language (高铁新城, 数字古城, 商业商务区),
        # a verb, a quality or a count (加大历史文化街区, 高品质步行街, 八大科技新城).
        # A place's name is one (零陵古城).
        # An old street is named by a word often (北门老街, 顺河老街); a kind of old street is not a name.
        # A corridor is named by a place's nickname often, a word too (光谷科创大走廊, 浙中科创走廊).
        worded = len(body) == 2 and body in words() and body not in places and not head.endswith("走廊")
        if head in _QUARTER_HEADS and ((worded and head not in _OLD_STREET_HEADS) or _NOT_A_QUARTER.search(body)
                                       or (head in _OLD_STREET_HEADS and _NOT_AN_OLD_STREET.search(body))):
            continue
        level = "area" if head.endswith("走廊") else "zone"
        found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", level),)))
    return found


# A zone named by two characters alone before a strong head (临江新区, 大龙开发区, 新站高新区,
# 五象新区): a name when the two are a place's form or begin no word of the language; 城市新区,
# 绿色工业园区, 省级开发区 are kinds. Written after a particle, a verb, a rank (省级临江新区) or a
# boundary: after any other character they are the tail of a longer name.
_BARE_ZONE = re.compile(r"(?P<body>[\u4e00-\u9fff]{2})(?P<head>开发区|经开区|高新区|新区|工业园区|产业园区|科技城)")
_BEFORE_BARE_ZONE = re.compile(r"(?:[^\u4e00-\u9fff]|[和与及的在把将对以向从到由为是]|级)$")
_VERB_BEFORE_BARE_ZONE = re.compile(rf"(?:{_BEFORE_LONE_ZONE.pattern.removeprefix('.*')}|{_VERB_PREFIX.pattern})$")


def bare_named_zones(norm: str) -> list[Candidate]:
    from extractors.ner.gazetteer import canonical_by_form

    places = canonical_by_form("Region")
    vocabulary = words()
    found = []
    for match in _BARE_ZONE.finditer(norm):
        start, body = match.start(), match.group("body")
        before = norm[max(0, start - 4):start]
        if start and not (_BEFORE_BARE_ZONE.search(before) or _VERB_BEFORE_BARE_ZONE.search(before)):
            continue
        # 全州开发区: every zone of the prefecture, though 全州 is also a county's name.
        # 中国开发区 (of 《中国开发区审核公告目录》): the country's zones, no zone (中国科技城 is 绵阳's).
        if _NOT_IN_LONE_ZONE.search(body) or body[0] == "全" or (body == "中国" and match.group("head") != "科技城") \
                or (body in vocabulary and body not in places):
            continue
        found.append(Candidate(start, match.end(), "Region", "", "rule", attrs=(("level", "zone"),)))
    return found


# A scenic area named by a proper name (褒禅山景区、香泉旅游区创建…, 四女寺风景区), also after the rank
# it holds (建成省级盐河水利风景区): the place.
_SCENIC_AREA = re.compile(
    _BOUNDARY_BEFORE + r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:风景名胜区|风景区|旅游度假区|旅游区|景区))")
_SCENIC_RANK = re.compile(r"省级|市级|国家级")
# A body that opens with a known place names one even with a kind word in it (衢州古城文化旅游区).
_KIND_IN_PLACED_SCENIC_NAME = re.compile(r"[一二三四五六七八九十两]大|A|级|景|全域|精品|热门|网红|主要|周边|推出|引导|实行|开发|优化|"
                                         r"提升|提质|打造")
_NOT_IN_SCENIC_NAME = re.compile(r"[一二三四五六七八九十两]大|A|级|景|旅游|度假|乡村|生态|文化|休闲|红色|工业|农业|湿地|森林|夜|主要|周边|全域|精品|热门|网红|"
                                 r"国有|现有|公办|民营|传统|新兴|百家|推出|引导|实行|开发|优化|提升|提质|打造|沙漠|理顺")


def scenic_areas(norm: str) -> list[Candidate]:
    from extractors.ner.gazetteer import canonical_by_form

    places = canonical_by_form("Region")
    found = []
    for match in _SCENIC_AREA.finditer(norm):
        start, end = match.span("name")
        start = _start_after_verb(norm, start, end)
        if start is None:
            continue
        rank = _SCENIC_RANK.match(norm, start, end)
        start = rank.end() if rank else start
        body = re.sub(r"(?:风景名胜区|风景区|旅游度假区|旅游区|景区)$", "", norm[start:end])
        placed = len(body) >= 4 and any(body[:size] in places for size in (2, 3, 4))
        kinds = _KIND_IN_PLACED_SCENIC_NAME if placed else _NOT_IN_SCENIC_NAME
        # 水利风景区 is a kind (a water-conservancy scenic area); 蟠龙湖水利风景区 is named.
        if len(body.removesuffix("水利")) < 2 or _NOT_IN_LONE_ZONE.search(body) or kinds.search(body):
            continue
        found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


# Places a report lists as applying for a scenic grade (玉泉山关陵、昭君村、柴埠溪创建国家5A级景区,
# 百里荒创建国家级旅游度假区, 五尖山成功创建4A级景区, 从江岜沙和加榜梯田等景区): each is a
# scenic place.
_SCENIC_GRADE = re.compile(r"(?:成功)?(?:创建|创成|晋升|获评|通过)(?:为)?(?:国家|省级|全国)?(?:级)?(?:[1-5１-５][AＡ]级)?"
                           r"(?:旅游)?(?:景区|旅游度假区|度假区)|"
                           # …or closes a list of scenic places (从江岜沙和加榜梯田等景区提升建设)
                           r"等(?:[\d一二三四五六七八九十]+个)?(?:重点)?(?:旅游)?景区|"
                           # …or a list of wetlands and parks (黄河岛、打渔张等湿地公园生态修复, 紫马岭、逸仙湖、月山等公园)
                           r"等(?:国家级|省级)?(?:湿地公园|森林公园|郊野公园|湿地|公园)(?![\u4e00-\u9fff]?[城化])|"
                           # …or the honour of a quarter or a street (青果巷、三堡街创成国家级旅游休闲街区)
                           r"(?:成功)?(?:创建成为|创建为|创建|创成|晋升|获评|获批|入选|升级为)(?:国家级|省级|自治区级|全国)?[“\"]?"
                           r"(?:旅游休闲街区|示范步行街)")
_SCENIC_ITEM_STOP = re.compile(r"[，。；：！？,.;:!?()（）\s“”]")
_NOT_A_SCENIC_PLACE = re.compile(r"[馆局站院厂]$|中心|公司|管理|[的了在将对把为要各等级]|\d|景区$|分别|开园|建成|投用|"
                                 r"打造|推进|推动|加快|支持|争取|启动|力争|实现|全力|积极|深入|持续|做好|丰富|新建|盘活|提升")


# A mountain standing alone, named where it wins a title or heads its scenic or park area
# (阳明山获评首批中国避暑旅游目的地, 东安舜皇山片区, 张广才岭、老爷岭): a short name and 山 or 岭
# after a boundary or a county.
_LONE_MOUNTAIN = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,3}?(?:山|岭))"
    r"(?=获评|入选|创成|成功创建|获批|荣获|景区|风景区|风景名胜区|片区|国家森林公园|森林公园|国家公园|国家级自然保护区|自然保护区)")
_NOT_A_MOUNTAIN = re.compile(r"[的了在将对把为要各等级和与及个座]|青山|金山银山|江山|河山|靠山|深山|大山|高山|群山|名山|矿山|"
                             r"荒山|火山|登山|上山|下山|进山|出山|山山|分水岭|^[东西南北中大小新老]山$")


# A nature reserve named by its place or its species, with its rank (扬子鳄国家级自然保护区,
# 白头叶猴自然保护区, 长江豚类省级自然保护区): an area. 全国一流自然保护区 is a kind.
_NATURE_RESERVE = re.compile(_BOUNDARY_BEFORE + r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:国家级|省级|市级|县级)?自然保护区)")
_RANK_VERB = re.compile(r"晋升|升级|创建|申建|申报|获批|创成|成为|列入|纳入")
_RESERVE_TAIL = re.compile(r"(?:国家级|省级|市级|县级)?自然保护区$")


def _areas_named_by_a_body(norm: str, name_after_boundary: re.Pattern[str], tail: re.Pattern[str],
                           not_in_body: re.Pattern[str]) -> list[Candidate]:
    """Areas whose name is a body of two characters or more and a kind's tail (扬子鳄 + 国家级自然保护区,
    荷花山 + 遗址), found after a boundary with the verb in front cut off; a body that opens with a
    verb, holds a zone's kind word or matches ``not_in_body`` names none."""
    found = []
    for match in name_after_boundary.finditer(norm):
        start, end = match.span("name")
        start = _start_after_verb(norm, start, end)
        if start is None:
            continue
        body = tail.sub("", norm[start:end])
        if len(body) < 2 or _NOT_IN_LONE_ZONE.search(body) or _VERB_PREFIX.match(body) or not_in_body.search(body):
            continue
        found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


def nature_reserves(norm: str) -> list[Candidate]:
    # 沉湖湿地晋升国家级自然保护区: the wetland rises to the rank; it is not the reserve's name.
    return _areas_named_by_a_body(norm, _NATURE_RESERVE, _RESERVE_TAIL, _RANK_VERB)


# A national park or a geopark named by its region or its places (西南岩溶国家公园（百色）, 乐业—凤山世界地质公园):
# an area. 以国家公园为主体 and 创建国家公园 leave no body of two characters.
_NAMED_PARK = re.compile(_BOUNDARY_BEFORE + r"(?P<name>[\u4e00-\u9fff—]{2,10}?(?:国家公园|世界地质公园|国家地质公园))")
_PARK_TAIL = re.compile(r"(?:国家公园|世界地质公园|国家地质公园)$")


# 兴义候选世界地质公园: a candidate; 龙庆环国家公园文创大走廊: a belt around a park, not the park.
_NOT_A_PARKS_NAME = re.compile(_RANK_VERB.pattern + r"|候选|环$")


def named_parks(norm: str) -> list[Candidate]:
    return _areas_named_by_a_body(norm, _NAMED_PARK, _PARK_TAIL, _NOT_A_PARKS_NAME)


# A lake or a river named where it is made a wetland park (澄碧湖自治区级湿地公园创建工作): the water.
_WATER_MADE_A_PARK = re.compile(_BOUNDARY_BEFORE + r"(?P<name>[\u4e00-\u9fff]{2,6}?[湖河江])"
                                r"(?=(?:国家级|国家|省级|自治区级|市级)?湿地公园)")


_NO_TAIL = re.compile(r"(?!)")  # the park stands after the match: the water's name is all of it


def waters_made_wetland_parks(norm: str) -> list[Candidate]:
    return _areas_named_by_a_body(norm, _WATER_MADE_A_PARK, _NO_TAIL, _RANK_VERB)


# An archaeological or historic site named by its place (荷花山遗址, 屈家岭国家考古遗址公园, 邾国故城遗址,
# 施州城址): an area. A kind of site (红色遗址, 历史文化遗址, 工业遗址) names none.
_HERITAGE_SITE = re.compile(
    _BOUNDARY_BEFORE + r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:国家考古遗址公园|考古遗址公园|遗址公园|考古遗址|遗址|故城|城址))"
    r"(?!博物馆|展示馆|陈列馆|管理)")
_SITE_TAIL = re.compile(r"(?:国家考古遗址公园|考古遗址公园|遗址公园|考古遗址|遗址|故城|城址)$")
_NOT_A_SITE_NAME = re.compile(r"^古|红色|革命|文化|历史|工业|考古|文物|抗战|抗日|重要|重点|大遗址|古迹|遗迹|地震|国家|"
                              r"[省市县]级|各类|全市|全县|一批|系列|[的了在将对把为要各等和与及个座批届]|\d")


def heritage_sites(norm: str) -> list[Candidate]:
    return _areas_named_by_a_body(norm, _HERITAGE_SITE, _SITE_TAIL, _NOT_A_SITE_NAME)


# A park or a zone named with its host place in brackets (长三角（宣城）产业合作区, 海峡两岸（温州）大健康产业园,
# 京东（钟祥）数字经济产业园, 浙赣边际（衢饶）合作区): the place in brackets makes the name a place's.
_BRACKETED_HOST = re.compile(r"[(（](?P<host>[\u4e00-\u9fff·]{2,8})[)）](?P<tail>[\u4e00-\u9fff]{0,8}?)"
                             r"(?P<head>产业合作区|合作区|合作产业园|产业合作园|合作园|产业园区|产业园|物流园|工业园|示范区|创新区|科学城)"
                             r"(?![\u4e00-\u9fff]?(?:管委会|管理委员会))")
_FRONT_OF_BRACKET = re.compile(r"[\u4e00-\u9fff]{2,6}$")
_NOT_IN_FRONT = re.compile(r"[的了在将对把为要各等和与及个座批级]|星级|现代|农业|^中国$|^国家$|^国际$|^省$|"
                           r"^(?:经开区|高新区|开发区|综保区)$")  # 经开区（头屯河区）…: the zone's own area
_DEALT_WITH = re.compile(r"签约|共建|落地|引进")


def zones_with_their_host_in_brackets(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    from extractors.ner.gazetteer import canonical_by_form

    places, initials = canonical_by_form("Region"), place_initials()
    # A park named after a known firm (京东（钟祥）数字经济产业园, 中通快递…) names the firm, which the
    # lexicon reads; the park is left to the other rules.
    bodies_at = {hit.start for hit in lexicon_hits if hit.type == "Organization"}
    found = []
    for match in _BRACKETED_HOST.finditer(norm):
        front = _FRONT_OF_BRACKET.search(norm, max(0, match.start() - 12), match.start())
        if front is None:
            continue
        cut = _LEFT_CUT.match(front.group())
        # The name begins after a verb or at a boundary; a run that goes on further left
        # (中通快递|广西桂北（柳州）…) has no start we can tell.
        if cut is None and "\u4e00" <= norm[front.start() - 1:front.start()] <= "\u9fff":
            continue
        start = front.start() + (cut.end() if cut else 0)
        dealt = _DEALT_WITH.match(norm, start, match.start())
        start = dealt.end() if dealt else start
        host = match.group("host").replace("·", "")
        named_host = any(host[i:j] in places for i in range(len(host)) for j in range(i + 2, len(host) + 1)) \
            or all(ch in initials for ch in host)
        if match.start() - start < 2 or not named_host or start in bodies_at \
                or _NOT_IN_FRONT.search(norm[start:match.start()]) \
                or _NOT_IN_LONE_ZONE.search(match.group("tail")):
            continue
        found.append(Candidate(start, match.end(), "Region", "", "rule", attrs=(("level", "zone"),)))
    return found


def lone_mountains(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    county_ends = {hit.end for hit in lexicon_hits if hit.type == "Region"
                   and dict(hit.attrs).get("level") in {"prefecture", "county"}}
    found = []
    for match in _LONE_MOUNTAIN.finditer(norm):
        start, end = match.span("name")
        before = norm[start - 1:start]
        # After a boundary or a county (东安舜皇山): the name starts here.
        if before and "\u4e00" <= before <= "\u9fff" and start not in county_ends:
            continue
        if _NOT_A_MOUNTAIN.search(norm, start, end) or _WORK_ON_WATER_AT.match(norm, start):
            continue
        found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


# A site a county's name heads, one of a list (临湘冶湖、华容东湖等水体治理, 宁远九嶷山、祁阳唐家山,
# 麻城白鸭山、武穴轮镜塘等突出问题): the site is named with its county, as the report writes it; the
# county stays a mention of its own. A river keeps its own name (阳新良荐河: the water, not the county's);
# a reservoir is a works, and a site before 等镇 is a township's (兴隆县半壁山等镇).
_SITE_AFTER_COUNTY = re.compile(r"(?![县市区旗州])[\u4e00-\u9fff]{1,4}?(?:湖|堰|塘|湿地|梯田|老街|古街|古镇|峡谷|溶洞|草原|瀑布|山|岭)"
                                r"(?=[、，,。；;]|和|等(?![\d一二三四五六七八九十]*个?[乡镇村]))")


# …unless the list is of works a site names (德昌腊巴山、盐源大坝梁子等一批风电项目, 兴仁尖山等中小型水库,
# 钟山花山等灌区): then the county and the site are mentions of their own.
_WORKS_LISTED = re.compile(r"风电|光伏|电站|水电|水库|抽水蓄能|灌区|枢纽|铁路|项目|工程")


def sites_after_counties(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found = []
    for hit in lexicon_hits:
        if hit.type != "Region" or dict(hit.attrs).get("level") != "county":
            continue
        site = _SITE_AFTER_COUNTY.match(norm, hit.end)
        if site is None or _NOT_A_MOUNTAIN.search(site.group()):
            continue
        if _WORKS_LISTED.search(norm, site.end(), clause_around(norm, site.end())[1]):
            continue
        found.append(Candidate(hit.start, site.end(), "Region", "", "rule", attrs=(("level", "area"),)))
    return found


def _items_listed_before(norm: str, end: int) -> tuple[int, list[tuple[int, int]]]:
    """The clause's start before ``end`` (where a list's closer begins) and the list's items
    (split at 、和及) once the clause's verb is cut off."""
    start = end
    while start > 0 and not _SCENIC_ITEM_STOP.match(norm, start - 1):
        start -= 1
    at = _start_after_verb(norm, start, end)
    at = start if at is None else at
    return start, [(at + item.start(), at + item.end()) for item in re.finditer(r"[^、和及]+", norm[at:end])]


def scenic_grade_places(norm: str) -> list[Candidate]:
    found = []
    for grade in _SCENIC_GRADE.finditer(norm):
        start, items = _items_listed_before(norm, grade.start())
        # A name cut by a closing quote (“创客+”文创园) is only its tail.
        cut_by_quote = norm[start - 1:start] in {"”", '"'}
        # A quarter honoured that has a zone's head (南头古城) is the zone the zone rules name.
        quarter_honour = grade.group().endswith(("旅游休闲街区", "示范步行街"))
        for index, (item_start, item_end) in enumerate(items):
            name = norm[item_start:item_end]
            if (cut_by_quote and index == 0) or (quarter_honour and name.endswith(_LONE_ZONE_HEADS)):
                continue
            if 2 <= len(name) <= 8 and _HAN_ONLY.fullmatch(name) and not _NOT_A_SCENIC_PLACE.search(name):
                found.append(Candidate(item_start, item_end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


# Streets a list closes as shopping or historic quarters (中街、太原街等9个核心商圈, 盐河巷、民主路等特色街区,
# 万花楼、十字街、万达广场等商圈建设, 剑河两岸、玉虚街等老街改造): each street is a place. Only items named as streets (街, 巷; a
# road where quarters close the list): malls and firms (苏宁、万达等中心商圈) are not.
_STREET_LIST_END = re.compile(r"等(?:\d+|[一二三四五六七八九十]+)?[个条处]?(?:特色|核心|重点|中心|历史文化|文商旅|文旅|商业|步行|美食|"
                              r"旅游休闲|消费|精品|夜经济|夜间经济)*(?P<kind>商圈|街区|步行街|商业街|街巷|老街|古街)")
_STREET_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:街|巷)")
_ROAD_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}路")
_WORK_ON_STREET = re.compile(r"(?:改造提升|改造|提升|打造|建设|升级)")
_NOT_A_STREET_NAME = re.compile(r"[的了在将对把为要各等个条]|特色|商业|步行|背街|小巷|美食|老街区|一条")


# A historic quarter a list closes as such may be named any way (寺街、西南营等历史文化街区, 西溪、珠溪等特色
# 文商旅街区).
_HISTORIC_QUARTER_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def listed_streets(norm: str) -> list[Candidate]:
    found = []
    for end in _STREET_LIST_END.finditer(norm):
        quarters = end.group("kind") != "商圈"
        # a historic quarter, or one the city runs for culture, trade and tourism (西溪、珠溪等特色文商旅街区)
        historic = quarters and any(kind in end.group() for kind in ("历史文化", "文商旅", "文旅"))
        for item_start, item_end in _items_listed_before(norm, end.start())[1]:
            verb = _WORK_ON_STREET.match(norm, item_start, item_end)
            item_start = verb.end() if verb else item_start
            name = norm[item_start:item_end]
            if (_STREET_NAME.fullmatch(name) or (quarters and _ROAD_NAME.fullmatch(name))
                    or (historic and _HISTORIC_QUARTER_NAME.fullmatch(name) and not _VERB_PREFIX.match(name))) \
                    and len(name) >= 2 and not _NOT_A_STREET_NAME.search(name):
                found.append(Candidate(item_start, item_end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


def lone_townships(norm: str) -> list[Candidate]:
    """Townships between clear boundaries (射阳湖镇、龙虬镇、马集镇入选), and villages
    named for an honour (神溪村获评中国美丽休闲乡村)."""
    found = [Candidate(match.start("name"), match.end("name"), "Region", "", "rule", attrs=(("level", "township"),))
             for match in _LONE_TOWN.finditer(norm) if not NOT_TOWN_NAMES.search(match.group("name"))]
    villages = [match for match in _LONE_VILLAGE.finditer(norm) if not NOT_VILLAGE_NAMES.search(match.group("name"))]
    # …and the village joined to it (里溪村和南桥村获评): the second stands after 和.
    for match in villages:
        found.append(Candidate(match.start("name"), match.end("name"), "Region", "", "rule", attrs=(("level", "area"),)))
        partner = re.match(r"和(?P<name>[\u4e00-\u9fff]{2,3}?村)", norm[match.end("name"):])
        if partner and not NOT_VILLAGE_NAMES.search(partner.group("name")):
            at = match.end("name") + partner.start("name")
            found.append(Candidate(at, at + len(partner.group("name")), "Region", "", "rule", attrs=(("level", "area"),)))
    return found


def lone_waters(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Rivers, lakes and sands between clear boundaries (、小秦淮河、), without a verb in front, and
    the short ones listed beside them (``short_waters_listed``)."""
    from extractors.ner.gazetteer import canonical_by_form

    city_spans = {(hit.start, hit.end) for hit in lexicon_hits if hit.type == "Region"
                  and dict(hit.attrs).get("level") in {"province", "prefecture", "county"}}
    found = []
    for match in _LONE_WATER.finditer(norm):
        start, end = match.span("name")
        cut = _CUT_WORD.match(norm, start) or _WATER_VERB.match(norm, start) or _WORK_ON_WATER_AT.match(norm, start)
        if cut:
            start = cut.end()  # 加强涡河: the verb is not part of the name
        if _WORK_ON_WATER_AT.search(norm, start, end) or _CUT_WORD.search(norm, start, end):
            continue  # 充分挖掘江: a clause, not a name
        # 宜丰棠浦河, 金坛长荡湖: the county in front is a mention of its own.
        county = next((hit.end for hit in lexicon_hits if hit.start == start and hit.end <= end - 2
                       and (hit.start, hit.end) in city_spans), None)
        if county is not None:
            start = county
        # 学在内江, 欢乐芜湖: a city at the end is the name (小秦淮河 ending in 淮河 is a river).
        # Two characters only before its banks or its basin (巴河两岸, 淦河流域), where no word or place
        # is named so (运河, 剑河 the county).
        short_water = (end - start == 2 and (match.group("banks") or norm.startswith(("两岸", "流域"), end))
                       and norm[start:end] not in words() and norm[start:end] not in canonical_by_form("Region"))
        if ((end - start < 3 and not short_water) or _NOT_WATER_NAMES.search(norm, start, end)
                or numbered_like_a_slogan(norm[start:end]) or any((i, end) in city_spans for i in range(start, end - 1))):
            continue
        found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", "area"),)))
    for match in _SHUI_RIVER_BASIN.finditer(norm):
        for start, end in [match.span("name"), match.span("next")]:
            name = norm[start:end]
            if start < 0 or _TOWN_WATERS.search(name) or _NOT_WATER_NAMES.search(name) \
                    or numbered_like_a_slogan(name) \
                    or any(hit.start <= start < hit.end for hit in lexicon_hits if hit.type == "Region"):
                break
            found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found + short_waters_listed(norm, lexicon_hits, found)


# A list of rivers or lakes names short ones too (祁水、白水、黄花河流域, 竹皮河、浰河、长湖、天门河等,
# 滦河生态修复、潮河总氮治理): a name of one character and its head, beside a river or a lake
# found already; the town's waters (污水, 供水) are words and no rivers.
_SHORT_WATER = re.compile(r"[\u4e00-\u9fff][河江水溪湖]")
_WATER_HEAD_AT_END = re.compile(rf"(?:{_WATER_HEADS}|水)$")
_LIST_JOINER = re.compile(r"[、和与及]")
_REST_OF_ITEM = re.compile(r"[和与及]|[^、，。；：,;:()（）“”]{0,8}、")


def short_waters_listed(norm: str, lexicon_hits: list[Candidate], waters: list[Candidate]) -> list[Candidate]:
    """Two-character rivers and lakes in a list with ``waters`` or a river or lake of the lexicon,
    followed along the list (浰河 vouches for 长湖 after it)."""
    anchors = [c for c in [*waters, *lexicon_hits] if c.type == "Region" and c.length >= 2
               and dict(c.attrs).get("level") == "area" and _WATER_HEAD_AT_END.search(norm, c.start, c.end)]
    if not anchors:
        return []
    from extractors.ner.gazetteer import canonical_by_form

    vocabulary, places = words(), canonical_by_form("Region")
    county_ends = {hit.end for hit in lexicon_hits if hit.type == "Region"
                   and dict(hit.attrs).get("level") in {"prefecture", "county"}}
    taken = {(c.start, c.end) for c in anchors}
    found: list[Candidate] = []
    todo = list(anchors)
    while todo:
        water = todo.pop()
        # the item before (…、潮河 | 、滦河) and the item after (滦河 | 生态修复、潮河 …)
        neighbours = []
        if _LIST_JOINER.fullmatch(norm, water.start - 1, water.start):
            neighbours.append(water.start - 3)
        # the next item may run on after the name (滦河生态修复、潮河总氮治理)
        after = _REST_OF_ITEM.match(norm, water.end)
        if after:
            neighbours.append(after.end())
        for at in neighbours:
            if at < 0 or (at, at + 2) in taken or not _SHORT_WATER.fullmatch(norm, at, at + 2):
                continue
            name = norm[at:at + 2]
            # The item begins with the name: a joiner, a boundary or its county in front (祁阳祁水).
            if at > 0 and "\u4e00" <= norm[at - 1] <= "\u9fff" and not _LIST_JOINER.fullmatch(norm, at - 1, at) \
                    and at not in county_ends:
                continue
            # Waters of the town (污水, 供水, 雨水) are words; a river's name that is one (潮河, 长湖) is the river here.
            if (name[-1] == "水" and name in vocabulary and name not in places) or _NOT_WATER_NAMES.search(name) \
                    or numbered_like_a_slogan(name):
                continue
            short = Candidate(at, at + 2, "Region", "", "rule", attrs=(("level", "area"),))
            taken.add((at, at + 2))
            found.append(short)
            todo.append(short)
    return found


# A small place that opens a project's name (雅尼河谷面山修复工程, 通南地区引排能力
# 提升工程, 古盐运河广场提质工程): a valley, canal, river or lake right before the
# work done there, after a boundary or a verb that starts the project. Only kept
# where a project or organisation name begins with it (see nested_regions).
_PROJECT_WORK = "修复|治理|提升|整治|改造|提质|清淤|疏浚|防洪|引排|保护|工程|项目"
_WORK_BEFORE_PROJECT = "推进|推动|实施|启动|开工|完成|加快|建成"
_LEADING_PLACE = re.compile(
    rf"(?:^|(?<=[、，,。；;：:“（(\s])|{_after_any(_WORK_BEFORE_PROJECT)})"
    # Inside a look-ahead, so that 实施雅尼河谷 does not hide 雅尼河谷.
    r"(?=(?P<name>(?P<body>[\u4e00-\u9fff]{2,4}?)(?P<head>河谷|运河|地区|河|湖|江|港|湾))"
    rf"[\u4e00-\u9fff]{{0,4}}?(?:{_PROJECT_WORK}))"
)
_VERB_OPENING = re.compile(rf"{_WORK_BEFORE_PROJECT}|{_WORK_ON_WATER}|力争|系统|全面|持续|深入|规范|投产")
# 罗泾港区, 金庭、通湖河道, 指对河湖: the head runs on into another word. (A longer
# body before 港 or 湾 names an estate or a park: 海景御水湾.)
RUNS_ON = re.compile(r"[河湖道区岸]")
# Bodies that say what kind of water or area it is, not which (美丽河湖, 重点地区,
# 城市更新地区, 沿江, 幸福河湖); an 地区 must be a part of a place named by its side
# (通南: south of 南通), not a kind (边疆, 东南).
_NOT_LEADING_PLACE = re.compile(
    r"[和与及的等条座个省市县区镇乡村两拥环带过靓一二三四五六七八九十百各全本该每主支内外沿跨护母界新老大小]|"
    r"河湖|江湖|山河|江河|河道|湖泊|海湾|港口|幸福|美丽|法治|平安|清廉|生态|智慧|数字|文明|健康|重点|城市|城乡|"
    r"农村|水系|流域|自贸|自由|国际|空港|铁路|无水|山水|林田|骨干|蓝色|现代|医药|产业|物流|科创|商贸|[入对排]|"
    r"[河江湖港湾]"
)
_AREA_SIDE = re.compile(r"[^\W东西南北中城江河湖山海沿边重老主][东西南北中]")


def leading_places(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Small places at the start of a project name (、通南地区引排能力提升工程)."""
    known = [hit for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2]
    found = []
    for match in _LEADING_PLACE.finditer(norm):
        start, end = match.span("name")
        body, head = match.group("body"), match.group("head")
        if (_NOT_LEADING_PLACE.search(body) or _VERB_OPENING.match(norm, start)
                or _CUT_WORD.match(norm, start) or _CUT_WORD.search(body) or _WORK_ON_WATER_AT.search(body)
                or RUNS_ON.match(norm, end) or (head in {"港", "湾"} and len(body) > 2) or (head == "地区" and not _AREA_SIDE.fullmatch(body))):
            continue
        # 太湖, 洞庭湖, 法治内江: a known place inside is a mention of its own.
        if any(hit.start < end and start < hit.end for hit in known):
            continue
        found.append(Candidate(start, end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


# A foreign city right after its country (与尼泊尔博克拉市, 法国蒙达尔纪市, 韩国高敞郡): sister
# cities and partners no lexicon lists. 市场, 市民, 省级 are words, not heads.
_FOREIGN_PLACE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?(?:市|州|省|郡))(?![场民长委政级区县镇属])")
_NOT_IN_FOREIGN_NAME = re.compile(r"[的和与及在等是了对向从到为将把区县镇乡村]|城市|全市|本市|我市|上市|产业|合作|^国")


def foreign_places(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found = []
    for hit in lexicon_hits:
        if hit.type != "Region" or hit.length < 2 or dict(hit.attrs).get("level") != "foreign" \
                or dict(hit.attrs).get("parent"):
            continue  # only after a country (a city's parent is its country)
        match = _FOREIGN_PLACE.match(norm, hit.end)
        # 沙特中心落户苏州: a Chinese place inside ends a clause, not a foreign name.
        if match and not _NOT_IN_FOREIGN_NAME.search(match.group("name")) and not any(
                other.type == "Region" and match.start() <= other.start and other.end <= match.end()
                for other in lexicon_hits):
            found.append(Candidate(match.start(), match.end(), "Region", "", "rule", attrs=(("level", "foreign"),)))
    return found


# Markets and partners named by a run of countries' one-character names (开通日韩、香港航线,
# 拓展俄蒙白、日韩、东南亚等市场, 面向俄蒙, 瞄准日韩潜力市场, 深耕欧美日韩开展境外招商): each
# names its country. 蒙 is Mongolia only beside a foreign one (黑吉辽蒙 are provinces), 欧 is a
# continent, not one country.
_COUNTRY_OF_CHARACTER = {"日": "日本", "韩": "韩国", "俄": "俄罗斯", "蒙": "蒙古国", "白": "白俄罗斯", "美": "美国",
                         "英": "英国", "德": "德国", "法": "法国"}
_COUNTRY_RUN = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[、和与及对向赴])|(?<=拓展|深耕|面向|开通|巩固|瞄准|开拓|对接|覆盖|欧美))"
    r"(?P<run>[日韩俄蒙白美英德法]{2,3})(?=[、，,。；;等和与及]|(?:潜力|新兴|优势)?市场|航线|客商|开展|招商)")


def country_runs(norm: str) -> list[Candidate]:
    regions = entries_by_name()
    found = []
    for match in _COUNTRY_RUN.finditer(norm):
        run = match.group("run")
        if not set(run) & set("日韩俄"):
            continue
        for i, ch in enumerate(run, match.start("run")):
            entry = regions.get(("Region", _COUNTRY_OF_CHARACTER[ch]))
            if entry is not None:
                found.append(Candidate(i, i + 1, "Region", entry.name, "rule", attrs=entry.attrs))
    return found


# A zone's part written right after it: 中国(湖北)自由贸易试验区 + 宜昌片区 is one place, and so is
# a city's area linked to a free trade zone (安徽自贸试验区 + 宿州联动创新区, 湖北自贸区 + 鄂州联动创新发展区);
# not a route from it (东湖高新区到葛华片区).
_SUB_ZONE = re.compile(r"(?![到至和与及的在对])[\u4e00-\u9fff]{2,4}?(?:片区|联动创新发展区|联动创新区)")


def zones_with_their_part(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found = []
    for hit in lexicon_hits:
        if hit.type == "Region" and dict(hit.attrs).get("level") == "zone":
            part = _SUB_ZONE.match(norm, hit.end)
            if part:
                # named by the zone's full name, however the text shortens it (湖北自贸区鄂州联动创新发展区
                # → 中国（湖北）自由贸易试验区鄂州联动创新发展区), so that reports name it alike
                name = hit.name + part.group() if hit.name else ""
                found.append(Candidate(hit.start, part.end(), "Region", name, "rule", attrs=(("level", "zone"),)))
    return found


def named_national_parks(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """A national park named after its place (百山祖国家公园, 贺兰山国家公园, 大青山国家公园): no list
    has every candidate the provinces put forward."""
    return [Candidate(hit.start, hit.end + len("国家公园"), "Region", "", "rule", attrs=(("level", "area"),))
            for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2 and norm.startswith("国家公园", hit.end)]


# A city cluster named by its cities' one-character short names (宜荆荆都市圈,
# 长株潭城市群): every character of the body is in some city's name.
_CLUSTER = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,4})(?P<head>都市圈|城市群|经济圈|城镇群|生态经济带|经济带)")


@lru_cache(maxsize=1)
def _city_name_characters() -> frozenset[str]:
    from extractors.ner.gazetteer import _entries_with_forms

    return frozenset(ch for entry in _entries_with_forms() if entry.type == "Region"
                     and dict(entry.attrs).get("level") in {"province", "prefecture"}
                     for ch in entry.name.removesuffix("市").removesuffix("省"))


def clusters_of_short_names(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Three short names (宜荆荆, 苏锡常, 厦漳泉), or a province's one-character name and a
    side (鲁南). A body holding a known place (南京都市圈) is the other rules' to name."""
    characters = _city_name_characters()
    abbreviations = province_abbreviations()
    region_spans = [(hit.start, hit.end) for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2]
    found = []
    for match in _CLUSTER.finditer(norm):
        head = match.start("head")
        for start in (head - 3, head - 2):
            body = norm[start:head]
            if start < match.start() or any(start < r_end and r_start < head for r_start, r_end in region_spans):
                continue
            three = len(body) == 3 and all(ch in characters for ch in body) and not _LIST_OR_CLAUSE.search(body)
            province_side = len(body) == 2 and body[0] in abbreviations and body[1] in "东南西北中"
            if three or province_side:
                found.append(Candidate(start, match.end(), "Region", "", "rule", attrs=(("level", "area"),)))
                break
    return found


# A zone or a belt several places share, named by their initials and what they do together
# (合广长协同发展示范区, 新宜吉转型合作示范区, 简雁乐农旅融合发展示范区, 黄团浠一体化地区, 益沅桃城镇群,
# 金义都市区): each initial begins a division's name (county_initials),
# no shorter word begins the run (中部地区: 中部 is a word), and a verb, a list or a boundary stands
# before it.
_INITIALS_ZONE = re.compile(r"(?P<joint>协同发展|区域合作|转型合作|农旅融合发展|文旅融合发展|融合发展|同城化综合|同城化|"
                            r"临空经济|协同开放|协同)?"
                            r"(?P<head>示范区|试验区|先行区|合作区|联动区|产业带|走廊|城镇群|都市区|城市群|都市圈|一体化地区)")
_BEFORE_INITIALS = re.compile(rf"(?:[^\u4e00-\u9fff]|[、和与及]|{_CUT_WORD.pattern})$")


def zones_of_initials(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    initials = county_initials() | set(province_abbreviations())
    vocabulary = words()
    region_at = bytearray(len(norm) + 1)
    for hit in lexicon_hits:
        if hit.type == "Region" and hit.length >= 2:
            region_at[hit.start:hit.end] = b"\x01" * hit.length
    found = []
    for match in _INITIALS_ZONE.finditer(norm):
        end = match.start()
        for size in (4, 3, 2):
            start = end - size
            body = norm[start:end]
            if start < 0 or not all(ch in initials for ch in body) or any(region_at[start:end]):
                continue
            # A word begins no run of initials (共同富裕示范区), but two provinces' 简称 are one (湘赣边).
            # The price: a run the genre's words hold (成德眉资, 成资) is not read.
            if begins_word(norm, start, vocabulary) \
                    and not (body[0] in province_abbreviations() and body[1] in province_abbreviations()):
                continue
            if not (start == 0 or _BEFORE_INITIALS.search(norm, max(0, start - 6), start)):
                continue
            level = "zone" if match.group("head") in _ZONE_HEADS or match.group("head") == "联动区" else "area"
            found.append(Candidate(start, match.end(), "Region", "", "rule", attrs=(("level", level),)))
            break
    return found


# A lake, river or mountain listed right after another one (镜泊湖、莲花湖大水面, 云台山和杉木河):
# the list vouches for it where no boundary follows. Its own name must read as one.
_NATURE_HEADS = "湖|河|江|溪|山|岭|峰|泉|岛|湾|峡|谷|池|潭|沟|坝|堰"
# Not 山 + 地 (安龙山地户外运动: mountain terrain).
# The longest such name (银湖山, not 银湖 of it); a port's name is no water's (莱州港|河海联运).
_LISTED_NATURE = re.compile(rf"[、和与及](?P<name>[^\W\d][^\W\d港站]{{0,3}}(?:{_NATURE_HEADS}))(?!地)")
# …or right before it, as an earlier item (莲花山、笔架山; 支持莲花池、寨沟、阳鹊坝): a boundary,
# another item or a verb in front of it.
_NATURE_LISTED_BEFORE = re.compile(rf"(?:^|(?<=[，,。；;：:“（(\s、])|(?<=支持|推进|加快|打造|建设|依托|保护|治理|修复|提升))"
                                   rf"(?P<name>[^\W\d][^\W\d港站]?(?:{_NATURE_HEADS}))[、和与及]$")
_NATURE_REACH = 4  # the first item (three characters at most: 串联|养马岛 holds a verb) and its joiner


# Around a mountain or lake (环五桂山农文旅融合发展带, 环洱海): the place named after 环.
# Three characters (大罗山, 漳泽湖), not a phrase (环湖临山) or terrain (红水河山地).
_AROUND_PLACE = re.compile(r"(?<=环)(?P<name>[^湖山河江\W\d][\u4e00-\u9fff](?:山|湖|岭))(?!地|[\u4e00-\u9fff]?(?:路|线|道|公路|区|城))")


def places_around(norm: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "Region", "", "rule", attrs=(("level", "area"),))
            for m in _AROUND_PLACE.finditer(norm) if not set(m.group("name")) & _NOT_IN_WATER_NAME]


# The quarters a city renews, listed before what is done to them (实施塘巷、卫民巷等城市更新项目,
# 加快推进临春、海罗等城市更新续建项目, 推进丁家湾等20个片区更新): each item is a place; not a kind
# of estate or works (老旧街区、厂区、小区改造, 城市燃气管道等老化更新改造).
_RENEWAL_END = re.compile(r"等(?:[\d一二三四五六七八九十百]+个)?(?:重点)?(?:片区|城中村)?"
                          r"(?:城市更新|城中村改造|片区改造|片区更新|更新改造)")
_NOT_A_RENEWED_PLACE = re.compile(r"老旧|小区|厂区|街区$|地块|管网|管道|项目|城中村|棚户区|燃气|供水|排水|公园|学校|医院|"
                                  r"设施|改造|更新|建设|周边|火车站|总厂|文旅|^市区|^片区$|[的和与及等个]|\d")
_RENEWAL_LIST_STOP = re.compile(r"[，,。；;：:（）()“”\s]")


def renewed_places(norm: str) -> list[Candidate]:
    from extractors.ner.gazetteer import canonical_by_form

    places = canonical_by_form("Region")  # a known place is the lexicon's (吴小街 → 吴小街镇)
    found = []
    for end_match in _RENEWAL_END.finditer(norm):
        start = end_match.start()
        while start > 0 and not _RENEWAL_LIST_STOP.match(norm, start - 1):
            start -= 1
        at = start
        for index, item in enumerate(norm[start:end_match.start()].split("、")):
            item_start, item_end = at, at + len(item)
            at = item_end + 1
            if index == 0:
                cut = _LEFT_CUT.match(norm, item_start, item_end)
                item_start = cut.end() if cut else item_start
            name = norm[item_start:item_end]
            if 2 <= len(name) <= 6 and _HAN_ONLY.fullmatch(name) and not _NOT_A_RENEWED_PLACE.search(name) \
                    and not VERB_BEFORE_NAME.match(name) and name not in places:
                found.append(Candidate(item_start, item_end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


def listed_natural_places(norm: str, known: list[Candidate]) -> list[Candidate]:
    """Mountains, lakes and rivers listed before or after a known one, followed along the list
    both ways (莲花池、寨沟、阳鹊坝; 镜泊湖、莲花湖、…)."""
    from extractors.ner.gazetteer import canonical_by_form

    # 阳新良荐河, 凤阳花园湖: the county in front is a mention of its own.
    county_at = {c.start: c.end for c in known if c.type == "Region" and c.source == "lexicon"
                 and dict(c.attrs).get("level") in {"province", "prefecture", "county"}}
    todo = sorted({(c.start, c.end) for c in known if c.type == "Region" and dict(c.attrs).get("level") == "area"
                   and c.length >= 3 and not c.needs_context})
    seen = set(todo)
    found: list[Candidate] = []
    while todo:
        start, end = todo.pop()
        after = _LISTED_NATURE.match(norm, end)
        before = _NATURE_LISTED_BEFORE.search(norm, max(0, start - _NATURE_REACH), start)
        for item in (after, before):
            if item is None or item.span("name") in seen:
                continue
            seen.add(item.span("name"))
            # The list goes on past an item that is no name of its own (寨沟 of 九寨沟).
            todo.append(item.span("name"))
            name_start, name_end = item.span("name")
            if county_at.get(name_start, name_end) <= name_end - 2:
                name_start = county_at[name_start]
            name = norm[name_start:name_end]
            # Two characters only for a water no word names (竺山湖、滆湖): 青山, 运河 are words; and
            # a place the lexicon knows is its business (上海|松江).
            if (len(name) < 2 or (len(name) == 2 and (name[-1] not in "湖河江溪沟坝堰潭池" or name in words()
                                                      or name in canonical_by_form("Region")))
                    or _NOT_WATER_NAMES.search(name) or numbered_like_a_slogan(name)
                    or _WORK_ON_WATER_AT.search(name) or _CUT_WORD.search(name)):
                continue
            found.append(Candidate(name_start, name_end, "Region", "", "rule", attrs=(("level", "area"),)))
    return found


def match_region_rules(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = abbreviation_runs(norm, lexicon_hits)
    for head in _WATER.finditer(norm):
        for length in (3, 2):
            start = head.start() - length
            body = norm[start:head.start()]
            # 加大湿地保护, 座病险水库, 抓好水库除险加固: a verb, a measure word or a kind, not a name.
            if start >= 0 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_WATER_NAME for ch in body) \
                    and not _NOT_A_WATER_NAME.fullmatch(body) and not _VERB_PREFIX.fullmatch(body) \
                    and _WATER_BEFORE.search(norm, max(0, start - 2), start):
                found.append(Candidate(start, head.end(), "Region", "", "rule", attrs=(("level", "area"),)))
                break
    region_starts = {hit.start for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2}
    region_spans = {(hit.start, hit.end) for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2}
    region_end_set = {end for _, end in region_spans}
    region_end_at = {start: end for start, end in sorted(region_spans)}  # the longest known place at a start
    # Positions inside a known region name (not at its start).
    inside_region = {i for hit in lexicon_hits if hit.type == "Region" and hit.length >= 2
                     for i in range(hit.start + 1, hit.end)}
    for match in _NAMED_BY_HEAD.finditer(norm):
        body = match.group("body")
        cut = _LEFT_CUT.match(body)
        offset = cut.end() if cut else 0
        # An inland port is named by its place (兖州国际陆港); 国际卫生陆港 is a status a port wins.
        if match.group("head") == "陆港" and re.match(r"国际|国家|中国|内", body[offset:]):
            continue
        # The last verb in the body may sit inside the name (国家服务业扩大开放综合示范区
        # holds 服务, 京冀曹妃甸协同发展示范区 holds 协同): the longest body after any
        # cut that starts like a name wins over the shortest.
        # The body's own start counts too where a boundary stands before it
        # (、牡丹江协同发展先导区, 加快武汉都市圈协同发展示范区 after its verb).
        # Only where every cut word before is one a name holds (协同, 联动), no verb of the clause.
        at_boundary = match.start() == 0 or not "\u4e00" <= norm[match.start() - 1] <= "\u9fff"
        inner_only = all(m.group() in _VERBS_INSIDE_NAMES for m in _CUT_WORD.finditer(body, 0, offset))
        named_at_start = match.start() in region_starts or _NAMED_START.match(body)
        starts = ([0] if offset and at_boundary and inner_only and named_at_start else []) \
            + [m.end() for m in _CUT_WORD.finditer(body, 0, offset)]
        for earlier_end in starts:
            start = match.start() + earlier_end
            if _LIST_OR_CLAUSE.search(body, earlier_end, offset):
                continue  # 城南地区和平原新城: a list or a clause, not one name
            if _STRONG_VERB.search(body, earlier_end, offset):
                continue  # 推动广安全面融入重庆都市圈: the zone is what comes after the verb
            if any(match.start() + m.start() in region_end_set and m.group() not in _VERBS_INSIDE_NAMES
                   for m in _CUT_WORD.finditer(body, earlier_end, offset)):
                continue  # 支持夷陵建设…示范区: a verb right after a place is the clause's, not the name's
            if (any(i in region_starts for i in range(start, start + 3)) or _NAMED_START.match(body, earlier_end)) \
                    and len(body) - earlier_end >= 4:
                offset = earlier_end
                break
        body = body[offset:]
        # 桂平西出口至龙门工业园一级路: a route between two places names a road, not a zone.
        if "至" in body:
            continue
        if (len(body) < 2 or body in _GENERIC_BODIES or _KIND_ONLY_BODY.fullmatch(body) or _RANK_IN_BODY.search(body)
                or body.count("“") != body.count("”")
                or body.count("(") != body.count(")") or _RANKING_VERB.search(body)):
            continue
        # 市特色村, 县级园区: a lone 市/县/乡 is the tail of a name already matched.
        if body[0] in "市县乡镇区旗州盟" or body.startswith(("省级", "自治区级", "县级")):
            continue
        # 国家长江经济带: a scope before a known name is no longer name.
        if body.startswith(("国家", "全国")) and (match.start() + offset + 2, match.end()) in region_spans:
            continue
        # 国家药品进口口岸, 国际口岸贸易博览会: a kind of port or a fair's name, not a port.
        if match.group("head") == "口岸" and _KIND_OF_PORT.search(body):
            continue
        body_start = match.start() + offset
        if _HONOUR_TITLES.search(body) or (_HONOUR_START.match(body) and (
                _HONOUR_VERB.search(norm, max(0, body_start - 4), body_start) or _honour_listed(norm, body_start))):
            continue
        # A named zone starts with a place, a quote or a national scope
        # (川渝高竹新区, “一带一路”科技创新合作区, 国家城乡融合发展试验区…);
        # "升级改造工业园区" is prose.
        # The place may follow a pair of abbreviations (京冀曹妃甸协同发展示范区).
        if not any(i in region_starts for i in range(body_start, body_start + 3)) and not _NAMED_START.match(body):
            # 轮值承办南京都市圈, 自贸区钦州港片区: a known place right before the head names
            # the zone or area when a verb or another name stands in front of it; not
            # 中柬(北海)产业园 or 国药太极巴中产业园, where it is the middle of a longer name.
            place = next((start for start, end in sorted(region_spans)
                          if body_start + 3 <= start and norm[end:match.start("head")] in {"", "大"}), None)
            if place is None or not _PLACE_BEGINS_ZONE.search(norm, max(0, place - 4), place):
                continue
            offset += place - body_start
            body_start = place
        # 建成南充经开区, 融入东部产业新区: one or two characters before the place are
        # a verb left over, unless they are province abbreviations (京冀曹妃甸…).
        if body_start not in region_starts and not _NAMED_START.match(body) and body_start not in inside_region:
            place = min(i for i in range(body_start, body_start + 3) if i in region_starts)
            # …but 西太湖, 中德: a name's own first characters stay.
            if _VERB_PREFIX.fullmatch(norm, body_start, place):
                offset += place - body_start
                body_start = place
        # 港南扩大滨江产业园, 桂平扩大新材料产业园: a county and the verb of its clause before the park.
        if body_start in region_end_at and _VERB_AFTER_PLACE.match(norm, region_end_at[body_start]):
            continue
        level = "zone" if match.group("head") in _ZONE_HEADS else "area"
        found.append(Candidate(match.start() + offset, match.end(), "Region", "", "rule", attrs=(("level", level),)))
    found += lone_townships(norm) + lone_waters(norm, lexicon_hits) + foreign_places(norm, lexicon_hits) + lone_zones(norm)
    found += country_runs(norm)
    found += scenic_areas(norm) + scenic_grade_places(norm) + listed_streets(norm) + places_around(norm) + renewed_places(norm)
    found += zones_with_their_part(norm, lexicon_hits) + clusters_of_short_names(norm, lexicon_hits)
    found += zones_of_initials(norm, lexicon_hits)
    found += named_national_parks(norm, lexicon_hits) + nature_reserves(norm) + heritage_sites(norm)
    found += named_parks(norm) + waters_made_wetland_parks(norm)
    found += zones_with_their_host_in_brackets(norm, lexicon_hits)
    found += leading_places(norm, lexicon_hits) + paired_place_parks(norm, lexicon_hits)
    found += lone_mountains(norm, lexicon_hits) + bare_named_zones(norm)
    found += sites_after_counties(norm, lexicon_hits)
    found += listed_natural_places(norm, lexicon_hits + found)
    # A township or village right after a known county-level region: 朝阳区东坝乡.
    region_ends = {hit.end for hit in lexicon_hits if hit.type == "Region"
                   and dict(hit.attrs).get("level") not in {"area", "country", "foreign"}}
    for end in sorted(region_ends):
        match = _TOWN.match(norm, end)
        if match and not NOT_TOWN_NAMES.search(match.group("name")):
            level = "township" if match.group("name").endswith(("乡", "镇", "街道", "苏木")) else "area"
            found.append(Candidate(match.start(), match.end(), "Region", "", "rule", attrs=(("level", level),)))
    # A span two rules read names one place: the reading that carries its full name wins
    # (安徽自贸区 + 宣城联动创新区, read by its head too).
    named_spans = {(c.start, c.end) for c in found if c.name}
    found = [c for c in found if c.name or (c.start, c.end) not in named_spans]
    found = [c if norm[c.start] != "“" or quote_names_a_place(norm, c.start)
             else replace(c, type="Initiative", attrs=()) for c in found]
    # A short name inside a word the blocker list holds is that word's (万水 of 万水千山), as for the lexicon.
    blockers = blocker_index(norm)
    if blockers:
        found = [c for c in found if not (c.length <= 3 and inside_blocker(c.start, c.end, blockers))]
    return found


# A report's roll of fields of work (外事、侨务、港澳台、史志、档案等工作) names 港澳台 as a
# field of government work, not as a place; 港澳台同胞 (the people) keeps it.
_WORK_FIELDS = re.compile(r"外事|侨务|外侨|民族宗教|宗教|史志|档案|保密|信访|地方志|党史|审计|统计|援藏")


# 海河 is a river, and a mode of transport beside its kin (海河联运, 做强海河、海铁等多式联运).
_TRANSPORT_MODE = re.compile(r"联运|[、和与](?:海铁|公铁|铁水|江海|河海|公水|空铁)")
_TRANSPORT_MODE_BEFORE = re.compile(r"(?:海铁|公铁|铁水|江海|公水|空铁)[、和与]$")


def drop_transport_modes(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without 海河 where it names sea-and-river transport, not the river."""
    return [c for c in candidates if not (
        c.type == "Region" and norm[c.start:c.end] == "海河"
        and (_TRANSPORT_MODE.match(norm, c.end) or _TRANSPORT_MODE_BEFORE.search(norm, max(0, c.start - 3), c.start)))]


_HONG_KONG_MACAO_TAIWAN = re.compile(r"港澳台(?:地区)?|台港澳|(?<=、)港澳(?=[、等])")


def drop_fields_of_work(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without the regions of 港澳台 or 台港澳 (港澳, 台 within it too), or of 港澳 alone
    as an item (外事、对台、港澳、侨务), where it stands in a roll of fields of government work."""
    fields: list[tuple[int, int]] = []
    if not any(c.type == "Region" for c in candidates):
        return candidates
    for match in _HONG_KONG_MACAO_TAIWAN.finditer(norm):
        start, end = clause_around(norm, match.start(), match.end())
        if _WORK_FIELDS.search(norm, start, end) and not norm.startswith("同胞", match.end()):
            fields.append(match.span())
    if not fields:
        return candidates
    return [c for c in candidates
            if c.type != "Region" or not any(start <= c.start and c.end <= end for start, end in fields)]
