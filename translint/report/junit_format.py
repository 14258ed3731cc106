"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One `<testsuite name="translint">`. Each finding is a `<testcase>` with one
`<failure>` (classname: the file; name: rule and position), because CI
dashboards count and show one failure per testcase; each file checked
without findings is a passing testcase named by its path, so a clean file
shows as passed rather than missing. A run that knows no files and finds
nothing is one passing testcase named "translint". Text that XML 1.0 cannot
hold (control characters) is written as `\\xNN` escapes so the report always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from translint.issue import Issue
from translint.report import Summary

# Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    with_findings = {issue.path for issue in issues}
    clean = [path for path in summary.files if path not in with_findings]
    if not issues and not clean:
        clean = ["translint"]
    suite = ET.Element(
        "testsuite",
        name="translint",
        tests=str(len(issues) + len(clean)),
        failures=str(len(issues)),
        errors="0",
        skipped="0",
    )
    for issue in issues:
        name = f"{issue.code} {issue.rule} at {issue.line}:{issue.column}"
        case = ET.SubElement(suite, "testcase", classname=_xml(issue.path), name=_xml(name))
        failure = ET.SubElement(case, "failure", message=_xml(f"{issue.code} {issue.message}"), type=issue.code)
        failure.text = _xml(_detail(issue))
    for path in clean:
        ET.SubElement(suite, "testcase", classname=_xml(path), name=_xml(path))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"


def _detail(issue: Issue) -> str:
    text = f"{issue.path}:{issue.line}:{issue.column}: {issue.code} [{issue.rule}] {issue.message}"
    if issue.suggestion is not None:
        text += f"\nsuggestion: {issue.suggestion or '(delete it)'}"
    return text


def _xml(text: str) -> str:
    return _NOT_XML.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
