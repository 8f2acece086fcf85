from __future__ import annotations

import hashlib
import io
import os
import zlib
from pathlib import Path

import docx
import opencc
import pytest

from corpus.errors import CorpusError
from corpus.normalize import normalize
from corpus.read import read_document

SAMPLE_NAMES = sorted(p.name for p in (Path(__file__).parents[2] / "corpus" / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def notice(seed_text: str) -> str:
    """The covering notice of the seed file: a real paragraph every legacy codec can hold."""
    start = seed_text.index("关于4月份教职工政治理论学习的通知")
    end = seed_text.index("2023年4月6日") + len("2023年4月6日")
    return seed_text[start:end]


@pytest.fixture(scope="module")
def notice_lines(notice: str) -> list[str]:
    return [line.strip() for line in notice.split("\n") if line.strip()]


# --- encodings --------------------------------------------------------------------


@pytest.mark.parametrize(
    "codec, expected_encoding",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),        # with BOM
        ("utf-16-le", "utf-16"),     # without BOM
        ("utf-16-be", "utf-16"),     # without BOM
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_read_decodes_simplified_paragraph(tmp_path: Path, notice: str, codec: str, expected_encoding: str) -> None:
    path = tmp_path / f"notice-{codec}.txt"
    path.write_bytes(notice.encode(codec))
    doc = read_document(path)
    assert doc.text == notice
    assert doc.encoding == expected_encoding


def test_read_decodes_big5_traditional_paragraph(tmp_path: Path, notice: str) -> None:
    traditional = opencc.OpenCC("s2tw").convert(notice)
    assert traditional != notice
    path = tmp_path / "notice-big5.txt"
    path.write_bytes(traditional.encode("big5"))
    doc = read_document(path)
    assert doc.encoding == "big5"
    assert doc.text == traditional
    for part in doc.parts:  # matching sees simplified text at the same offsets
        assert part.norm == normalize(notice[part.start:part.end])


@pytest.mark.parametrize("codec", ["gbk", "big5", "utf-16-le"])
def test_read_decodes_single_lines(tmp_path: Path, notice_lines: list[str], codec: str) -> None:
    # short files give the detector little evidence; each line must still decode
    converter = opencc.OpenCC("s2tw")
    for number, line in enumerate(notice_lines):
        text = converter.convert(line) if codec == "big5" else line
        path = tmp_path / f"line{number}.txt"
        path.write_bytes(text.encode(codec))
        assert read_document(path).text == text, line


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_read_normalises_line_endings(tmp_path: Path, notice: str, newline: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(notice.replace("\n", newline).encode("gb18030"))
    assert read_document(path).text == notice


@pytest.mark.parametrize(
    "text, codec",
    [
        ("대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. " * 4, "euc_kr"),
        ("日本語のテキストです。東京都に住んでいます。", "shift_jis"),
        ("café résumé naïve", "latin-1"),
    ],
)
def test_read_refuses_to_guess_foreign_encodings(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "foreign.txt"
    path.write_bytes(text.encode(codec))
    with pytest.raises(CorpusError, match="cannot decode") as caught:
        read_document(path)
    assert caught.value.path == path


def test_read_refuses_big5_garbage_as_gb18030(tmp_path: Path, notice: str) -> None:
    # Big5 bytes are mostly valid GB18030; the result must be the Big5 reading, not mojibake
    traditional = opencc.OpenCC("s2tw").convert(notice)
    data = traditional.encode("big5")
    assert data.decode("gb18030") != traditional
    path = tmp_path / "big5.txt"
    path.write_bytes(data)
    assert read_document(path).text == traditional


# --- HTML and DOCX ----------------------------------------------------------------


def _write_docx(path: Path, lines: list[str], table_row: list[str]) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(table_row))
    for cell, text in zip(table.rows[0].cells, table_row):
        cell.text = text
    document.add_paragraph("党委宣传网工部")
    document.save(str(path))


def _noisy_html(lines: list[str], table_row: list[str], charset: str) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in lines)
    cells = "".join(f"<td>{text}</td>" for text in table_row)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>不可见的标题</title>
<style>p {{ font-family: 宋体; }}</style>
<script>var hidden = "脚本里的字";</script></head>
<body>
<!-- 注释里的字 -->
<noscript>请启用脚本</noscript>
{paragraphs.replace("各二级党组织", "各二级<b>党组织</b>")}
<table><tr>{cells}</tr></table>
<div>&nbsp;党委宣传网工部&nbsp;</div>
</body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_read_html_and_docx_give_same_visible_text(tmp_path: Path, notice_lines: list[str], charset: str) -> None:
    lines = notice_lines[:-2]
    table_row = ["附件1", "习近平：在中央党校建校90周年庆祝大会暨2023年春季学期开学典礼上的讲话"]
    docx_path, html_path = tmp_path / "notice.docx", tmp_path / "notice.html"
    _write_docx(docx_path, lines, table_row)
    html_path.write_bytes(_noisy_html(lines, table_row, charset).encode(charset))

    from_docx, from_html = read_document(docx_path), read_document(html_path)
    assert from_docx.text == "\n".join([*lines, *table_row, "党委宣传网工部"])
    assert from_html.text == from_docx.text
    assert from_docx.encoding == "docx"
    assert from_html.encoding == ("html:gb18030" if charset == "gbk" else "html:utf-8")
    for hidden in ("不可见的标题", "宋体", "脚本里的字", "注释里的字", "请启用脚本", "\xa0"):
        assert hidden not in from_html.text


def test_read_html_with_a_lying_charset_is_detected(tmp_path: Path, notice: str) -> None:
    path = tmp_path / "lying.htm"
    path.write_bytes(f'<html><head><meta charset="utf-8"></head><body><p>{notice}</p></body></html>'.encode("gbk"))
    doc = read_document(path)
    assert doc.encoding == "html:gb18030"
    assert "关于4月份教职工政治理论学习的通知" in doc.text


# --- PDF --------------------------------------------------------------------------


def _minimal_pdf(ascii_lines: list[str], chinese_lines: list[str]) -> bytes:
    """A one-page PDF: Helvetica for ASCII, an Identity-H font with a ToUnicode map for Chinese."""
    operators = []
    y = 750
    for line in ascii_lines:
        operators.append(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET" % (y, line.encode("ascii")))
        y -= 20
    for line in chinese_lines:
        operators.append(b"BT /F2 12 Tf 72 %d Td <%s> Tj ET" % (y, line.encode("utf-16-be").hex().encode()))
        y -= 20
    content = b"\n".join(operators)
    to_unicode = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        b"1 beginbfrange <0000> <FFFF> <0000> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
        b" /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode), to_unicode),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_read_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_minimal_pdf(["Action Plan 2023-2027"], ["到2027年，地区生产总值超过3万亿元"]))
    doc = read_document(path)
    assert doc.encoding == "pdf"
    assert doc.text.split("\n") == ["Action Plan 2023-2027", "到2027年，地区生产总值超过3万亿元"]


def test_read_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_minimal_pdf([], []))
    with pytest.raises(CorpusError, match="no text layer") as caught:
        read_document(path)
    assert caught.value.path == path


# --- unusable files ---------------------------------------------------------------


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("关于4月份教职工政治理论学习的通知")
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("truncated.docx", _docx_bytes()[:2000], "corrupt or truncated .docx"),
        ("not-a-zip.docx", "关于4月份教职工政治理论学习的通知".encode(), "corrupt or truncated .docx"),
        ("truncated.pdf", _minimal_pdf(["Action Plan"], [])[:150], "corrupt PDF"),
        ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4, "corrupt PDF"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
        ("compressed.txt", zlib.compress("关于4月份教职工政治理论学习的通知".encode() * 50), "cannot decode|binary"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06abc" * 100, "binary"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", "  \r\n\t　\n".encode(), "empty file"),
        ("blank.html", b"<html><body><script>var a;</script> </body></html>", "empty file"),
        ("notice.doc", b"\xd0\xcf\x11\xe0", "unsupported file type"),
    ],
)
def test_read_refuses_unusable_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CorpusError, match=reason) as caught:
        read_document(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)


def test_read_refuses_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    with pytest.raises(CorpusError, match="broken symlink") as caught:
        read_document(link)
    assert caught.value.path == link


def test_read_refuses_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(CorpusError, match="directory"):
        read_document(folder)


def test_read_refuses_unreadable_file(tmp_path: Path, notice: str) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(notice, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        with pytest.raises(CorpusError, match="permission denied") as caught:
            read_document(path)
        assert caught.value.path == path
    finally:
        path.chmod(0o644)


def test_read_reports_permission_error(tmp_path: Path, notice: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the same as chmod 000 for a non-root user, which the test may not be
    path = tmp_path / "secret.txt"
    path.write_text(notice, encoding="utf-8")

    def read_bytes(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(CorpusError, match="permission denied") as caught:
        read_document(path)
    assert caught.value.path == path


# --- identity and parts -----------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_read_sample_parts_point_into_text(samples_dir: Path, name: str) -> None:
    path = samples_dir / name
    doc = read_document(path, display_path=f"samples/{name}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert (doc.sha256, doc.doc_id) == (digest, digest[:16])
    assert (doc.path, doc.file_name, doc.encoding) == (f"samples/{name}", name, "utf-8")
    assert doc.parts, "every document has at least one part"
    assert [part.index for part in doc.parts] == list(range(len(doc.parts)))
    for part in doc.parts:
        assert doc.text[part.start:part.end] == part.text
        assert part.norm == normalize(part.text)
        assert len(part.norm) == len(part.text)
        assert (part.doc_id, part.sha256, part.path, part.file_name) == (doc.doc_id, doc.sha256, doc.path, name)


def test_read_same_bytes_same_id(tmp_path: Path, samples_dir: Path) -> None:
    data = (samples_dir / SAMPLE_NAMES[0]).read_bytes()
    first, second = tmp_path / "a.txt", tmp_path / "copy"
    first.write_bytes(data)
    second.write_bytes(data)
    one, other = read_document(first), read_document(second)
    assert one.doc_id == other.doc_id
    assert (one.path, other.path) == (str(first), str(second))


@pytest.mark.parametrize("legacy", ["gbk", "big5"])
def test_read_decodes_a_file_glued_from_two_encodings(tmp_path: Path, seed_text: str, legacy: str) -> None:
    # a scraped page saved as UTF-8 with a legacy-encoded page appended to it
    lines = seed_text.split("\n")
    head = "\n".join(lines[:40])
    tail = "\n".join(lines[4:12])  # the notice, in traditional characters for Big5
    if legacy == "big5":
        tail = opencc.OpenCC("s2tw").convert(tail)
    path = tmp_path / "glued.txt"
    path.write_bytes(head.encode("utf-8") + b"\n" + tail.encode(legacy))
    document = read_document(path)
    assert document.text == head + "\n" + tail
    assert document.encoding.startswith("mixed:") and "utf-8" in document.encoding
