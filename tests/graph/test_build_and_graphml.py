"""The graph fold and its GraphML: typed, sorted, deterministic, readable back."""
from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from corpus.document import PartInfo, PartMeta
from extractors.records import Mention, Provenance, Target
from graph.build import build_graph
from graph.graphml import GraphMLTypeError, export_graphml, graphml_bytes
from graph.tables import export_tables

# A real sentence of the seed's Chongqing plan and one of its tree-planting report.
PLAN = "到2027年，主城都市区实力能级显著提升，地区生产总值超过3万亿元"
REPORT = "党和国家领导人习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等集体乘车"
DOC = "0123456789abcdef"


def _prov(sentence: str, surface: str, part: int = 1, extractor: str = "ner@1") -> Provenance:
    start = sentence.index(surface)
    return Provenance(DOC, part, 100 + start, 100 + start + len(surface), sentence, extractor, 0.9)


def _records() -> list:
    records = [Mention("Person", name, name, _prov(REPORT, name)) for name in ("习近平", "李强", "韩正")]
    records.append(Mention("Region", "主城都市区", "主城都市区", _prov(PLAN, "主城都市区", 2),
                           attrs=(("level", "area"), ("parent", "重庆市"))))
    records.append(Mention("Region", "主城都市区", "主城", _prov(PLAN, "主城", 2),
                           attrs=(("level", "area"), ("parent", "重庆市"))))
    records.append(Target("地区生产总值", ">", 3.0, "万亿元", 3e12, "元", "地区生产总值超过3万亿元",
                          _prov(PLAN, "地区生产总值超过3万亿元", 2, "targets@1"), deadline="2027",
                          region="主城都市区", initiative="实施提升主城都市区极核引领行动", qualifier="超过"))
    return records


def _parts() -> list[PartInfo]:
    return [PartInfo(DOC, "ab" * 32, i, i * 100, i * 100 + 100,
                     PartMeta(label=f"附件{i}" if i else "", title=f"标题{i}", date="2023-04-06",
                              genre="notice"), "seed.txt", "seed.txt", "utf-8") for i in range(3)]


def test_build_graph_is_independent_of_record_order():
    records = _records()
    first = graphml_bytes(build_graph(_parts(), records))
    random.Random(7).shuffle(records)
    assert graphml_bytes(build_graph(list(reversed(_parts())), records)) == first


def test_graphml_round_trips_through_networkx(tmp_path: Path):
    path = tmp_path / "graph.graphml"
    export_graphml(build_graph(_parts(), _records()), path)
    graph = nx.read_graphml(path)
    assert graph.nodes["person:习近平"]["labels"] == ":Person"
    assert graph.nodes["doc:0123456789abcdef/1"]["part_label"] == "附件1"
    target = next(d for _, d in graph.nodes(data=True) if d["type"] == "Target")
    assert target["value_base"] == pytest.approx(3e12) and isinstance(target["value_base"], float)
    assert target["deadline"] == "2027" and target["comparator"] == ">"
    assert isinstance(graph.nodes["person:习近平"]["char_start"], int)
    types = {d["type"] for *_, d in graph.edges(data=True)}
    assert {"MENTIONS", "SETS_TARGET", "DUE_BY", "APPLIES_TO", "TARGET_OF", "PART_OF"} <= types
    assert json.loads(graph.nodes["region:主城都市区"]["aliases"]) == ["主城"]
    assert graph.nodes["region:主城都市区"]["mentions"] == 2
    assert graph.has_edge("region:主城都市区", "region:重庆市")


def test_graphml_declares_each_key_once_sorted_and_typed(tmp_path: Path):
    path = tmp_path / "graph.graphml"
    export_graphml(build_graph(_parts(), _records()), path)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = [(k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", ns)]
    assert keys == sorted(keys)
    assert len({(f, n) for f, n, _ in keys}) == len(keys)
    assert ("node", "value", "double") in keys and ("node", "char_start", "int") in keys
    # no empty values: a field with no value is left out
    assert all(d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data"))
    node_ids = [n.get("id") for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node")]
    assert node_ids == sorted(node_ids)


def test_graphml_refuses_an_attribute_with_two_types():
    graph = nx.MultiDiGraph()
    graph.add_node("a", value=1.0)
    graph.add_node("b", value="3万亿元")
    with pytest.raises(GraphMLTypeError, match="value"):
        graphml_bytes(graph)


def test_graphml_refuses_lists():
    graph = nx.MultiDiGraph()
    graph.add_node("a", aliases=["重庆", "渝"])
    with pytest.raises(GraphMLTypeError, match="aliases"):
        graphml_bytes(graph)


def test_export_keeps_the_old_file_when_writing_fails(tmp_path: Path):
    path = tmp_path / "graph.graphml"
    export_graphml(build_graph(_parts(), _records()), path)
    before = path.read_bytes()
    broken = nx.MultiDiGraph()
    broken.add_node("a", value=object())
    with pytest.raises(GraphMLTypeError):
        export_graphml(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_tables_hold_targets_with_evidence_and_offsets(tmp_path: Path):
    import pandas as pd

    export_tables(build_graph(_parts(), _records()), tmp_path)
    targets = pd.read_csv(tmp_path / "targets.csv", encoding="utf-8-sig", dtype={"deadline": str})
    row = targets.iloc[0]
    assert (row["indicator"], row["unit_base"], row["deadline"]) == ("地区生产总值", "元", "2027")
    assert row["evidence"] == PLAN and row["path"] == "seed.txt"
    assert PLAN[row["char_start"] - 100:row["char_end"] - 100] == "地区生产总值超过3万亿元"
    documents = pd.read_csv(tmp_path / "documents.csv", encoding="utf-8-sig")
    assert list(documents["part"]) == [0, 1, 2]


def test_a_parent_region_borrows_no_sentence_until_the_text_names_it():
    # 主城都市区 is PART_OF 重庆市: 重庆市 is not named in that sentence, so its node
    # says where it came from, and the PART_OF edge holds the sentence.
    graph = build_graph(_parts(), _records())
    parent = graph.nodes["region:重庆市"]
    assert parent["origin"] == "parent of a mentioned region" and "doc_id" not in parent
    edge = next(iter(graph.get_edge_data("region:主城都市区", "region:重庆市").values()))
    assert edge["evidence"] == PLAN
    # Once a sentence names it, that sentence is its provenance, whatever the record order.
    sentence = "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知"
    named = Mention("Region", "重庆市", "重庆市", _prov(sentence, "重庆市", 0), attrs=(("level", "province"),))
    for records in (_records() + [named], [named] + _records()):
        node = build_graph(_parts(), records).nodes["region:重庆市"]
        assert node["evidence"] == sentence and node["doc_id"] == DOC and "origin" not in node
