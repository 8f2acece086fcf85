"""The main flow: corpus → parts → extraction tasks (cached) → graph → exports.

Extraction is keyed by the file's sha256, the part number and the extractor
ids, with results persisted under the cache folder, so an unchanged corpus
re-runs without extracting anything and a changed extractor re-extracts all.
"""
from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, task
from prefect.futures import as_completed
from tqdm import tqdm

from corpus.discover import find_documents
from corpus.document import DocumentPart, PartInfo
from corpus.errors import CorpusError
from corpus.read import read_document
from extractors.pipeline import DEFAULT_BACKEND, extractor_set, run_extractors
from extractors.records import Record
from flows.lock import output_lock
from graph.atomic import write_bytes_atomic
from graph.build import build_graph
from graph.graphml import export_graphml
from graph.tables import export_tables


@dataclass
class RunSummary:
    out_dir: str
    documents: int = 0
    parts: int = 0
    parts_extracted: int = 0
    parts_cached: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    targets: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.failures


def part_key(_context: object, params: dict) -> str:
    part: DocumentPart = params["part"]
    return f"extract-{part.sha256}-{part.index}-{extractor_set(params['backend'])}"


@task(name="extract-part", cache_key_fn=part_key, persist_result=True)
def extract_part(part: DocumentPart, backend: str) -> list[Record]:
    return run_extractors(part, backend)


@flow(name="policykg-build", validate_parameters=False)
def build(paths: list[str], out_dir: str, backend: str = DEFAULT_BACKEND,
          cache_dir: str | None = None, progress: bool = True, wait: bool = True) -> RunSummary:
    with output_lock(Path(out_dir), wait=wait):
        return _build(paths, out_dir, backend, cache_dir, progress)


def _build(paths: list[str], out_dir: str, backend: str, cache_dir: str | None,
           progress: bool) -> RunSummary:
    started = time.perf_counter()
    out = Path(out_dir)
    summary = RunSummary(out_dir=str(out))
    extractor_set(backend)  # fail fast on an unknown backend
    cache = Path(cache_dir) if cache_dir else out.parent / ".cache"
    # a Path (not an unsaved block) keeps the cache local without a Prefect server
    extract = extract_part.with_options(result_storage=cache.resolve())

    files, unusable = find_documents([Path(p) for p in paths])
    summary.failures += [{"path": str(p), "reason": reason} for p, reason in unusable]
    infos: list[PartInfo] = []
    futures = []
    for path, display in tqdm(files, desc="reading", unit="file", disable=not progress):
        try:
            document = read_document(path, display)
        except CorpusError as error:
            summary.failures.append({"path": display, "reason": error.reason})
            continue
        summary.documents += 1
        for part in document.parts:
            infos.append(PartInfo.of(part, document.encoding))
            futures.append(extract.submit(part, backend))
    summary.parts = len(infos)

    records: list[Record] = []
    for future in tqdm(as_completed(futures), total=len(futures), desc="extracting",
                       unit="part", disable=not progress):
        records.extend(future.result())
        if future.state.name == "Cached":
            summary.parts_cached += 1
        else:
            summary.parts_extracted += 1

    graph = build_graph(infos, records)
    out.mkdir(parents=True, exist_ok=True)
    export_graphml(graph, out / "graph.graphml")
    export_tables(graph, out)
    write_failures(summary.failures, out / "failures.csv")
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    summary.entities = {t: types[t] for t in ("Person", "Organization", "Region", "Initiative", "Event") if types[t]}
    summary.targets = types["Target"]
    summary.seconds = round(time.perf_counter() - started, 2)
    write_bytes_atomic(out / "summary.json",
                       json.dumps(asdict(summary), ensure_ascii=False, indent=2).encode("utf-8"))
    return summary


def write_failures(failures: list[dict[str, str]], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["path", "reason"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(failures, key=lambda f: f["path"]))
    write_bytes_atomic(path, buffer.getvalue().encode("utf-8-sig"))
