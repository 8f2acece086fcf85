"""The explorer page's data and the run report, on a graph folded from real sentences."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from corpus.document import PartInfo, PartMeta
from extractors.records import Mention, Provenance, Target
from flows.cli import main
from graph.build import build_graph
from graph.explore import explorer_data, explorer_html
from graph.graphml import export_graphml
from graph.report import report_html, targets_by_deadline, targets_by_region, write_report

SEED, SEED_ID = "seed_2023_04_study_notice_chongqing.txt", "6659f10bb2edbc89"
REPORT = ("上午10时30分许，党和国家领导人习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等集体乘车，"
          "冒雨来到位于北京市朝阳区东坝中心公园的植树点，同首都群众一起参加义务植树。")
MAIN_CITY = ("主城都市区是我市国家中心城市建设的主要承载地，是新型城镇化、新型工业化的主战场。到2027年，基本建成现代化国际大都市，"
             "发展能级和综合竞争力中西部领先，地区生产总值超过3万亿元，战略性新兴产业增加值占地区生产总值比重提高到26%")
BEIJING_GOALS = "提出今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右"
LEADERS = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正")


def _prov(part: int, sentence: str, surface: str, extractor: str = "ner@1") -> Provenance:
    start = sentence.index(surface)
    return Provenance(SEED_ID, part, start, start + len(surface), sentence, extractor, 0.9)


def _graph() -> nx.MultiDiGraph:
    records = [Mention("Person", name, name, _prov(2, REPORT, name)) for name in LEADERS]
    records += [
        Mention("Region", "北京市朝阳区", "北京市朝阳区", _prov(2, REPORT, "北京市朝阳区"), attrs=(("parent", "北京市"),)),
        Target("地区生产总值", ">", 3.0, "万亿元", 3e12, "元", "地区生产总值超过3万亿元",
               _prov(5, MAIN_CITY, "地区生产总值超过3万亿元", "targets@1"), deadline="2027", region="主城都市区"),
        Target("战略性新兴产业增加值占地区生产总值比重", "=", 26.0, "%", 26.0, "%",
               "战略性新兴产业增加值占地区生产总值比重提高到26%",
               _prov(5, MAIN_CITY, "战略性新兴产业增加值占地区生产总值比重提高到26%", "targets@1"), deadline="2027",
               region="主城都市区"),
        Target("地区生产总值", "increase_by", 5.0, "%", 5.0, "%", "地区生产总值增长5%左右",
               _prov(5, BEIJING_GOALS, "地区生产总值增长5%左右", "targets@1"), deadline="2024-12-31", region="北京市"),
        # a sentence that would end an inline script if the page did not escape it
        Mention("Initiative", "</script><b>x", "</script><b>x", Provenance(SEED_ID, 5, 0, 13, "</script><b>x", "ner@1")),
    ]
    parts = [PartInfo(SEED_ID, SEED_ID * 4, i, 0, 1, PartMeta(title=f"part {i}"), SEED, SEED) for i in (2, 5)]
    return build_graph(parts, records)


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> nx.MultiDiGraph:
    path = tmp_path_factory.mktemp("g") / "graph.graphml"
    export_graphml(_graph(), path)
    return nx.read_graphml(path, force_multigraph=True)


def test_explore_data_nodes_carry_evidence(graph):
    data = explorer_data(graph)
    xi = next(n for n in data["nodes"] if n["id"] == "person:习近平")
    assert xi["evidence"][0] == [REPORT, f"{SEED} #2"]
    assert xi["type"] == "Person" and xi["attrs"]["mentions"] == 1


def test_explore_data_draws_top_nodes_by_degree(graph):
    data = explorer_data(graph, top=2)
    drawn = {data["nodes"][i]["id"] for i in data["top"]}
    # the documents have the most edges (9 and 4); a target has 3
    assert drawn == {f"doc:{SEED_ID}/2", f"doc:{SEED_ID}/5"}
    assert len(explorer_data(graph, top=10_000)["top"]) == graph.number_of_nodes()


def test_explore_data_edges_point_at_nodes(graph):
    data = explorer_data(graph)
    names = [n["id"] for n in data["nodes"]]
    edges = {(names[s], names[t], kind) for s, t, kind, _ in data["edges"]}
    assert ("region:北京市朝阳区", "region:北京市", "PART_OF") in edges
    assert len(data["edges"]) == graph.number_of_edges()


def test_explore_data_targets_table(graph):
    rows = explorer_data(graph)["targets"]
    assert sorted((r["deadline"], r["region"], r["indicator"]) for r in rows) == [
        ("2024-12-31", "北京市", "地区生产总值"), ("2027", "主城都市区", "地区生产总值"),
        ("2027", "主城都市区", "战略性新兴产业增加值占地区生产总值比重")]
    assert all(r["file_name"] == SEED for r in rows)


def test_explore_html_is_self_contained_and_escaped(graph):
    html = explorer_html(graph, title="<run>")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://", html)  # nothing fetched
    assert html.count("</script>") == 2  # the data block and the code; the name inside is escaped
    assert "<title>&lt;run&gt;</title>" in html
    block = html.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    names = {n["name"] for n in json.loads(block)["nodes"]}
    assert "</script><b>x" in names and "习近平" in names
    assert '<input id="search"' in html


def test_explore_cli_writes_page(graph, tmp_path):
    export_graphml(_graph(), tmp_path / "graph.graphml")
    assert main(["explore", "--run", str(tmp_path)]) == 0
    assert (tmp_path / "explore.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_counts_targets_by_deadline_year_and_region(graph):
    assert targets_by_deadline(graph) == [("2024", 1), ("2027", 2)]
    assert targets_by_region(graph) == [("主城都市区", 2), ("北京市", 1)]
    assert targets_by_region(graph, top=1) == [("主城都市区", 2), ("1 other regions", 1)]


def test_report_html_has_counts_charts_and_top_entities(graph):
    html = report_html(graph, {"documents": 1, "parts": 2, "targets": 3}, [{"path": "broken.docx", "reason": "not a zip"}])
    assert html.count("<svg") == 5  # by deadline, by region, top Person, Region and Initiative (no Event)
    assert "<td>Person</td><td>8</td>" in html
    assert 'aria-label="targets by deadline"' in html and ">2027</text>" in html
    assert "broken.docx" in html and "&lt;/script&gt;" in html


def test_report_write_report_reads_run_folder(tmp_path):
    export_graphml(_graph(), tmp_path / "graph.graphml")
    (tmp_path / "summary.json").write_text(json.dumps({"documents": 1, "targets": 3}), encoding="utf-8")
    out = write_report(tmp_path)
    assert out == tmp_path / "report.html"
    assert "<td>targets</td><td>3</td>" in out.read_text(encoding="utf-8")
    assert main(["report", "--run", str(tmp_path)]) == 0
