"""The main flow: corpus → extraction tasks (cached per document) → graph → exports.

A run hashes every file, compares the hashes with the state store
(``OUT/state.sqlite``) and sorts the documents into new, changed, unchanged,
deleted and failed. Documents whose extraction is cached (key: sha256, suffix,
extractor ids) are loaded from the cache; the rest go to Prefect tasks, one per
batch of files (``batch_bytes``), because Prefect's own cost per task run
(tens of milliseconds, mostly recording its states) would otherwise exceed the
extraction of a small document. At most two batches per worker are in flight
and texts never come back to the flow, so memory holds the parts' metadata and
the records, not the corpus. The graph is rebuilt from the current documents
only, so a changed document's old facts and a deleted document's facts are
gone. A run whose inputs (files, extractors, graph code) are those of the last
completed run and whose outputs are intact rewrites nothing: it records the run
and reports the previous figures.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import networkx as nx
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from tqdm import tqdm

import graph as graph_package
from corpus.discover import find_documents
from corpus.document import PartInfo
from extractors.pipeline import DEFAULT_BACKEND, extractor_set
from extractors.records import Record
from flows.extraction import (Extraction, ReadFailure, cache_key, extract_documents, file_sha256,
                              load_extraction, save_extraction)
from flows.lock import output_lock
from flows.runners import DEFAULT_RUNNER, DEFAULT_WORKERS, task_runner, worker_slots
from flows.state import (FAILED, OK, STATE_NAME, Changes, DocumentState, PreviousRun, active_documents, classify,
                         fail_run, finish_run, last_completed_run, open_state, start_run)
from graph.atomic import write_bytes_atomic
from graph.build import build_graph
from graph.graphml import export_graphml
from graph.report import report_html
from graph.tables import export_tables

BATCH_BYTES = 256_000  # ≈ 85k characters of UTF-8 Chinese: a second or two of extraction
IN_FLIGHT_PER_WORKER = 2
SUMMARY_NAME = "summary.json"
REPORT_NAME = "report.html"
# not outputs of the graph: summary.json and the report hold timings, state.sqlite the
# history, explore.html is written on request by `policykg explore`
NOT_OUTPUTS = {SUMMARY_NAME, REPORT_NAME, "explore.html",
               STATE_NAME, f"{STATE_NAME}-journal", f"{STATE_NAME}-wal", f"{STATE_NAME}-shm"}


@dataclass
class RunSummary:
    out_dir: str
    documents: int = 0
    parts: int = 0
    parts_extracted: int = 0
    parts_cached: int = 0          # parts whose records came from an earlier run
    documents_extracted: int = 0
    documents_cached: int = 0
    extract_tasks: int = 0         # Prefect task runs (one per batch of documents)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    noop: bool = False             # nothing new: the previous outputs were kept as they are
    run_id: int = 0
    runner: str = DEFAULT_RUNNER
    characters: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    targets: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class ScannedFile:
    path: Path
    shown: str
    sha256: str
    size: int


@task(name="extract-documents", cache_policy=NO_CACHE, persist_result=False)
def extract_batch(batch: list[tuple[str, str]], backend: str) -> list[Extraction | ReadFailure]:
    # cached per document by the flow (flows/extraction.py), not per batch by Prefect
    return extract_documents(batch, backend)


@flow(name="policykg-build", validate_parameters=False)
def build(paths: list[str], out_dir: str, backend: str = DEFAULT_BACKEND,
          cache_dir: str | None = None, progress: bool = True, wait: bool = True,
          runner: str = DEFAULT_RUNNER, dask_address: str | None = None,
          workers: int = DEFAULT_WORKERS, batch_bytes: int = BATCH_BYTES) -> RunSummary:
    with output_lock(Path(out_dir), wait=wait):
        return _build(paths, Path(out_dir), backend, cache_dir, progress, runner, dask_address,
                      workers, batch_bytes)


def _build(paths: list[str], out: Path, backend: str, cache_dir: str | None, progress: bool,
           runner: str, dask_address: str | None, workers: int, batch_bytes: int) -> RunSummary:
    started = time.perf_counter()
    extractors = extractor_set(backend)  # fail fast on an unknown backend
    cache = (Path(cache_dir) if cache_dir else out.parent / ".cache").resolve()
    summary = RunSummary(out_dir=str(out), runner=runner)

    files, unusable = find_documents([Path(p) for p in paths])
    failures = {str(path): reason for path, reason in unusable}
    scanned = scan_files(files, failures, progress)
    stages = {"scan": time.perf_counter() - started}

    connection = open_state(out)
    try:
        summary.run_id = start_run(connection, extractors, runner)
        previous = active_documents(connection)
        fingerprint = run_fingerprint(extractors, scanned, failures)
        last = last_completed_run(connection)
        if last and last.fingerprint == fingerprint and outputs_intact(out, last.outputs):
            fill_noop_summary(summary, last)
            graph = None
            documents = list(previous.values()) + [
                DocumentState(shown, "", extractors, FAILED, reason) for shown, reason in failures.items()
                if shown not in previous]
            # the same bytes fail the same way: the last run's reasons stand
            failures.update({p: d.error for p, d in previous.items() if d.status == FAILED and p not in failures})
            outputs = last.outputs
        else:
            began = time.perf_counter()
            extractions, read_failures = extract_all(scanned, backend, extractors, cache, summary, progress,
                                                     runner, dask_address, workers, batch_bytes)
            failures.update(read_failures)
            stages["extract"] = time.perf_counter() - began
            documents = document_states(scanned, extractions, failures, extractors)
            outputs, graph = write_outputs(out, extractions, failures, summary, stages)
        changes = classify({p: d.sha256 for p, d in previous.items()}, {s.shown: s.sha256 for s in scanned})
        count_changes(summary, changes, failures)
        summary.failures = [{"path": p, "reason": r} for p, r in sorted(failures.items())]
        summary.stage_seconds = {name: round(seconds, 3) for name, seconds in stages.items()}
        summary.seconds = round(time.perf_counter() - started, 2)
        write_bytes_atomic(out / SUMMARY_NAME,
                           json.dumps(asdict(summary), ensure_ascii=False, indent=2).encode("utf-8"))
        if graph is not None:  # a no-op run keeps the last report, as it keeps the graph
            report = report_html(graph, asdict(summary), summary.failures, title=f"policykg run report — {out.name}")
            write_bytes_atomic(out / REPORT_NAME, report.encode("utf-8"))
        gone = [p for p in changes.deleted if p not in failures]
        finish_run(connection, summary.run_id, documents, gone, fingerprint, outputs, asdict(summary))
    except Exception as error:
        fail_run(connection, summary.run_id, f"{type(error).__name__}: {error}")
        raise
    finally:
        connection.close()
    return summary


def scan_files(files: list[tuple[Path, str]], failures: dict[str, str], progress: bool) -> list[ScannedFile]:
    scanned: list[ScannedFile] = []
    for path, shown in tqdm(files, desc="hashing", unit="file", disable=not progress):
        try:
            scanned.append(ScannedFile(path, shown, file_sha256(path), path.stat().st_size))
        except OSError as error:  # vanished or unreadable since it was listed
            failures[shown] = f"cannot read: {error.strerror or error}"
    return scanned


def extract_all(scanned: list[ScannedFile], backend: str, extractors: str, cache: Path, summary: RunSummary,
                progress: bool, runner: str, dask_address: str | None, workers: int,
                batch_bytes: int) -> tuple[list[Extraction], dict[str, str]]:
    """Every document's extraction, from the cache or from tasks; and the files that failed."""
    by_shown = {s.shown: s for s in scanned}
    extractions: list[Extraction] = []
    failures: dict[str, str] = {}
    bar = tqdm(total=len(scanned), desc="extracting", unit="file", disable=not progress)

    def take(future: PrefectFuture) -> None:
        for item in future.result():
            bar.update()
            if isinstance(item, ReadFailure):
                failures[item.shown] = item.reason
                continue
            source = by_shown[item.parts[0].path]  # a document has at least one part
            # keyed by the sha256 of the bytes actually read (the file may have changed since the scan)
            save_extraction(cache, cache_key(item.sha256, source.path.suffix, extractors), item)
            extractions.append(item)
            summary.documents_extracted += 1
            summary.parts_extracted += len(item.parts)

    with task_runner(runner, dask_address, workers) as pool:
        limit = IN_FLIGHT_PER_WORKER * worker_slots(pool, workers)
        in_flight: list[PrefectFuture] = []
        batch: list[tuple[str, str]] = []
        size = 0

        def submit() -> None:
            nonlocal batch, size
            while len(in_flight) >= limit:  # bounded: the flow never queues the whole corpus
                take(wait_first(in_flight))
            in_flight.append(pool.submit(extract_batch, parameters={"batch": batch, "backend": backend}))
            summary.extract_tasks += 1
            batch, size = [], 0

        for source in scanned:
            hit = load_extraction(cache, cache_key(source.sha256, source.path.suffix, extractors))
            if hit is not None:
                extractions.append(hit.shown_as(source.shown, source.path.name))
                summary.documents_cached += 1
                summary.parts_cached += len(hit.parts)
                bar.update()
                continue
            batch.append((str(source.path), source.shown))
            size += source.size
            if size >= batch_bytes:
                submit()
        if batch:
            submit()
        while in_flight:
            take(wait_first(in_flight))
    bar.close()
    return extractions, failures


def wait_first(in_flight: list[PrefectFuture]) -> PrefectFuture:
    done = next(as_completed(in_flight))
    in_flight.remove(done)
    return done


def write_outputs(out: Path, extractions: list[Extraction], failures: dict[str, str], summary: RunSummary,
                  stages: dict[str, float]) -> tuple[dict[str, str], nx.MultiDiGraph]:
    began = time.perf_counter()
    infos: list[PartInfo] = [info for e in extractions for info in e.parts]
    records: list[Record] = [record for e in extractions for record in e.records]
    graph = build_graph(infos, records)
    del records
    stages["graph"] = time.perf_counter() - began
    began = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    export_graphml(graph, out / "graph.graphml")
    export_tables(graph, out)
    write_failures(failures, out / "failures.csv")
    stages["export"] = time.perf_counter() - began
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    summary.documents = len(extractions)
    summary.parts = len(infos)
    summary.characters = sum(e.chars for e in extractions)
    summary.entities = {t: types[t] for t in ("Person", "Organization", "Region", "Initiative", "Event") if types[t]}
    summary.targets = types["Target"]
    return output_hashes(out), graph


def write_failures(failures: dict[str, str], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["path", "reason"], lineterminator="\n")
    writer.writeheader()
    writer.writerows({"path": p, "reason": r} for p, r in sorted(failures.items()))
    write_bytes_atomic(path, buffer.getvalue().encode("utf-8-sig"))


def document_states(scanned: list[ScannedFile], extractions: list[Extraction], failures: dict[str, str],
                    extractors: str) -> list[DocumentState]:
    extracted = {e.parts[0].path: e for e in extractions if e.parts}
    hashes = {s.shown: s.sha256 for s in scanned}
    states = [DocumentState(shown, e.sha256, extractors, OK, "", len(e.parts), len(e.records))
              for shown, e in extracted.items()]
    states += [DocumentState(shown, hashes.get(shown, ""), extractors, FAILED, reason)
               for shown, reason in failures.items()]
    return states


def count_changes(summary: RunSummary, changes: Changes, failures: dict[str, str]) -> None:
    """Exclusive counts: a file that failed counts as failed only."""
    summary.new = sum(p not in failures for p in changes.new)
    summary.changed = sum(p not in failures for p in changes.changed)
    summary.unchanged = sum(p not in failures for p in changes.unchanged)
    summary.deleted = sum(p not in failures for p in changes.deleted)
    summary.failed = len(failures)


def fill_noop_summary(summary: RunSummary, last: PreviousRun) -> None:
    """Nothing new: the figures of the graph are the last run's, every part was reused."""
    for name in ("documents", "parts", "characters", "entities", "targets"):
        setattr(summary, name, last.summary.get(name, getattr(summary, name)))
    summary.noop = True
    summary.parts_cached = summary.parts
    summary.documents_cached = summary.documents


def run_fingerprint(extractors: str, scanned: list[ScannedFile], failures: dict[str, str]) -> str:
    """Everything the outputs depend on: the files, the extractors and the code that builds the graph."""
    inputs = {
        "extractors": extractors,
        "code": code_fingerprint(),
        "files": sorted((s.shown, s.sha256) for s in scanned),
        "unusable": sorted(failures.items()),
    }
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=False).encode("utf-8")).hexdigest()


@cache
def code_fingerprint() -> str:
    # an edited graph builder or exporter must rebuild the outputs even when no file changed
    sources = sorted(Path(graph_package.__file__).parent.glob("*.py"))
    sources += [Path(__file__), Path(__file__).with_name("extraction.py")]
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode("utf-8"))
        digest.update(source.read_bytes())
    return digest.hexdigest()


def output_hashes(out: Path) -> dict[str, str]:
    return {path.name: file_sha256(path) for path in sorted(out.iterdir())
            if path.is_file() and not path.name.startswith(".") and path.name not in NOT_OUTPUTS}


def outputs_intact(out: Path, recorded: dict[str, str]) -> bool:
    if not recorded:
        return False
    for name, sha256 in recorded.items():
        path = out / name
        if not path.is_file() or file_sha256(path) != sha256:
            return False
    return True
