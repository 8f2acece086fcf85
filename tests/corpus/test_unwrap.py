"""Hard-wrapped text joined back into paragraphs (corpus/unwrap.py), and PDFs read so.

The wrapped text is real: tests/data/heldout4/承德.txt is a PDF conversion of the 承德 2024
work report, one layout line per line with a blank line after each and the page numbers
(— 1 —) between them. The other texts of the project are not wrapped and stay as they are.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.read import read_document
from corpus.unwrap import unwrap, unwrap_with_positions
from extractors.ner import extract_entities
from tests.corpus.test_read import _minimal_pdf

ROOT = Path(__file__).resolve().parents[2]
WRAPPED = ROOT / "tests/data/heldout4/承德.txt"


@pytest.fixture(scope="module")
def chengde() -> tuple[str, str]:
    text = WRAPPED.read_text(encoding="utf-8")
    return text, unwrap(text)


def test_wrapped_lines_are_joined_without_a_space(chengde):
    text, joined = chengde
    assert "并请市\n\n政协委员" in text and "并请市政协委员和列席人员提出意见。" in joined
    # A number cut from its unit at a line end (增长 / 31.3%) and a sentence across a page.
    assert "新增企业1.3万户，增长31.3%。" in joined
    assert "全面贯彻落实党的二十大精神" in joined
    assert joined.count("\n") < text.count("\n") / 5


def test_headings_and_page_numbers(chengde):
    _, joined = chengde
    lines = [line for line in joined.split("\n") if line.strip()]
    # Headings and the lines before them keep their own lines.
    assert "一、2023年工作回顾" in lines
    assert "各位代表：" in lines
    assert any(line.startswith("（二）树牢链式思维") for line in lines)
    # Page numbers between the lines are the layout's.
    assert "— 1 —" not in joined and "— 2 —" not in joined


@pytest.mark.parametrize("path", sorted((ROOT / "corpus/samples").glob("*.txt")) + [ROOT / "tests/data/heldout/泰州.txt"],
                         ids=lambda p: p.name)
def test_texts_that_are_not_wrapped_stay_as_they_are(path):
    text = path.read_text(encoding="utf-8")
    assert unwrap(text) == text


def test_a_pdf_of_wrapped_lines_reads_as_paragraphs_and_its_names_are_found(tmp_path):
    # The first lines of the 承德 report as a PDF's text layer: one layout line each, 21 characters wide.
    text = WRAPPED.read_text(encoding="utf-8")
    paragraph = "".join(line for line in text.split("\n")[2:12] if line.strip() and "—" not in line)
    lines = [paragraph[i:i + 21] for i in range(0, len(paragraph), 21)]
    path = tmp_path / "承德.pdf"
    path.write_bytes(_minimal_pdf(["Chengde 2024"], lines))
    document = read_document(path)
    assert "并请市政协委员和列席人员提出意见。" in document.text
    names = {m.name for part in document.parts for m in extract_entities(part)}
    assert "中国人民政治协商会议承德市委员会" in names


# tests/data/heldout14/枣庄.txt is the 枣庄 2024 report as another converter left it: one line,
# every layout line end a space (并 请各位政协委员), page numbers inline (交流合 — 3 — 作).
FLATTENED = ROOT / "tests/data/heldout14/枣庄.txt"


def test_a_flattened_text_is_joined_at_its_line_ends():
    text = FLATTENED.read_text(encoding="utf-8")
    assert "\n" not in text and "红荷湿 地" in text and "交流合 — 3 — 作" in text
    joined = unwrap(text)
    assert "请予审议，并请各位政协委员和其他列席会议的同志提出意见。" in joined
    assert "支持冠世榴园、红荷湿地创建国家级旅游度假区" in joined
    assert "持续扩大对外交流合作，与韩国高敞郡缔结友好城市" in joined
    lines = joined.split("\n")
    assert "各位代表：" in lines and "一、2023年工作回顾" in lines
    # A number keeps the space the converter wrote after it; it was no line's end.
    assert "2023 年是枣庄发展史上具有里程碑意义的一年" in joined
    assert "— 3 —" not in joined


def test_a_flattened_text_keeps_offsets_into_the_original():
    text = FLATTENED.read_text(encoding="utf-8")
    joined, where = unwrap_with_positions(text)
    at = joined.index("红荷湿地")
    assert [text[where[i]] for i in range(at, at + 4)] == list("红荷湿地")
    assert where == sorted(where) and all(joined[i] == text[where[i]] for i in range(len(joined)) if joined[i] != "\n")


def test_names_across_a_flattened_line_end_are_found():
    document = read_document(FLATTENED)
    names = {m.name for part in document.parts for m in extract_entities(part)}
    assert {"高敞郡", "红荷湿地"} <= names
