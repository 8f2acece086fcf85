"""NER lexicons shipped as package data: ``persons``, ``organizations``, ``regions``, ``initiatives``.

Each ``<name>.jsonl`` holds one JSON object per line (UTF-8, sorted by ``id``,
ids unique and prefixed ``person:``/``org:``/``region:``/``initiative:``).
Every entry has ``id``, ``name`` and ``aliases``; per lexicon:

- persons: ``titles`` (as written in Chinese documents), ``note``, ``foreign`` (only when true),
  ``word_forms`` (forms that are also ordinary words: 万里 in 征程万里; a hit needs a person cue)
- organizations: ``kind`` (party/state/ministry/people_congress/cppcc/military/media/
  enterprise/school/international/other)
- regions: ``level`` (country/province/prefecture/county/township/zone/area/foreign),
  ``parent`` (the parent entry's name, "" at the top), ``adcode`` (6 digits, divisions only),
  ``abbrev`` (single-character abbreviations such as 渝, kept out of ``aliases`` so they
  can be restricted), ``ambiguous`` + ``ambiguous_forms`` (forms that are common words
  in policy texts: 长寿, 城区), ``shared_aliases`` (forms that other entries carry too:
  朝阳区), ``historical`` (divisions abolished since 2020: 重庆市江北区)
- initiatives: ``period``

``townships.tsv`` and ``villages.tsv.gz`` hold the divisions below the county
(``read_townships``, ``read_villages``).

SOURCES.md gives each file's source, date and licence; build/ regenerates them.
"""
from __future__ import annotations

import bisect
import json
from functools import cache
from importlib.resources import files

LEXICON_NAMES = ("persons", "organizations", "regions", "initiatives")


@cache
def _read_entries(name: str) -> tuple[dict, ...]:
    if name not in LEXICON_NAMES:
        raise ValueError(f"unknown lexicon {name!r}; expected one of {LEXICON_NAMES}")
    text = files("extractors.lexicons").joinpath(f"{name}.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def read_lexicon(name: str) -> list[dict]:
    """The entries of lexicon ``name``, sorted by id.

    The file is parsed once (cached); each call returns fresh copies of the
    entries' top level, so a caller that edits one does not change the cache.
    """
    return [dict(entry) for entry in _read_entries(name)]


@cache
def read_region_blockers() -> frozenset[str]:
    """Words that hide a short region or organisation form (长治久安, 均衡水平, 居民进行).

    ``region_blockers.jsonl`` (``{"word", "count"}`` per line) is measured by
    ``build/measure_blockers.py``; a lexicon hit strictly inside one of these
    words is no name.
    """
    text = files("extractors.lexicons").joinpath("region_blockers.jsonl").read_text(encoding="utf-8")
    return frozenset(json.loads(line)["word"] for line in text.splitlines() if line.strip())


@cache
def read_townships() -> tuple[tuple[str, str, str], ...]:
    """(nine-digit code, name, short form) of every township (乡, 镇, 街道, 苏木), sorted by code.

    ``townships.tsv`` is the Ministry of Civil Affairs' table as of 2025-12-31
    (``build/build_townships.py``); a code's first six digits are its county's adcode.
    The short form (顾家店 for 顾家店镇) is empty where it is an ordinary word (公园街道).
    """
    text = files("extractors.lexicons").joinpath("townships.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines()[1:] if line.strip())
    return tuple((code, name, short) for code, name, short in rows)


@cache
def _village_lines() -> tuple[str, ...]:
    import gzip

    raw = files("extractors.lexicons").joinpath("villages.tsv.gz").read_bytes()
    return tuple(gzip.decompress(raw).decode("utf-8").splitlines())


def read_villages(code_prefix: str) -> list[tuple[str, str]]:
    """(twelve-digit code, name) of every village and residents' community (马者村,
    山庄社区, 敦达乌苏嘎查) whose code starts with ``code_prefix`` (a county's six
    digits, a prefecture's four, a province's two), sorted by code.

    ``villages.tsv.gz`` is the National Bureau of Statistics' table of 2023
    (``build/build_villages.py``): one line per township, its nine-digit code, then
    ``NNNname`` per village. Some 613,000 villages are too many to hold as tuples in
    every process, so only the lines are kept and a region's are read on demand.
    """
    if len(code_prefix) < 2:
        raise ValueError(f"a code prefix of at least two digits is needed, not {code_prefix!r}")
    lines = _village_lines()
    at = bisect.bisect_left(lines, code_prefix)
    found = []
    while at < len(lines) and lines[at].startswith(code_prefix):
        township, *villages = lines[at].split("\t")
        found += [(township + village[:3], village[3:]) for village in villages]
        at += 1
    return found
