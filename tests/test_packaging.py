"""What a newsroom installs is translint: the distribution name, the CI example, the hook."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from translint.config import DEFAULT_INCLUDE

ROOT = Path(__file__).resolve().parents[1]


def _distribution() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]


def test_the_distribution_is_not_the_unrelated_translint_on_the_index():
    assert _distribution() == "translint-mt"


def test_the_github_workflow_installs_this_distribution():
    workflow = (ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8")
    assert re.findall(r"pip install (\S+)", workflow) == [_distribution()]


def test_the_pre_commit_hook_sees_every_format_a_folder_run_reads():
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    files = re.compile(re.search(r"files: (\S+)", hook).group(1))  # type: ignore[union-attr]
    for glob in DEFAULT_INCLUDE:
        assert files.search("story" + glob.lstrip("*")), glob
    assert not files.search("notes.csv")


def test_every_reporter_module_is_a_format_and_every_format_has_one():
    import pkgutil

    import translint.report as report

    modules = {m.name.removesuffix("_format") for m in pkgutil.iter_modules(report.__path__) if m.name.endswith("_format")}
    assert modules == set(report.FORMATS)


def test_a_folder_run_reads_every_extension_the_readers_know(tmp_path):
    from translint.api import lint_paths
    from translint.readers import EXTENSIONS

    for extension in EXTENSIONS:
        (tmp_path / f"a{extension}").write_text("The the end.\n", encoding="utf-8")
    found = {i.path.rsplit("/", 1)[-1] for i in lint_paths([tmp_path])}
    assert found == {f"a{extension}" for extension in EXTENSIONS}
