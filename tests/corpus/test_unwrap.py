"""Hard-wrapped text joined back into paragraphs (corpus/unwrap.py), and PDFs read so.

The wrapped text is real: tests/data/heldout4/承德.txt is a PDF conversion of the 承德 2024
work report, one layout line per line with a blank line after each and the page numbers
(— 1 —) between them. The other texts of the project are not wrapped and stay as they are.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.read import read_document
from corpus.unwrap import unwrap
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
