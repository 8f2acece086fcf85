"""The same document in another encoding or file format gives the same entities."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from corpus.read import read_document
from extractors.ner import extract_entities


@pytest.fixture(scope="module")
def report(seed_text: str) -> str:
    """附件2 of the seed: the tree-planting report that names eight leaders."""
    start = seed_text.index("附件2") + len("附件2")
    end = seed_text.index("附件3")
    return seed_text[start:end].strip()


def _entities(path: Path) -> set[tuple[str, str]]:
    document = read_document(path)
    found = set()
    for part in document.parts:
        for mention in extract_entities(part):
            assert document.text[mention.prov.char_start:mention.prov.char_end] == mention.surface
            found.add((mention.type, mention.name))
    return found


def _write_docx(path: Path, text: str) -> None:
    word = docx.Document()
    for line in text.split("\n"):
        word.add_paragraph(line)
    word.save(str(path))


def _write_html(path: Path, text: str) -> None:
    body = "".join(f"<p>{line}&nbsp;</p>\n" for line in text.split("\n"))
    path.write_text("<html><head><meta charset='gbk'><style>p{margin:0}</style>"
                    "<script>var x = '李鹏';</script></head><body>" + body + "</body></html>",
                    encoding="gbk")


@pytest.mark.parametrize("name, write", [
    ("gbk.txt", lambda p, t: p.write_bytes(t.encode("gbk"))),
    ("gb18030.txt", lambda p, t: p.write_bytes(t.encode("gb18030"))),
    ("utf16.txt", lambda p, t: p.write_bytes(t.encode("utf-16"))),
    ("utf16le-nobom.txt", lambda p, t: p.write_bytes(t.encode("utf-16-le"))),
    ("report.docx", _write_docx),
    ("report.html", _write_html),
])
def test_entities_are_the_same_in_every_format(tmp_path: Path, report: str, name: str, write) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(report, encoding="utf-8")
    expected = _entities(utf8)
    assert {("Person", "李强"), ("Person", "韩正"), ("Organization", "国家林业和草原局")} <= expected
    other = tmp_path / name
    write(other, report)
    assert _entities(other) == expected
