"""The walk over a part: its lines, headings and sentences in order, each sentence read for targets."""
from __future__ import annotations

import re
from dataclasses import replace

from corpus.document import DocumentPart
from corpus.unwrap import flowing_part
from extractors.deadlines import find_deadlines, plan_period_end
from extractors.numbers import CN_CHARS
from extractors.records import Target, back_in_part
from extractors.registry import Extractor
from extractors.sentences import split_sentences
from extractors.targets.assemble import EXTRACTOR_VERSION, deadline_for, make_target, region_for
from extractors.targets.candidates import find_candidates, is_goal_number, with_people_unit
from extractors.targets.clauses import Clause, split_clauses
from extractors.targets.context import PartContext, part_context
from extractors.targets.history import HISTORY_CLAUSE, STATES_FACT, is_goal_sentence, is_history
from extractors.targets.readings import read_clause
from extractors.targets.reports import opens_this_year, review_first, split_lines
from extractors.targets.sections import (BARE_HEADING, HEADING, Section, bare_section, inherited, open_section,
                                         outermost_initiative)

# A plan or policy title standing on its own line inside a part (a notice that issues two documents).
_EMBEDDED_TITLE = re.compile(r"^[^,;:。!?、\s]{4,60}?(?:政策|方案|规划|计划|纲要|意见|办法|措施|细则)"
                             r"(?:\(\d{4}\s*[—\-~至]\s*\d{4}年\))?$")


def extract_targets(part: DocumentPart) -> list[Target]:
    """Every quantified goal in the part, in text order. A hard-wrapped text (a PDF converted to
    .txt) is read with its layout line breaks removed (增长6%左 / 右); offsets map back into the
    part's own text, and the evidence and clause are given without those line breaks."""
    view = flowing_part(part)
    if view is None:
        return _targets_in(part)
    return [replace(target, prov=back_in_part(target.prov, part, view)) for target in _targets_in(view.part)]


def _targets_in(part: DocumentPart) -> list[Target]:
    context = part_context(part)
    sections: list[Section] = []
    targets: list[Target] = []
    norm = part.norm
    lines = split_lines(norm)
    if context.genre == "report" and review_first(lines, context):
        sections = [Section(level=0, title="", looking_back=True)]
    for line_start, line in lines:
        if not line.strip():
            continue
        body = line
        heading = HEADING.match(line)
        if heading:
            sections = open_section(sections, heading, line, context)
            body = line[heading.end():]
        elif context.genre == "report" and BARE_HEADING.match(line.strip()):
            sections = bare_section(sections, line.strip(), context)
            continue
        elif context.genre == "report" and any(s.looking_back for s in sections) and opens_this_year(line, context):
            # 马鞍山: 一、2023年工作回顾 runs on until 做好今年政府工作的总体要求是…
            sections = [Section(level=1, title="", deadline=str(context.year) if context.year else "")]
        elif line_start and _EMBEDDED_TITLE.match(line.strip()):
            # 支持…若干政策 / …行动计划（2021-2023年） inside one notice: a new document
            # starts, with its own period (or none) and nothing inherited from the last.
            title = line.strip()
            context = replace(context, deadline=plan_period_end(title), initiative=title)
            sections = []
            continue
        body_start = line_start + len(line) - len(body)
        says_goal = False  # within a paragraph, a goal sentence carries the next ones
        for sentence in split_sentences(body):
            start, end = body_start + sentence.start, body_start + sentence.end
            text = norm[start:end]
            if is_goal_sentence(text, context.year):
                says_goal = True
            elif STATES_FACT.search(text):  # 现在…已经接近55%: the paragraph turns to the present
                says_goal = False
            found, sections = _read_sentence(part, context, sections, start, end, says_goal)
            targets.extend(found)
    return targets


def _read_sentence(part: DocumentPart, context: PartContext, sections: list[Section], start: int, end: int,
                   says_goal: bool) -> tuple[list[Target], list[Section]]:
    sentence = part.norm[start:end]
    deadlines = find_deadlines(sentence, context.year)
    looks_back = is_history(sentence, context.year)
    prior = inherited(sections, "deadline") or context.deadline  # what this sentence inherits
    if context.year is not None:  # 2014年末全国还有…: a date before the document is no deadline to inherit
        deadlines = [d for d in deadlines if int(d.date[:4]) >= context.year]
    if deadlines and not looks_back:  # an opener gives its deadline to what follows, until the next heading
        if sections:
            sections = [*sections[:-1], replace(sections[-1], deadline=deadlines[-1].date)]
        else:
            sections = [Section(level=99, title="", deadline=deadlines[-1].date)]
    if sections and sections[-1].looking_back or looks_back:
        return [], sections
    if not re.search(rf"[\d{CN_CHARS}翻]", sentence):
        return [], sections
    quantities = [q for q in find_candidates(sentence) if is_goal_number(sentence, q)]
    if not quantities:
        return [], sections
    # Speeches and news mostly report; only a sentence that says it sets a goal does.
    if context.genre in ("speech", "news") and not says_goal:
        return [], sections
    if context.genre == "other" and not says_goal and not inherited(sections, "deadline"):
        return [], sections
    clauses = split_clauses(sentence)
    targets: list[Target] = []
    previous: list[Target] = []
    for clause in clauses:
        inside = [q for q in quantities if clause.start <= q.start < clause.end]
        if not inside:
            continue
        clause_text = sentence[clause.start:clause.end]
        if HISTORY_CLAUSE.search(clause_text) or is_history(clause_text, context.year):
            continue
        readings = read_clause(sentence, clause, inside, clauses, previous)
        for reading in readings:
            quantity = with_people_unit(sentence, reading.quantity)
            if quantity is None:
                continue
            deadline = deadline_for(quantity, deadlines, prior, sentence)
            region = region_for(sentence[:quantity.start], sections, context)
            target = make_target(part, start, end, Clause(reading.start, reading.end), quantity, reading.indicator,
                                 reading.comparator, reading.qualifier, deadline, region,
                                 outermost_initiative(sections) or context.initiative)
            targets.append(target)
            previous.append(target)
    return targets, sections


TARGETS = Extractor("targets", EXTRACTOR_VERSION, extract_targets)
