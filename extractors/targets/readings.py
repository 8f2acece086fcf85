"""Read the numbers of one clause: each with its indicator, comparator and the text it was read from."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numbers import Quantity
from extractors.records import Target
from extractors.targets.clauses import Clause
from extractors.targets.comparators import read_comparator
from extractors.targets.indicators import borrowed_indicator, distribute, read_indicator
from extractors.targets.words import (COMPARATOR_TAIL, COMPARATOR_WORDS, COMPLETION, GROWTH_BEFORE, NOISE_HEAD, POSTFIX,
                                      PREDICATE)


@dataclass(frozen=True, slots=True)
class Reading:
    quantity: Quantity
    indicator: str
    comparator: str
    qualifier: str
    start: int  # the text the target was read from, offsets into the sentence
    end: int


def read_clause(sentence: str, clause: Clause, inside: list[Quantity], clauses: list[Clause],
                previous: list[Target]) -> list[Reading]:
    readings: list[Reading] = []
    cursor = clause.start
    last_comparator = ""
    for group in _value_groups(sentence, inside):
        first, last = group[0], group[-1]
        postfix = POSTFIX.match(sentence, last.end)
        value_end = postfix.end() if postfix else last.end
        rest_end = _after_end(sentence, value_end, clause.end, inside)
        segment = _segment_start(sentence, cursor, first.start)
        prefix, after = sentence[segment:first.start], sentence[value_end:rest_end]
        if "(" in after and any(value_end + after.index("(") < q.start <= rest_end for q in inside):
            # 示范村100个(精品村20个): the bracket opens the next number's own phrase.
            rest_end = value_end + after.index("(")
            after = after[:after.index("(")]
        if COMPARATOR_TAIL.search(after) and any(q.start == rest_end for q in inside):
            # 200个重点项目投资继续超千亿元: the count belongs to the subject of the next number.
            continue
        cursor = rest_end
        tail = COMPARATOR_TAIL.search(prefix.rstrip())
        if tail and tail.group("word") == "约" and re.search(r"[签制节预合公条特契邀]$", prefix[:tail.start()]):
            tail = None  # 签约2—3所高校: 约 is half of a verb, not "about"
        word = tail.group("word") if tail else ""
        head = prefix[:tail.start()] if tail else prefix
        growth = GROWTH_BEFORE.search(head.rstrip()) if word and all(
            q.unit in ("%", "个百分点") for q in group) else None
        if growth and COMPARATOR_WORDS[word] not in ("increase_by", "decrease_by"):
            # 旅游收入增长超过10%, 到位资金增长不低于20%: a growth rate with a bound.
            head, word = head.rstrip()[:growth.start()], growth.group() + "…" + word
        continuing = segment > clause.start and sentence[segment - 1] in "、和及与" and not NOISE_HEAD.sub(
            "", head).strip()
        if not word and continuing and last_comparator:
            word = last_comparator
        last_comparator = word
        indicator = read_indicator(head, after, word, continuing)
        if not prefix and readings and sentence[readings[-1].quantity.end:first.start] == "":
            # 老旧小区86个70.29万平方米: a number right after another measures the same thing.
            indicator = readings[-1].indicator
        if indicator is None:
            continue
        if not indicator:
            indicator = borrowed_indicator(sentence, clause, segment, clauses, previous)
            if not indicator:
                continue
        names = distribute(indicator, len(group), sentence, Clause(clause.start, segment), clauses)
        text_start = segment if len(group) == 1 else clause.start
        text_end = max(value_end, rest_end if after.strip() and not COMPLETION.match(after.strip()) else value_end)
        text_end = max(text_end, _completion_end(sentence, value_end, clause.end))
        for quantity, name in zip(group, names):
            comparator, qualifier = read_comparator(quantity, word, postfix.group(1) if postfix else "", name)
            readings.append(Reading(quantity, name, comparator, qualifier, text_start, text_end))
    return readings


def _segment_start(sentence: str, cursor: int, number_start: int) -> int:
    """Start of the stretch a number belongs to inside a clause.

    A clause often chains predicates with 、 (…高于全国平均水平、力争达到5万元以上);
    text before a 、 that already holds a comparator or verb is another predicate.
    """
    start = cursor
    while start < number_start and sentence[start] in "、和及与 ":
        start += 1
    text = sentence[start:number_start]
    cut = text.rfind("、")
    while cut > 0:
        before = text[:cut]
        if PREDICATE.search(before):
            return start + cut + 1
        cut = text.rfind("、", 0, cut)
    return start


def _completion_end(sentence: str, start: int, end: int) -> int:
    match = re.compile(r"[^、]{0,12}?(?:全部|全面|基本)?(?:完成|达标|覆盖)").match(sentence, start, end)
    return match.end() if match else start


def _value_groups(sentence: str, inside: list[Quantity]) -> list[list[Quantity]]:
    """Numbers joined only by 、/和/及 share their indicators: 分别达到3925万千瓦、1860亿千瓦时."""
    groups: list[list[Quantity]] = []
    for quantity in inside:
        if groups:
            gap = sentence[groups[-1][-1].end:quantity.start]
            if re.fullmatch(r"(?:以上|左右)?[、和及与]", gap):
                groups[-1].append(quantity)
                continue
        groups.append([quantity])
    return groups


def _after_end(sentence: str, start: int, clause_end: int, inside: list[Quantity]) -> int:
    """Where the noun after a number ends: before the next number's 和/、, or the clause end."""
    next_start = min((q.start for q in inside if q.start >= start), default=clause_end)
    end = min(next_start, clause_end)
    text = sentence[start:end]
    if next_start < clause_end:
        # 、 first: 和/及/与 also sit inside words (自来水普及率, 和谐示范村).
        joint = text.rfind("、")
        if joint < 0:
            joint = max(text.rfind("和"), text.rfind("及"), text.rfind("与"))
        if joint >= 0:
            end = start + joint
    return end
