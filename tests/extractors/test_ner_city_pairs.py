"""Cities named by one character beside the report's own before a word of working together
(extractors/ner/city_pairs.py).

Every sentence is real text from the 2024 municipal work reports (cities-2024; none of the
blind sets); the file name gives the report's own city, as it does in a run.
"""
from __future__ import annotations

import pytest

from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context


def _regions(file_name: str, sentence: str) -> set[str]:
    context = document_context("", "", "", file_name)
    return {e.name for e in run_pipeline(sentence, context) if e.type == "Region"}


@pytest.mark.parametrize("file_name, sentence, partners", [
    # a city of the same province by its first character
    ("岳阳.txt", "加快中非工贸产业园和科特迪瓦农产品加工厂项目建设。深化长岳协同发展，加快湖南工程机械配套产业园建设。",
     {"长沙市"}),
    # a run of four: 成都, 德阳, 眉山 and 资阳 itself
    ("资阳.txt", "成资临空经济产业带、成资协同开放走廊、成德眉资同城化综合试验区等重大平台加快建设。",
     {"成都市", "德阳市", "眉山市"}),
    # short forms that are not first characters: 宁 is 南京 in Jiangsu, 甬 is 宁波
    ("淮安.txt", "全方位多领域深化宁淮合作，高水平建设宁淮智能制造产业园。", {"南京市"}),
    ("丽水.txt", "实施革命老区甬丽对口合作项目56个，到位资金60.46亿元。", {"宁波市"}),
    # a province's short form before a word of cooperating
    ("沈阳.txt", "主动对接京津冀协同发展等国家战略，新签约京沈对口合作项目60个。", {"北京市"}),
])
def test_partner_named_by_one_character(file_name, sentence, partners):
    assert partners <= _regions(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, absent", [
    # 资金 is money, not 资阳 and 金华: no city far away by its first character, no province before 一体化
    ("金华.txt", "实施“十百千万”科创赋能工程，强化项目、人才、资金一体化配置，促进科创平台、高等院校、产业深度融合。",
     {"资阳市"}),
    # the city's own port, not 香港
    ("潍坊.txt", "推动综合保税区北区与潍坊港联动发展。", {"香港特别行政区"}),
    # Singapore and Nanjing, not 新疆
    ("南京.txt", "持续深化友城交往，完善新宁合作委员会、宁港经贸交流等合作机制。", {"新疆维吾尔自治区"}),
    # 资兴 and 桂阳 (or 桂东), counties of 郴州: neither 资阳 nor 广西
    ("郴州.txt", "继续实施“强中心城区”战略，加快郴资桂一体化发展。", {"资阳市", "广西壮族自治区"}),
])
def test_no_partner_where_the_run_is_a_word_a_name_or_the_citys_own_counties(file_name, sentence, absent):
    assert not absent & _regions(file_name, sentence)
