"""What was ingested: a SQLite store in the output folder (``OUT/state.sqlite``).

``documents`` has one row per path ever seen: its sha256, the extractor ids it
was extracted with, its status (ok, failed, deleted), the reason it failed and
when the row last changed. ``runs`` has one row per run, even a run that found
nothing new. The flow reads the store when it starts and writes it when it
ends (one transaction), so a killed run leaves the previous state.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

STATE_NAME = "state.sqlite"
OK, FAILED, DELETED = "ok", "failed", "deleted"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    extractors TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    parts INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    updated TEXT NOT NULL,
    run_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,
    extractors TEXT NOT NULL,
    runner TEXT NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '',
    outputs TEXT NOT NULL DEFAULT '{}',
    summary TEXT NOT NULL DEFAULT '{}'
);
"""


@dataclass(frozen=True, slots=True)
class DocumentState:
    path: str        # display path: relative to the corpus folder given
    sha256: str      # "" when the file could not even be hashed
    extractors: str
    status: str      # ok | failed | deleted
    error: str = ""
    parts: int = 0
    records: int = 0


@dataclass(frozen=True, slots=True)
class Changes:
    """Documents of this run compared with the last: each path in exactly one group."""

    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PreviousRun:
    fingerprint: str
    outputs: dict[str, str]  # output file name → sha256
    summary: dict


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_state(out_dir: Path) -> sqlite3.Connection:
    out_dir.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(out_dir / STATE_NAME)
    connection.executescript(SCHEMA)
    return connection


def active_documents(connection: sqlite3.Connection) -> dict[str, DocumentState]:
    """Every path that was present at the last run (ok or failed), by path."""
    rows = connection.execute(
        "SELECT path, sha256, extractors, status, error, parts, records FROM documents WHERE status != ?",
        (DELETED,))
    return {row[0]: DocumentState(*row) for row in rows}


def classify(previous: Mapping[str, str], current: Mapping[str, str]) -> Changes:
    """Compare {path: sha256} of the last run with this one's."""
    new = tuple(sorted(p for p in current if p not in previous))
    changed = tuple(sorted(p for p in current if p in previous and previous[p] != current[p]))
    unchanged = tuple(sorted(p for p in current if p in previous and previous[p] == current[p]))
    deleted = tuple(sorted(p for p in previous if p not in current))
    return Changes(new, changed, unchanged, deleted)


def last_completed_run(connection: sqlite3.Connection) -> PreviousRun | None:
    row = connection.execute(
        "SELECT fingerprint, outputs, summary FROM runs WHERE status = 'completed' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return PreviousRun(row[0], json.loads(row[1]), json.loads(row[2]))


def start_run(connection: sqlite3.Connection, extractors: str, runner: str) -> int:
    with connection:
        cursor = connection.execute(
            "INSERT INTO runs (started, status, extractors, runner) VALUES (?, 'running', ?, ?)",
            (now(), extractors, runner))
    return int(cursor.lastrowid)


def finish_run(connection: sqlite3.Connection, run_id: int, documents: Iterable[DocumentState],
               deleted: Iterable[str], fingerprint: str, outputs: Mapping[str, str], summary: dict) -> None:
    """Record this run's documents, the deletions and the run itself in one transaction."""
    when = now()
    with connection:
        connection.executemany(
            """INSERT INTO documents (path, sha256, extractors, status, error, parts, records,
                                      first_seen, updated, run_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(path) DO UPDATE SET
                   first_seen = CASE WHEN documents.status = 'deleted' THEN excluded.first_seen
                                     ELSE documents.first_seen END,
                   updated = CASE WHEN documents.sha256 != excluded.sha256
                                    OR documents.extractors != excluded.extractors
                                    OR documents.status != excluded.status
                                    OR documents.error != excluded.error
                                  THEN excluded.updated ELSE documents.updated END,
                   sha256 = excluded.sha256, extractors = excluded.extractors,
                   status = excluded.status, error = excluded.error, parts = excluded.parts,
                   records = excluded.records, run_id = excluded.run_id""",
            [(d.path, d.sha256, d.extractors, d.status, d.error, d.parts, d.records, when, when, run_id)
             for d in documents])
        connection.executemany(
            "UPDATE documents SET status = ?, updated = ?, run_id = ? WHERE path = ?",
            [(DELETED, when, run_id, path) for path in deleted])
        connection.execute(
            "UPDATE runs SET finished = ?, status = 'completed', fingerprint = ?, outputs = ?, summary = ? "
            "WHERE id = ?",
            (when, fingerprint, json.dumps(dict(sorted(outputs.items()))),
             json.dumps(summary, ensure_ascii=False), run_id))


def fail_run(connection: sqlite3.Connection, run_id: int, reason: str) -> None:
    with connection:
        connection.execute("UPDATE runs SET finished = ?, status = 'failed', summary = ? WHERE id = ?",
                           (now(), json.dumps({"error": reason}, ensure_ascii=False), run_id))
