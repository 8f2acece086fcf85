"""Queries over a graph folded from real sentences of the sample corpus, read back from GraphML."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from corpus.document import PartInfo, PartMeta
from extractors.records import Mention, Provenance, Target
from flows.cli import main
from graph import query as q
from graph.build import build_graph
from graph.graphml import export_graphml

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED, SEED_ID = "seed_2023_04_study_notice_chongqing.txt", "6659f10bb2edbc89"
BEIJING, BEIJING_ID = "gov_work_report_2024_beijing.txt", "ab8df46b92868d45"

# Real sentences: the Chongqing plan (part 5 of the seed file) and Beijing's 2024 work report.
MAIN_CITY = ("主城都市区是我市国家中心城市建设的主要承载地，是新型城镇化、新型工业化的主战场。到2027年，"
             "基本建成现代化国际大都市，发展能级和综合竞争力中西部领先，地区生产总值超过3万亿元")
NEW_CITY = ("实施主城新区扩容提品质行动，进一步强化主城新区各区城市综合承载能力，加快产业集聚、人口吸纳、"
            "城市功能提升，建设产城融合、职住平衡、生态宜居、交通便利的现代化郊区新城。")
RAIL = ("加快建设铁路大通道，“米”字型高铁网基本建成，成渝中线高铁、渝昆高铁川渝段、渝湘高铁重庆中心城区至黔江段等"
        "项目建成投用，提升沪汉蓉铁路货运功能，完善货运通道“三主五辅”布局，推进铁路专用线等货运设施建设，"
        "实现高铁运营里程突破1900公里、铁路网总规模达到3700公里。")
FTZ = ("大力实施自贸试验区提升战略，深化中国（重庆）自由贸易试验区集成创新，全面提升贸易、投资、物流、金融、人才、"
       "数据等领域的开放度和竞争力，自主培育重点制度创新成果超30项，累计超150项。")
BEIJING_GOALS = ("按照上述要求，综合分析研判内外部形势，对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是："
                 "地区生产总值增长5%左右，一般公共预算收入增长5%，城镇调查失业率控制在5%以内")
STUDY = ("为深入贯彻习近平总书记关于推动成渝地区双城经济圈建设系列重要指示精神，全面落实《成渝地区双城经济圈建设规划纲要》，"
         "加快落实市委六届二次全会精神，引导全市各级各部门在推动成渝地区双城经济圈建设上干出新业绩，"
         "加快建设社会主义现代化新重庆，结合我市实际，制定本行动方案。")
SPEECH = "今天，我们在这里集会，庆祝中央党校建校90周年，同时举行中央党校2023年春季学期开学典礼。"


def _prov(doc: str, part: int, sentence: str, surface: str, extractor: str = "ner@1") -> Provenance:
    start = sentence.index(surface)
    return Provenance(doc, part, start, start + len(surface), sentence, extractor, 0.9)


def _part(doc_id: str, index: int, file_name: str, title: str) -> PartInfo:
    return PartInfo(doc_id, doc_id * 4, index, 0, 1000, PartMeta(title=title), file_name, file_name)


def _target(doc: str, part: int, sentence: str, clause: str, indicator: str, comparator: str, value: float,
            unit: str, base: float, unit_base: str, deadline: str, region: str, initiative: str = "") -> Target:
    return Target(indicator, comparator, value, unit, base, unit_base, clause,
                  _prov(doc, part, sentence, clause, "targets@1"), deadline=deadline, region=region,
                  initiative=initiative)


def sample_records() -> list:
    region = lambda name, surface, sentence, parent, doc=SEED_ID, part=5: Mention(  # noqa: E731
        "Region", name, surface, _prov(doc, part, sentence, surface), attrs=(("parent", parent),))
    plan = "实施提升主城都市区极核引领行动"
    return [
        region("主城都市区", "主城都市区", MAIN_CITY, "重庆市"),
        region("主城新区", "主城新区", NEW_CITY, "主城都市区"),
        region("重庆中心城区", "中心城区", RAIL, "重庆市"),
        region("中国（重庆）自由贸易试验区", "中国（重庆）自由贸易试验区", FTZ, "重庆市"),
        region("重庆市", "我市", MAIN_CITY, "中国"),
        region("重庆市", "重庆", FTZ, "中国"),
        region("北京市", "全市", BEIJING_GOALS, "中国", BEIJING_ID, 0),
        Mention("Person", "习近平", "习近平总书记", _prov(SEED_ID, 5, STUDY, "习近平总书记"), title="总书记"),
        Mention("Organization", "中央党校", "中央党校", _prov(SEED_ID, 1, SPEECH, "中央党校")),
        _target(SEED_ID, 5, MAIN_CITY, "地区生产总值超过3万亿元", "地区生产总值", ">", 3, "万亿元", 3e12, "元",
                "2027", "主城都市区", plan),
        _target(SEED_ID, 5, RAIL, "高铁运营里程突破1900公里", "高铁运营里程", ">", 1900, "公里", 1900, "公里",
                "2027", "中心城区", "实施建设现代基础设施网络行动"),
        _target(SEED_ID, 5, FTZ, "自主培育重点制度创新成果超30项", "自主培育重点制度创新成果", ">", 30, "项", 30, "项",
                "2027", "中国(重庆)自由贸易试验区", "实施打造内陆开放高地行动"),
        _target(BEIJING_ID, 0, BEIJING_GOALS, "地区生产总值增长5%左右", "地区生产总值", "increase_by", 5, "%", 5, "%",
                "2024", "北京市"),
        _target(BEIJING_ID, 0, BEIJING_GOALS, "城镇调查失业率控制在5%以内", "城镇调查失业率", "<=", 5, "%", 5, "%",
                "2024", "北京市"),
    ]


def sample_parts() -> list[PartInfo]:
    return [_part(SEED_ID, 1, SEED, "在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话"),
            _part(SEED_ID, 5, SEED, "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知"),
            _part(BEIJING_ID, 0, BEIJING, "")]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("run")
    export_graphml(build_graph(sample_parts(), sample_records()), folder / "graph.graphml")
    return folder


@pytest.fixture(scope="module")
def graph(run_dir) -> nx.MultiDiGraph:
    return q.load_graph(run_dir)


def _indicators(graph, flt: q.TargetFilter) -> list[str]:
    return [graph.nodes[n]["text"] for n in q.select_targets(graph, flt)]


def test_query_sentences_are_real():
    texts = {p.name: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    for sentence in (MAIN_CITY, NEW_CITY, RAIL, FTZ, BEIJING_GOALS, STUDY, SPEECH):
        assert any(sentence in text for text in texts.values()), sentence[:20]


@pytest.mark.parametrize("region, expected", [
    # 重庆市 takes in 主城都市区 (PART_OF), 中心城区 (an alias of 重庆中心城区, PART_OF 重庆市) and the
    # free-trade zone written with ASCII brackets (the full-width spelling is PART_OF 重庆市)
    ("重庆市", ["地区生产总值超过3万亿元", "高铁运营里程突破1900公里", "自主培育重点制度创新成果超30项"]),
    ("重庆", ["地区生产总值超过3万亿元", "高铁运营里程突破1900公里", "自主培育重点制度创新成果超30项"]),
    ("主城都市区", ["地区生产总值超过3万亿元"]),
    ("主城新区", []),
    ("北京市", ["地区生产总值增长5%左右", "城镇调查失业率控制在5%以内"]),
    ("中国", ["地区生产总值增长5%左右", "城镇调查失业率控制在5%以内", "地区生产总值超过3万亿元",
            "高铁运营里程突破1900公里", "自主培育重点制度创新成果超30项"]),
])
def test_query_region_includes_subregions(graph, region, expected):
    assert sorted(_indicators(graph, q.TargetFilter(region=region))) == sorted(expected)


def test_query_region_closure_is_transitive(graph):
    closure = q.region_closure(graph, "重庆市")
    assert {"region:重庆市", "region:主城都市区", "region:主城新区", "region:重庆中心城区"} <= closure
    assert "region:北京市" not in closure


@pytest.mark.parametrize("due_by, due_from, expected", [
    ("2027", None, 5), ("2024", None, 2), ("2023", None, 0), ("2027-06-30", None, 2),
    (None, "2025", 3), ("2027", "2027", 3), ("2024-12-31", "2024-01-01", 2),
])
def test_query_deadline_range(graph, due_by, due_from, expected):
    assert len(q.select_targets(graph, q.TargetFilter(due_by=due_by, due_from=due_from))) == expected


@pytest.mark.parametrize("value, end, start", [
    ("2027", "2027-12-31", "2027-01-01"), ("2027-06", "2027-06-31", "2027-06-01"),
    ("2015-07-31", "2015-07-31", "2015-07-31"),
])
def test_query_deadline_bounds(value, end, start):
    assert (q.deadline_end(value), q.deadline_start(value)) == (end, start)


def test_query_deadline_rejects_text():
    with pytest.raises(q.QueryError):
        q.deadline_end("明年")


@pytest.mark.parametrize("flt, expected", [
    (q.TargetFilter(initiative="极核引领"), ["地区生产总值超过3万亿元"]),
    (q.TargetFilter(document=BEIJING), ["地区生产总值增长5%左右", "城镇调查失业率控制在5%以内"]),
    (q.TargetFilter(document=BEIJING_ID), ["地区生产总值增长5%左右", "城镇调查失业率控制在5%以内"]),
    (q.TargetFilter(document=f"doc:{SEED_ID}/5", indicator="里程"), ["高铁运营里程突破1900公里"]),
    (q.TargetFilter(indicator="地区生产总值", region="重庆市", due_by="2027"), ["地区生产总值超过3万亿元"]),
])
def test_query_target_filters(graph, flt, expected):
    assert sorted(_indicators(graph, flt)) == sorted(expected)


def test_query_unknown_region_and_document_raise(graph):
    with pytest.raises(q.QueryError, match="火星"):
        q.select_targets(graph, q.TargetFilter(region="火星"))
    with pytest.raises(q.QueryError, match="nowhere.txt"):
        q.select_targets(graph, q.TargetFilter(document="nowhere.txt"))


@pytest.mark.parametrize("name, node_type, expected", [
    ("习近平", "Person", ["person:习近平"]),
    ("习近平总书记", "Person", ["person:习近平"]),   # alias
    ("重庆", "Region", ["region:重庆市"]),            # alias beats the substring matches
    ("中央党校", None, ["org:中央党校"]),
    ("主城", "Region", ["region:主城新区", "region:主城都市区"]),  # substring, most mentioned first
])
def test_query_find_nodes_by_name_or_alias(graph, name, node_type, expected):
    assert q.find_nodes(graph, name, node_type) == expected


def test_query_find_nodes_alias_first(graph):
    # 中心城区 is an alias of 重庆中心城区 (the resolver may also have merged a target's own spelling into it)
    assert q.find_nodes(graph, "中心城区", "Region")[0] == "region:重庆中心城区"


def test_query_region_of_an_orphan_spelling_through_an_alias():
    """A target's region node without PART_OF counts when its name is an alias of a region
    inside the closure that the target's document mentions."""
    g = nx.MultiDiGraph()
    doc, other = f"doc:{SEED_ID}/5", f"doc:{BEIJING_ID}/0"
    g.add_node(doc, type="Document")
    g.add_node(other, type="Document")
    g.add_node("region:重庆市", type="Region", name="重庆市", aliases="[]")
    g.add_node("region:重庆中心城区", type="Region", name="重庆中心城区", aliases='["中心城区"]')
    g.add_node("region:中心城区", type="Region", name="中心城区", aliases="[]")
    g.add_edge("region:重庆中心城区", "region:重庆市", type="PART_OF")
    for target, source in (("target:a", doc), ("target:b", other)):
        g.add_node(target, type="Target", region="中心城区", text=RAIL, deadline="2027")
        g.add_edge(source, target, type="SETS_TARGET")
        g.add_edge(target, "region:中心城区", type="APPLIES_TO")
    g.add_edge(doc, "region:重庆中心城区", type="MENTIONS")
    # only the Chongqing document mentions 重庆中心城区
    assert q.select_targets(g, q.TargetFilter(region="重庆市")) == ["target:a"]


def test_query_neighbours_lists_edges_both_ways(graph):
    rows = q.neighbour_rows(graph, "region:主城都市区")
    seen = {(r["direction"], r["edge"], r["id"]) for r in rows}
    assert ("->", "PART_OF", "region:重庆市") in seen
    assert ("<-", "PART_OF", "region:主城新区") in seen
    assert ("<-", "MENTIONS", f"doc:{SEED_ID}/5") in seen
    assert any(r["edge"] == "APPLIES_TO" and r["direction"] == "<-" for r in rows)


@pytest.mark.parametrize("text, width", [("abc", 3), ("重庆市", 6), ("国际(地区)航线", 14), ("２０２７", 8)])
def test_query_display_width_counts_wide_characters(text, width):
    assert q.display_width(text) == width


def test_query_table_aligns_chinese_columns():
    rows = [{"region": "重庆市", "value": 3.0}, {"region": "渝东南武陵山区城镇群", "value": 60.0}]
    lines = q.format_table(rows, ["region", "value"]).splitlines()
    value_columns = {q.display_width(line[: line.index(v)]) for line, v in zip(lines[2:], ("3", "60"))}
    assert len(value_columns) == 1  # the value column starts at one screen column on every line
    assert lines[2].startswith("重庆市 ") and lines[3].endswith("60")


def test_query_cli_chongqing_targets_by_2027(run_dir, capsys):
    assert main(["query", "targets", "--run", str(run_dir), "--region", "重庆市", "--due-by", "2027",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["text"] for r in rows} == {"地区生产总值超过3万亿元", "高铁运营里程突破1900公里", "自主培育重点制度创新成果超30项"}
    assert {r["file_name"] for r in rows} == {SEED}
    assert all(r["deadline"] == "2027" for r in rows)


def test_query_cli_person_neighbours_table(run_dir, capsys):
    assert main(["query", "person", "习近平总书记", "--neighbours", "--run", str(run_dir)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == list(q.NEIGHBOUR_TABLE_COLUMNS)
    assert "MENTIONS" in out and f"doc:{SEED_ID}/5" in out


def test_query_cli_writes_csv_file(run_dir, tmp_path, capsys):
    out = tmp_path / "beijing.csv"
    assert main(["query", "targets", "--run", str(run_dir), "--document", BEIJING, "--format", "csv",
                 "--output", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["indicator"] for r in rows] == ["地区生产总值", "城镇调查失业率"]
    assert rows[0]["evidence"] == BEIJING_GOALS


def test_query_cli_unknown_name_fails(run_dir, capsys):
    assert main(["query", "person", "李四", "--run", str(run_dir)]) == 1
    assert "李四" in capsys.readouterr().err
