"""The GraphML of a real run reads back in networkx and python-igraph, with every node type,
the ``labels`` Neo4j's importer turns into node labels, and a type and provenance on every edge."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from corpus.document import PartInfo
from corpus.read import read_document
from extractors.pipeline import run_extractors
from graph.build import build_graph
from graph.graphml import export_graphml

igraph = pytest.importorskip("igraph")

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
FILES = ("seed_2023_04_study_notice_chongqing.txt", "news_xinwenlianbo_20231212_central_economic_work_conference.txt")
NODE_TYPES = {"Document", "Person", "Organization", "Region", "Initiative", "Target", "Deadline", "Event"}
PROVENANCE = ("doc_id", "part", "char_start", "char_end", "evidence", "extractor", "confidence")
LEADERS = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正")


@pytest.fixture(scope="module")
def graphml(tmp_path_factory) -> Path:
    infos, records = [], []
    for name in FILES:
        document = read_document(SAMPLES / name, name)
        for part in document.parts:
            infos.append(PartInfo.of(part, document.encoding))
            records.extend(run_extractors(part))
    path = tmp_path_factory.mktemp("readers") / "graph.graphml"
    export_graphml(build_graph(infos, records), path)
    return path


@pytest.fixture(scope="module")
def nx_graph(graphml: Path) -> nx.MultiDiGraph:
    return nx.read_graphml(graphml)


@pytest.fixture(scope="module")
def ig_graph(graphml: Path):
    return igraph.Graph.Read_GraphML(str(graphml))


def test_readers_networkx_finds_every_node_type_with_its_neo4j_label(nx_graph):
    types = {d["type"] for _, d in nx_graph.nodes(data=True)}
    assert types == NODE_TYPES
    for node, data in nx_graph.nodes(data=True):
        assert data["labels"] == f":{data['type']}", node
        assert data["name"] and data["label"], node


def test_readers_igraph_finds_every_node_type_with_its_neo4j_label(ig_graph, nx_graph):
    assert (ig_graph.vcount(), ig_graph.ecount()) == (nx_graph.number_of_nodes(), nx_graph.number_of_edges())
    assert ig_graph.is_directed()
    assert set(ig_graph.vs["type"]) == NODE_TYPES
    assert all(labels == f":{kind}" for labels, kind in zip(ig_graph.vs["labels"], ig_graph.vs["type"]))
    assert set(ig_graph.es["type"]) == {d["type"] for *_, d in nx_graph.edges(data=True)}


def test_readers_neo4j_label_key_is_a_declared_node_string(graphml: Path):
    # apoc.import.graphml(…, {readLabels: true}) reads node labels from the ``labels`` key
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in ET.parse(graphml).getroot().iterfind("g:key", ns)}
    assert keys[("node", "labels")] == "string"
    assert keys[("edge", "type")] == "string"


def test_readers_every_edge_has_a_type_and_provenance(nx_graph):
    for source, target, data in nx_graph.edges(data=True):
        assert data.get("type"), (source, target)
        missing = [field for field in PROVENANCE if field not in data]
        assert not missing, (source, target, data["type"], missing)


def test_readers_each_leader_is_one_node_across_both_files(nx_graph):
    for leader in LEADERS:
        nodes = [n for n, d in nx_graph.nodes(data=True) if d["type"] == "Person" and d["name"] == leader]
        assert nodes == [f"person:{leader}"]
        assert nx_graph.nodes[nodes[0]]["documents"] == 2  # the seed and the bulletin


def test_readers_tree_planting_event_has_its_eight_participants(ig_graph):
    event = ig_graph.vs.find(id="event:2023-04-04:首都义务植树活动")
    assert (event["type"], event["name"], event["date"]) == ("Event", "首都义务植树活动", "2023-04-04")
    taking_part = [e for e in ig_graph.es.select(_target=event.index) if e["type"] == "PARTICIPATED_IN"]
    assert sorted(ig_graph.vs[e.source]["name"] for e in taking_part) == sorted(LEADERS)


def test_readers_titles_come_back_as_json_lists(nx_graph):
    titles = json.loads(nx_graph.nodes["person:习近平"]["titles"])
    for office in ("中共中央总书记", "国家主席", "中央军委主席"):
        assert office in titles
    holds = {(v, d["title"]) for _, v, d in nx_graph.out_edges("person:李强", data=True) if d["type"] == "HOLDS_TITLE"}
    assert ("org:中共中央政治局", "常委") in holds
