"""JSON Lines: one Issue.to_dict() object per line."""

import json

from translint.issue import Issue, Location, Severity
from translint.report import Summary
from translint.report.jsonl_format import render


def issue(message: str = "m", line: int = 1) -> Issue:
    return Issue("a.txt", line, 1, line, 4, "TL101", "source-script", Severity.ERROR, message,
                 suggestion="Mir", related=(Location("a.txt", 9, 2),))


def test_each_line_is_the_json_object_of_one_issue():
    issues = [issue(line=1), issue(line=2)]
    out = render(issues, Summary(1), color=False)
    assert out.endswith("\n") and [json.loads(line) for line in out.splitlines()] == [i.to_dict() for i in issues]


def test_non_ascii_is_written_as_itself():
    assert '"Cyrillic \\"Мир\\""' in render([issue('Cyrillic "Мир"')], Summary(1), color=False)


def test_unicode_line_separators_in_a_message_do_not_split_the_line():
    out = render([issue("a\u2028b\u2029c\x85d")], Summary(1), color=False)
    [line] = out.splitlines()
    assert json.loads(line)["message"] == "a\u2028b\u2029c\x85d"


def test_no_issues_is_no_output():
    assert render([], Summary(1), color=False) == ""
