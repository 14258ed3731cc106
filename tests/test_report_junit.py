"""JUnit XML: one testcase per finding, one passing testcase per clean file; it always parses."""

import xml.etree.ElementTree as ET

from translint.issue import Issue, Severity
from translint.report import Summary
from translint.report.junit_format import render


def issue(path: str = "a.txt", line: int = 2, message: str = "m", **extra) -> Issue:
    return Issue(path, line, 3, line, 6, "TL104", "decimal-comma", Severity.WARNING, message, **extra)


def parse(issues, files=()) -> ET.Element:
    return ET.fromstring(render(issues, Summary(3, files=tuple(files)), color=False))


def test_one_testcase_per_finding_each_with_one_failure():
    suite = parse([issue("a.txt", 2), issue("a.txt", 5), issue("b.txt", 1)], files=("a.txt", "b.txt"))
    assert (suite.tag, suite.get("name")) == ("testsuite", "translint")
    assert (suite.get("tests"), suite.get("failures")) == ("3", "3")
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name"), len(c.findall("failure"))) for c in cases] == [
        ("a.txt", "TL104 decimal-comma at 2:3", 1),
        ("a.txt", "TL104 decimal-comma at 5:3", 1),
        ("b.txt", "TL104 decimal-comma at 1:3", 1),
    ]


def test_clean_files_are_passing_testcases():
    suite = parse([issue("a.txt", 2)], files=("a.txt", "clean.txt"))
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    [passed] = [c for c in suite.findall("testcase") if not list(c)]
    assert (passed.get("classname"), passed.get("name")) == ("clean.txt", "clean.txt")


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
    assert suite.find("testcase").get("classname") == "<stdin>"
    assert suite.find("testcase/failure").get("message") == 'TL104 a <b>&amp; "c"\\x0c\\x00 end'
