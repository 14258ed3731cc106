"""The pre-commit hook, run by pre-commit itself on a throwaway repository.

pre-commit installs translint into its own environment from this checkout,
so this test needs the package index and takes a while; it is skipped where
pre-commit is not installed.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run

REPO = Path(__file__).resolve().parents[1]


def test_hook_fails_on_a_bad_article_and_passes_after_fix(tmp_path):
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    work = tmp_path / "newsroom"
    work.mkdir()
    article = work / "story.txt"
    article.write_text("He called the plan «realistic» and left.\n", encoding="utf-8")
    env = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    for args in (["init", "-q"], ["add", "story.txt"]):
        subprocess.run(["git", *args], cwd=work, check=True, env=env)

    def hook() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "translint", "--files", "story.txt"],
            cwd=work, capture_output=True, text=True, env=env, timeout=600,
        )

    failing = hook()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "story.txt:1:20: TL103" in failing.stdout
    run("check", "--fix", str(article))
    passing = hook()
    assert passing.returncode == 0, passing.stdout + passing.stderr
