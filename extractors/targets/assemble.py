"""A reading made a ``Target`` record: its deadline, region and provenance."""
from __future__ import annotations

from corpus.document import DocumentPart
from extractors.numbers import Quantity
from extractors.records import Provenance, Target
from extractors.targets.clauses import CLAUSE_END, Clause
from extractors.targets.context import PartContext
from extractors.targets.regions import region_of_clause
from extractors.targets.sections import Section, inherited
from extractors.units import to_base

# Bump when the output can change: the id goes into every record and cache key.
EXTRACTOR_VERSION = 5
EXTRACTOR_ID = f"targets@{EXTRACTOR_VERSION}"


def deadline_for(q: Quantity, deadlines: list, prior: str, sentence: str) -> str:
    before = [d for d in deadlines if d.start <= q.start]
    if before:
        return before[-1].date
    after = [d for d in deadlines if d.start >= q.end and not CLAUSE_END.search(sentence, q.end, d.start)]
    if after:  # 完成100个充电站建设（2024年12月底前）: a time limit written after the task
        return after[0].date
    return prior


def region_for(text_before: str, sections: list[Section], context: PartContext) -> str:
    return region_of_clause(text_before) or inherited(sections, "region") or context.region


def make_target(part: DocumentPart, s_start: int, s_end: int, clause: Clause, q: Quantity, indicator: str,
                comparator: str, qualifier: str, deadline: str, region: str, initiative: str) -> Target:
    c_start, c_end = s_start + clause.start, s_start + clause.end
    while c_start < c_end and part.text[c_start].isspace():
        c_start += 1
    base = to_base(q.value, q.unit)
    top = to_base(q.value_max, q.unit) if q.value_max is not None else None
    prov = Provenance(
        doc_id=part.doc_id,
        part=part.index,
        char_start=part.start + c_start,
        char_end=part.start + c_end,
        evidence=part.text[s_start:s_end],
        extractor=EXTRACTOR_ID,
        confidence=0.9 if indicator else 0.6,
    )
    return Target(
        indicator=indicator.strip(),
        comparator=comparator,
        value=q.value,
        unit=q.unit,
        value_base=base.value,
        unit_base=base.unit,
        text=part.text[c_start:c_end],
        prov=prov,
        value_max=q.value_max,
        value_max_base=top.value if top else None,
        deadline=deadline,
        region=region,
        initiative=initiative,
        qualifier=qualifier,
    )
