"""--runner dask (prefect-dask, a LocalCluster of 2 processes) gives the default runner's outputs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.build import build

pytest.importorskip("prefect_dask")

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
NAMES = ["seed_2023_04_study_notice_chongqing.txt", "gov_work_report_2024_beijing.txt",
         "news_xinwenlianbo_20231212_central_economic_work_conference.txt"]
OUTPUTS = ("graph.graphml", "nodes.csv", "edges.csv", "documents.csv", "targets.csv", "failures.csv")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("dask")
    corpus = base / "corpus"
    corpus.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, corpus / name)
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    summaries = {}
    # A loaded machine (CI beside other jobs) may take longer than the default 30 s to start the server.
    with prefect_test_harness(server_startup_timeout=120):
        for runner in ("threads", "dask"):
            # small batches: several tasks, so both workers take part and finish in any order
            summaries[runner] = build([str(corpus)], str(base / runner / "out"), cache_dir=str(base / runner / "cache"),
                                      progress=False, runner=runner, workers=2, batch_bytes=20_000)
    return base, summaries


def test_dask_runner_extracts_every_document_in_several_tasks(runs):
    _, summaries = runs
    dask = summaries["dask"]
    assert dask.runner == "dask" and dask.documents_extracted == len(NAMES)
    assert dask.extract_tasks >= 2
    assert [f["path"] for f in dask.failures] == ["broken.docx"]


@pytest.mark.parametrize("name", OUTPUTS)
def test_dask_runner_outputs_are_byte_identical_to_threads(runs, name):
    base, _ = runs
    threads = (base / "threads" / "out" / name).read_bytes()
    assert threads and (base / "dask" / "out" / name).read_bytes() == threads
