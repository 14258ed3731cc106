"""Grouped: each path once, its issues indented under it, then the text format's summary."""

from translint.issue import Issue, Severity
from translint.report import Summary
from translint.report.grouped_format import render


def issue(path: str, line: int, column: int, code: str = "TL104", message: str = "m") -> Issue:
    return Issue(path, line, column, line, column + 1, code, "rule", Severity.WARNING, message)


def test_issues_are_grouped_under_their_path_with_a_blank_line_between_files():
    out = render([issue("a.txt", 7, 74, message="decimal comma"), issue("a.txt", 12, 1, "TL301", "doubled"),
                  issue("b.txt", 1, 1)], Summary(3), color=False)
    assert out == (
        "a.txt\n"
        "  7:74  TL104  decimal comma\n"
        "  12:1  TL301  doubled\n"
        "\n"
        "b.txt\n"
        "  1:1  TL104  m\n"
        "\n"
        "Found 3 issues (3 warnings) in 2 of 3 files checked.\n"
    )


def test_positions_are_padded_to_line_up_the_codes():
    out = render([issue("a.txt", 1, 1), issue("a.txt", 100, 20)], Summary(1), color=False)
    assert out.splitlines()[1:3] == ["  1:1     TL104  m", "  100:20  TL104  m"]


def test_no_issues_is_only_the_summary():
    assert render([], Summary(2), color=False) == "No issues found; 2 files checked.\n"


def test_quiet_run_has_no_summary():
    out = render([issue("a.txt", 1, 1), issue("b.txt", 2, 3)], Summary(2, quiet=True), color=False)
    assert out == "a.txt\n  1:1  TL104  m\n\nb.txt\n  2:3  TL104  m\n"
    assert render([], Summary(2, quiet=True), color=False) == ""


def test_colour_only_when_asked():
    assert "\x1b[" not in render([issue("a.txt", 1, 1)], Summary(1), color=False)
    assert "\x1b[" in render([issue("a.txt", 1, 1)], Summary(1), color=True)
