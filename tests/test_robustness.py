"""Odd input is a finding or a TL0xx diagnostic for that file, never a crashed run."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest
from conftest import run

from translint.api import lint_paths
from translint.config import Config
from translint.engine import Linter
from translint.readers.decoding import decode, encode


def _codes(issues):  # type: ignore[no-untyped-def]
    return [(i.path.rsplit("/", 1)[-1], i.code, i.line, i.column) for i in issues]


def test_lone_surrogate_escape_in_jsonl_is_tl002_and_the_next_record_is_linted(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"text": "A \\ud800 b."}\n{"text": "The the end."}\n', encoding="utf-8")
    issues = lint_paths([tmp_path / "feed.jsonl"], Config(select=("TL002", "TL301")))
    assert [(i.code, i.line, i.column) for i in issues] == [("TL002", 1, 13), ("TL301", 2, 11)]
    assert "surrogate" in issues[0].message


def test_high_surrogate_before_a_non_surrogate_escape_is_tl002(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"text": "The \\udbff\\ue000 end"}\n', encoding="utf-8")
    [issue] = lint_paths([tmp_path / "feed.jsonl"], Config())
    assert issue.code == "TL002"


def test_text_icu_cannot_romanise_still_gets_its_source_script_finding(tmp_path):
    (tmp_path / "a.txt").write_text("\U000188e6\u30fd here.\n", encoding="utf-8")
    assert [i.code for i in lint_paths([tmp_path / "a.txt"], Config(select=("TL101",)))] == ["TL101"]


def test_bogus_marked_section_in_html_is_skipped_like_a_browser_does(tmp_path):
    (tmp_path / "a.html").write_text("<p>The the end.</p><![ not cdata >", encoding="utf-8")
    assert _codes(lint_paths([tmp_path / "a.html"], Config(select=("TL301", "TL006")))) == [("a.html", "TL301", 1, 4)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_in_a_folder_is_tl003_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "b.txt").write_text("The the end.\n", encoding="utf-8")
    issues = lint_paths([tmp_path], Config(select=("TL003", "TL301")))
    assert _codes(issues) == [("b.txt", "TL301", 1, 1), ("pipe.txt", "TL003", 1, 1)]
    assert "not a regular file (a FIFO)" in issues[1].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_named_on_the_command_line_is_tl003(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    done = run("check", "--format", "concise", str(tmp_path / "pipe.txt"))
    assert done.returncode == 1 and "TL003 cannot read file: not a regular file (a FIFO)" in done.stdout


def test_folder_that_cannot_be_listed_is_tl003_and_its_siblings_are_linted(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "b.txt").write_text("The the end.\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = _codes(lint_paths([tmp_path], Config(select=("TL003", "TL301"))))
    assert ("b.txt", "TL301", 1, 1) in found and ("locked", "TL003", 1, 1) in found


def test_utf16_without_a_byte_order_mark_is_read_as_utf16():
    data = "Сегодня the talks ended.\n".encode("utf-16-le")
    assert decode(data) == "Сегодня the talks ended.\n"


def test_utf16_without_a_mark_is_written_back_as_utf16():
    data = "Talks ended.\n".encode("utf-16-be")
    assert encode("Talks ended!\n", data) == "Talks ended!\n".encode("utf-16-be")


def test_plain_ascii_is_not_mistaken_for_utf16():
    assert decode(b"ab\ncd\n") == "ab\ncd\n"


def _break(linter: Linter, code: str) -> None:
    """Make one of the linter's rules raise on every document."""

    def boom(doc, ctx):  # type: ignore[no-untyped-def]
        raise ValueError("odd input\nsecond line")

    linter.rules = [dataclasses.replace(r, check=boom) if r.info.code == code else r for r in linter.rules]


def test_a_rule_that_raises_is_tl006_for_that_file_and_other_rules_still_report():
    linter = Linter(Config(select=("TL301", "TL302", "TL006")))
    _break(linter, "TL302")
    issues = linter.check_bytes(b"The the end.\n", "a.txt")
    assert [(i.code, i.line) for i in issues] == [("TL006", 1), ("TL301", 1)]
    assert issues[0].message == "internal error in rule TL302 (unbalanced-delimiters): ValueError: odd input; please report it"


def test_translint_debug_turns_tl006_back_into_the_exception(monkeypatch):
    monkeypatch.setenv("TRANSLINT_DEBUG", "1")
    linter = Linter(Config(select=("TL301",)))
    _break(linter, "TL301")
    with pytest.raises(ValueError):
        linter.check_bytes(b"Text.\n", "a.txt")


def test_tl006_is_listed_with_the_engine_diagnostics():
    done = run("explain", "TL006")
    assert done.returncode == 0 and "internal-error" in done.stdout


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.md", "Intro line.\rThe the talks ended.\nSecond the the line.\n"),
        ("a.html", "<p>Intro line.\r<b>The</b> the talks ended.\n<i>Second</i> the the line.</p>\n"),
    ],
)
def test_a_lone_cr_ends_a_line_in_markdown_and_html_as_in_plain_text(tmp_path, name, text):
    (tmp_path / name).write_bytes(text.encode())
    found = [(i.line, i.column) for i in lint_paths([tmp_path / name], Config(select=("TL301",)))]
    assert [line for line, _ in found] == [2, 3]


def test_fix_in_markdown_with_a_lone_cr_deletes_only_the_doubled_words(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"Intro line.\rThe the talks ended.\nSecond the the line.\n")
    done = run("check", "--fix", "--select", "TL301", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert path.read_bytes() == b"Intro line.\rThe talks ended.\nSecond the line.\n"


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc to see the workers")
def test_sigterm_during_a_parallel_run_stops_workers_and_exits_130_with_one_line(tmp_path):
    import signal
    import subprocess

    for number in range(1500):
        (tmp_path / f"a{number}.txt").write_text("The talks ended on Monday and the minister spoke. " * 40 + "\n")
    command = [sys.executable, "-m", "translint", "check", "--no-cache", "-j", "2", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    workers = _workers_of(process.pid)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr.strip() == "translint: interrupted"
    assert not [pid for pid in workers if _alive(pid)]


def _workers_of(pid: int) -> list[int]:
    """The pool's worker processes, once both have started and the run is under way."""
    import time

    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (children.exists() and len(children.read_text().split()) >= 2):
        time.sleep(0.05)
    time.sleep(0.3)
    return [int(child) for child in children.read_text().split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0]
    except (OSError, IndexError):
        return False
    return "zombie" not in state


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc to see the workers")
def test_workers_end_when_the_parent_is_killed(tmp_path):
    import signal
    import subprocess
    import time

    for number in range(1500):
        (tmp_path / f"a{number}.txt").write_text("The talks ended on Monday and the minister spoke. " * 40 + "\n")
    command = [sys.executable, "-m", "translint", "check", "--no-cache", "-j", "2", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = _workers_of(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and [pid for pid in workers if _alive(pid)]:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def test_fix_leaves_a_file_alone_when_its_bytes_changed_since_it_was_linted(tmp_path):
    from translint.checking import Inputs, fix, lint

    path = tmp_path / "a.txt"
    path.write_text("The the talks ended.\n", encoding="utf-8")
    inputs = Inputs([path])
    digests: dict[str, str] = {}
    issues = lint(Config(select=("TL301",)), inputs, digests=digests)
    path.write_text("An editor rewrote this line meanwhile.\n", encoding="utf-8")
    result = fix(Config(select=("TL301",)), inputs, issues, unsafe=False, write=True, digests=digests)
    assert result.skipped == [path.as_posix()] and result.files_changed == 0
    assert path.read_text(encoding="utf-8") == "An editor rewrote this line meanwhile.\n"


def test_two_fixes_of_one_file_at_once_never_corrupt_it(tmp_path):
    import subprocess

    original = "The the talks ended , and the the minister left .\n" * 200
    expected = "The talks ended, and the minister left.\n" * 200
    path = tmp_path / "a.txt"
    command = [sys.executable, "-m", "translint", "check", "--fix", "--no-cache", "--select", "TL301,TL307", str(path)]
    for _ in range(8):
        path.write_text(original, encoding="utf-8")
        runs = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        for process in runs:
            process.wait(timeout=60)
        assert path.read_text(encoding="utf-8") == expected


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_fix_through_a_symbolic_link_fixes_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("The the end.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run("check", "--fix", "--select", "TL301", str(link)).returncode == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "The end.\n"


def test_fix_of_a_hard_linked_file_keeps_both_names_on_the_fixed_text(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("The the end.\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    os.link(first, second)
    assert run("check", "--fix", "--select", "TL301", str(first)).returncode == 0
    assert second.read_text(encoding="utf-8") == "The end.\n" and os.stat(first).st_ino == os.stat(second).st_ino


@pytest.mark.parametrize("depth", [30, 500])
def test_deeply_nested_markdown_is_still_linted(tmp_path, depth):
    path = tmp_path / "deep.md"
    path.write_text("> " * depth + "The the end.\n", encoding="utf-8")
    found = [(i.code, i.line, i.column) for i in lint_paths([path], Config(select=("TL301", "TL006")))]
    assert found == [("TL301", 1, 2 * depth + 1)]


def test_findings_on_one_long_line_share_one_copy_of_it():
    linter = Linter(Config(select=("TL301",)))
    issues = linter.check_bytes(("The the talks ended. " * 2000).encode(), "a.txt")
    assert len(issues) == 2000
    assert all(issue.line_text is issues[0].line_text for issue in issues)


def test_positions_after_a_bogus_marked_section_in_html_stay_exact(tmp_path):
    (tmp_path / "a.html").write_text("<p>Intro.</p><![ x\ny>The the end.\n", encoding="utf-8")
    assert _codes(lint_paths([tmp_path / "a.html"], Config(select=("TL301",)))) == [("a.html", "TL301", 2, 3)]


def test_a_sentence_of_only_a_closing_quote_before_a_fragment_is_no_crash():
    from translint.rules._prose import ends_on_abbreviation

    assert ends_on_abbreviation("»") is False
    issues = Linter(Config(select=("TL303", "TL006"))).check_bytes('Talks ended. » In the capital the.\n'.encode(), "a.txt")
    assert "TL006" not in {issue.code for issue in issues}
