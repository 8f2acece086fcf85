"""Tests for corpus.parts (splitting a file into parts) and corpus.metadata (their metadata)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.document import PartMeta
from corpus.metadata import classify_genre, parse_date, parse_source, read_part_meta
from corpus.parts import find_part_starts, split_parts

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED = "seed_2023_04_study_notice_chongqing.txt"
ANHUI = "plan_anhui_2021_industrial_internet_policies_and_action_plan.txt"
BEIJING = "gov_work_report_2024_beijing.txt"
SAMPLE_FILES = sorted(path.name for path in SAMPLES.glob("*.txt"))


def read_sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def assert_covers(text: str, parts: list[tuple[int, int, PartMeta]]) -> None:
    assert parts[0][0] == 0
    assert parts[-1][1] == len(text)
    for (_, end, _), (next_start, _, _) in zip(parts, parts[1:]):
        assert end == next_start
    assert all(start < end for start, end, _ in parts) or text == ""


# The gold of the seed file (eval/gold/seed.json, "documents"). Parts 4 and 5 are
# 关于印发…方案/规划的通知: the gold's genre is notice with plan as its alternative;
# split_parts gives such a notice the genre of the document it issues (plan).
SEED_PARTS = [
    PartMeta(label="", title="关于4月份教职工政治理论学习的通知", issuer="党委宣传网工部",
             date="2023-04-06", genre="notice"),
    PartMeta(label="附件1", title="在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话",
             issuer="习近平", date="2023-03-01", source="求是网", source_date="2023-03-31",
             genre="speech"),
    PartMeta(label="附件2",
             title="习近平在参加首都义务植树活动时强调 掀起造林绿化热潮 绘出美丽中国的更新画卷",
             issuer="新华社", date="2023-04-04", source="“学习强国”学习平台",
             source_date="2023-04-04", genre="news"),
    PartMeta(label="附件3", title="习近平复信阿拉伯知名艺术家代表", issuer="新华社",
             date="2023-04-03", source="“学习强国”学习平台", source_date="2023-03-01", genre="news"),
    PartMeta(label="附件4",
             title="教育部办公厅关于印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知",
             issuer="教育部办公厅", doc_number="教职成厅函〔2023〕13号", date="2023-03-30",
             source="教育部", source_date="2023-03-31", genre="plan"),
    PartMeta(label="",
             title="重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知",
             issuer="重庆市人民政府", doc_number="渝府发〔2023〕8号", date="2023-03-10",
             source="重庆市政府", source_date="2023-03-10", genre="plan"),
]
# First line of each seed part in the file (1-based, as in the gold's line_start; part 0 starts at 0).
SEED_FIRST_LINES = [1, 17, 56, 73, 84, 122]


def test_parts_seed_has_six_parts() -> None:
    assert len(split_parts(read_sample(SEED))) == len(SEED_PARTS)


@pytest.mark.parametrize("index, expected", list(enumerate(SEED_PARTS)))
def test_parts_seed_metadata_matches_gold(index: int, expected: PartMeta) -> None:
    _, _, meta = split_parts(read_sample(SEED))[index]
    assert meta == expected


@pytest.mark.parametrize("index, first_line", list(enumerate(SEED_FIRST_LINES)))
def test_parts_seed_part_starts_at_its_heading_line(index: int, first_line: int) -> None:
    text = read_sample(SEED)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    start, _, _ = split_parts(text)[index]
    assert start == line_starts[first_line - 1]


def test_parts_unlabelled_attachment_starts_at_title_above_source_line() -> None:
    text = read_sample(SEED)
    start, _, _ = split_parts(text)[5]
    assert text[start:].startswith(" 重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案")
    assert text[start - 2: start] == "。\n"  # the previous part ends with its last sentence


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_parts_cover_the_text_contiguously(name: str) -> None:
    text = read_sample(name)
    assert_covers(text, split_parts(text))


REAL_LINES = [
    line for name in (SEED, ANHUI) for line in read_sample(name).split("\n")[:140] if len(line) < 120
] + ["附件1", " 附件2", "附件：", "附件３：", "附件", "（来源：求是网 2023-3-31）", ""]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(REAL_LINES), max_size=40))
def test_parts_cover_any_mix_of_real_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert_covers(text, split_parts(text))


@pytest.mark.parametrize("name", [
    "central_no1_doc_2018_rural_revitalization_national.txt",
    "speech_xi_2015_13th_fyp_proposal_explanation.txt",
    "news_xinwenlianbo_20231212_central_economic_work_conference.txt",
    BEIJING,
])
def test_parts_file_without_attachments_is_one_part(name: str) -> None:
    text = read_sample(name)
    parts = split_parts(text)
    assert [(start, end, meta.label) for start, end, meta in parts] == [(0, len(text), "")]


def seed_notice() -> str:
    """Part 0 of the seed: the notice with its list of five attachments (lines 1–16)."""
    text = read_sample(SEED)
    return text[: text.index(" 附件1")]


@pytest.mark.parametrize("list_line", [
    "附件：1. 习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话",
    "附件：\n1. 习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话",
    "附件\n1. 习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话",
    "附件1：习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话",
])
def test_parts_attachment_list_in_notice_does_not_split(list_line: str) -> None:
    notice = seed_notice()
    first_item = "1. 习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话"
    assert first_item in notice
    text = notice.replace(first_item, list_line)
    parts = split_parts(text)
    assert [(start, end) for start, end, _ in parts] == [(0, len(text))]
    assert parts[0][2].title == "关于4月份教职工政治理论学习的通知"


@pytest.mark.parametrize("heading, label", [
    ("附件1", "附件1"),
    (" 附件2", "附件2"),
    ("附件３：", "附件3"),
    ("附件 4", "附件4"),
    ("　附件五", "附件5"),
    ("附件", "附件"),
])
def test_parts_attachment_heading_splits(heading: str, label: str) -> None:
    notice = seed_notice()
    attachment = f"{heading}\n\n习近平复信阿拉伯知名艺术家代表\n（来源：“学习强国”学习平台   2023-3-1）\n"
    parts = split_parts(notice + attachment)
    assert [(start, meta.label) for start, _, meta in parts] == [(0, ""), (len(notice), label)]
    assert parts[1][2].title == "习近平复信阿拉伯知名艺术家代表"


def test_parts_text_opening_with_heading_has_no_empty_part() -> None:
    text = "附件1\n\n习近平复信阿拉伯知名艺术家代表\n"
    assert find_part_starts(text) == [(0, "附件1")]


def test_parts_empty_text_is_one_empty_part() -> None:
    assert [(start, end) for start, end, _ in split_parts("")] == [(0, 0)]


def test_parts_anhui_plan_metadata() -> None:
    meta = split_parts(read_sample(ANHUI))[0][2]
    assert meta.doc_number == "皖政办秘〔2021〕82号"
    assert meta.issuer == "安徽省人民政府办公厅"
    assert meta.date == "2021-09-02"
    assert meta.genre == "plan"
    assert meta.title.startswith("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策")
    assert meta.title.endswith("的通知")


def test_parts_anhui_roster_is_unnumbered_attachment() -> None:
    text = read_sample(ANHUI)
    parts = split_parts(text)
    assert len(parts) == 2
    start, _, meta = parts[1]
    assert text[start:].startswith("　　附件\n")
    assert (meta.label, meta.title) == ("附件", "省推进工业互联网创新发展专项工作组名单")


def test_parts_beijing_report_metadata() -> None:
    meta = split_parts(read_sample(BEIJING))[0][2]
    assert (meta.genre, meta.issuer, meta.title) == ("report", "北京市人民政府", "")


@pytest.mark.parametrize("name, title, issuer, date, genre", [
    ("central_no1_doc_2018_rural_revitalization_national.txt",
     "中共中央 国务院关于实施乡村振兴战略的意见", "中共中央、国务院", "2018-01-02", "plan"),
    ("speech_xi_2015_13th_fyp_proposal_explanation.txt",
     "关于《中共中央关于制定国民经济和社会发展第十三个五年规划的建议》的说明", "习近平",
     "2015-11-03", "speech"),
    ("news_xinwenlianbo_20231212_central_economic_work_conference.txt",
     "《新闻联播》 (20231212)", "", "2023-12-12", "news"),
])
def test_parts_single_document_metadata(name: str, title: str, issuer: str, date: str, genre: str) -> None:
    meta = split_parts(read_sample(name))[0][2]
    assert (meta.title, meta.issuer, meta.date, meta.genre) == (title, issuer, date, genre)


@pytest.mark.parametrize("line, expected", [
    ("（来源：求是网 2023-3-31）", ("求是网", "2023-03-31")),
    ("（来源：“学习强国”学习平台   2023-4-4）", ("“学习强国”学习平台", "2023-04-04")),
    ("（来源：重庆市政府   2023-3-10）", ("重庆市政府", "2023-03-10")),
    ("发表时间：2015-11-03　　　来源：新华社", ("新华社", "2015-11-03")),
    ("(来源:教育部 2023年3月31日)", ("教育部", "2023-03-31")),
    ("根据学校党委有关教职工政治理论学习的要求，来源：略", ("", "")),
    ("（來源：“學習強國”學習平台   2023-4-4）", ("“學習強國”學習平台", "2023-04-04")),
])
def test_metadata_parse_source_line(line: str, expected: tuple[str, str]) -> None:
    assert parse_source(line) == expected


@pytest.mark.parametrize("text, expected", [
    ("2023年4月6日", "2023-04-06"),
    ("（2023年3月1日）", "2023-03-01"),
    ("2023-3-31", "2023-03-31"),
    ("二〇二三年四月六日", "2023-04-06"),
    ("二〇二三年十二月三十一日", "2023-12-31"),
    ("2023年13月1日", ""),
])
def test_metadata_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("title, body, genre", [
    ("关于4月份教职工政治理论学习的通知", "", "notice"),
    ("在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话", "", "speech"),
    ("关于《中共中央关于制定国民经济和社会发展第十三个五年规划的建议》的说明", "", "speech"),
    ("习近平复信阿拉伯知名艺术家代表", "新华社北京4月3日电 近日，国家主席习近平复信", "news"),
    ("重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）", "", "plan"),
    ("中共中央 国务院关于实施乡村振兴战略的意见", "", "plan"),
    ("教育部办公厅关于印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知", "", "plan"),
    ("", "各位代表：\n\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议", "report"),
    ("2024年政府工作报告", "", "report"),
    ("省推进工业互联网创新发展专项工作组名单", "组　长：王清宪 省长", "other"),
    # 新华社 in a list of media is no dateline
    ("", "人民日报社、新华社、中央电视台等权威主流媒体聚焦我市产业发展", "other"),
])
def test_metadata_classify_genre(title: str, body: str, genre: str) -> None:
    assert classify_genre(title, body) == genre


@pytest.mark.parametrize("head, doc_number", [
    ("教育部办公厅关于印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知\n教职成厅函〔2023〕13号\n",
     "教职成厅函〔2023〕13号"),
    ("重庆市人民政府关于\n印发重庆市推动成渝地区双城经济圈建设\n行动方案（2023—2027年）的通知\n渝府发[2023]8号\n",
     "渝府发[2023]8号"),
    ("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知\n\n　　（皖政办秘（2021）82号）\n",
     "皖政办秘（2021）82号"),
    # a 文号 cited in running text is not the document's own
    ("关于4月份教职工政治理论学习的通知\n按照《通知》（渝府发〔2023〕8号）要求，认真组织学习。\n", ""),
])
def test_metadata_reads_doc_number_from_head(head: str, doc_number: str) -> None:
    assert read_part_meta(head).doc_number == doc_number


def test_metadata_joins_wrapped_title_and_reads_speaker_line() -> None:
    text = read_sample(SEED)
    speech = text[text.index("在中央党校建校90周年庆祝大会\n暨"):]
    meta = read_part_meta(speech[: speech.index("附件2")])
    assert meta.title == "在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话"
    assert (meta.issuer, meta.date, meta.genre) == ("习近平", "2023-03-01", "speech")


@pytest.mark.parametrize("trailer", [
    "\n（来源：“学习强国”学习平台   2023-3-1）\n",
    "\n\n责任编辑：张三\n来源：新华社\n",
])
def test_parts_source_trailer_after_text_does_not_split(trailer: str) -> None:
    text = read_sample(SEED)
    news = text[text.index("附件3\n"): text.index("附件4\n")].rstrip("\n") + trailer
    assert [(start, end) for start, end, _ in split_parts(news)] == [(0, len(news))]
