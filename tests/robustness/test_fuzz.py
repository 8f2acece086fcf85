"""Issue 8: fuzzing the readers and the extractors with a bounded budget.

Readers may only raise CorpusError; extractors may raise nothing, and every
record they return must point at its own text.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import CorpusError
from corpus.read import build_parts, read_document
from extractors.pipeline import run_extractors
from extractors.records import Mention, Target

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
LINES = [line for sample in sorted(SAMPLES.glob("*.txt"))
         for line in sample.read_text(encoding="utf-8").split("\n") if line.strip()]
BUDGET = settings(max_examples=60, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Real lines, cut and spliced, with noise the web and converters add.
real_line = st.sampled_from(LINES).flatmap(
    lambda line: st.tuples(st.integers(0, len(line)), st.integers(0, len(line))).map(
        lambda cut: line[min(cut):max(cut)] or line))
noise = st.sampled_from(["\x00", "\ufeff", "\r", "\u3000", "　", "＂", "“", "》", "%", "—", "〇", "\ud7ff", "\t",
                         "<p>", "&nbsp;", "①", "２０２７", "年", "万亿元", "分别", "、", "同志", "附件1\n"])
fuzzy_text = st.lists(st.one_of(real_line, noise, st.text(max_size=12)), min_size=1, max_size=25).map("".join)


def _check_records(text: str, records: list) -> None:
    for record in records:
        start, end = record.prov.char_start, record.prov.char_end
        assert 0 <= start <= end <= len(text)
        if isinstance(record, Mention):
            assert text[start:end] == record.surface
        if isinstance(record, Target):
            assert record.unit_base and record.value_base == record.value_base  # not NaN


@BUDGET
@given(fuzzy_text)
def test_fuzz_extractors_never_raise_and_point_into_the_text(text):
    for part in build_parts(text, doc_id="0" * 16, sha256="0" * 64, path="fuzz.txt", file_name="fuzz.txt"):
        _check_records(text, run_extractors(part))


@BUDGET
@given(data=st.one_of(st.binary(max_size=2000), fuzzy_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      fuzzy_text.map(lambda t: t.encode("gb18030", "replace")),
                      fuzzy_text.map(lambda t: t.encode("utf-16", "surrogatepass"))),
       suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf", ".md"]))
def test_fuzz_readers_raise_only_corpus_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path)
    except CorpusError as error:
        assert error.path == path and error.reason
        return
    for part in document.parts:
        assert document.text[part.start:part.end] == part.text
        assert len(part.norm) == len(part.text)


@BUDGET
@given(members=st.dictionaries(st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/x"]),
                               st.binary(max_size=300), max_size=3))
def test_fuzz_docx_lookalikes_raise_only_corpus_error(tmp_path_factory, members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    path = tmp_path_factory.mktemp("fuzz") / "input.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(CorpusError):
        read_document(path)
