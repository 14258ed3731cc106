"""The run loop: rules compiled once, each document checked, hits turned into issues.

Per-document rules report as each file is read; corpus rules collect a small
summary per document and report in `finish()`, once the batch is complete.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translint import readers, suppress
from translint.config import Config
from translint.diagnostics import (
    INTERNAL_ERROR,
    INVALID_ENCODING,
    INVALID_RECORD,
    READ_ERROR,
    RULE_TIMEOUT,
    UNUSED_SUPPRESSION,
)
from translint.document import Document, LineIndex
from translint.issue import Hit, Issue, Location, PlacedHit
from translint.prefilter import Gates
from translint.readers import BadRecord, ReadOptions
from translint.readers.decoding import UndecodableInput, decode
from translint.registry import CodeRule, Registry, load_registry, no_hits
from translint.rule import Context, RuleInfo
from translint.ruledata import RuleTimeout
from translint.translit import detect_languages

if TYPE_CHECKING:
    from translint.names.house import HouseNames


@dataclass
class BatchState:
    """What per-document checking leaves for the end of a run: corpus rules'
    summaries, each document's suppressions, and the lines already reported."""

    collected: dict[str, list[Any]]
    suppressions: dict[str, list[suppress.Suppression]]
    lines_reported: set[tuple[str, int, str]]  # (article, line, family)
    records: dict[str, tuple[str, str]]  # a JSON Lines record's article path -> (its file, its id)

    @classmethod
    def empty(cls, corpus_rules: Iterable[CodeRule]) -> BatchState:
        return cls({r.info.code: [] for r in corpus_rules}, {}, set(), {})

    def merge(self, other: BatchState) -> None:
        for code, items in other.collected.items():
            self.collected.setdefault(code, []).extend(items)
        self.suppressions.update(other.suppressions)
        self.lines_reported |= other.lines_reported
        self.records.update(other.records)


class Linter:
    """The rules a config selects, ready to check any number of documents."""

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        registry = load_registry(config.rules)
        selected = _codes(registry, config.select, config, "select")
        selected -= _codes(registry, config.ignore, config, "ignore")
        self.severity = {info.code: info.severity for info in registry.infos}
        for selector, level in config.severity.items():
            for code in _codes(registry, (selector,), config, "severity"):
                self.severity[code] = level
        self.rules = [rule for rule in registry.rules if rule.info.code in selected]
        self.corpus_rules = [r for r in self.rules if isinstance(r, CodeRule) and r.finalize is not None]

        self.gates = Gates(self.rules)
        self.selected = frozenset(selected)
        self.source = config.source
        self.options = _options(registry, config)
        self.house = _house(config)
        self.read_options = ReadOptions(config.encoding, config.jsonl_field, config.jsonl_id)
        self.registry = registry
        self.per_file_ignores = [
            (glob, frozenset(_codes(registry, selectors, config, "per_file_ignores")))
            for glob, selectors in config.per_file_ignores.items()
        ]
        self._batch = BatchState.empty(self.corpus_rules)
        # With TRANSLINT_DEBUG set, a bug stops the run with its traceback instead of becoming TL006.
        self._debug = bool(os.environ.get("TRANSLINT_DEBUG"))

    @cached_property
    def _per_article(self) -> list[tuple[RuleInfo, frozenset[str], Callable[[Document, Context], Iterable[Hit]]]]:
        """What check_document runs per article, with what its loop reads of each rule looked
        up once: every rule but the batch-only ones, whose per-article check finds nothing."""
        return [
            (rule.info, rule.languages, rule.check) for rule in self.rules
            if not (isinstance(rule, CodeRule) and rule.check is no_hits)
        ]

    def context(self, doc: Document) -> Context:
        languages = self.source or detect_languages(doc.text)
        return Context(source_languages=languages, options=self.options, house=self.house)

    def check_document(self, doc: Document) -> list[Issue]:
        """Per-document findings; corpus rules only take note until `finish()`."""
        if "translint" in (doc.source or doc.text):
            self._batch.suppressions[doc.path] = suppress.parse(doc, self.registry.resolve)
            masked = suppress.mask(doc.text)  # an inline marker would read as prose, in any format
            if masked != doc.text:
                source = doc.text if doc.source is None else doc.source
                doc = dataclasses.replace(doc, text=masked, source=source, _derived={})
        ctx = self.context(doc)
        languages = set(ctx.source_languages)
        ruled_out = self.gates.ruled_out(doc)
        issues = []
        for info, rule_languages, check in self._per_article:
            if rule_languages and not rule_languages & languages or info.code in ruled_out:
                continue
            try:
                hits = list(check(doc, ctx))
            except RuleTimeout:
                message = f"rule {info.code} ({info.name}) timed out on this file"
                issues += self._engine_issue(RULE_TIMEOUT, doc.path, 1, 1, message)
                continue
            except Exception as exc:
                issues += self._internal_error(exc, doc.path, f"rule {info.code} ({info.name})")
                continue
            if hits:
                issues += (self._issue(doc, info, hit) for hit in hits)
        if doc.record is not None:
            self._batch.records[doc.path] = (doc.file, doc.record)
        for rule in self.corpus_rules:
            try:
                summary = rule.collect(doc, ctx)  # type: ignore[misc]
            except Exception as exc:
                issues += self._internal_error(exc, doc.path, f"rule {rule.info.code} ({rule.info.name})")
                continue
            self._batch.collected[rule.info.code].append(summary)
        self._batch.lines_reported.update((i.article, i.line, i.code[:3]) for i in issues)
        return sorted(self._kept(issues), key=Issue.sort_key)

    def _kept(self, issues: list[Issue]) -> list[Issue]:
        """Issues that no per-file ignore and no inline suppression silences."""
        kept = []
        for issue in issues:
            if any(issue.code in codes and _path_matches(issue.path, glob) for glob, codes in self.per_file_ignores):
                continue
            if not suppress.silenced(self._batch.suppressions.get(issue.article, ()), issue.line, issue.code):
                kept.append(issue)
        return kept

    def check_bytes(self, data: bytes, path: str, fmt: str | None = None) -> list[Issue]:
        """Every document of one file's bytes, read as `fmt` (by default, as its name implies)."""
        issues: list[Issue] = []
        try:
            for item in readers.read(path, data, fmt or readers.format_for(path), self.read_options):
                if isinstance(item, BadRecord):
                    shown = _line_of(data, item.line, self.read_options.encoding)
                    issues += self._engine_issue(INVALID_RECORD, path, item.line, item.column, item.message, shown)
                else:
                    issues += self.check_document(item)
        except UndecodableInput as bad:
            shown = _line_of(data, bad.line, self.read_options.encoding)
            issues += self._engine_issue(INVALID_ENCODING, path, bad.line, bad.column, str(bad), shown)
        except Exception as exc:
            issues += self._internal_error(exc, path, "reading the file")
        return issues

    def check_file(self, path: Path, fmt: str | None = None) -> list[Issue]:
        display = path.as_posix()
        try:
            data = readers.read_file(display)
        except OSError as exc:
            what = "folder" if path.is_dir() else "file"
            return self._engine_issue(READ_ERROR, display, 1, 1, f"cannot read {what}: {exc.strerror or exc}")
        return self.check_bytes(data, display, fmt)

    def finish(self) -> list[Issue]:
        """Corpus rules' findings for the batch checked so far; then start a new batch.

        A line some per-document rule of the same family already reported is
        not reported again (a widget line is not also "repeated boilerplate").
        """
        issues = []
        ctx = Context(source_languages=self.source, options=self.options, house=self.house)
        for rule in self.corpus_rules:
            for placed in rule.finalize(self._batch.collected[rule.info.code], ctx):  # type: ignore[misc]
                if (placed.path, placed.line, rule.info.code[:3]) not in self._batch.lines_reported:
                    issues.append(self._placed_issue(rule.info, placed))
        issues = self._kept(issues) + self._unused_suppressions()
        self._batch = BatchState.empty(self.corpus_rules)
        return sorted(self._with_source_lines(issues), key=Issue.sort_key)

    def _with_source_lines(self, issues: list[Issue]) -> list[Issue]:
        """Batch-wide findings carry no line text (see PlacedHit); read it back from the files."""
        indexes: dict[str, LineIndex | None] = {}
        complete = []
        for issue in issues:
            if not issue.line_text:
                if issue.path not in indexes:
                    indexes[issue.path] = self._source_lines(issue.path)
                index = indexes[issue.path]
                if index is not None and issue.line <= len(index):
                    issue = dataclasses.replace(issue, line_text=index.line_text(issue.line))
            complete.append(issue)
        return complete

    def _source_lines(self, path: str) -> LineIndex | None:
        """The lines of a reported file."""
        try:
            return LineIndex(decode(readers.read_file(path), self.read_options.encoding))
        except (OSError, UndecodableInput):
            return None

    def take_batch(self) -> BatchState:
        """What the documents checked since the last call left for `finish()`, handed
        over (a worker process sends it to the parent, a cache stores it)."""
        state, self._batch = self._batch, BatchState.empty(self.corpus_rules)
        return state

    def merge_batch(self, state: BatchState) -> None:
        self._batch.merge(state)

    def _unused_suppressions(self) -> list[Issue]:
        if UNUSED_SUPPRESSION.code not in self.selected:
            return []
        issues = []
        for path, suppressions in self._batch.suppressions.items():
            for s in suppressions:
                unknown = suppress.unknown_selectors(s)
                if unknown:
                    message = f"suppression names unknown rule(s) {', '.join(unknown)}"
                elif not s.used:
                    message = f"suppression {s.text!r} silences nothing; delete it"
                else:
                    continue
                file, record = self._file_of(path)
                issues.append(
                    Issue(file, s.line, s.column, s.line, s.end_column, UNUSED_SUPPRESSION.code, UNUSED_SUPPRESSION.name,
                          self.severity[UNUSED_SUPPRESSION.code], message, "", (), s.line_text, record)
                )
        return issues

    def _issue(self, doc: Document, info: RuleInfo, hit: Hit) -> Issue:
        line, column = doc.position(hit.start)
        end_line, end_column = doc.position(hit.end)
        return Issue(
            path=doc.file,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=info.code,
            rule=info.name,
            severity=self.severity[info.code],
            message=f"{hit.message} (record {doc.record})" if doc.record is not None else hit.message,
            suggestion=hit.suggestion,
            related=tuple(Location(doc.file, *doc.position(offset)) for offset in hit.related),
            line_text=doc.lines.line_text(line),
            record=doc.record,
        )

    def _placed_issue(self, info: RuleInfo, hit: PlacedHit) -> Issue:
        path, record = self._file_of(hit.path)
        message = f"{hit.message} (record {record})" if record is not None else hit.message
        related = tuple(Location(self._file_of(r.path)[0], r.line, r.column) for r in hit.related)
        return Issue(
            path, hit.line, hit.column, hit.end_line, hit.end_column, info.code, info.name,
            self.severity[info.code], message, hit.suggestion, related, hit.line_text, record,
        )

    def _file_of(self, article: str) -> tuple[str, str | None]:
        """The file and record of an article path (a plain file is its own, with no record)."""
        return self._batch.records.get(article, (article, None))

    def _internal_error(self, exc: Exception, path: str, where: str) -> list[Issue]:
        """TL006 for a bug met on one file, so that the rest of the run goes on."""
        if self._debug:
            raise exc
        summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        return self._engine_issue(INTERNAL_ERROR, path, 1, 1, f"internal error in {where}: {summary}; please report it")

    def _engine_issue(
        self, info: RuleInfo, path: str, line: int, column: int, message: str, line_text: str = ""
    ) -> list[Issue]:
        if info.code not in self.selected:
            return []
        severity = self.severity[info.code]
        return [Issue(path, line, column, line, column + 1, info.code, info.name, severity, message, None, (), line_text)]


def _line_of(data: bytes, line: int, encoding: str | None) -> str:
    """A line of a file that did not read cleanly, for the report's excerpt: bytes that
    do not decode show as U+FFFD, so the columns still count as the finding's do."""
    from translint.readers.decoding import byte_order_mark

    body = data[len(byte_order_mark(data)) :]
    try:
        text = body.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        return ""
    lines = LineIndex(text)
    return lines.line_text(line) if 1 <= line <= len(lines) else ""


def _path_matches(path: str, glob: str) -> bool:
    """A per-file-ignores glob against a reported path: the whole path, or its tail."""
    parts = path.split("/")
    return any(fnmatch(("/".join(parts[i:])), glob) for i in range(len(parts)))


def _codes(registry: Registry, selectors: Iterable[str], config: Config, key: str) -> set[str]:
    codes: set[str] = set()
    for selector in selectors:
        try:
            codes |= registry.resolve(selector)
        except ValueError as exc:
            raise config.error(key, str(exc)) from None
    return codes


def _house(config: Config) -> HouseNames | None:
    if config.names is None:
        return None
    from translint.names.house import load_house

    return load_house(config.names)


def _options(registry: Registry, config: Config) -> Mapping[str, Mapping[str, Any]]:
    """Every code rule's options, configured values over defaults, checked against the defaults' types."""
    defaults = {r.info.name: r.options for r in registry.rules if isinstance(r, CodeRule)}
    merged = {name: dict(values) for name, values in defaults.items()}
    for name, values in config.rule_options.items():
        info = registry.find(name)
        if info is None or info.name not in defaults:
            raise config.error("rule-options", f"no rule {name!r} takes options")
        for key, value in values.items():
            default = defaults[info.name].get(key)
            if default is None:
                known = ", ".join(defaults[info.name]) or "none"
                raise config.error("rule-options", f"{info.name} has no option {key!r} (options: {known})")
            if type(value) is not type(default) and not (isinstance(default, float) and type(value) is int):
                raise config.error("rule-options", f"{info.name}.{key} must be a {type(default).__name__}")
            merged[info.name][key] = value
    return merged
