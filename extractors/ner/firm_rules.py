"""Firms named without a legal suffix: by a list that ends with 等企业 / 等龙头企业 /
等央企 or with their count (支持固德威、宏润、仕净等龙头企业; 立铠、富乐华、画你爱萌3家企业),
by a firm the lexicon knows in their list (支持禹王、谷神、星光、新希望六和等), and by a
trade name and an industry word where the report deals with a firm (安琪酵母二期, 引进纬景储能,
恒丰纸业、旭昇木业). A list holding a kind of firm or a label is a list of kinds.
"""
from __future__ import annotations

import re

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import canonical_by_form
from extractors.ner.org_words import BUSINESS_WORDS, CLAUSE, GENERIC_FIRM, HAN_NAME


# A list of firms closed by 等 + what they are: 等企业, 等3家企业, 等龙头企业, 等一批头部企业,
# 等行业领军企业, 等大型央企, 等企业集团. A bare 行业/领域 or an industry word before
# the head (等行业企业, 等配套企业, 等关键材料企业) lists kinds of firms, not firms.
# A rank may be a firm's standing in its trade (等腰部酒企) or what it is bound for (等重点上市后备企业).
_LIST_QUALIFIER = (r"(?:一批|一大批|多家)?(?:(?:行业|国内|国内外|省内|现有|本地|世界)?"
                   r"(?:龙头|头部|腰部|链主|骨干|重点|领军|领跑|优强|优质|知名|大型|大|标杆|上市后备|上市|后备|"
                   r"外资|外贸|省属|市属|国有)){0,2}")
# …or by their count (温多利、欧迈机械、瑞博龙3家企业).
# A count may also carry the firms' trade (中外运、港中旅华贸、日邮物流等29家国际货代企业).
_LIST_END = re.compile(rf"(?:等(?:[\d一二三四五六七八九十两]+家)?|(?!一家)[\d一二三四五六七八九十两]+家)"
                       rf"(?P<qualifier>{_LIST_QUALIFIER})(?P<head>企业集团|企业|公司|集团|央企|国企|名企|车企|药企|酒企)"
                       # …or by the flock they lead (支持齐星、双剑风机、天一智能、琅菱智能等“领头羊”)
                       rf"|等“(?:领头羊|头雁|链主)”"
                       rf"|等[\d一二三四五六七八九十两]+家[\u4e00-\u9fff]{{2,4}}?企业"
                       # …or their trade and rank (支持楚象、建发等供应链龙头企业)
                       rf"|等(?:(?!领域|行业|产业|方面)[^\W\d的和与及]){{2,4}}?(?:龙头|头部|链主|骨干|领军)企业")
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
TRADE_ITEM = re.compile(rf"(?:{_TRADE_MODIFIERS}|{_TRADE_WORDS})+(?:业|类|型|性)?")
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
            # (CLAUSE's trailing 和/与/及 ends a body, but a firm may end in 和: 伯希和)
            if (not item or _NOT_A_FIRM.search(item) or TRADE_ITEM.fullmatch(item)
                    or CLAUSE.search(item.rstrip("和与及"))):
                firms = []
                break
            if 2 <= end - start <= 8 and HAN_NAME.fullmatch(norm, start, end):
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
                2 <= end - start <= 4 and HAN_NAME.fullmatch(norm, start, end) and norm[start:end] not in places
                and not _NOT_A_FIRM.search(norm[start:end]) and not TRADE_ITEM.fullmatch(norm[start:end])
                and not _TRADE_IN_BODY.search(norm[start:end]) and not CLAUSE.search(norm[start:end])
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
    # and of metals and machining (利羿精密, 精泰铸造, 鑫城锰业, 兆丰钒钛, 天马轴承)
    "精密", "铸造", "锂业", "锰业", "钒钛", "轴承", "传动",
    # and of new energy, weaving and drinks (丰元锂能, 泉为绿能, 润马光能, 莱卡织造, 大窑饮品)
    "锂能", "绿能", "光能", "织造", "饮品",
    # and a pharmaceutical works (知和大药厂)
    "大药厂", "药厂",
    # and of smelting, tyres, plastics and electronics (华鑫冶金, 金田轮胎, 大洋塑胶, 信维电科), and dairy (天润乳品)
    "冶金", "轮胎", "塑胶", "电科", "乳品",
    # and of rice mills and vanadium (心辉米业, 天大钒业)
    "米业", "钒业",
}, key=len, reverse=True)
SHORT_FIRM_INDUSTRY = re.compile(rf"(?P<industry>{'|'.join(_SHORT_FIRM_INDUSTRIES)})")
# Trade words that open a product as often as they end a firm's name (智能制造, 激光产业): part of
# the name only where the list item ends with them, with the firm's phase or with what a firm does
# (天铭智能、科贝激光、富晶电子等技改项目, 英佛曼纳米材料等20个项目, 宇宙电路板二期, 天顺风电、恩捷隔膜,
# 泰鹏智能成功上市, 龙辉起重入选, 宏迈高科一期, 宏图智能成功挂牌, 高仙机器人二期, 爱乐慕医疗等); never after a kind
# (人工智能、人形机器人) or a unit (150兆瓦风电等).
LISTED_TRADE = re.compile(r"(?P<industry>纳米材料|电路板|智能|激光|数控|宇航|特材|动力|风电|起重|高科|透平|风机|铜箔|机器人|医疗)"
                          r"(?=[、等和及与，。；]|[一二三四五六]期|成功上市|顺利上市|上市|成功挂牌|挂牌|入选|获评|投产)")
# A firm's short form ends in its trade word (人福医药, 索通发展); what comes before is its trade name.
_TRADE_WORD_AT_END = re.compile(rf"(?:{SHORT_FIRM_INDUSTRY.pattern}|发展)$")
_TRADE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def trade_name_of(form: str) -> str:
    """The trade name in a firm's short form (人福 of 人福医药, 索通 of 索通发展), or ""."""
    trade_word = _TRADE_WORD_AT_END.search(form)
    if trade_word is None or len(form) > 6 or not _TRADE_NAME.fullmatch(form, 0, trade_word.start()):
        return ""
    return form[:trade_word.start()]
# Project wording after the firm (安琪酵母二期, 人福医药新建, 兴福电子上市).
_SHORT_FIRM_PROJECT = re.compile(r"[一二三四五]期|项目|改扩建|扩建|技改|年产|新建|投产|上市|建成|开工|竣工|"
                                 r"等(?:[\d一二三四五六七八九十百]+[个家])?(?:一批|重点|重大|规上|规上工业|规模以上)?(?:项目|企业)|"
                                 r"被认定|获评|入选|成功(?:上市|挂牌|登陆)|重整|挂牌|"
                                 # what a firm wins or is worth (强工科技获得…奖, 北一半导体市值)
                                 r"获得|荣获|市值|营收|"
                                 # what is done to a firm's plant (恒源石化转型升级, 达门船舶搬迁)
                                 r"转型升级|搬迁|扩能|生产线|生产基地|产业园|产业基地|"
                                 # a firm's deal closed (武当锂业签约落地)
                                 r"签约落地|"
                                 # a firm's works running full or its shares reformed (新海石化产销两旺, 天大钒业完成股改)
                                 r"满负荷|满产|达产|产销两旺|稳定生产|完成股改")
# Verbs of dealing with firms in front of the name (引进纬景储能, 签约华晟物流).
SHORT_FIRM_VERB = re.compile(r"(?:引进|新引进|签约|落户|支持|推动|服务|培育|新增|招引|引育|扶持|助力|帮助|携手|"
                             r"推进|服务好|支持好|落地|依托|接管|收购|并购|兼并|投产|"
                              # verbs that open a list of firms' projects (确保三宁化工酰胺…, 加快徽阳新材料、…)
                             r"确保|加快|建成|开工|新开工|力争|抓好|推进实施|加快实施)$")
# Verbs that open a list of projects as often as anything else (加大恒舜化工不溶性硫磺、汇盟生物绿色农化等项目
# 建设力度, 加快建设雄富纸业一期): a short name after them opens an item, taken only where the item is
# a firm's project (not 加大增值物流和业务创新力度).
_PROJECT_LIST_VERB = re.compile(r"(?:加大|实施|促进|力促|加速|启动|开工建设|加快建设|启动建设|推进建设)$")
# A project's sum before the firm's name (投资8亿元的金田轮胎二期): for a firm's shape only, since
# roads and parks follow it as often (83.5亿元的沈海高速扩容).
_PROJECT_SUM = re.compile(r"[亿万]元的$")
# Particles that may stand right before the name (与人福医药), besides a non-Han character.
_SHORT_FIRM_PARTICLES = set("与和同跟及对向")
# A body that is a scope, a quality or a kind rather than a trade name.
SHORT_FIRM_NOT_BODY = re.compile(
    # function words, counters and numbers
    r"[的了是在将对把为要并及或与各该这其之就以从被等和个家批项所类\d百千万亿两第县乡镇村]|"
    # scope, rank and quality (全市化工, 重点物流, 传统能源)
    r"全市|全省|全区|全县|全州|全国|重点|龙头|规上|骨干|高新|民营|国有|新型|现代|特色|传统|优势|战略|新兴|未来|"
    r"本地|本土|我市|地方|绿色|智能|高端|先进|数字|智慧|低碳|零碳|清洁|精细|基础|关键|核心|中小|大型|大中|"
    r"知名|优质|头部|链主|领军|外资|外贸|央企|国企|市属|省属|企业|产业|行业|领域|高|重大|首台|国际|政策|创意|"
    # kinds of trade, product, place or use (可再生能源, 设施农业, 地铁物流, 碳基新材料)
    r"农村|城市|城乡|都市|主城|海洋|生态|文化|航空|航天|海上|陆上|深海|涉海|沿江|地铁|低空|光储|风光|安全|保税|"
    r"设施|可再生|分布式|聚变|合成|动力|农机|煤机|整机|应急|海工|电动|实景|晶硅|金属|电池|正负极|原材料|特高压|"
    r"观光|节水|旱作|宠物|太阳能|车辆|废旧|工程|林板|冻干|氟|硅|碳|炭|锂|钠|磷|煤|稀土|人工|具身|通用|印制|功率|兆瓦|千瓦|"
    # kinds of robot and of medical care (人形机器人, 协作机器人, 远程医疗)
    r"人形|协作|巡检|仿生|特种|远程|精准|移动|康复|医养|"
    # a place's kind or a quality of a device (边境生物防火林带, 自由电子激光)
    r"边境|边贸|口岸|自由|"
    # people (青年科技人才) and verbs (实施科技项目, 壮大新能源)
    r"青年|人才|专家|院士|学生|妇女|老年|儿童|农民|职工|壮大|抢抓|发展|转化|孵化|入库|探索|实施|坚持|围绕|落实|"
    r"抓好|持续|开展|加强|做好|用好|聚焦|瞄准|紧盯|构建|制定|编制|展现|推动|推进|培养|吸引|补齐|投用|历次|建设|打造|"
    r"实现|提升|完善|强化|促进|引导|鼓励|培育|延伸|拓展|引进|"
    # verbs whose object is a trade or a product (加快健全农业社会化…, 支持更换新能源出租车)
    r"健全|更换|替换|淘汰|购置|采购|推广|使用|更新|建立|"
    # kinds of product or process (浮法玻璃, 饰面石材, 寄递物流, 水稻机械, 微纳机电, 电工电气)
    r"社会|民间|浮法|饰面|寄递|水稻|糖料|微纳|电工|防腐|互贸|扩大|"
    # half of a longer word (锰系新材料, 服务业科技)
    r"[基系性式型级域城新发]$|^[业类型性化者员费区期点中上下内外]|^新[增建型兴开引签时]")
# What makes the industry word the start of a place or a kind (化工园区, 科技学院, 物流枢纽).
SHORT_FIRM_NOT_AFTER = re.compile(r"[园区厂谷城港站池奖]|组织|学院|大学|学校|创新|配送|替代|拆解|枢纽|服务|产业|行业|"
                                  # a trade's turn (能源转型), not a firm's overhaul (恒源石化转型升级, a project)
                                  r"企业|板块|领域|集群|提档|转型(?!升级)|技术|材料|装备|设备|产品|医药|科技园|人才|人员|"
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


def _trade_name_body(body: str, size: int, places: set[str]) -> bool:
    """``body`` (``size`` characters before an industry word) can be a firm's trade name."""
    return (len(body) == size and HAN_NAME.fullmatch(body) is not None and body not in places
            and not SHORT_FIRM_NOT_BODY.search(body) and not TRADE_ITEM.fullmatch(body)
            and not CLAUSE.search(body) and not GENERIC_FIRM.search(body) and not BUSINESS_WORDS.fullmatch(body)
            and not _TRADE_IN_BODY.search(body))


# The industry word opens the product where a product's head follows it (龙祥光伏支架, 天通储能电池,
# 彩客锂电池电极材料, 屹丰新能源汽车零部件): the firm is its trade name alone. Not materials or
# equipment: a known trade name keeps its trade word before them (景津环保装备).
PRODUCT_AFTER_INDUSTRY = re.compile(r"池|电池|支架|汽车|零部件|组件|芯片|晶片|器件|模组|部件|"
                                    r"级")  # a grade (兴泰|电子级硅烷)


def _short_firm_shape(norm: str, start: int, places: set[str]) -> int | None:
    """Where a short name starting at ``start`` ends (三宁化工), or None."""
    for size in (2, 3):
        body = norm[start:start + size]
        industry = SHORT_FIRM_INDUSTRY.match(norm, start + size)
        if industry is None and body[-1:] not in "山岭":  # 牦牛山风电: a wind farm named after its mountain
            industry = LISTED_TRADE.match(norm, start + size)
        if industry is None or not _trade_name_body(body, size, places):
            continue
        if SHORT_FIRM_NOT_AFTER.match(norm, industry.end()) or PRODUCT_AFTER_INDUSTRY.match(norm, industry.end()):
            return None
        return industry.end()
    return None


# A product told by its grade (华泽高端纤维, 钵施然高端农机, 同泰怡高性能服务器) or opened by 智能, which opens
# products more often than it ends firms' names (福明智能制造, 乐歌智能家居): what stands before it, where it
# reads as a trade name, is the firm.
_PRODUCT_GRADE = re.compile(r"高端|高性能|高纯|绿色|精品|特种|智能")


def _trade_name_before_product(norm: str, start: int, places: set[str]) -> int | None:
    """Where the trade name starting at ``start`` ends when its industry word opens a product
    (龙祥|光伏支架) or a product's grade follows it (华泽|高端纤维), or None."""
    for size in (2, 3):
        industry = SHORT_FIRM_INDUSTRY.match(norm, start + size)
        if industry is not None and PRODUCT_AFTER_INDUSTRY.match(norm, industry.end()) \
                and _trade_name_body(norm[start:start + size], size, places):
            return start + size
    for size in (2, 3):
        if _PRODUCT_GRADE.match(norm, start + size) and _trade_name_body(norm[start:start + size], size, places) \
                and _reads_as_a_trade_name(norm, start, start + size):
            return start + size
    return None


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]+")
_LIST_EDGE = re.compile(r"[^\u4e00-\u9fff、]")


def _listed_with_kinds(norm: str, at: int, end: int, named: set[int]) -> bool:
    """Another item of the 、-list around ``norm[at:end]`` ends in the same industry word and
    holds no firm's name (``named``: where a firm's shape or a lexicon name begins)."""
    word = next((m.group() for size in (2, 3) for m in [SHORT_FIRM_INDUSTRY.match(norm, at + size)]
                 if m and m.end() == end), "")
    edges_before = [m.start() for m in _LIST_EDGE.finditer(norm, max(0, at - 80), at)]
    edge_after = _LIST_EDGE.search(norm, end)
    start = edges_before[-1] + 1 if edges_before else max(0, at - 80)
    for other in _LIST_ITEM.finditer(norm, start, edge_after.start() if edge_after else len(norm)):
        # an item's run may begin with the clause's verb (推进|犇星新材料)
        if (word and other.end() != end and other.group().endswith(word)
                and not any(other.start() <= begin < other.end() for begin in named)):
            return True
    return False


# Every shape below has an industry word, a listed trade or a product's grade two or three
# characters after the name's start; the text is scanned for those once instead of
# trying each start (a third of the short-firm time went to starts no word follows).
_TRADE_WORD_AHEAD = re.compile(f"(?=(?:{SHORT_FIRM_INDUSTRY.pattern}|{LISTED_TRADE.pattern}|{_PRODUCT_GRADE.pattern}))"
                               .replace("?P<industry>", ""))


def _trade_name_starts(norm: str) -> list[int]:
    """Where a short name could start: two or three characters before a trade word, in order."""
    ahead = {match.start() for match in _TRADE_WORD_AHEAD.finditer(norm)}
    return sorted(at for at in {word - 2 for word in ahead} | {word - 3 for word in ahead} if 0 <= at < len(norm) - 3)


def match_short_firms(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """安琪酵母二期 / 引进纬景储能 / 恒丰纸业、旭昇木业: a firm's trade name and industry word."""
    places = set(canonical_by_form("Region"))
    covered = {at for hit in lexicon_hits if hit.length >= 2 for at in range(hit.start, hit.end)}
    county_ends = {hit.end: hit.start for hit in lexicon_hits
                   if hit.type == "Region" and dict(hit.attrs).get("level") == "county"}
    # Keyed by where the list item begins: the county in front of the name, if any.
    shapes: dict[int, tuple[int, int, str]] = {}
    found = []
    for at in _trade_name_starts(norm):
        left = (short_firm_left(norm, at, county_ends) or ("verb" if _PROJECT_SUM.search(norm, max(0, at - 3), at) else "")
                or ("edge" if _PROJECT_LIST_VERB.search(norm, max(0, at - 4), at) else ""))
        if not left or at in covered:
            continue
        end = _short_firm_shape(norm, at, places)
        if end is not None and norm.startswith("馆", end):
            continue  # 水工科技馆: a hall of science, not the firm 水工科技
        if end is None:
            # 龙祥光伏支架、天通储能电池等45个项目, 加快屹丰新能源汽车零部件: the trade name alone.
            trade_end = _trade_name_before_product(norm, at, places)
            if trade_end is not None and not any(i in covered for i in range(at, trade_end)) and (
                    left == "verb" or (_opens_project_item(norm, at) and _in_project_list(norm, at, trade_end))):
                found.append(Candidate(at, trade_end, "Organization", "", "rule", prefix_end=at))
            continue
        # …and a name that goes on with its legal form (启动佑灿新材料公司…项目) is the longer name's.
        if any(i in covered for i in range(at, end)) or (left == "edge" and norm.startswith(("公司", "集团"), end)):
            continue
        shapes[county_ends.get(at, at)] = (at, end, left)
    ends = {end for _, end, _ in shapes.values()}
    for item, (at, end, left) in shapes.items():
        in_list = (left == "list" and (item - 1) in ends) or (norm[end:end + 1] == "、" and (end + 1) in shapes)
        if in_list and _listed_with_kinds(norm, at, end, {a for a, _, _ in shapes.values()} | covered):
            continue  # 生态农业、设施农业、体验农业、定制农业: kinds of farming, not firms
        if left == "verb" or in_list or _SHORT_FIRM_PROJECT.match(norm, end) \
                or (left in {"list", "edge"} and _opens_project_item(norm, at) and _in_project_list(norm, at, end)):
            found.append(Candidate(at, end, "Organization", "", "rule", prefix_end=at))
    return found + _sharing_the_trade_word(norm, [(at, end) for at, end, _ in shapes.values()], found, places, covered)


# Two firms of one trade written once (丰泰、坤宁煤业转入联合试运转: 丰泰煤业 and 坤宁煤业): the bare
# trade name that opens the list, right before a firm's short name, is a firm too.
_BEFORE_FIRST_ITEM = re.compile(r"(?:[^\u4e00-\u9fff]|" + SHORT_FIRM_VERB.pattern.removesuffix("$") + r")$")


def _sharing_the_trade_word(norm: str, shapes: list[tuple[int, int]], firms: list[Candidate], places: set[str],
                            covered: set[int]) -> list[Candidate]:
    """``shapes``: where a trade name and its trade word stand (坤宁煤业); ``firms``: those taken already."""
    taken = {(firm.start, firm.end) for firm in firms}
    found = []
    for at, end in shapes:
        if norm[at - 1:at] != "、":
            continue
        for size in (2, 3):
            start = at - 1 - size
            if start < 0 or not _BEFORE_FIRST_ITEM.search(norm, max(0, start - 4), start):
                continue
            name = norm[start:at - 1]
            if (HAN_NAME.fullmatch(name) and name not in places and not any(i in covered for i in range(start, at - 1))
                    and not SHORT_FIRM_NOT_BODY.search(name) and not TRADE_ITEM.fullmatch(name)
                    and not GENERIC_FIRM.search(name) and _reads_as_a_trade_name(norm, start, at - 1)):
                # …where the other's trade name reads as one too (坤宁煤业; not 稻虾、休闲食品, two trades).
                own_end = at + len(trade_name_of(norm[at:end]))
                if own_end > at and _reads_as_a_trade_name(norm, at, own_end):
                    found.append(Candidate(start, at - 1, "Organization", "", "rule", prefix_end=start))
                    if (at, end) not in taken:
                        found.append(Candidate(at, end, "Organization", "", "rule", prefix_end=at))
                break
    return found


# A 、-list of firms' projects closed by its count or kind (大业新材料精密线材、中金岭南有色金属产业链提升等
# 重点项目, 振华石化丙烷脱氢、维远化学环氧丙烷等重大项目): an item that opens with a firm's short name
# names the firm, whatever product follows it.
_PROJECT_LIST_END = re.compile(r"等(?:[\d一二三四五六七八九十百]+个)?(?:一批)?(?:省级|市级|省市)?(?:重点|重大|优质|产业|工业|制造业|技改|"
                               r"规上|亿元以上|[\u4e00-\u9fff]{2}产业)?(?:重点|重大)?项目")
_PROJECT_ITEMS = re.compile(r"(?P<rest>[^、，。；：,;:!?！？“”()（）]*)[^，。；：,;:!?！？“”()（）]*?(?=等)")
# …or by 项目 alone (新浦化学高端新材料、联动天翼动力电池项目开工建设).
_ITEMS_BEFORE_PROJECT = re.compile(r"(?P<rest>[^、，。；：,;:!?！？“”()（）等]*)[^，。；：,;:!?！？“”()（）等]*?(?=项目)")
# An item that ends in a place's or a body's head is a park, a mall or a centre named after the firm
# (隆平生物种业产业园, 国储粮油生活物资保障中心), which the other rules name.
_NAMED_AFTER_THE_FIRM = re.compile(r"(?:中心|广场|基地|园|园区|城|院|馆|站)$")


def _opens_project_item(norm: str, at: int) -> bool:
    """``at`` begins an item of the list, not a quantity (2000吨永磁材料) or a product joined by a
    particle (三宁化工酰胺及尼龙新材料)."""
    before = norm[at - 1:at]
    return not before.isdigit() and before not in _SHORT_FIRM_PARTICLES


def _in_project_list(norm: str, start: int, end: int) -> bool:
    """``norm[start:end]`` is the firm's name in an item of a list that closes with 等…项目, or with 项目
    alone where the item is one of a 、-list or the name reads as a trade name (not 加大农业农村重大项目,
    出台科技计划项目)."""
    items = _PROJECT_ITEMS.match(norm, end)
    if items is not None and _PROJECT_LIST_END.match(norm, items.end()) is not None:
        return not _NAMED_AFTER_THE_FIRM.search(items.group("rest").removesuffix("等"))
    items = _ITEMS_BEFORE_PROJECT.match(norm, end)
    if items is None or _NAMED_AFTER_THE_FIRM.search(items.group("rest")):
        return False
    # One of a 、-list of projects (新浦化学高端新材料、联动天翼动力电池项目), or a name no word opens.
    listed = norm[start - 1:start] == "、" or "、" in items.group()
    trade_name = trade_name_of(norm[start:end]) or norm[start:end]
    return listed or _reads_as_a_trade_name(norm, start, start + len(trade_name))


# A firm named right before its plant's capacity (上海鸿云20万吨大米深加工, 建成投产鑫淼森1万吨进口牛肉
# 加工项目, 天柱县誉福擎天年产30万吨钡盐): the capacity is what a firm's project states, and what
# stands before it is the firm. Not a harbour's berth (20万吨级航道) nor a year's output (产量64万吨).
_CAPACITY = re.compile(r"(?:年产)?\d+(?:\.\d+)?[万亿]?(?:吨(?!级)|千瓦|兆瓦|GW|MW|GWh)"
                       r"(?![\u4e00-\u9fff]{0,3}(?:航道|码头|泊位|船闸))")  # 贵梧3000吨西江航道: a waterway's class
_BEFORE_CAPACITY_NAME = re.compile(r"(?:[、，,。；;：:（(]|^|推进|加快|建成投产|建成|推动|确保|投产|开工建设|开工|引进|以|实施)$")
# Output, stock and scale, and the words of a sentence (产量, 电煤, 装机, 产能, 储能), are no firm's name; a
# trade name may end in 能 (华钠芯能1GWh钠离子电池生产线).
_NOT_BEFORE_CAPACITY = re.compile(r"[产达超增约近共计年万亿级的了是在将对把为和与及等货储销煤粮菜量力模容机]|突破|提高|释放|"
                                  r"累计|全年|实现|完成")
_PHASE_AT_END = re.compile(r"[一二三四五六七八九十]期$")
# A name that ends like a place (沙兰河, 米易龙肘山5万千瓦) is that place's, or the plant's site.
NAME_ENDING_LIKE_A_PLACE = re.compile(r"[山河湖江海岛湾溪峰岭园场地城街路巷坝寺村庄镇乡州港桥塘洞口堤圩峡滩洲坪]$")
_LONGEST_CAPACITY_NAME = 8  # with a county in front (天柱县誉福擎天)


def _reads_as_a_trade_name(norm: str, start: int, end: int) -> bool:
    """``norm[start:end]`` is a known trade name, begins no word of the language (鑫淼森, 乾源) or is a
    trade name and its trade word (诚信化工)."""
    from extractors.ner.firm_brands import firm_brands
    from extractors.ner.unknown_names import begins_word, unknown_name_at, words

    name = norm[start:end]
    return (name in firm_brands() or bool(trade_name_of(name)) or bool(unknown_name_at(norm, start))
            or not begins_word(norm, start, words()))


def match_firms_before_capacity(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Firms named before their plant's capacity; a county in front is the plant's site, not the name."""
    places = canonical_by_form("Region")
    county_spans = [(hit.start, hit.end) for hit in lexicon_hits if hit.type == "Region"
                    and dict(hit.attrs).get("level") in {"prefecture", "county"}]
    counties = dict(county_spans)
    known = {at for hit in lexicon_hits if hit.type == "Organization" for at in range(hit.start, hit.end)}
    found = []
    for capacity in _CAPACITY.finditer(norm):
        end = capacity.start()
        for size in range(_LONGEST_CAPACITY_NAME, 1, -1):
            start = end - size
            if start < 0 or not HAN_NAME.fullmatch(norm, start, end) \
                    or not _BEFORE_CAPACITY_NAME.search(norm, max(0, start - 4), start):
                continue
            start = counties.get(start, start) if counties.get(start, start) <= end - 2 else start
            # The plant's phase (嘉尚二期) and a county after the name (博光米东区) are no part of it.
            end_of_name = _PHASE_AT_END.search(norm, start, end)
            name_end = end_of_name.start() if end_of_name else next(
                (begin for begin, stop in county_spans if stop == end and begin >= start + 2), end)
            if name_end - start < 2:
                continue
            name = norm[start:name_end]
            # The name may open with its province (上海鸿云, 四川芯元一); its own part is a trade name: it
            # begins no word (鑫淼森) or is a known one, and opens with no scope, kind or count (a kind's
            # character inside is the firm's trade: 华钠芯能).
            place_size = next((size for size in (3, 2) if name[:size] in places and len(name) - size >= 2), 0)
            own = name[place_size:]
            if (name in places or _NOT_BEFORE_CAPACITY.search(name) or any(at in known for at in range(start, name_end))
                    or NAME_ENDING_LIKE_A_PLACE.search(name) or name.endswith(("区", "县", "市"))
                    or GENERIC_FIRM.search(own[:2]) or SHORT_FIRM_NOT_BODY.match(own)):
                continue  # a shorter run may be the name (投产|鑫淼森)
            if not _reads_as_a_trade_name(norm, start + place_size, name_end):
                continue
            found.append(Candidate(start, name_end, "Organization", "", "rule", prefix_end=start))
            break
    return found


# A firm named as the one a title for firms goes to (诚信化工连续3年入选全省民营企业100强, 小角楼入选中华
# 老字号, 正大科技评为全省科技创新领军企业, 前锋区鸿美嘉服饰入选工信部5G工厂名录): only a firm holds such a
# title, so the clause's subject is one. A county in front is the firm's place; a place, a product or a
# scope is no subject here (南江黄羊入选…名单 names no title of firms).
_FIRM_TITLE_GIVEN = re.compile(
    r"(?:^|(?<=[，,。；;：:、\s]))(?P<name>[\u4e00-\u9fff]{2,9}?)"
    r"(?:连续(?:[\d一二三四五六七八九十]+年)?|成功|再次|首次|荣|被)?(?:入选|上榜|获评|评为|认定为|入围|跻身|晋级|成为)"
    r"(?P<title>[^，,。；;：:]{2,30}?)(?:企业|老字号|[百千]强|\d+强|工厂(?:名录)?|单项冠军|小巨人)(?=[，,。；;：:、]|$)")
# A ranking of brands or products is a product's (狗牯脑茶入选全国品牌价值区域品牌百强).
_PRODUCTS_RANKED = re.compile(r"品牌|产品|商标|地理标志")
_LONGEST_HONOURED_NAME = 6


def match_firms_honoured(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Firms that a title for firms goes to (…入选全省民营企业100强)."""
    places = canonical_by_form("Region")
    counties = {hit.start: hit.end for hit in lexicon_hits if hit.type == "Region"
                and dict(hit.attrs).get("level") in {"prefecture", "county"}}
    known = {at for hit in lexicon_hits if hit.type in {"Organization", "Person"} for at in range(hit.start, hit.end)}
    found = []
    for match in _FIRM_TITLE_GIVEN.finditer(norm):
        if _PRODUCTS_RANKED.search(match.group("title")):
            continue
        start, end = match.span("name")
        start = counties[start] if start in counties and counties[start] <= end - 2 else start
        name = norm[start:end]
        if (not 2 <= len(name) <= _LONGEST_HONOURED_NAME or name in places or any(at in known for at in range(start, end))
                or NAME_ENDING_LIKE_A_PLACE.search(name) or name.endswith(("区", "县", "市"))
                or GENERIC_FIRM.search(name) or SHORT_FIRM_NOT_BODY.search(name) or TRADE_ITEM.fullmatch(name)
                or CLAUSE.search(name)):
            continue
        if not _reads_as_a_trade_name(norm, start, end):
            continue
        found.append(Candidate(start, end, "Organization", "", "rule", prefix_end=start))
    return found


# A list closed by its firms' trade or kind (推动联友、乾源等纺织企业, 与工银投资、中银投资、中金资本等金融机构,
# 隐力科技、金洁医疗等小微企业): the items are firms where each reads as a trade name; a list of
# products or kinds (茶叶、柑橘等农业企业) has words for items.
_KIND_LIST_END = re.compile(r"等(?:[\d一二三四五六七八九十]+余?[家户])?[\u4e00-\u9fff]{0,4}?(?:企业|金融机构|投资机构)")


def match_firms_listed_by_kind(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    places = canonical_by_form("Region")
    known_ends = {c.end for c in lexicon_hits if c.type == "Organization"}
    found: list[Candidate] = []
    for match in _KIND_LIST_END.finditer(norm):
        if _LIST_END.match(norm, match.start()):
            continue  # match_firm_lists' business
        firms = []
        for start, end in _list_items(norm, match.start()):
            item = norm[start:end]
            if _LIST_FIRM_SUFFIX.search(item) or end in known_ends:
                continue
            if not (2 <= len(item) <= 6 and HAN_NAME.fullmatch(item)) or item in places or _NOT_A_FIRM.search(item) \
                    or TRADE_ITEM.fullmatch(item) or CLAUSE.search(item) or not _reads_as_a_trade_name(norm, start, end):
                firms = []
                break
            firms.append(Candidate(start, end, "Organization", "", "rule", prefix_end=start))
        found += firms
    return found
