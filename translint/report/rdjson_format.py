"""reviewdog's rdjson (Reviewdog Diagnostic Format, the DiagnosticResult message as JSON).

`reviewdog -f=rdjson` reads it. rdjson columns are 1-based UTF-8 byte offsets
within the line, so translint's code-point columns are converted with the
issue's source line; a range ends just past the span, as translint's does.
A span over several lines has only its start (the end line's text, needed to
convert its column, is not in the issue) and then no suggestion, since an edit
with a guessed end could damage the text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from translint.issue import Issue, Severity
from translint.report import Summary

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    result: dict[str, Any] = {"source": {"name": "translint"}}
    if issues:
        result["severity"] = SEVERITIES[max(issue.severity for issue in issues)]
    result["diagnostics"] = [_diagnostic(issue) for issue in issues]
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def byte_column(line_text: str, column: int) -> int:
    """A 1-based code-point column as a 1-based UTF-8 byte column of the same line.

    Code points past the end of `line_text` (an issue without its line) count one byte each.
    """
    before = line_text[: column - 1]
    return len(before.encode("utf-8", "surrogatepass")) + (column - 1 - len(before)) + 1


def _diagnostic(issue: Issue) -> dict[str, Any]:
    start = {"line": issue.line, "column": byte_column(issue.line_text, issue.column)}
    span: dict[str, Any] = {"start": start}
    if issue.end_line == issue.line:
        span["end"] = {"line": issue.end_line, "column": byte_column(issue.line_text, issue.end_column)}
    diagnostic: dict[str, Any] = {
        "message": issue.message,
        "location": {"path": issue.path, "range": span},
        "severity": SEVERITIES[issue.severity],
        "code": {"value": issue.code},
    }
    if issue.suggestion is not None and "end" in span:
        diagnostic["suggestions"] = [{"range": span, "text": issue.suggestion}]
    return diagnostic
