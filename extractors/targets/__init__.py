"""Quantified goals (SPEC §3): indicator, comparator, value, unit, deadline, region, initiative.

The part is walked line by line. Numbered headings (一、 (一) 1. (1)) open
sections; a section carries what its opener says until the next heading of the
same or a higher level: a deadline (到2027年), a region (主城都市区), the
initiative (实施…行动) and whether it looks back (工作回顾, 规划背景) rather than
forward. Inside a sentence, every number with a unit is a candidate; filters
drop history, thresholds inside indicators (5级以上, 10万元以上的村), ordinals,
quoted names (“1000+”), subsidy amounts and appositive counts. The clause around
a surviving number gives its indicator and comparator.

Work reports (targets@2): a report's year comes from its date or, when unknown,
from its own headings (2023年工作回顾 -> 2024); unnumbered headings (2024年工作安排),
a paragraph opening this year (今年…主要预期目标是) and a review that runs without a
heading all say which part looks back and which sets this year's targets. Speeches
and news set goals only in sentences that say so (到2020年, 目标, 今后, a period ending
later), and in the sentences of the same paragraph that follow one. A plan title on
its own line inside a notice opens a new document with its own period.

All matching runs on ``DocumentPart.norm``; offsets are the same in ``text``.

    extract.py      the walk: lines, headings, sentences; ``extract_targets``, ``TARGETS``
    context.py      what the whole part gives: year, genre, deadline, region, initiative
    regions.py      the region of a clause or of a document's issuer
    sections.py     headings and the sections they open
    reports.py      a work report's layout beyond its numbered headings
    history.py      sentences that report the past or say they set a goal
    candidates.py   numbers that can be goals, and the filters that drop the rest
    clauses.py      a sentence's clauses
    readings.py     the numbers of one clause read with indicator and comparator
    indicators.py   the indicator a number measures
    comparators.py  the comparator and qualifier of a reading
    words.py        comparator, adverb, verb and noise word tables
    assemble.py     a reading made a ``Target`` record (deadline, region, provenance)
"""
from __future__ import annotations

from extractors.targets.assemble import EXTRACTOR_ID, EXTRACTOR_VERSION
from extractors.targets.clauses import Clause
from extractors.targets.context import PartContext, initiative_of_title, part_context, report_year
from extractors.targets.extract import TARGETS, extract_targets
from extractors.targets.readings import Reading
from extractors.targets.regions import document_region, region_of_clause
from extractors.targets.sections import Section

__all__ = [
    "EXTRACTOR_ID",
    "EXTRACTOR_VERSION",
    "TARGETS",
    "Clause",
    "PartContext",
    "Reading",
    "Section",
    "document_region",
    "extract_targets",
    "initiative_of_title",
    "part_context",
    "region_of_clause",
    "report_year",
]
