"""Throughput of extract_targets over the sample corpus and the test cities, in characters per second (one core).

    python bench/bench_targets.py [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from corpus.read import read_document
from extractors.targets import extract_targets

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
CITIES = Path(__file__).resolve().parents[1] / "tests" / "data" / "cities"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(SAMPLES.glob("*.txt")) + sorted(CITIES.glob("*.txt"))
    parts = [part for path in paths for part in read_document(path).parts]
    chars = sum(len(part.text) for part in parts)
    extract_all(parts)  # warm regex caches
    best = float("inf")
    for _ in range(args.repeat):
        began = time.perf_counter()
        found = extract_all(parts)
        best = min(best, time.perf_counter() - began)
    print(f"{len(parts)} parts, {chars} chars, {found} targets: best of {args.repeat} {best:.3f}s "
          f"= {chars / best:,.0f} chars/s")


def extract_all(parts: list) -> int:
    return sum(len(extract_targets(part)) for part in parts)


if __name__ == "__main__":
    main()
