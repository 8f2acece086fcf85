"""Headings and the sections they open.

Numbered headings (一、 (一) 1. (1) 第一章) open sections; a section carries what
its heading says until the next heading of the same or a higher level: a
deadline (到2027年), a region (主城都市区), the initiative (实施…行动) and whether
it looks back (工作回顾, 规划背景). A work report's unnumbered headings (2023年工作
回顾, 2024年工作安排) open a section of their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.deadlines import find_deadlines
from extractors.targets.context import PartContext
from extractors.targets.regions import region_of_clause

HEADING = re.compile(
    r"^\s*(?:(?P<l1>[一二三四五六七八九十]+)、|\((?P<l2>[一二三四五六七八九十]+)\)"
    r"|(?P<l3>\d{1,2})[.、](?!\d)|\((?P<l4>\d{1,2})\)|第(?P<l0>[一二三四五六七八九十]+)[章部分篇])"
)
_LEVELS = {"l0": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4}
LOOKING_BACK = re.compile(r"回顾|背景|成效|进展情况|成绩|现状|发展基础|现实基础|工作基础|过去|发展环境|形势")
_INITIATIVE_HEADING = re.compile(r"(?:行动|工程|计划|攻坚战|战略|专项行动)$")

# A work report's own unnumbered headings: 2023年工作回顾, 2024年工作安排, 全力实现2024年高质量发展的奋斗目标.
BARE_HEADING = re.compile(r"^[^,;:。!?、“”\d—]{0,20}(?:\d{4}\s*年)?[^,;:。!?、“”\d—]{0,20}$")


@dataclass(frozen=True, slots=True)
class Section:
    level: int
    title: str
    deadline: str = ""
    region: str = ""
    initiative: str = ""
    looking_back: bool = False


def open_section(sections: list[Section], heading: re.Match[str], line: str, context: PartContext) -> list[Section]:
    level = next(_LEVELS[k] for k, v in heading.groupdict().items() if v)
    title = re.split(r"[。;]", line[heading.end():], maxsplit=1)[0].strip()
    outer = [s for s in sections if s.level < level]
    short_title = re.split(r"[,，]", title, maxsplit=1)[0].strip()
    # A looking-back heading is short (规划背景, 2023年工作回顾); 取得新进展 in a long one looks ahead.
    looking_back = bool(LOOKING_BACK.search(short_title)) and len(short_title) <= 16
    looking_back = looking_back or any(s.looking_back for s in outer) or _is_past_year_title(title, context.year)
    deadlines = find_deadlines(title, context.year)
    section = Section(
        level=level,
        title=title,
        deadline=deadlines[-1].date if deadlines else "",
        region=region_of_clause(short_title),
        initiative=short_title if _INITIATIVE_HEADING.search(short_title) and len(short_title) <= 40 else "",
        looking_back=looking_back,
    )
    if context.genre == "report" and not looking_back and level <= 1:
        # 二、2024年重点任务: this year's tasks are due within the report's year.
        this_year = re.search(r"(\d{4})\s*年", short_title)
        if this_year and (context.year is None or int(this_year.group(1)) == context.year):
            section = replace(section, deadline=section.deadline or this_year.group(1))
        elif "今年" in title and context.year is not None:
            section = replace(section, deadline=section.deadline or str(context.year))
    return [*outer, section]


def _is_past_year_title(title: str, year: int | None) -> bool:
    match = re.match(r"^(?:关于)?(\d{4})\s*年", title)
    return bool(match and year is not None and int(match.group(1)) < year)


def bare_section(sections: list[Section], title: str, context: PartContext) -> list[Section]:
    """An unnumbered report heading: 2023年工作回顾 looks back; 2024年工作安排 is due this year.

    One that says neither (政 府 工 作 报 告, 全面加强政府自身建设) changes nothing.
    """
    years = [int(y) for y in re.findall(r"(\d{4})\s*年", title)]
    looking_back = bool(LOOKING_BACK.search(title)) or any(context.year and y < context.year for y in years)
    this_year = "今年" in title or any(y == context.year for y in years)
    if not looking_back and not this_year:
        return sections
    deadline = str(context.year) if this_year and context.year and not looking_back else ""
    return [Section(level=0, title=title, deadline=deadline, looking_back=looking_back)]


def inherited(sections: list[Section], field: str) -> str:
    for section in reversed(sections):
        if getattr(section, field):
            return getattr(section, field)
    return ""


def outermost_initiative(sections: list[Section]) -> str:
    return next((s.initiative for s in sections if s.initiative), "")
