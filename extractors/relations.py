"""Relations between the entities of one part (SPEC §4), read from the part and its mentions.

    extract_relations(part, mentions)   every relation below, plus events (extractors.events)

- HOLDS_TITLE  Person → Organization, from the titles written before a name
  (``中共中央总书记、国家主席、中央军委主席习近平``), shared by a list of names
  (``中共中央政治局常委李强、赵乐际``), or after it (``王清宪 省长``); the organisation
  is the one named in the title, else the one a small table gives the title
  (国家主席 → 中华人民共和国), else, for 省长/市委书记 …, the part's own region's
  government or party committee.
- CO_MENTIONED Person → Person (names in sorted order), once per sentence.
- SPOKE        Person → Document (a speech's speaker); ISSUED_BY Document → Organization.
- RESPONSIBLE_FOR Organization → Initiative, from 责任单位/牵头单位 lists and ``X牵头``/``X负责``.
- APPLIES_TO, DUE_BY, PART_OF for a plan (its title) and its numbered actions.

Relations are a pure function of the part and its mentions, so they are cached with them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from corpus.document import DocumentPart
from corpus.unwrap import flowing_part
from extractors.deadlines import document_year, find_deadlines, plan_period_end
from extractors.events import extract_events
from extractors.lexicons import read_lexicon
from extractors.ner.titles import TITLE_WORDS
from extractors.records import Mention, Provenance, Record, Relation, back_in_part
from extractors.sentences import Sentence, split_sentences
from extractors.targets import document_region, initiative_of_title, region_of_clause

RELATIONS_VERSION = 2
RELATIONS_ID = f"relations@{RELATIONS_VERSION}"

# ---------------------------------------------------------------- titles

_MORE_TITLES = ("会长", "副会长", "司令", "常务书记", "理事长", "首席执行官", "党委书记")
_TITLES = sorted(set(TITLE_WORDS) | set(_MORE_TITLES), key=len, reverse=True)
_TITLE_AT_END = re.compile(rf"(?:{'|'.join(map(re.escape, _TITLES))})$")
# Where a title's own words begin: after punctuation, a space, a line break or a function word.
_PREFIX_STOP = re.compile(r"^.*(?:[^\u4e00-\u9fff]|应|由|和|与|同|及|对|向|在|是|为|经|据|请|即|会见|会晤|"
                          r"出席|陪同|邀请|的)")
_ORG_LIKE = re.compile(r"(?:中央|委员会|政府|部|局|厅|委|办|院|会|集团|公司|银行|协会|大学|学院|党委|省委|市委)$")
_REGION_PREFIX = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,7}?(?:省|市|自治区))")
_MODIFIER = re.compile(r"(?:原|前|时任|常务|第一|执行)$")
# Titles whose organisation is fixed, when the title names none (or names it in short).
TITLE_HOMES: dict[str, str] = {
    "中共中央总书记": "中共中央", "总书记": "中共中央",
    "国家主席": "中华人民共和国", "国家副主席": "中华人民共和国", "中华人民共和国主席": "中华人民共和国",
    "国务院总理": "国务院", "总理": "国务院", "副总理": "国务院", "国务院副总理": "国务院", "国务委员": "国务院",
    "委员长": "全国人民代表大会常务委员会", "副委员长": "全国人民代表大会常务委员会",
    "中央军委主席": "中央军委", "中央军委副主席": "中央军委",
    "政治局常委": "中共中央政治局常务委员会", "中央政治局常委": "中共中央政治局常务委员会",
    "中共中央政治局常委": "中共中央政治局常务委员会",
}
# Regional titles: the government or the party committee of the region named or of the part.
_GOVERNMENT_TITLES = re.compile(r"^(?:常务)?副?(?:省长|市长|区长|县长|州长|自治区主席)$")
_PARTY_TITLES = re.compile(r"^(?P<level>省|市|区|县|州)委(?:常委|常务副书记|副书记|书记)$")


@dataclass(frozen=True, slots=True)
class TitleSpan:
    start: int       # offsets into the part
    end: int
    text: str        # the whole title as written: 中共中央总书记
    word: str        # the office: 总书记
    organization: str  # canonical name, "" when no organisation can be told


def extract_relations(part: DocumentPart, mentions: list[Mention]) -> list[Record]:
    """Relations and events of the part. A hard-wrapped text (a PDF converted to .txt) is read
    with its layout line breaks removed, as NER and targets read it; offsets map back."""
    view = flowing_part(part)
    if view is None:
        return _relations_in(part, mentions)
    in_view = {at: i for i, at in enumerate(view.where)}
    moved = []
    for mention in mentions:
        start, last = mention.prov.char_start - part.start, mention.prov.char_end - part.start - 1
        if start in in_view and last in in_view:
            moved.append(replace(mention, prov=replace(mention.prov, char_start=in_view[start],
                                                       char_end=in_view[last] + 1)))
    return [replace(record, prov=back_in_part(record.prov, part, view)) for record in _relations_in(view.part, moved)]


def _relations_in(part: DocumentPart, mentions: list[Mention]) -> list[Record]:
    sentences = split_sentences(part.norm)
    return [
        *holds_title(part, mentions),
        *co_mentioned(part, mentions, sentences),
        *issued_or_spoken(part, mentions),
        *responsible_for(part, mentions, sentences),
        *initiative_structure(part),
        *extract_events(part, mentions),
    ]


def holds_title(part: DocumentPart, mentions: list[Mention]) -> list[Relation]:
    norm = part.norm
    orgs = [m for m in mentions if m.type == "Organization"]
    home = document_region(part.meta.issuer, part.meta.title, norm[:600]) or _organizations_region(orgs)
    regions = [m for m in mentions if m.type == "Region"]
    persons = sorted((m for m in mentions if m.type == "Person"), key=lambda m: m.prov.char_start)
    relations: list[Relation] = []
    previous: tuple[int, list[TitleSpan]] = (-1, [])
    for person in persons:
        start, end = person.prov.char_start - part.start, person.prov.char_end - part.start
        foreign = bool(dict(person.attrs).get("foreign"))
        chain = title_chain(norm, start, orgs, regions, "" if foreign else home, part.start, foreign)
        if not chain and start > 0 and norm[start - 1] == "、" and previous[0] == start - 1:
            chain = previous[1]  # 中共中央政治局常委李强、赵乐际: the list shares the title
        after = _title_after(norm, person, end, orgs, "" if foreign else home, part.start, foreign)
        if after and all(after.text != span.text for span in chain):
            chain = [*chain, after]
        previous = (end, chain)
        for span in chain:
            if not span.organization:
                continue
            first = min(span.start, start)
            relations.append(Relation(
                "HOLDS_TITLE", "Person", person.name, "Organization", span.organization,
                _prov(part, first, max(span.end, end), _sentence_at(norm, start), 0.85),
                attrs=(("full_title", span.text), ("title", span.word)),
            ))
    return relations


def title_chain(norm: str, name_start: int, orgs: list[Mention], regions: list[Mention], home: str,
                offset: int = 0, foreign: bool = False) -> list[TitleSpan]:
    """The titles written right before a name, in text order: 中共中央总书记、国家主席、中央军委主席习近平.

    ``offset`` turns the mentions' document offsets into offsets into ``norm``; ``home``
    is the region whose government a bare 省长 belongs to; for a ``foreign`` person the
    table of Chinese offices (国家主席 → 中华人民共和国) does not apply.
    """
    spans: list[TitleSpan] = []
    pos = name_start
    while pos > 0 and norm[pos - 1] == " " and name_start - pos < 2:
        pos -= 1  # 中华人民共和国主席 习近平 (a signature line)
    while True:
        word = _TITLE_AT_END.search(norm[max(0, pos - 12):pos])
        if not word:
            break
        span = _title_span(norm, pos - len(word.group()), pos, orgs, regions, home, offset, foreign)
        spans.append(span)
        if span.start == 0 or norm[span.start - 1] != "、":
            break
        pos = span.start - 1
    spans.reverse()
    # 上海市人大常委会原党组书记、主任: an office with no organisation of its own shares the one before it
    for i in range(1, len(spans)):
        if not spans[i].organization and spans[i].text == spans[i].word:
            spans[i] = TitleSpan(spans[i].start, spans[i].end, spans[i].text, spans[i].word,
                                 spans[i - 1].organization)
    return spans


def _title_span(norm: str, word_start: int, end: int, orgs: list[Mention], regions: list[Mention], home: str,
                offset: int, foreign: bool) -> TitleSpan:
    word = norm[word_start:end]
    modifier = _MODIFIER.search(norm[max(0, word_start - 2):word_start])
    at = word_start - (len(modifier.group()) if modifier else 0)
    org = _mention_ending(orgs, at, offset)
    if org:
        start = org.prov.char_start - offset
        return TitleSpan(start, end, norm[start:end], word, org.name)
    region = _mention_ending(regions, at, offset)
    committee = re.search(r"(?:省|市|区|县|州)委$", norm[max(0, at - 2):at])
    if committee:
        region = _mention_ending(regions, at - 1, offset)
    if region:
        start = region.prov.char_start - offset
        text = norm[start:end]
        domestic = dict(region.attrs).get("level") not in ("foreign", "country")
        home_org = _regional_home(text[len(region.surface):], region.name, word) if domestic else ""
        return TitleSpan(start, end, text, word, home_org)
    prefix = _PREFIX_STOP.sub("", norm[max(0, at - 10):at])
    start = at - len(prefix)
    text = norm[start:end]
    homes = {} if foreign else TITLE_HOMES
    organization = homes.get(text, "")
    if not organization and prefix and _ORG_LIKE.search(prefix) and len(prefix) >= 3:
        organization = prefix
    if not organization and not prefix:
        organization = homes.get(word, "")
    if not organization and home and prefix in ("", "省", "市", "区", "县"):
        organization = _regional_home(prefix + word, home, word)
    return TitleSpan(start, end, text, word, canonical_organization(organization) if organization else "")


def _regional_home(rest: str, region: str, word: str) -> str:
    """省长 of 安徽省 → 安徽省人民政府; 市委书记 of 重庆市 → 中共重庆市委员会."""
    if _PARTY_TITLES.match(rest) or re.match(r"^(?:省|市|区|县|州)?委", rest):
        return canonical_organization(f"中共{region}委员会")
    if _GOVERNMENT_TITLES.match(rest or word) or _GOVERNMENT_TITLES.match(word):
        return canonical_organization(f"{region}人民政府")
    return ""


def _title_after(norm: str, person: Mention, end: int, orgs: list[Mention], home: str, offset: int,
                 foreign: bool) -> TitleSpan | None:
    """The title the NER read after a name (王清宪 省长, 阮富仲总书记) or as the name (总书记)."""
    if not person.title:
        return None
    if person.surface == person.title:
        start = end - len(person.title)
    else:
        start = norm.find(person.title, end, end + len(person.title) + 3)
        if start < 0:
            return None
    title_end = start + len(person.title)
    word = _TITLE_AT_END.search(person.title)
    if not word:
        return None
    inner = [m for m in orgs if start <= m.prov.char_start - offset and m.prov.char_end - offset <= title_end]
    if inner:
        organization = max(inner, key=lambda m: m.prov.char_end - m.prov.char_start).name
    else:
        organization = "" if foreign else TITLE_HOMES.get(person.title, "")
        if not organization and home:
            organization = _regional_home(person.title, home, word.group())
    return TitleSpan(start, title_end, person.title, word.group(), organization)


def _organizations_region(orgs: list[Mention]) -> str:
    """The region most of a part's organisations belong to (安徽省财政厅, 安徽省教育厅 → 安徽省)."""
    counts: dict[str, int] = {}
    for org in orgs:
        match = _REGION_PREFIX.match(org.name)
        if match:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return best[0][0] if best and best[0][1] >= 2 else ""


def _mention_ending(mentions: list[Mention], at: int, offset: int) -> Mention | None:
    ending = [m for m in mentions if m.prov.char_end - offset == at]
    return min(ending, key=lambda m: m.prov.char_start) if ending else None


@cache
def _organization_aliases() -> dict[str, str]:
    """Alias (and name) → canonical name, for aliases that name one organisation only."""
    seen: dict[str, set[str]] = {}
    for entry in read_lexicon("organizations"):
        for form in [entry["name"], *entry.get("aliases", [])]:
            seen.setdefault(form, set()).add(entry["name"])
    return {form: next(iter(names)) for form, names in seen.items() if len(names) == 1}


def canonical_organization(name: str) -> str:
    return _organization_aliases().get(name, name)


# ---------------------------------------------------------------- co-mentions


def co_mentioned(part: DocumentPart, mentions: list[Mention], sentences: list[Sentence]) -> list[Relation]:
    """One CO_MENTIONED per sentence and pair of people, from the name first in sorted order."""
    relations: list[Relation] = []
    persons = sorted((m for m in mentions if m.type == "Person"), key=lambda m: m.prov.char_start)
    for sentence in sentences:
        inside = [m for m in persons if sentence.start <= m.prov.char_start - part.start < sentence.end]
        first: dict[str, Mention] = {}
        for m in inside:
            first.setdefault(m.name, m)
        names = sorted(first)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                start = min(first[a].prov.char_start, first[b].prov.char_start) - part.start
                end = max(first[a].prov.char_end, first[b].prov.char_end) - part.start
                relations.append(Relation("CO_MENTIONED", "Person", a, "Person", b,
                                          _prov(part, start, end, sentence, 0.9)))
    return relations


# ---------------------------------------------------------------- issuer and speaker


@cache
def _person_names() -> frozenset[str]:
    return frozenset(entry["name"] for entry in read_lexicon("persons"))


def issued_or_spoken(part: DocumentPart, mentions: list[Mention]) -> list[Relation]:
    """A speech's speaker SPOKE it; any other issuer is the organisation it was ISSUED_BY."""
    issuer = part.meta.issuer.strip()
    if not issuer:
        return []
    persons = {m.name for m in mentions if m.type == "Person"}
    relations: list[Relation] = []
    for piece in re.split(r"[、,，;；\s]+", issuer):
        if not piece:
            continue
        at = part.norm.find(piece)
        sentence = _sentence_at(part.norm, at) if at >= 0 else _sentence_at(part.norm, 0)
        start, end = (at, at + len(piece)) if at >= 0 else (sentence.start, sentence.start)
        prov = _prov(part, start, end, sentence, 0.9 if at >= 0 else 0.6)
        if piece in persons or piece in _person_names():
            relations.append(Relation("SPOKE", "Person", piece, "Document", "", prov))
            continue
        attrs = (("doc_number", part.meta.doc_number),) if part.meta.doc_number else ()
        relations.append(Relation("ISSUED_BY", "Document", "", "Organization",
                                  _organization_named(piece, mentions), prov, attrs))
    return relations


def _organization_named(text: str, mentions: list[Mention]) -> str:
    for m in mentions:
        if m.type == "Organization" and text in (m.surface, m.name):
            return m.name
    return canonical_organization(text)


# ---------------------------------------------------------------- responsibility

_UNIT_LIST = re.compile(r"(?P<role>责任单位|牵头单位|牵头部门|责任部门)[::]\s*(?P<units>[^)）\n;；]+)")
_LEAD_CUE = re.compile(r"牵头|负责(?!同志|人|制|任|的同志|解释)")
_BETWEEN_ORG_AND_CUE = re.compile(r"^(?:要|会同|发挥|作为|统一|具体|分别|继续|主要|切实|共同|等|)*$")
_GENERIC_UNIT = re.compile(r"^(?:各|相关|有关|其他|其它|市级|省级|区县)")
_HEADING = re.compile(
    r"^[ \t]*(?:(?P<l1>[一二三四五六七八九十]+)、|\((?P<l2>[一二三四五六七八九十]+)\)"
    r"|(?P<l3>\d{1,2})[.、](?!\d)|\((?P<l4>\d{1,2})\)|第(?P<l0>[一二三四五六七八九十]+)[章部分篇])", re.MULTILINE)
_LEVELS = {"l0": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4}
_INITIATIVE_HEADING = re.compile(r"(?:行动|工程|计划|攻坚战|战略|专项行动)$")


@dataclass(frozen=True, slots=True)
class Heading:
    start: int  # offsets into the part
    end: int
    level: int
    title: str       # the heading's first phrase
    initiative: str  # the title when it names an action (实施提升主城都市区极核引领行动), else ""


def headings(norm: str) -> list[Heading]:
    """Numbered headings, with the initiative a heading names (as the targets extractor names it)."""
    found: list[Heading] = []
    for match in _HEADING.finditer(norm):
        line_end = norm.find("\n", match.end())
        line_end = line_end if line_end >= 0 else len(norm)
        level = next(_LEVELS[k] for k, v in match.groupdict().items() if v)
        title = re.split(r"[。;]", norm[match.end():line_end], maxsplit=1)[0].strip()
        short = re.split(r"[,，]", title, maxsplit=1)[0].strip()
        named = short if _INITIATIVE_HEADING.search(short) and len(short) <= 40 else ""
        found.append(Heading(match.start(), match.end() + len(title), level, short, named))
    return found


def _enclosing(heads: list[Heading], at: int) -> list[Heading]:
    """The headings open at ``at``, outermost first."""
    open_: list[Heading] = []
    for head in heads:
        if head.start > at:
            break
        open_ = [h for h in open_ if h.level < head.level] + [head]
    return open_


def _section_initiative(part: DocumentPart, heads: list[Heading], at: int) -> str:
    for head in reversed(_enclosing(heads, at)):
        if head.initiative:
            return head.initiative
    return initiative_of_title(part.meta.title)


def responsible_for(part: DocumentPart, mentions: list[Mention], sentences: list[Sentence]) -> list[Relation]:
    norm = part.norm
    heads = headings(norm)
    orgs = [m for m in mentions if m.type == "Organization"]
    initiatives = [m for m in mentions if m.type == "Initiative"]
    relations: list[Relation] = []
    for sentence in sentences:
        text = norm[sentence.start:sentence.end]
        found: list[tuple[str, int, int, str]] = []  # organisation, start, end, role
        for listed in _UNIT_LIST.finditer(text):
            base = sentence.start + listed.start("units")
            position = 0
            for item in re.split(r"([、,，])", listed.group("units")):
                item_start = base + position
                position += len(item)
                unit = item.strip()
                if not unit or unit in "、,，":
                    continue
                name = _unit_name(unit, item_start, item_start + len(item), orgs, part.start)
                if name:
                    found.append((name, item_start, item_start + len(item), listed.group("role")))
        for cue in _LEAD_CUE.finditer(text):
            at = sentence.start + cue.start()
            before = [m for m in orgs if sentence.start <= m.prov.char_start - part.start
                      and m.prov.char_end - part.start <= at
                      and _BETWEEN_ORG_AND_CUE.match(norm[m.prov.char_end - part.start:at])]
            for org in before:
                found.append((org.name, org.prov.char_start - part.start, at + len(cue.group()), cue.group()))
        if not found:
            continue
        initiative = _initiative_of_sentence(part, initiatives, heads, sentence)
        if not initiative:
            continue
        for name, start, end, role in found:
            relations.append(Relation("RESPONSIBLE_FOR", "Organization", name, "Initiative", initiative,
                                      _prov(part, start, end, sentence, 0.8), attrs=(("role", role),)))
    return relations


def _unit_name(unit: str, start: int, end: int, orgs: list[Mention], offset: int) -> str:
    inside = [m for m in orgs if start <= m.prov.char_start - offset and m.prov.char_end - offset <= end]
    if inside:
        return max(inside, key=lambda m: m.prov.char_end - m.prov.char_start).name
    if _GENERIC_UNIT.match(unit) or len(unit) < 3 or not _ORG_LIKE.search(unit):
        return ""
    return canonical_organization(unit)


def _initiative_of_sentence(part: DocumentPart, initiatives: list[Mention], heads: list[Heading],
                            sentence: Sentence) -> str:
    """A named initiative in the sentence (大赛是教育部牵头发起…), else the action or plan it sits in."""
    inside = [m for m in initiatives if sentence.start <= m.prov.char_start - part.start < sentence.end]
    if inside:  # the one nearest the cue would need the cue; the first one is the sentence's topic
        return inside[0].name
    return _section_initiative(part, heads, sentence.start)


# ---------------------------------------------------------------- plans and their actions


def initiative_structure(part: DocumentPart) -> list[Relation]:
    """A plan APPLIES_TO its issuer's region and is DUE_BY its period's end; its actions are PART_OF it."""
    meta = part.meta
    norm = part.norm
    plan = initiative_of_title(meta.title)
    region = document_region(meta.issuer, meta.title, norm[:600])
    due = plan_period_end(meta.title)
    relations: list[Relation] = []
    if plan:
        at = _find_title(norm, meta.title)
        sentence = _sentence_at(norm, at)
        prov = _prov(part, sentence.start, sentence.end, sentence, 0.9)
        if region:
            relations.append(Relation("APPLIES_TO", "Initiative", plan, "Region", region, prov))
        if due:
            relations.append(Relation("DUE_BY", "Initiative", plan, "Deadline", due, prov))
    year = document_year(meta.date) or document_year(meta.source_date)
    heads = headings(norm)
    for head in heads:
        if not head.initiative:
            continue
        sentence = _sentence_at(norm, head.start)
        prov = _prov(part, head.start, head.end, sentence, 0.85)
        outer = [h.initiative for h in _enclosing(heads, head.start)[:-1] if h.initiative]
        parent = outer[-1] if outer else plan
        if parent and parent != head.initiative:
            relations.append(Relation("PART_OF", "Initiative", head.initiative, "Initiative", parent, prov))
        own_region = region_of_clause(head.title) or region
        if own_region:
            relations.append(Relation("APPLIES_TO", "Initiative", head.initiative, "Region", own_region, prov))
        # an action opens with 到2027年 in its first sentence, or inherits its plan's period
        opener = norm[head.start:head.start + 200].split("\n\n", 1)[0]
        deadlines = find_deadlines(opener, year)
        head_due = deadlines[0].date if deadlines else due
        if head_due:
            relations.append(Relation("DUE_BY", "Initiative", head.initiative, "Deadline", head_due, prov))
    return relations


def _find_title(norm: str, title: str) -> int:
    for probe in (title, title[:12], title[:6]):
        at = norm.find(probe) if probe else -1
        if at >= 0:
            return at
    return 0


# ---------------------------------------------------------------- provenance


@lru_cache(maxsize=4)
def _sentences(norm: str) -> tuple[Sentence, ...]:
    return tuple(split_sentences(norm))


def _sentence_at(norm: str, at: int) -> Sentence:
    for sentence in _sentences(norm):
        if sentence.start <= at < sentence.end:
            return sentence
    line_start = norm.rfind("\n", 0, max(at, 0)) + 1
    line_end = norm.find("\n", max(at, 0))
    return Sentence(line_start, line_end if line_end >= 0 else len(norm))


def _prov(part: DocumentPart, start: int, end: int, sentence: Sentence, confidence: float) -> Provenance:
    return Provenance(part.doc_id, part.index, part.start + start, part.start + end,
                      part.text[sentence.start:sentence.end], RELATIONS_ID, confidence)
