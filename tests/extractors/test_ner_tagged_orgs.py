"""Organisations only the statistical tagger finds: LAC's ORG spans in the clause before
an uncovered head, kept when they end in an institution's head or a firm's trade word and
are no kind, facility, rank or phrase (extractors/ner/tagged_orgs.py).

Every sentence is real text from the 2024 municipal work reports (cities-2024, none of the
blind ones) or the development sets (tests/data/heldout*); the hard negatives are kinds of
body (国家实验室, 社区医院), a centre that is a city's rank (国际航运中心), a sentence the
tagger glues into one name (永州四中对口帮扶道县一中), a verb taken into the name and a
branch glued to its known parent.
"""
from __future__ import annotations

import pytest

from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context
from extractors.ner.tagged_orgs import is_kind, is_tagged_org, org_windows


def _entities(file_name: str, sentence: str) -> list:
    return run_pipeline(sentence, document_context("", "", "", file_name))


def _orgs(file_name: str, sentence: str) -> set[str]:
    return {e.name for e in _entities(file_name, sentence) if e.type == "Organization"}


@pytest.mark.parametrize("file_name, sentence, expected", [
    # schools and a plant of one city (乐山, 永州, 牡丹江)
    ("乐山.txt", "制定普通高中高质量发展、小凉山—乌蒙山片区教育振兴等攻坚计划，乐山一职中新校区、峨眉二中改扩建等项目竣工，"
                 "全市新增公办学位7240个、学前教育普惠性学位3619个。", "峨眉二中"),
    ("永州.txt", "实施零陵卷烟厂技改扩能。", "零陵卷烟厂"),
    ("牡丹江.txt", "推进学前教育普及普惠安全优质发展、义务教育优质均衡发展和城乡一体化发展，江南实验学校分校投入使用。",
     "江南实验学校"),
    # a person's name inside the body's name does not veto it (泰州)
    ("泰州.txt", "成立梅兰芳艺术中心、京剧团，坡子街文化现象成为群众文化新名片。", "梅兰芳艺术中心"),
    # colleges and firms of the non-blind reports (南充, 宜春, 攀枝花, 内江, 厦门)
    ("南充.txt", "新一轮市校合作扎实推进，川北医学院整体迁建项目开工建设。", "川北医学院"),
    ("宜春.txt", "公共服务领域，加快推进南昌大学第一附属医院健康城、洪州职业学院二期等项目。", "洪州职业学院"),
    ("攀枝花.txt", "编制实施全国首个钒电池储能产业发展规划，钒融科技2000立方米钒电解液生产线竣工投产。", "钒融科技"),
    ("内江.txt", "新增5A级、4A级物流企业各1户，通宇物流入围“2023年中国民营物流企业50强”。", "通宇物流"),
    ("厦门.txt", "中国制造“隐形冠军”企业21家，海辰储能成为我市首家独角兽企业。", "海辰储能"),
])
def test_a_body_only_the_tagger_knows_is_found(file_name, sentence, expected):
    assert expected in _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, not_expected", [
    # kinds of body, and a centre that is the city's rank, not a body (上海, 天津)
    ("上海.txt", "国际科创中心策源功能加快凸显，上海光源二期、活细胞成像线站建成运行，"
                 "在沪国家实验室及基地服务保障机制进一步完善。", {"沪国家实验室", "国家实验室", "国际科创中心"}),
    ("上海.txt", "国际航运中心枢纽地位日益巩固，小洋山北作业区、东方枢纽上海东站开工建设。", {"国际航运中心"}),
    ("天津.txt", "加快市人民医院、环湖医院、第三中心医院等改扩建，推进社区医院建设，建立健全乡村医疗卫生体系。", {"社区医院"}),
    # the tagger reads a whole clause as one name (永州)
    ("永州.txt", "以优质示范校为龙头，扎实推进集团化办学，确保永州一中对口帮扶宁远一中、永州四中对口帮扶道县一中取得实效。",
     {"永州四中对口帮扶道县一中"}),
    # 办 that ends a verb of hosting (协办) names no office (金华, development set 27).
    ("金华.txt", "（七）聚力兴城办盛会，亚运协办顺利圆满", {"亚运协办"}),
    # all levels of schooling, no school (马鞍山, development set 5)
    ("马鞍山.txt", "深化大中小学思政教育一体化共同体建设", {"大中小学"}),
])
def test_a_kind_a_rank_or_a_phrase_is_no_body(file_name, sentence, not_expected):
    assert not (_orgs(file_name, sentence) & not_expected)


def test_a_branch_glued_to_a_known_parent_leaves_the_parent():
    # 临沂: 临沂大学 is found (a known university since ner@233) and stays; its college is the university's
    # unit by its field, as the development golds name such units (上海大学上海美术学院), not the tagger's guess.
    sentence = "开工临沂城市职业学院、临沂科技学院，启动临沂大学医学院建设，试点五年一贯制中职学校达到9家。"
    found = _orgs("临沂.txt", sentence)
    assert {"临沂大学", "临沂大学医学院", "临沂城市职业学院", "临沂科技学院"} <= found


def test_a_building_named_a_centre_is_no_body():
    # the seed notice (重庆): 陆海国际中心 is a complex of offices, as 德基世贸中心 in 南京's report
    assert not is_tagged_org("陆海国际中心")
    assert not is_tagged_org("德基世贸中心")
    assert is_tagged_org("梅兰芳艺术中心")


def test_a_verb_taken_into_the_name_is_refused():
    # 宁波: LAC reads 投用市疾病预防控制中心 as one name.
    assert not is_tagged_org("投用市疾病预防控制中心")
    assert is_tagged_org("市疾病预防控制中心")


@pytest.mark.parametrize("body, head, kind", [
    ("国家重点", "实验室", True),
    ("县级人民", "医院", True),
    ("技工教育", "集团", False),     # a group of firms is the city's own body
    ("市", "人民医院", False),        # a city's own hospital
    ("洪州职业", "学院", False),
    ("行政", "学院", True),
    ("市属", "医院", True),           # the city's hospitals as a kind, not its 市人民医院           # 市委党校（行政学院）: every Party school's second name
])
def test_is_kind(body, head, kind):
    assert is_kind(body, head) is kind


def test_trade_names_that_are_places_or_words_make_no_firm():
    assert is_tagged_org("吉晟生物")
    assert not is_tagged_org("中国科技")      # a place
    assert not is_tagged_org("集成科技")      # a word of the language (集成电路)


def test_the_tagger_reads_only_the_clauses_of_uncovered_heads():
    text = "实施零陵卷烟厂技改扩能。加强生态环境保护，推进美丽乡村建设。"
    windows = org_windows(text, [(0, 12), (12, len(text))], bytearray(len(text)))
    assert windows == [(0, 11)]
    covered = bytearray(len(text))
    covered[2:7] = b"\x01" * 5
    assert org_windows(text, [(0, 12), (12, len(text))], covered) == []


def test_a_word_ending_in_one_before_zhong_is_no_school():
    # 知行合一 + 中 (in), not a school numbered 一中 (聊城, development set 9).
    sentence = "扎实开展主题教育，在检视整改中“正风”，在知行合一中“促干”，一批发展所需、基层所盼、群众所急的问题得到有效解决。"
    assert not any("合一中" in name for name in _orgs("聊城.txt", sentence))
    assert is_tagged_org("宁远一中") and not is_tagged_org("知行合一中")
