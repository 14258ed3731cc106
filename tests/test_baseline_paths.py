"""A baseline matches its findings however the paths are typed and wherever the run starts."""

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
