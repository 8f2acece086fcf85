"""One run at a time per output folder.

Two runs writing the same folder would interleave their files; the second run
waits for the first (or, with ``wait=False``, stops with a message naming the
holder). The lock is an ``flock`` on ``OUT/.policykg.lock``: the kernel drops
it when the holder dies, even by SIGKILL, so a killed run never wedges the folder.
"""
from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".policykg.lock"


class OutputBusyError(RuntimeError):
    def __init__(self, out_dir: Path, holder: str) -> None:
        super().__init__(f"{out_dir} is being written by another policykg run ({holder}); "
                         "try again when it has finished, or choose another --out")
        self.out_dir, self.holder = out_dir, holder


@contextmanager
def output_lock(out_dir: Path, wait: bool = True) -> Iterator[None]:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_NAME
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            if not wait:
                raise OutputBusyError(out_dir, holder) from None
            print(f"waiting for the policykg run writing {out_dir} ({holder}) …", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        return path.read_text().strip() or "unknown process"
    except OSError:
        return "unknown process"
