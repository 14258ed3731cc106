"""Applying suggestions to files: only the flagged spans change, written atomically.

The file is decoded, edited and encoded back in its own encoding with its
byte-order mark if it had one, so line endings and every byte outside the edited spans
stay as they were; a temporary file in the same folder replaces the
original in one step and takes its permissions.

Offsets are only valid for the bytes they were computed on, so a file is
fixed under an advisory lock (flock, where the system has it) and only when
its bytes are still the ones that were linted; a second `--fix` running on
the same file at the same moment waits, finds the bytes changed and leaves
the file alone. A symbolic link is fixed at its target; a file with several
hard links is rewritten in place, since replacing it would split the links.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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


class Changed(Exception):
    """The file's bytes are no longer those that were linted."""


@contextmanager
def locked(path: Path) -> Iterator[tuple[Path, bytes]]:
    """The file's real path and bytes, held under an exclusive advisory lock.

    The lock is taken on the file itself; if another process replaced the file
    while this one waited, the new file is opened and locked instead.
    """
    real = Path(os.path.realpath(path))
    while True:
        handle = open(real, "rb")
        try:
            _lock(handle.fileno())
            if os.path.samestat(os.fstat(handle.fileno()), os.stat(real)):
                yield real, handle.read()
                return
        finally:
            handle.close()  # closing the descriptor releases the lock


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; the byte check below still guards
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


def fix_file(
    path: Path, issues: Iterable[Issue], encoding: str | None = None, expected: Callable[[bytes], bool] | None = None,
    write: bool = False,
) -> tuple[str, str, int]:
    """The file's text before and after the fixes, and how many were applied; with
    `write`, the fixed text written back. Raises Changed when `expected` rejects the
    bytes found (they are not those the issues were found in)."""
    with locked(path) as (real, data):
        if expected is not None and not expected(data):
            raise Changed(str(path))
        before = decode(data, encoding)
        after, applied = apply(before, issues)
        if write and after != before:
            _write(real, encode(after, data, encoding))
        return before, after, applied


def _write(path: Path, data: bytes) -> None:
    """Replace the file's bytes: through a temporary file and one rename, or in place
    when the file has other hard links, which a rename would leave unfixed."""
    if os.stat(path).st_nlink > 1:
        with open(path, "r+b") as handle:
            handle.write(data)
            handle.truncate()
        return
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
