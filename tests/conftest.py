"""Shared helpers: lint a tiny article, run the real command."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# Tests never read or fill the user's cache.
os.environ["TRANSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="translint-test-cache-")

from translint.api import lint_text
from translint.config import Config
from translint.issue import Issue


def lint(text: str, *select: str, **config: object) -> list[Issue]:
    """Issues of `text` from the selected rules only (all rules when none are named)."""
    return lint_text(text, config=Config(select=select or ("ALL",), **config))  # type: ignore[arg-type]


def positions(issues: list[Issue]) -> list[tuple[str, int, int]]:
    return [(i.code, i.line, i.column) for i in issues]


def run(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed command as a user runs it (through `python -m` so the test venv's translint runs)."""
    done = subprocess.run(
        [sys.executable, "-m", "translint", *args],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "NO_COLOR": "1",
            "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
            "TRANSLINT_CACHE_DIR": os.environ["TRANSLINT_CACHE_DIR"],
            **(env or {}),
        },
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


@pytest.fixture
def article(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a small article into a temporary folder and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return write
