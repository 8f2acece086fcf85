"""A sentence's clauses: the stretches between , ; : 。 ! ? outside brackets and quotes."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # offsets into the sentence
    end: int


CLAUSE_END = re.compile(r"[,;:。!?]")


def split_clauses(sentence: str) -> list[Clause]:
    clauses, begin = [], 0
    depth = 0
    for index, char in enumerate(sentence):
        if char in "(“《":
            depth += 1
        elif char in ")”》":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",;:。!?；":
            if index > begin:
                clauses.append(Clause(begin, index))
            begin = index + 1
    if len(sentence) > begin:
        clauses.append(Clause(begin, len(sentence)))
    return clauses


def clause_around(sentence: str, at: int) -> str:
    left = max((m.end() for m in CLAUSE_END.finditer(sentence, 0, at)), default=0)
    right = CLAUSE_END.search(sentence, at)
    return sentence[left:right.start() if right else len(sentence)]
