from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpus.normalize as normalize_module
from corpus.normalize import normalize, to_simplified


@pytest.mark.parametrize(
    "text, expected",
    [
        ("到２０２７年", "到2027年"),
        ("（来源：求是网 2023-3-31）", "(来源:求是网 2023-3-31)"),
        ("1．增强国家中心城市核心功能承载能力", "1.增强国家中心城市核心功能承载能力"),
        ("各二级党组织：", "各二级党组织:"),
        ("　　今天，我们在这里集会", "  今天,我们在这里集会"),
        ("建成2－3个世界级商圈﹒", "建成2-3个世界级商圈."),
        ("ＧＤＰ增长５％左右", "GDP增长5%左右"),
    ],
)
def test_normalize_folds_full_width(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "渝府发〔2023〕8号",
        "印发《全国职业院校技能大赛执行规划（2023—2027年）》的通知。",
        "“重庆山水、重庆时尚、重庆美食”",
        "①②③",
    ],
)
def test_normalize_keeps_cjk_punctuation(text: str) -> None:
    # 〔〕《》“”。、 and — have no NFKC form; ① is a list marker, not a digit here.
    kept = "〔〕《》“”。、—①②③"
    assert [c for c in normalize(text) if c in kept] == [c for c in text if c in kept]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("國務院總理李強", "国务院总理李强"),
        ("習近平在參加首都義務植樹活動時強調", "习近平在参加首都义务植树活动时强调"),
        ("穩步推進陸海國際中心、中環萬象城等城市消費新地標建設", "稳步推进陆海国际中心、中环万象城等城市消费新地标建设"),
        ("重慶市人民政府關於印發重慶市推動成渝地區雙城經濟圈建設行動方案", "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案"),
        ("渝府發〔２０２３〕８號", "渝府发〔2023〕8号"),
        ("⼀带⼀路", "一带一路"),  # Kangxi radicals, as PDF text extraction produces them
    ],
)
def test_normalize_converts_traditional_to_simplified(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_leaves_simplified_sample_alone(seed_text: str) -> None:
    # the seed file is simplified except for 中環万象城 and its full-width punctuation
    normalized = normalize(seed_text)
    changed = {(a, b) for a, b in zip(seed_text, normalized) if a != b}
    assert ("環", "环") in changed
    assert all(b.isascii() or a == "環" for a, b in changed)


def test_normalize_keeps_a_simplified_character_opencc_would_change():
    # 资阳's report (development set 25): 乾源 is a firm; OpenCC's t2s reads its 乾 as 干 (dry).
    sentence = "推动联友、乾源等纺织企业满产达效。"
    assert normalize(sentence) == sentence
    assert normalize("乾燥") == "乾燥"  # the price: a traditional text's 乾 (dry) stays as written
    # 蚌埠's report (development set 26): 浙江景昇 is a firm; t2s would make it 景升.
    firms = "竣工投产华彩电器、浙江景昇等项目"
    assert normalize(firms) == firms


class _LengthChangingConverter:
    """Stands in for an OpenCC dictionary whose phrase entry changes length."""

    def convert(self, text: str) -> str:
        return text.replace("後來", "后来了").replace("國", "国")


def test_normalize_keeps_length_when_a_phrase_changes_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize_module, "_t2s", lambda: _LengthChangingConverter())
    text = "中國\n後來他們到了中國"
    converted = to_simplified(text)
    assert len(converted) == len(text)
    assert converted == "中国\n後來他們到了中国"


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_normalize_keeps_length_of_any_text(text: str) -> None:
    assert len(normalize(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("國務院總理李強後來發展２０２７，。（）：　﹒⼀abc\n\r")))
def test_normalize_keeps_length_of_mixed_chinese(text: str) -> None:
    normalized = normalize(text)
    assert len(normalized) == len(text)
    assert [c == "\n" for c in normalized] == [c == "\n" for c in text]


@given(st.text(alphabet=st.characters(max_codepoint=0x7E)))
def test_normalize_leaves_ascii_alone(text: str) -> None:
    assert normalize(text) == text
