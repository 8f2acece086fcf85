"""A reading's comparator (=, >, >=, <, <=, ~, range, increase_by, decrease_by) and its qualifier words."""
from __future__ import annotations

import re

from extractors.numbers import Quantity
from extractors.targets.words import COMPARATOR_WORDS, DECLINE_NOUN, GROWTH_NOUN

def read_comparator(q: Quantity, word: str, postfix: str, indicator: str) -> tuple[str, str]:
    qualifier = "".join(part for part in (word, "…" if word and postfix else "", postfix) if part)
    grown = re.match(r"(?:年均)?(增长|提高|增加|上升|下降|降低|减少)…", word)
    if grown:  # 增长…超过: increase_by, the bound stays in the qualifier
        return ("decrease_by" if grown.group(1) in ("下降", "降低", "减少") else "increase_by"), qualifier
    base = COMPARATOR_WORDS.get(word, "=")
    if q.approx == "番":
        return "increase_by", _doubling_word(q)
    if base in ("increase_by", "decrease_by"):
        return base, qualifier
    if GROWTH_NOUN.search(indicator) or re.search(r"年均增长|年复合增长", indicator):
        return "increase_by", qualifier or "增长率"
    if DECLINE_NOUN.search(indicator):
        return "decrease_by", qualifier
    if q.value_max is not None:
        return "range", qualifier
    if postfix in ("以上",):
        return (base if base in (">", ">=") else ">="), qualifier
    if postfix in ("以下", "以内", "之内"):
        return (base if base in ("<", "<=") else "<="), qualifier
    if postfix in ("左右", "上下"):
        return "~", qualifier
    if q.approx and base == "=":
        return ">=", qualifier + q.approx
    return base, qualifier


def _doubling_word(q: Quantity) -> str:
    return {100.0: "翻一番", 300.0: "翻两番", 700.0: "翻三番"}.get(q.value, "翻番")
