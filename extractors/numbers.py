"""Numbers as Chinese policy text writes them, and the quantities they form.

``parse_number`` reads one number: Arabic (3, 1,200, 48.15, full-width ３),
Chinese (二〇二七, 一千万, 两, 三万亿), mixed (1.27万, 3万亿) and percentages in
words (百分之二十六). ``find_quantities`` finds number + unit spans in a
normalised text: 3万亿元, 120—130个, 6%-7%, 2.3∶1, 百余名, 1.3万余人.

Our own Chinese-numeral parser replaces cn2an here: cn2an is about 20x slower
per call, and smart mode rejects 百分之二十六.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractors.units import magnitude_pattern, needs_magnitude_pattern, unit_pattern

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, float] = {"万": 1e4, "亿": 1e8}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CHINESE = rf"[{CN_CHARS}]+"
_MIXED = re.compile(rf"^({_ARABIC})((?:万亿|亿|万|千|百)*)$")


def _fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, char by char."""
    return "".join(unicodedata.normalize("NFKC", c) if len(unicodedata.normalize("NFKC", c)) == 1 else c
                   for c in text)


def parse_chinese_numeral(numeral: str) -> float | None:
    """一千万 -> 1e7, 二〇二七 -> 2027, 十五 -> 15, 三万亿 -> 3e12; None if not a numeral."""
    if not numeral or any(c not in CN_CHARS for c in numeral):
        return None
    if len(numeral) > 1 and all(c in CN_DIGITS for c in numeral):
        return float("".join(str(CN_DIGITS[c]) for c in numeral))  # digit by digit: 二〇二七
    total = 0.0    # everything already multiplied by 万 or 亿
    section = 0.0  # the part below the next 万/亿
    digit = 0.0
    for char in numeral:
        if char in CN_DIGITS:
            digit = CN_DIGITS[char]
        elif char in CN_SMALL_UNITS:
            section += (digit or 1) * CN_SMALL_UNITS[char]
            digit = 0
        elif char == "万":
            total += (section + digit or 1) * 1e4
            section = digit = 0
        else:  # 亿 scales everything before it: 三万亿 = 3e12
            total = (total + section + digit or 1) * 1e8
            section = digit = 0
    return total + section + digit


def parse_number(text: str) -> float | None:
    """One number as written; None if the text is not a number."""
    text = _fold(text.strip()).replace("点", ".") if text else ""
    if not text:
        return None
    if text.startswith("百分之"):
        return parse_number(text[3:])
    mixed = _MIXED.match(text)
    if mixed:
        value = float(mixed.group(1).replace(",", ""))
        factor = parse_chinese_numeral(mixed.group(2)) if mixed.group(2) else 1.0
        return value * (factor or 1.0)
    if "." in text:  # 三点五
        whole, _, frac = text.partition(".")
        head = parse_chinese_numeral(whole)
        if head is None or not all(c in CN_DIGITS for c in frac):
            return None
        return float(f"{int(head)}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    return parse_chinese_numeral(text)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number (or range) with its unit, at ``start:end`` of the scanned text."""

    start: int
    end: int
    value: float
    unit: str            # as written, with magnitude: 万亿元, %, :1
    value_max: float | None = None
    approx: str = ""     # 余 / 多 written after the number: at least the value
    chinese: bool = False  # written in Chinese numerals


def _number_group(name: str) -> str:
    return rf"(?P<{name}>{_ARABIC}|{_CHINESE})"


@cache
def _quantity_regex() -> re.Pattern[str]:
    units, mags, heavy = unit_pattern(), magnitude_pattern(), needs_magnitude_pattern()
    percent_words = rf"百分之(?P<pw>[{CN_CHARS}点]+)"
    ratio = rf"(?P<r1>{_ARABIC})[∶:](?P<r2>1)(?![\d.])"
    main = (
        rf"{_number_group('n1')}(?P<p1>%|‰)?"
        rf"(?:(?P<dash>[—\-~～至])(?=[\d{CN_CHARS}]){_number_group('n2')})?"
        rf"(?P<approx0>余|多)?(?P<mag>{mags})?(?P<approx>余|多)?"
        rf"(?P<unit>%|‰|个百分点|{units}|(?<=[万亿])(?:{heavy}))?"
    )
    return re.compile(rf"{percent_words}|{ratio}|{main}")


_LATIN = re.compile(r"[A-Za-z]")


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with whatever unit follows it (possibly none).

    Deciding which quantities are targets is the caller's job; this only reads
    the numbers. Numbers glued to Latin letters (5G, T3B) are skipped.
    """
    found: list[Quantity] = []
    for match in _quantity_regex().finditer(text):
        quantity = _read_match(match, text)
        if quantity is not None:
            found.append(quantity)
    return found


def _read_match(match: re.Match[str], text: str) -> Quantity | None:
    start, end = match.span()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if match.group("pw"):
        value = parse_number(match.group("pw"))
        return None if value is None else Quantity(start, end, value, "%", chinese=True)
    if match.group("r1"):
        if _LATIN.match(before) or before.isdigit() or before == ".":
            return None
        return Quantity(start, end, float(match.group("r1").replace(",", "")), ":1")
    n1, n2 = match.group("n1"), match.group("n2")
    chinese = n1[0] in CN_CHARS
    mag, unit = match.group("mag") or "", match.group("unit") or ""
    if chinese:
        n1, n2, mag, unit = _split_chinese_magnitude(n1, n2, mag, unit)
        if n1 is None:
            return None
    if (not chinese and (_LATIN.match(before) or before == ".")) or (unit and _LATIN.match(unit[-1]) and _LATIN.match(after)):
        return None
    if _LATIN.match(after) and not unit and not mag:
        return None
    value = parse_number(n1)
    value_max = parse_number(n2) if n2 else None
    if value is None or (n2 and value_max is None):
        return None
    written_unit = mag + unit if unit != "%" or not mag else unit
    if match.group("p1") and not unit:
        written_unit = match.group("p1")
    approx = match.group("approx") or match.group("approx0") or ""  # 1.3万余人, 2000多万
    return Quantity(start, end, value, written_unit, value_max, approx, chinese)


def _split_chinese_magnitude(n1: str, n2: str | None, mag: str, unit: str) -> tuple[str | None, str | None, str, str]:
    """千万 + 亩 -> 千 + 万亩: a trailing 万/亿 of a Chinese numeral belongs to the unit.

    Lone digits (一个, 两项) are rhetoric far more often than goals and lone
    万/亿 are words (万家, 亿万), so both are rejected (n1 None).
    """
    if not mag:
        for big in ("万亿", "亿", "万"):
            if n1.endswith(big) and len(n1) > len(big):
                n1, mag = n1[: -len(big)], big
                break
    if len(n1) == 1 and n1 in CN_DIGITS and not mag and n1 != "〇":
        return None, None, "", ""
    if n1 in ("万", "亿") or (n1 in CN_DIGITS and len(n1) == 1 and n1 in "〇零"):
        return None, None, "", ""
    return n1, n2, mag, unit
