"""Lines changed since a git revision, for `--diff-from`: a pull request's findings only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import regex

from translint.errors import TranslintError

_FILE = regex.compile(r"^\+\+\+ b/(.*)$", regex.MULTILINE)
_HUNK = regex.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.MULTILINE)


def changed_lines(revision: str) -> dict[Path, set[int] | None]:
    """Absolute path -> lines added or changed since `revision` (None: a new file, every line)."""
    root = Path(_git("rev-parse", "--show-toplevel").strip())
    changed: dict[Path, set[int] | None] = {}
    current: set[int] | None = None
    for line in _git("diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--").splitlines():
        file_match = _FILE.match(line)
        if file_match:
            current = changed.setdefault((root / file_match.group(1)).resolve(), set())
            continue
        hunk = _HUNK.match(line)
        if hunk and current is not None:
            start, count = int(hunk.group(1)), int(hunk.group(2) or 1)
            current.update(range(start, start + count))
    for name in _git("ls-files", "--others", "--exclude-standard").splitlines():
        changed[(root / name).resolve()] = None
    return changed


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except OSError as exc:
        raise TranslintError(f"--diff-from needs git: {exc.strerror}") from None
    if done.returncode != 0:
        raise TranslintError(f"--diff-from: git {' '.join(args[:2])} failed: {done.stderr.strip()}")
    return done.stdout
