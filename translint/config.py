"""Project configuration: `[tool.translint]` in pyproject.toml or a translint.toml.

Found from the working folder upward, like ruff's. Every key is validated
when loaded, and an error names the file, the line and the key.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translint.errors import ConfigError, TranslintError, line_of_key, read_toml
from translint.issue import Severity
from translint.readers import DEFAULT_INCLUDE  # every file name the readers read

CONFIG_FILES = ("translint.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)  # selector -> severity
    source: tuple[str, ...] = ()  # source languages, e.g. ("ru", "uk")
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    rules: tuple[Path, ...] = ()  # the user's own rule files
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule name -> option values
    names: Path | None = None  # the newsroom's house spellings (translint.names.house)
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)  # glob -> selectors
    encoding: str | None = None  # a codec for files without a byte-order mark, instead of UTF-8
    jsonl_field: tuple[str, ...] = ("text", "body", "content")  # JSON Lines: the article's field, first found
    jsonl_id: str = "id"  # JSON Lines: the field that names a record
    origin: Path | None = None  # the file this came from
    overridden: frozenset[str] = frozenset()  # keys the command line set

    def __post_init__(self) -> None:
        # Checked here, so that a flag and a config file are held to the same rules.
        if self.source:
            _check_languages(self)
        if "select" in self.overridden and not self.select:
            raise self.error("select", "selects no rule; name codes, prefixes (TL1) or ALL")

    def exclude_base(self) -> Path:
        """What an exclude glob with "/" is relative to: the config file's folder for
        the file's globs, the working folder for --exclude's."""
        if self.origin is None or "exclude" in self.overridden:
            return Path.cwd()
        return self.origin.parent

    def with_overrides(self, **values: Any) -> Config:
        """The config with command-line values on top; None means "not given"."""
        given = {k: v for k, v in values.items() if v is not None}
        return dataclasses.replace(self, **given, overridden=self.overridden | set(given))

    def error(self, key: str, message: str) -> TranslintError:
        """An error about `key`, blaming the flag or the config file it came from."""
        if key in self.overridden or self.origin is None:
            return TranslintError(f"--{key.replace('_', '-')}: {message}")
        toml_key = key.replace("_", "-")
        return ConfigError(self.origin, f"`{toml_key}`: {message}", line_of_key(self.origin, toml_key))


def _check_languages(config: Config) -> None:
    """Every source language must be an ISO 639 code ICU knows ("ru", "uk", "kk")."""
    import icu

    known = set(icu.Locale.getISOLanguages())
    for language in config.source:
        if language not in known:
            raise config.error("source", f"{language!r} is not a language code (ISO 639, such as ru or uk)")


def discover(start: Path) -> Config:
    """The config of the nearest folder, from `start` upward, that has one."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return from_table(table, candidate)
    return Config()


def load(path: Path) -> Config:
    table = _table(path)
    return from_table(table or {}, path)


def _table(path: Path) -> dict[str, Any] | None:
    """The translint table of a config file; None for a pyproject.toml without one."""
    data = read_toml(path, "config")
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("translint")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(path, "`tool.translint` must be a table")
        return table
    return data


def from_table(table: dict[str, Any], path: Path) -> Config:
    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(path, f"`{key}`: {message}", line_of_key(path, key))

    def strings(key: str) -> tuple[str, ...] | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of strings")
        return tuple(value)

    known = {"select", "ignore", "severity", "source", "include", "exclude", "fail-on", "rules", "rule-options", "names",
             "per-file-ignores", "encoding", "jsonl-field", "jsonl-id"}
    for key in table:
        if key not in known:
            raise fail(key, f"unknown key (known: {', '.join(sorted(known))})")

    values: dict[str, Any] = {}
    for key in ("select", "ignore", "include", "exclude", "source"):
        found = strings(key)
        if found is not None:
            values[key] = found
    if "fail-on" in table:
        values["fail_on"] = _severity(table["fail-on"], lambda m: fail("fail-on", m))
    if "severity" in table:
        if not isinstance(table["severity"], dict):
            raise fail("severity", 'must be a table such as { TL301 = "info" }')
        values["severity"] = {
            selector: _severity(level, lambda m, s=selector: fail(s, m)) for selector, level in table["severity"].items()
        }
    if "rule-options" in table:
        options = table["rule-options"]
        if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
            raise fail("rule-options", "must be a table of tables, such as [rule-options.batch-boilerplate]")
        values["rule_options"] = options
    if "encoding" in table:
        import codecs

        try:
            values["encoding"] = codecs.lookup(str(table["encoding"])).name
        except LookupError:
            raise fail("encoding", f"unknown encoding {table['encoding']!r}") from None
    if "jsonl-field" in table:
        values["jsonl_field"] = strings("jsonl-field")
    if "jsonl-id" in table:
        if not isinstance(table["jsonl-id"], str):
            raise fail("jsonl-id", "must be a field name")
        values["jsonl_id"] = table["jsonl-id"]
    if "per-file-ignores" in table:
        ignores = table["per-file-ignores"]
        if not isinstance(ignores, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in ignores.values()
        ):
            raise fail("per-file-ignores", 'must be a table of globs and rule lists, such as { "drafts/*" = ["TL3"] }')
        values["per_file_ignores"] = {glob: tuple(codes) for glob, codes in ignores.items()}
    if "names" in table:
        names = table["names"]
        if not isinstance(names, str) or not (path.parent / names).is_file():
            raise fail("names", f"must name an existing file, relative to {path.name}")
        values["names"] = (path.parent / names).resolve()
    rule_files = strings("rules")
    if rule_files is not None:
        values["rules"] = tuple(_rule_files(path.parent, rule_files, lambda m: fail("rules", m)))
    return Config(**values, origin=path)


def _severity(value: Any, fail: Any) -> Severity:
    try:
        if not isinstance(value, str):
            raise ValueError("must be error, warning or info")
        return Severity.parse(value)
    except ValueError as exc:
        raise fail(str(exc)) from None


def _rule_files(base: Path, entries: tuple[str, ...], fail: Any) -> list[Path]:
    """Rule files named in config, relative to it; a folder means every .toml below it."""
    files: list[Path] = []
    for entry in entries:
        target = (base / entry).resolve()
        if target.is_dir():
            files += sorted(target.rglob("*.toml"))
        elif target.is_file():
            files.append(target)
        else:
            raise fail(f"no such file or folder: {entry}")
    return files
