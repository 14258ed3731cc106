"""JUnit XML: one testcase per file with issues, one failure per issue; it always parses."""

import xml.etree.ElementTree as ET

from translint.issue import Issue, Severity
from translint.report import Summary
from translint.report.junit_format import render


def issue(path: str = "a.txt", line: int = 2, message: str = "m", **extra) -> Issue:
    return Issue(path, line, 3, line, 6, "TL104", "decimal-comma", Severity.WARNING, message, **extra)


def parse(issues) -> ET.Element:
    return ET.fromstring(render(issues, Summary(3), color=False))


def test_one_testcase_per_file_and_one_failure_per_issue():
    suite = parse([issue("a.txt", 2), issue("a.txt", 5), issue("b.txt", 1)])
    assert (suite.tag, suite.get("name")) == ("testsuite", "translint")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "2")
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name"), len(c.findall("failure"))) for c in cases] == [
        ("a.txt", "a.txt", 2), ("b.txt", "b.txt", 1)
    ]


def test_failure_carries_code_message_and_position():
    failure = parse([issue(message='decimal comma in "4,5"', suggestion="4.5")]).find("testcase/failure")
    assert failure.get("message") == 'TL104 decimal comma in "4,5"' and failure.get("type") == "TL104"
    assert failure.text == 'a.txt:2:3: TL104 [decimal-comma] decimal comma in "4,5"\nsuggestion: 4.5'


def test_no_issues_is_one_passing_testcase():
    suite = parse([])
    [case] = suite.findall("testcase")
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")
    assert case.get("name") == "translint" and list(case) == []


def test_markup_and_control_characters_in_untrusted_text_still_parse():
    suite = parse([issue(path="<stdin>", message='a <b>&amp; "c"\x0c\x00 end')])
    assert suite.find("testcase").get("name") == "<stdin>"
    assert suite.find("testcase/failure").get("message") == 'TL104 a <b>&amp; "c"\\x0c\\x00 end'
