"""Cross-document resolution on real sentences of the sample corpus."""
from __future__ import annotations

import json

import pytest

from corpus.document import PartInfo, PartMeta
from extractors.records import Mention, Provenance, Relation, Target
from graph.build import build_graph
from graph.resolve import jurisdiction, match_key, resolve_records

SEED, NEWS, ANHUI = "6659f10bb2edbc89", "1111111111111111", "2222222222222222"
# seed, 附件5 (Chongqing plan) and 附件2 (tree planting); the CEWC bulletin; Anhui's roster
STUDY = "为深入贯彻习近平总书记关于推动成渝地区双城经济圈建设系列重要指示精神"
CIRCLE = "营造唱好“双城记”、共建经济圈的浓厚氛围"
CORE = "实施城市更新提升行动，深化中心城区强核提能级行动"
RAIL = "渝湘高铁重庆中心城区至黔江段等项目建成投用"
TREE = "中共中央总书记、国家主席、中央军委主席习近平4日上午在参加首都义务植树活动时强调"
CEWC = "中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话"
ROSTER = "李　中 省国资委主任"
POLITBURO = "中共中央政治局委员、外交部部长王毅"
# The same news sentence naming the Anhui official instead: two people, one name, two jurisdictions.
NAMESAKE = POLITBURO.replace("王毅", "李中")


def prov(doc: str, sentence: str, surface: str, part: int = 0, extractor: str = "ner@1") -> Provenance:
    at = sentence.index(surface)
    return Provenance(doc, part, at, at + len(surface), sentence, extractor, 0.9)


def mention(doc: str, kind: str, name: str, surface: str, sentence: str, **extra) -> Mention:
    return Mention(kind, name, surface, prov(doc, sentence, surface), **extra)


def title(doc: str, person: str, org: str, full_title: str, sentence: str, surface: str) -> Relation:
    return Relation("HOLDS_TITLE", "Person", person, "Organization", org,
                    prov(doc, sentence, surface, extractor="relations@1"),
                    attrs=(("full_title", full_title), ("title", full_title[-2:])))


@pytest.mark.parametrize("a, b", [
    ("全国职业院校技能大赛执行规划（2023—2027年）", "全国职业院校技能大赛执行规划(2023-2027年)"),
    ("（一）网络体系强基行动", "网络体系强基行动"),
    ("“双倍增”行动", "双倍增行动"),
])
def test_resolve_match_key_joins_spellings(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("text, expected", [
    ("中共重庆市委员会", "重庆市"), ("安徽省国有资产监督管理委员会", "安徽省"), ("中共中央政治局", "national"),
    ("国务院", "national"), ("中华人民共和国", "national"), ("外交部", ""), ("书记", ""),
])
def test_resolve_jurisdiction_of_an_office(text, expected):
    assert jurisdiction(text) == expected


def test_resolve_merges_spellings_of_one_initiative_across_records():
    plan_ner = "全国职业院校技能大赛执行规划（2023—2027年）"
    plan_target = "全国职业院校技能大赛执行规划(2023—2027年)"
    sentence = "教育部办公厅关于印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知"
    records = [
        mention(SEED, "Initiative", plan_ner, plan_ner, sentence),
        mention(SEED, "Initiative", plan_ner, plan_ner, sentence),
        Target("专业类覆盖率", ">", 90.0, "%", 90.0, "%", "专业类覆盖率超过90%",
               prov(SEED, "专业类覆盖率超过90%", "专业类覆盖率超过90%", extractor="targets@1"),
               deadline="2027", initiative=plan_target),
    ]
    resolution = resolve_records(records)
    assert resolution.canonical(SEED, "Initiative", plan_target) == plan_ner
    assert ("Initiative", plan_target, plan_ner) in resolution.renamed


def test_resolve_takes_a_short_form_to_the_name_its_document_gave_it():
    records = [mention(SEED, "Region", "重庆中心城区", "重庆中心城区", RAIL),
               mention(SEED, "Region", "重庆中心城区", "中心城区", CORE),
               mention(SEED, "Region", "中心城区", "中心城区", CORE),  # left as written once
               mention(NEWS, "Region", "中心城区", "中心城区", CORE)]  # another document: another city
    resolution = resolve_records(records)
    assert resolution.canonical(SEED, "Region", "中心城区") == "重庆中心城区"
    assert resolution.canonical(NEWS, "Region", "中心城区") == "中心城区"


def test_resolve_carries_a_long_form_across_documents():
    records = [mention(SEED, "Region", "成渝地区双城经济圈", "双城经济圈", STUDY[14:]),
               mention(NEWS, "Region", "双城经济圈", "双城经济圈", STUDY[14:])]
    assert resolve_records(records).canonical(NEWS, "Region", "双城经济圈") == "成渝地区双城经济圈"


def test_resolve_keeps_one_leader_across_documents():
    records = [mention(SEED, "Person", "习近平", "习近平", TREE),
               title(SEED, "习近平", "中共中央", "中共中央总书记", TREE, "中共中央总书记"),
               mention(NEWS, "Person", "习近平", "习近平", CEWC),
               title(NEWS, "习近平", "中华人民共和国", "国家主席", CEWC, "国家主席"),
               mention(ANHUI, "Person", "习近平", "习近平", STUDY)]
    names = {r.name for r in resolve_records(records).records if isinstance(r, Mention)}
    assert names == {"习近平"}


def test_resolve_keeps_apart_two_people_whose_titles_conflict():
    records = [mention(ANHUI, "Person", "李中", "李　中", ROSTER, title="省国资委主任"),
               title(ANHUI, "李中", "安徽省国有资产监督管理委员会", "省国资委主任", ROSTER, "省国资委主任"),
               mention(NEWS, "Person", "李中", "李中", NAMESAKE),
               title(NEWS, "李中", "中共中央政治局", "中共中央政治局委员", NAMESAKE, "中共中央政治局委员"),
               mention(SEED, "Person", "李中", "李中", NAMESAKE)]  # no title: the first identity
    resolution = resolve_records(records)
    keys = {(r.prov.doc_id, r.name) for r in resolution.records if isinstance(r, Mention)}
    # documents are taken in doc_id order: NEWS (1111…) comes first and keeps the bare name
    assert keys == {(NEWS, "李中"), (SEED, "李中"), (ANHUI, "李中#2")}
    moved = [r for r in resolution.records if isinstance(r, Relation)]
    assert {(r.prov.doc_id, r.source) for r in moved} == {(ANHUI, "李中#2"), (NEWS, "李中")}


def test_resolve_gives_the_graph_one_node_with_aliases_and_a_disambiguated_key():
    records = [mention(SEED, "Region", "重庆中心城区", "重庆中心城区", RAIL),
               mention(SEED, "Region", "重庆中心城区", "中心城区", CORE),
               mention(SEED, "Region", "中心城区", "中心城区", CORE),
               mention(ANHUI, "Person", "李中", "李　中", ROSTER, title="省国资委主任"),
               title(ANHUI, "李中", "安徽省国有资产监督管理委员会", "省国资委主任", ROSTER, "省国资委主任"),
               mention(NEWS, "Person", "李中", "李中", NAMESAKE),
               title(NEWS, "李中", "中共中央政治局", "中共中央政治局委员", NAMESAKE, "中共中央政治局委员")]
    parts = [PartInfo(doc, doc * 4, 0, 0, 100, PartMeta(title=doc), f"{doc}.txt", f"{doc}.txt")
             for doc in (SEED, NEWS, ANHUI)]
    graph = build_graph(parts, records)
    regions = [n for n, d in graph.nodes(data=True) if d["type"] == "Region"]
    assert regions == ["region:重庆中心城区"]
    assert json.loads(graph.nodes["region:重庆中心城区"]["aliases"]) == ["中心城区"]
    assert graph.nodes["region:重庆中心城区"]["mentions"] == 3
    assert graph.nodes["person:李中#2"]["name"] == "李中"
    assert json.loads(graph.nodes["person:李中#2"]["titles"]) == ["省国资委主任"]
    assert json.loads(graph.nodes["person:李中"]["titles"]) == ["中共中央政治局委员"]


def test_a_target_region_no_mention_names_is_no_place_unless_a_city_centre():
    records = [mention(SEED, "Region", "重庆中心城区", "中心城区", CORE)]
    resolution = resolve_records(records)
    assert resolution.place_of_target(SEED, "中心城区") == "重庆中心城区"  # the document's own
    assert resolution.place_of_target(NEWS, "中心城区") == "中心城区"  # another city's centre, as written
    assert resolution.place_of_target(SEED, "深化中心城区") == "重庆中心城区"  # the mention it ends with
    assert resolution.place_of_target(SEED, "强核提能级示范区") == ""
