"""Reading a part's metadata (SPEC §1) from the lines at its head and its signature.

Patterns match lines of the text normalised by ``corpus.normalize.normalize``
(half width, simplified; it keeps the length, so offsets stay valid); the
values returned (titles, issuers, sources) are cut from the original text.
Regexes only: this runs on every file of a corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.document import PartMeta
from corpus.normalize import normalize

# How far into a part we look for its title, 文号 and source line.
HEAD_LINES = 25

_HAN = "\u4e00-\u9fff"
_DATE_YMD = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_DATE_DASH = r"(?P<y2>(?:19|20)\d{2})\s*[-./]\s*(?P<m2>\d{1,2})\s*[-./]\s*(?P<d2>\d{1,2})"
_DATE_HAN = r"(?P<y3>[〇○零一二三四五六七八九]{4})年(?P<m3>[一二三四五六七八九十]{1,2})月(?P<d3>[一二三四五六七八九十]{1,3})日"
DATE_RE = re.compile(f"{_DATE_YMD}|{_DATE_DASH}|{_DATE_HAN}")
_DATE_ONLY_RE = re.compile(rf"^[(\[]?\s*(?:{_DATE_YMD}|{_DATE_DASH}|{_DATE_HAN})\s*[)\]]?$")
_COMPACT_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
# 文号: issuer code, year in 〔〕 [] () 【】, serial number, 号 — 渝府发〔2023〕8号.
DOC_NUMBER_RE = re.compile(
    rf"[{_HAN}]{{1,12}}\s*[〔\[(【［]\s*(?:19|20)\d{{2}}\s*[〕\])】］]\s*第?\s*\d{{1,4}}\s*号"
)
# A heading of an attachment: the whole line is 附件, 附件1, 附件 ２：, 附件三.
ATTACHMENT_HEADING_RE = re.compile(r"^附\s*件\s*(?:(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})\s*:?)?$")
# 来源 lines: （来源：求是网 2023-3-31）, 发表时间：2015-11-03　来源：新华社.
SOURCE_LINE_RE = re.compile(r"^[(\[【]?\s*(?:来\s*源|发表时间|发布时间|发布日期)\s*:")
# The source name runs to its date, the closing bracket, a wide gap or the end.
_SOURCE_RE = re.compile(
    rf"来\s*源\s*:\s*(?P<src>[^()\[\]]*?)\s*(?:{_DATE_DASH}|{_DATE_YMD})?"
    r"\s*(?:[)\]】]|$|\s{2,}|发表时间|发布时间)"
)
_SOURCE_DATE_RE = re.compile(rf"(?:发表时间|发布时间|发布日期)\s*:\s*(?:{_DATE_DASH}|{_DATE_YMD})")
# 新华社北京4月4日电 — the agency and the month/day of a news report.
DATELINE_RE = re.compile(
    rf"(?P<agency>新华社|中新社)(?:记者)?[{_HAN}]{{0,8}}?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日电"
)
_BODY_END = "。！？；"
_ORG_SUFFIX = (
    "中央|国务院|政府|办公厅|办公室|委员会|部门|部|委|局|厅|院|署|会|办|党委|党组|工部|总局|银行|"
    "集团|公司|学校|大学|学院|中心|社|处|科|室|所|团|队|军|府"
)
_ORG_END_RE = re.compile(f"(?:{_ORG_SUFFIX})$")
_TITLE_ORG_RE = re.compile(rf"^(?P<org>[{_HAN}、\s]{{2,40}}?(?:{_ORG_SUFFIX}))关于")
_SPEAKER_PREFIX_RE = re.compile(rf"^(?P<name>[{_HAN}]{{2,4}})\s*:\s*(?P<rest>\S.*)$")
_NAME_LINE_RE = re.compile(rf"^[{_HAN}](?:\s*[{_HAN}]){{1,3}}$")
_LEADER_LINE_RE = re.compile(rf"(?:市|州|省|县|区|盟)长\s+(?P<name>[{_HAN}](?:\s*[{_HAN}]){{1,3}})$")
# 我代表北京市人民政府 names the issuer; 我代表市人民政府 does not.
_DELEGATE_RE = re.compile(rf"我代表(?P<org>国务院|[{_HAN}]{{2,12}}?(?:人民政府|行政公署))")
_SPACED_HAN_RE = re.compile(rf"^(?:[{_HAN}]\s+)+[{_HAN}]$")
# （2024年1月29日在杭州市第十四届人民代表大会第四次会议上）: an occasion, not a title.
_PARENTHESISED_RE = re.compile(r"^\(.*\)$")
_PERIOD_LINE_RE = re.compile(r"^\(\s*(?:19|20)\d{2}\s*[-—–－~至]+\s*(?:19|20)\d{2}\s*年?\s*\)$")
_DATED_OCCASION_RE = re.compile(rf"^[(\[]\s*(?:{_DATE_YMD})")
# Export headers, links, rules and web bylines (责任编辑：…) are never titles.
_META_LINE_RE = re.compile(
    r"法宝引证码|原文链接|https?://|^-{3,}$|^\[.*\]\(.*\)$|^[*_=]{3,}$"
    r"|^(?:责任编辑|编辑|作者|记者|审核|审校|校对|摄影|通讯员|字号|打印|分享)\s*:"
)
# The word a title ends with says what kind of document it is.
_GENRE_BY_END = (
    ("speech", re.compile(r"(?:讲话|说明|致辞|发言|演讲|贺词|讲稿|答记者问)$")),
    ("report", re.compile(r"(?:工作报告|报告)$")),
    ("plan", re.compile(r"(?:方案|规划|计划|意见|措施|纲要|要点|办法|政策|行动|建议)$")),
    ("notice", re.compile(r"(?:通知|通报|公告|通告|批复|复函|函|决定)$")),
)
_ISSUING_NOTICE_RE = re.compile(r"关于(?:印发|转发|颁发|发布)(?P<inner>.+?)的通知$")
_TITLE_CUE_RE = re.compile(
    r"关于|通知|通报|意见|方案|规划|计划|讲话|说明|致辞|报告|决定|办法|措施|纲要|公告|通告|批复"
)
_NEWS_CUE_RE = re.compile(r"新闻联播|(?:新华社|中新社)\S{0,12}?\d{1,2}月\d{1,2}日电")
_REPORT_CUE_RE = re.compile(r"报告政府工作|向大会报告(?:政府)?工作|作(?:政府)?工作报告")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text: where it starts, its original and its normalised, stripped form."""

    start: int   # offset of the line's first character in the text it came from
    raw: str     # original characters, without the line break
    key: str     # normalize(raw).strip(): what the patterns look at
    text: str    # the original characters under key: key[i] is normalize(text[i])

    @property
    def end(self) -> int:
        return self.start + len(self.raw)


def text_lines(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets (line breaks are LF)."""
    lines, start = [], 0
    for raw, norm in zip(text.split("\n"), normalize(text).split("\n")):
        key = norm.strip()
        lead = len(norm) - len(norm.lstrip())
        lines.append(Line(start, raw, key, raw[lead: lead + len(key)]))
        start += len(raw) + 1
    return lines


def is_body_line(key: str) -> bool:
    """A running-text line: has a sentence end or is too long for a heading."""
    return len(key) > 100 or any(ch in key for ch in _BODY_END)


def is_date_line(key: str) -> bool:
    return bool(_DATE_ONLY_RE.match(key))


def is_source_line(key: str) -> bool:
    return len(key) < 100 and bool(SOURCE_LINE_RE.match(key))


def attachment_label(key: str) -> str | None:
    """'附件1' for an attachment heading line (附件 ２：→ 附件2, 附件三 → 附件3), else None."""
    match = ATTACHMENT_HEADING_RE.match(key)
    if not match:
        return None
    num = match.group("num")
    if not num:
        return "附件"
    return f"附件{num if num.isdigit() else _han_number(num)}"


def _han_number(numeral: str) -> int:
    """一 … 九十九 as an int (only what attachment numbers and dates need)."""
    if "十" not in numeral:
        return int("".join(str(_CN_DIGITS[ch]) for ch in numeral))
    tens, _, units = numeral.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def iso_date(year: int | str, month: int | str, day: int | str) -> str:
    """'2023-03-31', or '' when month or day are out of range."""
    y, m, d = int(year), int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def _date_from_match(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("y"):
        return iso_date(groups["y"], groups["m"], groups["d"])
    if groups.get("y2"):
        return iso_date(groups["y2"], groups["m2"], groups["d2"])
    if groups.get("y3"):
        year = "".join(str(_CN_DIGITS[ch]) for ch in groups["y3"])
        return iso_date(year, _han_number(groups["m3"]), _han_number(groups["d3"]))
    return ""


def parse_date(key: str) -> str:
    """The first date in a (normalised) string as ISO, or ''."""
    match = DATE_RE.search(key)
    return _date_from_match(match) if match else ""


def parse_source(line: str) -> tuple[str, str]:
    """(source, ISO date) from a 来源 line; ('', '') when it is none. The source is as written."""
    key = normalize(line)
    if not is_source_line(key.strip()):
        return "", ""
    source, date = "", ""
    match = _SOURCE_RE.search(key)
    if match:
        source = re.sub(r"\s+", " ", line[match.start("src"): match.end("src")]).strip()
        date = _date_from_match(match)
    if not date:
        dated = _SOURCE_DATE_RE.search(key)
        date = _date_from_match(dated) if dated else ""
    return source, date


def _original(line: Line) -> str:
    """The line's original characters, trimmed, inner runs of spaces as one."""
    return re.sub(r"\s+", " ", line.text)


def is_title_line(key: str) -> bool:
    return bool(key) and not (
        is_body_line(key) or is_date_line(key) or is_source_line(key)
        or key.endswith(":") or attachment_label(key) is not None
        or _META_LINE_RE.search(key) or DOC_NUMBER_RE.fullmatch(key.strip("()[]【】 "))
        or _LEADER_LINE_RE.search(key) or _PARENTHESISED_RE.match(key)
    )


def ends_with_type_word(title: str) -> bool:
    """A title that already ends with its document-type word needs no next line."""
    return any(pattern.search(_strip_period(title)) for _, pattern in _GENRE_BY_END)


def _strip_period(title: str) -> str:
    """Drop a trailing （2023—2027年） and closing 》 so the type word is last."""
    folded = normalize(title).strip()
    folded = re.sub(r"\s*\([^()]*\)\s*$", "", folded)
    return folded.rstrip("》 ")


def _title_blocks(head: list[Line]) -> list[list[Line]]:
    """Runs of heading lines that read as one (wrapped) title."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in head:
        if current and _PERIOD_LINE_RE.match(line.key):
            blocks.append(current + [line])  # 行动方案 / （2023—2027年）
            current = []
        elif not is_title_line(line.key):
            if current:
                blocks.append(current)
            current = []
        elif current and ends_with_type_word(_join(current)):
            blocks.append(current)  # a complete title: the next line starts another
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _join(block: list[Line]) -> str:
    """Join a wrapped title: a space where the original line ended with one."""
    pieces: list[str] = []
    for line in block:
        piece = _original(line).lstrip("#").strip()
        if _SPACED_HAN_RE.match(normalize(piece)):
            piece = re.sub(r"\s+", "", piece)  # 政 府 工 作 报 告
        pieces.append(piece)
        if line.raw != line.raw.rstrip():
            pieces.append(" ")
    return "".join(pieces).strip()


def _head(lines: list[Line]) -> list[Line]:
    """The lines before the running text starts, at most HEAD_LINES non-blank ones."""
    head: list[Line] = []
    for line in lines:
        if (is_body_line(line.key) or (line.key.endswith(":") and attachment_label(line.key) is None)
                or len([h for h in head if h.key]) >= HEAD_LINES):
            break  # running text or the salutation (各位代表：) ends the head
        head.append(line)
    return head


def _pick_title(head: list[Line], label: str) -> tuple[str, list[Line]]:
    """The first title block that names a document type, else the first block.

    A block naming no document type (a news headline) is taken only where a title
    is expected: under an attachment heading, as a Markdown heading, or above a
    来源 line; otherwise it is likely a section heading (2023年工作回顾) or a
    fragment of a file that lost its first lines.
    """
    blocks = _title_blocks(head)
    for block in blocks:
        if _TITLE_CUE_RE.search(_join(block)):
            return _join(block), block
    expected = label or any(is_source_line(line.key) for line in head)
    if blocks and (expected or blocks[0][0].key.startswith("#")):
        return _join(blocks[0]), blocks[0]
    return "", []


def classify_genre(title: str, text: str) -> str:
    """notice / speech / news / plan / report / other, from the title's last word, then cues.

    A 关于印发《X》的通知 takes the genre of X: its bulk is X.
    """
    issued = _ISSUING_NOTICE_RE.search(normalize(title))
    if issued:
        inner = classify_by_end(issued.group("inner"))
        if inner != "other":
            return inner
    by_end = classify_by_end(title)
    if by_end != "other":
        return by_end
    opening = normalize(title + "\n" + text[:3000])
    if _NEWS_CUE_RE.search(opening):
        return "news"
    if _REPORT_CUE_RE.search(opening) or "政府工作报告" in opening[:300]:
        return "report"
    return "other"


def classify_by_end(title: str) -> str:
    """The genre named by the word a title ends with, or 'other'."""
    folded = normalize(title).strip()
    if folded.startswith("《") and folded.endswith("》"):  # the whole title is a book title
        folded = folded[1:-1]
    # A 《book title》 inside a title names another document: its words are not the type word.
    tail = _strip_period(re.sub(r"《[^《》]*》", "《》", folded))
    for genre, pattern in _GENRE_BY_END:
        if pattern.search(tail):
            if genre == "report" and "政府工作" not in tail and not tail.endswith("工作报告"):
                return "other"
            return genre
    return "other"


def _find_doc_number(head: list[Line]) -> str:
    """A 文号 standing on its own line (or closing the title line) in the head."""
    for line in head:
        match = DOC_NUMBER_RE.search(line.key)
        if not match:
            continue
        rest = (line.key[: match.start()] + line.key[match.end():]).strip(" ()[]【】")
        if not rest or _TITLE_CUE_RE.search(line.key[: match.start()]):
            return re.sub(r"\s+", "", line.text[match.start(): match.end()])
    return ""


def _signature(lines: list[Line], title_starts: set[int]) -> tuple[str, str]:
    """(issuer, date) of the first bare date line, with the short line above it as issuer."""
    for index, line in enumerate(lines):
        if not is_date_line(line.key) or line.key.startswith(("(", "[")):
            continue
        above = next((lines[j] for j in range(index - 1, max(index - 4, -1), -1) if lines[j].key), None)
        signs = (
            above is not None and above.start not in title_starts and len(above.key) <= 30
            and not is_body_line(above.key) and not above.key.endswith(":")
            and not is_date_line(above.key)
        )
        return (re.sub(r"\s+", "", _original(above)) if signs and above else ""), parse_date(line.key)
    return "", ""


def _split_speaker(title: str) -> tuple[str, str]:
    """(speaker, title) from 习近平：在…上的讲话; ('', title) when there is no speaker prefix."""
    match = _SPEAKER_PREFIX_RE.match(normalize(title))
    if not match or _TITLE_CUE_RE.search(match.group("name")):
        return "", title
    return title[: match.end("name")], title[match.start("rest"):]


def _speaker_line(lines: list[Line]) -> str:
    """A line holding only a person's name (习近平 under a speech title)."""
    for line in lines:
        if _NAME_LINE_RE.match(line.key) and not _ORG_END_RE.search(line.key):
            return re.sub(r"\s+", "", line.key)
    return ""


def _leader_line(lines: list[Line]) -> str:
    """The name in 市人民政府市长 秦凤玉 above a work report."""
    for line in lines:
        match = _LEADER_LINE_RE.search(line.key)
        if match:
            return re.sub(r"\s+", "", match.group("name"))
    return ""


def _find_source(lines: list[Line]) -> tuple[str, str]:
    for line in lines:
        source, source_date = parse_source(line.raw) if is_source_line(line.key) else ("", "")
        if source or source_date:
            return source, source_date
    return "", ""


def read_part_meta(text: str, label: str = "") -> PartMeta:
    """Metadata of one part: ``text`` is the part's original text, ``label`` its 附件 label."""
    lines = text_lines(text)
    head = _head(lines)
    full_title, title_block = _pick_title(head, label)
    speaker, title = _split_speaker(full_title)
    genre = classify_genre(title, text)
    source, source_date = _find_source(lines[: len(head) + 3])

    title_starts = {line.start for line in title_block}
    if not speaker and genre == "speech":
        last_title_line = max(title_starts, default=-1)
        speaker = _speaker_line([line for line in head if line.start > last_title_line])
    signed_by, signed_on = _signature(lines, title_starts)
    opening_raw = text[:5000]
    opening = normalize(opening_raw)
    dateline = DATELINE_RE.search(opening)
    delegate = _DELEGATE_RE.search(opening) if genre == "report" else None
    title_org = _TITLE_ORG_RE.match(normalize(title))
    # Who speaks comes first, then the issuer the title names, then who signs.
    issuer = (
        speaker
        or (re.sub(r"\s+", "、", title[: title_org.end("org")].strip()) if title_org else "")
        or (opening_raw[delegate.start("org"): delegate.end("org")] if delegate else "")
        or _leader_line(head)
        or signed_by
        or (opening_raw[dateline.start("agency"): dateline.end("agency")] if dateline else "")
    )
    return PartMeta(
        label=label,
        title=title,
        issuer=issuer,
        doc_number=_find_doc_number(head),
        date=_document_date(head, signed_on, dateline, title, source_date),
        source=source,
        source_date=source_date,
        genre=genre,
    )


def _document_date(head: list[Line], signed_on: str, dateline: re.Match[str] | None,
                   title: str, source_date: str) -> str:
    """Date under the title or of the signature, else the dateline, the title, the source line."""
    under_title = next((parse_date(line.key) for line in head
                        if is_date_line(line.key) or _DATED_OCCASION_RE.match(line.key)), "")
    if under_title or signed_on:
        return under_title or signed_on
    if dateline and source_date:
        # 新华社北京4月4日电 has no year: the source line's year is the closest stated.
        return iso_date(source_date[:4], dateline.group("m"), dateline.group("d"))
    compact = _COMPACT_DATE_RE.search(title)  # 《新闻联播》 (20231212)
    if compact:
        return iso_date(*compact.groups())
    return parse_date(normalize(title)) or source_date
