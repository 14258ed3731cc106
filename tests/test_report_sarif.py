"""SARIF 2.1.0: valid against the official schema, stable fingerprints, relative URIs, fixes."""

import json
from pathlib import Path

import pytest

from translint import __version__
from translint.api import lint_text
from translint.config import Config
from translint.issue import Issue, Location, Severity
from translint.report import Summary
from translint.report.sarif_format import render
from translint.rule import RuleInfo

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
DECIMAL = RuleInfo(
    "TL104", "decimal-comma", Severity.WARNING, "A decimal comma.", "## What it finds\nA comma.", fix="safe"
)
VARIANT = RuleInfo("TL201", "name-variant", Severity.INFO, "One name, two spellings.", "")


def issue(path: str = "a.txt", code: str = "TL104", **extra) -> Issue:
    fields = dict(line=2, column=8, end_line=2, end_column=11, rule="decimal-comma", severity=Severity.WARNING,
                  message='decimal comma in "4,5"', line_text="It was 4,5 hours.")
    fields.update(extra)
    return Issue(path, code=code, **fields)


def sarif(issues, rules=(DECIMAL, VARIANT)) -> dict:
    return json.loads(render(issues, Summary(1, rules), color=False))


def test_output_is_valid_against_the_official_schema(tmp_path, monkeypatch):
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(tmp_path)
    issues = [
        issue(suggestion="4.5"),
        issue(suggestion=""),
        issue(code="TL201", rule="name-variant", severity=Severity.INFO, related=(Location("a.txt", 1, 1),)),
        issue(path=str(tmp_path.parent / "out.txt"), code="TL001", rule="invalid-encoding", severity=Severity.ERROR),
    ]
    log = sarif(issues)
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")),
                                           format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(log)] == []


def test_a_real_run_with_every_rule_is_valid_against_the_official_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from translint.registry import load_registry

    issues = lint_text("Zelensky met Macron. Later Zelenskyy spoke in Минск for 4,5 hours.\n", path="a.txt")
    log = json.loads(render(issues, Summary(1, tuple(load_registry().infos)), color=False))
    assert log["runs"][0]["results"]
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)


def test_fingerprint_of_a_finding_survives_lines_added_above_it():
    config = Config(select=("TL301",))
    text = "The the talks ended.\n"
    before = lint_text(text, path="a.txt", config=config)
    after = lint_text("First line.\nSecond line.\nThird line.\n" + text, path="a.txt", config=config)
    assert (before[0].line, after[0].line) == (1, 4)
    [old] = sarif(before)["runs"][0]["results"]
    [new] = sarif(after)["runs"][0]["results"]
    assert old["partialFingerprints"] == new["partialFingerprints"]
    assert set(old["partialFingerprints"]) == {"translint/v1"}


def test_identical_findings_get_different_fingerprints_whatever_the_input_order():
    first, second = issue(), issue(line=5, end_line=5)
    forward = [r["partialFingerprints"] for r in sarif([first, second])["runs"][0]["results"]]
    backward = [r["partialFingerprints"] for r in sarif([second, first])["runs"][0]["results"]]
    assert forward[0] != forward[1] and backward == forward[::-1]


def test_paths_under_the_working_folder_are_relative_percent_encoded_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = sarif([issue(path=(tmp_path / "news dir" / "Київ#1.txt").as_posix())])["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "news%20dir/%D0%9A%D0%B8%D1%97%D0%B2%231.txt", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}


def test_relative_paths_are_resolved_against_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    [result] = sarif([issue(path="news/./a.txt")])["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a.txt"


def test_paths_outside_the_working_folder_are_absolute_file_uris(tmp_path, monkeypatch):
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    run = sarif([issue(path="../a b.txt")])["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": (tmp_path / "a b.txt").as_uri()}
    assert location["uri"].endswith("/a%20b.txt") and "originalUriBaseIds" not in run


def test_stdin_stays_as_it_is():
    [result] = sarif([issue(path="<stdin>")])["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "<stdin>"}


def test_columns_are_code_points_and_the_run_says_so():
    run = sarif([issue(line_text="Мир: 4,5", column=6, end_column=9)])["runs"][0]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert region == {"startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 9}


def test_result_names_its_rule_level_and_message():
    [result] = sarif([issue(code="TL201", rule="name-variant", severity=Severity.INFO, message="two spellings")])[
        "runs"][0]["results"]
    assert (result["ruleId"], result["ruleIndex"], result["level"]) == ("TL201", 1, "note")
    assert result["message"] == {"text": "two spellings"}


def test_rules_describe_every_rule_of_the_run():
    driver = sarif([])["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("translint", __version__)
    assert driver["rules"][0] == {
        "id": "TL104",
        "name": "decimal-comma",
        "shortDescription": {"text": "A decimal comma."},
        "fullDescription": {"text": "## What it finds\nA comma."},
        "help": {"text": "## What it finds\nA comma.", "markdown": "## What it finds\nA comma."},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"family": "artifacts", "fix": "safe", "tags": ["artifacts"]},
    }
    assert driver["rules"][1]["fullDescription"] == {"text": "One name, two spellings."}  # no doc: the summary
    assert driver["rules"][1]["defaultConfiguration"] == {"level": "note"}


def test_a_rule_missing_from_the_summary_still_gets_a_descriptor():
    run = sarif([issue(code="TL999", rule="mystery")])["runs"][0]
    [result] = run["results"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]] == {"id": "TL999", "name": "mystery"}


def test_suggestion_is_a_fix_replacing_the_region():
    [result] = sarif([issue(suggestion="4.5")])["runs"][0]["results"]
    [fix] = result["fixes"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"] == result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert change["replacements"] == [
        {"deletedRegion": {"startLine": 2, "startColumn": 8, "endLine": 2, "endColumn": 11},
         "insertedContent": {"text": "4.5"}}
    ]


def test_empty_suggestion_deletes_and_no_suggestion_is_no_fix():
    deleting, plain = sarif([issue(suggestion=""), issue(line=3, end_line=3)])["runs"][0]["results"]
    assert deleting["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": ""}
    assert "fixes" not in plain


def test_related_places_are_related_locations():
    [result] = sarif([issue(related=(Location("a.txt", 1, 4),))])["runs"][0]["results"]
    assert result["relatedLocations"] == [
        {"id": 1, "physicalLocation": {"artifactLocation": {"uri": "a.txt", "uriBaseId": "%SRCROOT%"},
                                       "region": {"startLine": 1, "startColumn": 4}}}
    ]
