"""--diff-from keeps findings on changed lines, whatever the file is called and wherever the run starts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import run

NAMES = ["my story.txt", "статья.txt", 'say "hi".txt']


def _repo(root: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "ci@example.org")
    git("config", "user.name", "CI")
    (root / "desk").mkdir()
    for name in NAMES:
        (root / "desk" / name).write_text("Fine start.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "start")
    for name in NAMES:
        (root / "desk" / name).write_text("Fine start.\nThe the change.\n", encoding="utf-8")
    (root / "desk" / "new one.txt").write_text("The the new file.\n", encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_changed_lines_of_files_with_spaces_quotes_or_cyrillic_in_the_name_are_kept(tmp_path, name):
    _repo(tmp_path)
    done = run("check", "--diff-from", "HEAD", "--format", "concise", "--select", "TL301", "desk", cwd=tmp_path)
    assert f"desk/{name}:2:1: TL301" in done.stdout


def test_untracked_files_count_as_changed_when_run_from_a_subfolder(tmp_path):
    _repo(tmp_path)
    done = run("check", "--diff-from", "HEAD", "--format", "concise", "--select", "TL301", ".", cwd=tmp_path / "desk")
    assert "new one.txt:1:1: TL301" in done.stdout
    assert len(done.stdout.splitlines()) == len(NAMES) + 1


def test_outside_a_repository_the_error_is_translints_own(tmp_path):
    (tmp_path / "a.txt").write_text("The the end.\n", encoding="utf-8")
    done = run("check", "--diff-from", "HEAD", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == f"translint: error: --diff-from needs a git repository, and {tmp_path} is not inside one"
