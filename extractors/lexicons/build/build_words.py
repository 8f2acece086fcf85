"""Build ``extractors/lexicons/words.txt.gz``: the words of Chinese and of the genre, so that a
run of characters that begins none of them can be read as a name no list knows.

One-off, committed so the data can be regenerated::

    pip download --no-deps -d /tmp/wheels jieba==0.42.1
    python extractors/lexicons/build/build_words.py /tmp/wheels/jieba-0.42.1.tar.gz \\
        --corpus CORPUS_DIR --exclude BLIND.txt …

Sources (see ../SOURCES.md):
- the dictionary of jieba 0.42.1 (``jieba/dict.txt`` in the PyPI sdist, MIT): ~349,000 words
  with their frequencies; kept: two to four Han characters, frequency ≥ ``LEAST_FREQUENCY``;
- the words of the genre that jieba's 2020 dictionary lacks (文旅, 冷链, 稳慎, 号线): every
  run of two to four Han characters in which no jieba word begins, found in at least
  ``COMMON_IN_REPORTS`` of the corpus's reports (blind ones excluded). A local firm's trade name
  turns up in its own city's report, perhaps one more; a word of the genre in many.

``extractors/ner/unknown_names.py`` reads a firm's trade name at the head of a project where its
characters begin no word (保硕铝合金: 保硕 + 铝合金; 新东茂亚麻: 新东茂 + 亚麻).

Output: gzip of one word per line, sorted.
"""
from __future__ import annotations

import argparse
import gzip
import re
import tarfile
from pathlib import Path

from report_counts import report_counts

LEXICON_DIR = Path(__file__).resolve().parents[1]
LEAST_FREQUENCY = 3  # jieba's rarest entries are names and fragments (北一, 中慧) as often as words
COMMON_IN_REPORTS = 3
_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def read_jieba_words(sdist: Path) -> set[str]:
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("jieba/dict.txt"))
        text = archive.extractfile(member).read().decode("utf-8")
    words = set()
    for line in text.splitlines():
        word, frequency, *_ = line.split()
        if _WORD.fullmatch(word) and int(frequency) >= LEAST_FREQUENCY:
            words.add(word)
    return words


def begins_no_word(form: str, words: set[str]) -> bool:
    return not any(form[i:i + size] in words for i in range(len(form)) for size in (2, 3, 4)
                   if i + size <= len(form))


def genre_runs(words: set[str], corpus: Path, excluded: set[str]) -> set[str]:
    """Runs of 2–4 characters that begin no jieba word and are common in the corpus's reports."""
    runs = set()
    for path in sorted(corpus.glob("*.txt")):
        if path.name in excluded:
            continue
        text = re.sub(r"\s+", "", path.read_text(encoding="utf-8"))
        for han in _HAN_RUN.findall(text):
            for size in (2, 3, 4):
                runs.update(han[i:i + size] for i in range(len(han) - size + 1))
    runs = {run for run in runs if begins_no_word(run, words)}
    counts = report_counts(runs, corpus, excluded)
    return {run for run, count in counts.items() if count >= COMMON_IN_REPORTS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sdist", type=Path, help="jieba 0.42.1 sdist (.tar.gz)")
    parser.add_argument("--corpus", type=Path, required=True, help="folder of texts to measure the genre's words on")
    parser.add_argument("--exclude", nargs="*", default=[], help="file names to leave out (blind test texts)")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR / "words.txt.gz")
    args = parser.parse_args()
    words = read_jieba_words(args.sdist)
    genre = genre_runs(words, args.corpus, set(args.exclude))
    kept = sorted(words | genre)
    # mtime=0: the same input gives the same bytes.
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:
        out.write(("\n".join(kept) + "\n").encode("utf-8"))
    print(f"{len(words)} jieba words + {len(genre)} words of the genre → {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
