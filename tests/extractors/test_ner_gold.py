"""The NER against the project's hand-annotated gold documents, and the rules
added to hold the bars on documents other than the seed (issue 3).

Gold: ``tests/data/gold/<file stem>.entities.json`` (document-level sets of
persons, organisations, regions and initiatives; ``*_generic`` lists and
``persons_excluded`` are neutral), following the seed gold's conventions.
The matcher mirrors the project's scorer: a predicted entity matches a gold one
when a name or alias is equal after NFKC and removing spaces, quotes and 同志,
or, loosely, when the shorter stands inside the longer and is at least 60 % of it.
"""
from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from corpus.read import read_document
from extractors.ner import extract_entities
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import DocumentContext, document_context
from tests.extractors.test_ner_helpers import SAMPLES

GOLD_DIR = Path(__file__).parents[1] / "data" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.entities.json"))
TYPES = {"Person": ("persons", "persons_excluded"), "Organization": ("organizations", "organizations_generic"),
         "Region": ("regions", "regions_generic"), "Initiative": ("initiatives", "initiatives_generic")}
BARS = {"Person": 0.95, "Region": 0.85, "Organization": 0.80, "Initiative": 0.65}
QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace() and ch not in QUOTES).removesuffix("同志")


def forms(entry: str | dict) -> set[str]:
    names = [entry] if isinstance(entry, str) else [entry["name"], *entry.get("aliases", [])]
    return {norm(n) for n in names} - {""}


def matches(predicted: set[str], gold: set[str]) -> bool:
    if predicted & gold:
        return True
    for a in predicted:
        for b in gold:
            short, long_ = sorted((a, b), key=len)
            if short in long_ and len(short) >= 0.6 * len(long_):
                return True
    return False


def match_counts(predicted: list[set[str]], gold: list[set[str]], neutral: list[set[str]]) -> tuple[int, int, int]:
    """(predicted that match, predicted that count, gold matched): neutral predictions do not count."""
    matched_gold: set[int] = set()
    true_pred = n_pred = 0
    for names in predicted:
        hits = {i for i, g in enumerate(gold) if matches(names, g)}
        if hits:
            matched_gold |= hits
            true_pred += 1
            n_pred += 1
        elif not any(matches(names, n) for n in neutral):
            n_pred += 1
    return true_pred, n_pred, len(matched_gold)


def f1_from(true_pred: int, n_pred: int, true_gold: int, n_gold: int) -> float:
    precision = true_pred / n_pred if n_pred else float(not n_gold)
    recall = true_gold / n_gold if n_gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def f1_of(predicted: list[set[str]], gold: list[set[str]], neutral: list[set[str]]) -> float:
    true_pred, n_pred, true_gold = match_counts(predicted, gold, neutral)
    return f1_from(true_pred, n_pred, true_gold, len(gold))


@cache
def predicted_entities(file_name: str) -> dict[str, list[set[str]]]:
    return entities_of(SAMPLES / file_name)


@cache
def entities_of(path: Path) -> dict[str, list[set[str]]]:
    """Document-level entities: one per (type, canonical name), with the surfaces as aliases."""
    nodes: dict[tuple[str, str], set[str]] = {}
    for part in read_document(path).parts:
        for mention in extract_entities(part):
            nodes.setdefault((mention.type, mention.name), {norm(mention.name)}).add(norm(mention.surface))
    by_type: dict[str, list[set[str]]] = {t: [] for t in TYPES}
    for (entity_type, _), names in sorted(nodes.items()):
        by_type[entity_type].append(names - {""})
    return by_type


def test_ner_gold_files_are_present_and_name_their_documents():
    assert len(GOLD_FILES) >= 4
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["doc"] == path.name.removesuffix(".entities.json") + ".txt"
        assert (SAMPLES / gold["doc"]).is_file()


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.split("_")[0] + "_" + p.name.split("_")[1])
@pytest.mark.parametrize("entity_type", list(TYPES))
def test_ner_gold_meets_the_bar_per_type(gold_path, entity_type):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    key, neutral_key = TYPES[entity_type]
    f1 = f1_of(predicted_entities(gold["doc"])[entity_type], [forms(e) for e in gold[key]],
               [forms(e) for e in gold.get(neutral_key, [])])
    assert f1 >= BARS[entity_type], f"{gold['doc']} {entity_type} F1 {f1:.3f} < {BARS[entity_type]}"


@pytest.mark.parametrize("predicted, gold, expected", [
    ({"习近平"}, {"习近平", "习近平总书记"}, True),
    ({"安徽省经济和信息化厅"}, {"省经济和信息化厅"}, True),       # contained, 8/10 ≥ 0.6
    ({norm("“三校一院”交钥匙项目")}, {"三校一院"}, False),       # contained, 4/9 < 0.6
    ({norm("“三校一院”")}, {"三校一院"}, True),
    ({"省科技厅"}, {"省教育厅"}, False),
    ({"曹妃甸协同发展"}, {"京冀曹妃甸协同发展示范区"}, False),  # 7/12 < 0.6
    ({"北京市"}, {"北京"}, True),
])
def test_ner_gold_matcher_is_loose_like_the_scorer(predicted, gold, expected):
    assert matches(predicted, gold) is expected


def _entities(sentence: str, context: DocumentContext | None = None) -> set[tuple[str, str]]:
    context = context or document_context("", "", sentence)
    return {(e.type, e.name) for e in run_pipeline(sentence, context)}


# --- rules added for issue 3, on real sentences of the corpus (hard negatives included)

@pytest.mark.parametrize("sentence, expected, absent", [
    # LAC glues a roster line's padding to the name: 周家龙 is kept, with the title beside it.
    ("　　周家龙 安徽银保监局局长", {("Person", "周家龙")}, set()),
    # A title right before a tagger's name vouches for it.
    ("对上海市人大常委会原党组书记、主任董云虎严重违纪违法问题进行了立案审查调查。", {("Person", "董云虎")}, set()),
    # Idioms and words that hide a short region form.
    ("为营造各自发展的良好外部环境、实现地区长治久安作出应有努力。", set(), {("Region", "长治市")}),
    ("保持人民币汇率在合理均衡水平上的基本稳定。", set(), {("Region", "衡水市")}),
    ("长治、晋城等地", {("Region", "长治市")}, set()),
])
def test_ner_gold_person_and_blocker_rules(sentence, expected, absent):
    found = _entities(sentence)
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize("sentence, expected, absent", [
    ("俄罗斯国防部11日称，俄军在库皮扬斯克、赫尔松等方向击退乌军进攻", {("Organization", "俄罗斯国防部"), ("Region", "赫尔松")},
     {("Organization", "国防部")}),
    ("诸如美国阿贡、洛斯阿拉莫斯、劳伦斯伯克利等国家实验室和德国亥姆霍兹研究中心等", {("Organization", "德国亥姆霍兹研究中心")}, set()),
    # 环保部 + 门 is 环保部门, a kind of office, not the ministry.
    ("主要指省级环保部门直接管理市（地）县的监测监察机构", set(), {("Organization", "环境保护部")}),
    # Without a verb or a boundary in front, a 研究中心 has no known start.
    ("建设泰州队列研究中心", set(), set()),
    ("巴宜区被国务院办公厅评为", {("Organization", "国务院办公厅")}, {("Organization", "巴宜区被国务院办公厅")}),
])
def test_ner_gold_organization_rules(sentence, expected, absent):
    found = _entities(sentence)
    assert expected <= found
    assert not (absent & found)


BEIJING = document_context("北京市人民政府", "", "北京市")


@pytest.mark.parametrize("sentence, expected, absent", [
    ("及时启用大宁水库等水利设施统筹调蓄洪水", {("Region", "大宁水库")}, set()),
    ("野鸭湖湿地入选国际重要湿地名录", {("Region", "野鸭湖湿地")}, set()),
    ("加大湿地保护力度，排查座病险水库", set(), {("Region", "加大湿地"), ("Region", "座病险水库")}),
    # A zone named by rule names its place too; 建设 after a zone no longer hides it.
    ("打造平谷、通州、延庆种业创新示范区", {("Region", "延庆种业创新示范区"), ("Region", "延庆区")}, set()),
    ("扎实推进中关村科创金融改革试验区建设", {("Region", "中关村科创金融改革试验区")}, set()),
    # The document's own region: 首都 in a 北京 report.
    ("加快首都医科大学、首都儿科研究所通州院区等项目建设", {("Organization", "首都医科大学"), ("Region", "北京市")}, set()),
    ("统筹三亚经济圈建设", set(), {("Region", "统筹三亚经济圈")}),
    # A run of three or more province abbreviations names each province; two are too often a word.
    ("加强与沪苏浙在工业互联网全方位深度合作", {("Region", "上海市"), ("Region", "江苏省"), ("Region", "浙江省")}, set()),
    ("蒙藏学校旧址向公众开放", set(), {("Region", "内蒙古自治区"), ("Region", "西藏自治区")}),
])
def test_ner_gold_region_rules(sentence, expected, absent):
    found = _entities(sentence, BEIJING)
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize("sentence, expected, absent", [
    # Several quoted programmes sharing one head: each on its own.
    ("推进“书香京城”“博物馆之城”建设。", {("Initiative", "“书香京城”"), ("Initiative", "“博物馆之城”")},
     {("Initiative", "“书香京城”“博物馆之城”建设")}),
    ("扎实开展“平安单位”“平安医院”“平安学校”创建活动", {("Initiative", "“平安医院”")}, set()),
    # The act of building is not part of the name.
    ("深入推进“两区”建设", {("Initiative", "“两区”")}, {("Initiative", "“两区”建设")}),
    ("擦亮“大戏看北京”文化名片，推进“北京大视听”品牌建设", {("Initiative", "“北京大视听”")}, set()),
    # A numbered programme name needs no verb in front.
    ("新增大型活动等23个“一件事”集成服务事项", {("Initiative", "“一件事”")}, set()),
    ("加快“六链五群”产业布局", {("Initiative", "“六链五群”")}, set()),
    ("牢牢牵住疏解非首都功能这个“牛鼻子”", set(), {("Initiative", "“牛鼻子”")}),
    ("旗帜鲜明讲政治，深刻领悟“两个确立”的决定性意义", set(), {("Initiative", "“两个确立”")}),
    ("持续培育“种子”“幼苗”“准四上”企业，新增“四上”企业", set(), {("Initiative", "“四上”")}),
    # A head that runs on into another word is no head.
    ("落实北京与雄安新一轮战略合作协议", set(), {("Initiative", "雄安新一轮战略")}),
    ("将坚持在华长期发展战略，继续加大经贸合作", set(), {("Initiative", "华长期发展战略"), ("Initiative", "长期发展战略")}),
    ("双方要继续保持高层战略沟通", set(), {("Initiative", "双方要继续保持高层战略")}),
    ("要巩固拓展主题教育成果", set(), {("Initiative", "要巩固拓展主题教育")}),
    ("加强重点水利工程建设", set(), {("Initiative", "重点水利工程")}),
    ("实施城市慢行系统品质提升行动", {("Initiative", "城市慢行系统品质提升行动")}, set()),
])
def test_ner_gold_initiative_rules(sentence, expected, absent):
    found = _entities(sentence, BEIJING)
    assert expected <= found
    assert not (absent & found)


# --- the retired held-out sets, development sets since their errors were read
# (tests/data/heldout*/SOURCES.md): micro F1 over each set's three city reports must
# stay above floors set a little under what ner@29 reaches there. The blind sets
# (tests/data/heldout8, 10, 13, 17, 21 and 28) are never used in a test.
DATA_DIR = Path(__file__).parents[1] / "data"
DEV_FLOORS = {
    "heldout": {"Person": 0.95, "Organization": 0.90, "Region": 0.90, "Initiative": 0.71},   # 1.00 / 0.93 / 0.93 / 0.74
    "heldout2": {"Person": 0.85, "Organization": 0.84, "Region": 0.90, "Initiative": 0.78},  # 0.91 / 0.87 / 0.93 / 0.81
    "heldout3": {"Person": 0.95, "Organization": 0.81, "Region": 0.86, "Initiative": 0.71},  # 1.00 / 0.84 / 0.88 / 0.74
    "heldout4": {"Person": 0.95, "Organization": 0.78, "Region": 0.84, "Initiative": 0.71},  # 1.00 / 0.81 / 0.87 / 0.74
    "heldout5": {"Person": 0.95, "Organization": 0.85, "Region": 0.90, "Initiative": 0.76},  # 1.00 / 0.88 / 0.93 / 0.79
    # blind from the fifth session to the seventeenth (37 looks, aggregate only; last at ner@136:
    # 0.933 / 0.817 / 0.865 / 0.788 and 0.889 / 0.893 / 0.849 / 0.717), read since; floors under ner@137's
    "heldout6": {"Person": 0.95, "Organization": 0.79, "Region": 0.86, "Initiative": 0.76},  # 1.00 / 0.82 / 0.88 / 0.79
    "heldout7": {"Person": 0.95, "Organization": 0.87, "Region": 0.86, "Initiative": 0.69},  # 1.00 / 0.89 / 0.88 / 0.72
    # blind for one look at ner@33 (0.877 / 0.798), read since; the floors are under ner@38's figures
    "heldout9": {"Person": 0.95, "Organization": 0.87, "Region": 0.82, "Initiative": 0.73},  # 1.00 / 0.90 / 0.85 / 0.76
    # blind for one look at ner@56 (0.810 / 0.842), read since; the floors are under ner@73's figures
    "heldout11": {"Person": 0.95, "Organization": 0.83, "Region": 0.90, "Initiative": 0.75},  # 1.00 / 0.86 / 0.92 / 0.78
    # blind for one look at ner@64 (0.800 / 0.861), read since; the floors are under ner@73's figures
    "heldout12": {"Person": 0.85, "Organization": 0.80, "Region": 0.87, "Initiative": 0.73},  # 0.91 / 0.83 / 0.90 / 0.76
    # blind for one look at ner@98 (0.771 / 0.853 and 0.830 / 0.879), read since; floors under ner@101's
    "heldout14": {"Person": 0.95, "Organization": 0.77, "Region": 0.88, "Initiative": 0.74},  # 1.00 / 0.79 / 0.91 / 0.77
    "heldout15": {"Person": 0.95, "Organization": 0.80, "Region": 0.87, "Initiative": 0.76},  # 1.00 / 0.83 / 0.90 / 0.78
    # blind for one look at ner@107 (0.784 / 0.778), read since; floors under ner@110's
    "heldout16": {"Person": 0.95, "Organization": 0.76, "Region": 0.83, "Initiative": 0.72},  # 1.00 / 0.79 / 0.86 / 0.75
    # blind for one look at ner@110 (0.787 / 0.895) and ner@114 (0.885 / 0.888), read since; floors under ner@120's
    "heldout18": {"Person": 0.95, "Organization": 0.82, "Region": 0.88, "Initiative": 0.72},  # 1.00 / 0.85 / 0.91 / 0.75
    "heldout19": {"Person": 0.95, "Organization": 0.87, "Region": 0.88, "Initiative": 0.72},  # 1.00 / 0.91 / 0.91 / 0.75
    # blind for one look at ner@128 (0.80 / 0.832 / 0.910 / 0.747), read since; floors under ner@129's
    "heldout20": {"Person": 0.95, "Organization": 0.80, "Region": 0.88, "Initiative": 0.72},  # 1.00 / 0.83 / 0.91 / 0.75
    # blind for one look at ner@144 (0.75 / 0.802 / 0.915 / 0.778 and 0.909 / 0.763 / 0.897 / 0.778), read since;
    # floors under ner@149's
    "heldout22": {"Person": 0.85, "Organization": 0.83, "Region": 0.91, "Initiative": 0.75},  # 0.89 / 0.86 / 0.94 / 0.78
    "heldout23": {"Person": 0.85, "Organization": 0.83, "Region": 0.89, "Initiative": 0.75},  # 0.91 / 0.86 / 0.92 / 0.78
    # blind for one look at ner@149 (1.00 / 0.761 / 0.897 / 0.774 and 1.00 / 0.818 / 0.862 / 0.674), read since;
    # floors under ner@151's
    "heldout24": {"Person": 0.95, "Organization": 0.77, "Region": 0.88, "Initiative": 0.75},  # 1.00 / 0.79 / 0.91 / 0.78
    "heldout25": {"Person": 0.95, "Organization": 0.83, "Region": 0.84, "Initiative": 0.65},  # 1.00 / 0.86 / 0.87 / 0.68
    # blind for one look at ner@152 (1.00 / 0.742 / 0.883 / 0.732 and 0.857 / 0.881 / 0.873 / 0.805), read since;
    # floors under ner@164's
    "heldout26": {"Person": 0.95, "Organization": 0.75, "Region": 0.86, "Initiative": 0.70},  # 1.00 / 0.78 / 0.89 / 0.73
    "heldout27": {"Person": 0.80, "Organization": 0.89, "Region": 0.86, "Initiative": 0.78},  # 0.86 / 0.92 / 0.89 / 0.80
}


@pytest.mark.parametrize("dev_set", list(DEV_FLOORS))
@pytest.mark.parametrize("entity_type", list(TYPES))
def test_ner_development_set_holds_its_floor(dev_set, entity_type):
    key, neutral_key = TYPES[entity_type]
    true_pred = n_pred = true_gold = n_gold = 0
    for gold_path in sorted((DATA_DIR / dev_set).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        golds = [forms(e) for e in gold[key]]
        tp, n, tg = match_counts(entities_of(DATA_DIR / dev_set / gold["doc"])[entity_type], golds,
                                 [forms(e) for e in gold.get(neutral_key, [])])
        true_pred, n_pred, true_gold, n_gold = true_pred + tp, n_pred + n, true_gold + tg, n_gold + len(golds)
    f1 = f1_from(true_pred, n_pred, true_gold, n_gold)
    floor = DEV_FLOORS[dev_set][entity_type]
    assert f1 >= floor, f"{dev_set} {entity_type} micro F1 {f1:.3f} < {floor}"
