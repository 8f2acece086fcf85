"""GraphML export as SPEC §6 says, readable by networkx, igraph, Gephi and Neo4j.

We write the XML ourselves rather than through ``nx.write_graphml`` because the
contract needs things that writer leaves to chance: keys sorted and declared
once per name with one type, no ``None`` or empty values, readable key ids, and
a byte-identical file for the same graph whatever order it was built in.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from graph.atomic import write_bytes_atomic

_GRAPHML_TYPE = {bool: "boolean", int: "int", float: "double", str: "string"}
# Characters XML 1.0 forbids; scraped text sometimes carries them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class GraphMLTypeError(ValueError):
    """An attribute with two types, or of a type GraphML has no scalar for."""


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    return "".join(_lines(graph)).encode("utf-8")


def export_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    write_bytes_atomic(path, graphml_bytes(graph))


def attribute_types(graph: nx.MultiDiGraph) -> dict[tuple[str, str], str]:
    """(scope, name) → GraphML type, refusing a name seen with two types."""
    seen: dict[tuple[str, str], str] = {}
    items = [("node", d) for _, d in graph.nodes(data=True)]
    items += [("edge", d) for *_, d in graph.edges(keys=True, data=True)]
    for scope, data in items:
        for name, value in data.items():
            if _absent(value):
                continue
            xml_type = _GRAPHML_TYPE.get(type(value))
            if xml_type is None:
                raise GraphMLTypeError(f"{scope} attribute {name!r} has type {type(value).__name__}; "
                                       "use str, int, float or bool (lists as JSON strings)")
            previous = seen.setdefault((scope, name), xml_type)
            if previous != xml_type:
                raise GraphMLTypeError(f"{scope} attribute {name!r} is both {previous} and {xml_type}")
    return seen


def _absent(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _key_id(scope: str, name: str) -> str:
    return f"{scope[0]}_{name}"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return escape(_XML_INVALID.sub("", str(value)))


def _attr(value: str) -> str:
    return quoteattr(_XML_INVALID.sub("", value))


def _data(scope: str, data: dict) -> Iterator[str]:
    for name in sorted(data):
        value = data[name]
        if not _absent(value):
            yield f'      <data key="{_key_id(scope, name)}">{_text(value)}</data>\n'


def _lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for (scope, name), xml_type in sorted(attribute_types(graph).items()):
        yield (f'  <key id="{_key_id(scope, name)}" for="{scope}" '
               f'attr.name="{name}" attr.type="{xml_type}" />\n')
    directed = "directed" if graph.is_directed() else "undirected"
    yield f'  <graph edgedefault="{directed}">\n'
    for node in sorted(graph.nodes):
        yield f"    <node id={_attr(node)}>\n"
        yield from _data("node", graph.nodes[node])
        yield "    </node>\n"
    for source, target, key in sorted(graph.edges(keys=True)):
        yield f"    <edge id={_attr(str(key))} source={_attr(source)} target={_attr(target)}>\n"
        yield from _data("edge", graph.edges[source, target, key])
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"
