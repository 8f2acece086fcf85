"""NER throughput on one core over the sample corpus (not a test; quote the figure).

    python bench/bench_ner.py [--backend spacy|lac] [--repeat 3] [FILES...]

Lexicons, the automaton, the spaCy pipeline and the LAC session are loaded
once before timing: the figure is the steady-state rate of the NER stage.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

# One core: keep ONNX Runtime and BLAS from spreading over the machine.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from corpus.read import read_document  # noqa: E402
from extractors.ner import extract_entities_with  # noqa: E402

SAMPLES = Path(__file__).parents[1] / "corpus" / "samples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--backend", default="spacy")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    paths = args.files or sorted(SAMPLES.glob("*.txt"))
    parts = [part for path in paths for part in read_document(path).parts]
    chars = sum(len(part.text) for part in parts)
    extract_entities_with(parts[0], args.backend)  # warm-up: load lexicons and models
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        mentions = sum(len(extract_entities_with(part, args.backend)) for part in parts)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    # On a shared machine the wall clock also counts the time other processes
    # hold the core; the CPU time of this (single-threaded) process does not.
    print(f"backend={args.backend} files={len(paths)} parts={len(parts)} chars={chars} "
          f"mentions={mentions} best_of_{args.repeat}: wall {best:.3f}s -> {chars / best:,.0f} chars/s, "
          f"cpu {best_cpu:.3f}s -> {chars / best_cpu:,.0f} chars/s")


if __name__ == "__main__":
    main()
