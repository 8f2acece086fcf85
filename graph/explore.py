"""A self-contained HTML page to explore a run's graph in a browser, offline.

The page is ``assets/explore.html`` (style and a small canvas force layout,
written for policykg, no third-party script) with the graph inlined as JSON.
Only the ``top`` best-connected nodes are drawn at first so that a graph of a
few thousand nodes stays usable; a search brings in any node and its
neighbours.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import networkx as nx

from graph.atomic import write_bytes_atomic
from graph.query import aliases_of, target_rows

DEFAULT_TOP = 300
MAX_EVIDENCE = 8  # sentences shown per node: its own, then those of its edges
TYPE_COLORS = {
    "Person": "#d62728", "Organization": "#1f77b4", "Region": "#2ca02c", "Initiative": "#ff7f0e",
    "Target": "#9467bd", "Deadline": "#8c564b", "Event": "#e377c2", "Document": "#7f7f7f",
}
TABLE_COLUMNS = ("deadline", "region", "indicator", "comparator", "value", "unit", "initiative", "file_name",
                 "text")
HIDDEN_ATTRIBUTES = {"labels", "label", "evidence", "aliases"}  # shown elsewhere on the page


def _document_labels(graph: nx.MultiDiGraph) -> dict[tuple[str, int], str]:
    labels = {}
    for _, d in graph.nodes(data=True):
        if d.get("type") == "Document":
            labels[(str(d.get("doc_id")), int(d.get("part") or 0))] = (
                f"{d.get('file_name', '')} #{d.get('part', 0)}")
    return labels


def _evidence(graph: nx.MultiDiGraph, node: str, doc_labels: dict) -> list[list[str]]:
    """Distinct sentences for ``node``, each with the document part it is from."""
    seen: set[str] = set()
    found: list[list[str]] = []

    def add(attrs: dict) -> None:
        sentence = str(attrs.get("evidence") or "").strip()
        if sentence and sentence not in seen and len(found) < MAX_EVIDENCE:
            seen.add(sentence)
            where = doc_labels.get((str(attrs.get("doc_id")), int(attrs.get("part") or 0)), "")
            found.append([sentence, where])

    add(graph.nodes[node])
    for *_, data in sorted(graph.in_edges(node, data=True), key=lambda e: (-int(e[2].get("weight") or 1), e[0])):
        add(data)
    for *_, data in sorted(graph.out_edges(node, data=True), key=lambda e: e[1]):
        add(data)
    return found


def explorer_data(graph: nx.MultiDiGraph, top: int = DEFAULT_TOP) -> dict:
    """What the page needs, as JSON-ready lists; nodes sorted by id."""
    order = sorted(graph.nodes)
    index = {n: i for i, n in enumerate(order)}
    doc_labels = _document_labels(graph)
    weights: dict[tuple[str, str, str], int] = {}
    for u, v, d in graph.edges(data=True):
        key = (u, v, str(d.get("type", "")))
        weights[key] = weights.get(key, 0) + int(d.get("weight") or 1)
    nodes = []
    for n in order:
        attrs = graph.nodes[n]
        nodes.append({
            "id": n, "type": attrs.get("type", ""), "name": str(attrs.get("name") or attrs.get("label") or n),
            "aliases": aliases_of(attrs), "degree": graph.degree(n),
            "attrs": {k: v for k, v in sorted(attrs.items()) if k not in HIDDEN_ATTRIBUTES},
            "evidence": _evidence(graph, n, doc_labels),
        })
    edges = [[index[u], index[v], t, w] for (u, v, t), w in sorted(weights.items())]
    ranked = sorted(order, key=lambda n: (-graph.degree(n), n))
    rows = target_rows(graph, sorted(n for n, d in graph.nodes(data=True) if d.get("type") == "Target"))
    targets = [{"id": r["id"], **{c: r.get(c, "") for c in TABLE_COLUMNS}} for r in rows]
    return {"colors": TYPE_COLORS, "nodes": nodes, "edges": edges,
            "top": sorted(index[n] for n in ranked[:top]), "targets": targets,
            "targetColumns": list(TABLE_COLUMNS)}


def _script_safe_json(data: dict) -> str:
    # "</script>" or "<!--" inside a sentence must not end the data block early
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def explorer_html(graph: nx.MultiDiGraph, top: int = DEFAULT_TOP, title: str = "policykg explorer") -> str:
    template = resources.files("graph").joinpath("assets/explore.html").read_text(encoding="utf-8")
    safe_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (template.replace("__TITLE__", safe_title)
            .replace("__DATA__", _script_safe_json(explorer_data(graph, top))))


def write_explorer(graph: nx.MultiDiGraph, out: Path, top: int = DEFAULT_TOP,
                   title: str = "policykg explorer") -> Path:
    write_bytes_atomic(Path(out), explorer_html(graph, top, title).encode("utf-8"))
    return Path(out)
