"""What a whole part gives each of its targets: the year, genre, default deadline, region and initiative."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.document import DocumentPart
from extractors.deadlines import document_year, plan_period_end
from extractors.targets.regions import document_region

_REPORT_MARKS = re.compile(r"^\s*各位代表|向大会报告(?:政府)?工作|政府工作报告")
_PLAN_TARGETS = re.compile(r"(?:今年|\d{4}年)[^。\n]{0,20}主要预期目标")
_REVIEW_YEAR = re.compile(r"(\d{4})\s*年(?:政府)?工作回顾")
_PLAN_YEAR = re.compile(r"(\d{4})\s*年(?:政府)?(?:工作安排|重点工作|主要工作|工作任务|主要任务|主要目标|目标任务|工作建议|"
                        r"[^。,;\n]{0,12}主要预期目标)|(?<![\d年])(\d{4})年\d{1,2}月\d{1,2}日在[^。\n]{0,30}人民代表大会"
                        r"|^[^。,;\n]{0,12}?(\d{4})年(?:是|[^。,;:\n]{0,20}$)", re.M)


@dataclass(frozen=True, slots=True)
class PartContext:
    """What the whole part gives every target: its year, genre and defaults."""

    year: int | None
    genre: str
    deadline: str
    region: str
    initiative: str


def part_context(part: DocumentPart) -> PartContext:
    meta = part.meta
    genre = meta.genre
    if genre == "other" and (_REPORT_MARKS.search(part.norm[:1000]) or _REVIEW_YEAR.search(part.norm[:1000])
                             or _PLAN_TARGETS.search(part.norm)):
        genre = "report"  # 各位代表：现在，我代表市人民政府向大会报告工作
    year = document_year(meta.date) or document_year(meta.source_date)
    if year is None and genre == "report":
        year = report_year(part.norm)
    deadline = plan_period_end(meta.title)
    if not deadline and genre == "report" and year is not None:
        deadline = str(year)
    # Only a report's own text speaks for a region it never names in a heading.
    text = part.norm if genre == "report" else ""
    region = document_region(meta.issuer, meta.title, part.norm[:600], text, part.file_name if text else "")
    return PartContext(year, genre, deadline, region, initiative_of_title(meta.title))


def report_year(text: str) -> int | None:
    """The year a work report plans for, read from its own words when its date is unknown.

    2023年工作回顾 -> 2024; 2024年工作安排 / 2024年主要预期目标 -> 2024;
    ——2024年1月13日在…人民代表大会 -> 2024. The latest such year wins.
    """
    years = [int(m.group(1)) + 1 for m in _REVIEW_YEAR.finditer(text)]
    years += [int(m.group(1) or m.group(2) or m.group(3)) for m in _PLAN_YEAR.finditer(text)]
    return max(years) if years else None


def initiative_of_title(title: str) -> str:
    """The plan a part sets out: 《X》 or 关于印发X的通知 -> X; a plan's own title."""
    quoted = re.search(r"《([^》]+)》", title)
    if quoted:
        return quoted.group(1)
    issued = re.search(r"印发(.+?)的通知", title)
    if issued:
        return issued.group(1)
    return title if re.search(r"(?:方案|规划|计划|纲要)(?:\([^)]*\))?$", title) else ""
