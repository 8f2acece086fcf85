"""A known firm's subsidiary named by the parent's short form and a trade name of its own
(extractors/ner/org_rules.py, ``_own_trade_name_end``), or by its province and the parent's
short form, or by its name and the place in brackets (extractors/ner/subsidiaries.py).

Every sentence is real text from the 2024 municipal work reports (cities-2024, none of the
blind ones) or the development sets (tests/data/heldout, heldout5); the hard negatives are
a plant named by its site, a product after a firm, and a product after a firm's trade word.
"""
from __future__ import annotations

import pytest

from corpus.normalize import normalize
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context


def _orgs(file_name: str, sentence: str) -> set[str]:
    context = document_context("", "", "", file_name)
    # (the pipeline reads a part's normalised text, full-width brackets made half-width)
    return {e.name for e in run_pipeline(normalize(sentence), context) if e.type == "Organization"}


@pytest.mark.parametrize("file_name, sentence, expected, parent", [
    ("马鞍山.txt", "先进结构材料产业集群产值达1754亿元，马钢新特钢一期、宝武特冶马鞍山基地一期等投产;"
                   "汽车产业增加值增长近1倍，汉马科技新能源重卡市场占有率居国内同行业前列。",
     "宝武特冶", "中国宝武钢铁集团有限公司"),
    ("长沙.txt", "中伟先进功能型材料产业园、金凯循环、华实半导体新材料、广汽埃安、柏奥特克等一批重大项目落地开工；",
     "广汽埃安", "广州汽车工业集团有限公司"),
])
def test_subsidiary_named_by_parent_and_own_trade_name(file_name, sentence, expected, parent):
    found = _orgs(file_name, sentence)
    assert expected in found
    assert parent in found  # the parent inside stays a mention of its own (nested), as 临沂大学 in 临沂大学医学院


@pytest.mark.parametrize("file_name, sentence, absent", [
    # A power plant named by its site (芒来), not a subsidiary.
    ("锡林郭勒.txt", "推动国电投白音华坑口电厂实现双投，江苏能源乌拉盖电厂具备并网调试条件，江苏能源白音华、"
                     "中煤芒来两个电厂完成基础工程，全盟火电总装机规模达到1700万千瓦。", "中煤芒来"),
    # The product after the firm begins with a number (六氟磷酸锂).
    ("阳泉.txt", "多氟多六氟磷酸锂一期、华瑞纳米超净滤材、康搏特钨钼合金等一批项目竣工投产，华储光电、兆丰铝电生产稳步提升。",
     "多氟多六氟"),
])
def test_no_subsidiary_where_a_site_or_a_product_follows(file_name, sentence, absent):
    assert absent not in _orgs(file_name, sentence)


@pytest.mark.parametrize("file_name, sentence, expected, parent", [
    ("永州.txt", "生猪产能稳居全省首位，湖南温氏产值突破50亿元。", "湖南温氏", "广东温氏食品集团股份有限公司"),
    ("宜春.txt", "引导企业举办、参加国际国内大型展销活动，支持宜春时代、江西国轩、永兴新能源、九岭锂业等企业提升市场地位、增强竞争力；",
     "江西国轩", "国轩高科股份有限公司"),
])
def test_subsidiary_named_by_its_province_and_parents_short_form(file_name, sentence, expected, parent):
    found = _orgs(file_name, sentence)
    assert expected in found
    assert parent not in found  # the province's company, not the group, is what the report speaks of


def test_a_county_before_a_groups_short_form_is_where_its_project_stands():
    # 宁安 and 东宁 are counties of 牡丹江: the wind farms are 华电's and 哈电's projects there.
    found = _orgs("牡丹江.txt", "宁安华电、东宁哈电、林口奥丰3个风电项目开工建设。")
    assert {"中国华电集团有限公司", "哈尔滨电气集团有限公司"} <= found
    assert not found & {"宁安华电", "东宁哈电"}


def test_firms_company_named_with_its_place_in_brackets():
    found = _orgs("鄂州.txt", "长江存储、联想（武汉）、华星光电等11家重点企业通过机场开展外贸业务")
    assert "联想(武汉)" in found  # (names are normalised: half-width brackets)
    assert "联想集团有限公司" not in found


def test_firm_and_place_in_brackets_in_a_clause_about_projects_is_the_firms_project():
    found = _orgs("宜春.txt", "加强项目引进和企业培育，抓好江西国轩二期、升华新材料、赣锋锂业（丰城）、宜源新能源等项目的竣工投产")
    assert not any(name.startswith("赣锋锂业(") for name in found)
