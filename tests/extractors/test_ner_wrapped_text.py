"""NER, targets and relations over a hard-wrapped text file (a PDF converted to .txt, one layout line per line):
names and sentences across line breaks are found, with offsets into the file's own text.

The text is real: tests/data/heldout4/承德.txt, the 承德 2024 work report (a development set),
wrapped at 29 characters with a blank line after each line and page numbers between.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.read import read_document
from extractors.ner import extract_entities

WRAPPED = Path(__file__).resolve().parents[1] / "data/heldout4/承德.txt"


@pytest.fixture(scope="module")
def chengde():
    document = read_document(WRAPPED)
    mentions = [m for part in document.parts for m in extract_entities(part)]
    return document, mentions


def test_names_across_a_line_break_are_found(chengde):
    document, mentions = chengde
    cppcc = [m for m in mentions if m.name == "中国人民政治协商会议承德市委员会"]
    assert cppcc, "市 / 政协 across a line break"
    first = cppcc[0]
    # Offsets are into the file's text, which has the line break inside the name; the surface
    # is the name as written, without it.
    assert document.text[first.prov.char_start:first.prov.char_end] == "市\n\n政协"
    assert first.surface == "市政协"
    # The evidence is the whole sentence, not one layout line.
    assert first.prov.evidence.replace("\n", "").startswith("现在，我代表市人民政府向大会报告工作")
    assert "提出意见。" in first.prov.evidence


def test_schools_split_by_the_layout(chengde):
    _, mentions = chengde
    names = {m.name for m in mentions}
    assert {"承德医学院", "河北民族师范学院"} <= names


def test_a_text_that_is_not_wrapped_keeps_its_line_level_evidence():
    # The seed sample is written in paragraphs: its evidence sentences hold no line break.
    sample = Path(__file__).resolve().parents[2] / "corpus/samples/seed_2023_04_study_notice_chongqing.txt"
    document = read_document(sample)
    mentions = [m for part in document.parts for m in extract_entities(part)]
    assert mentions and all("\n" not in m.prov.evidence for m in mentions)


def test_targets_across_a_line_break():
    # 地区生产总值增长6%左 / 右: the goal is read whole, its offsets are into the file's text.
    from extractors.targets.extract import extract_targets

    document = read_document(WRAPPED)
    targets = [t for part in document.parts for t in extract_targets(part)]
    gdp = [t for t in targets if t.indicator == "地区生产总值" and t.deadline == "2024"]
    assert gdp and gdp[0].value == 6.0 and gdp[0].unit == "%"
    assert gdp[0].text == "地区生产总值增长6%左右"
    assert document.text[gdp[0].prov.char_start:gdp[0].prov.char_end] == "地区生产总值增长6%左\n\n右"
    assert not any(t.indicator.endswith("左") for t in targets)


def test_a_wrapped_copy_of_a_text_gives_the_same_relations_and_events(tmp_path):
    # The news sample hard-wrapped at 25 characters with a blank line after each line, as a PDF
    # converted to .txt would be: its titles, co-mentions, speeches and meeting are read as before.
    from extractors.pipeline import run_extractors

    sample = Path(__file__).resolve().parents[2] / "corpus/samples/news_xinwenlianbo_20231212_central_economic_work_conference.txt"
    text = sample.read_text(encoding="utf-8")
    lines = [piece for line in text.split("\n") for piece in ([line[i:i + 25] for i in range(0, len(line), 25)] or [""])]
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n\n".join(lines), encoding="utf-8")

    def relations_and_events(path: Path) -> tuple[set, set]:
        document = read_document(path)
        records = [r for part in document.parts for r in run_extractors(part)]
        relations = {(r.type, r.source, r.target) for r in records if type(r).__name__ == "Relation"}
        return relations, {r.key for r in records if type(r).__name__ == "Event"}

    original, from_wrapped = relations_and_events(sample), relations_and_events(wrapped)
    assert len(original[0]) > 50 and original[1]
    assert from_wrapped == original
