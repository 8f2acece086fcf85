"""Report how many gold entities (name or any alias) the lexicons contain.

    python extractors/lexicons/build/measure_gold_coverage.py GOLD.json

Measuring only: the gold lists are never copied into the lexicons.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from extractors.lexicons import read_lexicon

GOLD_KEYS = {"persons": "persons", "organizations": "organizations", "regions": "regions",
             "initiatives": "initiatives"}


def surface_forms(lexicon: str) -> set[str]:
    forms: set[str] = set()
    for entry in read_lexicon(lexicon):
        forms.update([entry["name"], *entry["aliases"], *entry.get("abbrev", [])])
    return forms


def strip_quotes(form: str) -> str:
    return form.replace("“", "").replace("”", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--show-missing", action="store_true")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    for lexicon, key in GOLD_KEYS.items():
        forms = surface_forms(lexicon)
        loose = {strip_quotes(f) for f in forms}
        entities = gold[key]
        hit = [e for e in entities if any(f in forms for f in [e["name"], *e.get("aliases", [])])]
        hit_loose = [e for e in entities
                     if any(strip_quotes(f) in loose for f in [e["name"], *e.get("aliases", [])])]
        print(f"{lexicon:14s} {len(hit):3d}/{len(entities):3d} = {len(hit) / len(entities):.0%}"
              f"  (ignoring “” quotes: {len(hit_loose)}/{len(entities)})")
        if args.show_missing:
            print("   missing:", " ".join(e["name"] for e in entities if e not in hit_loose))


if __name__ == "__main__":
    main()
