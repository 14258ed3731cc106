"""Findings in a JSON Lines export point at the export itself, in every format;
the record is named beside the location, never glued into the path."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import run

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EXPORT = '{"id": "2024-06-13-01", "text": "Talks ended.\\nThe the talks resumed."}\n{"id": "x2", "text": "Fine."}\n'


def _check(tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    (tmp_path / "feed.jsonl").write_text(EXPORT, encoding="utf-8")
    return run("check", "--select", "TL301", *args, "feed.jsonl", cwd=tmp_path)


def test_json_gives_the_file_as_path_and_the_record_apart(tmp_path):
    [item] = json.loads(_check(tmp_path, "--format", "json").stdout)
    assert (item["path"], item["record"], item["line"], item["column"]) == ("feed.jsonl", "2024-06-13-01", 1, 48)


def test_sarif_uri_names_the_export_and_a_logical_location_names_the_record(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    log = json.loads(_check(tmp_path, "--format", "sarif").stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    [result] = log["runs"][0]["results"]
    [location] = result["locations"]
    assert (tmp_path / unquote(location["physicalLocation"]["artifactLocation"]["uri"])).is_file()
    assert location["logicalLocations"] == [{"name": "2024-06-13-01", "kind": "object"}]


def test_github_annotations_name_the_export_file(tmp_path):
    out = _check(tmp_path, "--format", "github").stdout
    assert "::warning file=feed.jsonl,line=1,col=48," in out and "%3A2024" not in out


def test_text_summary_counts_files_not_records(tmp_path):
    (tmp_path / "feed.jsonl").write_text(EXPORT.replace("Fine.", "The the end."), encoding="utf-8")
    done = run("check", "--select", "TL301", "feed.jsonl", cwd=tmp_path)
    assert "Found 2 issues (2 warnings) in 1 of 1 file checked." in done.stdout
