"""Issue 8: a run killed with SIGKILL leaves the previous outputs intact, and the
next run resumes from the parts that were finished before the kill."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"


def _corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        for copy in range(copies):
            # a different last line makes a different file (and sha256) of the same genre
            (folder / f"{sample.stem}-{copy}.txt").write_text(f"{text}\n（第{copy}份）\n", encoding="utf-8")
    return folder


def _run(corpus: Path, out: Path, cache: Path) -> subprocess.Popen:
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", str(corpus), "--out", str(out), "--cache", str(cache), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)


def _cached(cache: Path) -> int:
    return sum(1 for _ in cache.rglob("*") if _.is_file()) if cache.exists() else 0


def test_sigkill_keeps_outputs_and_the_next_run_resumes(tmp_path: Path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    small = _corpus(tmp_path / "small", 1)
    first = _run(small, out, cache)
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()[-2000:]
    previous = (out / "graph.graphml").read_bytes()
    already = _cached(cache)

    large = _corpus(tmp_path / "large", 4)
    victim = _run(large, out, cache)
    deadline = time.monotonic() + 300
    while _cached(cache) == already and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(victim.pid, signal.SIGKILL)  # mid-extraction: some parts are persisted, most not
    victim.wait(timeout=60)
    finished_before_kill = _cached(cache) - already
    assert finished_before_kill >= 1

    # the killed run wrote nothing half-way: the previous graph is still there, whole
    assert (out / "graph.graphml").read_bytes() == previous
    nx.read_graphml(out / "graph.graphml")

    resumed = _run(large, out, cache)
    assert resumed.wait(timeout=600) == 0, resumed.stderr.read().decode()[-2000:]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["parts_cached"] >= finished_before_kill
    assert summary["parts_extracted"] + summary["parts_cached"] == summary["parts"]
    graph = nx.read_graphml(out / "graph.graphml")
    documents = {d["file_name"] for _, d in graph.nodes(data=True) if d["type"] == "Document"}
    assert len(documents) == 24
