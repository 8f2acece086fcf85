"""Relations and events read from real sentences of the sample corpus, with hand-placed mentions.

The mentions are placed by hand (what the NER gives for these sentences) so that the
tests check the relation rules, not the NER.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.document import DocumentPart, PartMeta
from corpus.normalize import normalize
from extractors.events import extract_events
from extractors.records import Event, Mention, Provenance, Relation
from extractors.relations import (
    co_mentioned,
    extract_relations,
    holds_title,
    initiative_structure,
    issued_or_spoken,
    responsible_for,
)
from extractors.sentences import split_sentences

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
DOC = "0123456789abcdef"
OFFSET = 1000  # the part starts here in its file: offsets in records are into the file

# seed_2023_04_study_notice_chongqing.txt, 附件2
TREE_TITLE = "习近平在参加首都义务植树活动时强调 "
TREE_LEAD = ("新华社北京4月4日电 中共中央总书记、国家主席、中央军委主席习近平4日上午在参加首都义务植树活动时强调，"
             "人勤春来早，植绿正当时。")
TREE_LIST = ("上午10时30分许，党和国家领导人习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等集体乘车，"
             "冒雨来到位于北京市朝阳区东坝中心公园的植树点，同首都群众一起参加义务植树。")
# news_xinwenlianbo_20231212_central_economic_work_conference.txt
CEWC = ("中央经济工作会议12月11日至12日在北京举行。中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话。"
        "中共中央政治局常委李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。")
INVITATION = "应越共中央总书记阮富仲和越南国家主席武文赏邀请，我即将对越南社会主义共和国进行国事访问。"
LAMA = "在拉萨，班禅在中国佛教协会西藏分会主持召开了系列工作会议和教义阐释活动，与藏传佛教界各教派高僧进行座谈。"
# plan_anhui_2021_industrial_internet_policies_and_action_plan.txt
ROSTER = "组　长：王清宪 省长\n副组长：何树山 副省长\n"
DUTY = ("（一）网络体系强基行动\n加快5G和千兆光网建设，实现5G和千兆光网全面覆盖城市地区和有条件乡镇。"
        "（责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府）")
# seed, 附件5
CQ_TITLE = "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知"
CQ_ACTION = "（一）实施提升主城都市区极核引领行动。\n到2027年，主城都市区实力能级显著提升。"
CQ_LEAD = ("市发展改革委要发挥牵头抓总作用，每半年滚动更新、迭代升级年度重大项目、重大政策、重大改革、重大平台清单，"
           "每年遴选若干实施效果好、具有引领性带动性示范性的成果，作为成渝地区双城经济圈标志性成果，强化正向引导激励。")
# seed, the covering notice: it lists the speech to study; the notice's date is not the speech's
NOTICE = "1. 习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话"


def make_part(text: str, **meta: str) -> DocumentPart:
    return DocumentPart(DOC, "ab" * 32, 1, OFFSET, text, normalize(text), PartMeta(**meta))


def mention(part: DocumentPart, kind: str, name: str, surface: str, nth: int = 0, **extra) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = part.text.index(surface, at + 1)
    return Mention(kind, name, surface, Provenance(DOC, part.index, OFFSET + at, OFFSET + at + len(surface),
                                                   surface, "ner@1", 0.9), **extra)


def titles_of(relations: list[Relation]) -> set[tuple[str, str, str]]:
    return {(r.source, r.target, dict(r.attrs)["full_title"]) for r in relations if r.type == "HOLDS_TITLE"}


def test_relations_sentences_are_real():
    texts = {p.name: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    seed = texts["seed_2023_04_study_notice_chongqing.txt"]
    news = texts["news_xinwenlianbo_20231212_central_economic_work_conference.txt"]
    anhui = texts["plan_anhui_2021_industrial_internet_policies_and_action_plan.txt"]
    for sentence in (TREE_TITLE.strip(), TREE_LEAD, TREE_LIST, CQ_TITLE, CQ_LEAD, NOTICE, "实施提升主城都市区极核引领行动"):
        assert sentence in seed, sentence[:20]
    for sentence in (*CEWC.split("。")[:3], INVITATION, LAMA):
        assert sentence in news, sentence[:20]
    for line in ("王清宪 省长", "何树山 副省长", "（责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府）",
                 "（一）网络体系强基行动"):
        assert line in anhui, line


def test_relations_read_a_chain_of_titles_before_a_name():
    part = make_part(TREE_LEAD, genre="news")
    mentions = [mention(part, "Organization", "中共中央", "中共中央"),
                mention(part, "Organization", "中华人民共和国中央军事委员会", "中央军委"),
                mention(part, "Person", "习近平", "习近平")]
    assert titles_of(holds_title(part, mentions)) == {
        ("习近平", "中共中央", "中共中央总书记"),
        ("习近平", "中华人民共和国", "国家主席"),
        ("习近平", "中华人民共和国中央军事委员会", "中央军委主席"),
    }


def test_relations_share_a_title_along_a_list_of_names():
    part = make_part(CEWC, genre="news", date="2023-12-12")
    names = ("李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希")
    mentions = [mention(part, "Organization", "中共中央政治局", "中共中央政治局"),
                *(mention(part, "Person", n, n) for n in names)]
    found = titles_of(holds_title(part, mentions))
    assert found == {(n, "中共中央政治局", "中共中央政治局常委") for n in names}


@pytest.mark.parametrize("name, title", [("王清宪", "省长"), ("何树山", "副省长")])
def test_relations_give_a_provincial_title_to_the_provinces_government(name, title):
    part = make_part(ROSTER, issuer="安徽省人民政府办公厅")
    mentions = [mention(part, "Person", name, name, title=title)]
    assert titles_of(holds_title(part, mentions)) == {(name, "安徽省人民政府", title)}


def test_relations_do_not_give_a_foreign_leader_a_chinese_office():
    part = make_part(INVITATION, genre="news")
    mentions = [mention(part, "Region", "越南", "越南", attrs=(("level", "foreign"),)),
                mention(part, "Person", "阮富仲", "阮富仲", attrs=(("foreign", True),)),
                mention(part, "Person", "武文赏", "武文赏", attrs=(("foreign", True),))]
    found = titles_of(holds_title(part, mentions))
    assert found == {("阮富仲", "越南共产党中央委员会", "越共中央总书记")}  # not 中共中央, not 中华人民共和国


def test_relations_co_mention_every_pair_once_in_sorted_order():
    part = make_part(TREE_LIST, genre="news")
    names = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正")
    mentions = [mention(part, "Person", n, n) for n in names]
    pairs = co_mentioned(part, mentions, split_sentences(part.norm))
    assert len(pairs) == 28
    assert all(r.source < r.target and r.type == "CO_MENTIONED" for r in pairs)
    assert len({(r.source, r.target) for r in pairs}) == 28


def test_relations_read_the_units_responsible_for_an_action():
    part = make_part(DUTY, genre="plan", title="安徽省工业互联网创新发展行动计划(2021—2023年)")
    mentions = [mention(part, "Organization", "安徽省通信管理局", "省通信管理局"),
                mention(part, "Organization", "省铁塔公司", "省铁塔公司")]
    found = responsible_for(part, mentions, split_sentences(part.norm))
    # 各基础电信企业, 各市人民政府 are no one in particular
    assert {(r.source, r.target) for r in found} == {("安徽省通信管理局", "网络体系强基行动"),
                                                     ("省铁塔公司", "网络体系强基行动")}


def test_relations_read_a_lead_unit_before_its_cue():
    part = make_part(CQ_LEAD, genre="plan", title=CQ_TITLE, issuer="重庆市人民政府")
    mentions = [mention(part, "Organization", "重庆市发展和改革委员会", "市发展改革委")]
    found = responsible_for(part, mentions, split_sentences(part.norm))
    assert [(r.source, r.target, dict(r.attrs)["role"]) for r in found] == [
        ("重庆市发展和改革委员会", "重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）", "牵头")]


def test_relations_link_a_plan_to_its_region_deadline_and_actions():
    part = make_part(CQ_TITLE + "\n" + CQ_ACTION, genre="plan", title=CQ_TITLE, issuer="重庆市人民政府")
    plan = "重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）"
    action = "实施提升主城都市区极核引领行动"
    found = {(r.type, r.source, r.target) for r in initiative_structure(part)}
    assert found == {("APPLIES_TO", plan, "重庆市"), ("DUE_BY", plan, "2027"), ("PART_OF", action, plan),
                     ("APPLIES_TO", action, "主城都市区"), ("DUE_BY", action, "2027")}


@pytest.mark.parametrize("issuer, genre, expected", [
    ("重庆市人民政府", "plan", ("ISSUED_BY", "", "重庆市人民政府", "渝府发〔2023〕8号")),
    ("习近平", "speech", ("SPOKE", "习近平", "", "")),
])
def test_relations_link_a_document_to_its_issuer_or_speaker(issuer, genre, expected):
    part = make_part(CQ_TITLE, genre=genre, issuer=issuer, doc_number="渝府发〔2023〕8号" if genre == "plan" else "")
    found = issued_or_spoken(part, [])
    assert [(r.type, r.source, r.target, dict(r.attrs).get("doc_number", "")) for r in found] == [expected]


def test_events_read_the_tree_planting_with_its_eight_participants():
    text = "\n".join([TREE_TITLE, "(来源：“学习强国”学习平台   2023-4-4)", "", TREE_LEAD, TREE_LIST])
    part = make_part(text, genre="news", date="2023-04-04", source_date="2023-04-04")
    names = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正")
    mentions = [mention(part, "Person", "习近平", "习近平", nth) for nth in range(3)]
    mentions += [mention(part, "Person", n, n) for n in names[1:]]
    mentions.append(mention(part, "Region", "北京市朝阳区", "北京市朝阳区"))
    records = extract_events(part, mentions)
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.key, e.place) for e in events] == [("2023-04-04:首都义务植树活动", "北京市朝阳区东坝中心公园")]
    participants = {r.source for r in records if isinstance(r, Relation) and r.type == "PARTICIPATED_IN"}
    assert participants == set(names)


def test_events_take_the_dates_of_a_meeting_from_its_sentence():
    part = make_part(CEWC, genre="news", date="2023-12-12")
    names = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希")
    mentions = [mention(part, "Person", n, n) for n in names]
    mentions.append(mention(part, "Region", "北京市", "北京"))
    records = extract_events(part, mentions)
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.key, e.end_date, e.place) for e in events] == [("2023-12-11:中央经济工作会议", "2023-12-12", "北京市")]
    assert len([r for r in records if isinstance(r, Relation)]) == 7


def test_events_ignore_a_kind_of_meeting():
    part = make_part(LAMA, genre="news", date="2023-12-12")
    assert extract_events(part, [mention(part, "Person", "班禅额尔德尼·确吉杰布", "班禅")]) == []


def test_events_ignore_a_reference_to_a_speech():
    part = make_part(NOTICE, genre="notice", date="2023-04-06")
    assert extract_events(part, [mention(part, "Person", "习近平", "习近平")]) == []


def test_relations_provenance_points_at_the_words():
    text = "\n".join([TREE_TITLE, TREE_LEAD, TREE_LIST])
    part = make_part(text, genre="news", date="2023-04-04", issuer="新华社")
    names = ("李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正")
    mentions = [mention(part, "Person", "习近平", "习近平", nth) for nth in range(3)]
    mentions += [mention(part, "Person", n, n) for n in names]
    mentions += [mention(part, "Organization", "中共中央", "中共中央"),
                 mention(part, "Organization", "新华通讯社", "新华社")]
    records = extract_relations(part, mentions)
    assert {type(r).__name__ for r in records} >= {"Relation", "Event"}
    for record in records:
        p = record.prov
        assert p.doc_id == DOC and p.part == 1 and p.extractor in ("relations@2", "events@1")
        words = part.text[p.char_start - OFFSET:p.char_end - OFFSET]
        assert words and words in p.evidence, (record, words)
