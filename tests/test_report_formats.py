"""Every listed format is a reporter module that renders a run."""

import pytest

from translint.issue import Issue, Severity
from translint.report import FORMATS, Summary, render

ISSUE = Issue("a.txt", 1, 10, 1, 15, "TL101", "source-script", Severity.ERROR, 'Cyrillic "Минск"',
              suggestion="Minsk", line_text="Talks in Минск ended.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_issues_and_an_empty_run(fmt):
    assert "TL101" in render(fmt, [ISSUE], Summary(1), color=False)
    assert isinstance(render(fmt, [], Summary(1), color=False), str)


def test_new_formats_are_listed():
    assert {"sarif", "github", "junit", "jsonl", "rdjson", "grouped"} <= set(FORMATS)
