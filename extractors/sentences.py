"""Sentence boundaries in a part's normalised text.

Chinese policy text ends sentences with 。！？； and, in lists and headings,
with a bare line break. We split on those and keep closing quotes and brackets
with the sentence they close, so the evidence a user reads is a whole sentence.
Works on ``DocumentPart.norm`` (half-width ``!?;``) and on original text alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends after a terminator plus any closing quotes/brackets, or at a newline.
_END = re.compile(r"[。！？!?；;]+[”’」』）)】〕]*|\n")
# A hard cap keeps a 5 MB line without punctuation from becoming one "sentence".
MAX_SENTENCE_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into the text given to split_sentences
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentences with surrounding whitespace trimmed, in order."""
    sentences: list[Sentence] = []
    begin = 0
    for match in _END.finditer(text):
        _append_trimmed(text, begin, match.end(), sentences)
        begin = match.end()
    _append_trimmed(text, begin, len(text), sentences)
    return sentences


def _append_trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        out.append(Sentence(start, start + MAX_SENTENCE_CHARS))
        start += MAX_SENTENCE_CHARS
    if end > start:
        out.append(Sentence(start, end))


# A clause ends at a comma, a colon or a sentence's end, or at a line break.
_CLAUSE_MARKS = "，。；：！？,.;:!?\n"


def clause_around(text: str, at: int, end: int | None = None) -> tuple[int, int]:
    """The clause holding ``text[at:end]``: from after the last clause mark before ``at`` to the
    first one at or after ``end`` (default ``at``)."""
    end = at if end is None else end
    start = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
    ends = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, end)) >= 0]
    return start, min(ends, default=len(text))
