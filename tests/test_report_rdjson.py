"""reviewdog rdjson: columns as 1-based UTF-8 byte offsets of the line."""

import json

from translint.issue import Issue, Severity
from translint.report import Summary
from translint.report.rdjson_format import render

LINE = "Москва: 4,5 hours"  # "4,5" is code points 9-11; each Cyrillic letter is 2 bytes


def issue(severity: Severity = Severity.WARNING, **extra) -> Issue:
    fields = dict(line=3, column=9, end_line=3, end_column=12, line_text=LINE)
    fields.update(extra)
    return Issue("news/a.txt", code="TL104", rule="decimal-comma", severity=severity, message="decimal comma", **fields)


def rdjson(issues) -> dict:
    return json.loads(render(issues, Summary(1), color=False))


def test_columns_count_utf8_bytes_after_cyrillic():
    [diagnostic] = rdjson([issue()])["diagnostics"]
    assert diagnostic["location"] == {
        "path": "news/a.txt",
        "range": {"start": {"line": 3, "column": 15}, "end": {"line": 3, "column": 18}},
    }
    assert LINE.encode()[15 - 1 : 18 - 1] == b"4,5"


def test_diagnostic_has_message_severity_and_code():
    result = rdjson([issue(Severity.ERROR), issue(Severity.WARNING), issue(Severity.INFO)])
    assert result["source"] == {"name": "translint"} and result["severity"] == "ERROR"
    assert [d["severity"] for d in result["diagnostics"]] == ["ERROR", "WARNING", "INFO"]
    assert result["diagnostics"][0]["message"] == "decimal comma"
    assert result["diagnostics"][0]["code"] == {"value": "TL104"}


def test_suggestion_replaces_the_same_byte_range():
    [diagnostic] = rdjson([issue(suggestion="4.5")])["diagnostics"]
    assert diagnostic["suggestions"] == [{"range": diagnostic["location"]["range"], "text": "4.5"}]
    assert "suggestions" not in rdjson([issue()])["diagnostics"][0]


def test_a_span_over_several_lines_keeps_only_its_start_and_no_suggestion():
    [diagnostic] = rdjson([issue(end_line=4, end_column=2, suggestion="x")])["diagnostics"]
    assert diagnostic["location"]["range"] == {"start": {"line": 3, "column": 15}}
    assert "suggestions" not in diagnostic


def test_no_issues_is_an_empty_diagnostic_list():
    assert rdjson([]) == {"source": {"name": "translint"}, "diagnostics": []}
