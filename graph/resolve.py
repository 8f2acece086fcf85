"""Cross-document resolution: one canonical name per entity across the corpus (SPEC §2).

Each part is read on its own, so the same entity can reach the graph under several
names: 重庆 in one document and 重庆市 in another, 全国职业院校技能大赛执行规划（2023—2027年）
with full-width and half-width brackets, （一）网络体系强基行动 and 网络体系强基行动. Before
the fold, ``resolve_records`` renames them to one canonical name:

1. names that are equal after normalisation (NFKC, no spaces or quotes, one dash, no
   heading number) are one entity;
2. a name no NER mention carries (a target's region, a relation's endpoint) that is
   the lexicon alias of exactly one entry becomes that entry's name (the NER has
   already applied the lexicon, in context, to the names it gives);
3. a name that the NER left as written in one place, and resolved (as a surface
   form) to exactly one longer canonical name elsewhere, becomes that name
   (双城经济圈 → 成渝地区双城经济圈): within the same document always, across documents
   only for forms of ``MIN_CROSS_DOCUMENT_CHARS`` or more, since a short form such as
   中心城区 means 重庆中心城区 in one city's plan and another city's centre in the next.

People are kept apart rather than merged when their titles conflict: the titles seen
with a name in one document place the person in a jurisdiction (national, a province,
abroad); documents whose jurisdictions do not overlap describe different people, and
all but the first get a disambiguator in their key (王刚#2). A person named in the
persons lexicon starts from the jurisdictions of the lexicon's titles.

The renamings are returned too, so the graph can list the old names as aliases. A
target keeps its ``region`` and ``initiative`` as written (主城都市区, 中心城区, what a
reader of the plan expects); the graph links it to the canonical node instead, and to a
region only one the document's mentions name (``Resolution.place_of_target``).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from extractors.lexicons import read_lexicon
from extractors.records import Event, Mention, Record, Relation, Target
from extractors.targets.regions import STANDALONE_REGIONS

RESOLVED_TYPES = ("Organization", "Region", "Initiative")
_LEXICONS = {"Person": "persons", "Organization": "organizations", "Region": "regions", "Initiative": "initiatives"}
_QUOTES = "“”‘’\"'「」『』《》〈〉"
_DASHES = re.compile(r"[—–－\-~～]+")
_HEADING_NUMBER = re.compile(r"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、])")
_REGION_PREFIX = re.compile(r"^(?:中共|中国人民政治协商会议)?([\u4e00-\u9fff]{2,7}?(?:省|市|自治区|特别行政区))")
_NATIONAL = re.compile(r"^(?:中共中央|中央|国务院|全国|国家|中华人民共和国|最高人民)")
MIN_SURFACE_CHARS = 3  # 大赛: too short to name anything outside its sentence
MIN_CROSS_DOCUMENT_CHARS = 5  # 双城经济圈 yes, 中心城区 no


@dataclass(frozen=True, slots=True)
class Resolution:
    records: tuple[Record, ...]
    renamed: tuple[tuple[str, str, str], ...]  # (type, name as extracted, canonical key), sorted
    names: dict[tuple[str, str, str], str]     # (doc_id, type, name) → canonical name
    # doc_id → the regions its mentions name: (match_key of a surface or a name, canonical name)
    places: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def canonical(self, doc_id: str, node_type: str, name: str) -> str:
        return self.names.get((doc_id, node_type, name), name)

    def place_of_target(self, doc_id: str, written: str) -> str:
        """The region a target's written region stands for: one its document mentions, by
        name or surface (中心城区 → 重庆中心城区), else the longest one that ends the written
        words (放大天衢新区 → 天衢新区); a city's centre as written (中心城区, 主城区); else ''
        when the document mentions none, for the targets extractor reads a clause's head more
        loosely than the NER (争创国家新型工业化示范区, 万亩吨粮田示范区 are no places)."""
        written_key = match_key(written)
        wanted = {written_key, match_key(self.canonical(doc_id, "Region", written))}
        ending, ending_length = "", 0
        for key, name in self.places.get(doc_id, ()):
            if key in wanted:
                return name
            if len(key) >= 2 and written_key.endswith(key) and len(key) > ending_length:
                ending, ending_length = name, len(key)
        return ending or (written if written in STANDALONE_REGIONS else "")


def resolve_records(records: Iterable[Record]) -> Resolution:
    records = list(records)
    names = canonical_names(records)
    persons = person_keys(records)
    renamed = {(t, old, new) for (_, t, old), new in names.items() if old != new}
    for (doc_id, name), key in persons.items():
        if key != name:
            renamed.add(("Person", name, key))
    resolved = tuple(_rewrite(record, names, persons) for record in records)
    return Resolution(resolved, tuple(sorted(renamed)), names, _mentioned_places(resolved))


def _mentioned_places(records: Iterable[Record]) -> dict[str, tuple[tuple[str, str], ...]]:
    keys = _MatchKeys()  # a corpus names its places again and again
    places: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for record in records:
        if isinstance(record, Mention) and record.type == "Region":
            places[record.prov.doc_id].update({(keys[record.name], record.name),
                                               (keys[record.surface or record.name], record.name)})
    return {doc_id: tuple(sorted(pairs)) for doc_id, pairs in places.items()}


# ---------------------------------------------------------------- organisations, regions, initiatives


def match_key(name: str) -> str:
    """The form two spellings of one name share: NFKC, no spaces or quotes, one dash, no heading number."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(ch for ch in text if not ch.isspace() and ch not in _QUOTES)
    text = _DASHES.sub("-", text)
    return _HEADING_NUMBER.sub("", text) or text


class _MatchKeys(dict):
    """match_key of each name, worked out once: a corpus repeats its names many times."""

    def __missing__(self, name: str) -> str:
        key = self[name] = match_key(name)
        return key


def canonical_names(records: list[Record]) -> dict[tuple[str, str, str], str]:
    """(doc_id, type, name) → canonical name, for every Organization, Region and Initiative name seen."""
    keys = _MatchKeys()
    counts: Counter[tuple[str, str]] = Counter()
    seen_in: set[tuple[str, str, str]] = set()
    surfaces: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for record in records:
        doc_id = record.prov.doc_id
        for node_type, name in _names_of(record):
            if node_type in RESOLVED_TYPES and name:
                counts.setdefault((node_type, name), 0)  # seen, even when only as an endpoint
                seen_in.add((doc_id, node_type, name))
        if isinstance(record, Mention) and record.type in RESOLVED_TYPES:
            counts[(record.type, record.name)] += 1
            surfaces[(record.prov.doc_id, record.type, record.name)].add(record.surface)
    # 1. one spelling per normalised key
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node_type, name in counts:
        groups[(node_type, keys[name])].append(name)
    chosen: dict[tuple[str, str], str] = {}
    for (node_type, _), members in groups.items():
        lexicon_names = lexicon_forms(node_type)[0]
        best = min(members, key=lambda n: (n not in lexicon_names, -counts[(node_type, n)], -len(n), n))
        for member in members:
            chosen[(node_type, member)] = best
    # 2. lexicon aliases, 3. surfaces another document resolved
    here: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (doc, type, form key) → names
    anywhere: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (doc_id, node_type, name), forms in surfaces.items():
        for form in forms:
            key = keys[form]
            if form != name and len(key) >= MIN_SURFACE_CHARS:
                here[(doc_id, node_type, key)].add(chosen[(node_type, name)])
                if len(key) >= MIN_CROSS_DOCUMENT_CHARS:
                    anywhere[(node_type, key)].add(chosen[(node_type, name)])
    result: dict[tuple[str, str, str], str] = {}
    for doc_id, node_type, name in sorted(seen_in):
        best = chosen[(node_type, name)]
        names, aliases = lexicon_forms(node_type)
        target = best
        if best not in names and keys[best] in aliases and not counts[(node_type, best)]:
            target = aliases[keys[best]]
        elif best not in names:
            for scope in (here.get((doc_id, node_type, keys[best])), anywhere.get((node_type, keys[best]))):
                longer = {n for n in scope or () if n != best and keys[best] in keys[n]}
                if len(longer) == 1:
                    target = longer.pop()
                    break
        result[(doc_id, node_type, name)] = chosen.get((node_type, target), target)
    return result


@cache
def lexicon_forms(node_type: str) -> tuple[frozenset[str], dict[str, str]]:
    """A lexicon's canonical names, and its unambiguous aliases (by match key) → canonical name."""
    if node_type not in _LEXICONS:
        return frozenset(), {}
    entries = read_lexicon(_LEXICONS[node_type])
    seen: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for form in [entry["name"], *entry.get("aliases", []), *entry.get("shared_aliases", [])]:
            seen[match_key(form)].add(entry["name"])
    ambiguous = {match_key(f) for entry in entries for f in entry.get("ambiguous_forms", [])}
    aliases = {key: next(iter(names)) for key, names in seen.items() if len(names) == 1 and key not in ambiguous}
    return frozenset(entry["name"] for entry in entries), aliases


# ---------------------------------------------------------------- people


def jurisdiction(text: str) -> str:
    """Where an office is held: a province or city, 'national', or '' when the title doesn't say."""
    match = _REGION_PREFIX.match(text)
    if match and not _NATIONAL.match(text):
        return match.group(1)
    return "national" if _NATIONAL.match(text) else ""


def person_keys(records: list[Record]) -> dict[tuple[str, str], str]:
    """(doc_id, name) → person key: the name, or name#2, name#3 … for people the titles set apart."""
    places: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for record in records:
        if isinstance(record, Mention) and record.type == "Person":
            found = places[record.name][record.prov.doc_id]
            if dict(record.attrs).get("foreign"):
                found.add("foreign")
            elif record.title and jurisdiction(record.title):
                found.add(jurisdiction(record.title))
        elif isinstance(record, Relation) and record.type == "HOLDS_TITLE":
            attrs = dict(record.attrs)
            where = jurisdiction(record.target) or jurisdiction(str(attrs.get("full_title", "")))
            found = places[record.source][record.prov.doc_id]
            if where:
                found.add(where)
    keys: dict[tuple[str, str], str] = {}
    for name, by_doc in places.items():
        identities: list[set[str]] = []
        known = _lexicon_jurisdictions().get(name)
        if known:
            identities.append(set(known))
        assigned: dict[str, int] = {}
        for doc_id in sorted(by_doc):
            where = by_doc[doc_id]
            if not where:
                continue
            index = next((i for i, seen in enumerate(identities) if seen & where), None)
            if index is None:
                identities.append(set(where))
                index = len(identities) - 1
            else:
                identities[index] |= where
            assigned[doc_id] = index
        for doc_id in by_doc:
            index = assigned.get(doc_id, 0)
            keys[(doc_id, name)] = name if index == 0 else f"{name}#{index + 1}"
    return keys


@cache
def _lexicon_jurisdictions() -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for entry in read_lexicon("persons"):
        places = {"foreign"} if entry.get("foreign") else {jurisdiction(t) for t in entry.get("titles", [])}
        places.discard("")
        if places:
            found[entry["name"]] = frozenset(places)
    return found


# ---------------------------------------------------------------- rewriting


def _names_of(record: Record) -> list[tuple[str, str]]:
    if isinstance(record, Mention):
        return [(record.type, record.name)]
    if isinstance(record, Target):
        return [("Region", record.region), ("Initiative", record.initiative)]
    if isinstance(record, Relation):
        return [(record.source_type, record.source), (record.target_type, record.target)]
    return []


def _rewrite(record: Record, names: dict[tuple[str, str, str], str], persons: dict[tuple[str, str], str]
             ) -> Record:
    doc_id = record.prov.doc_id

    def rename(node_type: str, name: str) -> str:
        if node_type == "Person":
            return persons.get((doc_id, name), name)
        return names.get((doc_id, node_type, name), name)

    if isinstance(record, Mention):
        name = rename(record.type, record.name)
        return record if name == record.name else replace(record, name=name)
    if isinstance(record, Target):
        return record  # its region and initiative stay as written; the graph links them via ``canonical``
    if isinstance(record, Relation):
        source, target = rename(record.source_type, record.source), rename(record.target_type, record.target)
        if record.type == "CO_MENTIONED" and target < source:  # keep the pair in sorted order
            source, target = target, source
        if source == record.source and target == record.target:
            return record
        return replace(record, source=source, target=target)
    if isinstance(record, Event):
        return record
    raise TypeError(f"unknown record type {type(record).__name__}")
