"""The document's own townships (extractors/ner/townships.py): full names with their
code and county, short forms only when a list of places vouches for them.

Every sentence is real text from the 2024 municipal work reports (cities-2024, none
of the blind ones) or the development set 宜昌 (tests/data/heldout2); hard negatives
sit beside the positives.
"""
from __future__ import annotations

import pytest

from extractors.lexicons import read_lexicon, read_townships
from extractors.ner.gazetteer import entries_by_name
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context
from extractors.ner.townships import townships_of


def _regions(file_name: str, sentence: str) -> dict[str, dict]:
    context = document_context("", "", "", file_name)
    return {e.name: dict(e.attrs) for e in run_pipeline(sentence, context) if e.type == "Region"}


@pytest.mark.parametrize("file_name, sentence, expected, absent", [
    # Short forms in a list: each vouches for the next (宜昌, 黄石, 恩施, 中山).
    ("宜昌.txt", "东部产业新区重点建设白洋、顾家店、姚家港核心区域，与猇亭、鸦鹊岭工业园区融合发展",
     {"白洋镇", "顾家店镇", "猇亭区"}, set()),
    ("黄石.txt", "支持陈贵、灵乡、富池等经济强镇做强产业、做大规模，奋力冲刺全国百强镇",
     {"陈贵镇", "灵乡镇", "富池镇"}, set()),
    ("恩施.txt", "实施龙凤、三岔集镇改造，支持盛家坝、太阳河创建国家卫生乡镇",
     {"龙凤镇", "三岔镇", "盛家坝镇", "太阳河乡"}, set()),
    # 古镇 is a word of the genre (in 26 reports), not 中山's 古镇镇.
    ("中山.txt", "坚持差异化、特色化发展，支持小榄、三乡、古镇等8个中心镇做大做强",
     {"小榄镇", "三乡镇"}, {"古镇镇"}),
    # After a district of its own city: 龙泉 is 夷陵区's 龙泉镇 here, not 丽水's 龙泉市.
    ("宜昌.txt", "核心主城着力打造西陵、伍家岗城市“双中心”，纵深带动点军、龙泉、小溪塔三个区域协同发展",
     {"点军区", "龙泉镇", "小溪塔街道"}, {"龙泉市"}),
])
def test_townships_short_forms_in_lists(file_name, sentence, expected, absent):
    found = _regions(file_name, sentence)
    assert expected <= set(found)
    assert not (absent & set(found))


@pytest.mark.parametrize("file_name, sentence, absent", [
    # Alone, a short form is as often a school or a project named after the place.
    ("宜昌.txt", "开工建设白洋中学，确保昌磷路一期、桃子冲延伸段等建成通车", {"白洋镇"}),
    # The ends of a route name a road (南宁).
    ("南宁.txt", "加快推动G322五塘至新江公路及G325南宁至钦州公路（南宁段）开工建设", {"五塘镇", "新江镇"}),
    # A word of the genre (公园) that is also a township's short form (淮南's 公园街道).
    ("淮南.txt", "完成舜耕山国家森林公园、上窑国家森林公园、焦岗湖国家湿地公园等自然保护地规划修编", {"公园街道"}),
    # A river named after a township is the river (青岛: 胶莱河, not 胶莱街道).
    ("青岛.txt", "实施大沽河、胶莱河等11条重点河流治理，完成麦岛、团岛等12个污水处理厂提标改造", {"胶莱街道"}),
    # A kind of township, though 中心镇 is also some county's township name.
    ("广安.txt", "发展壮大23个中心镇，全面提质已入选的5个“省级百强中心镇”", {"中心镇"}),
    # Another city's townships are not looked for: 黄石's towns in a 宜昌 report.
    ("宜昌.txt", "支持陈贵、灵乡、富池等经济强镇做强产业、做大规模", {"陈贵镇", "灵乡镇", "富池镇"}),
])
def test_townships_not_taken(file_name, sentence, absent):
    assert not (absent & set(_regions(file_name, sentence)))


@pytest.mark.parametrize("file_name, sentence, expected, absent", [
    # A short form of three characters or more is rarely a word: alone, it is the township.
    ("牡丹江.txt", "提升横道河子景区四季游承载能力，确保全市接待游客、旅游收入均增长20%以上", {"横道河子镇"}, set()),
    ("淮南.txt", "深化市企合作，高标准推进西部采煤沉陷区二期、新庄孜采煤沉陷区治理等工程", {"新庄孜街道"}, set()),
    # 镇江关 is 松潘's township, not 镇江 + 关.
    ("阿坝.txt", "川青铁路（镇江关至青白江段）开通运营，公铁联运接驳体系高效投运", {"镇江关镇"}, {"镇江市"}),
])
def test_townships_long_short_forms_alone(file_name, sentence, expected, absent):
    found = _regions(file_name, sentence)
    assert expected <= set(found)
    assert not (absent & set(found))


@pytest.mark.parametrize("file_name, sentence, absent", [
    # Named for the lake it lies by: alone, 黄盖湖 is the lake.
    ("咸宁.txt", "推进斧头湖清淤试点，持续推动西凉湖、黄盖湖等水体水环境质量改善", {"黄盖湖镇"}),
    # In quotes: a song (刘三姐歌谣), not 宜州's 刘三姐镇.
    ("河池.txt", "积极参与2024年维也纳联合国中文日活动，让“刘三姐歌谣”走进世界音乐之都", {"刘三姐镇"}),
    # A festival of the legend's culture, not the township (河池).
    ("河池.txt", "办好第二十二届河池铜鼓山歌艺术节、第十五届刘三姐文化旅游节", {"刘三姐镇"}),
    # 未来乡 + 村 is 未来乡村 (a future village), after a township.
    ("衢州.txt", "龙游大南门历史文化街区、江山廿八都未来乡村、开化不夜城接连开街开市", {"未来乡", "未来乡村"}),
])
def test_townships_long_short_forms_not_taken(file_name, sentence, absent):
    assert not (absent & set(_regions(file_name, sentence)))


def test_township_carries_its_code_and_county():
    found = _regions("黄石.txt", "支持陈贵、灵乡、富池等经济强镇做强产业")
    assert found["陈贵镇"]["level"] == "township"
    assert found["陈贵镇"]["parent"] == "大冶市"
    assert found["富池镇"]["parent"] == "阳新县"
    assert found["陈贵镇"]["adcode"].startswith("420281")  # 大冶市's code
    assert len(found["陈贵镇"]["adcode"]) == 9


def test_townships_of_a_city_without_counties_and_of_a_municipality():
    regions = entries_by_name()
    zhongshan = {t.name: t for t in townships_of(regions[("Region", "中山市")])}
    assert {"小榄镇", "三乡镇", "古镇镇"} <= set(zhongshan)
    assert zhongshan["小榄镇"].county == "中山市"
    assert zhongshan["古镇镇"].short == ""  # an ordinary word in city reports
    chongqing = {t.name for t in townships_of(regions[("Region", "重庆市")])}
    assert "双槐镇" in chongqing and "小榄镇" not in chongqing


def test_township_table_belongs_to_known_counties():
    counties = {row["adcode"] for row in read_lexicon("regions") if row.get("adcode") and not row.get("historical")}
    rows = read_townships()
    assert len(rows) > 38000
    assert all(len(code) == 9 and code[:6] in counties for code, _, _ in rows)
    assert all(not short or name.startswith(short) for _, name, short in rows)


@pytest.mark.parametrize("file_name, sentence, expected", [
    # A village right after a township the table knows (黄山, 梧州).
    ("黄山.txt", "耿城镇沟村等5个村入选首批省级美丽宜居村庄，谭家桥镇东黄山村等3个村列入第六批中国传统村落名录",
     {"谭家桥镇", "东黄山村"}),
    ("梧州.txt", "岑溪市糯垌镇绿云村入选全国乡村治理示范村镇，糯垌镇古河村获评全国“一村一品”示范村", {"绿云村", "古河村"}),
])
def test_villages_after_a_known_township(file_name, sentence, expected):
    assert expected <= set(_regions(file_name, sentence))


def test_a_township_that_applies_to_be_a_zone_is_not_the_zone():
    found = set(_regions("中山.txt", "推动小榄镇创建省级高新技术开发区、板芙镇创建省级经济开发区"))
    assert {"小榄镇", "板芙镇"} <= found
    assert not any("创建" in name for name in found)


# An ethnic township's full name is a name (梧州, 郴州, 雅安); 民族乡 alone is the kind (百色, 贺州).
@pytest.mark.parametrize("file_name, sentence, expected", [
    ("梧州.txt", "办好蒙山县长坪瑶族乡40周年乡庆", {"长坪瑶族乡"}),
    ("郴州.txt", "宜章莽山瑶族乡获评第十一批全国民族团结进步示范乡镇，是我市乡镇首次获此国家级荣誉", {"莽山瑶族乡"}),
    ("雅安.txt", "美罗镇、硗碛藏族乡被认定为首批国家农业产业强镇", {"美罗镇", "硗碛藏族乡"}),
    ("百色.txt", "举办好民族乡乡庆活动", set()),
    ("贺州.txt", "大力支持自治县、民族乡和少数民族聚居村基础", set()),
])
def test_ethnic_townships_by_their_full_names(file_name, sentence, expected):
    found = {name for name, attrs in _regions(file_name, sentence).items() if attrs.get("level") == "township"}
    assert found == expected


@pytest.mark.parametrize("file_name, sentence, expected", [
    # Right after its own county, a two-character short form is the township (承德, 德州).
    ("承德.txt", "以隆化县茅荆坝、兴隆县半壁山等镇为", {"兴隆县", "半壁山镇"}),
    ("咸宁.txt", "崇阳县白霓古堰入选世界灌溉工程遗产名录。", {"崇阳县", "白霓镇"}),
])
def test_township_after_its_own_county(file_name, sentence, expected):
    assert expected <= set(_regions(file_name, sentence))


@pytest.mark.parametrize("file_name, sentence, expected", [
    # Alone in its clause, a short form LAC reads as a place (宜昌, 淮北).
    ("宜昌.txt", "规划建设太平溪国际生态旅游岛。", {"太平溪镇"}),
    ("淮北.txt", "坚持把徐淮结对合作作为融入长三角一体化的主抓手，制定段园新型功能区高质量发展三年行动方案，"
     "设立段园新型功能区发展服务中心，徐淮产业合作园区加快推进。", {"段园镇"}),
])
def test_township_short_form_the_tagger_reads_as_a_place(file_name, sentence, expected):
    assert expected <= set(_regions(file_name, sentence))


@pytest.mark.parametrize("file_name, sentence, absent", [
    # A flyover or a toll station named after the township (黄石, 防城港).
    ("黄石.txt", "武阳高速提前9个月建成通车，大广高速新增东方山互通、机场高速二期顺利推进", {"东方山街道"}),
    ("防城港.txt", "东兴至凭祥等高速公路以及长坜立交桥、茅岭收费站等建设", {"茅岭镇"}),
    # A word (花城, 广州's byname) and a part of another place's name (首都 of 首都机场).
    ("广州.txt", "打造岭南书院、花城书房等一批公共文化共同体", {"花城街道"}),
    ("北京.txt", "完善大兴国际机场临空经济区体制机制，促进首都机场临空经济区转型升级", {"首都机场街道"}),
])
def test_township_short_form_not_vouched_by_the_tagger(file_name, sentence, absent):
    assert not (absent & set(_regions(file_name, sentence)))
