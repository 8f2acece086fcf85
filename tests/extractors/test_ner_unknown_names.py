"""Local firms no list knows: a trade name whose characters begin no word, at the head of a
project (extractors/ner/unknown_names.py, taken by extractors/ner/firm_brands.py).

Every sentence is real text from the 2024 municipal work reports (cities-2024, none of the
blind ones), the development sets (tests/data/heldout, tests/data/heldout2) or the samples; the hard
negatives beside the positives are lists of roads, lines, townships, products and scopes.
"""
from __future__ import annotations

import pytest

from extractors.ner.firm_brands import firm_brands
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context
from extractors.ner.unknown_names import unknown_name_at, words


def _orgs(file_name: str, sentence: str) -> set[str]:
    context = document_context("", "", "", file_name)
    return {e.name for e in run_pipeline(sentence, context) if e.type == "Organization"}


def test_the_word_list_holds_words_of_the_language_and_of_the_genre_but_no_trade_names():
    vocabulary = words()
    # jieba's words, and the genre's own that its 2020 dictionary lacks (counted over the reports).
    assert all(word in vocabulary for word in ("铝合金", "亚麻", "人造", "储能"))
    assert all(word in vocabulary for word in ("文旅", "稳慎", "号线"))
    # Coined trade names of single firms are no words.
    assert not any(name in vocabulary for name in ("保硕", "新东茂", "圣钒", "昊朔"))
    assert len(vocabulary) > 300_000


@pytest.mark.parametrize("text, start, expected", [
    ("保硕铝合金", 0, "保硕"),             # the product begins a word
    ("圣钒四期等项目", 0, "圣钒"),
    ("和威讯、恒芯电子等做强做优", 1, "威讯"),  # a bare item closed by 、
    ("地铁3号线一期", 3, ""),               # run into a number: a line's name
    ("稳慎推进农村宅基地制度改革", 0, ""),    # a word of the genre
    ("绿色无氟天然石墨", 0, ""),            # a word of the language
    ("新东茂亚麻", 0, ""),                  # 新东 begins a word: not a coined name
])
def test_unknown_name_at(text, start, expected):
    assert unknown_name_at(text, start) == expected


@pytest.mark.parametrize("file_name, sentence, expected", [
    # Coined trade names at the head of their products in lists of projects, in no list of firms.
    ("锡林郭勒.txt", "推动国电投高精铝板带、保硕铝合金、诺金碳素石墨电极、唐合人造金刚石及有色金属采选等企业满负荷生产",
     {"保硕"}),
    ("呼和浩特.txt", "鑫华1万吨电子级多晶硅、中锂三期、圣钒四期等项目主体完工", {"圣钒"}),
    ("十堰.txt", "远景动力一期、昊朔二期、宏迈高科一期等建成投产", {"昊朔"}),
    ("吉安.txt", "矿业公司成功组建，鲁丽木业、华昊锂能等重大项目建成投产", {"鲁丽木业"}),
])
def test_unknown_trade_names_at_the_head_of_projects(file_name, sentence, expected):
    assert not expected & firm_brands()  # the registered trade names do not know them
    assert expected <= _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, absent", [
    # Expressways named by two places' first characters, in a list that ends as one of roads.
    ("宣城.txt", "加快推进长高、泾青、宁旌等7个高速公路续建项目建设", {"泾青", "宁旌"}),
    ("随州.txt", "有序开展随中、随南、随东三大灌区等重大项目前期工作", {"随南", "随东"}),
    # A township after its county (利辛县板集电厂) and a county's product (沾化冬枣).
    ("亳州.txt", "建成投运古井集团酿酒生产智能化改造、利辛县板集电厂二期、亳芜现代产业园区新能源汽车零部件产业园等重点项目",
     {"板集", "亳芜"}),
    ("滨州.txt", "滨城优质小麦、沾化冬枣、阳信肉牛入围国家现代农业全产业链标准化示范基地", {"冬枣"}),
    # Scopes: 涉侨项目, 全疆首家.
    ("丽水.txt", "新引进涉侨项目30个、投资总额121.77亿元", {"涉侨"}),
    ("乌鲁木齐.txt", "全疆首家5G工业物联网产业园、云计算中心二期等项目投运", {"全疆"}),
    # A gorge that names a gas store (the Chongqing notice among the samples).
    ("seed_2023_04_study_notice_chongqing.txt", "构建灵活高效的能源储备调峰体系，建成綦江蟠龙、云阳建全抽水蓄能电站，"
     "铜锣峡、黄草峡储气库以及中航油西南战略储运基地", {"黄草峡", "铜锣峡"}),
    # A metro line's number.
    ("上海.txt", "开工建设20号线一期东段、上海示范区线东延伸等轨道交通线", {"号线"}),
])
def test_unknown_names_not_taken_for_roads_places_products_and_scopes(file_name, sentence, absent):
    assert not absent & _orgs(file_name, sentence)
