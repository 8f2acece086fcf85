"""Organisations that generalise to unseen city reports: the host region's own
bodies written short (市人民政府, 市委, 州人大), firms by suffix and by lexicon
short name, schools and hospitals, and the document's own region read from
the text or the file name.

Sentences come from the 2024 municipal work reports of the development corpus
(never from the held-out reports).
"""
from __future__ import annotations

import pytest

from extractors.ner.gazetteer import entries_by_name
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import (DocumentContext, document_context, most_named_region, party_committee_name,
                                       region_for_level, region_of_file_name)


def _context(region: str) -> DocumentContext:
    return DocumentContext(entries_by_name()[("Region", region)])


def _orgs(sentence: str, region: str) -> set[str]:
    return {e.name for e in run_pipeline(sentence, _context(region)) if e.type == "Organization"}


@pytest.mark.parametrize("sentence, region, expected, absent", [
    ("现在，我代表市人民政府向大会报告工作，请予审议", "南通市", {"南通市人民政府"}, set()),
    ("一年来，在市委的坚强领导下，在市人大、市政协的监督和支持下", "常州市",
     {"中共常州市委员会", "常州市人民代表大会", "中国人民政治协商会议常州市委员会"}, set()),
    ("提请市人大常委会审议地方性法规2件", "宜宾市", {"宜宾市人民代表大会常务委员会"}, set()),
    # 省 in a city report is the province above it.
    ("贯彻落实党中央、国务院和省委、省政府决策部署", "徐州市", {"中共江苏省委员会", "江苏省人民政府"}, {"省委", "省政府"}),
    ("在州委坚强领导下，在州人大、州政协监督支持下", "凉山彝族自治州",
     {"中共凉山彝族自治州委员会", "凉山彝族自治州人民代表大会", "中国人民政治协商会议凉山彝族自治州委员会"}, set()),
    ("是自治区党委、政府和市委坚强领导、正确决策的结果", "呼和浩特市",
     {"中共内蒙古自治区委员会", "中共呼和浩特市委员会"}, set()),
    # Hard negatives: deputies are not the congress; 城市 and 全市 end no body; whose 区委 is unknown.
    ("是全市人大代表、政协委员和社会各界监督支持的结果", "南通市", set(), {"南通市人民代表大会"}),
    ("推进超大城市政府治理能力现代化", "南通市", set(), {"南通市人民政府"}),
    ("各区委、区政府要切实负起责任", "南通市", set(), {"区委", "区政府"}),
])
def test_ner_orgs_general_host_bodies(sentence, region, expected, absent):
    found = _orgs(sentence, region)
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize("written, canonical", [
    ("中国共产党泰州市委", "中共泰州市委员会"),
    ("中国共产党泰州市委员会", "中共泰州市委员会"),
    ("中共泰州市委", "中共泰州市委员会"),
    ("泰州市委", "中共泰州市委员会"),
    ("中共中央", "中共中央"),            # not a region's committee
    ("中共重庆市委宣传部", "中共重庆市委宣传部"),
])
def test_ner_orgs_general_party_committee_has_one_name(written, canonical):
    assert party_committee_name(written) == canonical


def test_ner_orgs_general_party_committee_forms_make_one_node():
    sentence = "中国共产党南通市委、中共南通市委员会、南通市委、中共南通市委"
    assert _orgs(sentence, "南通市") == {"中共南通市委员会"}


@pytest.mark.parametrize("level_word, rest, region, expected", [
    ("盟", "委", "兴安盟", "兴安盟"),
    ("", "行署", "兴安盟", "兴安盟"),            # 行署 is a 盟's or 地区's 行政公署
    ("", "行署", "南通市", ""),
    ("自治区", "党委", "兴安盟", "内蒙古自治区"),
    ("区", "党委", "日喀则市", "西藏自治区"),   # 区党委 is the autonomous region's
    ("区", "委", "南通市", ""),                 # one of the city's districts: which, unknown
    ("省", "委", "重庆市", ""),                 # a municipality has no province above it
])
def test_ner_orgs_general_level_word_names_a_region(level_word, rest, region, expected):
    assert region_for_level(level_word, rest, _context(region)) == expected


def test_ner_orgs_general_league_bodies():
    found = _orgs("盟委、行署、盟人大工委、盟政协", "兴安盟")
    assert {"中共兴安盟委员会", "兴安盟行政公署", "兴安盟人大工作委员会", "中国人民政治协商会议兴安盟委员会"} <= found


@pytest.mark.parametrize("sentence, expected, absent", [
    ("四川容大黄金股份有限公司成功挂牌上市", {"四川容大黄金股份有限公司"}, set()),
    ("农夫山泉股份有限公司项目签约落地", {"农夫山泉股份有限公司"}, set()),
    ("加快推进甘李药业、鲁南贝特原料药、精进药业、修正药业、力诺制药等项目", {"甘李药业", "精进药业", "修正药业"}, set()),
    ("全力支持古井集团做大做强", {"古井集团"}, set()),
    # Lexicon short names of national firms.
    ("促成北港新材料与美锦能源、东方电气合作", {"中国东方电气集团有限公司"}, set()),
    ("推进国家电投苍梧岭脚风电场二期", {"国家电力投资集团有限公司"}, set()),
    ("紧盯中能建、国电投、中交建等大型央企", {"国家电力投资集团有限公司"}, set()),
    ("华能高温气冷堆核电示范工程投入商运", {"中国华能集团有限公司"}, set()),
    ("阿斯利康吸入气雾剂生产基地增资项目签约落地", {"阿斯利康"}, set()),
    ("明阳高端海洋装备智能制造产业园正式投产", {"明阳智慧能源集团股份公司"}, set()),
    ("循环经济产业园、天海汽车电子高端线束、航特新能源、中煤六安电厂", {"中国中煤能源集团有限公司"}, set()),
    ("争取中国电建、中煤科工等头部企业在我市建设区域总部", {"中国电力建设集团有限公司", "中国煤炭科工集团有限公司"},
     {"中国中煤能源集团有限公司"}),
    # Hard negatives: kinds of firms, and short names that are half of a word or a place.
    ("培育国有控股上市公司", set(), {"国有控股上市公司", "上市公司"}),
    ("三亚被确定为紧密型城市医疗集团建设试点城市", set(), {"紧密型城市医疗集团"}),
    ("集中建设玉米高产稳产功能区370万亩", set(), {"中国建筑集团有限公司"}),
    ("推动川渝石窟研究联合实验室、乐山大唐文化体验园等项目建设", set(), {"中国大唐集团有限公司"}),
    ("加快实施葛洲坝片区等23个危旧房改造项目", set(), {"中国葛洲坝集团有限公司"}),
    ("更新保护亳州北关历史街区、涡阳新华街、蒙城北大街3个国家、省级街区", set(), {"北京大学"}),
    ("支持上汽大众、广汽、陕汽等汽车制造企业创新", {"广州汽车工业集团有限公司"}, set()),
    ("积极拓展、全面巩固与中国航空工业、中国商飞", {"中国商用飞机有限责任公司"}, {"中国国际航空股份有限公司"}),
    ("成功举办中国（安徽）科交会、中国航天大会、中国科协年会", set(), {"中国国际航空股份有限公司"}),
])
def test_ner_orgs_general_firms(sentence, expected, absent):
    found = _orgs(sentence, "南通市")
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize("sentence, region, expected, absent", [
    ("市第一中学被列入国家级示范校", "南通市", {"南通市第一中学"}, set()),
    ("支持市妇幼保健院持续做专做精做强", "宜宾市", {"宜宾市妇幼保健院"}, set()),
    ("深刻汲取“4·18”长峰医院重大火灾事故教训", "北京市", {"长峰医院"}, set()),
    ("北大口腔医院三亚分院项目开工建设", "三亚市", {"北京大学口腔医院"}, set()),
    ("嘉善复旦研究院正式开园", "嘉兴市", {"嘉善复旦研究院"}, set()),
    ("完善城市功能布局,积极推进市委党校新校区建设", "常州市", {"常州市委党校"}, {"中共常州市委员会"}),
    # 自治区 in a city report of 广西 is 广西; 区域 is never a level word.
    ("国家区域医疗中心实现零的突破—自治区人民医院防城港医院正式运营", "防城港市", {"广西壮族自治区人民医院"},
     {"区域医疗中心", "防城港市域医疗中心"}),
    # Hard negatives: kinds of hospitals and schools, and a verb glued to a lab.
    ("深化公立医院、医疗医药体制和医保支付方式改革", "南通市", set(), {"公立医院"}),
    ("力争创建三甲医院1家以上、新增互联网医院3家以上", "南通市", set(), {"三甲医院", "互联网医院"}),
    ("提升国汽轻量化研究院、北京机电所扬州创新中心", "扬州市", {"国汽轻量化研究院"}, {"提升国汽轻量化研究院"}),
    ("新建改扩建中小学、幼儿园20所", "南通市", set(), {"南通市中小学"}),
])
def test_ner_orgs_general_schools_and_hospitals(sentence, region, expected, absent):
    found = _orgs(sentence, region)
    assert expected <= found
    assert not (absent & found)


def test_ner_orgs_general_own_region_from_counties_and_level_words():
    # A report that says only 全市 and names its counties (恩施 never as 恩施州 here).
    text = ("全市经济运行稳中向好。全市新增就业2万人。全市森林覆盖率提高。"
            "仁寿县、东坡区、彭山区加快发展，洪雅县、青神县文旅融合，仁寿县工业园区扩区。"
            "成都市、四川省")
    region = most_named_region(text)
    assert region is not None and region.name == "眉山市"


def test_ner_orgs_general_own_region_is_none_without_evidence():
    assert most_named_region("坚持稳中求进工作总基调，全面深化改革。") is None


@pytest.mark.parametrize("file_name, expected", [
    ("南通.txt", "南通市"), ("cities/凉山.txt", "凉山彝族自治州"), ("notice.txt", None), ("吉林.txt", None)])
def test_ner_orgs_general_region_of_file_name(file_name, expected):
    entry = region_of_file_name(file_name)
    assert (entry.name if entry else None) == expected


def test_ner_orgs_general_file_name_is_the_weakest_clue():
    assert document_context("", "", "各位代表：现在，我代表市人民政府向大会报告工作", "南通.txt").region.name == "南通市"
    assert document_context("宜宾市人民政府", "", "", "南通.txt").region.name == "宜宾市"


@pytest.mark.parametrize("sentence, region, expected, absent", [
    # A township's central school or a school named 职教中心学校 is one body (甘孜, 青岛).
    ("海螺沟景区人民医院、泸定得妥镇中心小学等民生项目", "甘孜藏族自治州", {"泸定得妥镇中心小学"}, {"泸定得妥镇中心"}),
    ("生顺利入学。青岛现代职教中心学校一期、青岛幼", "青岛市", {"青岛现代职教中心学校"}, {"青岛现代职教中心"}),
    # Winning an honour is a clause, not part of a name (德阳, 荆门).
    ("旌阳孝泉镇、中江仓山镇入选省级百强中心镇。", "德阳市", set(), {"中江仓山镇入选省级百强中心"}),
    ("“瞪羚”企业87家。京山轻机入选国家级工业设计中心，5家企", "荆门市", set(),
     {"京山轻机入选国家级工业设计中心"}),
])
def test_ner_orgs_general_central_schools_and_honours(sentence, region, expected, absent):
    found = _orgs(sentence, region)
    assert expected <= found
    assert not (absent & found)


def test_townships_inside_names_are_mentions_too():
    # 得妥镇 inside a school's name (甘孜) and 仓山镇 in a list (德阳) are places once each;
    # 恩阳古镇 names the district 恩阳, not a township (巴中).
    entities = run_pipeline("海螺沟景区人民医院、泸定得妥镇中心小学等民生项目", _context("甘孜藏族自治州"))
    assert ("Region", "得妥镇") in {(e.type, e.name) for e in entities}
    entities = run_pipeline("旌阳孝泉镇、中江仓山镇入选省级百强中心镇。", _context("德阳市"))
    townships = [e.name for e in entities if e.type == "Region" and e.name.endswith("镇")]
    assert sorted(townships) == ["仓山镇", "孝泉镇"]
    entities = run_pipeline("优光雾山诺水河、恩阳古镇、父亲原乡等旅游", _context("巴中市"))
    assert "恩阳区" in {e.name for e in entities if e.type == "Region"}
