"""Questions a researcher asks of a run's graph, as pure functions on networkx.

The graph is the one ``policykg run`` writes (``graph.graphml``), read back
with ``nx.read_graphml``. Regions and initiatives are matched by name or alias
after NFKC normalisation, so 中国(重庆)自由贸易试验区 and
中国（重庆）自由贸易试验区 are the same place; a region includes every region
that is PART_OF it, transitively.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

# Positional kinds of `policykg query` that name a node type.
ENTITY_KINDS = {
    "person": "Person", "organization": "Organization", "region": "Region",
    "initiative": "Initiative", "event": "Event", "document": "Document",
    "deadline": "Deadline", "target": "Target",
}
TARGET_COLUMNS = ("deadline", "region", "indicator", "comparator", "value", "unit", "value_base",
                  "unit_base", "initiative", "file_name", "text", "evidence", "doc_id", "part",
                  "char_start", "char_end", "id")
TARGET_TABLE_COLUMNS = ("deadline", "region", "indicator", "comparator", "value", "unit", "initiative",
                        "file_name")
NODE_COLUMNS = ("id", "type", "name", "mentions", "documents", "aliases", "titles", "level", "parent",
                "evidence")
NODE_TABLE_COLUMNS = ("id", "type", "name", "mentions", "documents", "aliases")
NEIGHBOUR_COLUMNS = ("direction", "edge", "weight", "type", "name", "id", "evidence")
NEIGHBOUR_TABLE_COLUMNS = ("direction", "edge", "weight", "type", "name", "id")
TEXT_WIDTH = 40  # long cells are cut in the plain-text table, never in CSV or JSON


class QueryError(ValueError):
    """A name that matches nothing, or a filter that cannot be read."""


@dataclass(frozen=True, slots=True)
class TargetFilter:
    region: str | None = None
    due_by: str | None = None      # "2027" or "2027-06-30": deadline no later than this
    due_from: str | None = None    # deadline no earlier than this
    initiative: str | None = None  # name, alias or part of one
    document: str | None = None    # file name, path, doc id or doc node id
    indicator: str | None = None   # substring of the indicator


def load_graph(run_dir: Path) -> nx.MultiDiGraph:
    path = Path(run_dir) / "graph.graphml" if Path(run_dir).is_dir() else Path(run_dir)
    if not path.exists():
        raise QueryError(f"{path}: no graph here; run `policykg run --out {run_dir}` first")
    return nx.read_graphml(path, force_multigraph=True)


def norm(text: object) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    return "".join(ch for ch in text if not ch.isspace())


def aliases_of(attrs: dict) -> list[str]:
    raw = attrs.get("aliases")
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        return [str(raw)]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def names_of(attrs: dict) -> set[str]:
    names = [attrs.get("name") or attrs.get("label") or ""] + aliases_of(attrs)
    return {norm(n) for n in names} - {""}


def find_nodes(graph: nx.MultiDiGraph, name: str, node_type: str | None = None) -> list[str]:
    """Nodes whose id, name or alias equals ``name``; failing that, whose name contains it."""
    wanted = norm(name)
    candidates = [(n, d) for n, d in graph.nodes(data=True)
                  if node_type is None or d.get("type") == node_type]
    exact = [n for n, d in candidates if n == name or wanted in names_of(d)]
    if exact:
        return sorted(exact, key=lambda n: _by_mentions(graph, n))
    partial = [n for n, d in candidates if any(wanted in form for form in names_of(d))]
    return sorted(partial, key=lambda n: _by_mentions(graph, n))


def _by_mentions(graph: nx.MultiDiGraph, node: str) -> tuple:
    return (-int(graph.nodes[node].get("mentions") or 0), node)


def nodes_of_type(graph: nx.MultiDiGraph, node_type: str) -> list[str]:
    return sorted((n for n, d in graph.nodes(data=True) if d.get("type") == node_type),
                  key=lambda n: _by_mentions(graph, n))


def _edges_of_type(graph: nx.MultiDiGraph, edge_type: str) -> Iterable[tuple[str, str]]:
    return ((u, v) for u, v, d in graph.edges(data=True) if d.get("type") == edge_type)


def region_closure(graph: nx.MultiDiGraph, region: str) -> set[str]:
    """The region nodes named ``region`` and every region PART_OF them, transitively.

    Nodes spelled the same after normalisation count as one region, because the
    same place is sometimes written with full-width and sometimes with ASCII
    brackets and only one spelling carries the PART_OF edge.
    """
    roots = find_nodes(graph, region, "Region")
    exact = [n for n in roots if norm(region) in names_of(graph.nodes[n]) or n == region]
    if not exact:
        raise QueryError(f"no region named {region!r}")
    same_name: dict[str, set[str]] = {}
    for n, d in graph.nodes(data=True):
        if d.get("type") == "Region":
            same_name.setdefault(norm(d.get("name")), set()).add(n)
    children: dict[str, set[str]] = {}
    for child, parent in _edges_of_type(graph, "PART_OF"):
        children.setdefault(parent, set()).add(child)
    found: set[str] = set()
    todo = list(exact)
    while todo:
        node = todo.pop()
        if node in found:
            continue
        found.add(node)
        todo.extend(same_name.get(norm(graph.nodes[node].get("name")), ()))
        todo.extend(children.get(node, ()))
    return found


def deadline_end(value: str) -> str:
    """The last day a deadline allows, as an ISO string that sorts: 2027 → 2027-12-31."""
    value = str(value).strip()
    parts = value.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        raise QueryError(f"{value!r} is not a year or an ISO date")
    return value + {1: "-12-31", 2: "-31"}.get(len(parts), "")


def deadline_start(value: str) -> str:
    """The first day a deadline names: 2027 → 2027-01-01."""
    value = str(value).strip()
    deadline_end(value)  # validates
    return value + {1: "-01-01", 2: "-01"}.get(len(value.split("-")), "")


def _document_of(graph: nx.MultiDiGraph, target: str) -> dict:
    for source in graph.predecessors(target):
        if graph.nodes[source].get("type") == "Document":
            return graph.nodes[source]
    return {}


def document_matches(doc_node: str, attrs: dict, wanted: str) -> bool:
    if wanted in {doc_node, attrs.get("doc_id"), attrs.get("file_name"), attrs.get("path")}:
        return True
    path = str(attrs.get("path") or "")
    return bool(path) and (path.endswith("/" + wanted) or Path(path).name == wanted) or (
        doc_node.startswith(f"doc:{wanted}/"))


def select_targets(graph: nx.MultiDiGraph, flt: TargetFilter) -> list[str]:
    """Target node ids that pass every filter, in reading order (document, part, offset)."""
    region_nodes = region_closure(graph, flt.region) if flt.region else set()
    initiative = norm(flt.initiative) if flt.initiative else ""
    if flt.document and not any(document_matches(n, d, flt.document) for n, d in graph.nodes(data=True)
                                if d.get("type") == "Document"):
        raise QueryError(f"no document {flt.document!r} in this run")
    chosen = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("type") != "Target":
            continue
        if flt.region and not _target_in_region(graph, node, attrs, region_nodes):
            continue
        if (flt.due_by or flt.due_from) and not _due_within(attrs.get("deadline"), flt):
            continue
        if initiative and not _target_of_initiative(graph, node, attrs, initiative):
            continue
        if flt.indicator and norm(flt.indicator) not in norm(attrs.get("indicator")):
            continue
        if flt.document and not _target_in_document(graph, node, attrs, flt.document):
            continue
        chosen.append(node)
    return sorted(chosen, key=lambda n: _reading_order(graph, n))


def _reading_order(graph: nx.MultiDiGraph, node: str) -> tuple:
    attrs = graph.nodes[node]
    doc = _document_of(graph, node)
    return (str(doc.get("path") or ""), int(attrs.get("part") or 0), int(attrs.get("char_start") or 0), node)


def _target_in_region(graph: nx.MultiDiGraph, node: str, attrs: dict, regions: set[str]) -> bool:
    applies_to = [v for _, v, d in graph.out_edges(node, data=True) if d.get("type") == "APPLIES_TO"]
    if any(v in regions for v in applies_to):
        return True
    # A region written without a known parent (中心城区) still belongs when its
    # name is an alias of a region inside the closure that the same document
    # mentions (重庆中心城区, PART_OF 重庆市, is written 中心城区 there).
    orphans = [v for v in applies_to
               if not any(d.get("type") == "PART_OF" for *_, d in graph.out_edges(v, data=True))]
    if applies_to and not orphans:
        return False
    mentioned = {v for u in graph.predecessors(node) if graph.nodes[u].get("type") == "Document"
                 for v in graph.successors(u)}
    forms = set().union(*(names_of(graph.nodes[n]) for n in regions & mentioned)) if regions else set()
    return norm(attrs.get("region")) in forms


def _due_within(deadline: object, flt: TargetFilter) -> bool:
    if not deadline:
        return False
    end = deadline_end(str(deadline))
    if flt.due_by and end > deadline_end(flt.due_by):
        return False
    return not flt.due_from or end >= deadline_start(flt.due_from)


def _target_of_initiative(graph: nx.MultiDiGraph, node: str, attrs: dict, wanted: str) -> bool:
    forms = {norm(attrs.get("initiative"))} - {""}
    for _, v, d in graph.out_edges(node, data=True):
        if d.get("type") == "TARGET_OF":
            forms |= names_of(graph.nodes[v])
    return any(wanted in form for form in forms)


def _target_in_document(graph: nx.MultiDiGraph, node: str, attrs: dict, wanted: str) -> bool:
    return any(document_matches(u, graph.nodes[u], wanted) for u in graph.predecessors(node)
               if graph.nodes[u].get("type") == "Document")


def target_rows(graph: nx.MultiDiGraph, targets: Sequence[str]) -> list[dict]:
    rows = []
    for node in targets:
        attrs = graph.nodes[node]
        doc = _document_of(graph, node)
        row = {col: attrs.get(col, "") for col in TARGET_COLUMNS}
        row.update(id=node, file_name=doc.get("file_name", ""))
        rows.append(row)
    return rows


def node_rows(graph: nx.MultiDiGraph, nodes: Sequence[str]) -> list[dict]:
    rows = []
    for node in nodes:
        attrs = graph.nodes[node]
        row = {col: attrs.get(col, "") for col in NODE_COLUMNS}
        row.update(id=node, aliases="、".join(aliases_of(attrs)),
                   titles="、".join(aliases_of({"aliases": attrs.get("titles")})))
        rows.append(row)
    return rows


def neighbour_rows(graph: nx.MultiDiGraph, node: str) -> list[dict]:
    """One row per edge touching ``node``: out-edges as ``->``, in-edges as ``<-``."""
    rows = []
    for direction, edges in (("->", graph.out_edges(node, data=True)), ("<-", graph.in_edges(node, data=True))):
        for u, v, data in edges:
            other = v if direction == "->" else u
            attrs = graph.nodes[other]
            rows.append({"direction": direction, "edge": data.get("type", ""), "weight": data.get("weight", ""),
                         "type": attrs.get("type", ""), "name": attrs.get("name", other), "id": other,
                         "evidence": data.get("evidence", "")})
    return sorted(rows, key=lambda r: (r["edge"], r["direction"], -_as_int(r["weight"]), r["id"]))


def _as_int(value: object) -> int:
    return value if isinstance(value, int) else 0


# ---------- output -------------------------------------------------------


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cut_to_width(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def cell_text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split()) if value is not None else ""


def format_table(rows: Sequence[dict], columns: Sequence[str], max_width: int = TEXT_WIDTH) -> str:
    cells = [[cut_to_width(cell_text(row.get(c, "")), max_width) for c in columns] for row in rows]
    widths = [max([display_width(c)] + [display_width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(columns), rule] + [line(r) for r in cells]) + "\n"


def format_csv(rows: Sequence[dict], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def format_json(rows: Sequence[dict], columns: Sequence[str]) -> str:
    picked = [{c: row.get(c, "") for c in columns} for row in rows]
    return json.dumps(picked, ensure_ascii=False, indent=1) + "\n"


def format_rows(rows: Sequence[dict], fmt: str, table_columns: Sequence[str], all_columns: Sequence[str]) -> str:
    if fmt == "table":
        return format_table(rows, table_columns)
    if fmt == "csv":
        return format_csv(rows, all_columns)
    if fmt == "json":
        return format_json(rows, all_columns)
    raise QueryError(f"unknown format {fmt!r}")
