"""Lexicon person names written for something other than the person.

Two uses, both dropped before selection:

- **An ordinary word.** 万里 (委员长 1988–1993) is, in policy prose, mostly
  征程万里 or 行程万里; 大禹 is mostly the award 大禹鼎. Such a form is stored as
  ``word_forms`` in persons.jsonl (measured by
  lexicons/build/measure_person_words.py) and its hit counts only with a person
  cue beside it: a title right before or after it (委员长万里, 万里委员长), 同志,
  先生, 诞辰 or 逝世 right after it (万里同志, 屈原逝世), or another person next to
  it in a list (李鹏、万里、乔石).
- **The name of a thing called after the person.** 王阳明纪念馆, 左宗棠墓,
  诸葛亮文化节, “徐特立项目”, 舞剧《屈原》: the text names the museum, the
  festival, the work; a figure cited as such (郑板桥等文化标识, 梅兰芳诞辰130周年)
  stays. Two-character names already need a person-like word after them
  (resolution.has_person_context); this reaches the longer ones.

Separate from ``Candidate.needs_context``, which asks a loose pattern's name to
be confirmed by the lexicon or the tagger: here the lexicon hit itself is in
doubt, and the tagger's word does not settle it (it reads 大禹鼎 as a name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.ner.candidates import Candidate
from extractors.ner.normalise import normalise_form
from extractors.ner.titles import TITLE_ALT

_TITLE_BEFORE = re.compile(rf"(?:{TITLE_ALT})$")
# 同志 or 先生, or the words that honour a figure of the past (纪念屈原逝世2300周年).
_CUE_AFTER = re.compile(rf"同志|先生|诞辰|逝世|{TITLE_ALT}")
# What stands between two names of a list: 李鹏、万里、乔石 / 万里和乔石.
_LIST_JOINERS = frozenset("、和与及")
# How far back a title may start: 全国人大常委会委员长万里 ends its title at the name.
_TITLE_REACH = 8
# Things named after a person, written right after the name. Only words that
# cannot go on as a sentence about the person (号 would catch 号召; 奖励 is a verb).
_THING_AFTER = re.compile(
    r"纪念[馆堂碑园林]|故居|旧居|故里|陵|墓|祠|雕像|塑像|铜像|广场|公园|大道|[路街]|"
    r"(?:中|小|大)学|学校|(?:干部|企业家)?学院|医院|(?:中医药)?博物[馆院]|图书馆|剧院|大剧院|艺术中心|"
    r"(?:文化|艺术|戏剧|诗歌|文化旅游)节|文化[周园]|(?:文学|科技|科学|艺术)?奖(?![励掖惩])|杯|鼎|项目|工坊|基金"
)


@lru_cache(maxsize=1)
def person_word_forms() -> frozenset[str]:
    """Written forms of lexicon persons that are also ordinary words (万里, 大禹)."""
    from extractors.lexicons import read_lexicon

    return frozenset(normalise_form(form) for entry in read_lexicon("persons")
                     for form in entry.get("word_forms") or ())


def is_lexicon_person(candidate: Candidate) -> bool:
    return candidate.type == "Person" and candidate.source == "lexicon"


def is_word_name(norm: str, candidate: Candidate) -> bool:
    """A lexicon Person hit whose written form is an ordinary word."""
    return is_lexicon_person(candidate) and norm[candidate.start:candidate.end] in person_word_forms()


def names_a_thing(norm: str, candidate: Candidate) -> bool:
    """王阳明纪念馆, 左宗棠墓, 《李白》: the name is part of a thing's name or a work's title."""
    in_title_marks = norm[candidate.start - 1:candidate.start] == "《" and norm[candidate.end:candidate.end + 1] == "》"
    return in_title_marks or bool(_THING_AFTER.match(norm, candidate.end))


def titled(norm: str, candidate: Candidate) -> bool:
    """A title right before (委员长万里), or a title, 同志 or 诞辰 right after (万里同志)."""
    before = _TITLE_BEFORE.search(norm, max(0, candidate.start - _TITLE_REACH), candidate.start)
    return bool(before) or bool(_CUE_AFTER.match(norm, candidate.end))


def listed_with_person(norm: str, candidate: Candidate, persons: list[Candidate]) -> bool:
    """Another person written next to it in a list: 李鹏、万里 or 万里、乔石."""
    for other in persons:
        joined_before = other.end + 1 == candidate.start and norm[other.end] in _LIST_JOINERS
        joined_after = candidate.end + 1 == other.start and norm[candidate.end] in _LIST_JOINERS
        if joined_before or joined_after:
            return True
    return False


def sure_persons(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """Persons that may vouch for a neighbour in a list: lexicon names that are no
    word, roster names, and the tagger's names of three characters or more (its
    two-character ones include words: 千钧 in 重任千钧)."""
    return [c for c in candidates if c.type == "Person" and not c.needs_context and not is_word_name(norm, c)
            and (c.source in {"lexicon", "rule"} or c.length >= 3)]


def drop_non_person_uses(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the lexicon person hits that stand for something
    else: an ordinary word with no person cue, or a thing named after the person."""
    doubtful = [c for c in candidates if is_lexicon_person(c)
                and (is_word_name(norm, c) or names_a_thing(norm, c))]
    if not doubtful:
        return candidates
    persons = sure_persons(norm, candidates)
    dropped = {id(c) for c in doubtful if names_a_thing(norm, c)
               or not (titled(norm, c) or listed_with_person(norm, c, persons))}
    return [c for c in candidates if id(c) not in dropped]
