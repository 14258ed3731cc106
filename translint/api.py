"""The Python API: lint a string or files without the command line."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from translint.config import Config
from translint.discover import discover
from translint.document import Document
from translint.engine import Linter
from translint.issue import Issue


def lint_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Issue]:
    """Issues in `text`, reported against `path`, read in the format `path` names
    (Markdown for "a.md", HTML for "a.html"; plain text otherwise)."""
    from translint.readers import format_for

    linter = Linter(config)
    if format_for(path) == "txt":
        return linter.check_document(Document(path, text)) + linter.finish()
    return linter.check_bytes(text.encode("utf-8", "surrogatepass"), path) + linter.finish()


def lint_paths(paths: Iterable[str | os.PathLike[str]], config: Config | None = None) -> list[Issue]:
    """Issues in the files and folders given, sorted by path and position."""
    config = config or Config()
    linter = Linter(config)
    files = discover((Path(p) for p in paths), config.include, config.exclude, config.exclude_base())
    issues = [issue for path in files for issue in linter.check_file(path)]
    return sorted(issues + linter.finish(), key=Issue.sort_key)
