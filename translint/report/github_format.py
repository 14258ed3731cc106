"""GitHub Actions workflow commands: each issue becomes an annotation on its line.

`::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE rule::message`
(`warning` for warnings, `notice` for info), escaped as @actions/core escapes
them. Columns are only given for a span on one line: GitHub's annotations
cannot carry columns across lines.

GitHub turns at most 10 commands of each level per step into annotations (and
50 per job) and silently drops the rest. When a level has more than 10, one
more `::notice::` says how many findings will not be shown and where to read
them. It is the last line unless 10 or more notices come before it, where it
would be dropped itself: then it is the first line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from translint.issue import Issue, Severity
from translint.report import Summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
LIMIT = 10  # annotations of each level per step
_PLURAL = {
    Severity.ERROR: ("error", "errors"),
    Severity.WARNING: ("warning", "warnings"),
    Severity.INFO: ("info", "info"),
}


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    lines = [_command(issue) for issue in issues]
    counts = Counter(issue.severity for issue in issues)
    if not any(count > LIMIT for count in counts.values()):
        return "".join(lines)
    first = counts[Severity.INFO] >= LIMIT  # as the 11th notice the summary would be dropped too
    shown = {level: LIMIT - (1 if first and level is Severity.INFO else 0) for level in COMMANDS}
    hidden = [
        f"{counts[level] - shown[level]} {_PLURAL[level][counts[level] - shown[level] != 1]}"
        for level in COMMANDS
        if counts[level] > shown[level]
    ]
    note = (
        f"translint found {len(issues)} issues; {', '.join(hidden)} will not be shown as annotations "
        f"(GitHub shows at most {LIMIT} of each level per step). "
        "Every finding is in this step's log; run `translint check` for the full report."
    )
    notice = f"::notice::{escape_data(note)}\n"
    return notice + "".join(lines) if first else "".join(lines) + notice


def escape_data(text: str) -> str:
    """The message of a command, as @actions/core's escapeData."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value of a command, as @actions/core's escapeProperty."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(issue: Issue) -> str:
    properties = [("file", issue.path), ("line", str(issue.line))]
    if issue.end_line == issue.line:
        properties.append(("col", str(issue.column)))
    properties.append(("endLine", str(issue.end_line)))
    if issue.end_line == issue.line:
        properties.append(("endColumn", str(issue.end_column)))
    properties.append(("title", f"{issue.code} {issue.rule}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[issue.severity]} {joined}::{escape_data(issue.message)}\n"
