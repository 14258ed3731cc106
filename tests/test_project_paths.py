"""Paths as a project sees them: a baseline matches its findings however the paths are typed and
wherever the run starts, and exclude globs are read from where the config file is."""

from __future__ import annotations

import json

from conftest import run

ARTICLE = "Talks in Минск ended.\nThe the delegates left.\n"


def test_a_baseline_written_from_the_project_matches_an_absolute_path_run_from_elsewhere(tmp_path):
    project = tmp_path / "newsroom"
    (project / "desk").mkdir(parents=True)
    (project / "desk" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("check", "--write-baseline", "baseline.json", "desk", cwd=project).returncode == 0
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    done = run("check", "--baseline", str(project / "baseline.json"), str(project / "desk" / "a.txt"), cwd=elsewhere)
    assert done.returncode == 0, done.stdout


def test_baseline_paths_are_stored_relative_to_the_baseline_file(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ci").mkdir()
    run("check", "--write-baseline", "ci/baseline.json", str(tmp_path / "desk"), cwd=tmp_path)
    data = json.loads((tmp_path / "ci" / "baseline.json").read_text(encoding="utf-8"))
    assert data["translint-baseline"] == 2
    assert {finding["path"] for finding in data["findings"]} == {"../desk/a.txt"}


def test_a_version_1_baseline_still_reads_its_paths_from_the_working_folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run("check", "--write-baseline", "b.json", "a.txt", cwd=tmp_path)
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    data["translint-baseline"] = 1
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    assert run("check", "--baseline", "b.json", "a.txt", cwd=tmp_path).returncode == 0


def test_an_exclude_glob_with_a_slash_is_relative_to_the_config_file(tmp_path):
    for year in ("2019", "2020"):
        (tmp_path / "archive" / year).mkdir(parents=True)
        (tmp_path / "archive" / year / "a.txt").write_text("The the end.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.translint]\nexclude = ["archive/2019/*"]\n', encoding="utf-8")
    for cwd, target in ((tmp_path, "archive"), (tmp_path / "archive", ".")):
        done = run("check", "--format", "concise", target, cwd=cwd)
        assert "2020/a.txt" in done.stdout and "2019" not in done.stdout, (cwd, done.stdout)
