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
from pathlib import Path
from typing import Any

import translint
from translint.config import Config
from translint.ruledata import rules_root


def settings_fingerprint(config: Config) -> str:
    """What besides a file decides its findings."""
    digest = hashlib.sha256(translint.__version__.encode())
    digest.update(repr(config).encode())
    package = Path(translint.__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *rules_root().rglob("*"), *config.rules, *filter(None, [config.names])]):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def cache_key(display: str, data: bytes) -> str:
    """A file's entry: its reported path and its bytes."""
    return hashlib.sha256(display.encode() + b"\0" + data).hexdigest()


class ResultCache:
    """One SQLite file; readers in worker processes, one writer (the parent)."""

    def __init__(self, folder: Path, settings: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "results.sqlite"
        self.settings = settings
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, settings TEXT, value BLOB)")

    def get(self, key: str) -> Any | None:
        row = self._db.execute("SELECT value FROM results WHERE key = ? AND settings = ?", (key, self.settings)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, entries: list[tuple[str, Any]]) -> None:
        with self._db:
            self._db.execute("DELETE FROM results WHERE settings != ?", (self.settings,))
            self._db.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                [(key, self.settings, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) for key, value in entries],
            )

    def close(self) -> None:
        self._db.close()
