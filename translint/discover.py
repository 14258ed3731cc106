"""Which files a run lints: explicit files as given, folders by include/exclude globs."""

from __future__ import annotations

import os
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path

from translint.errors import TranslintError


def discover(paths: Iterable[Path], include: Iterable[str], exclude: Iterable[str]) -> list[Path]:
    """Files to lint, in a stable order.

    A file named on the command line is always linted (the user asked for it);
    inside folders, hidden entries are skipped, names must match an include
    glob, and an exclude glob without "/" drops any file or folder of that
    name while one with "/" matches the path relative to the folder given.
    """
    include, exclude = tuple(include), tuple(exclude)
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += _walk(path, include, exclude)
        elif path.exists():
            found.append(path)
        else:
            raise TranslintError(f"{path}: no such file or folder")
    return sorted(dict.fromkeys(found), key=lambda p: p.as_posix())


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> list[Path]:
    files = []
    for folder, dirs, names in os.walk(root):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _excluded(base / d, root, exclude))
        for name in sorted(names):
            # The name's tests first: a Path is built only for the files that pass
            # them (a third of the time of discovering 16,000 files went to Paths).
            if name.startswith(".") or not any(fnmatch(name, glob) for glob in include):
                continue
            path = base / name
            if not _excluded(path, root, exclude):
                files.append(path)
    return files


def _excluded(path: Path, root: Path, exclude: tuple[str, ...]) -> bool:
    if not exclude:
        return False
    relative = path.relative_to(root).as_posix()
    return any(fnmatch(relative, g) if "/" in g else fnmatch(path.name, g) for g in exclude)
