from translint.issue import Issue, Severity
from translint.report import Summary
from translint.report.text_format import render


def issue(line_text: str, column: int, end_column: int, **extra) -> Issue:
    return Issue("a.txt", 3, column, 3, end_column, "TL101", "source-script", Severity.ERROR, "m", line_text=line_text, **extra)


def test_caret_accounts_for_wide_characters_before_the_span():
    out = render([issue("東京 Мир", 4, 7)], Summary(1), color=False)
    assert " 3 | 東京 Мир\n   |      ^^^\n" in out


def test_long_lines_are_cut_to_a_window_around_the_span():
    line = "word " * 100 + "Мир" + " tail" * 100
    column = line.index("Мир") + 1
    out = render([issue(line, column, column + 3)], Summary(1), color=False)
    shown = out.splitlines()[1]
    assert shown.startswith(" 3 | …") and shown.endswith("…") and len(shown) < 120
    assert out.splitlines()[2].index("^") == shown.index("Мир")


def test_suggestion_is_shown_under_the_caret():
    assert "   = suggestion: Mir\n" in render([issue("Мир", 1, 4, suggestion="Mir")], Summary(1), color=False)


def test_colour_only_when_asked():
    assert "\x1b[" not in render([issue("Мир", 1, 4)], Summary(1), color=False)
    assert "\x1b[" in render([issue("Мир", 1, 4)], Summary(1), color=True)


def test_summary_counts_by_severity_and_files():
    info = Issue("b.txt", 1, 1, 1, 2, "TL301", "doubled-word", Severity.INFO, "m", line_text="x")
    out = render([issue("Мир", 1, 4), info], Summary(3), color=False)
    assert out.endswith("Found 2 issues (1 error, 1 info) in 2 of 3 files checked.\n")
