"""Lines changed since a git revision, for `--diff-from`: a pull request's findings only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import regex

from translint.errors import TranslintError

_FILE = regex.compile(r'^\+\+\+ (?:b/(.*?)|"b/((?:[^"\\]|\\.)*)")\t?$', regex.MULTILINE)
_HUNK = regex.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.MULTILINE)
_C_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def changed_lines(revision: str) -> dict[Path, set[int] | None]:
    """Absolute path -> lines added or changed since `revision` (None: a new file, every line)."""
    root = Path(_git("rev-parse", "--show-toplevel").strip())
    changed: dict[Path, set[int] | None] = {}
    current: set[int] | None = None
    for line in _git("diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--").splitlines():
        file_match = _FILE.match(line)
        if file_match:
            plain, quoted = file_match.groups()
            name = plain if plain is not None else _unquote(quoted)
            current = changed.setdefault((root / name).resolve(), set())
            continue
        hunk = _HUNK.match(line)
        if hunk and current is not None:
            start, count = int(hunk.group(1)), int(hunk.group(2) or 1)
            current.update(range(start, start + count))
    # --full-name: relative to the top, wherever the run started; -z: names as they are.
    for name in _git("ls-files", "--others", "--exclude-standard", "--full-name", "-z").split("\0"):
        if name:
            changed[(root / name).resolve()] = None
    return changed


def _unquote(quoted: str) -> str:
    """A name git wrote C-style quoted (a quote, a tab, a control byte in it): escapes and
    octal bytes back to the UTF-8 name."""
    out = bytearray()
    index = 0
    while index < len(quoted):
        char = quoted[index]
        if char != "\\":
            out += char.encode("utf-8")
            index += 1
        elif quoted[index + 1 : index + 2].isdigit():
            out.append(int(quoted[index + 1 : index + 4], 8))
            index += 4
        else:
            out.append(_C_ESCAPES.get(quoted[index + 1], ord(quoted[index + 1])))
            index += 2
    return out.decode("utf-8", errors="surrogateescape")


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            # core.quotePath=false: non-ASCII names unquoted (others are still quoted, see _unquote)
            ["git", "-c", "core.quotePath=false", *args], capture_output=True, text=True, check=False
        )
    except OSError as exc:
        raise TranslintError(f"--diff-from needs git: {exc.strerror}") from None
    if done.returncode != 0:
        if "not a git repository" in done.stderr:
            raise TranslintError(f"--diff-from needs a git repository, and {Path.cwd()} is not inside one")
        raise TranslintError(f"--diff-from: git {' '.join(args[:2])} failed: {done.stderr.strip()}")
    return done.stdout
