"""The one table of units a target can be written in, and their base units.

A unit as written may carry a magnitude (万人, 亿元, 万亿元, 万标箱) and a
parenthesised variant (万套（间）). ``to_base`` strips both and scales the value,
so that 3 万亿元 and 30000 亿元 compare equal (SPEC §3: value_base, unit_base).
Units whose own name starts with a magnitude character (千瓦, 千米, 千克) are
looked up whole before any magnitude is split off.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Magnitude prefixes, longest first so 万亿 wins over 万.
MAGNITUDES: tuple[tuple[str, float], ...] = (
    ("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("十亿", 1e9), ("亿", 1e8),
    ("千万", 1e7), ("百万", 1e6), ("十万", 1e5), ("万", 1e4),
)

# unit as written (without magnitude) -> (base unit, factor to the base unit)
BASE_UNITS: dict[str, tuple[str, float]] = {
    # shares and rates
    "%": ("%", 1.0), "‰": ("‰", 1.0), "个百分点": ("百分点", 1.0), "百分点": ("百分点", 1.0),
    "倍": ("倍", 1.0), ":1": (":1", 1.0),
    # money
    "元": ("元", 1.0), "美元": ("美元", 1.0),
    # people
    "人": ("人", 1.0), "名": ("人", 1.0), "位": ("人", 1.0), "人次": ("人次", 1.0),
    "户": ("户", 1.0), "岁": ("岁", 1.0),
    # organisations, things, events
    "家": ("家", 1.0), "个": ("个", 1.0), "项": ("项", 1.0), "条": ("条", 1.0),
    "所": ("所", 1.0), "座": ("座", 1.0), "处": ("处", 1.0), "对": ("对", 1.0),
    "场": ("场", 1.0), "场次": ("场次", 1.0), "项次": ("项次", 1.0), "次": ("次", 1.0), "届": ("届", 1.0), "批": ("批", 1.0),
    "件": ("件", 1.0), "台": ("台", 1.0), "辆": ("辆", 1.0), "艘": ("艘", 1.0),
    "架": ("架", 1.0), "列": ("列", 1.0), "套": ("套", 1.0), "间": ("间", 1.0),
    "张": ("张", 1.0), "床": ("床", 1.0), "部": ("部", 1.0), "支": ("支", 1.0),
    "篇": ("篇", 1.0), "门": ("门", 1.0), "本": ("本", 1.0), "册": ("册", 1.0),
    "株": ("株", 1.0), "棵": ("株", 1.0), "头": ("头", 1.0), "只": ("只", 1.0),
    "种": ("种", 1.0), "款": ("款", 1.0), "片": ("片", 1.0), "栋": ("栋", 1.0),
    "幢": ("栋", 1.0), "根": ("根", 1.0), "宗": ("宗", 1.0), "单": ("单", 1.0),
    "例": ("例", 1.0), "份": ("份", 1.0), "块": ("块", 1.0), "口": ("口", 1.0),
    "年一遇": ("年一遇", 1.0),
    # time
    "天": ("天", 1.0), "个月": ("个月", 1.0), "小时": ("小时", 1.0), "分钟": ("分钟", 1.0),
    "个工作日": ("个工作日", 1.0), "工作日": ("个工作日", 1.0),
    # length, area, volume, mass
    "公里": ("公里", 1.0), "千米": ("公里", 1.0), "km": ("公里", 1.0), "米": ("米", 1.0),
    "平方公里": ("平方公里", 1.0), "平方千米": ("平方公里", 1.0), "km2": ("平方公里", 1.0),
    "平方米": ("平方米", 1.0), "m2": ("平方米", 1.0), "m²": ("平方米", 1.0), "㎡": ("平方米", 1.0),
    "亩": ("亩", 1.0), "公顷": ("公顷", 1.0),
    "立方米": ("立方米", 1.0), "m3": ("立方米", 1.0), "方": ("立方米", 1.0),
    "微克/立方米": ("微克/立方米", 1.0), "毫克/立方米": ("毫克/立方米", 1.0), "μg/m3": ("微克/立方米", 1.0),
    "吨": ("吨", 1.0), "公斤": ("千克", 1.0), "千克": ("千克", 1.0), "斤": ("千克", 0.5),
    "标箱": ("标箱", 1.0), "TEU": ("标箱", 1.0), "吨公里": ("吨公里", 1.0), "人公里": ("人公里", 1.0),
    # energy and computing
    "千瓦": ("千瓦", 1.0), "kW": ("千瓦", 1.0), "兆瓦": ("千瓦", 1e3), "MW": ("千瓦", 1e3),
    "吉瓦": ("千瓦", 1e6), "GW": ("千瓦", 1e6), "千瓦时": ("千瓦时", 1.0), "度": ("千瓦时", 1.0),
    "吨标准煤": ("吨标准煤", 1.0), "吨标煤": ("吨标准煤", 1.0),
    "P": ("P", 1.0), "PFlops": ("P", 1.0), "EFlops": ("P", 1e3),
    "Gbps": ("Gbps", 1.0), "Mbps": ("Mbps", 1.0),
}

# Units that are read only with a magnitude: "方" alone is a direction far more
# often than a cubic metre, "度" a degree, "口" a mouth, "单" a single.
_NEEDS_MAGNITUDE = frozenset({"方", "度", "口", "单"})

_PAREN = re.compile(r"\([^()]{1,3}\)$")


@dataclass(frozen=True, slots=True)
class BaseValue:
    value: float
    unit: str


def split_magnitude(unit: str) -> tuple[float, str]:
    """(factor, rest) for a written unit: 万亿元 -> (1e12, 元); 千瓦 -> (1, 千瓦)."""
    if unit in BASE_UNITS:
        return 1.0, unit
    for prefix, factor in MAGNITUDES:
        rest = unit[len(prefix):]
        if unit.startswith(prefix) and (rest in BASE_UNITS or rest == ""):
            return factor, rest
    return 1.0, unit


def to_base(value: float, unit: str) -> BaseValue:
    """The value in base units; an unknown unit is its own base (SPEC §3)."""
    plain = _PAREN.sub("", unit.strip())
    factor, rest = split_magnitude(plain)
    base_unit, scale = BASE_UNITS.get(rest, (rest, 1.0))
    # A magnitude with nothing after it (一千万 of something unnamed) stays a bare number.
    return BaseValue(_clean_float(value * factor * scale), base_unit)


def _clean_float(number: float) -> float:
    """Drop binary noise such as 1.27 * 1e4 = 12700.000000000002."""
    return float(f"{number:.12g}")


def unit_pattern() -> str:
    """Regex alternation of every plain written unit, longest first.

    Magnitudes are matched separately (see extractors.numbers) because 余/多 may
    sit between them and the unit: 1.3万余人.
    """
    plain = sorted((u for u in BASE_UNITS if u != ":1" and u not in _NEEDS_MAGNITUDE), key=len, reverse=True)
    # 万套(间): a one-character variant in brackets belongs to the unit.
    paren = r"(?:\((?:间|套|户|座|处|个|家|栋|次|人次)\))?"
    return rf"(?:{'|'.join(re.escape(u) for u in plain)}){paren}"


def magnitude_pattern() -> str:
    return "|".join(m for m, _ in MAGNITUDES)


def needs_magnitude_pattern() -> str:
    """Units read only after a magnitude (万方, 亿度)."""
    return "|".join(sorted(_NEEDS_MAGNITUDE))
