"""The lexicon matcher: every name and alias of the four lexicons in one
Aho-Corasick automaton (pyahocorasick), matched on the normalised text.

A spaCy SpanRuler over char tokens would find the same phrases, but an
automaton over the whole part is an order of magnitude faster for tens of
thousands of patterns, and it keeps character offsets, which is what the
records need. The spaCy component in ``pipeline.py`` wraps this matcher.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from extractors.ner.candidates import Attrs, Candidate
from extractors.ner.unknown_names import words

LEXICON_TYPES = {
    "persons": "Person",
    "organizations": "Organization",
    "regions": "Region",
    "initiatives": "Initiative",
}
# A single-character abbreviation (渝, 川, 京) is a region only after a verb of
# motion or place (来渝, 在京, 入川); elsewhere it is part of a doc number (渝府发)
# or of a longer name (渝东北, which has its own entry).
_ABBREV_CONTEXT = re.compile(r"[来在入赴驻离返抵留]$")
# Abbreviations that are also everyday characters (在新时代, 在云端): never alone.
_COMMON_ABBREVS = set("新黑宁云贵青甘吉台蒙藏晋港澳")
_ORGAN_ENDS = set("部局委办厅")
_STREET_AFTER = re.compile(r"[东西南北中]?路(?![线径演网])|大道")
_WORD_AFTER_ORGAN = set("门面署")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    type: str
    name: str             # canonical name (the lexicon's "name")
    attrs: Attrs          # Region: adcode/level/parent; Organization: kind; Person: foreign
    titles: tuple[str, ...] = ()
    ambiguous_forms: frozenset[str] = frozenset()  # forms that need the document's region
    # Of those, the forms that are short county names only, not measured common
    # words (江阴, 昆山): a place written right beside them vouches for them too.
    short_forms: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Form:
    """One written form of one entry, as stored in the automaton."""

    entry: LexiconEntry
    kind: str  # name / alias / abbrev


def _read(kind: str) -> list[dict]:
    from extractors.lexicons import read_lexicon

    return read_lexicon(kind)


def _entry(kind: str, row: dict) -> LexiconEntry:
    entity_type = LEXICON_TYPES[kind]
    attrs: list[tuple[str, str | int | float | bool]] = []
    if entity_type == "Region":
        for key in ("adcode", "level", "parent"):
            if row.get(key):
                attrs.append((key, str(row[key])))
    elif entity_type == "Organization" and row.get("kind"):
        attrs.append(("kind", str(row["kind"])))
    elif entity_type == "Initiative" and row.get("period"):
        attrs.append(("period", str(row["period"])))
    elif entity_type == "Person" and row.get("foreign"):
        attrs.append(("foreign", True))
    return LexiconEntry(
        type=entity_type,
        name=str(row["name"]),
        attrs=tuple(sorted(attrs)),
        titles=tuple(row.get("titles") or ()),
        ambiguous_forms=frozenset(_ambiguous_forms(row)),
        short_forms=frozenset(_short_county_forms(row)) - frozenset(_word_forms(row)),
    )


def _word_forms(row: dict) -> list[str]:
    """Forms measured (or hand-listed) as common words: 和平, 城区, 白云."""
    from extractors.ner.normalise import normalise_form

    forms = [normalise_form(f) for f in row.get("ambiguous_forms") or ()]
    if row.get("ambiguous") and not forms:
        forms = [normalise_form(a) for a in row.get("aliases") or ()]
    return forms


def _short_county_forms(row: dict) -> list[str]:
    # A county's two-character short name (双城, 小店, 滨江) or a two-character
    # full name (范县 inside 示范县) is too often part of an ordinary word.
    from extractors.ner.normalise import normalise_form

    if row.get("level") != "county":
        return []
    return [normalise_form(f) for f in [row["name"], *(row.get("aliases") or ())] if len(normalise_form(f)) <= 2]


def _ambiguous_forms(row: dict) -> list[str]:
    """Forms that count only in a document of the region above them."""
    return _word_forms(row) + _short_county_forms(row)


@lru_cache(maxsize=1)
def _entries_with_forms() -> dict[LexiconEntry, tuple[tuple[str, str], ...]]:
    table: dict[LexiconEntry, tuple[tuple[str, str], ...]] = {}
    for kind in LEXICON_TYPES:
        for row in _read(kind):
            entry = _entry(kind, row)
            forms = [(str(row["name"]), "name")]
            forms += [(str(a), "alias") for a in row.get("aliases") or ()]
            forms += [(str(a), "abbrev") for a in row.get("abbrev") or ()]
            table[entry] = tuple(forms)
    return table


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """Form (normalised, spaces removed) -> every Form that writes it."""
    from extractors.ner.normalise import normalise_form

    by_form: dict[str, list[Form]] = {}
    for entry, forms in _entries_with_forms().items():
        for written, kind in forms:
            key = normalise_form(written)
            if len(key) < 1 or (len(key) == 1 and kind != "abbrev"):
                continue
            by_form.setdefault(key, []).append(Form(entry, kind))
    auto = ahocorasick.Automaton()
    for key, forms in by_form.items():
        auto.add_word(key, (key, tuple(forms)))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def entries_by_name() -> dict[tuple[str, str], LexiconEntry]:
    """(type, canonical name) -> entry, for resolution."""
    return {(e.type, e.name): e for e in _entries_with_forms()}


@lru_cache(maxsize=1)
def blocker_automaton() -> ahocorasick.Automaton:
    from extractors.lexicons import read_region_blockers

    auto = ahocorasick.Automaton()
    for word in read_region_blockers():
        auto.add_word(word, len(word))
    auto.make_automaton()
    return auto


def blocked_spans(norm: str) -> list[tuple[int, int]]:
    """Where a blocker word (长治久安, 居民进行) stands in ``norm``."""
    auto = blocker_automaton()
    if len(auto) == 0:
        return []
    return [(last - length + 1, last + 1) for last, length in auto.iter(norm)]


@lru_cache(maxsize=4)
def blocker_index(norm: str) -> dict[int, list[tuple[int, int]]]:
    """Blocker spans of ``norm`` indexed by every position they cover, for a cheap lookup.
    Four stages ask for the same text's index, so it is kept (read it, never change it)."""
    blockers: dict[int, list[tuple[int, int]]] = {}
    for span in blocked_spans(norm):
        for i in range(*span):
            blockers.setdefault(i, []).append(span)
    return blockers


def place_stands_in_blocker(norm: str, start: int, end: int, blockers: dict[int, list[tuple[int, int]]],
                            division: bool = False) -> bool:
    """A place's name inside a compound the tagger that measured the blockers ran together is
    the place still: opening it (内江综合保税区, 北京国际电影节, 德州扒鸡, 毕节所需) or after a
    word of its own (帮扶|宁远一中, 养心|利辛, 平安|威海).

    Only when what follows begins with a word of two characters or more (综合, 国际, 扒鸡, 一中),
    or nothing does, or the name's last character begins no word with it (恩阳|鑫视界), what comes
    before is such a word or nothing, the name begins no parallel phrase (金山银山) and the compound
    is no word itself (长治久安): a name with one character of the blocker beside it straddles words
    (四平台, 加纳入, 白山羊, 以上高新区).
    """
    covering = blockers.get(start, ())
    known = words()
    for b_start, b_end in covering:
        rest, lead = norm[end:b_end], norm[b_start:start]
        # A word in front (帮扶|宁远一中, 力争|定远) is a word of its own: the tagger ran them together.
        if lead and (len(lead) < 2 or lead not in known):
            return False
        # …but not where the name begins a parallel phrase (金山|银山).
        if lead and rest and rest[-1] == norm[end - 1]:
            return False
        if norm[b_start:b_end] in known:
            return False
        # A name with one character of the blocker beside it straddles words where its last character
        # begins one with it (四平|台: 平台, 白山|羊: 山羊); a division's name does not before a firm's
        # coined name (恩阳|鑫视界, 前锋区|鸿美嘉), whose characters make no word with the place's
        # (an area's does: 亚太森博 is a firm).
        if rest and not any(rest[:k] in known for k in range(2, min(len(rest), 4) + 1)) \
                and (not division or any(norm[end - 1:end - 1 + k] in known for k in range(2, 5))):
            return False
    return True


def inside_blocker(start: int, end: int, blockers: dict[int, list[tuple[int, int]]]) -> bool:
    """The span lies strictly inside a blocker word (长治 in 长治久安)."""
    return any(b_start <= start and end <= b_end and (b_start, b_end) != (start, end)
               for b_start, b_end in blockers.get(start, ()))


# A foreign country's one-character name in a relation with China: 对俄合作, 中俄, 中美.
_FOREIGN_ABBREV_CONTEXT = re.compile(r"(?:^|[^\u4e00-\u9fff]|[^其集当之从空途心居适高初折暗正手命眼])[对中]$")


_RELATION_AFTER = re.compile(r"合作|贸易|经贸|出口|进口|进出口|开放|交流|投资|口岸|物流|代表|工作|贸|[^\u4e00-\u9fff]")
_WORD_AFTER_ABBREV = re.compile(r"[好丽化术食容誉德满元雄治]")


def _single_character_place(norm: str, start: int, key: str, forms: tuple) -> bool:
    """沪, 渝 after 来/赴/驻 …; 俄, 美 after 对 or 中 (对俄合作); never 新, 黑, 云 … alone."""
    if key in _COMMON_ABBREVS:
        return False
    if _ABBREV_CONTEXT.search(norm, max(0, start - 1), start):
        # 在英雄城市, 在美好生活, 在法治轨道: the character begins a word, no place
        return not _WORD_AFTER_ABBREV.match(norm, start + 1)
    foreign = any(dict(f.entry.attrs).get("level") == "foreign" for f in forms)
    if not foreign or not _FOREIGN_ABBREV_CONTEXT.search(norm, max(0, start - 3), start):
        return False
    # 对美好生活, 中美丽乡村: the character starts a word with what follows.
    if norm[start - 1] == "对":
        return bool(_RELATION_AFTER.match(norm, start + 1))
    return not _WORD_AFTER_ABBREV.match(norm, start + 1)


# A division's level word that begins a word with what follows (区域, 县域, 市场, 县乡).
_LEVEL_RUNS_ON = re.compile(r"[区县市州](?:域|场|乡)")
_NUMBER_BEFORE = re.compile(r"[0-9０-９]")


def _is_county_full_name(form: Form) -> bool:
    return form.entry.type == "Region" and form.kind == "name" and dict(form.entry.attrs).get("level") == "county"


def full_name_straddles(norm: str, start: int, end: int, places_before: list[tuple[int, int]]) -> bool:
    """A county's full name read across words: its level word beginning another (滨江区|域,
    健全|州县乡村), its first character ending a city's name (镇江|城区段, 上海|城市), a
    count's unit (3万|山区农民)."""
    if _LEVEL_RUNS_ON.match(norm, end - 1):
        return True
    if _NUMBER_BEFORE.match(norm, start - 1) and norm[start] in "万千百亿":
        return True
    # a place named just before whose name ends inside this one (镇江 over 江城区, 赣江 over 江源区)
    return any(p_start < start < p_end < end for p_start, p_end in places_before)


# The levels of China's divisions a place form may name (not areas, zones, townships or foreign places).
DIVISION_LEVELS = frozenset({"province", "prefecture", "county"})


_WORDS_ACROSS_A_PROGRAMME_END = frozenset({"改革开放"})


def match_lexicon(norm: str) -> list[Candidate]:
    """Every lexicon form in ``norm`` (overlapping; selection happens later).

    A short region or organisation form that sits inside a word of another kind
    (长治 in 长治久安, 衡水 in 均衡水平, 民进 in 居民进行) is left out.
    """
    return list(_lexicon_hits(norm))


@lru_cache(maxsize=4)
def _lexicon_hits(norm: str) -> tuple[Candidate, ...]:
    # Kept for the text: the document's context (the region it names most) and the
    # pipeline read the same part's hits.
    found: list[Candidate] = []
    auto = automaton()
    if len(auto) == 0:
        return ()
    blockers = blocker_index(norm)
    places_so_far: list[tuple[int, int]] = []  # ends come in order: a place before this one is listed
    for last, (key, forms) in auto.iter(norm):
        start, end = last - len(key) + 1, last + 1
        if len(key) >= 3 and any(_is_county_full_name(f) for f in forms) \
                and full_name_straddles(norm, start, end, places_so_far):
            forms = tuple(f for f in forms if not _is_county_full_name(f))
            if not forms:
                continue
        if len(key) <= 3 and blockers and inside_blocker(start, end, blockers):
            # A county's short name (宁远) still waits for the document's region; a word-like form never counts.
            forms = tuple(f for f in forms if f.entry.type == "Region"
                          and (key not in f.entry.ambiguous_forms or key in f.entry.short_forms))
            division = any(dict(f.entry.attrs).get("level") in DIVISION_LEVELS for f in forms)
            if not forms or not place_stands_in_blocker(norm, start, end, blockers, division):
                continue
        if len(key) == 1 and not _single_character_place(norm, start, key, forms):
            continue
        # 环保部 in 环保部门, 教育局 in 教育局面: the organ's last character starts another word.
        if key[-1] in _ORGAN_ENDS and norm[end:end + 1] in _WORD_AFTER_ORGAN:
            forms = tuple(f for f in forms if f.entry.type != "Organization")
        # 全面深化改革|开放: a programme's last word starts another (改革开放), so the text names something else.
        if norm[end - 2:end + 2] in _WORDS_ACROSS_A_PROGRAMME_END:
            forms = tuple(f for f in forms if f.entry.type != "Initiative")
            if not forms:
                continue
        # 中山路, 南京路, 延安路改造, 北部湾大道: a road named after a place is no mention of it (a
        # street may be a quarter the text counts as a place: 中街、太原街等核心商圈).
        # 沪平盐城际: the 城 of an intercity railway's 城际 ends no city (盐|城际).
        if _STREET_AFTER.match(norm, end) or (key[-1] == "城" and norm[end:end + 1] == "际"):
            forms = tuple(f for f in forms if f.entry.type != "Region")
            if not forms:
                continue
        if len(key) >= 2 and any(f.entry.type == "Region" and key not in f.entry.ambiguous_forms for f in forms):
            places_so_far.append((start, end))  # a name that needs no context (镇江, 上海; not 和安)
        for form in forms:
            entry = form.entry
            found.append(Candidate(
                start=start, end=end, type=entry.type, name=entry.name, source="lexicon",
                attrs=entry.attrs,
                needs_context=key in entry.ambiguous_forms,
                place_like=key in entry.short_forms,
            ))
    return tuple(found)


@lru_cache(maxsize=4)
def canonical_by_form(entity_type: str) -> dict[str, str]:
    """Normalised written form -> canonical name, for one type; a name beats an alias."""
    from extractors.ner.normalise import normalise_form

    table: dict[str, str] = {}
    for entry, forms in _entries_with_forms().items():
        if entry.type != entity_type:
            continue
        for written, kind in forms:
            key = normalise_form(written)
            if kind == "name" or key not in table:
                table[key] = entry.name
    return table
