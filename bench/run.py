"""Throughput per stage and end to end, in characters per second.

    python bench/run.py [PATH ...] [--repeat N] [--sizes 1000,10000] [--no-scale]

Stages are timed in this process on one core (read+split, NER, targets, graph
build + export); "end to end" runs the Prefect flow twice into a temporary
folder: a first run that extracts everything and a re-run of the unchanged
corpus. Then bench/scale.py's table: generated corpora of 1,000 and 10,000
documents made from real paragraphs, first run against re-runs, threads against
Dask, with each run's peak RSS.
Figures are printed, not asserted: quote them, compare them across commits.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from corpus.discover import SAMPLES_DIR, find_documents  # noqa: E402
from corpus.document import PartInfo  # noqa: E402
from corpus.errors import CorpusError  # noqa: E402
from corpus.read import read_document  # noqa: E402
from extractors.ner import extract_entities  # noqa: E402
from extractors.pipeline import run_extractors  # noqa: E402
from extractors.targets import extract_targets  # noqa: E402
from graph.build import build_graph  # noqa: E402
from graph.graphml import graphml_bytes  # noqa: E402
from graph.tables import export_tables  # noqa: E402


def best_of(repeat: int, work) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-flow", action="store_true", help="skip the end-to-end flow runs")
    parser.add_argument("--sizes", default="1000,10000", help="generated corpus sizes for the scale table")
    parser.add_argument("--no-scale", action="store_true", help="skip the generated-corpus scale table")
    parser.add_argument("--no-dask", action="store_true", help="no Dask runs in the scale table")
    args = parser.parse_args()
    paths = args.paths or [SAMPLES_DIR]
    files, _ = find_documents(paths)

    def read_all():
        documents = []
        for path, shown in files:
            try:
                documents.append(read_document(path, shown))
            except CorpusError:
                pass
        return documents

    documents = read_all()
    parts = [part for document in documents for part in document.parts]
    chars = sum(len(document.text) for document in documents)
    extract_entities(parts[0])  # load lexicons and models before timing
    records = [record for part in parts for record in run_extractors(part)]
    infos = [PartInfo.of(part) for part in parts]

    def export():
        graph = build_graph(infos, records)
        graphml_bytes(graph)
        with tempfile.TemporaryDirectory() as folder:
            export_tables(graph, Path(folder))

    rows = [
        ("read + split", best_of(args.repeat, read_all)),
        ("NER", best_of(args.repeat, lambda: [extract_entities(p) for p in parts])),
        ("targets", best_of(args.repeat, lambda: [extract_targets(p) for p in parts])),
        ("graph + export", best_of(args.repeat, export)),
    ]
    print(f"{len(documents)} documents, {len(parts)} parts, {chars:,} characters, {len(records):,} records")
    print(f"{'stage':<28}{'seconds':>10}{'chars/s':>14}")
    for name, seconds in rows:
        print(f"{name:<28}{seconds:>10.3f}{chars / seconds:>14,.0f}")
    in_process = sum(seconds for _, seconds in rows)
    print(f"{'all stages, in process':<28}{in_process:>10.3f}{chars / in_process:>14,.0f}")
    if not args.no_flow:
        from flows.build import build

        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "run"
            for label in ("flow, first run", "flow, re-run (unchanged)"):
                began = time.perf_counter()
                build([str(p) for p in paths], str(out), progress=False)
                seconds = time.perf_counter() - began
                print(f"{label:<28}{seconds:>10.3f}{chars / seconds:>14,.0f}")
    if not args.no_scale:
        import scale  # bench/scale.py, beside this file

        sys.argv = [scale.__file__, "--sizes", args.sizes] + (["--no-dask"] if args.no_dask else [])
        scale.main()


if __name__ == "__main__":  # guarded: Dask's worker processes re-import the main module
    main()
