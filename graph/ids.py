"""Stable, readable node ids and unique edge keys (they become GraphML ids)."""
from __future__ import annotations

import hashlib

TYPE_PREFIX = {
    "Document": "doc",
    "Person": "person",
    "Organization": "org",
    "Region": "region",
    "Initiative": "initiative",
    "Target": "target",
    "Deadline": "deadline",
    "Event": "event",
}


def hash16(*parts: object) -> str:
    joined = "\x1f".join(map(str, parts))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def node_id(node_type: str, name: str) -> str:
    return f"{TYPE_PREFIX[node_type]}:{name}"


def document_id(doc_id: str, part: int) -> str:
    return f"doc:{doc_id}/{part}"


def edge_key(edge_type: str, source: str, target: str) -> str:
    return f"{edge_type}:{hash16(source, target)}"
