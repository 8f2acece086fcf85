"""The graph is a fold over records.

Tasks finish in any order; sorting the records first keeps the graph, and so
the GraphML, identical from run to run. Node ids are readable (person:习近平),
edge keys are unique per (type, source, target) because they become GraphML ids.
Before the fold, ``graph.resolve`` gives every entity one canonical name across
the corpus; the names it replaced become aliases of the node.
"""
from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial, reduce

import networkx as nx

from corpus.document import PartInfo
from extractors.records import Event, Mention, Provenance, Record, Relation, Target
from graph.ids import document_id, edge_key, hash16, node_id
from graph.resolve import resolve_records

PROVENANCE_FIELDS = ("doc_id", "part", "char_start", "char_end", "evidence", "extractor", "confidence")


def build_graph(parts: Iterable[PartInfo], records: Iterable[Record]) -> nx.MultiDiGraph:
    with collector_paused():
        return _build_graph(parts, records)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The fold (and an export's rows) make hundreds of thousands of long-lived objects and no
    reference cycles, so the cycle collector would only walk the growing heap again and again
    (a fifth of the build's time at 10,000 documents)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_graph(parts: Iterable[PartInfo], records: Iterable[Record]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for info in sorted(parts, key=lambda p: (p.path, p.doc_id, p.index)):
        add_document(graph, info)
    # resolution does not depend on the order it reads the records in; the fold does
    resolution = resolve_records(records)
    graph = reduce(partial(add_record, canonical=resolution.canonical, place_of_target=resolution.place_of_target),
                   sorted(resolution.records, key=record_order), graph)
    add_aliases(graph, resolution.renamed)
    finish_nodes(graph)
    return graph


def record_order(record: Record) -> tuple:
    p = record.prov
    kind = type(record).__name__
    # Events come first so that their nodes carry the event's own name, date and provenance
    # before any participant reaches them.
    first = 0 if isinstance(record, Event) else 1
    if isinstance(record, Event):
        detail: tuple = (record.name, record.date, record.place, record.end_date)
    elif isinstance(record, Mention):
        detail = (record.type, record.name, record.surface, record.title, record.attrs)
    elif isinstance(record, Target):
        detail = (record.indicator, record.comparator, record.value, record.unit, record.deadline,
                  record.region, record.initiative, record.text)
    else:
        detail = (record.type, record.source_type, record.source, record.target_type, record.target, record.attrs)
    return (first, p.doc_id, p.part, p.char_start, p.char_end, kind, repr(detail), p.extractor, p.evidence)


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


Canonical = Callable[[str, str, str], str]  # (doc_id, type, name) → canonical name


PlaceOfTarget = Callable[[str, str], str]  # (doc_id, region as written) → a mentioned region's name, or ''


def _as_written(_doc_id: str, _node_type: str, name: str) -> str:
    return name


def _place_as_written(_doc_id: str, written: str) -> str:
    return written


def add_record(graph: nx.MultiDiGraph, record: Record, canonical: Canonical = _as_written,
               place_of_target: PlaceOfTarget = _place_as_written) -> nx.MultiDiGraph:
    if isinstance(record, Mention):
        _add_mention(graph, record)
    elif isinstance(record, Target):
        _add_target(graph, record, canonical, place_of_target)
    elif isinstance(record, Relation):
        _add_relation(graph, record)
    elif isinstance(record, Event):
        _add_event(graph, record)
    else:  # a new record type must be taught to the graph, not dropped
        raise TypeError(f"unknown record type {type(record).__name__}")
    return graph


# A region node known only as the parent of mentioned ones (from the division data).
PARENT_ORIGIN = "parent of a mentioned region"


def _prov_attrs(prov: Provenance) -> dict:
    # spelled out rather than a loop over PROVENANCE_FIELDS: it runs for every node and edge
    return {"doc_id": prov.doc_id, "part": prov.part, "char_start": prov.char_start, "char_end": prov.char_end,
            "evidence": prov.evidence, "extractor": prov.extractor, "confidence": prov.confidence}


def display_name(key: str) -> str:
    """王刚#2 (a disambiguated person key) → 王刚."""
    name, hash_, number = key.rpartition("#")
    return name if hash_ and number.isdigit() and name else key


def _touch_entity(graph: nx.MultiDiGraph, node_type: str, name: str, prov: Provenance) -> str:
    if node_type == "Deadline":
        return _touch_deadline(graph, name, prov)
    nid = node_id(node_type, name)
    if nid not in graph:
        # first occurrence in record order gives the node's provenance
        graph.add_node(nid, type=node_type, labels=f":{node_type}", name=display_name(name), label=name,
                       _aliases=set(), _titles=set(), _docs=set(), mentions=0, **_prov_attrs(prov))
    return nid


def _touch_deadline(graph: nx.MultiDiGraph, date: str, prov: Provenance) -> str:
    did = node_id("Deadline", date)
    if did not in graph:
        graph.add_node(did, type="Deadline", labels=":Deadline", name=date, label=date, date=date,
                       **_prov_attrs(prov))
    return did


def _add_edge(graph: nx.MultiDiGraph, edge_type: str, source: str, target: str,
              prov: Provenance, distinct: str = "", **attrs: object) -> None:
    """One edge per (type, source, target), or per ``distinct`` value too (two titles in one body)."""
    key = edge_key(edge_type, source, target) if not distinct else f"{edge_type}:{hash16(source, target, distinct)}"
    existing = graph._succ.get(source, {}).get(target)  # networkx's own dicts: not has_edge, then edges[]
    if existing is not None and key in existing:
        existing[key]["weight"] += 1
        return
    graph.add_edge(source, target, key=key, type=edge_type, weight=1, **_prov_attrs(prov), **attrs)


def _add_mention(graph: nx.MultiDiGraph, m: Mention) -> None:
    nid = _touch_entity(graph, m.type, m.name, m.prov)
    node = graph._node[nid]
    if "doc_id" not in node:  # known so far only as a parent: this is its first mention
        node.pop("origin", None)
        node.update(_prov_attrs(m.prov))
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
        pid = _touch_parent_region(graph, str(parent))
        _add_edge(graph, "PART_OF", nid, pid, m.prov)


def _touch_parent_region(graph: nx.MultiDiGraph, name: str) -> str:
    """The region above a mentioned one (无锡市 above 江阴). Until the text itself
    mentions it, the node says where it came from instead of borrowing the child's
    sentence: the PART_OF edge carries that sentence."""
    nid = node_id("Region", name)
    if nid not in graph:
        graph.add_node(nid, type="Region", labels=":Region", name=name, label=name, _aliases=set(), _titles=set(),
                       _docs=set(), mentions=0, origin=PARENT_ORIGIN)
    return nid


def target_node_id(t: Target) -> str:
    p = t.prov
    return "target:" + hash16(p.doc_id, p.part, p.char_start, p.char_end, t.indicator, t.comparator,
                              t.value, t.value_max, t.unit, t.deadline, t.region, t.initiative)


def _add_target(graph: nx.MultiDiGraph, t: Target, canonical: Canonical = _as_written,
                place_of_target: PlaceOfTarget = _place_as_written) -> None:
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
        _add_edge(graph, "DUE_BY", tid, _touch_deadline(graph, t.deadline, t.prov), t.prov)
    doc = t.prov.doc_id
    # The region as written stays on the target (the table shows it); a Region node only for a
    # place the document's mentions name, so a loosely read clause head makes no place of its own.
    place = place_of_target(doc, t.region) if t.region else ""
    if place:
        region = _touch_entity(graph, "Region", canonical(doc, "Region", place), t.prov)
        _add_edge(graph, "APPLIES_TO", tid, region, t.prov)
    if t.initiative:
        initiative = _touch_entity(graph, "Initiative", canonical(doc, "Initiative", t.initiative), t.prov)
        _add_edge(graph, "TARGET_OF", tid, initiative, t.prov)


def _add_relation(graph: nx.MultiDiGraph, r: Relation) -> None:
    def endpoint(node_type: str, name: str) -> str:
        if node_type == "Document":
            return document_id(r.prov.doc_id, r.prov.part)
        if node_type == "Event":
            return _touch_event(graph, name, r.prov)
        return _touch_entity(graph, node_type, name, r.prov)

    attrs = dict(r.attrs)
    source, target = endpoint(r.source_type, r.source), endpoint(r.target_type, r.target)
    distinct = ""
    if r.type == "HOLDS_TITLE":
        # the title becomes one of the person's titles; 主席 and 副主席 of one body are two edges
        distinct = str(attrs.get("full_title") or attrs.get("title") or "")
        if distinct:
            graph.nodes[source]["_titles"].add(distinct)
    _add_edge(graph, r.type, source, target, r.prov, distinct=distinct, **attrs)


def _touch_event(graph: nx.MultiDiGraph, key: str, prov: Provenance) -> str:
    nid = node_id("Event", key)
    if nid not in graph:
        date, _, name = key.partition(":")
        graph.add_node(nid, type="Event", labels=":Event", name=name or key, label=name or key, date=date,
                       _aliases=set(), _titles=set(), _docs=set(), mentions=0, **_prov_attrs(prov))
    return nid


def _add_event(graph: nx.MultiDiGraph, e: Event) -> None:
    nid = _touch_event(graph, e.key, e.prov)
    node = graph._node[nid]
    node["mentions"] += 1
    node["_docs"].add(e.prov.doc_id)
    if e.place:
        node.setdefault("place", e.place)
    if e.end_date:
        node.setdefault("end_date", e.end_date)
    _add_edge(graph, "MENTIONS", document_id(e.prov.doc_id, e.prov.part), nid, e.prov)


def add_aliases(graph: nx.MultiDiGraph, renamed: Iterable[tuple[str, str, str]]) -> None:
    """The names resolution replaced are aliases of the node it kept (双城经济圈 → 成渝地区双城经济圈)."""
    for node_type, old, new in renamed:
        nid = node_id(node_type, new)
        if nid in graph and "_aliases" in graph.nodes[nid] and display_name(old) != display_name(new):
            graph.nodes[nid]["_aliases"].add(old)


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
