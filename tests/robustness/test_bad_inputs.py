"""Issue 8: a messy corpus is either processed correctly or reported, and the run completes.

The corpus is built at test time from the real sample documents: legacy
encodings without BOM, glued encodings, traditional characters, broken Word and
PDF files, binary data named .txt, empty files, a line of megabytes, a text
without sentence punctuation, and file-system traps. One `policykg run` over
it must exit 3 (partial), list every bad file in failures.csv with a reason,
and have every good document in the graph.
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import opencc
import pytest

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED = (SAMPLES / "seed_2023_04_study_notice_chongqing.txt").read_text(encoding="utf-8")
BEIJING = (SAMPLES / "gov_work_report_2024_beijing.txt").read_text(encoding="utf-8")


def _between(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin:text.index(end, begin)]


# The seed's tree-planting report (names eight leaders) and the Chongqing plan's
# first action (sets targets): what the good files carry, in different forms.
REPORT = _between(SEED, "新华社北京4月4日电", "在京中共中央政治局委员")
PLAN = _between(SEED, "（一）实施提升主城都市区极核引领行动", "（二）")
NOTICE = _between(SEED, "关于4月份教职工政治理论学习的通知", "2023年4月6日")


def _docx(path: Path, text: str) -> None:
    import docx

    word = docx.Document()
    for line in text.split("\n"):
        word.add_paragraph(line)
    word.save(str(path))


GOOD = {
    "gbk.txt": lambda p: p.write_bytes(REPORT.encode("gbk")),
    "utf8-bom.txt": lambda p: p.write_bytes(PLAN.encode("utf-8-sig")),
    "big5-traditional.txt": lambda p: p.write_bytes(opencc.OpenCC("s2tw").convert(NOTICE).encode("big5")),
    "traditional-utf8.txt": lambda p: p.write_text(opencc.OpenCC("s2t").convert(PLAN), encoding="utf-8"),
    "glued.txt": lambda p: p.write_bytes(REPORT.encode("utf-8") + b"\n" + NOTICE.encode("gbk")),
    "noisy.html": lambda p: p.write_text(
        "<html><head><style>p{color:red}</style><script>document.write('李鹏')</script></head><body>"
        + "".join(f"<p>&nbsp;&nbsp;{line}</p>" for line in REPORT.split("\n")) + "</body></html>",
        encoding="utf-8"),
    "report.docx": lambda p: _docx(p, PLAN),
    "no-punctuation.txt": lambda p: p.write_text(
        "".join(ch for ch in REPORT if ch not in "，。；、：！？“”\n"), encoding="utf-8"),
    "one-long-line.txt": lambda p: p.write_text((BEIJING.replace("\n", "") * 12), encoding="utf-8"),
}

BAD = {  # name → how to make it, and a word the reason must contain
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(256)) * 64), "binary"),
    "nul-bytes.txt": (lambda p: p.write_bytes(REPORT.encode("utf-8")[:301] + b"\x00\x07\x00" * 50), "binary"),
    "truncated.docx": (lambda p: (_docx(p, PLAN), p.write_bytes(p.read_bytes()[:700])), "docx"),
    "corrupt.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n%%EOF"), "pdf"),
    "korean.txt": (lambda p: p.write_bytes(("대한민국 정부는 국민의 삶을 지키기 위해 노력합니다. " * 20).encode("euc-kr")),
                   "Korean"),
    "broken-link.txt": (lambda p: p.symlink_to(p.parent / "nowhere.txt"), "broken symlink"),
}


@pytest.fixture(scope="module")
def messy_run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("messy")
    for name, make in GOOD.items():
        make(corpus / name)
    for name, (make, _) in BAD.items():
        make(corpus / name)
    loop = corpus / "loop"
    loop.mkdir()
    (loop / "again").symlink_to(loop)  # a folder linking to itself
    out = tmp_path_factory.mktemp("runs") / "out"
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(corpus), "--out", str(out), "--quiet"],
        capture_output=True, text=True, env=env, timeout=600)
    return corpus, out, result


def test_messy_corpus_run_is_partial_not_failed(messy_run):
    _, _, result = messy_run
    assert result.returncode == 3, result.stderr[-3000:]


def test_messy_corpus_reports_every_bad_input_with_a_reason(messy_run):
    _, out, _ = messy_run
    with open(out / "failures.csv", encoding="utf-8-sig") as handle:
        failures = {Path(row["path"]).name: row["reason"] for row in csv.DictReader(handle)}
    for name, (_, word) in BAD.items():
        assert word.lower() in failures.get(name, "").lower(), (name, failures.get(name))
    assert "loop" in failures.get("again", "")
    assert not set(failures) & set(GOOD)


def test_messy_corpus_loses_no_good_document(messy_run):
    _, out, _ = messy_run
    graph = nx.read_graphml(out / "graph.graphml")
    files = {d["file_name"] for _, d in graph.nodes(data=True) if d["type"] == "Document"}
    assert files == set(GOOD)


def test_messy_corpus_finds_entities_and_targets_in_every_form(messy_run):
    _, out, _ = messy_run
    graph = nx.read_graphml(out / "graph.graphml")
    mentioned_in: dict[str, set[str]] = {}
    for source, target, data in graph.edges(data=True):
        if data["type"] in ("MENTIONS", "SETS_TARGET"):
            mentioned_in.setdefault(graph.nodes[source]["file_name"], set()).add(target)
    for name in ("gbk.txt", "noisy.html", "glued.txt"):
        assert "person:李强" in mentioned_in[name], name
    # without punctuation the names run together (习近平李强赵乐际…); the leader heading them is still found
    assert "person:习近平" in mentioned_in["no-punctuation.txt"]
    # traditional characters: the same targets as the simplified plan, offsets into the original
    targets = {name: sorted((graph.nodes[t]["indicator"], graph.nodes[t]["value"])
                            for t in nodes if t.startswith("target:"))
               for name, nodes in mentioned_in.items()}
    assert targets["traditional-utf8.txt"] == targets["utf8-bom.txt"] == targets["report.docx"]
    assert ("地区生产总值", 3.0) in targets["traditional-utf8.txt"]
