"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One `<testsuite name="translint">`; each file with issues is a `<testcase>`
(classname and name are its path) with one `<failure>` per issue. A reporter
sees only issues, so clean files cannot be listed: a run without issues is one
passing testcase named "translint". `tests` counts testcases, `failures` the
failed ones. Text that XML 1.0 cannot hold (control characters) is written as
`\\xNN` escapes so the report always parses.
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
    by_path: dict[str, list[Issue]] = {}
    for issue in issues:
        by_path.setdefault(issue.path, []).append(issue)
    suite = ET.Element(
        "testsuite",
        name="translint",
        tests=str(max(1, len(by_path))),
        failures=str(len(by_path)),
        errors="0",
        skipped="0",
    )
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", classname=_xml(path), name=_xml(path))
        for issue in found:
            failure = ET.SubElement(case, "failure", message=_xml(f"{issue.code} {issue.message}"), type=issue.code)
            failure.text = _xml(_detail(issue))
    if not by_path:
        ET.SubElement(suite, "testcase", classname="translint", name="translint")
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
