"""Findings remembered per file, so a second run over an unchanged archive is near-instant.

An entry is keyed by the file's bytes, its reported path and a fingerprint
of everything else that decides the findings: translint's version and code,
the rule data, and the configuration. Any change to those starts a fresh
table, as ruff's and textlint's caches do.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

import translint
from translint.config import Config
from translint.data import rules_root


def settings_fingerprint(config: Config, input_format: str | None = None) -> str:
    """What besides a file decides its findings (`--input-format` reads the same bytes otherwise)."""
    digest = hashlib.sha256(translint.__version__.encode())
    digest.update(f"{config!r}\0{input_format}".encode())
    package = Path(translint.__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *rules_root().rglob("*"), *config.rules, *filter(None, [config.names])]):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def cache_key(display: str, data: bytes) -> str:
    """A file's entry: its reported path and its bytes."""
    return hashlib.sha256(display.encode() + b"\0" + data).hexdigest()


def run_key(file_keys: list[str]) -> str:
    """A whole run's entry: the entries of all its files, in order."""
    return hashlib.sha256("\n".join(file_keys).encode()).hexdigest()


class ResultCache:
    """One SQLite file; one writer (the parent process).

    Per file, its findings and, apart, what it left for the batch-wide rules
    (read only when some file of the run changed). Per run, the batch-wide
    findings: a run over an unchanged set of files reads neither the batch
    states nor runs the batch-wide rules again.
    """

    RUNS_KEPT = 16  # the batch-wide findings of this many recent runs
    _CHUNK = 500  # keys per SELECT

    def __init__(self, folder: Path, settings: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "results.sqlite"
        self.settings = settings
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS files (key TEXT PRIMARY KEY, settings TEXT, issues BLOB, batch BLOB)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, settings TEXT, issues BLOB, stamp INTEGER)"
        )

    def issues(self, keys: list[str]) -> dict[str, Any]:
        """The findings of each file the cache knows, by key."""
        return self._many("issues", keys)

    def batches(self, keys: list[str]) -> dict[str, Any]:
        """What each file left for the batch-wide rules, by key."""
        return self._many("batch", keys)

    def run(self, key: str) -> Any | None:
        try:
            query = "SELECT issues FROM runs WHERE key = ? AND settings = ?"
            row = self._db.execute(query, (key, self.settings)).fetchone()
        except sqlite3.Error:
            return None
        return _loads(row[0]) if row else None

    def put(self, files: list[tuple[str, bytes, bytes]], run: tuple[str, Any] | None) -> None:
        """Store (key, pickled issues, pickled batch state) per file, and a run's batch-wide findings."""
        dump = partial(pickle.dumps, protocol=pickle.HIGHEST_PROTOCOL)
        with suppress(sqlite3.Error), self._db:  # a cache that cannot be written only costs time
            for table in ("files", "runs"):
                self._db.execute(f"DELETE FROM {table} WHERE settings != ?", (self.settings,))
            self._db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                [(key, self.settings, issues, batch) for key, issues, batch in files],
            )
            if run is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, (SELECT COALESCE(MAX(stamp), 0) + 1 FROM runs))",
                    (run[0], self.settings, dump(run[1])),
                )
                self._db.execute(
                    "DELETE FROM runs WHERE stamp <= (SELECT MAX(stamp) FROM runs) - ?", (self.RUNS_KEPT,)
                )

    def close(self) -> None:
        self._db.close()

    def _many(self, column: str, keys: list[str]) -> dict[str, Any]:
        found = {}
        for at in range(0, len(keys), self._CHUNK):
            chunk = keys[at : at + self._CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, {column} FROM files WHERE settings = ? AND key IN ({marks})"
            try:
                rows = self._db.execute(query, (self.settings, *chunk)).fetchall()
            except sqlite3.Error:
                return found
            for key, blob in rows:
                value = _loads(blob)
                if value is not None:
                    found[key] = value
        return found


def _loads(blob: bytes) -> Any | None:
    """A stored value, or None when it cannot be read back (a half-written or foreign entry)."""
    try:
        return pickle.loads(blob)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
