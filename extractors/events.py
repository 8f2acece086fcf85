"""Events: dated meetings and activities, and who took part in them (SPEC §2, §4).

A report names its event in a few fixed ways: ``在参加首都义务植树活动时``,
``中央经济工作会议12月11日至12日在北京举行``, ``在……开学典礼上的讲话``; and it
names the people who took part before the verb: ``党和国家领导人习近平、李强……等
……一起参加义务植树``, ``中共中央政治局常委李强……出席会议``. A later ``出席会议`` or
``参加植树活动`` refers back to the event named last in the same story.

The date comes from the sentence (``12月11日``, ``4日上午``), else, in the lead of a
news report or speech, from the dateline (``新华社北京4月4日电``) or the part's own
date; the year from the part's date. An event is kept only when it has a date and
someone is seen taking part in it, so a passing reference (``党的七大``) is not one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.document import DocumentPart
from extractors.deadlines import document_year
from extractors.records import Event, Mention, Provenance, Record, Relation
from extractors.sentences import Sentence, split_sentences

EVENTS_VERSION = 1
EVENTS_ID = f"events@{EVENTS_VERSION}"

_SUFFIX = (r"(?:会议|大会|全会|峰会|论坛|典礼|仪式|座谈会|研讨会|博览会|发布会|活动|开幕式|闭幕式|运动会|"
           r"交流会|推进会|现场会|报告会|会谈|会晤)")
# A name runs from a boundary to its suffix and holds no punctuation (norm is half-width).
_NAME = rf"[^\s,，。.;；:：、“”\"()（）<>!?！？]{{1,38}}?{_SUFFIX}"
_BOUNDARY = r"(?:^|(?<=[\s,，。.;；:：>)）]))"
_DATE_TEXT = r"(?:\d{1,2}月)?\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚上|晚)?"
# 中央经济工作会议12月11日至12日在北京举行
_HELD = re.compile(rf"{_BOUNDARY}(?P<name>{_NAME})(?:{_DATE_TEXT})?在(?P<place>[\u4e00-\u9fff]{{2,12}}?)"
                   r"(?:隆重|胜利)?(?:举行|召开|开幕)", re.MULTILINE)
# 在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话
_SPEECH_AT = re.compile(rf"在(?P<name>{_NAME})上(?:的讲话|的重要讲话|发表|讲话|致辞)")
_TAKE_PART = re.compile(r"参加|出席|主持|参与|列席")
_NAMED_OBJECT = re.compile(rf"^(?:召开)?(?:了|到)?(?:召开)?(?P<name>{_NAME})")
_OBJECT_END = re.compile(r"[\s,，。;；:：!?！？]")
_VISITED_PLACE = re.compile(r"来到位于(?P<place>[^\s,，。的]{2,24})的")
# 本次会议 points back; 系列工作会议 names a kind of meeting, not one meeting
_ANAPHOR_PREFIX = re.compile(r"^(?:这次|本次|此次|该|上述|这个|今天的|一系列|系列|有关|相关|各类|各种|多场|多次)")
_DATELINE = re.compile(r"(?:新华社|中新社|人民日报|央视网|本报)[^\n,，。]{0,12}?(\d{1,2})月(\d{1,2})日(?:电|讯)")
_FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:至(\d{1,2})日)?")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日(?:至(\d{1,2})日)?")
_DAY = re.compile(r"(?<![\d月年至])(\d{1,2})日(?=上午|下午|晚|凌晨|早上|在|,|，)")
_STORY_HEADING = re.compile(r"^#", re.MULTILINE)
LEAD_SENTENCES = 4  # the dateline and the part's date speak for a report's lead only
_FALLBACK_GENRES = ("news", "speech")


@dataclass(frozen=True, slots=True)
class DateFound:
    date: str
    end_date: str
    rank: int  # 0 written in the sentence, 1 dateline, 2 the part's date


@dataclass
class _Draft:
    """An event being read; becomes an ``Event`` record when the story ends."""

    name: str
    start: int  # offsets into the part of the name that introduced it
    end: int
    sentence: Sentence
    date: DateFound | None = None
    place: str = ""
    participants: dict[str, tuple[int, int, Sentence]] = field(default_factory=dict)


def extract_events(part: DocumentPart, mentions: list[Mention]) -> list[Record]:
    """Event records and PARTICIPATED_IN relations of one part, in text order."""
    persons = sorted((m for m in mentions if m.type == "Person"), key=lambda m: m.prov.char_start)
    regions = [m for m in mentions if m.type == "Region"]
    records: list[Record] = _speech_event(part, persons)
    for start, end in _stories(part.norm):
        records.extend(_read_story(part, start, end, persons, regions))
    return records


def _speech_event(part: DocumentPart, persons: list[Mention]) -> list[Record]:
    """A speech titled 在……典礼上的讲话: its speaker took part in that event on the speech's date.

    Read from the title in the metadata, because the title line is often broken in two.
    """
    match = _SPEECH_AT.search(part.meta.title)
    speaker = next((m for m in persons if m.name == part.meta.issuer), None)
    if part.meta.genre != "speech" or not match or speaker is None or len(part.meta.date) != 10:
        return []
    name = match.group("name")
    at = part.norm.find(name[:8])
    if at < 0:
        return []
    sentence = _line(part.norm, at)
    draft = _Draft(name, at, min(at + len(name), sentence.end), sentence, DateFound(part.meta.date, "", 2))
    _join(part, draft, [speaker], _line(part.norm, speaker.prov.char_start - part.start))
    return _records(part, draft)


def _line(norm: str, at: int) -> Sentence:
    start = norm.rfind("\n", 0, at) + 1
    end = norm.find("\n", at)
    return Sentence(start, end if end >= 0 else len(norm))


def _stories(norm: str) -> list[tuple[int, int]]:
    """A bulletin holds several stories under ``###`` headings; each names its own events."""
    starts = sorted({0, *(m.start() for m in _STORY_HEADING.finditer(norm))})
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(norm)]) if e > s]


def _read_story(part: DocumentPart, start: int, end: int, persons: list[Mention],
                regions: list[Mention]) -> list[Record]:
    norm = part.norm
    year = document_year(part.meta.date) or document_year(part.meta.source_date)
    dateline = _DATELINE.search(norm, start, end)
    drafts: dict[str, _Draft] = {}
    current: _Draft | None = None
    sentences = [Sentence(start + s.start, start + s.end) for s in split_sentences(norm[start:end])]
    for number, sentence in enumerate(sentences):
        text = norm[sentence.start:sentence.end]
        lead = number < LEAD_SENTENCES and part.meta.genre in _FALLBACK_GENRES
        date = _sentence_date(text, year, dateline) or (_fallback_date(part, year, dateline) if lead else None)
        in_sentence = [m for m in persons
                       if sentence.start <= m.prov.char_start - part.start < sentence.end]
        for match in _HELD.finditer(text):
            current = _open(drafts, match.group("name"), sentence, match.start("name"), date)
            current.place = current.place or _place(part, regions, sentence.start + match.start("place"),
                                                    match.group("place"))
        for match in _SPEECH_AT.finditer(text):
            current = _open(drafts, match.group("name"), sentence, match.start("name"), date)
            speakers = _before(part, in_sentence, sentence.start + match.start())
            if not speakers and part.meta.genre == "speech":
                speakers = [m for m in persons if m.name == part.meta.issuer][:1]
            _join(part, current, speakers, sentence)
        for verb in _TAKE_PART.finditer(text):
            obj = text[verb.end():verb.end() + 40]
            cut = _OBJECT_END.search(obj)
            obj = obj[:cut.start()] if cut else obj
            named = _NAMED_OBJECT.match(obj)
            if named and _is_specific(named.group("name")):
                current = _open(drafts, named.group("name"), sentence, verb.end() + named.start("name"), date)
            elif current is None or not _refers_to(obj, current.name):
                continue
            if date and (current.date is None or date.rank < current.date.rank):
                current.date = date
            _join(part, current, _before(part, in_sentence, sentence.start + verb.start()), sentence)
        visited = _VISITED_PLACE.search(text)
        if visited and current and not current.place:
            current.place = _place(part, regions, sentence.start + visited.start("place"), visited.group("place"))
    return [record for draft in drafts.values() for record in _records(part, draft)]


def _open(drafts: dict[str, _Draft], name: str, sentence: Sentence, at: int, date: DateFound | None) -> _Draft:
    draft = drafts.get(name)
    if draft is None:
        start = sentence.start + at
        draft = drafts[name] = _Draft(name, start, start + len(name), sentence)
    if date and (draft.date is None or date.rank < draft.date.rank):
        draft.date = date
    return draft


def _is_specific(name: str) -> bool:
    """植树活动, 会议, 本次会议 point back to an event; 首都义务植树活动 names one."""
    return len(name) > 4 and not _ANAPHOR_PREFIX.match(name)


def _refers_to(obj: str, name: str) -> bool:
    """出席会议 → 中央经济工作会议, 参加义务植树 → 首都义务植树活动: a shared word of two characters."""
    obj = _ANAPHOR_PREFIX.sub("", obj.removeprefix("了").removeprefix("到"))[:12]
    return any(obj[i:i + 2] in name for i in range(len(obj) - 1))


def _before(part: DocumentPart, in_sentence: list[Mention], at: int) -> list[Mention]:
    """The people named before the verb: its subjects."""
    return [m for m in in_sentence if m.prov.char_end - part.start <= at]


def _join(part: DocumentPart, draft: _Draft, people: list[Mention], sentence: Sentence) -> None:
    for person in people:
        draft.participants.setdefault(
            person.name, (person.prov.char_start - part.start, person.prov.char_end - part.start, sentence))


def _sentence_date(text: str, year: int | None, dateline: re.Match[str] | None) -> DateFound | None:
    found: list[tuple[int, DateFound]] = []
    for match in _FULL_DATE.finditer(text):
        y, m, d, last = match.groups()
        found.append((match.start(), _date(int(y), int(m), int(d), last, 0)))
    if year is not None:
        for match in _MONTH_DAY.finditer(text):
            m, d, last = match.groups()
            found.append((match.start(), _date(year, int(m), int(d), last, 0)))
        month = int(dateline.group(1)) if dateline else None
        if month is not None:
            for match in _DAY.finditer(text):
                found.append((match.start(), _date(year, month, int(match.group(1)), None, 0)))
    valid = [(at, date) for at, date in found if date.date]
    return min(valid, key=lambda pair: pair[0])[1] if valid else None


def _fallback_date(part: DocumentPart, year: int | None, dateline: re.Match[str] | None) -> DateFound | None:
    if dateline and year is not None:
        date = _date(year, int(dateline.group(1)), int(dateline.group(2)), None, 1)
        if date.date:
            return date
    return DateFound(part.meta.date, "", 2) if len(part.meta.date) == 10 else None


def _date(year: int, month: int, day: int, last_day: str | None, rank: int) -> DateFound:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return DateFound("", "", rank)
    end = f"{year:04d}-{month:02d}-{int(last_day):02d}" if last_day and int(last_day) > day else ""
    return DateFound(f"{year:04d}-{month:02d}-{day:02d}", end, rank)


def _place(part: DocumentPart, regions: list[Mention], at: int, text: str) -> str:
    """A place as written, or the canonical region when a region mention is exactly it (北京 → 北京市)."""
    for region in regions:
        if region.prov.char_start - part.start == at and region.prov.char_end - part.start == at + len(text):
            return region.name
    return text


def _records(part: DocumentPart, draft: _Draft) -> list[Record]:
    if draft.date is None or not draft.participants:
        return []

    def prov(start: int, end: int, sentence: Sentence, confidence: float) -> Provenance:
        return Provenance(part.doc_id, part.index, part.start + start, part.start + end,
                          part.text[sentence.start:sentence.end], EVENTS_ID, confidence)

    event = Event(draft.name, draft.date.date, prov(draft.start, draft.end, draft.sentence, 0.8),
                  place=draft.place, end_date=draft.date.end_date)
    records: list[Record] = [event]
    for name, (start, end, sentence) in sorted(draft.participants.items(), key=lambda item: item[1][:2]):
        records.append(Relation("PARTICIPATED_IN", "Person", name, "Event", event.key,
                                prov(start, end, sentence, 0.85)))
    return records
