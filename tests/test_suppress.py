"""Suppressions: comments and markers in the article, per-file ignores in config."""

from conftest import lint, positions

from translint.api import lint_paths
from translint.config import Config

DOUBLED = "The the talks ended."


def test_disable_next_line_silences_only_the_next_line():
    text = f"<!-- translint-disable-next-line TL301 -->\n{DOUBLED}\n{DOUBLED}\n"
    assert positions(lint(text, "TL301", "TL005")) == [("TL301", 3, 1)]


def test_disable_and_enable_bound_a_range():
    text = f"<!-- translint-disable doubled-word -->\n{DOUBLED}\n<!-- translint-enable -->\n{DOUBLED}\n"
    assert positions(lint(text, "TL301", "TL005")) == [("TL301", 4, 1)]


def test_disable_without_codes_silences_every_rule_to_the_end():
    text = f"<!-- translint-disable -->\n{DOUBLED} Мир.\n"
    assert lint(text, "TL1", "TL3", "TL005") == []


def test_marker_silences_its_own_line_for_the_codes_named():
    text = f"{DOUBLED} Мир.  translint: ignore[TL301]\n"
    assert [i.code for i in lint(text, "TL1", "TL3", "TL005")] == ["TL101"]


def test_prefix_selectors_work_in_suppressions():
    assert lint(f"{DOUBLED}  translint: ignore[TL3]\n", "TL301", "TL005") == []


def test_a_suppression_that_silences_nothing_is_reported():
    text = "<!-- translint-disable-next-line TL301 -->\nA clean sentence.\n"
    [issue] = lint(text, "TL301", "TL005")
    assert (issue.code, issue.line, issue.column) == ("TL005", 1, 1) and "silences nothing" in issue.message


def test_a_suppression_naming_an_unknown_rule_is_reported():
    [issue] = lint(f"{DOUBLED}  translint: ignore[TL999]\n", "TL005")
    assert "unknown rule(s) TL999" in issue.message


def test_per_file_ignores_match_globs_against_the_path(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(DOUBLED + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(DOUBLED + "\n", encoding="utf-8")
    config = Config(select=("TL301",), per_file_ignores={"drafts/*.txt": ("TL3",)})
    assert [i.path.rsplit("/", 1)[-1] for i in lint_paths([tmp_path], config)] == ["b.txt"]


def test_markers_are_invisible_to_rules_but_shown_in_the_source_line():
    [issue] = lint("Talks ended.  translint: ignore[TL301]\nThe the end.\n", "TL3")
    assert (issue.code, issue.line) == ("TL301", 2)
    [cyrillic] = lint("Мир. <!-- translint-disable-next-line TL301 -->\nThe the end.\n", "TL101")
    assert cyrillic.line_text.endswith("-->")
