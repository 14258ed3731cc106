from conftest import lint, positions

from translint.api import lint_paths
from translint.config import Config
from translint.issue import Severity

TEXT = "The the talks in Минск ended “well.\n"


def test_all_rules_run_by_default():
    assert {i.code for i in lint(TEXT)} == {"TL101", "TL301", "TL302"}


def test_select_by_prefix_and_ignore_by_name():
    issues = lint(TEXT, "TL3", ignore=("doubled-word",))
    assert {i.code for i in issues} == {"TL302"}


def test_severity_override_by_name():
    [issue] = lint(TEXT, "TL301", severity={"doubled-word": Severity.INFO})
    assert issue.severity is Severity.INFO


def test_issues_are_sorted_by_position():
    assert positions(lint(TEXT)) == [("TL301", 1, 1), ("TL101", 1, 18), ("TL302", 1, 30)]


def test_invalid_utf8_file_is_tl001_and_other_files_are_still_linted(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Fine line\nbad \xe9 byte\n")
    (tmp_path / "good.txt").write_text("The the end.\n", encoding="utf-8")
    issues = lint_paths([tmp_path], Config())
    assert [(i.path.rsplit("/", 1)[-1], i.code, i.line, i.column) for i in issues] == [
        ("bad.txt", "TL001", 2, 5),
        ("good.txt", "TL301", 1, 1),
    ]
    assert "byte offset 14" in issues[0].message


def test_positions_are_exact_in_crlf_files_after_emoji(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffIntro 😀\r\n😀😀 The the end\r\nМир\r\n".encode())
    assert positions(lint_paths([tmp_path / "a.txt"])) == [("TL301", 2, 4), ("TL101", 3, 1)]


def test_folders_are_walked_with_include_and_exclude(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "notes.csv", "drafts/d.txt", ".hidden/e.txt"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("Мир\n", encoding="utf-8")
    found = {i.path.rsplit("/", 1)[-1] for i in lint_paths([tmp_path], Config(exclude=("drafts",)))}
    assert found == {"a.txt", "b.md", "c.html"}
