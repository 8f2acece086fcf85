"""Initiatives: quoted programmes, head nouns, plan titles, numbered actions."""
from __future__ import annotations

import pytest

from extractors.ner import extract_entities
from extractors.ner.initiative_rules import match_initiative_rules
from tests.extractors.test_ner_helpers import make_part


def initiatives(text: str) -> dict:
    return {m.name: m for m in extract_entities(make_part(text, "重庆市人民政府")) if m.type == "Initiative"}


@pytest.mark.parametrize("line, name", [
    ("（一）实施提升主城都市区极核引领行动。", "实施提升主城都市区极核引领行动"),
    ("（七）实施勇当内陆省份改革探路先锋行动。", "实施勇当内陆省份改革探路先锋行动"),
    ("（十）实施高品质生活惠民富民行动。", "实施高品质生活惠民富民行动"),
])
def test_ner_initiatives_numbered_action(line, name):
    assert name in initiatives(line)


@pytest.mark.parametrize("sentence, name", [
    ("实施高新技术企业和科技型企业“双倍增”行动，制定“双倍增”行动方案。", "“双倍增”行动"),
    ("推进“疆电入渝”工程，加快川渝特高压主网架建设。", "“疆电入渝”工程"),
    ("迭代升级“渝快办”政务服务平台。", "“渝快办”政务服务平台"),
    ("开展中小企业数字化转型专项行动。", "中小企业数字化转型专项行动"),
    ("深入实施乡村振兴战略。", "乡村振兴战略"),
])
def test_ner_initiatives_quoted_and_head_noun(sentence, name):
    assert name in initiatives(sentence)


def test_ner_initiatives_plan_title_carries_period():
    line = "5.重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知"
    found = initiatives(line)
    plan = [m for n, m in found.items() if n.startswith("重庆市推动成渝地区双城经济圈建设行动方案")]
    assert plan and dict(plan[0].attrs).get("period", "").replace("—", "-") == "2023-2027"


@pytest.mark.parametrize("sentence", [
    "号召大家都行动起来。",
    "保证大赛公平公正。",
    "成为全党整风运动的“大本营”，集中各根据地及各方面的大批领导骨干。",
])
def test_ner_initiatives_prose_is_no_initiative(sentence):
    norm = sentence.replace("，", ",").replace("（", "(").replace("）", ")")
    spans = {norm[c.start:c.end] for c in match_initiative_rules(norm)}
    assert not spans & {"大家都行动", "保证大赛", "大赛", "“大本营”"}
