"""Issue 8: a 50 MB text file is read whole and split into parts that cover it.

Extraction over such a file is measured in bench/run.py (python bench/run.py FILE),
not here: it takes minutes, and tests don't time things.
"""
from __future__ import annotations

from pathlib import Path

from corpus.read import read_document

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"


def test_read_a_50_megabyte_report(tmp_path: Path):
    report = (SAMPLES / "gov_work_report_2024_beijing.txt").read_text(encoding="utf-8")
    copies = 50_000_000 // len(report.encode("utf-8")) + 1
    path = tmp_path / "compilation.txt"
    path.write_text(report * copies, encoding="utf-8")
    assert path.stat().st_size >= 50_000_000
    document = read_document(path)
    assert len(document.text) == len(report) * copies
    assert document.parts[0].start == 0 and document.parts[-1].end == len(document.text)
    assert all(a.end == b.start for a, b in zip(document.parts, document.parts[1:]))
    assert all(len(p.norm) == len(p.text) for p in document.parts)
