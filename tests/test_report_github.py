"""GitHub Actions workflow commands: one annotation per issue, escaped as @actions/core escapes."""

from translint.issue import Issue, Severity
from translint.report import Summary
from translint.report.github_format import render


def issue(severity: Severity = Severity.ERROR, path: str = "news/a.txt", message: str = "m", **extra) -> Issue:
    fields = dict(line=7, column=74, end_line=7, end_column=77)
    fields.update(extra)
    return Issue(path, code="TL104", rule="decimal-comma", severity=severity, message=message, **fields)


def lines(issues) -> list[str]:
    return render(issues, Summary(1), color=False).splitlines()


def test_an_error_is_one_command_with_position_and_title():
    assert lines([issue(message='decimal comma in "4,5"')]) == [
        '::error file=news/a.txt,line=7,col=74,endLine=7,endColumn=77,title=TL104 decimal-comma::decimal comma in "4,5"'
    ]


def test_warning_and_info_use_warning_and_notice():
    warning, info = lines([issue(Severity.WARNING), issue(Severity.INFO)])
    assert warning.startswith("::warning file=") and info.startswith("::notice file=")


def test_message_escapes_percent_and_line_breaks_but_not_colon_or_comma():
    [line] = lines([issue(message="100% sure:\r\nyes, really")])
    assert line.endswith("::100%25 sure:%0D%0Ayes, really")


def test_property_values_also_escape_colon_and_comma():
    [line] = lines([issue(path="C:/news/a,b%\n.txt")])
    assert line.startswith("::error file=C%3A/news/a%2Cb%25%0A.txt,line=7,")


def test_a_span_over_several_lines_has_no_columns():
    [line] = lines([issue(end_line=8, end_column=3)])
    assert line.startswith("::error file=news/a.txt,line=7,endLine=8,title=TL104 decimal-comma::")


def test_no_summary_notice_while_each_level_fits_in_ten_annotations():
    out = lines([issue(level) for level in Severity for _ in range(10)])
    assert len(out) == 30 and not any(line.startswith("::notice::") for line in out)


def test_a_final_notice_counts_the_findings_github_will_not_show():
    out = lines([issue(Severity.ERROR)] * 12 + [issue(Severity.WARNING)] * 11 + [issue(Severity.INFO)] * 3)
    assert len(out) == 27 and all(" file=" in line for line in out[:-1])
    assert out[-1].startswith("::notice::translint found 26 issues; 2 errors, 1 warning will not be shown as")
    assert "full report" in out[-1]


def test_the_notice_comes_first_when_ten_notices_would_crowd_it_out():
    out = lines([issue(Severity.INFO)] * 12)
    assert out[0].startswith("::notice::translint found 12 issues; 3 info will not be shown")
    assert len(out) == 13 and all(line.startswith("::notice file=") for line in out[1:])
