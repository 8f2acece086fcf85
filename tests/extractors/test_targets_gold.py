"""extract_targets against the project's hand-made gold annotations (tests/data/gold/*.json).

Each gold file names a document of the repository (corpus/samples or tests/data/cities)
and lists its targets, borderline numbers (neutral) and non-targets, in the format of
the seed gold. The matcher follows the evaluation rule: a prediction matches a gold
target when the base values agree and the indicators share at least half of the gold
indicator's characters (or one stands inside the other's text); pairs are taken
greedily by overlap, one to one. The bars are the issue's: per document recall ≥ 0.92,
precision ≥ 0.90, deadline ≥ 0.95, comparator ≥ 0.90 and base unit ≥ 0.97.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pytest

from corpus.document import Document
from corpus.read import read_document
from extractors.records import Target
from extractors.targets import extract_targets

REPO = Path(__file__).parents[2]
GOLD_DIR = REPO / "tests" / "data" / "gold"


def target_gold_files() -> list[Path]:
    """Gold files with targets (other helpers keep entity gold, *.entities.json, in the same folder)."""
    found = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "targets" in data and "source_file" in data:
            found.append(path)
    return found


GOLD_FILES = target_gold_files()


@dataclass(frozen=True, slots=True)
class Scores:
    recall: float
    precision: float
    deadline: float
    comparator: float
    unit: float
    missed: tuple[str, ...]
    spurious: tuple[str, ...]


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split()).replace("“", "").replace("”", "")


def same_number(pred: Target, gold: dict) -> bool:
    base = gold.get("value_base")
    if base is not None and abs(pred.value_base - base) <= 1e-6 * max(1.0, abs(base)):
        return True
    return abs(pred.value - gold["value"]) <= 1e-9 * max(1.0, abs(gold["value"])) and norm(pred.unit) == norm(
        gold.get("unit"))


def indicator_overlap(pred: Target, gold: dict) -> float:
    gold_indicator, pred_indicator = norm(gold.get("indicator")), norm(pred.indicator)
    if not gold_indicator:
        return 1.0
    if gold_indicator in norm(pred.text) or (pred_indicator and pred_indicator in norm(gold.get("text"))):
        return 1.0
    return len(set(gold_indicator) & set(pred_indicator)) / len(set(gold_indicator))


def deadline_ok(pred: Target, gold: dict) -> bool:
    """'' in the gold wants no deadline; deadline_alt is a second accepted reading."""
    allowed = {gold.get("deadline") or ""} | ({gold.get("deadline_alt") or ""} - {""})
    got = pred.deadline or ""
    return any(got == a or (a and got.startswith(a + "-")) or (got and a.startswith(got + "-")) for a in allowed)


def score(preds: list[Target], gold: dict) -> Scores:
    golds = gold["targets"]
    pairs = sorted(((indicator_overlap(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                    if same_number(p, g)), reverse=True)
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    matched = []
    for overlap, i, j in pairs:
        if overlap >= 0.5 and i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            matched.append((preds[i], golds[j]))
    neutral = [n for n in gold.get("targets_borderline", []) if "value" in n]
    neutral_hits = {i for i, p in enumerate(preds) if i not in used_pred and any(
        same_number(p, n) and indicator_overlap(p, n) >= 0.5 for n in neutral)}
    counted = len(preds) - len(neutral_hits)

    def share(ok: int) -> float:
        return ok / len(matched) if matched else 1.0

    return Scores(
        recall=len(matched) / len(golds) if golds else 1.0,
        precision=len(matched) / counted if counted else 1.0,
        deadline=share(sum(deadline_ok(p, g) for p, g in matched)),
        comparator=share(sum(p.comparator in {g["comparator"], g.get("comparator_alt")} for p, g in matched)),
        unit=share(sum(norm(p.unit_base) == norm(g["unit_base"]) for p, g in matched)),
        missed=tuple(g["text"] for j, g in enumerate(golds) if j not in used_gold),
        spurious=tuple(p.text for i, p in enumerate(preds) if i not in used_pred and i not in neutral_hits),
    )


@cache
def gold_of(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def document_of(path: Path) -> Document:
    return read_document(REPO / gold_of(path)["source_file"])


@cache
def predictions_of(path: Path) -> tuple[Target, ...]:
    return tuple(t for part in document_of(path).parts for t in extract_targets(part))


def test_targets_gold_files_are_present():
    names = {path.name for path in GOLD_FILES}
    assert {"gov_work_report_2024_beijing.json", "speech_xi_2015_13th_fyp_proposal_explanation.json",
            "plan_anhui_2021_industrial_internet_policies_and_action_plan.json", "滨州.json", "鄂州.json",
            "日照.json"} <= names


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_targets_gold_holds_the_bars(path):
    result = score(list(predictions_of(path)), gold_of(path))
    detail = f"missed {result.missed}\nspurious {result.spurious}"
    assert result.recall >= 0.92, detail
    assert result.precision >= 0.90, detail
    assert result.deadline >= 0.95
    assert result.comparator >= 0.90
    assert result.unit >= 0.97


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_targets_gold_non_targets_yield_nothing(path):
    """No target is read from inside a sentence the annotator marked as history, subsidy or name."""
    text = document_of(path).text
    spans = []
    for entry in gold_of(path).get("non_targets", []):
        at = text.find(entry["text"])
        assert at >= 0, entry["text"]
        spans.append((at, at + len(entry["text"]), entry["text"]))
    inside = [(t.text, why) for t in predictions_of(path) for s, e, why in spans
              if s <= t.prov.char_start < e and t.prov.char_end <= e]
    assert inside == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_targets_gold_evidence_offsets_point_at_the_text(path):
    text = document_of(path).text
    for target in predictions_of(path):
        assert text[target.prov.char_start:target.prov.char_end] == target.text


def test_targets_gold_matcher_rejects_a_wrong_value():
    """The matcher is strict enough to fail: one gold target, a prediction with another number."""
    path = next(p for p in GOLD_FILES if p.name == "鄂州.json")
    gold = {"targets": gold_of(path)["targets"][:1]}
    first = next(t for t in predictions_of(path) if same_number(t, gold["targets"][0]))
    wrong = replace(first, value=first.value + 1, value_base=first.value_base + 1)
    assert score([wrong], gold).recall == 0.0
    assert score([first], gold).recall == 1.0
