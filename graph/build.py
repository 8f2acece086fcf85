"""The graph is a fold over records.

Tasks finish in any order; sorting the records first keeps the graph, and so
the GraphML, identical from run to run. Node ids are readable (person:习近平),
edge keys are unique per (type, source, target) because they become GraphML ids.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import reduce

import networkx as nx

from corpus.document import PartInfo
from extractors.records import Mention, Provenance, Record, Relation, Target
from graph.ids import document_id, edge_key, hash16, node_id

PROVENANCE_FIELDS = ("doc_id", "part", "char_start", "char_end", "evidence", "extractor", "confidence")


def build_graph(parts: Iterable[PartInfo], records: Iterable[Record]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for info in sorted(parts, key=lambda p: (p.path, p.doc_id, p.index)):
        add_document(graph, info)
    graph = reduce(add_record, sorted(records, key=record_order), graph)
    finish_nodes(graph)
    return graph


def record_order(record: Record) -> tuple:
    p = record.prov
    kind = type(record).__name__
    if isinstance(record, Mention):
        detail: tuple = (record.type, record.name, record.surface, record.title, record.attrs)
    elif isinstance(record, Target):
        detail = (record.indicator, record.comparator, record.value, record.unit, record.deadline,
                  record.region, record.initiative, record.text)
    else:
        detail = (record.type, record.source_type, record.source, record.target_type, record.target, record.attrs)
    return (p.doc_id, p.part, p.char_start, p.char_end, kind, repr(detail), p.extractor, p.evidence)


def add_document(graph: nx.MultiDiGraph, info: PartInfo) -> None:
    meta = info.meta
    title = meta.title or (f"{info.file_name} {meta.label}".strip())
    graph.add_node(
        document_id(info.doc_id, info.index),
        type="Document", labels=":Document", name=title, label=title,
        path=info.path, file_name=info.file_name, doc_id=info.doc_id, sha256=info.sha256,
        part=info.index, part_label=meta.label, char_start=info.start, char_end=info.end,
        title=meta.title, issuer=meta.issuer, doc_number=meta.doc_number, date=meta.date,
        source=meta.source, source_date=meta.source_date, genre=meta.genre, encoding=info.encoding,
    )


def add_record(graph: nx.MultiDiGraph, record: Record) -> nx.MultiDiGraph:
    if isinstance(record, Mention):
        _add_mention(graph, record)
    elif isinstance(record, Target):
        _add_target(graph, record)
    elif isinstance(record, Relation):
        _add_relation(graph, record)
    else:  # a new record type must be taught to the graph, not dropped
        raise TypeError(f"unknown record type {type(record).__name__}")
    return graph


def _prov_attrs(prov: Provenance) -> dict:
    return {name: getattr(prov, name) for name in PROVENANCE_FIELDS}


def _touch_entity(graph: nx.MultiDiGraph, node_type: str, name: str, prov: Provenance) -> str:
    nid = node_id(node_type, name)
    if nid not in graph:
        # first occurrence in record order gives the node's provenance
        graph.add_node(nid, type=node_type, labels=f":{node_type}", name=name, label=name,
                       _aliases=set(), _titles=set(), _docs=set(), mentions=0, **_prov_attrs(prov))
    return nid


def _add_edge(graph: nx.MultiDiGraph, edge_type: str, source: str, target: str,
              prov: Provenance, **attrs: object) -> None:
    key = edge_key(edge_type, source, target)
    if graph.has_edge(source, target, key):
        graph.edges[source, target, key]["weight"] += 1
        return
    graph.add_edge(source, target, key=key, type=edge_type, weight=1, **_prov_attrs(prov), **attrs)


def _add_mention(graph: nx.MultiDiGraph, m: Mention) -> None:
    nid = _touch_entity(graph, m.type, m.name, m.prov)
    node = graph.nodes[nid]
    node["mentions"] += 1
    node["_docs"].add(m.prov.doc_id)
    if m.surface and m.surface != m.name:
        node["_aliases"].add(m.surface)
    if m.title:
        node["_titles"].add(m.title)
    for key, value in m.attrs:
        node.setdefault(key, value)
    _add_edge(graph, "MENTIONS", document_id(m.prov.doc_id, m.prov.part), nid, m.prov)
    parent = dict(m.attrs).get("parent")
    if m.type == "Region" and parent:
        pid = _touch_entity(graph, "Region", str(parent), m.prov)
        _add_edge(graph, "PART_OF", nid, pid, m.prov)


def target_node_id(t: Target) -> str:
    p = t.prov
    return "target:" + hash16(p.doc_id, p.part, p.char_start, p.char_end, t.indicator, t.comparator,
                              t.value, t.value_max, t.unit, t.deadline, t.region, t.initiative)


def _add_target(graph: nx.MultiDiGraph, t: Target) -> None:
    tid = target_node_id(t)
    label = f"{t.indicator} {t.comparator} {t.value:g}{t.unit}"
    attrs: dict = dict(
        type="Target", labels=":Target", name=label, label=label, indicator=t.indicator,
        comparator=t.comparator, value=float(t.value), unit=t.unit, value_base=float(t.value_base),
        unit_base=t.unit_base, text=t.text, deadline=t.deadline, region=t.region,
        initiative=t.initiative, qualifier=t.qualifier, **_prov_attrs(t.prov),
    )
    if t.value_max is not None:
        attrs["value_max"] = float(t.value_max)
    if t.value_max_base is not None:
        attrs["value_max_base"] = float(t.value_max_base)
    graph.add_node(tid, **attrs)
    _add_edge(graph, "SETS_TARGET", document_id(t.prov.doc_id, t.prov.part), tid, t.prov)
    if t.deadline:
        did = node_id("Deadline", t.deadline)
        if did not in graph:
            graph.add_node(did, type="Deadline", labels=":Deadline", name=t.deadline,
                           label=t.deadline, date=t.deadline)
        _add_edge(graph, "DUE_BY", tid, did, t.prov)
    if t.region:
        _add_edge(graph, "APPLIES_TO", tid, _touch_entity(graph, "Region", t.region, t.prov), t.prov)
    if t.initiative:
        _add_edge(graph, "TARGET_OF", tid, _touch_entity(graph, "Initiative", t.initiative, t.prov), t.prov)


def _add_relation(graph: nx.MultiDiGraph, r: Relation) -> None:
    def endpoint(node_type: str, name: str) -> str:
        if node_type == "Document":
            return document_id(r.prov.doc_id, r.prov.part)
        return _touch_entity(graph, node_type, name, r.prov)

    _add_edge(graph, r.type, endpoint(r.source_type, r.source), endpoint(r.target_type, r.target),
              r.prov, **dict(r.attrs))


def finish_nodes(graph: nx.MultiDiGraph) -> None:
    """Turn the working sets into scalar attributes (lists as sorted JSON)."""
    for _, data in graph.nodes(data=True):
        aliases = data.pop("_aliases", None)
        titles = data.pop("_titles", None)
        docs = data.pop("_docs", None)
        if aliases is not None:
            data["aliases"] = json.dumps(sorted(aliases), ensure_ascii=False)
        if titles:
            data["titles"] = json.dumps(sorted(titles), ensure_ascii=False)
        if docs is not None:
            data["documents"] = len(docs)
