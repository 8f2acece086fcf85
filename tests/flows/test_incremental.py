"""Incremental runs on real sample files: unchanged, added, changed, deleted, failed."""
from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.build import build
from flows.state import STATE_NAME

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED = "seed_2023_04_study_notice_chongqing.txt"
BEIJING = "gov_work_report_2024_beijing.txt"
NEWS = "news_xinwenlianbo_20231212_central_economic_work_conference.txt"
OUTPUTS = ("graph.graphml", "nodes.csv", "edges.csv", "documents.csv", "targets.csv", "failures.csv")


@pytest.fixture(scope="module", autouse=True)
def harness():
    # A loaded machine (CI beside other jobs) may take longer than the default 30 s to start the server.
    with prefect_test_harness(server_startup_timeout=120):
        yield


def make_corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def run(corpus: Path, out: Path):
    return build([str(corpus)], str(out), cache_dir=str(out.parent / "cache"), progress=False)


def read_targets(out: Path) -> list[dict[str, str]]:
    with open(out / "targets.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def document_paths(out: Path) -> set[str]:
    graph = nx.read_graphml(out / "graph.graphml")
    return {d["path"] for _, d in graph.nodes(data=True) if d["type"] == "Document"}


def state_rows(out: Path) -> dict[str, tuple[str, str, str]]:
    with sqlite3.connect(out / STATE_NAME) as connection:
        rows = connection.execute("SELECT path, sha256, status, error FROM documents").fetchall()
    return {path: (sha256, status, error) for path, sha256, status, error in rows}


def run_count(out: Path) -> int:
    with sqlite3.connect(out / STATE_NAME) as connection:
        return connection.execute("SELECT count(*) FROM runs WHERE status = 'completed'").fetchone()[0]


def test_incremental_unchanged_corpus_extracts_nothing_and_keeps_outputs(tmp_path: Path):
    corpus, out = make_corpus(tmp_path / "corpus", [SEED, NEWS]), tmp_path / "out"
    first = run(corpus, out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    again = run(corpus, out)
    assert first.documents_extracted == 2 and first.new == 2
    assert again.documents_extracted == 0 and again.extract_tasks == 0 and again.noop
    assert (again.unchanged, again.new, again.changed, again.deleted) == (2, 0, 0, 0)
    assert again.targets == first.targets and again.parts == first.parts
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert run_count(out) == 2  # the no-op run is recorded too


def test_incremental_rebuild_from_cache_is_byte_identical(tmp_path: Path):
    """A damaged output is rebuilt from the cache, not extracted again, to the same bytes."""
    corpus, out = make_corpus(tmp_path / "corpus", [SEED, NEWS]), tmp_path / "out"
    run(corpus, out)
    before = (out / "graph.graphml").read_bytes()
    (out / "graph.graphml").write_bytes(before[: len(before) // 2])
    again = run(corpus, out)
    assert not again.noop and again.documents_extracted == 0 and again.documents_cached == 2
    assert (out / "graph.graphml").read_bytes() == before


def test_incremental_one_added_document_is_the_only_one_extracted(tmp_path: Path):
    corpus, out = make_corpus(tmp_path / "corpus", [SEED, NEWS]), tmp_path / "out"
    run(corpus, out)
    shutil.copy(SAMPLES / BEIJING, corpus / BEIJING)
    again = run(corpus, out)
    assert again.documents_extracted == 1 and again.documents_cached == 2
    assert again.extract_tasks == 1
    assert (again.new, again.unchanged, again.changed, again.deleted) == (1, 2, 0, 0)
    assert document_paths(out) == {SEED, NEWS, BEIJING}
    assert any(row["path"] == BEIJING for row in read_targets(out))
    assert state_rows(out)[BEIJING][1] == "ok"


def test_incremental_changed_document_loses_its_old_targets(tmp_path: Path):
    corpus, out = make_corpus(tmp_path / "corpus", [SEED, BEIJING]), tmp_path / "out"
    run(corpus, out)
    old = [row for row in read_targets(out) if row["path"] == BEIJING]
    old_sha = state_rows(out)[BEIJING][0]
    # the report is edited down to its first fifth: the targets further on are withdrawn
    text = (corpus / BEIJING).read_text(encoding="utf-8")
    (corpus / BEIJING).write_text(text[: len(text) // 5], encoding="utf-8")
    again = run(corpus, out)
    assert (again.changed, again.unchanged, again.documents_extracted) == (1, 1, 1)
    new = [row for row in read_targets(out) if row["path"] == BEIJING]
    withdrawn = {row["text"] for row in old if int(row["char_start"]) >= len(text) // 5}
    assert withdrawn and not withdrawn & {row["text"] for row in new}
    assert len(new) < len(old)
    assert {row["doc_id"] for row in new} != {row["doc_id"] for row in old}
    graph = nx.read_graphml(out / "graph.graphml")
    old_doc_id = old[0]["doc_id"]
    assert not [n for n, d in graph.nodes(data=True) if d.get("doc_id") == old_doc_id]
    assert state_rows(out)[BEIJING][0] != old_sha


def test_incremental_deleted_document_leaves_the_graph(tmp_path: Path):
    corpus, out = make_corpus(tmp_path / "corpus", [SEED, BEIJING]), tmp_path / "out"
    first = run(corpus, out)
    (corpus / BEIJING).unlink()
    again = run(corpus, out)
    assert (again.deleted, again.unchanged, again.documents_extracted) == (1, 1, 0)
    assert document_paths(out) == {SEED}
    assert not [row for row in read_targets(out) if row["path"] == BEIJING]
    assert again.targets < first.targets
    assert state_rows(out)[BEIJING][1] == "deleted"
    third = run(corpus, out)  # a deletion is reported once
    assert third.deleted == 0 and third.noop


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04 this is not a zip archive", "docx"),
    (b"", "empty"),
])
def test_incremental_failed_document_is_recorded_with_its_reason(tmp_path: Path, content: bytes, reason: str):
    corpus, out = make_corpus(tmp_path / "corpus", [SEED]), tmp_path / "out"
    name = "broken.docx" if reason == "docx" else "empty.txt"
    (corpus / name).write_bytes(content)
    summary = run(corpus, out)
    assert summary.failed == 1 and summary.new == 1 and summary.documents == 1
    sha256, status, error = state_rows(out)[name]
    assert status == "failed" and error
    assert [f["path"] for f in summary.failures] == [name]
    again = run(corpus, out)
    assert again.noop and [f["path"] for f in again.failures] == [name]
