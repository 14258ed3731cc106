"""Editorial CI: fixes, baselines, changed lines, statistics and quiet modes, end to end."""

import json
import os
import subprocess

from conftest import run

BAD = "The deal was called «historic» in 2019 g.\n"


def test_fix_changes_only_the_fixed_spans_and_keeps_bom_and_crlf(article):
    original = "\ufeffIntro line stays.\r\nHe called it «historic».\r\nLast line, 10 000 words.\r\n".encode()
    path = article("a.txt", original)
    done = run("check", "--fix", "--select", "TL1", str(path))
    fixed = path.read_bytes()
    assert fixed == original.replace("«".encode(), "“".encode()).replace("»".encode(), "”".encode()).replace(
        b"10 000", b"10,000"
    )
    assert done.returncode == 0 and "Fixed 3 issue(s) in 1 file(s)." in done.stderr


def test_fix_is_idempotent_and_keeps_permissions(article):
    path = article("a.txt", BAD)
    os.chmod(path, 0o640)
    run("check", "--fix", "--select", "TL1", str(path))
    once = path.read_bytes()
    done = run("check", "--fix", "--select", "TL1", str(path))
    assert path.read_bytes() == once and "Fixed" not in done.stderr
    assert oct(path.stat().st_mode & 0o777) == "0o640"


def test_unsafe_fixes_need_their_own_flag(article):
    path = article("a.txt", "At least 10 thousand people left.\n")
    run("check", "--fix", "--select", "TL106", str(path))
    assert "10 thousand" in path.read_text(encoding="utf-8")
    run("check", "--fix", "--unsafe-fixes", "--select", "TL106", str(path))
    assert "10,000 people" in path.read_text(encoding="utf-8")


def test_diff_prints_the_patch_and_writes_nothing(article):
    path = article("a.txt", BAD)
    done = run("check", "--diff", "--select", "TL1", str(path))
    assert done.returncode == 1 and "-The deal was called «historic» in 2019 g." in done.stdout
    assert "+The deal was called “historic” in 2019." in done.stdout
    assert path.read_text(encoding="utf-8") == BAD


def test_fix_refuses_standard_input():
    done = run("check", "--fix", "-", stdin=BAD.encode())
    assert done.returncode == 2 and "use --diff" in done.stderr


def test_baseline_reports_only_new_findings_after_lines_are_inserted_above(article, tmp_path):
    lines = ["Talks in Минск ended.", "The the delegates left.", "Prices rose 4,5 percent.", "It was №5.", "Read also: more news"]
    path = article("a.txt", "\n".join(lines) + "\n")
    baseline = tmp_path / "baseline.json"
    first = run("check", "--write-baseline", str(baseline), "--format", "json", str(path))
    assert first.returncode == 0 and "Recorded 5 finding(s)" in first.stderr
    path.write_text("New intro.\nAnother line.\nA third line.\n" + "\n".join(lines) + "\nA new defect in Київ.\n", encoding="utf-8")
    done = run("check", "--baseline", str(baseline), "--format", "json", str(path))
    [new] = json.loads(done.stdout)
    assert (new["code"], new["line"]) == ("TL101", 9)


def test_diff_from_keeps_findings_on_changed_lines_only(tmp_path):
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "ci@example.org")
    git("config", "user.name", "CI")
    (tmp_path / "a.txt").write_text("Old line in Минск.\nSecond line.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "start")
    (tmp_path / "a.txt").write_text("Old line in Минск.\nSecond line in Київ.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A new file about Львів.\n", encoding="utf-8")
    done = run("check", "--diff-from", "HEAD", "--format", "concise", "--select", "TL101", "a.txt", "b.txt", cwd=tmp_path)
    assert [line.split(": ")[0] for line in done.stdout.splitlines()] == ["a.txt:2:16", "b.txt:1:18"]


def test_diff_from_outside_git_is_a_clear_error(article):
    done = run("check", "--diff-from", "HEAD", str(article("a.txt", BAD)), cwd=article("x/.keep", "").parent)
    assert done.returncode == 2 and "--diff-from" in done.stderr and "Traceback" not in done.stderr


def test_statistics_counts_findings_per_rule(article):
    done = run("check", "--statistics", "--select", "TL103", str(article("a.txt", BAD * 2)))
    assert done.stdout == "     4  TL103  source-punctuation\n"


def test_exit_zero_and_output_file(article, tmp_path):
    out = tmp_path / "report.json"
    done = run("check", "--exit-zero", "--format", "json", "-o", str(out), str(article("a.txt", BAD)))
    assert done.returncode == 0 and done.stdout == "" and json.loads(out.read_text(encoding="utf-8"))


def test_format_from_the_environment(article):
    path = article("a.txt", BAD)
    done = run("check", str(path), env={"TRANSLINT_FORMAT": "concise"})
    assert done.stdout.startswith(f"{path.as_posix()}:1:21: TL103 ")
