"""A large firm's local subsidiary named by its place and the group's short form.

City reports name the company a group set up in a province by the province and the
group's short form: 江西国轩 (Gotion's Jiangxi company), 湖南温氏 (Wens's Hunan one).
That is the firm the report speaks of, not the group the lexicon's short form names
(温氏 → 广东温氏食品集团股份有限公司). Where the province is where the group itself is
registered and its full name begins with it (浙江|吉利 of 浙江吉利控股集团, 新疆|金风科技),
the two name the group. A county or a city before a short form is mostly where the
group's project stands (宁安华电 wind farms, 丹寨县明阳 equipment cluster, 覃塘京东
logistics base): the reports' readers credit the group, and so does this module.

A firm's company in a place is also written with the place in brackets after the firm's
name, and the legal form after them if at all: 联想（武汉）, 华润水泥（田阳）公司. In a clause
about projects (抓好…赣锋锂业（丰城）…等项目的竣工投产) it names the firm's project there, and
the firm is credited, as the golds have it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractors.ner.candidates import Candidate
from extractors.sentences import clause_around

# A country is no subsidiary's place (中国华电 is the group); see above for cities and counties.
_PLACE_LEVELS = frozenset({"province"})


def local_subsidiaries(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """Province + a group's short form, right after each other, as one firm named as written."""
    places_ending_at: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.type == "Region" and dict(c.attrs).get("level") in _PLACE_LEVELS:
            places_ending_at.setdefault(c.end, []).append(c)
    found = []
    for firm in candidates:
        if (firm.type != "Organization" or firm.source != "lexicon" or dict(firm.attrs).get("kind") != "enterprise"
                or norm[firm.start:firm.end] == firm.name):
            continue
        for place in places_ending_at.get(firm.start, ()):
            if firm.name.startswith(norm[place.start:place.end]) or firm.name.startswith(place.name):
                continue
            found.append(replace(firm, start=place.start, name=norm[place.start:firm.end], source="rule"))
            break
    return found


_LEGAL_FORM = re.compile(r"股份有限公司|有限责任公司|有限公司|公司")
# What may follow the brackets where no legal form does: the end of the name (a name that runs
# on, 网易（北海）联合创新中心, is a body the firm runs there, read by org_rules).
_NAME_ENDS_BEFORE = re.compile(r"[^\u4e00-\u9fff]|[等和与及获入成是在为被将]")


# Organs, schools and institutes are no firms (市人民政府（…）; 武汉大学（黄石）… is read by org_rules).
_NO_FIRM = re.compile(r"(?:政府|委员会|[委局厅办部]|人大|政协|法院|检察院|大学|学院|学校|医院|中心|研究院|研究所)$")


def firms_in_brackets(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """A firm's name, a place in brackets and the legal form, if any, as one firm."""
    places = {(c.start, c.end) for c in candidates if c.type == "Region"}
    found = []
    for firm in candidates:
        if firm.type != "Organization" or norm[firm.end:firm.end + 1] != "(" or _NO_FIRM.search(norm, firm.start, firm.end):
            continue
        close = norm.find(")", firm.end + 1, firm.end + 12)
        if close < 0 or (firm.end + 1, close) not in places:
            continue
        end = close + 1
        legal_form = _LEGAL_FORM.match(norm, end)
        if legal_form is not None:
            end = legal_form.end()
        elif end < len(norm) and not _NAME_ENDS_BEFORE.match(norm, end):
            continue
        if "项目" in norm[slice(*clause_around(norm, firm.start, end))]:
            continue
        found.append(Candidate(firm.start, end, "Organization", "", "rule"))
    return found
