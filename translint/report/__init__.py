"""Reporters: one module per output format, each `render(issues, summary, color) -> str`.

Reporters see only `Issue`s and the run's summary (which carries the rules'
metadata as data, for formats such as SARIF that describe them), so every
format is a conversion of the same diagnostics.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from translint.issue import Issue
from translint.rule import RuleInfo

FORMATS = ("text", "concise", "json", "jsonl", "grouped", "github", "sarif", "junit", "rdjson")


@dataclass(frozen=True)
class Summary:
    files_checked: int
    rules: tuple[RuleInfo, ...] = ()  # every rule of the run, for formats that list them
    quiet: bool = False  # findings only: no closing summary
    unsafe_fixes: bool = False  # --unsafe-fixes: unsafe suggestions count as fixable, as in ruff
    files: tuple[str, ...] = ()  # the paths checked, for formats that list clean files too (JUnit)


def render(fmt: str, issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    module = importlib.import_module(f"translint.report.{fmt}_format")
    return module.render(issues, summary, color)
