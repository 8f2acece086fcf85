"""The document's own villages and residents' communities (马者村, 山庄社区, 尚屯村),
from the National Bureau of Statistics' table.

China has some 613,000 villages and their names repeat everywhere (新建村, 中心村,
城中村 are also kinds of village; 发展村, 健全村 read across 扶持发展村集体 and
建立健全村集体), so only the villages of the document's own region are looked for,
only by their full name, and only where the text starts a name there: after a
punctuation mark (,马者村等8个村), right after a place (法库县尚屯村, 雁江祥符镇松树村)
or a verb that takes a place (推广蟠龙社区, 加快新淮村). A name running on into a
word (新建村级, 平安村(社区), 同乡村振兴) is none.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import ahocorasick

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import LexiconEntry, blocker_index, inside_blocker
from extractors.ner.region_rules import NOT_VILLAGE_NAMES
from extractors.ner.townships import code_prefix, county_names

# Two-character names (余村, 东村) are as often a piece of a word (其余村庄, 广东村镇).
MIN_NAME_LENGTH = 3
# What a village's name does not run on into: 新建村级, 村民, 村庄, 村集体, 乡村振兴, 平安村(社区).
_RUNS_ON = re.compile(r"[级民庄务委干落镇寨居社]|集体|振兴|[(（]社区")
_NAME_STARTS_AFTER = re.compile(r"[^\u4e00-\u9fff]$|(?:推广|总结|加快|提升|抓好|支持|打造|推进|培育|带动|"
                                r"[在以将把和与及至])$")


def _kind_not_name(name: str) -> bool:
    """中心村, 文明村, 示范社区 … are kinds of village; the 社区 ending alone is no such kind."""
    stem = name[:-2] if name.endswith("社区") else name
    return NOT_VILLAGE_NAMES.search(stem) is not None


@lru_cache(maxsize=64)
def _automaton(region: LexiconEntry) -> ahocorasick.Automaton | None:
    """Names of ``region``'s villages -> (name, attrs); attrs carry the code and the
    county only where one village of the region has that name."""
    from extractors.lexicons import read_villages

    prefix = code_prefix(region)
    if not prefix:
        return None
    codes_by_name: dict[str, list[str]] = defaultdict(list)
    for code, name in read_villages(prefix):
        if len(name) >= MIN_NAME_LENGTH and not _kind_not_name(name):
            codes_by_name[name].append(code)
    if not codes_by_name:
        return None
    counties = county_names()
    auto = ahocorasick.Automaton()
    for name, codes in codes_by_name.items():
        attrs: list[tuple[str, str]] = [("level", "area")]
        if len(codes) == 1:
            attrs += [("adcode", codes[0]), ("parent", counties.get(codes[0][:6], ""))]
        auto.add_word(name, (name, tuple(sorted(a for a in attrs if a[1]))))
    auto.make_automaton()
    return auto


def village_candidates(norm: str, region: LexiconEntry | None, places: list[Candidate]) -> list[Candidate]:
    """Villages of ``region`` named in ``norm``; ``places`` are the places found so far,
    after which a village's name may start (竹山县|刘家山村)."""
    auto = _automaton(region) if region is not None else None
    if auto is None:
        return []
    place_ends = {p.end for p in places if p.type == "Region"}
    blockers = blocker_index(norm)
    found = []
    for last, (name, attrs) in auto.iter(norm):
        start, end = last - len(name) + 1, last + 1
        if _RUNS_ON.match(norm, end) or blockers and inside_blocker(start, end, blockers):
            continue
        if start > 0 and start not in place_ends and not _NAME_STARTS_AFTER.search(norm[max(0, start - 2):start]):
            continue
        found.append(Candidate(start, end, "Region", name, "lexicon", attrs=attrs))
    return found
