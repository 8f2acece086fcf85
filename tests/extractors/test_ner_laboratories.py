"""Key laboratories named by their field (extractors/ner/laboratories.py).

Every sentence is real text from the 2024 municipal work reports (cities-2024; none of the
blind sets).
"""
from __future__ import annotations

import pytest

from extractors.ner.laboratories import field_laboratories
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context


def _orgs(file_name: str, sentence: str) -> set[str]:
    context = document_context("", "", "", file_name)
    return {e.name for e in run_pipeline(sentence, context) if e.type == "Organization"}


@pytest.mark.parametrize("file_name, sentence, laboratory", [
    ("蚌埠.txt", "新增微纳机电系统重点实验室等省以上研发平台14家", "微纳机电系统重点实验室"),
    # the fields joined by 与 are one name, not cut at the conjunction
    ("淮南.txt", "淮河能源集团与安徽理工大学共建深部煤炭安全开采与环境保护全国重点实验室获批建设",
     "深部煤炭安全开采与环境保护全国重点实验室"),
    # a quoted field keeps its quotes; a quoted label before the platform's kind does not open the name
    ("聊城.txt", "深化与聊城大学合作，推动“大分子药物与规模化制备”全国重点实验室成果在聊转化",
     "“大分子药物与规模化制备”全国重点实验室"),
    ("湖州.txt", "首个“国字号”科研平台工业控制技术全国重点实验室落地运营，浙大湖州研究院、电子科大长三角研究院入选省级新型研发机构",
     "工业控制技术全国重点实验室"),
])
def test_laboratory_named_by_its_field(file_name, sentence, laboratory):
    assert laboratory in _orgs(file_name, sentence)


@pytest.mark.parametrize("sentence", [
    # counted or ranked kinds of laboratories, no one laboratory
    "先进医用材料与医疗器械等10个全国重点实验室获批建设",
    "新增市级以上企业研发机构超500家、布局建设企业主导牵头的市级重点实验室10家以上",
])
def test_no_laboratory_where_a_count_or_a_kind_stands_before_the_rank(sentence):
    assert field_laboratories(sentence) == []
