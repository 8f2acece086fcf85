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


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    type: str
    name: str             # canonical name (the lexicon's "name")
    attrs: Attrs          # Region: adcode/level/parent; Organization: kind; Person: foreign
    titles: tuple[str, ...] = ()
    ambiguous_forms: frozenset[str] = frozenset()  # forms that are also common words


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
    )


def _ambiguous_forms(row: dict) -> list[str]:
    from extractors.ner.normalise import normalise_form

    forms = [normalise_form(f) for f in row.get("ambiguous_forms") or ()]
    if row.get("ambiguous") and not forms:
        forms = [normalise_form(a) for a in row.get("aliases") or ()]
    # A county's two-character short name (双城, 小店, 滨江) or a two-character
    # full name (范县 inside 示范县) is too often an ordinary word: such forms
    # count only in a document of the region above them.
    if row.get("level") == "county":
        forms += [normalise_form(f) for f in [row["name"], *(row.get("aliases") or ())] if len(normalise_form(f)) <= 2]
    return forms


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


def match_lexicon(norm: str) -> list[Candidate]:
    """Every lexicon form in ``norm`` (overlapping; selection happens later)."""
    found: list[Candidate] = []
    auto = automaton()
    if len(auto) == 0:
        return found
    for last, (key, forms) in auto.iter(norm):
        start, end = last - len(key) + 1, last + 1
        if len(key) == 1 and (key in _COMMON_ABBREVS or not _ABBREV_CONTEXT.search(norm[max(0, start - 1):start])):
            continue
        for form in forms:
            entry = form.entry
            found.append(Candidate(
                start=start, end=end, type=entry.type, name=entry.name, source="lexicon",
                attrs=entry.attrs,
                needs_context=key in entry.ambiguous_forms,
            ))
    return found


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
