"""--fix and --diff mend JSON Lines exports too, writing suggestions as JSON strings need them."""

from __future__ import annotations

import json

from conftest import run

QUOTE_RULE = """[[rule]]
code = "TL191"
name = "house-double-quotes"
kind = "pattern"
severity = "warning"
fix = "safe"
summary = "Two apostrophes for a double quote."
doc = "Typewriter habit."
message = "two apostrophes"
suggestion = '"'
pattern = "''"
examples = [{ bad = "He said ''no''.", good = 'He said "no".' }]
"""


def test_fix_applies_safe_fixes_inside_a_json_lines_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "Talks ended , late."}\n{"id": "b", "text": "Fine."}\n', encoding="utf-8")
    assert run("check", "--fix", "--select", "TL307", str(path)).returncode == 0
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == ["Talks ended, late.", "Fine."]


def test_a_suggestion_with_a_quote_is_escaped_inside_the_json_string(tmp_path):
    (tmp_path / "house.toml").write_text(QUOTE_RULE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.translint]\nrules = ["house.toml"]\n', encoding="utf-8")
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "He said \'\'no\'\' and left."}\n', encoding="utf-8")
    done = run("check", "--fix", "--select", "TL191", "feed.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["text"] == 'He said "no" and left.'


def test_diff_of_standard_input_prints_the_patch(tmp_path):
    done = run("check", "--diff", "--select", "TL307", "-", stdin="Talks ended , late.\n".encode())
    assert done.returncode == 1
    assert "-Talks ended , late.\n+Talks ended, late.\n" in done.stdout
