"""A large firm's local subsidiary named by its place and the group's short form.

City reports name the company a group set up in a province by the province and the
group's short form: 江西国轩 (Gotion's Jiangxi company), 湖南温氏 (Wens's Hunan one).
That is the firm the report speaks of, not the group the lexicon's short form names
(温氏 → 广东温氏食品集团股份有限公司). Where the province is where the group itself is
registered and its full name begins with it (浙江|吉利 of 浙江吉利控股集团, 新疆|金风科技),
the two name the group. A county or a city before a short form is mostly where the
group's project stands (宁安华电 wind farms, 丹寨县明阳 equipment cluster, 覃塘京东
logistics base): the reports' readers credit the group, and so does this module.
"""
from __future__ import annotations

from dataclasses import replace

from extractors.ner.candidates import Candidate

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
