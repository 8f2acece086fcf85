"""Parts longer than one spaCy Doc should hold are run in pieces, with the same entities."""
from __future__ import annotations

import pytest

from corpus.read import build_parts
from extractors.ner import extract_entities
from extractors.ner.pipeline import CHUNK_CHARS, text_chunks


@pytest.mark.parametrize("text, size", [
    ("在京中共中央政治局委员、中央书记处书记、国务委员等参加植树活动。\n" * 50, 100),
    ("到2027年地区生产总值超过3万亿元" * 40, 64),  # no cut mark at all: hard cuts
])
def test_text_chunks_cover_the_text_without_gaps(text, size):
    chunks = list(text_chunks(text, size))
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:]))
    assert all(0 < end - start <= size for start, end in chunks)


def test_ner_reads_a_part_longer_than_a_doc(seed_text):
    # the tree-planting report as one line, repeated over several pieces (a part past
    # spaCy's max_length of 1,000,000 characters is cut the same way)
    start = seed_text.index("新华社北京4月4日电")
    report = seed_text[start:seed_text.index("附件3")].replace("\n", "")
    text = report * (int(2.5 * CHUNK_CHARS) // len(report) + 1)
    assert len(list(text_chunks(text, CHUNK_CHARS))) == 3
    (part,) = build_parts(text, doc_id="0" * 16, sha256="0" * 64, path="long.txt", file_name="long.txt")
    mentions = extract_entities(part)
    names = {(m.type, m.name) for m in mentions}
    assert {("Person", "习近平"), ("Person", "李强"), ("Person", "韩正")} <= names
    assert all(text[m.prov.char_start:m.prov.char_end] == m.surface for m in mentions)
    # every copy of the report is read, not only the first piece
    assert sum(m.name == "韩正" for m in mentions) >= len(text) // len(report)
