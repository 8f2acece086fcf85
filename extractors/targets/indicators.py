"""The indicator a number measures.

Cut from the text before and after the number, borrowed from the subject said
just before it, or shared out over the values of a 分别 list.
"""
from __future__ import annotations

import re

from extractors.numbers import CN_CHARS
from extractors.records import Target
from extractors.targets.clauses import Clause
from extractors.targets.regions import region_of_clause
from extractors.targets.words import (COMPLETION, NOISE_HEAD, NOISE_TAIL, POSTFIX, PREDICATE, VERB_CUT, VERB_HEAD,
                                      VERB_TAIL)

# What a goal sentence says about its number after the noun: …脱贫目标是可以实现的, …的任务是可以完成的.
_GOAL_TALK = re.compile(r"(?:的)?(?:目标|任务)(?:是|$)|是(?:可以|能够|可能)|可以|能够")

# 接续实施12类161件民生实事: a class count between the verb and the number.
_CLASS_COUNT = re.compile(r"[\d.]+(?:大类|类|种)$")
_HEAD_NOUN = re.compile(r"(?:年|人均|总)?[\u4e00-\u9fff]{0,3}?(?:能力|率|量|额|值|数|规模|比重|占比|收入|总量|产量)$")


def read_indicator(head: str, after: str, word: str, continuing: bool) -> str | None:
    """The indicator from the text before (head) and after the number; None = not a goal."""
    raw = NOISE_TAIL.sub("", NOISE_HEAD.sub("", head)).strip()
    core = NOISE_TAIL.sub("", NOISE_HEAD.sub("", VERB_HEAD.sub("", raw))).strip()
    if len(core) == 1 < len(raw):
        core = raw  # 入驻率: the "verb" was the indicator's own first word
    region = region_of_clause(core)
    if region and core.startswith(region) and len(core) > len(region):
        core = core[len(region):]
    noun = after.strip()
    if noun.startswith("、"):
        noun = ""
    first, _, rest = noun.partition("、")
    if rest and (PREDICATE.search(rest) or VERB_CUT.search(rest)):
        noun = first
    noun = _GOAL_TALK.split(noun, maxsplit=1)[0].rstrip("的")
    noun = re.split(r"\((?=[^)]*\d)", noun, maxsplit=1)[0].strip(")")  # 示范村100个(精品村20个): another count
    if core.startswith("(") and ")" not in core:
        core = core[1:]
    if not noun or COMPLETION.match(noun) or POSTFIX.match(noun):
        return core
    noun = re.split(r"(?:全部|全面|基本)?(?:完成|达标|覆盖|落实|到位)", noun, maxsplit=1)[0]
    if re.match(r"的?(?:目标|任务)", noun):
        return None  # 实现4%的目标仍然不容易: a goal stated elsewhere, talked about
    if noun.startswith("的"):
        return noun[1:] + core
    verb_end = _CLASS_COUNT.sub("", raw)
    if not core or continuing or VERB_TAIL.search(verb_end) or VERB_TAIL.search(head.strip()):
        return noun
    if word or raw.endswith("等"):
        return raw + noun if not raw.endswith("等") else noun
    lead = head.strip()[:-len(core)] if head.strip().endswith(core) else ""
    if VERB_CUT.search(lead) and "、" not in core and not re.search(r"\d", core):
        # 推进光谷科创大走廊鄂州功能区10个重点项目建设: a verb, a place, then the count.
        return core + noun
    return None  # 城口、巫溪、酉阳、彭水4个国家乡村振兴重点帮扶县: an appositive count


def borrowed_indicator(sentence: str, clause: Clause, segment: int, clauses: list[Clause],
                       previous: list[Target]) -> str:
    """力争达到5万元以上 / 累计超150项: the indicator is the subject said just before."""
    inside_before = sentence[clause.start:segment].rstrip("、和及与 ")
    earlier = [c for c in clauses if c.end <= clause.start]
    if not inside_before and earlier:
        inside_before = sentence[earlier[-1].start:earlier[-1].end]
        if previous and previous[-1].text and sentence.find(previous[-1].text) >= earlier[-1].start - 1:
            return previous[-1].indicator
    cut = PREDICATE.search(inside_before) or re.search(r"\d", inside_before)
    subject = NOISE_HEAD.sub("", inside_before[:cut.start()] if cut else "").strip()
    return subject or (previous[-1].indicator if previous else "")


def distribute(indicator: str, count: int, sentence: str, before: Clause, clauses: list[Clause]) -> list[str]:
    """One indicator per value of a 分别 list; one shared indicator for a single value.

    ``before`` is the stretch of the clause ahead of the number's own predicate
    (A和B实现“双倍增”、总量分别达到…), where the listed subjects may stand.
    """
    if count == 1:
        return [indicator]
    # 、 first: 和 also sits inside words (和谐示范村).
    for separators in ("、", "[、和及与]"):
        items = [i for i in re.split(separators, indicator) if i]
        if len(items) == count:
            head = _shared_head(items)
            return [*(_complete_item(item, items[-1], head) for item in items[:-1]), items[-1]]
    # 高新技术企业和科技型企业实现“双倍增”、总量: the list is the subject, the tail its noun.
    subject, _, tail = indicator.rpartition("、")
    if subject:
        verb = VERB_CUT.search(subject)
        names = [i for i in re.split(r"[、和及与]", subject[:verb.start()] if verb else subject) if i]
        if len(names) == count:
            return [name + tail for name in names]
    listed = _listed_subjects(sentence, before, clauses)
    if len(listed) == count:
        return [name + indicator for name in listed]
    return [indicator] * count


def _shared_head(items: list[str]) -> str:
    """The noun the last item lends the others: 煤炭、成品油年供应能力 -> 年供应能力.

    Of the suffixes of the last item that are a head noun, the one whose remaining
    name is as long as the other names: 吉利商用车、能投化学、三环电子产值 -> 产值.
    """
    last, others = items[-1], items[:-1]
    mean = sum(len(i) for i in others) / len(others)
    heads = [last[k:] for k in range(1, len(last) - 1) if _HEAD_NOUN.fullmatch(last[k:])]
    return min(heads, key=lambda h: (abs(len(last) - len(h) - mean), -len(h)), default="")


def _complete_item(item: str, last: str, head: str = "") -> str:
    """第一 + 第三产业增加值 -> 第一产业增加值; 市级 + 区县级和谐示范村 -> 市级和谐示范村."""
    if len(item) >= len(last):
        return item
    if item[0] == last[0] and len(item) <= 3:
        return item + last[len(item):]
    if len(item) == 1 and item in CN_CHARS and last[0] in CN_CHARS:  # 一、二、三产 -> 一产
        return item + last[1:]
    if item[-1] in last[:-1] and item[-1] in "级类型":
        return item + last[last.rfind(item[-1]) + 1:]
    if head and not _HEAD_NOUN.search(item):
        return item + head
    return item


def _listed_subjects(sentence: str, clause: Clause, clauses: list[Clause]) -> list[str]:
    """A和B实现…、总量分别达到… or A、B实现…,总量分别达到…: the list said just before."""
    text = sentence[clause.start:clause.end]
    if not text.strip():
        earlier = [c for c in clauses if c.end <= clause.start]
        if not earlier:
            return []
        text = sentence[earlier[-1].start:earlier[-1].end]
        if re.search(r"\d", text):
            return []
    cut = VERB_CUT.search(text)
    subject = NOISE_HEAD.sub("", text[:cut.start()] if cut else text)
    return [i for i in re.split(r"[、和及与]", subject) if i]
