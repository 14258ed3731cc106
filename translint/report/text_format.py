"""The terminal view: each issue with its source line and a caret underline, then a summary."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from translint.issue import Issue, Severity
from translint.report import Summary

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_WINDOW = 100  # display cells of source shown around a finding on long lines


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    blocks = []
    for issue in issues:
        head = (
            f"{paint(f'{issue.path}:{issue.line}:{issue.column}:', '1')} "
            f"{paint(issue.code, '1;' + _COLORS[issue.severity])} [{issue.rule}] {issue.message}"
        )
        blocks.append(head + "\n" + _snippet(issue, paint))
    if summary.quiet:
        return "".join(block + "\n" for block in blocks)
    return "\n".join(blocks) + ("\n" if blocks else "") + summary_line(issues, summary, paint) + "\n"


def _snippet(issue: Issue, paint) -> str:  # type: ignore[no-untyped-def]
    line = issue.line_text.replace("\t", " ")
    start = issue.column - 1
    end = issue.end_column - 1 if issue.end_line == issue.line else len(line)
    end = max(end, start + 1)
    first, prefix, suffix = 0, "", ""
    if _width(line) > _WINDOW:
        first = max(0, start - _WINDOW // 3)
        last = min(len(line), max(end, first + _WINDOW))
        prefix, suffix = ("…" if first else ""), ("…" if last < len(line) else "")
        line = line[first:last]
        start, end = start - first, min(end, last) - first
    gutter = " " * len(str(issue.line))
    carets = " " * (_width(prefix) + _width(line[:start])) + "^" * max(1, _width(line[start:end]))
    out = [f" {paint(str(issue.line), '34')} | {prefix}{line}{suffix}", f" {gutter} | {paint(carets, _COLORS[issue.severity])}"]
    if issue.suggestion is not None:
        out.append(f" {gutter} = suggestion: {issue.suggestion or '(delete it)'}")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    """Terminal cells: wide East Asian characters take two, combining marks none."""
    if text.isascii():  # one cell each, known from a flag: most lines of most reports
        return len(text)
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


def summary_line(issues: Sequence[Issue], summary: Summary, paint) -> str:  # type: ignore[no-untyped-def]
    files = f"{summary.files_checked} file{'s' if summary.files_checked != 1 else ''} checked"
    if not issues:
        return paint(f"No issues found; {files}.", "32")
    counts = Counter(i.severity for i in issues)
    parts = [
        f"{counts[level]} {str(level) if level is Severity.INFO or counts[level] == 1 else str(level) + 's'}"
        for level in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[level]
    ]
    affected = len({i.path for i in issues})
    noun = "issue" if len(issues) == 1 else "issues"
    line = paint(f"Found {len(issues)} {noun} ({', '.join(parts)}) in {affected} of {files}.", "1")
    return line + _fixable(issues, summary)


def _fixable(issues: Sequence[Issue], summary: Summary) -> str:
    """ruff's hint: how many findings --fix would mend, and how many --unsafe-fixes would add."""
    kinds = {info.code: info.fix for info in summary.rules}
    by_kind = Counter(kinds.get(i.code) for i in issues if i.suggestion is not None)
    fixable = by_kind["safe"] + (by_kind["unsafe"] if summary.unsafe_fixes else 0)
    hidden = 0 if summary.unsafe_fixes else by_kind["unsafe"]
    hint = f"[*] {fixable} fixable with --fix" if fixable else "No fixes available" if hidden else ""
    if hidden:
        hint += f" ({hidden} hidden fix{'es' if hidden > 1 else ''} can be enabled with --unsafe-fixes)"
    return f"\n{hint}." if hint else ""
