"""The whole flow on real sample files: outputs, caching, determinism, failures."""
from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.build import build

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED = "seed_2023_04_study_notice_chongqing.txt"


@pytest.fixture(scope="module")
def harness():
    # A loaded machine (CI beside other jobs) may take longer than the default 30 s to start the server.
    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(SAMPLES / SEED, folder / SEED)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    return folder


@pytest.fixture(scope="module")
def first_run(harness, corpus_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("runs") / "latest"
    summary = build([str(corpus_dir)], str(out), progress=False)
    return summary, out


def test_build_writes_graph_and_tables(first_run):
    summary, out = first_run
    for name in ("graph.graphml", "nodes.csv", "edges.csv", "documents.csv", "targets.csv", "failures.csv"):
        assert (out / name).stat().st_size > 0, name
    graph = nx.read_graphml(out / "graph.graphml")
    documents = [d for _, d in graph.nodes(data=True) if d["type"] == "Document"]
    assert len(documents) == 6 == summary.parts
    assert {d["file_name"] for d in documents} == {SEED}
    assert all(d["path"] == SEED for d in documents)
    mentioned = {graph.nodes[v]["type"] for u, v, d in graph.edges(data=True) if d["type"] == "MENTIONS"}
    assert {"Person", "Region", "Organization"} <= mentioned
    xi = graph.nodes["person:习近平"]
    text = (SAMPLES / SEED).read_text(encoding="utf-8")
    assert text[xi["char_start"]:xi["char_end"]] in {"习近平"} | set(eval_aliases(xi))


def eval_aliases(node: dict) -> list[str]:
    import json

    return json.loads(node.get("aliases", "[]"))


def test_build_reports_a_broken_file_and_goes_on(first_run):
    summary, out = first_run
    assert [f["path"] for f in summary.failures] == ["broken.docx"]
    assert "broken.docx" in (out / "failures.csv").read_text(encoding="utf-8-sig")
    assert summary.documents == 1 and not summary.complete


def test_build_rerun_reuses_cache_and_is_byte_identical(first_run, corpus_dir):
    summary, out = first_run
    assert summary.parts_extracted == 6 and summary.parts_cached == 0
    before = (out / "graph.graphml").read_bytes()
    again = build([str(corpus_dir)], str(out), progress=False)
    assert again.parts_cached == 6 and again.parts_extracted == 0
    assert (out / "graph.graphml").read_bytes() == before
