"""Cities named by one character in a pairing with the report's own city.

A city report names its partners by one character each, its own among them, before a
word of working together: 长岳协同发展 (长沙 and 岳阳) in 岳阳's report, 宁淮合作 (南京,
淮安) in 淮安's, 成德眉资同城化 (成都, 德阳, 眉山, 资阳) in 资阳's, 京沈对口合作 (北京,
沈阳) in 沈阳's. Alone such a character is anything; beside the report's own city's
before such a word it is a place: the county of the city the character begins (郴资桂一体化:
资兴, 桂阳 or 桂东 of 郴州, so no pairing of cities), else the city of the report's province
it begins (长 → 长沙 in Hunan), else the city it is the known short form of (甬 → 宁波,
宁 → 南京 in Jiangsu), else, before a word of cooperating (对口, 协作, 合作, 协同, not
一体化: 资金一体化), the province it is the short form of (京, 渝). A run with a character
that is none of these (化 of 深化), or that begins several, is no pairing, nor one inside
a place's name (潍坊港联动); 新 is Singapore as often as 新疆 (新宁合作委员会). A city far
away named by its first character alone (绍乐协作, 抚泉对口合作: 绍兴, 泉州) is left out:
the development golds count it as seldom as they count a city by its province's short form.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.ner.candidates import Candidate
from extractors.ner.gazetteer import LexiconEntry, _entries_with_forms
from extractors.ner.region_rules import province_abbreviations

# Words of working together after the pairing (甬丽对口合作, 合六同城化, 梧藤一体化, 宁淮科创走廊).
_TOGETHER_AFTER = re.compile(r"对口|东西部协作|协作|合作|协同|同城化|一体化|联动|共建|科创走廊")
_COOPERATING = re.compile(r"对口|东西部协作|协作|合作|协同")
_LONGEST_RUN = 4
# Short forms of cities that are not their first character (城市简称), by city.
_CITY_SHORT_FORMS = {"甬": "宁波市", "宁": "南京市", "昌": "南昌市", "莞": "东莞市", "蓉": "成都市", "穗": "广州市",
                     "榕": "福州市", "邕": "南宁市", "锡": "无锡市", "鹭": "厦门市"}
# Singapore as often as 新疆 (新宁合作委员会).
_NOT_A_PARTNER = "新"


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, LexiconEntry], dict[str, list[LexiconEntry]], dict[str, list[LexiconEntry]]]:
    """Prefecture-level cities by name and by first character; counties by their city."""
    by_name: dict[str, LexiconEntry] = {}
    by_initial: dict[str, list[LexiconEntry]] = {}
    counties: dict[str, list[LexiconEntry]] = {}
    for entry in _entries_with_forms():
        level = dict(entry.attrs).get("level") if entry.type == "Region" else None
        if level == "prefecture":
            by_name[entry.name] = entry
            by_initial.setdefault(entry.name[0], []).append(entry)
        elif level == "county":
            counties.setdefault(str(dict(entry.attrs).get("parent", "")), []).append(entry)
    return by_name, by_initial, counties


def _partner(char: str, home: LexiconEntry, province: str, cooperating: bool) -> tuple[str, tuple] | None:
    """The place ``char`` stands for beside ``home``, a city of ``province``; a province only where
    the word after is one of ``cooperating``."""
    by_name, by_initial, counties = _cities()
    if char in _NOT_A_PARTNER:
        return None
    own_counties = [county for county in counties.get(home.name, ()) if county.name.startswith(char)]
    if own_counties:
        return (own_counties[0].name, own_counties[0].attrs) if len(own_counties) == 1 else None
    near = [city for city in by_initial.get(char, ()) if dict(city.attrs).get("parent") == province]
    short_form = by_name.get(_CITY_SHORT_FORMS.get(char, ""))
    if short_form is not None and dict(short_form.attrs).get("parent") == province:
        near.append(short_form)
    if len(near) == 1:
        return near[0].name, near[0].attrs
    if near:
        return None
    if short_form is not None:
        return short_form.name, short_form.attrs
    return province_abbreviations().get(char) if cooperating else None


def city_pairs(norm: str, home: LexiconEntry | None, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Each partner of the report's own city (``home``, a prefecture) in a run of one-character
    names before a word of working together, as a Region."""
    if home is None or dict(home.attrs).get("level") != "prefecture":
        return []
    province = dict(home.attrs).get("parent", "")
    own = {home.name[0]} | {char for char, name in _CITY_SHORT_FORMS.items() if name == home.name}
    in_names = {at for hit in lexicon_hits if hit.length >= 2 for at in range(hit.start, hit.end)}
    found: list[Candidate] = []
    for together in _TOGETHER_AFTER.finditer(norm):
        end = together.start()
        cooperating = _COOPERATING.match(together.group()) is not None
        start = end
        partners: list[tuple[int, tuple[str, tuple]]] = []
        while start > 0 and end - start <= _LONGEST_RUN:  # (one more than a run holds: a longer one is none)
            char = norm[start - 1]
            partner = (home.name, home.attrs) if char in own else _partner(char, home, province, cooperating)
            if partner is None:
                break
            partners.append((start - 1, partner))
            start -= 1
        # (中山联动, 丽水联动: the report's own name before the word is no pairing)
        if (2 <= end - start <= _LONGEST_RUN and any(norm[at] in own for at, _ in partners)
                and not home.name.startswith(norm[start:end]) and not in_names & set(range(start, end))):
            found += [Candidate(at, at + 1, "Region", name, "rule", attrs=attrs) for at, (name, attrs) in partners
                      if norm[at] not in own]
    return found
