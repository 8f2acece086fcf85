"""Quantified goals (SPEC §3): indicator, comparator, value, unit, deadline, region, initiative.

The part is walked line by line. Numbered headings (一、 (一) 1. (1)) open
sections; a section carries what its opener says until the next heading of the
same or a higher level: a deadline (到2027年), a region (主城都市区), the
initiative (实施…行动) and whether it looks back (工作回顾, 规划背景) rather than
forward. Inside a sentence, every number with a unit is a candidate; filters
drop history, thresholds inside indicators (5级以上, 10万元以上的村), ordinals,
quoted names (“1000+”), subsidy amounts and appositive counts. The clause around
a surviving number gives its indicator and comparator.

Work reports (targets@2): a report's year comes from its date or, when unknown,
from its own headings (2023年工作回顾 -> 2024); unnumbered headings (2024年工作安排),
a paragraph opening this year (今年…主要预期目标是) and a review that runs without a
heading all say which part looks back and which sets this year's targets. Speeches
and news set goals only in sentences that say so (到2020年, 目标, 今后, a period ending
later), and in the sentences of the same paragraph that follow one. A plan title on
its own line inside a notice opens a new document with its own period.

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

EXTRACTOR_ID = "targets@2"

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
_ADVERBS = "分别|均|全面|稳定|基本|力争|持续|继续|进一步|全部|总体|累计|争取|确保|要|将|再|更|逐步|有望|预计|平均|以"
_COMPARATOR_TAIL = re.compile(
    rf"(?P<word>{'|'.join(sorted(_COMPARATOR_WORDS, key=len, reverse=True))})(?:{_ADVERBS})?$")
_GROWTH_NOUN = re.compile(r"(?:增长率|增速|增幅|复合增长率|增长(?:预期)?目标)$")
_GROWTH_BEFORE = re.compile(r"(?:年均)?(?:增长|提高|增加|上升|下降|降低|减少)$")
_DECLINE_NOUN = re.compile(r"(?:下降率|降幅)$")
_POSTFIX = re.compile(r"(?:及)?(以上|以下|以内|之内|左右|上下)")
_DOUBLING = re.compile(r"翻(一|两|三)?番")

# Verbs that put the indicator after the number: 建成100公里滨江公共空间.
_VERBS = ("建成|新建|建设|培育|打造|创建|新创建|引进|实施|滚动实施|产生|建立|筹集|培养|举办|新增|办好|通达|"
          "开展|推出|认定|遴选|组建|布局|设立|开通|改造|新培育|招引|吸引|攻克|形成|构建|搭建|支持|扶持|培训|"
          "新开|拥有|引育|提供|开工|完成|评选|认证|命名|选树|发放|新改建|改建|新建改建|"
          "增设|新设|实现|推动|带动|引导|吸纳|承办|举行|召开|制定|修订|出台|发布|"
          "推进|治理|入驻|新入驻|开辟|新开辟|整合|清理整合|动工|清理|盘活|处置|安装|筹建|解决")
# Words that put people or things after the number without naming the indicator
# themselves (促进12万城镇就业困难人员实现就业, 面向3万名专业技术人才…开展培训,
# 使1亿左右农民工…落户, 还有2000多万…贫困人口, 总计5000万人左右); only ever read
# right before a number, never cut from an indicator's head.
_LEAD_WORDS = "使|让|促进|帮助|面向|还有|总计|合计|共计|签约|新签约"
_VERB_TAIL = re.compile(rf"(?:{_VERBS}|{_LEAD_WORDS})(?:{_ADVERBS})?$")
_VERB_HEAD = re.compile(rf"^(?:(?:累计|成功|力争|共|再|新)?(?:{_VERBS}))+")
_COMPLETION = re.compile(r"^(?:全部|全面|基本)?(?:完成|达标|覆盖|落实|建成|到位|实现)")

_NOISE_HEAD = re.compile(
    r"^(?:.*>|\d{1,2}[.、](?!\d)|“?十[一二三四五六七]五”?(?:时期|期间)|(?:(?:到|至)?\d{4}年)?\d{1,2}月(?:底|末)?(?:前|以前)?|(?:到|至)?\d{4}年(?:底|末)?(?:前|以前)?|今年|全年|明年|今后|同时|其中|并且?|且|使|力争|争取|确保|努力|"
    r"推动|推进|保持|预计|(?:全面|基本)(?=建成|完成|实现|形成|达到|覆盖|消除|普及|具备|满足|恢复|达标)|带动|以及|全市|全省|全区|全县|我市|本市|我省|本省|的|要|将|"
    r"[、和及与,]|\s)+")
_NOISE_TAIL = re.compile(rf"(?:{_ADVERBS}|至少也要|也要|的|\s|比(?:19|20)\d\d年)+$")

# A clause reporting what has happened, not what should.
_HISTORY_CLAUSE = re.compile(
    r"已经|已有|已达|已建|已累计|已成功|已完成|已实现|已形成|已培育|已为|已超|已突破|"
    r"(?<![为除罢])了(?![解])|同比|比上年|较上年|上年|去年|创历史|历史新高|首次|增长了")
_HISTORY_SENTENCE = re.compile(r"截至|截止|以来|过去一年|过去五年|过去的一年|这些年|近年来|近几年")
_STATES_FACT = re.compile(r"^(?:现在|目前|当前|如今|问题是)|已经|已有|截至|截止|今年|前三季度|前\d{1,2}[个]?月|同比|<p>")
_FUTURE_WORDS = re.compile(r"到\d{4}年|力争|确保|目标|争取|预期|今后")
# A plan or policy title standing on its own line inside a part (a notice that issues two documents).
_EMBEDDED_TITLE = re.compile(r"^[^,;:。!?、\s]{4,60}?(?:政策|方案|规划|计划|纲要|意见|办法|措施|细则)"
                             r"(?:\(\d{4}\s*[—\-~至]\s*\d{4}年\))?$")
_SUBSIDY = re.compile(r"(?:奖励|补助|补贴|资助|奖补|贴息)(?!覆盖|发放|率|标准|对象)|给予|最高|一次性|扶持资金|罚款")
_CLAUSE_END = re.compile(r"[,;:。!?]")
_CLASS_OF_ENTITY = re.compile(r"(?:及)?(?:以上|以下|级)?(?:[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程)|\d)")

_REPORT_MARKS = re.compile(r"^\s*各位代表|向大会报告(?:政府)?工作|政府工作报告")
_PLAN_TARGETS = re.compile(r"(?:今年|\d{4}年)[^。\n]{0,20}主要预期目标")
_REVIEW_YEAR = re.compile(r"(\d{4})\s*年(?:政府)?工作回顾")
_PLAN_YEAR = re.compile(r"(\d{4})\s*年(?:政府)?(?:工作安排|重点工作|主要工作|工作任务|主要任务|主要目标|目标任务|工作建议|"
                        r"[^。,;\n]{0,12}主要预期目标)|(?<![\d年])(\d{4})年\d{1,2}月\d{1,2}日在[^。\n]{0,30}人民代表大会"
                        r"|^[^。,;\n]{0,12}?(\d{4})年(?:是|[^。,;:\n]{0,20}$)", re.M)
# A work report's own unnumbered headings: 2023年工作回顾, 2024年工作安排, 全力实现2024年高质量发展的奋斗目标.
_BARE_HEADING = re.compile(r"^[^,;:。!?、“”\d—]{0,20}(?:\d{4}\s*年)?[^,;:。!?、“”\d—]{0,20}$")
# A paragraph that turns a report from last year to this year: 做好今年政府工作的总体要求是…
_THIS_YEAR_OPENER = re.compile(r"^(?:[^。]{0,12}(?:今年|(\d{4})年)[^。]{0,24}(?:总体要求|预期目标|主要目标|工作安排|重点工作)"
                               r"|(\d{4})年是)")
_REVIEW_SIGNAL = re.compile(r"过去一年|过去的一年|一年来|回顾|\d{4}年")
# Headings run inline in reports saved as one line: …提出意见。 一、2023年工作回顾 2023 年是…
_INLINE_HEADING = re.compile(r"(?<=[。!?;\s])\s*(?=[一二三四五六七八九十]{1,2}、[^。!?;,\s]{2,30}\s|"
                             r"\d{4}\s*年(?:政府)?工作(?:回顾|安排))")
_INLINE_TITLE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}、[^。!?;,\s]{2,30}(?=\s)|\d{4}\s*年(?:政府)?工作(?:回顾|安排)(?:建议)?)")
_LONG_LINE = 8000  # longer than any paragraph: a whole report saved as one line

_STANDALONE_REGIONS = ("主城都市区", "中心城区", "主城新区", "主城区")
_REGION_SUFFIX = re.compile(
    r"(?:都市区|城镇群|科学城核心区|科学城|自由贸易试验区|自贸试验区|自贸区|试验区|示范区|新区|高新区|经开区|"
    r"开发区)")
_THEMATIC_ZONE = re.compile(r"产业|服务|集聚|综合|改革|创新|发展|经济|转化|转移|中医药|文化|旅游|生态|示范|先行|试点|"
                            r"融合|数字|金融|科技|智能|制造|物流|消费|开放|建设|农业|现代化")
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
    lines = _lines(norm)
    if context.genre == "report" and _review_first(lines, context):
        sections = [Section(level=0, title="", looking_back=True)]
    for line_start, line in lines:
        if not line.strip():
            continue
        body = line
        heading = _HEADING.match(line)
        if heading:
            sections = _open_section(sections, heading, line, context)
            body = line[heading.end():]
        elif context.genre == "report" and _BARE_HEADING.match(line.strip()):
            sections = _bare_section(sections, line.strip(), context)
            continue
        elif context.genre == "report" and any(s.looking_back for s in sections) and _opens_this_year(line, context):
            # 马鞍山: 一、2023年工作回顾 runs on until 做好今年政府工作的总体要求是…
            sections = [Section(level=1, title="", deadline=str(context.year) if context.year else "")]
        elif line_start and _EMBEDDED_TITLE.match(line.strip()):
            # 支持…若干政策 / …行动计划（2021-2023年） inside one notice: a new document
            # starts, with its own period (or none) and nothing inherited from the last.
            title = line.strip()
            context = replace(context, deadline=plan_period_end(title), initiative=title)
            sections = []
            continue
        body_start = line_start + len(line) - len(body)
        says_goal = False  # within a paragraph, a goal sentence carries the next ones
        for sentence in split_sentences(body):
            start, end = body_start + sentence.start, body_start + sentence.end
            text = norm[start:end]
            if _says_goal(text, context.year):
                says_goal = True
            elif _STATES_FACT.search(text):  # 现在…已经接近55%: the paragraph turns to the present
                says_goal = False
            found, sections = _read_sentence(part, context, sections, start, end, says_goal)
            targets.extend(found)
    return targets


def _lines(norm: str) -> list[tuple[int, str]]:
    """(offset, line) pairs; a report saved as one long line is cut before its inline headings."""
    pairs: list[tuple[int, str]] = []
    position = 0
    for line in norm.split("\n"):
        start, position = position, position + len(line) + 1
        if len(line) <= _LONG_LINE:
            pairs.append((start, line))
            continue
        cuts = [0, *(m.start() for m in _INLINE_HEADING.finditer(line)), len(line)]
        for left, right in zip(cuts, cuts[1:]):
            piece = line[left:right]
            heading = _INLINE_TITLE.match(piece)
            if heading:  # the heading on its own, its paragraph after it
                pairs.append((start + left, piece[:heading.end()]))
                left += heading.end()
            pairs.append((start + left, line[left:right]))
    return pairs


def _bare_section(sections: list[Section], title: str, context: PartContext) -> list[Section]:
    """An unnumbered report heading: 2023年工作回顾 looks back; 2024年工作安排 is due this year.

    One that says neither (政 府 工 作 报 告, 全面加强政府自身建设) changes nothing.
    """
    years = [int(y) for y in re.findall(r"(\d{4})\s*年", title)]
    looking_back = bool(_LOOKING_BACK.search(title)) or any(context.year and y < context.year for y in years)
    this_year = "今年" in title or any(y == context.year for y in years)
    if not looking_back and not this_year:
        return sections
    deadline = str(context.year) if this_year and context.year and not looking_back else ""
    return [Section(level=0, title=title, deadline=deadline, looking_back=looking_back)]


def _opens_this_year(line: str, context: PartContext) -> bool:
    match = _THIS_YEAR_OPENER.search(line.strip())
    year = match and (match.group(1) or match.group(2))
    if match and match.group(2) and context.year is None:
        return False  # 2024年是… says this year only when the report's year is known
    return bool(match and (not year or context.year is None or int(year) == context.year))


def _review_first(lines: list[tuple[int, str]], context: PartContext) -> bool:
    """A work report that reviews last year before this year's plan, without a heading saying so.

    True when a later paragraph opens this year (2024年是…, 今年…预期目标是) and the
    text before it speaks of the past year.
    """
    seen_past = False
    for _, line in lines:
        heading = _HEADING.match(line) or (_BARE_HEADING.match(line.strip()) and line.strip())
        if heading and _LOOKING_BACK.search(line[:24]):
            return False  # a review heading says where the review is; it is read when it comes
        years = [int(y) for y in re.findall(r"(\d{4})\s*年", line[:24])] if heading else []
        if heading and ("今年" in line[:24] or context.year in years):
            return seen_past  # 二、2024年工作安排 after a review that had no heading
        if _opens_this_year(line, context):
            return seen_past
        seen_past = seen_past or bool(_REVIEW_SIGNAL.search(line))
    return False


def _says_goal(sentence: str, year: int | None) -> bool:
    """到2020年 / 力争 / 目标 / 今后 / a period ending after the document's year."""
    if _FUTURE_WORDS.search(sentence):
        return True
    return year is not None and any(int(d.date[:4]) > year for d in find_deadlines(sentence, year))


def part_context(part: DocumentPart) -> PartContext:
    meta = part.meta
    genre = meta.genre
    if genre == "other" and (_REPORT_MARKS.search(part.norm[:1000]) or _REVIEW_YEAR.search(part.norm[:1000])
                             or _PLAN_TARGETS.search(part.norm)):
        genre = "report"  # 各位代表：现在，我代表市人民政府向大会报告工作
    year = document_year(meta.date) or document_year(meta.source_date)
    if year is None and genre == "report":
        year = report_year(part.norm)
    deadline = plan_period_end(meta.title)
    if not deadline and genre == "report" and year is not None:
        deadline = str(year)
    return PartContext(year, genre, deadline, document_region(meta.issuer, meta.title, part.norm[:600]),
                       initiative_of_title(meta.title))


def report_year(text: str) -> int | None:
    """The year a work report plans for, read from its own words when its date is unknown.

    2023年工作回顾 -> 2024; 2024年工作安排 / 2024年主要预期目标 -> 2024;
    ——2024年1月13日在…人民代表大会 -> 2024. The latest such year wins.
    """
    years = [int(m.group(1)) + 1 for m in _REVIEW_YEAR.finditer(text)]
    years += [int(m.group(1) or m.group(2) or m.group(3)) for m in _PLAN_YEAR.finditer(text)]
    return max(years) if years else None


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
        if _THEMATIC_ZONE.search(head):
            continue  # 国家中医药综合改革示范区, 生产性服务业集聚示范区: a programme, not a place
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
        this_year = re.search(r"(\d{4})\s*年", short_title)
        if this_year and (context.year is None or int(this_year.group(1)) == context.year):
            section = replace(section, deadline=section.deadline or this_year.group(1))
        elif "今年" in title and context.year is not None:
            section = replace(section, deadline=section.deadline or str(context.year))
    return [*outer, section]


def _is_past_year_title(title: str, year: int | None) -> bool:
    match = re.match(r"^(?:关于)?(\d{4})\s*年", title)
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


def _read_sentence(part: DocumentPart, context: PartContext, sections: list[Section], start: int, end: int,
                   says_goal: bool) -> tuple[list[Target], list[Section]]:
    sentence = part.norm[start:end]
    deadlines = find_deadlines(sentence, context.year)
    looks_back = _looks_back(sentence, context.year)
    prior = _inherited(sections, "deadline") or context.deadline  # what this sentence inherits
    if context.year is not None:  # 2014年末全国还有…: a date before the document is no deadline to inherit
        deadlines = [d for d in deadlines if int(d.date[:4]) >= context.year]
    if deadlines and not looks_back:  # an opener gives its deadline to what follows, until the next heading
        if sections:
            sections = [*sections[:-1], replace(sections[-1], deadline=deadlines[-1].date)]
        else:
            sections = [Section(level=99, title="", deadline=deadlines[-1].date)]
    if sections and sections[-1].looking_back or looks_back:
        return [], sections
    if not re.search(rf"[\d{CN_CHARS}翻]", sentence):
        return [], sections
    quantities = [q for q in _candidates(sentence) if _is_goal_number(sentence, q)]
    if not quantities:
        return [], sections
    # Speeches and news mostly report; only a sentence that says it sets a goal does.
    if context.genre in ("speech", "news") and not says_goal:
        return [], sections
    if context.genre == "other" and not says_goal and not _inherited(sections, "deadline"):
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
            deadline = _deadline_for(quantity, deadlines, prior, sentence)
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
    opening = re.match(r"^\s*(?:在|从|自|于|按|按照)?(\d{4})年(?!底|末|前|以前)", sentence)
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
    if q.unit.endswith("项") and after.startswith("目"):  # 百亿项目: 项 is half of 项目
        return False
    if to_base(q.value, q.unit).unit == "元" and _CLASS_OF_ENTITY.match(sentence, q.end):
        # 10亿元以上项目不少于10个, 投资超5亿元工业项目新开工220个, 过五十亿元2家: a size class.
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
    if re.search(r"按(?:照)?[^,;]{0,30}$", sentence[:q.start]) and re.match(r",?的?(?:比例|标准|给予)", after):
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
        if "(" in after and any(value_end + after.index("(") < q.start <= rest_end for q in inside):
            # 示范村100个(精品村20个): the bracket opens the next number's own phrase.
            rest_end = value_end + after.index("(")
            after = after[:after.index("(")]
        if _COMPARATOR_TAIL.search(after) and any(q.start == rest_end for q in inside):
            # 200个重点项目投资继续超千亿元: the count belongs to the subject of the next number.
            continue
        cursor = rest_end
        tail = _COMPARATOR_TAIL.search(prefix.rstrip())
        if tail and tail.group("word") == "约" and re.search(r"[签制节预合公条特契邀]$", prefix[:tail.start()]):
            tail = None  # 签约2—3所高校: 约 is half of a verb, not "about"
        word = tail.group("word") if tail else ""
        head = prefix[:tail.start()] if tail else prefix
        growth = _GROWTH_BEFORE.search(head.rstrip()) if word and all(
            q.unit in ("%", "个百分点") for q in group) else None
        if growth and _COMPARATOR_WORDS[word] not in ("increase_by", "decrease_by"):
            # 旅游收入增长超过10%, 到位资金增长不低于20%: a growth rate with a bound.
            head, word = head.rstrip()[:growth.start()], growth.group() + "…" + word
        continuing = segment > clause.start and sentence[segment - 1] in "、和及与" and not _NOISE_HEAD.sub(
            "", head).strip()
        if not word and continuing and last_comparator:
            word = last_comparator
        last_comparator = word
        indicator = _indicator(head, after, word, continuing)
        if not prefix and readings and sentence[readings[-1].quantity.end:first.start] == "":
            # 老旧小区86个70.29万平方米: a number right after another measures the same thing.
            indicator = readings[-1].indicator
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
        # 、 first: 和/及/与 also sit inside words (自来水普及率, 和谐示范村).
        joint = text.rfind("、")
        if joint < 0:
            joint = max(text.rfind("和"), text.rfind("及"), text.rfind("与"))
        if joint >= 0:
            end = start + joint
    return end


# People after a bare magnitude: 12万城镇就业困难人员, 1亿左右农民工, 2000多万…的贫困人口.
_PEOPLE = re.compile(r"(?:左右|多|余)?[\u4e00-\u9fff]{0,16}?(?:人员|农民|人口|群众|居民|青年|职工|学生|人才|游客|"
                     r"劳动力|党员|干部)")
# What a goal sentence says about its number after the noun: …脱贫目标是可以实现的, …的任务是可以完成的.
_GOAL_TALK = re.compile(r"(?:的)?(?:目标|任务)(?:是|$)|是(?:可以|能够|可能)|可以|能够")
# 接续实施12类161件民生实事: a class count between the verb and the number.
_CLASS_COUNT = re.compile(r"[\d.]+(?:大类|类|种)$")


def _indicator(head: str, after: str, word: str, continuing: bool) -> str | None:
    """The indicator from the text before (head) and after the number; None = not a goal."""
    raw = _NOISE_TAIL.sub("", _NOISE_HEAD.sub("", head)).strip()
    core = _NOISE_TAIL.sub("", _NOISE_HEAD.sub("", _VERB_HEAD.sub("", raw))).strip()
    if len(core) == 1 < len(raw):
        core = raw  # 入驻率: the "verb" was the indicator's own first word
    region = region_of_clause(core)
    if region and core.startswith(region) and len(core) > len(region):
        core = core[len(region):]
    noun = after.strip()
    if noun.startswith("、"):
        noun = ""
    first, _, rest = noun.partition("、")
    if rest and (_PREDICATE.search(rest) or _VERB_CUT.search(rest)):
        noun = first
    noun = _GOAL_TALK.split(noun, maxsplit=1)[0].rstrip("的")
    noun = re.split(r"\((?=[^)]*\d)", noun, maxsplit=1)[0].strip(")")  # 示范村100个(精品村20个): another count
    if core.startswith("(") and ")" not in core:
        core = core[1:]
    if not noun or _COMPLETION.match(noun) or _POSTFIX.match(noun):
        return core
    noun = re.split(r"(?:全部|全面|基本)?(?:完成|达标|覆盖|落实|到位)", noun, maxsplit=1)[0]
    if re.match(r"的?(?:目标|任务)", noun):
        return None  # 实现4%的目标仍然不容易: a goal stated elsewhere, talked about
    if noun.startswith("的"):
        return noun[1:] + core
    verb_end = _CLASS_COUNT.sub("", raw)
    if not core or continuing or _VERB_TAIL.search(verb_end) or _VERB_TAIL.search(head.strip()):
        return noun
    if word or raw.endswith("等"):
        return raw + noun if not raw.endswith("等") else noun
    lead = head.strip()[:-len(core)] if head.strip().endswith(core) else ""
    if _VERB_CUT.search(lead) and "、" not in core and not re.search(r"\d", core):
        # 推进光谷科创大走廊鄂州功能区10个重点项目建设: a verb, a place, then the count.
        return core + noun
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
            head = _shared_head(items)
            return [*(_complete_item(item, items[-1], head) for item in items[:-1]), items[-1]]
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


def _shared_head(items: list[str]) -> str:
    """The noun the last item lends the others: 煤炭、成品油年供应能力 -> 年供应能力.

    Of the suffixes of the last item that are a head noun, the one whose remaining
    name is as long as the other names: 吉利商用车、能投化学、三环电子产值 -> 产值.
    """
    last, others = items[-1], items[:-1]
    mean = sum(len(i) for i in others) / len(others)
    heads = [last[k:] for k in range(1, len(last) - 1) if _HEAD_NOUN.fullmatch(last[k:])]
    return min(heads, key=lambda h: (abs(len(last) - len(h) - mean), -len(h)), default="")


def _complete_item(item: str, last: str, head: str = "") -> str:
    """第一 + 第三产业增加值 -> 第一产业增加值; 市级 + 区县级和谐示范村 -> 市级和谐示范村."""
    if len(item) >= len(last):
        return item
    if item[0] == last[0] and len(item) <= 3:
        return item + last[len(item):]
    if len(item) == 1 and item in CN_CHARS and last[0] in CN_CHARS:  # 一、二、三产 -> 一产
        return item + last[1:]
    if item[-1] in last[:-1] and item[-1] in "级类型":
        return item + last[last.rfind(item[-1]) + 1:]
    if head and not _HEAD_NOUN.search(item):
        return item + head
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
    grown = re.match(r"(?:年均)?(增长|提高|增加|上升|下降|降低|减少)…", word)
    if grown:  # 增长…超过: increase_by, the bound stays in the qualifier
        return ("decrease_by" if grown.group(1) in ("下降", "降低", "减少") else "increase_by"), qualifier
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

def _deadline_for(q: Quantity, deadlines: list, prior: str, sentence: str) -> str:
    before = [d for d in deadlines if d.start <= q.start]
    if before:
        return before[-1].date
    after = [d for d in deadlines if d.start >= q.end and not _CLAUSE_END.search(sentence, q.end, d.start)]
    if after:  # 完成100个充电站建设（2024年12月底前）: a time limit written after the task
        return after[0].date
    return prior


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


TARGETS = Extractor("targets", 2, extract_targets)
