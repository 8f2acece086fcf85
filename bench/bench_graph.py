"""Time the graph build and the exports on their own, with each stage's peak memory.

    python bench/bench_graph.py [PATHS ...] [--cache DIR] [--saved FILE] [--out DIR] [--compare DIR]
                                [--repeat N] [--profile FILE]

The extractions come from the flow's cache (``--cache``, e.g. a kept ``bench/scale.py``
folder's ``cache-10000``); a document missing from it is extracted here. ``--saved``
pickles them to a file once and reads them back on later runs, so a benchmark of a
10,000-document corpus starts in seconds. ``--compare`` checks the five outputs byte
for byte against a reference folder (a ``policykg run --out`` of the same corpus, or
an earlier ``--out`` of this script).
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus.discover import find_documents
from extractors.pipeline import DEFAULT_BACKEND, extractor_set
from flows.extraction import Extraction, cache_key, extract_document, file_sha256, load_extraction
from graph.build import build_graph
from graph.graphml import export_graphml
from graph.tables import export_tables

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
OUTPUTS = ("graph.graphml", "nodes.csv", "edges.csv", "documents.csv", "targets.csv")
_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[SAMPLES], help="files or folders (default: samples)")
    parser.add_argument("--cache", type=Path, help="the flow's extraction cache folder")
    parser.add_argument("--backend", default=DEFAULT_BACKEND, help="NER backend the cache was made with")
    parser.add_argument("--saved", type=Path, help="pickle of the extractions: read if it exists, else written")
    parser.add_argument("--out", type=Path, help="write the outputs here (default: a temporary folder)")
    parser.add_argument("--compare", type=Path, help="reference folder to compare the outputs with, byte for byte")
    parser.add_argument("--repeat", type=int, default=1, help="time each stage this many times, keep the best")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one build and export here")
    args = parser.parse_args()

    began = time.perf_counter()
    extractions = saved_extractions(args.saved) if args.saved and args.saved.exists() else None
    if extractions is None:
        extractions = corpus_extractions(args.paths, args.cache, args.backend)
        if args.saved:
            with open(args.saved, "wb") as handle:
                pickle.dump(extractions, handle, protocol=pickle.HIGHEST_PROTOCOL)
    parts = [info for e in extractions for info in e.parts]
    records = [record for e in extractions for record in e.records]
    chars = sum(e.chars for e in extractions)
    print(f"{len(extractions):,} documents, {len(parts):,} parts, {chars:,} characters, {len(records):,} records "
          f"(loaded in {time.perf_counter() - began:.1f}s, peak RSS {peak_rss_mb():,.0f} MB)")

    out = args.out or Path(tempfile.mkdtemp(prefix="policykg-bench-graph-"))
    graph = None
    for stage, run in (("build_graph", lambda: build_graph(parts, records)),
                       ("export_graphml", lambda: export_graphml(graph, out / "graph.graphml")),
                       ("export_tables", lambda: export_tables(graph, out))):
        seconds, cpu, peak, result = timed(run, args.repeat)
        if stage == "build_graph":
            graph = result
        print(f"{stage:<15} {seconds:7.2f}s  ({cpu:6.2f} CPU s)   peak RSS {peak:,.0f} MB")
    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges; outputs in {out}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: (export_graphml(build_graph(parts, records), out / "graph.graphml"),
                                  export_tables(graph, out)))
        profiler.dump_stats(args.profile)
        print(f"profile in {args.profile}")
    if args.compare:
        differing = [name for name in OUTPUTS if (out / name).read_bytes() != (args.compare / name).read_bytes()]
        print(f"byte for byte against {args.compare}: " + (f"DIFFERENT {differing}" if differing else "identical"))
        if differing:
            raise SystemExit(1)


def corpus_extractions(paths: list[Path], cache: Path | None, backend: str) -> list[Extraction]:
    """Every document's extraction as the flow sees it: from the cache, or extracted here."""
    extractors = extractor_set(backend)
    files, _unusable = find_documents(paths)
    extractions: list[Extraction] = []
    for path, shown in files:
        hit = load_extraction(cache, cache_key(file_sha256(path), path.suffix, extractors)) if cache else None
        if hit is not None:
            extractions.append(hit.shown_as(shown, path.name))
            continue
        found = extract_document(path, shown, backend)
        if isinstance(found, Extraction):
            extractions.append(found)
    return extractions


def saved_extractions(path: Path) -> list[Extraction]:
    with open(path, "rb") as handle:
        return pickle.load(handle)


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float, float, object]:
    """Best wall and CPU time of ``repeat`` runs (CPU time is steadier on a shared machine),
    the peak RSS while they ran, and the last result."""
    best, best_cpu, result = float("inf"), float("inf"), None
    reset_peak_rss()
    for _ in range(max(1, repeat)):
        result = None  # the previous result must not count towards this run's peak
        gc.collect()
        began, began_cpu = time.perf_counter(), time.process_time()
        result = run()
        best = min(best, time.perf_counter() - began)
        best_cpu = min(best_cpu, time.process_time() - began_cpu)
    return best, best_cpu, peak_rss_mb(), result


def reset_peak_rss() -> None:
    # Linux resets the high-water mark (VmHWM) when "5" is written to clear_refs
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        pass  # elsewhere the peak stays the process's peak so far


def peak_rss_mb() -> float:
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
