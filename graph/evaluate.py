"""Precision, recall and F1 of a graph against hand-made gold files.

A gold file (JSON) names one corpus file (``doc``) and lists what a reader
found in it: ``persons``, ``organizations``, ``regions``, ``initiatives``
(strings or ``{"name", "aliases", "titles"}``) and ``targets`` (``indicator``,
``comparator``, ``value``, ``unit``, ``value_base``, ``unit_base``,
``deadline``, ``text`` …). Entries under ``*_generic``, ``persons_excluded``
and ``targets_borderline`` are neutral: predicting them neither helps nor hurts.

The figures follow the project's reference scorer rule for rule:

- Entities are document-level sets. A predicted node is right when its name or
  an alias equals a gold name or alias after normalisation (NFKC, no spaces,
  quotes or a trailing 同志); ``loose`` also accepts one inside the other when
  the shorter is at least 60% of the longer (never for persons).
- Targets pair one-to-one, best indicator overlap first: the base value agrees
  (relative 1e-6), or the written value and unit do; and the indicators share
  at least half of the gold indicator's characters, or one stands inside the
  other's clause. Of the pairs we report comparator, deadline and base-unit
  accuracy.
- Micro averages sum the counts over documents; the accuracies are averaged
  weighted by each document's matched gold targets.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

# type → (gold list, neutral list)
ENTITY_LISTS = {
    "Person": ("persons", "persons_excluded"),
    "Organization": ("organizations", "organizations_generic"),
    "Region": ("regions", "regions_generic"),
    "Initiative": ("initiatives", "initiatives_generic"),
}
SCORED_TYPES = (*ENTITY_LISTS, "Target")
TARGET_ACCURACIES = ("comparator_accuracy", "deadline_accuracy", "unit_base_accuracy")
QUOTE_CHARS = frozenset("“”‘’\"'「」『』《》〈〉")
DOCUMENT_NAME_KEYS = ("path", "file_name", "name", "source_path")
LOOSE_SHARE = 0.6      # shorter name ≥ 60% of the longer for a containment match
INDICATOR_SHARE = 0.5  # share of the gold indicator's characters a pair needs


@dataclass(frozen=True, slots=True)
class Counts:
    """Right predictions, predictions, gold entries found, gold entries."""
    tp_pred: int
    n_pred: int
    tp_gold: int
    n_gold: int

    def figures(self) -> dict:
        if self.n_pred:
            precision = self.tp_pred / self.n_pred
        else:  # predicting nothing is right only when there was nothing to find
            precision = 0.0 if self.n_gold else 1.0
        recall = self.tp_gold / self.n_gold if self.n_gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "tp_pred": self.tp_pred, "n_pred": self.n_pred, "tp_gold": self.tp_gold,
                "n_gold": self.n_gold}


def normalise(text: object) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    kept = "".join(ch for ch in text if not ch.isspace() and ch not in QUOTE_CHARS)
    return kept.removesuffix("同志")


def listed(value: object) -> list:
    """A list attribute as a list: GraphML stores lists as JSON strings."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.startswith("["):
        try:
            return list(json.loads(value))
        except json.JSONDecodeError:
            return [value]
    return [value]


def gold_forms(entry: str | dict) -> frozenset[str]:
    names = [entry] if isinstance(entry, str) else [entry.get("name", ""), *listed(entry.get("aliases"))]
    return frozenset(normalise(n) for n in names) - {""}


def predicted_forms(attrs: dict) -> frozenset[str]:
    names = [attrs.get("name") or attrs.get("label") or "", *listed(attrs.get("aliases"))]
    return frozenset(normalise(n) for n in names) - {""}


def contains_enough(a: str, b: str) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return bool(shorter) and shorter in longer and len(shorter) >= LOOSE_SHARE * len(longer)


def same_entity(predicted: frozenset[str], gold: frozenset[str], loose: bool) -> bool:
    if predicted & gold:
        return True
    return loose and any(contains_enough(p, g) for p in predicted for g in gold)


# ---------- which nodes belong to a gold file's document -------------------


def names_document(attrs: dict, doc_name: str) -> bool:
    for key in DOCUMENT_NAME_KEYS:
        value = str(attrs.get(key) or "")
        if value and (value == doc_name or value.endswith("/" + doc_name) or Path(value).name == doc_name):
            return True
    return False


def document_nodes(graph: nx.Graph, doc_name: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d.get("type") == "Document" and names_document(d, doc_name)]


def predictions_by_type(graph: nx.Graph, docs: Sequence[str]) -> dict[str, list[dict]]:
    """Nodes an edge from the documents reaches, and nodes carrying their doc_id.

    Sorted by node id, so that ties in target pairing break the same way every run.
    """
    doc_ids = {str(graph.nodes[d].get("doc_id") or "") for d in docs} - {""}
    reached: set[str] = set()
    for doc in docs:
        reached.update(graph.successors(doc) if graph.is_directed() else graph.neighbors(doc))
    reached.update(n for n, d in graph.nodes(data=True) if str(d.get("doc_id") or "") in doc_ids)
    grouped: dict[str, list[dict]] = {}
    for node in sorted(reached):
        attrs = dict(graph.nodes[node])
        grouped.setdefault(attrs.get("type", ""), []).append(attrs)
    return grouped


# ---------- entities ---------------------------------------------------------


def score_entities(predicted: Sequence[dict], gold: dict, node_type: str, loose: bool) -> dict:
    key, neutral_key = ENTITY_LISTS[node_type]
    entries = gold.get(key, [])
    golds = [gold_forms(e) for e in entries]
    neutrals = [gold_forms(e) for e in gold.get(neutral_key, [])]
    found: set[int] = set()
    right = counted = 0
    spurious = []
    for attrs in predicted:
        forms = predicted_forms(attrs)
        hits = {i for i, g in enumerate(golds) if same_entity(forms, g, loose)}
        if hits:
            found |= hits
            right += 1
        elif any(same_entity(forms, n, loose) for n in neutrals):
            continue  # neutral: not counted at all
        else:
            spurious.append(str(attrs.get("name") or attrs.get("label")))
        counted += 1
    result = Counts(right, counted, len(found), len(golds)).figures()
    result["missed"] = sorted(e if isinstance(e, str) else e.get("name") for i, e in enumerate(entries)
                              if i not in found)
    result["spurious"] = sorted(spurious)
    return result


def score_titles(predicted: Sequence[dict], gold: dict) -> dict:
    """Recall of the titles gold persons carry, on the first node that is that person."""
    wanted = found = 0
    for entry in gold.get("persons", []):
        titles = [normalise(t) for t in entry.get("titles", [])] if isinstance(entry, dict) else []
        if not titles:
            continue
        wanted += len(titles)
        person = next((a for a in predicted if predicted_forms(a) & gold_forms(entry)), None)
        if person is not None:
            have = [normalise(t) for t in listed(person.get("titles"))]
            found += sum(any(t in h or h in t for h in have if h) for t in titles)
    return {"recall": round(found / wanted, 4) if wanted else 1.0, "found": found, "wanted": wanted}


# ---------- targets ----------------------------------------------------------


def as_float(value: object) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def same_number(pred: dict, gold: dict) -> bool:
    pred_base, gold_base = as_float(pred.get("value_base")), as_float(gold.get("value_base"))
    if pred_base is not None and gold_base is not None:
        if abs(pred_base - gold_base) <= 1e-6 * max(1.0, abs(gold_base)):
            return True
    pred_value, gold_value = as_float(pred.get("value")), as_float(gold.get("value"))
    if pred_value is None or gold_value is None:
        return False
    return (abs(pred_value - gold_value) <= 1e-9 * max(1.0, abs(gold_value))
            and normalise(pred.get("unit")) == normalise(gold.get("unit")))


def indicator_overlap(pred: dict, gold: dict) -> float:
    gold_indicator, pred_indicator = normalise(gold.get("indicator")), normalise(pred.get("indicator"))
    if not gold_indicator:
        return 1.0
    if gold_indicator in normalise(pred.get("text")):
        return 1.0
    if pred_indicator and pred_indicator in normalise(gold.get("text")):
        return 1.0
    return len(set(gold_indicator) & set(pred_indicator)) / len(set(gold_indicator))


def deadline_agrees(pred: dict, gold: dict) -> bool:
    """Equal, or one a date inside the other's year or month; gold "" accepts only none
    (or the gold's alternative, e.g. a deadline inherited from the plan's goals)."""
    alternative = str(gold.get("deadline_alt") or "")
    allowed = {str(gold.get("deadline") or "")} | ({alternative} - {""})
    got = str(pred.get("deadline") or "")
    return any(got == a or got.startswith(a + "-") or a.startswith(got + "-") for a in allowed)


def comparator_agrees(pred: dict, gold: dict) -> bool:
    return pred.get("comparator") in {gold.get("comparator"), gold.get("comparator_alt")}


def pair_targets(predicted: Sequence[dict], golds: Sequence[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs, best overlap first (ties: later indices first)."""
    candidates = sorted(((indicator_overlap(p, g), i, j) for i, p in enumerate(predicted)
                         for j, g in enumerate(golds) if same_number(p, g)), reverse=True)
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for overlap, i, j in candidates:
        if overlap >= INDICATOR_SHARE and i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


def score_targets(predicted: Sequence[dict], gold: dict) -> dict:
    golds = gold.get("targets", [])
    borderline = [b for b in gold.get("targets_borderline", []) if isinstance(b, dict)]
    pairs = pair_targets(predicted, golds)
    paired_pred = {i for i, _ in pairs}
    paired_gold = {j for _, j in pairs}
    neutral = {i for i, p in enumerate(predicted) if i not in paired_pred and any(
        same_number(p, b) and indicator_overlap(p, b) >= INDICATOR_SHARE for b in borderline)}
    result = Counts(len(pairs), len(predicted) - len(neutral), len(pairs), len(golds)).figures()
    if pairs:
        matched = [(predicted[i], golds[j]) for i, j in pairs]
        result["comparator_accuracy"] = _share(comparator_agrees(p, g) for p, g in matched)
        result["deadline_accuracy"] = _share(deadline_agrees(p, g) for p, g in matched)
        result["unit_base_accuracy"] = _share(
            normalise(p.get("unit_base")) == normalise(g.get("unit_base")) for p, g in matched)
    result["missed"] = [g.get("text") for j, g in enumerate(golds) if j not in paired_gold]
    result["spurious"] = [p.get("text") or p.get("name") for i, p in enumerate(predicted)
                          if i not in paired_pred and i not in neutral]
    return result


def _share(flags: Iterable[bool]) -> float:
    flags = list(flags)
    return round(sum(flags) / len(flags), 4)


# ---------- documents and totals ------------------------------------------------


def score_document(graph: nx.Graph, gold: dict, doc_name: str | None = None, loose: bool = True) -> dict:
    doc_name = doc_name or gold["doc"]
    docs = document_nodes(graph, doc_name)
    if not docs:
        return {"doc": doc_name, "error": f"no Document node whose path ends with {doc_name!r}"}
    predicted = predictions_by_type(graph, docs)
    result: dict = {"doc": doc_name}
    for node_type in ENTITY_LISTS:
        result[node_type] = score_entities(predicted.get(node_type, []), gold, node_type,
                                           loose and node_type != "Person")
    result["Target"] = score_targets(predicted.get("Target", []), gold)
    result["Person.titles"] = score_titles(predicted.get("Person", []), gold)
    return result


def micro_average(documents: Sequence[dict]) -> dict:
    scored = [d for d in documents if "error" not in d]
    total: dict = {}
    for kind in SCORED_TYPES:
        parts = [d[kind] for d in scored if kind in d]
        sums = Counts(*(sum(p[k] for p in parts) for k in ("tp_pred", "n_pred", "tp_gold", "n_gold")))
        total[kind] = sums.figures()
        for accuracy in TARGET_ACCURACIES:
            weighted = [(p[accuracy], p["tp_gold"]) for p in parts if accuracy in p]
            weight = sum(w for _, w in weighted)
            if weight:
                total[kind][accuracy] = round(sum(a * w for a, w in weighted) / weight, 4)
    titles = [d["Person.titles"] for d in scored if "Person.titles" in d]
    wanted = sum(t["wanted"] for t in titles)
    found = sum(t["found"] for t in titles)
    total["Person.titles"] = {"recall": round(found / wanted, 4) if wanted else 1.0}
    return total


def evaluate(graph: nx.Graph, golds: Sequence[dict], doc_name: str | None = None, loose: bool = True) -> dict:
    """``{"documents": [per gold file], "micro": {type: figures}}``."""
    documents = [score_document(graph, gold, doc_name, loose) for gold in golds]
    return {"documents": documents, "micro": micro_average(documents)}


def read_gold(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def figure(total: dict, key: str) -> float | None:
    """``Target.recall`` → the micro figure, or None when there is no such figure."""
    head, _, field = key.rpartition(".")
    return total.get(head, {}).get(field)


def failed_bounds(total: dict, bounds: Iterable[str]) -> list[str]:
    """Bounds ``KEY=VALUE`` whose micro figure is missing or below VALUE."""
    failed = []
    for bound in bounds:
        key, _, value = bound.partition("=")
        got = figure(total, key)
        if got is None or got < float(value):
            failed.append(f"{key}={got} < {value}")
    return failed


def format_report(result: dict) -> str:
    lines = []
    for doc in result["documents"]:
        if "error" in doc:
            lines.append(f"{doc['doc']}: ERROR {doc['error']}")
            continue
        lines.append(f"{doc['doc']}:")
        for kind in SCORED_TYPES:
            s = doc[kind]
            lines.append(f"  {kind:<13} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
                         f"  (pred {s['n_pred']}, gold {s['n_gold']})")
    lines.append("micro:")
    for kind, s in result["micro"].items():
        shown = " ".join(f"{k}={v}" for k, v in s.items() if k not in ("tp_pred", "tp_gold"))
        lines.append(f"  {kind:<14}{shown}")
    return "\n".join(lines) + "\n"
