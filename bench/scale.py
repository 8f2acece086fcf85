"""End-to-end flow figures on generated corpora: first run, re-runs, threads against Dask, 1k against 10k.

    python bench/scale.py [--sizes 1000,10000] [--no-dask] [--keep DIR]

Each corpus is made at benchmark time from real paragraphs: every line of at
least 20 characters of corpus/samples/*.txt and tests/data/cities/*.txt (and of
the .txt files in any --paragraphs-from folders), 4–10 of them
per document, seeded so two runs make the same corpus. Every flow run is a
fresh child process, so its peak RSS (ru_maxrss) is its own; the child starts
Prefect's ephemeral API before the clock starts (reported apart: it is a
one-off per process, absent when a server runs). ``threads`` runs are pinned to
one core with one worker; ``dask`` runs use a LocalCluster of 2 processes.
"chars/cpu-s" divides by the flow process's CPU time: on a busy machine it is
the better estimate of one idle core (it leaves out Dask workers' CPU, so it is
not meaningful for the dask rows).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
CITIES = REPO / "tests" / "data" / "cities"
SEED = 20240301


@dataclass(frozen=True, slots=True)
class Measured:
    label: str
    wall: float          # seconds of the build() call (flow run, tasks, outputs)
    cpu: float           # CPU seconds of the flow process in that call (robust to a busy machine)
    api_start: float     # seconds to start Prefect's ephemeral API in that process
    peak_rss_mb: float   # the flow process's ru_maxrss
    summary: dict


def paragraphs(folders: list[Path]) -> list[str]:
    found: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                      if len(line.strip()) >= 20]
    return found


def make_corpus(folder: Path, count: int, pool: list[str], seed: int = SEED, first: int = 0) -> int:
    """``count`` documents named doc-NNNNN.txt; returns the characters written."""
    rng = random.Random(seed + first)
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for index in range(first, first + count):
        text = "\n".join(rng.sample(pool, rng.randint(4, 10))) + f"\n（第{index}号）\n"
        (folder / f"doc-{index:05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def change_documents(folder: Path, count: int, pool: list[str], seed: int = SEED) -> None:
    """Rewrite ``count`` existing documents with other paragraphs (same names)."""
    rng = random.Random(seed - 1)
    names = sorted(folder.glob("doc-*.txt"))
    for path in rng.sample(names, count):
        path.write_text("\n".join(rng.sample(pool, rng.randint(4, 10))) + "\n（修订）\n", encoding="utf-8")


def run_child(label: str, corpus: Path, out: Path, cache: Path, runner: str, workers: int,
              one_core: bool) -> Measured:
    command = [sys.executable, __file__, "--child", str(corpus), str(out), str(cache), runner, str(workers)]
    if one_core:
        command.append("--one-core")
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "ERROR", "OMP_NUM_THREADS": "1"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{label}: child failed\n{done.stderr[-4000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Measured(label, result["wall"], result["cpu"], result["api_start"], result["peak_rss_mb"],
                    result["summary"])


def child(corpus: str, out: str, cache: str, runner: str, workers: str, one_core: bool) -> None:
    if one_core:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from prefect import flow

    from flows.build import build

    @flow(name="bench-warm-up")
    def warm_up() -> None:
        return None

    began = time.perf_counter()
    warm_up()  # starts the ephemeral API: a per-process cost, not the flow's
    api_start = time.perf_counter() - began
    began, cpu_began = time.perf_counter(), cpu_seconds()
    summary = build([corpus], out, cache_dir=cache, progress=False, runner=runner, workers=int(workers))
    wall, cpu = time.perf_counter() - began, cpu_seconds() - cpu_began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from dataclasses import asdict

    print(json.dumps({"wall": wall, "cpu": cpu, "api_start": api_start, "peak_rss_mb": peak, "summary": asdict(summary)}))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def row(measured: Measured, corpus_chars: int) -> str:
    s = measured.summary
    stages = s.get("stage_seconds", {})
    extracted = s.get("parts_extracted", 0)
    extract_rate = (corpus_chars * extracted / max(s.get("parts", 1), 1)) / stages["extract"] \
        if stages.get("extract") and extracted else 0
    cells = [
        f"{measured.label:<34}",
        f"{s['documents']:>7,}",
        f"{s['documents_extracted']:>7,}",
        f"{s['extract_tasks']:>6,}",
        f"{measured.wall:>9.2f}",
        f"{corpus_chars / measured.wall:>12,.0f}",
        f"{corpus_chars / measured.cpu:>12,.0f}",
        f"{stages.get('scan', 0):>7.2f}",
        f"{stages.get('extract', 0):>8.2f}",
        f"{extract_rate:>12,.0f}" if extract_rate else f"{'-':>12}",
        f"{stages.get('graph', 0):>7.2f}",
        f"{stages.get('export', 0):>7.2f}",
        f"{measured.peak_rss_mb:>8,.0f}",
    ]
    return " ".join(cells)


HEADER = " ".join([f"{'run':<34}", f"{'docs':>7}", f"{'extr.':>7}", f"{'tasks':>6}", f"{'seconds':>9}",
                   f"{'chars/s e2e':>12}", f"{'chars/cpu-s':>12}", f"{'scan s':>7}", f"{'extract':>8}", f"{'extr. chars/s':>12}",
                   f"{'graph':>7}", f"{'export':>7}", f"{'RSS MB':>8}"])


def bench_size(size: int, pool: list[str], base: Path, dask: bool) -> list[str]:
    corpus, out, cache = base / f"corpus-{size}", base / f"out-{size}", base / f"cache-{size}"
    chars = make_corpus(corpus, size, pool)
    lines = [f"\n{size:,} documents, {chars:,} characters (avg {chars // size:,} per document)", HEADER]
    first = run_child(f"{size:,} threads, 1 core: first run", corpus, out, cache, "threads", 1, True)
    lines.append(row(first, chars))
    again = run_child(f"{size:,} threads: re-run, unchanged", corpus, out, cache, "threads", 1, True)
    lines.append(row(again, chars))
    if dask:
        dask_run = run_child(f"{size:,} dask, 2 workers: first run", corpus, base / f"out-{size}-dask",
                             base / f"cache-{size}-dask", "dask", 2, False)
        lines.append(row(dask_run, chars))
        same = (out / "graph.graphml").read_bytes() == (base / f"out-{size}-dask" / "graph.graphml").read_bytes()
        lines.append(f"{'':<34} dask GraphML byte-identical to threads: {same}")
    step = max(1, size // 100)
    make_corpus(corpus, step, pool, first=size)
    change_documents(corpus, step, pool)
    chars_after = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
    incremental = run_child(f"{size:,} threads: +{step} new, {step} changed", corpus, out, cache, "threads", 1,
                            True)
    lines.append(row(incremental, chars_after))
    lines.append(f"{'':<34} re-run unchanged = {again.wall / first.wall:.1%} of the first run; "
                 f"incremental (+1% new, 1% changed) = {incremental.wall / first.wall:.1%}; "
                 f"Prefect API start (per process, not counted) ≈ {first.api_start:.1f} s")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="documents per corpus, comma-separated")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    parser.add_argument("--dask-sizes", default="1000", help="sizes that also run with Dask")
    parser.add_argument("--keep", type=Path, help="make the corpora and outputs here and keep them")
    parser.add_argument("--paragraphs-from", type=Path, nargs="*", default=[],
                        help="more folders of .txt documents to sample paragraphs from")
    parser.add_argument("--child", nargs=5, metavar=("CORPUS", "OUT", "CACHE", "RUNNER", "WORKERS"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--one-core", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, one_core=args.one_core)
        return
    folders = [SAMPLES, CITIES, *args.paragraphs_from]
    pool = paragraphs(folders)
    print(f"paragraph pool: {len(pool):,} paragraphs from {', '.join(str(f) for f in folders)}")
    dask_sizes = set() if args.no_dask else {int(s) for s in args.dask_sizes.split(",") if s}
    base = args.keep or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            for line in bench_size(size, pool, base / str(size), size in dask_sizes):
                print(line, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
