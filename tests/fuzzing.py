"""What must hold for ANY input: shared by the bounded suite (test_fuzz.py) and
the long-running fuzzer (scripts/fuzz.py), so both check the same invariants.

For one file's bytes in one input format: checking raises nothing and reports
no TL006 (internal error); every finding lies inside the file's text; every
report format renders, and the machine-readable ones parse; safe fixes apply
within the text and leave every byte outside their spans alone.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from functools import cache

from translint.config import Config
from translint.document import LineIndex
from translint.engine import Linter
from translint.fix import apply
from translint.issue import Issue
from translint.readers.decoding import UndecodableInput, decode
from translint.report import FORMATS, Summary, render

EXTENSIONS = ("txt", "md", "html", "jsonl")


@cache
def linter() -> Linter:
    return Linter(Config(select=("ALL",)))


def check(data: bytes, extension: str) -> list[Issue]:
    """Lint one file's bytes and assert every invariant; returns the findings."""
    path = f"fuzz.{extension}"
    issues = linter().check_bytes(data, path) + linter().finish()
    assert not [i for i in issues if i.code == "TL006"], [i.message for i in issues if i.code == "TL006"]
    try:
        text = decode(data)
    except UndecodableInput:
        assert {i.code for i in issues} <= {"TL001"}
        return issues
    lines = LineIndex(text)
    for issue in issues:
        assert 1 <= issue.line <= issue.end_line <= max(len(lines), 1), issue
        assert issue.column >= 1 and issue.end_column >= 1, issue
        if issue.line <= len(lines):
            assert issue.column <= len(lines.line_text(issue.line)) + 1, issue
        if issue.end_line <= len(lines):
            assert issue.end_column <= len(lines.line_text(issue.end_line)) + 2, issue
    _reports_render(issues)
    if extension == "txt":
        _fixes_stay_in_their_spans(text, issues)
    return issues


def _reports_render(issues: list[Issue]) -> None:
    summary = Summary(files_checked=1, rules=tuple(linter().registry.infos))
    for fmt in FORMATS:
        out = render(fmt, issues, summary, color=False)
        if fmt in ("json", "sarif", "rdjson"):
            json.loads(out)
        elif fmt == "jsonl":
            [json.loads(line) for line in out.splitlines() if line]
        elif fmt == "junit":
            ElementTree.fromstring(out)


def _fixes_stay_in_their_spans(text: str, issues: list[Issue]) -> None:
    fixable = [i for i in issues if i.suggestion is not None and i.path == "fuzz.txt" and i.code[:3] != "TL0"]
    fixed, applied = apply(text, fixable)
    assert applied <= len(fixable)
    if not fixable:
        assert fixed == text
        return
    lines = LineIndex(text)
    first = min(lines.starts[i.line - 1] + i.column - 1 for i in fixable)
    assert fixed[:first] == text[:first]
