"""Deadlines written in policy text, as ISO years or dates (SPEC §3).

到2027年 -> 2027; 2025年底前 -> 2025-12-31; 至2030年 -> 2030; 2023—2027年 -> 2027;
十四五时期 -> 2025; 5月底前 (no year) -> the document's year, 05-31. Baselines
(比2020年) and history (2022年，大赛开设…) are not deadlines: a year counts only
with 到/至/前/底 around it, as a period's end, or as a future year opening a clause.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_YEAR = r"(20\d\d|19\d\d)"
_FIVE_YEAR_PLAN = r"[“\"]?十([一二三四五六七])五[”\"]?"
_CN_ORDINAL = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("period", re.compile(rf"{_YEAR}\s*[—\-~～至到]\s*{_YEAR}年")),
    ("year_month_day", re.compile(rf"(?:到|至|于)?{_YEAR}年(\d{{1,2}})月(\d{{1,2}})日(?:前|以前|之前)")),
    ("year_month", re.compile(rf"(?:(?:到|至)?{_YEAR}年(\d{{1,2}})月(?:底|末)?(?:前|以前|之前)|(?:到|至){_YEAR}年(\d{{1,2}})月(?:底|末)?"
                              rf"|{_YEAR}年(\d{{1,2}})月(?:底|末))")),
    ("year_end", re.compile(rf"(?:到|至)?{_YEAR}年(?:底|末)(?:前|以前|之前)?")),
    ("by_year", re.compile(rf"(?:到|至|截至){_YEAR}年|{_YEAR}年(?:前|以前|之前)")),
    ("plan", re.compile(rf"(?:到|至)?{_FIVE_YEAR_PLAN}(?:期间|时期|末|期末|规划期)")),
    ("month_day", re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日(?:前|以前|之前)")),
    ("month", re.compile(r"(?<![\d年])(\d{1,2})月(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)|(?<![\d年])(\d{1,2})月(?:底|末)")),
    ("this_year", re.compile(r"(?:今年|本年度|年内|当年|全年)(?:底|末)?(?:前)?|(?<![\d十五])年底前")),
    ("next_year", re.compile(r"明年(?:底|末)?")),
    ("clause_year", re.compile(rf"(?:^|(?<=[,，;；。:：\n]))\s*{_YEAR}年(?=[,，])")),
)


@dataclass(frozen=True, slots=True)
class DeadlineMention:
    start: int  # offsets into the scanned text
    end: int
    date: str   # ISO year "2027" or date "2025-12-31"


def document_year(date: str) -> int | None:
    """The year of an ISO date, None when the date is not stated."""
    return int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None


def month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def find_deadlines(text: str, doc_year: int | None = None) -> list[DeadlineMention]:
    """Deadline expressions in ``text``, in order, overlapping ones resolved by position."""
    found: list[DeadlineMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            date = _date_of(kind, match, doc_year)
            if date:
                taken.append(span)
                found.append(DeadlineMention(span[0], span[1], date))
    return sorted(found, key=lambda m: m.start)


def _date_of(kind: str, match: re.Match[str], doc_year: int | None) -> str:
    groups = [g for g in match.groups() if g]
    if kind == "period":
        return groups[1] if int(groups[1]) >= int(groups[0]) else ""
    if kind == "year_month_day":
        return _valid_date(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "year_month":
        year, month = int(groups[0]), int(groups[1])
        return month_end(year, month) if 1 <= month <= 12 else ""
    if kind == "year_end":
        return f"{groups[0]}-12-31"
    if kind == "by_year":
        return groups[0]
    if kind == "plan":
        return str(1955 + 5 * _CN_ORDINAL[groups[0]])
    if kind == "clause_year":
        return groups[0] if doc_year is not None and int(groups[0]) >= doc_year else ""
    if doc_year is None:
        return ""
    if kind == "month_day":
        return _valid_date(doc_year, int(groups[0]), int(groups[1]))
    if kind == "month":
        month = int(groups[0])
        return month_end(doc_year, month) if 1 <= month <= 12 else ""
    if kind == "this_year":
        return f"{doc_year}-12-31" if "底" in match.group() or "末" in match.group() else str(doc_year)
    return str(doc_year + 1)  # next_year


def _valid_date(year: int, month: int, day: int) -> str:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def plan_period_end(title: str) -> str:
    """The deadline a plan's title gives: 行动方案（2023—2027年） -> 2027, “十四五”规划 -> 2025."""
    period = _PATTERNS[0][1].search(title)
    if period:
        return _date_of("period", period, None)
    plan = re.search(_FIVE_YEAR_PLAN, title)
    if plan and ("规划" in title or "计划" in title or "方案" in title):
        return str(1955 + 5 * _CN_ORDINAL[plan.group(1)])
    by_year = _PATTERNS[4][1].search(title)
    return by_year.group(1) or by_year.group(2) if by_year else ""
