from __future__ import annotations

import pytest

from extractors.sentences import MAX_SENTENCE_CHARS, split_sentences


@pytest.mark.parametrize("text, expected", [
    # a closing quote stays with the sentence it closes (seed, 附件1)
    ("毛泽东同志指出：“我们办党校，就是要使我们同志的政治水平和理论水平提高一步，使我们党更加统一。”这句话在当前和今后都适用",
     ["毛泽东同志指出：“我们办党校，就是要使我们同志的政治水平和理论水平提高一步，使我们党更加统一。”",
      "这句话在当前和今后都适用"]),
    # headings end at the line break; padding is trimmed
    (" 附件1\n\n习近平：在中央党校建校90周年庆祝大会\n",
     ["附件1", "习近平：在中央党校建校90周年庆祝大会"]),
    # semicolons end clauses of a list (Beijing work report)
    ("城镇新增就业不少于26万人；城镇调查失业率控制在5%以内；居民收入增长与经济增长同步。",
     ["城镇新增就业不少于26万人；", "城镇调查失业率控制在5%以内；", "居民收入增长与经济增长同步。"]),
])
def test_sentences_split_real_text(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


def test_sentences_cap_a_line_without_punctuation():
    text = "成渝地区双城经济圈建设" * 1000
    sentences = split_sentences(text)
    assert max(s.end - s.start for s in sentences) == MAX_SENTENCE_CHARS
    assert "".join(text[s.start:s.end] for s in sentences) == text
