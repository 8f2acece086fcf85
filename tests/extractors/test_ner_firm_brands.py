"""Local firms by their trade name at the head of a project (extractors/ner/firm_brands.py).

Every sentence is real text from the 2024 municipal work reports (cities-2024, none of
the blind ones) or the development sets (tests/data/heldout2, heldout3); hard negatives sit
beside the positives: roads, bridges and places named like a firm.
"""
from __future__ import annotations

import pytest

from corpus.normalize import normalize

from extractors.ner.firm_brands import brand_firms, firm_brands
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context


def _orgs(file_name: str, sentence: str) -> set[str]:
    context = document_context("", "", "", file_name)
    return {e.name for e in run_pipeline(sentence, context) if e.type == "Organization"}


@pytest.mark.parametrize("file_name, sentence, expected", [
    # A list of projects after 确保: trade name + trade word, a joint venture of two names, a name alone.
    ("宜昌.txt", "确保三宁化工酰胺及尼龙新材料、邦普宜化配套原料及磷酸铁、邦普时代锂电新材料、兴瑞年产40万吨有机硅、"
                 "纬景储能等项目建成投产", {"三宁化工", "邦普宜化", "兴瑞"}),
    # A firm's suffix belongs to the name (锦富 + 集团).
    ("牡丹江.txt", "确保锦富集团氧化石墨烯产业基地、镈浩膨胀石墨深加工项目开工建设", {"锦富集团"}),
    # Items of a list of projects (北海, 济南).
    ("北海.txt", "东方希望光伏材料、新福兴、南玻、德金等项目加快建设", {"新福兴", "德金"}),
    ("济南.txt", "推进齐鲁制药生物药、宏济堂商河产业基地、科兴生物重组蛋白药物等项目建设", {"宏济堂"}),
])
def test_trade_names_at_the_head_of_projects(file_name, sentence, expected):
    assert expected <= _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, absent", [
    # Roads, bridges and places named like a firm, in the same lists of projects.
    ("黄石.txt", "实施磁湖大桥等重点项目28个，桂林南路立交、上窑高架桥、黄石大道", {"磁湖"}),
    ("郴州.txt", "莽山水库灌区工程、毛俊水库嘉禾灌区工程、香雪西路延伸段等重大基础设施项目", {"香雪"}),
    ("宜昌.txt", "力争东艳路过江通道、十宜高速兴山段开工", {"东艳"}),
    # The start of a place's name (苏尼特右旗) is no trade name.
    ("锡林郭勒.txt", "启动浑善达克沙地、苏尼特荒漠草原千万千瓦基地建设", {"苏尼特"}),
    # A field in a list of fields (the Xi speech sample), though 深空 is some firm's trade name.
    ("", "量子通信、智能制造和机器人、深空深海探测、重点新材料、脑科学、健康保障等领域再部署一批体现国家战略意图的"
         "重大科技项目", {"深空"}),
    # After a comma, a name without its trade word is not taken (霖润药辅 …).
    ("牡丹江.txt", "海林中药产业园加快建设，霖润药辅微晶纤维素、中穆沙棘冻干粉等项目投产运营", {"霖润"}),
])
def test_trade_names_not_taken(file_name, sentence, absent):
    assert not absent & _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, expected", [
    # The trade name of a firm the lexicon knows (索通发展) heads any item of a list of projects,
    # though its item (索通炭材料) has no word of a project of its own.
    ("宜昌.txt", "确保优利德、索通炭材料、法电优能储能等重点项目建成投产", {"索通"}),
    ("枣庄.txt", "加快丰元锂能、吉利极电、泉为异质结等项目建设", {"泉为"}),
])
def test_trade_names_of_known_firms_head_any_project(file_name, sentence, expected):
    assert expected <= _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, absent", [
    # A railway between two places (如皋-南通), a latitude, an institute's short form.
    ("苏州.txt", "加快推进如通苏湖城际铁路苏州至吴江段、苏州北站综合枢纽、苏州东站等开工建设", {"如通"}),
    ("绍兴.txt", "浙东运河博物馆、北纬30°展示馆、古城北入口等文化地标建成投用", {"北纬"}),
    ("长治.txt", "加快省级区域医疗中心、中医药传承创新发展示范试点、中研所附属医院新院区、公共卫生服务中心、"
                 "精神卫生中心等项目建设", {"中研"}),
])
def test_known_trade_names_not_taken_in_names_of_places_and_bodies(file_name, sentence, absent):
    assert not absent & _orgs(file_name, sentence)


def test_trade_name_needs_a_clause_about_projects():
    # The same list of firms in a clause about awards names no project: nothing from this rule.
    with_projects = brand_firms("推动南玻、德金、新福兴一期等项目早日投产", [])
    without = brand_firms("推动南玻、德金、新福兴获评先进", [])
    assert {"德金"} <= {"推动南玻、德金、新福兴一期等项目早日投产"[c.start:c.end] for c in with_projects}
    assert without == []


def test_trade_names_exclude_words_of_the_genre_and_places():
    brands = firm_brands()
    assert len(brands) > 200_000
    assert {"三宁", "邦普", "兴瑞", "德金"} <= brands
    # words of city reports, a place's start, names ending like a site
    assert not {"绿色", "太阳", "智慧", "苏尼特", "幕阜山", "红莲湖"} & brands


def test_trade_name_with_trade_word_and_its_product():
    # 景津 + 环保 + 装备: a known trade name makes 环保装备 the firm's product, not a kind (德州 dev set).
    found = _orgs("德州.txt", "华鲁恒升高端溶剂等项目竣工运行，景津环保装备、鸿泰鼎新材料等项目加快建设")
    assert "景津环保" in found


@pytest.mark.parametrize("file_name, sentence, expected", [
    # Trade words of metals and machining belong to the name (锂业, 钒钛, 锰业, 精密).
    ("宜宾.txt", "中材锂膜、昆仑电解液、伟能锂业等项目先后建成投产", {"伟能锂业"}),
    ("攀枝花.txt", "推动劲丰钒钛6000吨钒氮合金生产等10个重点项目竣工投产", {"劲丰钒钛"}),
    ("崇左.txt", "南国铜业、南方锰业获评为自治区第一批链主型龙头企业", {"南国铜业", "南方锰业"}),
    ("湖州.txt", "吉利高端乘用车、利羿精密等一批项目建成投产", {"利羿精密"}),
    # 新能源汽车 is the product, not the firm's trade word (屹丰, not 屹丰新能源).
    ("湖州.txt", "吉利高端乘用车、屹丰新能源汽车零部件等项目加快建设", {"屹丰"}),
    ("南京.txt", "中材锂膜、日立新能源汽车核心部件制造基地等一批重大产业项目建成投产", {"日立"}),
])
def test_trade_words_end_the_name(file_name, sentence, expected):
    assert expected <= _orgs(file_name, sentence)
    assert not {"屹丰新能源", "日立新能源"} & _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, expected", [
    # A firm named with its province or city, as firms register it (宜宾; 蚌埠, development set 26).
    ("宜宾.txt", "推动四川高测一期、四川中昱一期达产满产", {"四川高测", "四川中昱"}),
    ("蚌埠.txt", "竣工投产华彩电器、浙江景昇等项目，工业投资增长15%以上", {"华彩电器", "浙江景昇"}),
    # 建成投产 opens its firm's project as 建成 does (呼和浩特).
    ("呼和浩特.txt", "建成投产三联化工电石炉搬迁项目", {"三联化工"}),
])
def test_firms_with_their_home_and_after_going_into_production(file_name, sentence, expected):
    assert expected <= _orgs(file_name, normalize(sentence))


@pytest.mark.parametrize("file_name, sentence, absent", [
    # A park, a base or a cluster named after its place is no firm (河池, 桂林).
    ("河池.txt", "推进河池药融园二期三期建设，扩大道地中药材种植规模", {"河池药融"}),
    ("桂林.txt", "积极推进广西粉用稻米国家优势特色产业集群项目建设", {"广西粉用"}),
    # 开工建设 opens public works as often as firms' projects (深圳).
    ("深圳.txt", "开工建设深汕气象观测基地", {"深汕"}),
])
def test_places_named_parks_are_no_firms(file_name, sentence, absent):
    assert not absent & _orgs(file_name, normalize(sentence))


@pytest.mark.parametrize("file_name, sentence, expected", [
    # A trade name may end in 能, a word of capacity elsewhere (阳泉, development set 26).
    ("阳泉.txt", "推动钠离子电池相关标准制定，华钠芯能1GWh钠离子电池生产线达产达效", {"华钠芯能"}),
    # Two firms of one trade written once: the bare name opening the list is a firm too (阳泉).
    ("阳泉.txt", "推动煤炭产业绿色智能安全发展，加快西上庄煤矿建设进度，丰泰、坤宁煤业转入联合试运转，玉泉、同意煤业尽快投产达效",
     {"丰泰", "坤宁煤业"}),
    # A known trade name and a coined word that closes the item with it (郴州).
    ("郴州.txt", "百德金、康泽环保、华信稀贵等有色企业竣工投产，金贵银业重大资产重组事项顺利通过深交所重组委审核",
     {"华信稀贵"}),
])
def test_trade_names_closed_by_their_trade_or_a_coined_word(file_name, sentence, expected):
    assert expected <= _orgs(file_name, normalize(sentence))


def test_a_bridge_closing_an_item_is_no_firm():
    # 净瓶 is some firm's trade name; 净瓶山桥 is a bridge (桂林).
    assert not {"净瓶山桥", "净瓶"} & _orgs("桂林.txt", "建成净瓶山桥、漓东医疗中心片区路网等项目，加快沙塘大道二期等项目建设")


def test_two_trades_in_a_list_are_no_firms():
    # 烘焙 before 休闲食品 is a trade before a trade, not a firm before a firm (贵港, development set 15).
    assert not {"烘焙", "休闲食品"} & _orgs("贵港.txt", "提升农产品加工业，发展畜禽、富硒米、大豆、玉米、药材等精深加工，"
                                                       "发展预制菜、烘焙、休闲食品等产业")
