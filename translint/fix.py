"""Applying suggestions to files: only the flagged spans change, written atomically.

The file is decoded, edited and encoded back in its own encoding with its
byte-order mark if it had one, so line endings and every byte outside the edited spans
stay as they were; a temporary file in the same folder replaces the
original in one step and takes its permissions.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from translint.document import LineIndex
from translint.issue import Issue
from translint.readers.decoding import decode, encode


@dataclass(frozen=True, order=True)
class Edit:
    start: int
    end: int
    text: str


def apply(text: str, issues: Iterable[Issue]) -> tuple[str, int]:
    """`text` with the issues' suggestions applied, and how many were applied.

    Overlapping edits are skipped after the first, as ruff does; the next run
    picks them up once the first has landed.
    """
    lines = LineIndex(text)
    edits = sorted(
        Edit(_offset(lines, i.line, i.column), _offset(lines, i.end_line, i.end_column), i.suggestion or "")
        for i in issues
        if i.suggestion is not None
    )
    pieces, cursor, applied = [], 0, 0
    for edit in edits:
        if edit.start < cursor:
            continue
        pieces += [text[cursor : edit.start], edit.text]
        cursor = edit.end
        applied += 1
    pieces.append(text[cursor:])
    return "".join(pieces), applied


def _offset(lines: LineIndex, line: int, column: int) -> int:
    return lines.starts[line - 1] + column - 1


def fix_file(path: Path, issues: Iterable[Issue], encoding: str | None = None) -> tuple[str, str, int]:
    """The file's text before and after the fixes, and how many were applied."""
    before = decode(path.read_bytes(), encoding)
    after, applied = apply(before, issues)
    return before, after, applied


def write_atomically(path: Path, text: str, encoding: str | None = None) -> None:
    """Replace the file with `text`, encoded as the file was (byte-order mark included)."""
    data = encode(text, path.read_bytes(), encoding)
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False)
    try:
        with handle:
            handle.write(data)
        shutil.copymode(path, handle.name)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def unified_diff(display: str, before: str, after: str) -> str:
    """A patch in git's shape (a/ and b/ prefixes on relative paths), ready for `git apply`."""
    old, new = (display, display) if display.startswith("/") else (f"a/{display}", f"b/{display}")
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), old, new))
