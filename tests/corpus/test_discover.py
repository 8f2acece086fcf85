from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.discover import SAMPLES_DIR, find_documents, sample_paths
from corpus.read import read_document

NOTICE = "关于4月份教职工政治理论学习的通知\n各二级党组织：\n"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder with nested folders, hidden files and files to skip."""
    root = tmp_path / "corpus"
    for relative in (
        "重庆/seed.txt",
        "重庆/附件/plan.docx",
        "b_speech.md",
        "a_notice.html",
        "z/news.pdf",
        "notes.json",
        "README",
        ".hidden.txt",
        ".git/HEAD.txt",
        "~$plan.docx",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(NOTICE, encoding="utf-8")
    return root


def test_discover_walks_folder_sorted_with_relative_paths(corpus_dir: Path) -> None:
    found, problems = find_documents([corpus_dir])
    assert [shown for _, shown in found] == [
        "a_notice.html",
        "b_speech.md",
        "z/news.pdf",
        "重庆/seed.txt",
        "重庆/附件/plan.docx",
    ]
    assert all(path == corpus_dir / shown for path, shown in found)
    assert problems == []


def test_discover_keeps_file_argument_as_given(corpus_dir: Path) -> None:
    given = [corpus_dir / "重庆" / "seed.txt", corpus_dir / "README"]
    found, problems = find_documents(given)
    assert found == [(given[0], str(given[0])), (given[1], str(given[1]))]
    assert problems == []


def test_discover_names_a_file_once(corpus_dir: Path) -> None:
    seed = corpus_dir / "重庆" / "seed.txt"
    found, _ = find_documents([seed, corpus_dir])
    assert [path for path, _ in found].count(seed) == 1


@pytest.mark.parametrize("name, reason", [("missing.txt", "not found"), ("notes.json", "unsupported file type")])
def test_discover_reports_unusable_argument(corpus_dir: Path, name: str, reason: str) -> None:
    found, problems = find_documents([corpus_dir / name])
    assert found == []
    assert [path for path, _ in problems] == [corpus_dir / name]
    assert problems[0][1].startswith(reason)


def test_discover_reports_broken_symlink(corpus_dir: Path) -> None:
    link = corpus_dir / "重庆" / "gone.txt"
    link.symlink_to(corpus_dir / "deleted.txt")
    found, problems = find_documents([corpus_dir])
    assert (link, "broken symlink") in problems
    assert link not in [path for path, _ in found]


def test_discover_follows_symlinked_folder(corpus_dir: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "extra.txt").write_text(NOTICE, encoding="utf-8")
    (corpus_dir / "linked").symlink_to(elsewhere)
    found, problems = find_documents([corpus_dir])
    assert "linked/extra.txt" in [shown for _, shown in found]
    assert problems == []


def test_discover_reports_symlink_loop_and_finishes(corpus_dir: Path) -> None:
    loop = corpus_dir / "重庆" / "back"
    loop.symlink_to(corpus_dir)
    self_link = corpus_dir / "self.txt"
    self_link.symlink_to(self_link)
    found, problems = find_documents([corpus_dir])
    assert (loop, "symlink loop (links back to a folder above it)") in problems
    assert (self_link, "symlink loop") in problems
    assert len(found) == 5


def test_discover_reports_unreadable_folder(corpus_dir: Path) -> None:
    locked = corpus_dir / "重庆"
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop listing")
        _, problems = find_documents([corpus_dir])
        assert (locked, "cannot list folder: permission denied") in problems
    finally:
        locked.chmod(0o755)


def test_discover_reports_folder_it_may_not_list(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the same as chmod 000 for a non-root user, which the test may not be
    locked = corpus_dir / "重庆"
    real_scandir = os.scandir

    def scandir(path: os.PathLike[str] | str) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("corpus.discover.os.scandir", scandir)
    found, problems = find_documents([corpus_dir])
    assert problems == [(locked, "cannot list folder: permission denied")]
    assert [shown for _, shown in found] == ["a_notice.html", "b_speech.md", "z/news.pdf"]


def test_discover_samples_are_the_bundled_documents(samples_dir: Path) -> None:
    paths = sample_paths()
    assert SAMPLES_DIR.resolve() == samples_dir.resolve()
    assert [path.name for path in paths] == sorted(path.name for path in samples_dir.glob("*.txt"))
    assert len(paths) == 6
    assert all(read_document(path).text for path in paths)


def test_discover_skips_a_folders_own_documentation():
    found, problems = find_documents([SAMPLES_DIR])
    shown = [name for _, name in found]
    assert "SOURCES.md" not in shown and problems == []
    assert "seed_2023_04_study_notice_chongqing.txt" in shown and len(shown) == 6
