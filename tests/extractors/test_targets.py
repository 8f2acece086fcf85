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
     [("养老保险、基本医疗保险参保率", ">=", 95.0, "%", "2027")]),
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
