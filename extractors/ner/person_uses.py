"""Lexicon person names written for something other than the person.

One use is dropped before selection:

- **An ordinary word.** 万里 (委员长 1988–1993) is, in policy prose, mostly
  征程万里 or 行程万里; 大禹 is mostly the award 大禹鼎. Such a form is stored as
  ``word_forms`` in persons.jsonl (measured by
  lexicons/build/measure_person_words.py) and its hit counts only with a person
  cue beside it: a title right before or after it (委员长万里, 万里委员长), 同志,
  先生, 诞辰 or 逝世, or the culture, home or shrine of a figure right after it
  (万里同志, 屈原逝世, 屈原故里), or another person next to it in a list (李鹏、万里、乔石).

A thing called after a figure (王阳明纪念馆, 陈介祺金石文化周, 音乐剧《苏东坡》, 皋陶法治文化) is a
mention of the figure too: the SPEC counts historical figures, and the project's gold counts them
so in five of 33 city reports (宜昌's 屈原, 眉山's 苏轼, 潍坊's 莫言 and 陈介祺, 六安's 皋陶) and leaves
the rest neutral (``persons_excluded``), never wrong; until ner@65 such names were dropped.
Two-character names still need a person-like word after them (resolution.has_person_context).

Separate from ``Candidate.needs_context``, which asks a loose pattern's name to
be confirmed by the lexicon or the tagger: here the lexicon hit itself is in
doubt, and the tagger's word does not settle it (it reads 大禹鼎 as a name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.ner.candidates import Candidate, hosts_by_position, select_candidates, within_one_host
from extractors.ner.normalise import normalise_form
from extractors.ner.titles import TITLE_ALT

_TITLE_BEFORE = re.compile(rf"(?:{TITLE_ALT})$")
# The places that keep a figure's memory: a home, a hall, a shrine, a grave, an academy named
# after them (屈原故里, 毛泽民故居, 周立波故居, 屈原祠, 隋炀帝墓, 程颢书院; 屈原管理区 is a place).
FIGURE_PLACES = "故里|故居|旧居|纪念馆|纪念园|纪念堂|祠|墓|书院"
# The words that honour a figure of the past (张謇先生, 周逸群烈士, 纪念屈原逝世2300周年), the culture that
# cites one (莫言文学艺术馆, 赵树理文化), and those places.
FIGURE_CUES_AFTER = "先生|烈士|诞辰|逝世|文学|文化|艺术展|艺术馆|美术馆|针灸|" + FIGURE_PLACES
_CUE_AFTER = re.compile(rf"同志|{FIGURE_CUES_AFTER}|{TITLE_ALT}")
_FIGURE_CUE = re.compile(FIGURE_CUES_AFTER)
# What stands between two names of a list: 李鹏、万里、乔石 / 万里和乔石.
_LIST_JOINERS = frozenset("、和与及")
# How far back a title may start: 全国人大常委会委员长万里 ends its title at the name.
_TITLE_REACH = 8


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
    """The candidates without the lexicon person hits that stand for an ordinary
    word: no title, 同志 or list of persons beside them."""
    doubtful = [c for c in candidates if is_word_name(norm, c)]
    if not doubtful:
        return candidates
    persons = sure_persons(norm, candidates)
    dropped = {id(c) for c in doubtful if not (titled(norm, c) or listed_with_person(norm, c, persons))}
    return [c for c in candidates if id(c) not in dropped]


def nested_persons(selected: list[Candidate], candidates: list[Candidate], norm: str) -> list[Candidate]:
    """Figures of the past written inside a project, a body or a scenic place named after what
    keeps their memory (贾谊 in 贾谊故居二期修复工程, 莫言 in 莫言文学艺术馆, 鲁迅 in 鲁迅故里): the
    name mentions them too."""
    hosts = [c for c in selected if c.type in {"Organization", "Initiative", "Region"}]
    if not hosts:
        return []
    host_of = hosts_by_position(hosts)
    inner = [c for c in candidates if c.type == "Person" and not c.needs_context
             and within_one_host(c, host_of) and (_FIGURE_CUE.match(norm, c.end) or _named_after(norm, c))]
    return select_candidates(inner)


# A doctrine named after its author (毛泽东思想, 习近平新时代中国特色社会主义思想, 马克思共产主义学校) does not
# mention the man.
_DOCTRINE_AFTER = re.compile(r"新时代|[\u4e00-\u9fff]{0,2}(?:思想|理论|主义)")


def _named_after(norm: str, candidate: Candidate) -> bool:
    """A known figure's full name (three characters or more, no ordinary word) inside a programme's or
    a body's name: the route “青年毛泽东游学社会调查之路” retraces his journey, and names him."""
    return (is_lexicon_person(candidate) and candidate.length >= 3 and not is_word_name(norm, candidate)
            and not _DOCTRINE_AFTER.match(norm, candidate.end))
