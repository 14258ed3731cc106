"""The run loop: rules compiled once, each document checked, hits turned into issues."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from translint.config import Config
from translint.diagnostics import INVALID_ENCODING, READ_ERROR, RULE_TIMEOUT
from translint.document import Document
from translint.issue import Hit, Issue, Location
from translint.reading import UndecodableInput, decode
from translint.registry import load_registry
from translint.rule import Context, RuleInfo
from translint.ruledata import RuleTimeout


class Linter:
    """The rules a config selects, ready to check any number of documents."""

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        registry = load_registry(config.rules)
        selected = self._codes(registry, config.select, config, "select")
        selected -= self._codes(registry, config.ignore, config, "ignore")
        self.severity = {info.code: info.severity for info in registry.infos}
        for selector, level in config.severity.items():
            for code in self._codes(registry, (selector,), config, "severity"):
                self.severity[code] = level
        languages = set(config.source)
        self.rules = [
            rule
            for rule in registry.rules
            if rule.info.code in selected and (not rule.languages or rule.languages & languages)
        ]
        self.selected = frozenset(selected)
        self.context = Context(source_languages=config.source)

    @staticmethod
    def _codes(registry, selectors: Iterable[str], config: Config, key: str) -> set[str]:  # type: ignore[no-untyped-def]
        codes: set[str] = set()
        for selector in selectors:
            try:
                codes |= registry.resolve(selector)
            except ValueError as exc:
                raise config.error(key, str(exc)) from None
        return codes

    def lint_document(self, doc: Document) -> list[Issue]:
        issues = []
        for rule in self.rules:
            try:
                hits = list(rule.check(doc, self.context))
            except RuleTimeout:
                issues += self._engine_issue(
                    RULE_TIMEOUT, doc.path, 1, 1, f"rule {rule.info.code} ({rule.info.name}) timed out on this file"
                )
                continue
            issues += (self._issue(doc, rule.info, hit) for hit in hits)
        return sorted(issues, key=Issue.sort_key)

    def lint_bytes(self, data: bytes, path: str) -> list[Issue]:
        try:
            text = decode(data)
        except UndecodableInput as bad:
            return self._engine_issue(INVALID_ENCODING, path, bad.line, bad.column, str(bad))
        return self.lint_document(Document(path, text))

    def lint_file(self, path: Path) -> list[Issue]:
        display = path.as_posix()
        try:
            data = path.read_bytes()
        except OSError as exc:
            return self._engine_issue(READ_ERROR, display, 1, 1, f"cannot read file: {exc.strerror or exc}")
        return self.lint_bytes(data, display)

    def _issue(self, doc: Document, info: RuleInfo, hit: Hit) -> Issue:
        line, column = doc.lines.position(hit.start)
        end_line, end_column = doc.lines.position(hit.end)
        return Issue(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=info.code,
            rule=info.name,
            severity=self.severity[info.code],
            message=hit.message,
            suggestion=hit.suggestion,
            related=tuple(Location(doc.path, *doc.lines.position(offset)) for offset in hit.related),
            line_text=doc.lines.line_text(line),
        )

    def _engine_issue(self, info: RuleInfo, path: str, line: int, column: int, message: str) -> list[Issue]:
        if info.code not in self.selected:
            return []
        return [Issue(path, line, column, line, column + 1, info.code, info.name, self.severity[info.code], message)]
