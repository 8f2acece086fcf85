"""Persons: titles, padded names, 同志, and whose 总书记 a bare 总书记 is."""
from __future__ import annotations

import pytest

from extractors.ner import extract_entities
from tests.extractors.test_ner_helpers import make_part


def persons(text: str, issuer: str = "") -> list:
    return [m for m in extract_entities(make_part(text, issuer)) if m.type == "Person"]


@pytest.mark.parametrize("line, name, surface, title", [
    ("　　罗　平 省科技厅厅长", "罗平", "罗　平", "省科技厅厅长"),
    ("　　组　长：王清宪 省长", "王清宪", "王清宪", "省长"),
    ("　　徐　建 省人力资源和社会保障厅厅长", "徐建", "徐　建", "省人力资源和社会保障厅厅长"),
    ("　　王均坦 人行合肥中心支行行长", "王均坦", "王均坦", "人行合肥中心支行行长"),
])
def test_ner_persons_roster_line_with_padded_name(line, name, surface, title):
    found = persons(line, issuer="安徽省人民政府办公厅")
    assert [(m.name, m.surface, m.title) for m in found] == [(name, surface, title)]


@pytest.mark.parametrize("sentence, name, title_part", [
    ("中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话。", "习近平", "中央军委主席"),
    ("李强作总结讲话，对贯彻落实习近平总书记重要讲话精神、做好明年经济工作提出要求。", "习近平", "总书记"),
])
def test_ner_persons_title_written_with_name(sentence, name, title_part):
    found = {m.name: m for m in persons(sentence)}
    assert name in found
    assert title_part in found[name].title


@pytest.mark.parametrize("sentence, expected", [
    ("以习近平同志为核心的党中央团结带领全党全国各族人民，顶住外部压力、克服内部困难。", {"习近平"}),
    ("毛泽东同志指出：“我们办党校，就是要使我们同志的政治水平和理论水平提高一步，使我们党更加统一。", {"毛泽东"}),
    ("成立由我担任组长，李克强同志、张高丽同志担任副组长，有关部门和地方负责同志参加的文件起草组。", {"李克强", "张高丽"}),
])
def test_ner_persons_strip_tongzhi(sentence, expected):
    found = persons(sentence)
    assert {m.name for m in found} == expected
    assert all(not m.surface.endswith("同志") for m in found)


def test_ner_persons_bare_general_secretary_resolves_to_named_holder():
    text = ("习近平在参加首都义务植树活动时强调 掀起造林绿化热潮\n"
            "他说，这是我担任党的总书记以来第十一次参加植树活动，算上到中央工作以来参加的次数，已经十六次了。")
    found = persons(text)
    bare = [m for m in found if m.surface == "总书记"]
    assert [m.name for m in bare] == ["习近平"]


def test_ner_persons_bare_general_secretary_without_holder_is_not_guessed():
    text = "他说，这是我担任党的总书记以来第十一次参加植树活动，算上到中央工作以来参加的次数，已经十六次了。"
    assert persons(text) == []


def test_ner_persons_foreign_general_secretary_is_not_xi():
    text = ("今年，我同阮富仲总书记密切互动，共同从战略高度和长远角度擘画新时代中越关系蓝图，"
            "推动中越关系确立新定位、迈入新阶段。")
    found = persons(text)
    assert "阮富仲" in {m.name for m in found}
    assert "习近平" not in {m.name for m in found}


def test_ner_persons_foreign_holder_blocks_bare_title_after_it():
    text = ("中共中央总书记、国家主席习近平乘专机抵达河内，应越南共产党中央委员会总书记阮富仲、"
            "越南社会主义共和国主席武文赏邀请，对越南进行国事访问。今年，我同阮富仲总书记密切互动。"
            "总书记表示，双方要加强合作。")
    found = persons(text)
    assert {"习近平", "阮富仲", "武文赏"} <= {m.name for m in found}
    assert all(m.name != "习近平" for m in found if m.surface == "总书记")


@pytest.mark.parametrize("sentence", [
    "他说，这是我担任党的总书记以来第十一次参加植树活动。",  # title without a name
    "报》发表的署名文章，相信习总书记此访将把两国友好推向新高度。",  # 相信习 is no name
    "弘扬雷厉风行、真抓实干的作风。",  # LAC reads 雷厉 as a name
])
def test_ner_persons_no_false_names(sentence):
    assert all(m.name not in {"相信习", "雷厉"} for m in persons(sentence))
    assert all(m.surface != "总书记" for m in persons(sentence))


@pytest.mark.parametrize("sentence", [
    # lists of nouns from the Beijing work report: the list cue sends them to the tagger
    "支持美食、时尚、会展、演出、冰雪和美丽健康等服务消费发展，完善体育场馆、博物馆等周边消费配套设施。",
    "推动新能源汽车产业高质量发展，积极布局电机、电池、电控、车规级芯片等关键零部件产业链。",
    "加强能源、通信、环卫、应急等村镇基础设施建设，优化灾区教育、医疗、养老等公共服务布局。",
])
def test_ner_persons_list_of_nouns_is_no_list_of_names(sentence):
    assert persons(sentence) == []


def test_ner_persons_list_of_leaders_is_found():
    sentence = "党和国家领导人习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等集体乘车，冒雨来到北京市朝阳区东坝乡。"
    assert {m.name for m in persons(sentence)} == {"习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正"}
