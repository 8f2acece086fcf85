"""The graph as tables a researcher opens in a spreadsheet or pandas."""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pandas as pd

from graph.atomic import write_bytes_atomic

TARGET_COLUMNS = [
    "indicator", "comparator", "value", "value_max", "unit", "value_base", "value_max_base",
    "unit_base", "qualifier", "deadline", "region", "initiative", "text", "doc_id", "part",
    "path", "title", "char_start", "char_end", "evidence", "extractor", "confidence", "id",
]


def nodes_frame(graph: nx.MultiDiGraph) -> pd.DataFrame:
    rows = [{"id": n, **d} for n, d in sorted(graph.nodes(data=True))]
    frame = pd.DataFrame(rows)
    leading = ["id", "type", "label"]
    return frame[leading + sorted(c for c in frame.columns if c not in leading)]


def edges_frame(graph: nx.MultiDiGraph) -> pd.DataFrame:
    rows = [{"source": u, "target": v, "key": k, **d}
            for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])]
    frame = pd.DataFrame(rows)
    leading = ["source", "target", "key", "type"]
    return frame[leading + sorted(c for c in frame.columns if c not in leading)]


def targets_frame(graph: nx.MultiDiGraph) -> pd.DataFrame:
    documents = {(d.get("doc_id"), d.get("part")): d for _, d in graph.nodes(data=True)
                 if d.get("type") == "Document"}
    rows = []
    for nid, data in sorted(graph.nodes(data=True)):
        if data.get("type") != "Target":
            continue
        doc = documents.get((data.get("doc_id"), data.get("part")), {})
        rows.append({**data, "id": nid, "path": doc.get("path", ""), "title": doc.get("title", "")})
    frame = pd.DataFrame(rows, columns=TARGET_COLUMNS)
    return frame.sort_values(["path", "part", "char_start", "id"], kind="stable")


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    # UTF-8 with BOM so that Excel opens Chinese text correctly
    return buffer.getvalue().encode("utf-8-sig")


def export_tables(graph: nx.MultiDiGraph, out_dir: Path) -> None:
    nodes = nodes_frame(graph)
    write_bytes_atomic(out_dir / "nodes.csv", _csv_bytes(nodes))
    write_bytes_atomic(out_dir / "edges.csv", _csv_bytes(edges_frame(graph)))
    documents = nodes[nodes["type"] == "Document"].dropna(axis=1, how="all")
    write_bytes_atomic(out_dir / "documents.csv", _csv_bytes(documents))
    write_bytes_atomic(out_dir / "targets.csv", _csv_bytes(targets_frame(graph)))
