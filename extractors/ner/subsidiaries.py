"""A known firm's subsidiary named by the parent's short form and a trade name of its own.

City reports name a group's local company by gluing the two: 宝武特冶 (宝武's special-steel
arm), 隆基乐叶, 广汽埃安, 徐工汉云, 中粮面业. The parent's short form is in the lexicon, so
alone it would be the only name found there, and the project would be the parent's. When
the characters right after a firm's short form begin no word (a coined trade name, see
unknown_names), are no place the lexicon knows and no number (多氟多六氟磷酸锂: 六氟 begins
the product), and no plant named by its site follows (中煤芒来、…两个电厂), the firm's name
runs on over them. The parent stays a mention of its own inside (nested_organizations).
"""
from __future__ import annotations

import re

from extractors.ner.candidates import Candidate
from extractors.ner.firm_rules import SHORT_FIRM_INDUSTRY
from extractors.ner.gazetteer import canonical_by_form
from extractors.ner.unknown_names import unknown_name_at

_LONGEST_OWN_NAME = 3
_NUMERAL = re.compile(r"[一二三四五六七八九十两百千万零]")
# A parent named with its trade word (济川药业) is followed by a product (金同贝), not a subsidiary.
_TRADE_WORD_AT_END = re.compile(rf"(?:{SHORT_FIRM_INDUSTRY.pattern}|集团|公司)$")
# Power plants and mines are named by their site (中煤芒来、江苏能源白音华两个电厂).
_SITE_NAMED = re.compile(r"[^，。；：,;:]{0,8}?(?:电厂|电站|煤矿|矿井|发电)")


def subsidiaries(norm: str, lexicon_hits: list[Candidate]) -> list[Candidate]:
    """Firms' short forms run on over a trade name of their own (宝武 + 特冶)."""
    places = canonical_by_form("Region")
    found = []
    for hit in lexicon_hits:
        if hit.type != "Organization" or dict(hit.attrs).get("kind") != "enterprise":
            continue
        if _TRADE_WORD_AT_END.search(norm, hit.start, hit.end):
            continue
        own_name = unknown_name_at(norm, hit.end)
        if not 2 <= len(own_name) <= _LONGEST_OWN_NAME or own_name in places or _NUMERAL.match(own_name)\
                or _SITE_NAMED.match(norm, hit.end + len(own_name)):
            continue
        found.append(Candidate(hit.start, hit.end + len(own_name), "Organization", "", "rule"))
    return found
