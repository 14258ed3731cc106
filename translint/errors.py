"""Errors that end a run with exit code 2 and one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class TranslintError(Exception):
    """A usage, configuration or rule-data error; `str()` is the line users see."""


class ConfigError(TranslintError):
    """A bad key or value, located in the file that holds it."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = Path(path)
        self.line = line


def line_of_key(path: Path, key: str) -> int | None:
    """The first line of a TOML file that assigns or opens `key`, for error messages.

    tomllib forgets positions once parsed; this finds the key again in the text.
    """
    import re

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    bare = re.escape(key.split(".")[-1])
    pattern = re.compile(rf"^\s*(?:\[+\s*[\w.\-\"]*\b{bare}\b[\w.\-\"]*\s*\]+|\"?{bare}\"?\s*=)", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """A TOML file parsed, or a ConfigError naming it and, for a syntax error, the line."""
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(path, f"cannot read {what}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"invalid TOML: {exc}") from None
