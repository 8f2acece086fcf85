"""The one error type the corpus layer raises for a file it cannot use."""
from __future__ import annotations

from pathlib import Path


class CorpusError(Exception):
    """A file that cannot be read as a document; names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = Path(path), reason
