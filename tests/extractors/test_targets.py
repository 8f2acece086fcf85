import pytest

from corpus.document import DocumentPart, PartMeta
from extractors.targets import EXTRACTOR_ID, TARGETS, extract_targets, region_of_clause

try:
    from corpus.normalize import normalize
except ImportError:  # the normaliser is built elsewhere; widths are enough here
    import unicodedata

    def normalize(text: str) -> str:
        return "".join(c2 if len(c2 := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)


def make_part(text: str, date: str = "2023-01-01", genre: str = "plan", title: str = "", issuer: str = "",
              start: int = 0) -> DocumentPart:
    meta = PartMeta(title=title, issuer=issuer, date=date, genre=genre)
    return DocumentPart(doc_id="d" * 16, sha256="0" * 64, index=1, start=start, text=text, norm=normalize(text),
                        meta=meta)


def tuples(text: str, **kwargs) -> list[tuple]:
    return [(t.indicator, t.comparator, t.value, t.unit, t.deadline) for t in extract_targets(make_part(text, **kwargs))]


# Real sentences from corpus/samples (Chongqing plan, skills-contest plan, Beijing report, Anhui plan).
@pytest.mark.parametrize("sentence, expected", [
    ("到2027年，基本建成现代化国际大都市，地区生产总值超过3万亿元，战略性新兴产业增加值占地区生产总值比重提高到26%。",
     [("地区生产总值", ">", 3.0, "万亿元", "2027"), ("战略性新兴产业增加值占地区生产总值比重", "=", 26.0, "%", "2027")]),
    ("到2027年，常住人口达到2200万人，常住人口城镇化率超过80%。",
     [("常住人口", "=", 2200.0, "万人", "2027"), ("常住人口城镇化率", ">", 80.0, "%", "2027")]),
    ("到2027年，新增年供水能力5亿立方米以上。", [("年供水能力", ">=", 5.0, "亿立方米", "2027")]),
    ("到2027年，天然气年产量达到200亿立方米左右。", [("天然气年产量", "~", 200.0, "亿立方米", "2027")]),
    ("到2027年，新生儿死亡率控制在2‰以内。", [("新生儿死亡率", "<=", 2.0, "‰", "2027")]),
    ("到2027年，亿元地区生产总值生产安全事故死亡率小于0.015。",
     [("亿元地区生产总值生产安全事故死亡率", "<", 0.015, "", "2027")]),
    ("到2027年，城乡居民人均可支配收入比缩小至2.3∶1。", [("城乡居民人均可支配收入比", "=", 2.3, ":1", "2027")]),
    ("到2027年，全社会研发经费投入年均增长10%以上。", [("全社会研发经费投入", "increase_by", 10.0, "%", "2027")]),
    ("到2027年，网络安全产业规模年复合增长率超过15%。",
     [("网络安全产业规模年复合增长率", "increase_by", 15.0, "%", "2027")]),
    ("到2027年，单位地区生产总值二氧化碳排放降低15%左右。",
     [("单位地区生产总值二氧化碳排放", "decrease_by", 15.0, "%", "2027")]),
    ("到2027年，全市绿色融资余额翻一番。", [("绿色融资余额", "increase_by", 100.0, "%", "2027")]),
    ("国赛赛项库总量控制在170个左右，每年国赛赛项数量控制在120—130个。",
     [("国赛赛项库总量", "~", 170.0, "个", ""), ("每年国赛赛项数量", "range", 120.0, "个", "")]),
    ("到2027年，建成100公里滨江公共空间。", [("滨江公共空间", "=", 100.0, "公里", "2027")]),
    ("到2027年，新建50个智能工厂和500个数字化车间。",
     [("智能工厂", "=", 50.0, "个", "2027"), ("数字化车间", "=", 500.0, "个", "2027")]),
    ("到2027年，培育8家5A级物流企业。", [("5A级物流企业", "=", 8.0, "家", "2027")]),
    ("到2027年，建成20个五十亿级农产品加工园区。", [("五十亿级农产品加工园区", "=", 20.0, "个", "2027")]),
    ("到2027年，全市5级以上江河堤防达标率达88%以上。", [("5级以上江河堤防达标率", ">=", 88.0, "%", "2027")]),
    ("到2027年，每千人口拥有3岁以下婴幼儿托位数超4.5个。",
     [("每千人口拥有3岁以下婴幼儿托位数", ">", 4.5, "个", "2027")]),
    ("到2027年，社区1名以上专职网格员配备率达100%。", [("社区1名以上专职网格员配备率", "=", 100.0, "%", "2027")]),
    ("到2027年，打造总体规模超3000亿元的国有资本产业投资基金集群。",
     [("国有资本产业投资基金集群总体规模", ">", 3000.0, "亿元", "2027")]),
    ("到2027年，86项服务业扩大开放综合试点任务全部完成。", [("服务业扩大开放综合试点任务", "=", 86.0, "项", "2027")]),
    ("到2027年，养老机构服务基本质量100%达标。", [("养老机构服务基本质量", "=", 100.0, "%", "2027")]),
    ("到2027年，实施千万亩高标准农田改造提升。", [("高标准农田改造提升", "=", 1000.0, "万亩", "2027")]),
    ("到2027年，所有村级集体经济组织年经营性收入高于5万元、其中高于10万元以上的村占比达到80%。",
     [("所有村级集体经济组织年经营性收入", ">", 5.0, "万元", "2027"),
      ("高于10万元以上的村占比", "=", 80.0, "%", "2027")]),
    ("全市最大电力负荷和全社会用电量分别达到3925万千瓦、1860亿千瓦时。",
     [("最大电力负荷", "=", 3925.0, "万千瓦", ""), ("全社会用电量", "=", 1860.0, "亿千瓦时", "")]),
    ("到2027年，煤炭、成品油年供应能力分别超过5000万吨、1100万吨。",
     [("煤炭年供应能力", ">", 5000.0, "万吨", "2027"), ("成品油年供应能力", ">", 1100.0, "万吨", "2027")]),
    ("第一、第二、第三产业增加值分别增长2%、5.5%和6.5%。",
     [("第一产业增加值", "increase_by", 2.0, "%", ""), ("第二产业增加值", "increase_by", 5.5, "%", ""),
      ("第三产业增加值", "increase_by", 6.5, "%", "")]),
    ("到2027年，建成市级、区县级和谐示范村（社区）200个、1000个。",
     [("市级和谐示范村(社区)", "=", 200.0, "个", "2027"), ("区县级和谐示范村(社区)", "=", 1000.0, "个", "2027")]),
    ("到2027年，高新技术企业和科技型企业实现“双倍增”、总量分别达到1.27万家和8.6万家。",
     [("高新技术企业总量", "=", 1.27, "万家", "2027"), ("科技型企业总量", "=", 8.6, "万家", "2027")]),
    ("到2027年，保持基本养老保险、基本医疗保险参保率稳定在95%以上。",
     [("基本养老保险、基本医疗保险参保率", ">=", 95.0, "%", "2027")]),
    ("到2027年，全体居民人均可支配收入高于全国平均水平、力争达到5万元以上。",
     [("全体居民人均可支配收入", ">=", 5.0, "万元", "2027")]),
    ("5月底前，完成200个老旧小区改造。", [("老旧小区改造", "=", 200.0, "个", "2023-05-31")]),
])
def test_targets_reads_goal(sentence, expected):
    assert tuples(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "自2008年以来已成功举办15届，规模不断扩大。",
    "大赛是教育部牵头发起、联合34家部委和事业组织举办的一项公益性竞赛活动，已成功举办15届。",
    "2020年，大赛试点改革，在办赛机制、申办主体、经费投入等方面做出优化调整。",
    "支持城口、巫溪、酉阳、彭水4个国家乡村振兴重点帮扶县发展。",
    "实施“1000+”城市轨道交通成网计划，接续实施轨道交通第四期、第五期规划项目。",
    "加快推动江北国际机场T3B航站楼及第四跑道建成投用，5G网络实现城镇和重点场景全覆盖。",
    "对省内建成的标识解析二级节点项目，省级按照不超过项目投资额30%的比例给予一次性奖补，最高500万元。",
    "对新认定的企业给予50万元奖励。",
    "落实好长江十年禁渔，提质建设“两岸青山·千里林带”。",
    "依据《职业教育专业目录（2021年）》，渝府发〔2023〕8号，2023年3月10日。",
    "构建市、区县、乡镇（街道）三级行政执法协调监督体系，建成一批千亿级开发区。",
])
def test_targets_ignores_non_goal(sentence):
    assert tuples(sentence) == []


@pytest.mark.parametrize("sentence, genre", [
    ("截至目前，已有来自22个阿拉伯国家的百余名艺术家参加了“艺汇丝路”访华采风活动。", "news"),
    ("50多位参加过“艺汇丝路”访华采风活动的阿拉伯知名艺术家给习近平主席写信。", "news"),
    ("马克思共产主义学校一年多时间里共培训了1000多名干部。", "speech"),
    ("党的十八大以来，中央党校举办的主体班次共培训轮训干部8.8万人，其中省部级干部1.3万余人。", "speech"),
    ("植树点位于北京市通州区，面积约300亩。", "news"),
])
def test_targets_ignores_narration(sentence, genre):
    assert tuples(sentence, genre=genre) == []


CHONGQING_PLAN = """二、重点任务
（一）实施提升主城都市区极核引领行动。
主城都市区是我市国家中心城市建设的主要承载地。到2027年，基本建成现代化国际大都市，地区生产总值超过3万亿元。
2．打造新型城镇化新型工业化主战场。加快城市更新，滚动实施112个城市更新试点示范项目。
（二）实施建设现代基础设施网络行动。
到2027年，现代基础设施布局显著优化。
5．建设国际性综合交通枢纽城市。机场旅客吞吐能力达到8000万人次，货邮吞吐能力达到120万吨。
"""


def test_targets_inherit_section_deadline_region_and_initiative():
    found = extract_targets(make_part(CHONGQING_PLAN, date="2023-03-10", issuer="重庆市人民政府"))
    rows = [(t.indicator, t.deadline, t.region, t.initiative) for t in found]
    assert rows == [
        ("地区生产总值", "2027", "主城都市区", "实施提升主城都市区极核引领行动"),
        ("城市更新试点示范项目", "2027", "主城都市区", "实施提升主城都市区极核引领行动"),
        ("机场旅客吞吐能力", "2027", "重庆市", "实施建设现代基础设施网络行动"),
        ("货邮吞吐能力", "2027", "重庆市", "实施建设现代基础设施网络行动"),
    ]


SKILLS_PLAN = """二、总体要求
（二）规划目标。通过科学规划、系统推进，到2027年，专业类覆盖率超过90%。
（三）基本原则
三、主要任务
（二）优化赛项设置。国赛赛项库总量控制在170个左右。
"""


def test_targets_deadline_stops_at_next_heading_and_falls_back_to_plan_title():
    title = "教育部办公厅关于印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知"
    found = extract_targets(make_part(SKILLS_PLAN, date="2023-03-30", genre="notice", title=title,
                                      issuer="教育部办公厅"))
    assert [(t.indicator, t.deadline, t.region, t.initiative) for t in found] == [
        ("专业类覆盖率", "2027", "", "全国职业院校技能大赛执行规划（2023—2027年）"),
        ("国赛赛项库总量", "2027", "", "全国职业院校技能大赛执行规划（2023—2027年）"),
    ]


WORK_REPORT = """一、2023年工作回顾
全市地区生产总值增长5.2%，城镇新增就业28.1万人。
二、2024年重点任务
今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率控制在5%以内，居民消费价格涨幅3%左右。
新增中小学学位2万个，新建5G基站1万个以上。
"""


def test_targets_work_report_takes_report_year_and_skips_review():
    found = extract_targets(make_part(WORK_REPORT, date="", genre="report", issuer="北京市人民政府"))
    assert [(t.indicator, t.comparator, t.value, t.deadline, t.region) for t in found] == [
        ("地区生产总值", "increase_by", 5.0, "2024", "北京市"),
        ("城镇调查失业率", "<=", 5.0, "2024", "北京市"),
        ("居民消费价格涨幅", "~", 3.0, "2024", "北京市"),
        ("中小学学位", "=", 2.0, "2024", "北京市"),
        ("5G基站", ">=", 1.0, "2024", "北京市"),
    ]


def test_targets_past_year_sentence_in_report_is_history():
    text = "二、今年工作安排\n2023年，全市地区生产总值增长5.2%。今年地区生产总值增长5%左右。"
    found = extract_targets(make_part(text, date="2024-01-21", genre="report"))
    assert [(t.value, t.deadline) for t in found] == [(5.0, "2024")]


def test_targets_base_values_and_range():
    (target,) = extract_targets(make_part("到2027年，打造2—3家国家物流枢纽运营标杆企业。"))
    assert (target.comparator, target.value, target.value_max, target.value_max_base, target.unit_base) == (
        "range", 2.0, 3.0, 3.0, "家")
    (target,) = extract_targets(make_part("到2027年，社会物流总额达到5万亿元。"))
    assert (target.value_base, target.unit_base) == (5e12, "元")


def test_targets_provenance_points_at_clause_in_document():
    prefix = "附件5\n"
    text = "重庆市推动成渝地区双城经济圈建设行动方案\n到2027年，常住人口达到2200万人，常住人口城镇化率超过80%。"
    document = prefix + text
    found = extract_targets(make_part(text, start=len(prefix)))
    assert [document[t.prov.char_start:t.prov.char_end] for t in found] == [t.text for t in found]
    assert [t.text for t in found] == ["常住人口达到2200万人", "常住人口城镇化率超过80%"]
    assert all(t.prov.evidence == "到2027年，常住人口达到2200万人，常住人口城镇化率超过80%。" for t in found)
    assert {t.prov.extractor for t in found} == {EXTRACTOR_ID} == {TARGETS.id}


def test_targets_offsets_hold_for_fullwidth_text():
    text = "到２０２７年，常住人口城镇化率超过８０％。"
    (target,) = extract_targets(make_part(text))
    assert (target.value, target.unit, target.deadline) == (80.0, "%", "2027")
    assert text[target.prov.char_start:target.prov.char_end] == target.text == "常住人口城镇化率超过８０％"


@pytest.mark.parametrize("clause, region", [
    ("西部(重庆)科学城核心区研发投入强度超过5.7%", "西部(重庆)科学城核心区"),
    ("力争中心城区防洪能力全面达到100年一遇标准", "中心城区"),
    ("深化中国(重庆)自由贸易试验区集成创新", "中国(重庆)自由贸易试验区"),
    ("常住人口城镇化率达到60%", ""),
])
def test_targets_region_of_clause(clause, region):
    assert region_of_clause(clause) == region


# ---------------------------------------------------------------- targets@2: rules from more documents
# Real sentences from the Beijing, Binzhou, Ezhou and Dazhou 2024 work reports, the Anhui plan and
# Xi's 2015 speech on the 13th Five-Year Plan proposal (tests/data/cities, corpus/samples).

def report_tuples(text: str) -> list[tuple]:
    return [(t.indicator, t.comparator, t.value, t.unit, t.deadline)
            for t in extract_targets(make_part(text, date="2024-01-25", genre="report"))]


@pytest.mark.parametrize("sentence, expected", [
    # verbs that put the indicator after the number
    ("强力推进73项城建项目。", [("城建项目", "=", 73.0, "项", "2024")]),
    ("系统治理6条中小河流，实施7项区域防洪工程。",
     [("中小河流", "=", 6.0, "条", "2024"), ("区域防洪工程", "=", 7.0, "项", "2024")]),
    ("新入驻10家大型快递企业、货运航空企业和货运代理企业，新开辟10条国际航线。",
     [("大型快递企业、货运航空企业和货运代理企业", "=", 10.0, "家", "2024"), ("国际航线", "=", 10.0, "条", "2024")]),
    ("清理整合1万亩土地，签约2—3所高校，动工1—2所高校。",   # 签约: 约 is no "about"
     [("土地", "=", 1.0, "万亩", "2024"), ("高校", "range", 2.0, "所", "2024"), ("高校", "range", 1.0, "所", "2024")]),
    ("整合10家物业企业进规。", [("物业企业进规", "=", 10.0, "家", "2024")]),
    # people after a bare magnitude, with a verb that only leads
    ("促进12万城镇就业困难人员实现就业、4万农村劳动力就业参保。",
     [("城镇就业困难人员实现就业", "=", 12.0, "万人", "2024"), ("农村劳动力就业参保", "=", 4.0, "万人", "2024")]),
    # a class count between verb and number; a verb, a place, then the count
    ("接续实施12类161件民生实事。", [("民生实事", "=", 161.0, "件", "2024")]),
    ("推进光谷科创大走廊鄂州功能区10个重点项目建设。",
     [("光谷科创大走廊鄂州功能区重点项目建设", "=", 10.0, "个", "2024")]),
    # a number right after another measures the same thing
    ("升级改造市政道路6条、城镇公共供水管网40公里、老旧小区86个70.29万平方米。",
     [("升级改造市政道路", "=", 6.0, "条", "2024"), ("城镇公共供水管网", "=", 40.0, "公里", "2024"),
      ("老旧小区", "=", 86.0, "个", "2024"), ("老旧小区", "=", 70.29, "万平方米", "2024")]),
    # the count of the subject goes with the next number
    ("确保固定资产投资增长7%以上，200个重点项目投资继续超千亿元。",
     [("固定资产投资", "increase_by", 7.0, "%", "2024"), ("200个重点项目投资", ">", 1000.0, "亿元", "2024")]),
    # growth verb before a bound: increase_by, the bound in the qualifier
    ("全年旅游收入增长超过10%。", [("旅游收入", "increase_by", 10.0, "%", "2024")]),
    ("招商引资项目到位资金增长不低于20%。", [("招商引资项目到位资金", "increase_by", 20.0, "%", "2024")]),
    ("经济增长预期目标为5%左右。", [("经济增长预期目标", "increase_by", 5.0, "%", "2024")]),
    # new units
    ("确保PM2.5平均浓度不超过40微克/立方米，优良天数比例达65%以上。",
     [("PM2.5平均浓度", "<=", 40.0, "微克/立方米", "2024"), ("优良天数比例", ">=", 65.0, "%", "2024")]),
    ("举办各类赛事活动3000项次以上。", [("各类赛事活动", ">=", 3000.0, "项次", "2024")]),
    ("举办各类人才活动30场（次）。", [("各类人才活动", "=", 30.0, "场(次)", "2024")]),
    # 、 before 及 when cutting a noun; a bracket holding another count; 一、二、三产
    ("农村供电可靠率达99.8%以上、自来水普及率达90%。",
     [("农村供电可靠率", ">=", 99.8, "%", "2024"), ("自来水普及率", "=", 90.0, "%", "2024")]),
    ("建成乡村振兴示范村100个（精品村20个）。",
     [("乡村振兴示范村", "=", 100.0, "个", "2024"), ("精品村", "=", 20.0, "个", "2024")]),
    ("其中一、二、三产分别增长5%、9%、6%左右。",
     [("一产", "increase_by", 5.0, "%", "2024"), ("二产", "increase_by", 9.0, "%", "2024"),
      ("三产", "increase_by", 6.0, "%", "2024")]),
    ("完善园区生产生活服务配套，标准化厂房新建30万平方米以上、入驻率80%以上。",
     [("标准化厂房新建", ">=", 30.0, "万平方米", "2024"), ("入驻率", ">=", 80.0, "%", "2024")]),
    # a money size class names the counted things; it is no goal itself
    ("投资超5亿元工业项目新开工220个、新竣工达产200个以上。",
     [("投资超5亿元工业项目新开工", "=", 220.0, "个", "2024"), ("新竣工达产", ">=", 200.0, "个", "2024")]),
    ("力争新增营收过百亿元企业2家、过五十亿元2家。",
     [("营收过百亿元企业", "=", 2.0, "家", "2024"), ("过五十亿元", "=", 2.0, "家", "2024")]),
])
def test_targets_reads_report_goal(sentence, expected):
    assert report_tuples(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "实现4%的目标仍然不容易。",                       # a goal stated elsewhere, talked about
    "打造一批百亿级的中小企业特色产业集群。",            # size class
    "省级按该款产品首轮流片合同或掩膜版制作合同金额的30%，给予一次性奖补，单个企业最高300万元。",  # subsidy
])
def test_targets_report_sentence_without_goal(sentence):
    assert report_tuples(sentence) == []


def test_targets_xiang_of_xiangmu_is_no_unit():
    assert report_tuples("其中百亿项目3个。") == [("百亿项目", "=", 3.0, "个", "2024")]


@pytest.mark.parametrize("clause, region", [
    ("打造一批生产性服务业集聚示范区和示范企业", ""),                  # a programme, not a place
    ("深入推进国家中医药综合改革示范区建设", ""),
    ("支持葛店经开区加快光电子信息产业基地建设", "葛店经开区"),
])
def test_targets_region_is_a_place(clause, region):
    assert region_of_clause(clause) == region


SPEECH = ("第三，关于农村贫困人口实现脱贫。2014年末全国还有7017万农村贫困人口。\n"
          "通过实施脱贫攻坚工程，实施精准扶贫、精准脱贫，7017万农村贫困人口脱贫目标是可以实现的。"
          "2011年至2014年，每年农村脱贫人口分别为4329万、2339万、1650万、1232万。"
          "因此，通过采取过硬的、管用的举措，今后每年减贫1000万人的任务是可以完成的。"
          "具体讲，到2020年，通过产业扶持，可以解决3000万人脱贫；通过转移就业，可以解决1000万人脱贫；"
          "通过易地搬迁，可以解决1000万人脱贫，总计5000万人左右。"
          "还有2000多万完全或部分丧失劳动能力的贫困人口，可以通过全部纳入低保覆盖范围，实现社保政策兜底脱贫。\n"
          "现在，按照常住人口计算，我国城镇化率已经接近55%，城镇常住人口达到7.5亿。")


def test_targets_speech_goal_paragraph_carries_its_sentences():
    found = [(t.indicator, t.comparator, t.value, t.unit, t.deadline)
             for t in extract_targets(make_part(SPEECH, date="2015-11-03", genre="speech"))]
    assert found == [
        ("农村贫困人口脱贫", "=", 7017.0, "万人", ""),
        ("每年减贫", "=", 1000.0, "万人", ""),
        ("脱贫", "=", 3000.0, "万人", "2020"),
        ("脱贫", "=", 1000.0, "万人", "2020"),
        ("脱贫", "=", 1000.0, "万人", "2020"),
        ("总计", "~", 5000.0, "万人", "2020"),
        ("完全或部分丧失劳动能力的贫困人口", ">=", 2000.0, "万人", "2020"),
    ]


@pytest.mark.parametrize("sentence, deadline", [
    ("2016年至2020年经济年均增长底线是6.5%以上。", "2020"),   # a period ending after the speech is a goal
    ("“十三五”时期经济年均增长至少也要达到6.5%。", "2020"),
])
def test_targets_speech_period_makes_a_goal(sentence, deadline):
    (target,) = extract_targets(make_part(sentence, date="2015-11-03", genre="speech"))
    assert (target.comparator, target.value, target.deadline) == ("increase_by", 6.5, deadline)


REPORT_WITHOUT_DATE = (
    "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "2023年工作回顾\n过去一年，新增5G基站3000个，城镇新增就业3.05万人。\n"
    "2024年工作安排\n今年是新中国成立75周年。\n"
    "全市经济社会发展主要预期目标是：GDP增长5.5%左右，城镇新增就业3.5万人以上。\n"
    "一、打好转型升级攻坚战\n实施“智改数转”企业300家以上。\n"
)


def test_targets_report_year_and_review_from_unnumbered_headings():
    found = [(t.indicator, t.value, t.deadline)
             for t in extract_targets(make_part(REPORT_WITHOUT_DATE, date="", genre="report"))]
    assert found == [("GDP", 5.5, "2024"), ("城镇新增就业", 3.5, "2024"), ("“智改数转”企业", 300.0, "2024")]


REVIEW_WITHOUT_HEADING = (
    "各位代表：\n2023年，在自治区党委、政府的坚强领导下，全市地区生产总值增长4.8%，新增高新技术企业90家。\n"
    "（一）持续抓工业促转型\n全年新引进项目656个。\n"
    "2024年是中华人民共和国成立75周年。今年经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n"
    "（一）持续抓工业促转型\n力争全年新引进项目800个以上。\n"
)


def test_targets_report_review_without_heading_is_skipped():
    # genre "other": 各位代表 at the top says it is a work report all the same
    part = make_part(REVIEW_WITHOUT_HEADING, date="", genre="other")
    found = [(t.indicator, t.value, t.deadline) for t in extract_targets(part)]
    assert found == [("地区生产总值", 5.0, "2024"), ("项目", 800.0, "2024")]


def test_targets_report_review_ends_at_this_years_opening_paragraph():
    text = ("一、2023年工作回顾\n过去一年，新增经营主体2.2万户。\n"
            "做好今年政府工作的总体要求是：坚持稳中求进。\n"
            "综合考虑，今年全市经济社会发展主要预期目标是：GDP增长6%左右。\n重点做好10个方面工作：\n"
            "（一）扩大有效需求\n新增经营主体2.5万户。\n三、加强政府自身建设\n")
    found = [(t.indicator, t.value, t.deadline) for t in extract_targets(make_part(text, date="", genre="report"))]
    assert found == [("GDP", 6.0, "2024"), ("经营主体", 2.5, "2024")]


ANHUI = ("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知\n"
         "支持工业互联网发展若干政策\n"
         "拓展工业互联网场景应用。每年分行业、分领域发布100个工业互联网动态场景清单。\n"
         "安徽省工业互联网创新发展行动计划（2021-2023年）\n"
         "每年培育“皖企登云”企业6000家以上。\n")


def test_targets_embedded_title_opens_its_own_period():
    title = "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021—2023年）的通知"
    found = [(t.value, t.deadline, t.initiative) for t in extract_targets(make_part(ANHUI, title=title))]
    assert found == [(100.0, "", "支持工业互联网发展若干政策"),
                     (6000.0, "2023", "安徽省工业互联网创新发展行动计划(2021-2023年)")]


@pytest.mark.parametrize("sentence, expected", [
    # a time limit after the task, in the same clause; one in a later clause is not this number's
    ("完成100个充电站建设（2024年12月底前）。", [("充电站建设", "=", 100.0, "个", "2024-12-31")]),
    ("全年新建5G基站1000个，其中6月底前完成500个。",
     [("5G基站", "=", 1000.0, "个", "2024"), ("5G基站", "=", 500.0, "个", "2024-06-30")]),
    ("6月底前，完成全市200个老旧小区改造摸底。", [("老旧小区改造摸底", "=", 200.0, "个", "2024-06-30")]),
])
def test_targets_plan_month_deadlines(sentence, expected):
    found = [(t.indicator, t.comparator, t.value, t.unit, t.deadline)
             for t in extract_targets(make_part(sentence, date="2024-03-01", genre="plan"))]
    assert found == expected


@pytest.mark.parametrize("sentence, expected", [
    # 分别 over named subjects: the head noun is the one that leaves names of the others' length
    ("力争吉利商用车、能投化学、三环电子产值分别突破80亿元、60亿元、35亿元。",
     [("吉利商用车产值", ">", 80.0, "亿元", "2024"), ("能投化学产值", ">", 60.0, "亿元", "2024"),
      ("三环电子产值", ">", 35.0, "亿元", "2024")]),
    ("力争全年公路客货运总周转量超过155亿吨公里。", [("公路客货运总周转量", ">", 155.0, "亿吨公里", "2024")]),
    ("新增（晋星）省星级园区2个以上。", [("(晋星)省星级园区", ">=", 2.0, "个", "2024")]),
])
def test_targets_reads_report_lists_and_units(sentence, expected):
    assert report_tuples(sentence) == expected
