"""Normalise text for matching without moving any character.

``normalize(text)`` maps every character to exactly one character, so an offset
found in the normalised text is the same offset in the original (SPEC §1):

- full-width and compatibility forms become their plain form (``２０２７`` →
  ``2027``, ``，`` → ``,``, ``　`` → `` ``, ``﹒`` → ``.``, Kangxi radicals that
  PDF extraction produces → the ordinary ideograph), but only where NFKC of the
  single character is a single character; CJK punctuation that NFKC leaves alone
  (。、《》“”〔〕) stays as it is;
- traditional characters become simplified (OpenCC ``t2s``).
"""
from __future__ import annotations

import unicodedata
from functools import cache

import opencc

# Blocks whose NFKC forms we want. Wider NFKC (circled ①, superscript ², ㎡) is
# left alone: it changes what a list marker or a unit looks like.
_WIDTH_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A0, 0x00A0),    # no-break space
    (0x2000, 0x200A),    # typographic spaces
    (0x2E80, 0x2FDF),    # CJK radicals supplement, Kangxi radicals
    (0x3000, 0x303F),    # ideographic space (the punctuation here has no NFKC form)
    (0xF900, 0xFAFF),    # CJK compatibility ideographs
    (0xFE10, 0xFE1F),    # vertical forms
    (0xFE30, 0xFE6F),    # CJK compatibility forms, small form variants
    (0xFF00, 0xFFEF),    # halfwidth and fullwidth forms
    (0x2F800, 0x2FA1F),  # CJK compatibility ideographs supplement
)


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for first, last in _WIDTH_RANGES:
        for code in range(first, last + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = folded
    return table


WIDTH_TABLE: dict[int, str] = _width_table()


@cache
def _t2s() -> opencc.OpenCC:
    # Loading the dictionaries takes milliseconds; converting takes microseconds.
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, guaranteed to keep every character in place.

    OpenCC converts phrases, which could in principle change the length. The
    dictionaries shipped today map every key to a value of the same length, so
    the whole-text conversion is the normal path; a line whose length changes
    is converted character by character instead, and a character whose own
    conversion changes length is kept.
    """
    converter = _t2s()
    converted = converter.convert(text)
    if len(converted) != len(text):
        converted = "".join(_convert_line(converter, line) for line in text.splitlines(keepends=True))
    return _keep_simplified_forms(text, converted)


# Characters OpenCC turns into another that are standard simplified characters too, of names
# (乾源, a firm, not 干源; 乾隆 and 乾坤 it keeps already; 景昇, a firm, not 景升): a simplified text
# means them as written.
_SIMPLIFIED_ALREADY = frozenset("乾昇")


def _keep_simplified_forms(text: str, converted: str) -> str:
    if not any(char in text for char in _SIMPLIFIED_ALREADY):
        return converted
    return "".join(char if char in _SIMPLIFIED_ALREADY else new for char, new in zip(text, converted))


def _convert_line(converter: opencc.OpenCC, line: str) -> str:
    converted = converter.convert(line)
    if len(converted) == len(line):
        return converted
    return "".join(_convert_char(converter, char) for char in line)


def _convert_char(converter: opencc.OpenCC, char: str) -> str:
    converted = converter.convert(char)
    return converted if len(converted) == 1 else char


def normalize(text: str) -> str:
    """Half-width, simplified text of exactly ``len(text)`` characters."""
    return to_simplified(text.translate(WIDTH_TABLE))
