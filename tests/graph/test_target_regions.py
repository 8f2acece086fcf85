"""A target links to a region only where its document's mentions name one."""
from __future__ import annotations

import networkx as nx

from corpus.document import PartInfo
from extractors.pipeline import run_extractors
from extractors.records import Target
from graph.build import build_graph
from tests.extractors.test_ner_helpers import make_part

# The targets extractor reads the clause's last zone-like head with the word before it (确保精细管理示范区,
# 增强市经开区); the NER reads the zone itself or nothing. Real sentences of 2024 city reports.
TIDY = "推动精细管理区域向集镇延伸，确保精细管理示范区、高标区、标准区分别不少于城市建成区面积的7.5%、22.5%、45%。"  # 绍兴
ZONE = ("增强市经开区“火车头”作用，深化“管委会+公司”改革，持续完善保税物流中心、省级化工园区基础设施，"
        "海浪铁路专用线投入使用，确保全年完成投资20亿元，在国家综评中实现进位。")  # 牡丹江 (development set 2)


def _run(text: str, issuer: str) -> tuple[nx.MultiDiGraph, list[Target]]:
    part = make_part(text, issuer=issuer)
    records = run_extractors(part)
    return build_graph([PartInfo.of(part, "utf-8")], records), [r for r in records if isinstance(r, Target)]


def _regions(graph: nx.MultiDiGraph) -> set[str]:
    return {d["name"] for _, d in graph.nodes(data=True) if d["type"] == "Region"}


def _applied_to(graph: nx.MultiDiGraph) -> set[str]:
    return {graph.nodes[v]["name"] for u, v, d in graph.edges(data=True)
            if d["type"] == "APPLIES_TO" and graph.nodes[u]["type"] == "Target"}


def test_a_loosely_read_region_stays_on_the_target_and_makes_no_node():
    graph, targets = _run(TIDY, "绍兴市人民政府")
    assert {t.region for t in targets} == {"确保精细管理示范区"}
    assert "确保精细管理示范区" not in _regions(graph)
    assert not _applied_to(graph)


def test_a_target_links_to_the_zone_its_region_ends_with():
    graph, targets = _run(ZONE, "牡丹江市人民政府")
    assert {t.region for t in targets} == {"增强市经开区"}
    assert _applied_to(graph) == {"牡丹江经济技术开发区"}
    assert "增强市经开区" not in _regions(graph)
