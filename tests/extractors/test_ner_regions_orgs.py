"""Regions and organisations: abbreviations in context, document region, expansion."""
from __future__ import annotations

import pytest

from extractors.ner import extract_entities
from tests.extractors.test_ner_helpers import make_part

CHONGQING = "重庆市人民政府"
ANHUI = "安徽省人民政府办公厅"


def mentions(text: str, issuer: str = CHONGQING, kind: str | None = None) -> list:
    return [m for m in extract_entities(make_part(text, issuer)) if kind is None or m.type == kind]


@pytest.mark.parametrize("sentence, surface", [
    ("绘制海外人才地图，促进人才供需对接，完善外国人来渝工作管理服务体系。", "渝"),
    ("为深入贯彻习近平总书记关于推动成渝地区双城经济圈建设系列重要指示精神，结合我市实际，制定本行动方案。", "我市"),
    ("梯次推动主城新区与中心城区功能互补和同城化发展，畅通璧山、江津、长寿、南川联系中心城区通道。", "长寿"),
])
def test_ner_regions_resolve_to_document_region(sentence, surface):
    found = {m.surface: m for m in mentions(sentence, kind="Region")}
    assert surface in found
    expected = "重庆市" if surface in {"渝", "我市"} else "长寿区"
    assert found[surface].name == expected


def test_ner_regions_region_attrs_are_sorted_with_adcode():
    found = {m.name: m for m in mentions("完善外国人来渝工作管理服务体系。", kind="Region")}
    attrs = dict(found["重庆市"].attrs)
    assert attrs["adcode"] == "500000" and attrs["level"] == "province"
    assert [k for k, _ in found["重庆市"].attrs] == sorted(k for k, _ in found["重庆市"].attrs)


@pytest.mark.parametrize("sentence, absent_surface", [
    ("渝府发〔2023〕8号", "渝"),  # a document number, not a place
    ("加快广阳岛片区长江经济带绿色发展示范建设，推动万州等渝东北三峡库区城镇群城市积极探索三峡绿色发展新模式。", "渝"),
    ("深化重大理论问题研究", "长寿"),
    # a one-character name after 在 that begins a word (英雄, 沈阳's report)
    ("以最高礼遇迎回第十批在韩志愿军烈士遗骸，红色基因在英雄城市赓续传承。", "英"),
])
def test_ner_regions_abbreviation_only_in_safe_context(sentence, absent_surface):
    assert absent_surface not in {m.surface for m in mentions(sentence, kind="Region")}


def test_ner_regions_longest_name_wins_over_abbreviation():
    sentence = "加快广阳岛片区长江经济带绿色发展示范建设，推动万州等渝东北三峡库区城镇群城市积极探索三峡绿色发展新模式。"
    names = {m.name for m in mentions(sentence, kind="Region")}
    assert any(name.startswith("渝东北") for name in names)
    assert "重庆市" not in names


def test_ner_regions_county_short_name_needs_its_province():
    # 长寿 is 重庆's 长寿区 in a 重庆 document, an ordinary word elsewhere.
    sentence = "畅通璧山、江津、长寿、南川联系中心城区通道。"
    assert "长寿区" in {m.name for m in mentions(sentence, CHONGQING, "Region")}
    assert "长寿区" not in {m.name for m in mentions(sentence, "北京市人民政府", "Region")}


@pytest.mark.parametrize("sentence, issuer, surface, name", [
    ("市发展改革委要发挥牵头抓总作用，每半年滚动更新、迭代升级年度重大项目。", CHONGQING, "市发展改革委",
     "重庆市发展和改革委员会"),
    ("关单位要认真贯彻市委、市政府安排部署。", CHONGQING, "市政府", "重庆市人民政府"),
    ("（责任单位：省经济和信息化厅、省财政厅）", ANHUI, "省经济和信息化厅", "安徽省经济和信息化厅"),
    ("（责任单位：省经济和信息化厅、省通信管理局、省财政厅）", ANHUI, "省通信管理局", "安徽省通信管理局"),
    # deputies name their congress (池州's 2024 work report)
    ("提请审议地方性法规2件，办理市人大代表议案建议125件、市政协委员提案163件。", "池州市人民政府", "市人大",
     "池州市人民代表大会"),
    ("4.教育部办公厅关于印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知", "", "教育部办公厅", "教育部办公厅"),
    ("请各二级党组织认真组织教职工参加学习，并将本单位组织学习情况记录在《重庆城市管理职业学院教职工政治理论学习记录本》上。",
     "", "重庆城市管理职业学院", "重庆城市管理职业学院"),
])
def test_ner_orgs_region_and_suffix_expanded_with_document_region(sentence, issuer, surface, name):
    found = {m.surface: m for m in mentions(sentence, issuer, "Organization")}
    assert surface in found
    assert found[surface].name == name


@pytest.mark.parametrize("sentence", [
    "优化中心城区功能布局，推进产业基础高级化。",
    "服务长江经济带绿色发展大局。",
])
def test_ner_orgs_prose_is_no_organisation(sentence):
    assert mentions(sentence, kind="Organization") == []
