"""HTML bytes -> the text a browser shows, one block element per line."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from corpus.decode import DecodedText, decode_text_bytes
from corpus.errors import CorpusError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_HTML_CODECS = {
    "utf-8": "utf-8", "utf8": "utf-8",
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "big5": "big5", "big5-hkscs": "big5hkscs", "cp950": "cp950",
}
_INVISIBLE_TAGS = ("script", "style", "noscript", "head", "template", "iframe", "svg")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul",
)
_BREAK = "\x00"  # marks a line break while whitespace is collapsed; removed from the input first
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"

# A source line break between two Chinese characters is not a space (CSS Text 3).
_CJK_SEGMENT_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")


def decode_html(path: Path, data: bytes) -> DecodedText:
    if not data.strip():
        raise CorpusError(path, "empty file")
    markup, label = _decode_html_bytes(path, data)
    return DecodedText(visible_text(markup), f"html:{label}")


def _decode_html_bytes(path: Path, data: bytes) -> tuple[str, str]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        codec = _HTML_CODECS.get(declared.group(1).decode("ascii").lower()) if declared else None
        if codec is not None:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass  # the declaration lies; detect instead
    decoded = decode_text_bytes(path, data)
    return decoded.text, decoded.encoding


def visible_text(markup: str) -> str:
    """The text a browser shows, one block element per line."""
    from bs4 import BeautifulSoup
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    soup = BeautifulSoup(markup.replace(_BREAK, ""), "lxml")
    for tag in soup(_INVISIBLE_TAGS):
        tag.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for pre in soup("pre"):
        for string in pre.find_all(string=True):
            string.replace_with(string.replace("\n", _BREAK))
    for br in soup("br"):
        br.replace_with(_BREAK)
    for tag in soup(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    flat = _CJK_SEGMENT_BREAK.sub("", soup.get_text())
    flat = _HTML_WHITESPACE.sub(" ", flat).replace("\xa0", " ")
    lines = (line.strip(" ") for line in flat.split(_BREAK))
    return "\n".join(line for line in lines if line)
