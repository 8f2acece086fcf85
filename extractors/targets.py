"""Quantified goals (SPEC §3): indicator, comparator, value, unit, deadline, region, initiative.

The part is walked line by line. Numbered headings (一、 (一) 1. (1)) open
sections; a section carries what its opener says until the next heading of the
same or a higher level: a deadline (到2027年), a region (主城都市区), the
initiative (实施…行动) and whether it looks back (工作回顾, 规划背景) rather than
forward. Inside a sentence, every number with a unit is a candidate; filters
drop history, thresholds inside indicators (5级以上, 10万元以上的村), ordinals,
quoted names (“1000+”), subsidy amounts and appositive counts. The clause around
a surviving number gives its indicator and comparator.

All matching runs on ``DocumentPart.norm``; offsets are the same in ``text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.document import DocumentPart
from extractors.deadlines import document_year, find_deadlines, plan_period_end
from extractors.numbers import CN_CHARS, Quantity, find_quantities
from extractors.records import Provenance, Target
from extractors.registry import Extractor
from extractors.sentences import split_sentences
from extractors.units import to_base

EXTRACTOR_ID = "targets@1"

# ---------------------------------------------------------------- headings

_HEADING = re.compile(
    r"^\s*(?:(?P<l1>[一二三四五六七八九十]+)、|\((?P<l2>[一二三四五六七八九十]+)\)"
    r"|(?P<l3>\d{1,2})[.、](?!\d)|\((?P<l4>\d{1,2})\)|第(?P<l0>[一二三四五六七八九十]+)[章部分篇])"
)
_LEVELS = {"l0": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4}
_LOOKING_BACK = re.compile(r"回顾|背景|成效|进展情况|成绩|现状|发展基础|现实基础|工作基础|过去|发展环境|形势")
_INITIATIVE_HEADING = re.compile(r"(?:行动|工程|计划|攻坚战|战略|专项行动)$")


@dataclass(frozen=True, slots=True)
class Section:
    level: int
    title: str
    deadline: str = ""
    region: str = ""
    initiative: str = ""
    looking_back: bool = False


@dataclass(frozen=True, slots=True)
class PartContext:
    """What the whole part gives every target: its year, genre and defaults."""

    year: int | None
    genre: str
    deadline: str
    region: str
    initiative: str


# ---------------------------------------------------------------- words

# Comparator words at the end of the text before a number. Anchored at the end,
# the leftmost (= longest) alternative wins: 不超过 over 超过, 提高到 over 提高.
_COMPARATOR_WORDS: dict[str, str] = {
    **dict.fromkeys("提高到 提升到 提高至 提升至 增加到 增加至 增长到 增长至 增至 降低到 降低至 降到 降至 下降到 "
                    "下降至 减少到 减少至 减至 缩小到 缩小至 缩减到 缩减至 压减到 压减至 扩大到 扩大至 放宽到 放宽至 延长到 "
                    "延长至 缩短到 缩短至 压缩到 压缩至 压降到 压降至 提速到 提速至 "
                    "达到 达 为 是 保持在 稳定在 巩固在 维持在 控制在".split(), "="),
    **dict.fromkeys("超过 超 突破 高于 大于 多于 超出".split(), ">"),
    **dict.fromkeys("不低于 不少于 至少 不小于".split(), ">="),
    **dict.fromkeys("不超过 不高于 不大于 不多于".split(), "<="),
    **dict.fromkeys("低于 小于 少于".split(), "<"),
    **dict.fromkeys("约 大约 接近 近".split(), "~"),
    **dict.fromkeys("年均增长 年均提高 年均增加 增长 提高 提升 增加 上升".split(), "increase_by"),
    **dict.fromkeys("年均下降 年均降低 降低 下降 减少 压减 缩减 削减".split(), "decrease_by"),
}
_ADVERBS = "分别|均|全面|稳定|基本|力争|持续|进一步|全部|总体|累计|争取|确保|要|将|再|更|逐步|有望|预计|平均|以"
_COMPARATOR_TAIL = re.compile(
    rf"(?P<word>{'|'.join(sorted(_COMPARATOR_WORDS, key=len, reverse=True))})(?:{_ADVERBS})?$")
_GROWTH_NOUN = re.compile(r"(?:增长率|增速|增幅|复合增长率)$")
_DECLINE_NOUN = re.compile(r"(?:下降率|降幅)$")
_POSTFIX = re.compile(r"(?:及)?(以上|以下|以内|之内|左右|上下)")
_DOUBLING = re.compile(r"翻(一|两|三)?番")

# Verbs that put the indicator after the number: 建成100公里滨江公共空间.
_VERBS = ("建成|新建|建设|培育|打造|创建|新创建|引进|实施|滚动实施|产生|建立|筹集|培养|举办|新增|办好|通达|"
          "开展|推出|认定|遴选|组建|布局|设立|开通|改造|新培育|招引|吸引|攻克|形成|构建|搭建|支持|扶持|培训|"
          "新开|拥有|引育|提供|开工|完成|评选|认证|命名|选树|发放|新改建|改建|新建改建|"
          "增设|新设|实现|推动|带动|引导|吸纳|承办|举行|召开|制定|修订|出台|发布")
_VERB_TAIL = re.compile(rf"(?:{_VERBS})(?:{_ADVERBS})?$")
_VERB_HEAD = re.compile(rf"^(?:(?:累计|成功|力争|共|再|新)?(?:{_VERBS}))+")
_COMPLETION = re.compile(r"^(?:全部|全面|基本)?(?:完成|达标|覆盖|落实|建成|到位|实现)")

_NOISE_HEAD = re.compile(
    r"^(?:.*>|(?:到|至)?\d{4}年(?:底|末)?(?:前|以前)?|今年|全年|明年|同时|其中|并且?|且|使|力争|争取|确保|努力|"
    r"推动|推进|保持|预计|全面|基本|带动|以及|全市|全省|全区|全县|我市|本市|我省|本省|的|要|将|"
    r"[、和及与,]|\s)+")
_NOISE_TAIL = re.compile(rf"(?:{_ADVERBS}|的|\s)+$")

# A clause reporting what has happened, not what should.
_HISTORY_CLAUSE = re.compile(
    r"已经|已有|已达|已建|已累计|已成功|已完成|已实现|已形成|已培育|已为|已超|已突破|"
    r"(?<![为除罢])了(?![解])|同比|比上年|较上年|上年|去年|创历史|历史新高|首次|增长了")
_HISTORY_SENTENCE = re.compile(r"截至|截止|以来|过去一年|过去五年|过去的一年|这些年|近年来|近几年")
_FUTURE_WORDS = re.compile(r"到\d{4}年|力争|确保|目标|争取|预期")
_SUBSIDY = re.compile(r"(?:奖励|补助|补贴|资助|奖补|贴息)(?!覆盖|发放|率|标准|对象)|给予|最高|一次性|扶持资金|罚款")
_CLAUSE_END = re.compile(r"[,;:。!?]")

_STANDALONE_REGIONS = ("主城都市区", "中心城区", "主城新区", "主城区")
_REGION_SUFFIX = re.compile(
    r"(?:都市区|城镇群|科学城核心区|科学城|自由贸易试验区|自贸试验区|自贸区|试验区|示范区|新区|高新区|经开区|"
    r"开发区)")
_REGION_STOP = re.compile(r".*(?:力争|推动|实施|支持|建设|打造|提升|加快|在|的|和|与|及|、|等|是|把|将|推进|深化|整合|促进|"
                          r"融入|服务|依托|围绕|全面|大力|[,;:]|\s)")
_DOC_REGION = re.compile(r"^(.{2,8}?(?:自治区|特别行政区|省|市|自治州|州|盟|县|区))(?:人民政府|政府|委员会|人大|党委|"
                         r"发展和改革|发改委|教育|财政|科学技术|经济和信息化|商务|[^,，]{0,6}(?:局|厅|委|办公室))")
_TEXT_REGION = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:省|市|自治区))人民政府")


# ---------------------------------------------------------------- public API

def extract_targets(part: DocumentPart) -> list[Target]:
    """Every quantified goal in the part, in text order."""
    context = part_context(part)
    sections: list[Section] = []
    targets: list[Target] = []
    norm = part.norm
    position = 0
    for line in norm.split("\n"):
        line_start, position = position, position + len(line) + 1
        if not line.strip():
            continue
        body = line
        heading = _HEADING.match(line)
        if heading:
            sections = _open_section(sections, heading, line, context)
            body = line[heading.end():]
        body_start = line_start + len(line) - len(body)
        for sentence in split_sentences(body):
            start, end = body_start + sentence.start, body_start + sentence.end
            found, sections = _read_sentence(part, context, sections, start, end)
            targets.extend(found)
    return targets


def part_context(part: DocumentPart) -> PartContext:
    meta = part.meta
    year = document_year(meta.date) or document_year(meta.source_date)
    deadline = plan_period_end(meta.title)
    if not deadline and meta.genre == "report" and year is not None:
        deadline = str(year)
    return PartContext(year, meta.genre, deadline, document_region(meta.issuer, meta.title, part.norm[:600]),
                       initiative_of_title(meta.title))


def initiative_of_title(title: str) -> str:
    """The plan a part sets out: 《X》 or 关于印发X的通知 -> X; a plan's own title."""
    quoted = re.search(r"《([^》]+)》", title)
    if quoted:
        return quoted.group(1)
    issued = re.search(r"印发(.+?)的通知", title)
    if issued:
        return issued.group(1)
    return title if re.search(r"(?:方案|规划|计划|纲要)(?:\([^)]*\))?$", title) else ""


def document_region(issuer: str, title: str, head: str) -> str:
    """The region a part's issuer governs: 重庆市人民政府 -> 重庆市; '' for national bodies."""
    for text in (issuer, title):
        match = _DOC_REGION.match(text)
        if match:
            return match.group(1)
    for match in _TEXT_REGION.finditer(head):
        name = re.sub(r"^.*代表", "", match.group(1))
        if len(name) >= 3:  # 我代表市人民政府 names no region
            return name
    return ""


def region_of_clause(text: str) -> str:
    """The last explicit sub-region named in ``text`` (主城都市区, 西部(重庆)科学城核心区 …)."""
    best, best_end = "", -1
    for name in _STANDALONE_REGIONS:
        at = text.rfind(name)
        if at >= 0 and at + len(name) > best_end:
            best, best_end = name, at + len(name)
    for match in _REGION_SUFFIX.finditer(text):
        head = text[max(0, match.start() - 10):match.start()]
        head = _REGION_STOP.sub("", head)
        head = re.sub(r"^[^\u4e00-\u9fff(]+", "", head)
        if len(re.sub(r"[()]", "", head)) >= 2 and match.end() > best_end:
            best, best_end = head + match.group(), match.end()
    return best


# ---------------------------------------------------------------- sections

def _open_section(sections: list[Section], heading: re.Match[str], line: str, context: PartContext) -> list[Section]:
    level = next(_LEVELS[k] for k, v in heading.groupdict().items() if v)
    title = re.split(r"[。;]", line[heading.end():], maxsplit=1)[0].strip()
    outer = [s for s in sections if s.level < level]
    short_title = re.split(r"[,，]", title, maxsplit=1)[0].strip()
    # A looking-back heading is short (规划背景, 2023年工作回顾); 取得新进展 in a long one looks ahead.
    looking_back = bool(_LOOKING_BACK.search(short_title)) and len(short_title) <= 16
    looking_back = looking_back or any(s.looking_back for s in outer) or _is_past_year_title(title, context.year)
    deadlines = find_deadlines(title, context.year)
    section = Section(
        level=level,
        title=title,
        deadline=deadlines[-1].date if deadlines else "",
        region=region_of_clause(short_title),
        initiative=short_title if _INITIATIVE_HEADING.search(short_title) and len(short_title) <= 40 else "",
        looking_back=looking_back,
    )
    if context.genre == "report" and not looking_back and level <= 1:
        # 二、2024年重点任务: this year's tasks are due within the report's year.
        this_year = re.match(r"^(\d{4})年", title)
        if this_year and (context.year is None or int(this_year.group(1)) == context.year):
            section = replace(section, deadline=section.deadline or this_year.group(1))
        elif "今年" in title and context.year is not None:
            section = replace(section, deadline=section.deadline or str(context.year))
    return [*outer, section]


def _is_past_year_title(title: str, year: int | None) -> bool:
    match = re.match(r"^(\d{4})年", title)
    return bool(match and year is not None and int(match.group(1)) < year)


def _inherited(sections: list[Section], field: str) -> str:
    for section in reversed(sections):
        if getattr(section, field):
            return getattr(section, field)
    return ""


def _outermost_initiative(sections: list[Section]) -> str:
    return next((s.initiative for s in sections if s.initiative), "")


# ---------------------------------------------------------------- sentences

@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # offsets into the part
    end: int


def _read_sentence(part: DocumentPart, context: PartContext, sections: list[Section], start: int, end: int
                   ) -> tuple[list[Target], list[Section]]:
    sentence = part.norm[start:end]
    deadlines = find_deadlines(sentence, context.year)
    if deadlines:  # an opener gives its deadline to what follows, until the next heading
        if sections:
            sections = [*sections[:-1], replace(sections[-1], deadline=deadlines[-1].date)]
        else:
            sections = [Section(level=99, title="", deadline=deadlines[-1].date)]
    if sections and sections[-1].looking_back or _looks_back(sentence, context.year):
        return [], sections
    if not re.search(rf"[\d{CN_CHARS}翻]", sentence):
        return [], sections
    quantities = [q for q in _candidates(sentence) if _is_goal_number(sentence, q)]
    if not quantities:
        return [], sections
    # Speeches and news mostly report; only a sentence that says it sets a goal does.
    if context.genre in ("speech", "news") and not _FUTURE_WORDS.search(sentence):
        return [], sections
    if context.genre == "other" and not _FUTURE_WORDS.search(sentence) and not _inherited(sections, "deadline"):
        return [], sections
    clauses = _clauses(sentence)
    targets: list[Target] = []
    previous: list[Target] = []
    for clause in clauses:
        inside = [q for q in quantities if clause.start <= q.start < clause.end]
        if not inside:
            continue
        clause_text = sentence[clause.start:clause.end]
        if _HISTORY_CLAUSE.search(clause_text) or _looks_back(clause_text, context.year):
            continue
        readings = _read_clause(sentence, clause, inside, clauses, previous)
        for reading in readings:
            quantity = _with_people_unit(sentence, reading.quantity)
            if quantity is None:
                continue
            deadline = _deadline_for(quantity, deadlines, sections, context)
            region = _region_for(sentence[:quantity.start], sections, context)
            target = _make_target(part, start, end, Clause(reading.start, reading.end), quantity, reading.indicator,
                                  reading.comparator, reading.qualifier, deadline, region,
                                  _outermost_initiative(sections) or context.initiative)
            targets.append(target)
            previous.append(target)
    return targets, sections


def _with_people_unit(sentence: str, q: Quantity) -> Quantity | None:
    """千万农民: a bare magnitude before people counts people; before anything else it is no unit."""
    if q.unit not in ("万", "亿", "万亿") or q.approx == "番":
        return q
    if _PEOPLE.match(sentence, q.end):
        return replace(q, unit=q.unit + "人")
    return None if q.chinese else q


def _looks_back(sentence: str, year: int | None) -> bool:
    if _HISTORY_SENTENCE.search(sentence):
        return True
    opening = re.match(r"^\s*(?:在|从|自|于)?(\d{4})年(?!底|末|前|以前)", sentence)
    return bool(opening and year is not None and int(opening.group(1)) < year)


def _candidates(sentence: str) -> list[Quantity]:
    found = find_quantities(sentence)
    for match in _DOUBLING.finditer(sentence):
        times = {"": 1, "一": 1, "两": 2, "三": 3}[match.group(1) or ""]
        found.append(Quantity(match.start(), match.end(), 100.0 * (2 ** times - 1), "%", approx="番"))
    return sorted(found, key=lambda q: q.start)


def _is_goal_number(sentence: str, q: Quantity) -> bool:
    """False for numbers that are no goal: years, ordinals, thresholds, names, subsidies."""
    before = sentence[max(0, q.start - 4):q.start]
    after = sentence[q.end:q.end + 6]
    if q.approx == "番":
        return True
    if not q.unit:
        return _unitless_goal(sentence, q)
    if before.endswith(("第", "每")):  # ordinals and rates: 第四期, 每千人口
        return False
    if q.chinese and before.endswith(("前", "数", "几", "上", "成", "逾", "后")):  # 前三, 数十家, 成千上万
        return False
    if re.match(r"[级期批届代号型版类星线层栋楼次轮]", after) and q.unit in ("", "万", "亿", "千"):
        return False
    if q.unit in ("个", "项", "家", "条") and re.match(r"级", after):
        return False
    if q.chinese and re.match(r"[万千百亿]", after):  # 千家万户, 千方百计
        return False
    if re.match(r"(?:及)?(?:以上|以下)(?:的|[\u4e00-\u9fff](?<![,;。、和]))", after) and not re.match(
            r"(?:及)?(?:以上|以下)(?:[,;:。、]|和|$)", after):
        return False
    if _inside_quotes(sentence, q.start):
        return False
    clause = _clause_around(sentence, q.start)
    if _SUBSIDY.search(clause) and (to_base(q.value, q.unit).unit in ("元", "美元", "%") or "按" in clause):
        return False
    if re.search(r"按(?:照)?[^,;]{0,30}$", sentence[:q.start]) and re.match(r"的?(?:比例|标准|给予)", after):
        return False
    if before.endswith(("(",)) and re.match(r"\)", after):
        return False
    return True


def _unitless_goal(sentence: str, q: Quantity) -> bool:
    """A bare number is a goal only right after a comparator: 死亡率小于0.015."""
    if q.value_max is not None or 1900 <= q.value <= 2100 or q.chinese:
        return False
    after = sentence[q.end:q.end + 1]
    if after and re.match(r"[\u4e00-\u9fff\d.\-—]", after):
        return False
    prefix = sentence[:q.start]
    match = _COMPARATOR_TAIL.search(prefix)
    return bool(match and _COMPARATOR_WORDS[match.group("word")] not in ("=",) or re.search(r"(?:小于|低于|不超过|控制在)$", prefix))


def _inside_quotes(sentence: str, at: int) -> bool:
    head = sentence[:at]
    return head.count("“") > head.count("”") or head.count("《") > head.count("》") or (
        head.count('"') % 2 == 1)


def _clause_around(sentence: str, at: int) -> str:
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    right = _CLAUSE_END.search(sentence, at)
    return sentence[left:right.start() if right else len(sentence)]


def _clauses(sentence: str) -> list[Clause]:
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


# ---------------------------------------------------------------- clauses

@dataclass(frozen=True, slots=True)
class Reading:
    quantity: Quantity
    indicator: str
    comparator: str
    qualifier: str
    start: int  # the text the target was read from, offsets into the sentence
    end: int


def _read_clause(sentence: str, clause: Clause, inside: list[Quantity], clauses: list[Clause],
                 previous: list[Target]) -> list[Reading]:
    readings: list[Reading] = []
    cursor = clause.start
    last_comparator = ""
    for group in _value_groups(sentence, inside):
        first, last = group[0], group[-1]
        postfix = _POSTFIX.match(sentence, last.end)
        value_end = postfix.end() if postfix else last.end
        rest_end = _after_end(sentence, value_end, clause.end, inside)
        segment = _segment_start(sentence, cursor, first.start)
        prefix, after = sentence[segment:first.start], sentence[value_end:rest_end]
        cursor = rest_end
        tail = _COMPARATOR_TAIL.search(prefix)
        word = tail.group("word") if tail else ""
        head = prefix[:tail.start()] if tail else prefix
        continuing = segment > clause.start and sentence[segment - 1] in "、和及与" and not _NOISE_HEAD.sub(
            "", head).strip()
        if not word and continuing and last_comparator:
            word = last_comparator
        last_comparator = word
        indicator = _indicator(head, after, word, continuing)
        if indicator is None:
            continue
        if not indicator:
            indicator = _borrowed_indicator(sentence, clause, segment, clauses, previous)
            if not indicator:
                continue
        names = _distribute(indicator, len(group), sentence, Clause(clause.start, segment), clauses)
        text_start = segment if len(group) == 1 else clause.start
        text_end = max(value_end, rest_end if after.strip() and not _COMPLETION.match(after.strip()) else value_end)
        text_end = max(text_end, _completion_end(sentence, value_end, clause.end))
        for quantity, name in zip(group, names):
            comparator, qualifier = _comparator(quantity, word, postfix.group(1) if postfix else "", name)
            readings.append(Reading(quantity, name, comparator, qualifier, text_start, text_end))
    return readings


def _segment_start(sentence: str, cursor: int, number_start: int) -> int:
    """Start of the stretch a number belongs to inside a clause.

    A clause often chains predicates with 、 (…高于全国平均水平、力争达到5万元以上);
    text before a 、 that already holds a comparator or verb is another predicate.
    """
    start = cursor
    while start < number_start and sentence[start] in "、和及与 ":
        start += 1
    text = sentence[start:number_start]
    cut = text.rfind("、")
    while cut > 0:
        before = text[:cut]
        if _PREDICATE.search(before):
            return start + cut + 1
        cut = text.rfind("、", 0, cut)
    return start


_PREDICATE = re.compile(rf"(?:{'|'.join(w for w in _COMPARATOR_WORDS if len(w) > 1)}|实现|形成|领先|前列)")


def _completion_end(sentence: str, start: int, end: int) -> int:
    match = re.compile(r"[^、]{0,12}?(?:全部|全面|基本)?(?:完成|达标|覆盖)").match(sentence, start, end)
    return match.end() if match else start


def _value_groups(sentence: str, inside: list[Quantity]) -> list[list[Quantity]]:
    """Numbers joined only by 、/和/及 share their indicators: 分别达到3925万千瓦、1860亿千瓦时."""
    groups: list[list[Quantity]] = []
    for quantity in inside:
        if groups:
            gap = sentence[groups[-1][-1].end:quantity.start]
            if re.fullmatch(r"(?:以上|左右)?[、和及与]", gap):
                groups[-1].append(quantity)
                continue
        groups.append([quantity])
    return groups


def _after_end(sentence: str, start: int, clause_end: int, inside: list[Quantity]) -> int:
    """Where the noun after a number ends: before the next number's 和/、, or the clause end."""
    next_start = min((q.start for q in inside if q.start >= start), default=clause_end)
    end = min(next_start, clause_end)
    text = sentence[start:end]
    if next_start < clause_end:
        joint = max(text.rfind("和"), text.rfind("、"), text.rfind("及"), text.rfind("与"))
        if joint >= 0:
            end = start + joint
    return end


_PEOPLE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:人员|农民|人口|群众|居民|青年|职工|学生|人才|游客|劳动力|党员|干部)")


def _indicator(head: str, after: str, word: str, continuing: bool) -> str | None:
    """The indicator from the text before (head) and after the number; None = not a goal."""
    raw = _NOISE_TAIL.sub("", _NOISE_HEAD.sub("", head)).strip()
    core = _NOISE_TAIL.sub("", _NOISE_HEAD.sub("", _VERB_HEAD.sub("", raw))).strip()
    region = region_of_clause(core)
    if region and core.startswith(region) and len(core) > len(region):
        core = core[len(region):]
    noun = after.strip()
    if noun.startswith("、"):
        noun = ""
    first, _, rest = noun.partition("、")
    if rest and (_PREDICATE.search(rest) or _VERB_CUT.search(rest)):
        noun = first
    if not noun or _COMPLETION.match(noun) or _POSTFIX.match(noun):
        return core
    noun = re.split(r"(?:全部|全面|基本)?(?:完成|达标|覆盖|落实|到位)", noun, maxsplit=1)[0]
    if noun.startswith("的"):
        return noun[1:] + core
    if not core or continuing or _VERB_TAIL.search(raw) or _VERB_TAIL.search(head.strip()):
        return noun
    if word or raw.endswith("等"):
        return raw + noun if not raw.endswith("等") else noun
    return None  # 城口、巫溪、酉阳、彭水4个国家乡村振兴重点帮扶县: an appositive count


def _borrowed_indicator(sentence: str, clause: Clause, segment: int, clauses: list[Clause],
                        previous: list[Target]) -> str:
    """力争达到5万元以上 / 累计超150项: the indicator is the subject said just before."""
    inside_before = sentence[clause.start:segment].rstrip("、和及与 ")
    earlier = [c for c in clauses if c.end <= clause.start]
    if not inside_before and earlier:
        inside_before = sentence[earlier[-1].start:earlier[-1].end]
        if previous and previous[-1].text and sentence.find(previous[-1].text) >= earlier[-1].start - 1:
            return previous[-1].indicator
    cut = _PREDICATE.search(inside_before) or re.search(r"\d", inside_before)
    subject = _NOISE_HEAD.sub("", inside_before[:cut.start()] if cut else "").strip()
    return subject or (previous[-1].indicator if previous else "")


_HEAD_NOUN = re.compile(r"(?:年|人均|总)?[\u4e00-\u9fff]{0,3}?(?:能力|率|量|额|值|数|规模|比重|占比|收入|总量|产量)$")
_VERB_CUT = re.compile(rf"(?:{_VERBS})")


def _distribute(indicator: str, count: int, sentence: str, before: Clause, clauses: list[Clause]) -> list[str]:
    """One indicator per value of a 分别 list; one shared indicator for a single value.

    ``before`` is the stretch of the clause ahead of the number's own predicate
    (A和B实现“双倍增”、总量分别达到…), where the listed subjects may stand.
    """
    if count == 1:
        return [indicator]
    # 、 first: 和 also sits inside words (和谐示范村).
    for separators in ("、", "[、和及与]"):
        items = [i for i in re.split(separators, indicator) if i]
        if len(items) == count:
            return [*(_complete_item(item, items[-1]) for item in items[:-1]), items[-1]]
    # 高新技术企业和科技型企业实现“双倍增”、总量: the list is the subject, the tail its noun.
    subject, _, tail = indicator.rpartition("、")
    if subject:
        verb = _VERB_CUT.search(subject)
        names = [i for i in re.split(r"[、和及与]", subject[:verb.start()] if verb else subject) if i]
        if len(names) == count:
            return [name + tail for name in names]
    listed = _listed_subjects(sentence, before, clauses)
    if len(listed) == count:
        return [name + indicator for name in listed]
    return [indicator] * count


def _complete_item(item: str, last: str) -> str:
    """第一 + 第三产业增加值 -> 第一产业增加值; 市级 + 区县级和谐示范村 -> 市级和谐示范村."""
    if len(item) >= len(last):
        return item
    if item[0] == last[0] and len(item) <= 3:
        return item + last[len(item):]
    if item[-1] in last[:-1] and item[-1] in "级类型":
        return item + last[last.rfind(item[-1]) + 1:]
    head = _HEAD_NOUN.search(last)
    if head and not _HEAD_NOUN.search(item):
        return item + head.group()
    return item


def _listed_subjects(sentence: str, clause: Clause, clauses: list[Clause]) -> list[str]:
    """A和B实现…、总量分别达到… or A、B实现…,总量分别达到…: the list said just before."""
    text = sentence[clause.start:clause.end]
    if not text.strip():
        earlier = [c for c in clauses if c.end <= clause.start]
        if not earlier:
            return []
        text = sentence[earlier[-1].start:earlier[-1].end]
        if re.search(r"\d", text):
            return []
    cut = _VERB_CUT.search(text)
    subject = _NOISE_HEAD.sub("", text[:cut.start()] if cut else text)
    return [i for i in re.split(r"[、和及与]", subject) if i]


def _comparator(q: Quantity, word: str, postfix: str, indicator: str) -> tuple[str, str]:
    qualifier = "".join(part for part in (word, "…" if word and postfix else "", postfix) if part)
    base = _COMPARATOR_WORDS.get(word, "=")
    if q.approx == "番":
        return "increase_by", sentence_word(q)
    if base in ("increase_by", "decrease_by"):
        return base, qualifier
    if _GROWTH_NOUN.search(indicator) or re.search(r"年均增长|年复合增长", indicator):
        return "increase_by", qualifier or "增长率"
    if _DECLINE_NOUN.search(indicator):
        return "decrease_by", qualifier
    if q.value_max is not None:
        return "range", qualifier
    if postfix in ("以上",):
        return (base if base in (">", ">=") else ">="), qualifier
    if postfix in ("以下", "以内", "之内"):
        return (base if base in ("<", "<=") else "<="), qualifier
    if postfix in ("左右", "上下"):
        return "~", qualifier
    if q.approx and base == "=":
        return ">=", qualifier + q.approx
    return base, qualifier


def sentence_word(q: Quantity) -> str:
    return {100.0: "翻一番", 300.0: "翻两番", 700.0: "翻三番"}.get(q.value, "翻番")


# ---------------------------------------------------------------- assembly

def _deadline_for(q: Quantity, deadlines: list, sections: list[Section], context: PartContext) -> str:
    before = [d for d in deadlines if d.start <= q.start]
    if before:
        return before[-1].date
    return _inherited(sections, "deadline") or context.deadline


def _region_for(text_before: str, sections: list[Section], context: PartContext) -> str:
    return region_of_clause(text_before) or _inherited(sections, "region") or context.region


def _make_target(part: DocumentPart, s_start: int, s_end: int, clause: Clause, q: Quantity, indicator: str,
                 comparator: str, qualifier: str, deadline: str, region: str, initiative: str) -> Target:
    c_start, c_end = s_start + clause.start, s_start + clause.end
    while c_start < c_end and part.text[c_start].isspace():
        c_start += 1
    base = to_base(q.value, q.unit)
    top = to_base(q.value_max, q.unit) if q.value_max is not None else None
    prov = Provenance(
        doc_id=part.doc_id,
        part=part.index,
        char_start=part.start + c_start,
        char_end=part.start + c_end,
        evidence=part.text[s_start:s_end],
        extractor=EXTRACTOR_ID,
        confidence=0.9 if indicator else 0.6,
    )
    return Target(
        indicator=indicator.strip(),
        comparator=comparator,
        value=q.value,
        unit=q.unit,
        value_base=base.value,
        unit_base=base.unit,
        text=part.text[c_start:c_end],
        prov=prov,
        value_max=q.value_max,
        value_max_base=top.value if top else None,
        deadline=deadline,
        region=region,
        initiative=initiative,
        qualifier=qualifier,
    )


TARGETS = Extractor("targets", 1, extract_targets)
