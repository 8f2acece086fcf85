"""Expand the files and folders a user names into the documents to read.

Folders are walked recursively in sorted order; hidden files and dot-folders
are skipped; symlinks are followed, but a link back into a folder being walked
is reported as a loop instead of walked forever. What cannot be used comes
back with a reason, so the caller can report it and go on.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from corpus.read import SUPPORTED_SUFFIXES

DOCUMENT_SUFFIXES = frozenset(SUPPORTED_SUFFIXES - {""})  # in folders, only named types
NOT_REGULAR = "not a regular file"
SAMPLES_DIR = Path(str(files("corpus") / "samples"))
# A corpus folder's own documentation is not part of the corpus.
FOLDER_DOCS = frozenset({"README", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"})

Found = list[tuple[Path, str]]     # (file, display path)
Problems = list[tuple[Path, str]]  # (path, reason)


def sample_paths() -> list[Path]:
    """The bundled sample documents (not their SOURCES.md)."""
    return sorted(SAMPLES_DIR.glob("*.txt"))


def find_documents(paths: Sequence[Path]) -> tuple[Found, Problems]:
    """(file, display path) for every usable document, and (path, reason) for the rest."""
    found: Found = []
    problems: Problems = []
    for given in map(Path, paths):
        reason = _unusable_reason(given)
        if reason:
            problems.append((given, reason))
        elif given.is_dir():
            _walk(given, given, frozenset(), found, problems)
        elif given.suffix.lower() in SUPPORTED_SUFFIXES:
            found.append((given, str(given)))
        else:
            problems.append((given, f"unsupported file type {given.suffix!r}"))
    return _unique(found), problems


def _walk(root: Path, folder: Path, ancestors: frozenset[tuple[int, int]], found: Found, problems: Problems) -> None:
    identity = _identity(folder)
    if identity in ancestors:
        problems.append((folder, "symlink loop (links back to a folder above it)"))
        return
    ancestors = ancestors | {identity}
    try:
        with os.scandir(folder) as scan:
            names = sorted(entry.name for entry in scan)
    except PermissionError:
        problems.append((folder, "cannot list folder: permission denied"))
        return
    except OSError as error:
        problems.append((folder, f"cannot list folder: {error.strerror or error}"))
        return
    for name in names:
        if name.startswith(".") or name.startswith("~$"):
            continue  # hidden files and Word's lock files
        if Path(name).stem.upper() in FOLDER_DOCS:
            continue
        path = folder / name
        is_document = path.suffix.lower() in DOCUMENT_SUFFIXES
        reason = _unusable_reason(path)
        if reason == NOT_REGULAR and not is_document:
            continue  # a socket or FIFO nobody meant as a document
        if reason:
            problems.append((path, reason))
        elif path.is_dir():
            _walk(root, path, ancestors, found, problems)
        elif is_document:
            found.append((path, path.relative_to(root).as_posix()))


def _unusable_reason(path: Path) -> str:
    """Why ``path`` cannot be used at all, or "" if it can be looked at."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "broken symlink" if path.is_symlink() else "not found"
    except PermissionError:
        return "permission denied"
    except OSError as error:
        # ELOOP: a chain of symlinks that points at itself
        return "symlink loop" if error.errno == errno.ELOOP else f"cannot open: {error.strerror or error}"
    if not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
        return NOT_REGULAR
    return ""


def _identity(folder: Path) -> tuple[int, int]:
    info = folder.stat()
    return info.st_dev, info.st_ino


def _unique(found: Found) -> Found:
    """Drop a file named twice (a file argument inside a folder argument)."""
    seen: set[Path] = set()
    unique: Found = []
    for path, shown in found:
        key = Path(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            unique.append((path, shown))
    return unique
