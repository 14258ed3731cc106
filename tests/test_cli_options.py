"""Options that used to be accepted and do nothing: each now acts, or says why it cannot."""

from __future__ import annotations

import json

from conftest import run

DEFECTS = "The the talks ended , in the capital.\n"


def test_unknown_source_language_on_the_command_line_stops_the_run(article):
    path = article("a.txt", DEFECTS)
    done = run("check", "--source", "xx", str(path))
    assert done.returncode == 2
    assert done.stderr.strip() == "translint: error: --source: 'xx' is not a language code (ISO 639, such as ru or uk)"


def test_known_source_language_three_letters_is_accepted(article):
    assert run("check", "--source", "kk", str(article("a.txt", "Fine.\n"))).returncode == 0


def test_empty_select_is_an_error_not_a_silent_pass(article):
    done = run("check", "--select", "", str(article("a.txt", DEFECTS)))
    assert done.returncode == 2 and "--select: selects no rule" in done.stderr


def test_summary_counts_what_fix_would_mend(article):
    done = run("check", str(article("a.txt", DEFECTS)))
    assert done.stdout.splitlines()[-1] == "[*] 2 fixable with --fix."


def test_unsafe_fixes_alone_counts_unsafe_suggestions_as_fixable(article):
    text = "Минск: the budget is 5 mln rubles.\n"
    plain = run("check", "--select", "TL108", str(article("a.txt", text)))
    assert plain.stdout.splitlines()[-1] == "No fixes available (1 hidden fix can be enabled with --unsafe-fixes)."
    unsafe = run("check", "--select", "TL108", "--unsafe-fixes", str(article("a.txt", text)))
    assert unsafe.stdout.splitlines()[-1] == "[*] 1 fixable with --fix."


def test_statistics_follow_the_json_format(article):
    done = run("check", "--statistics", "--format", "json", str(article("a.txt", DEFECTS)))
    rows = json.loads(done.stdout)
    assert {row["code"] for row in rows} == {"TL301", "TL307"} and all(row["count"] == 1 for row in rows)


def test_statistics_in_a_format_that_cannot_hold_them_is_an_error(article):
    done = run("check", "--statistics", "--format", "sarif", str(article("a.txt", DEFECTS)))
    assert done.returncode == 2 and "--statistics prints text, json or jsonl" in done.stderr


def test_output_file_in_a_missing_folder_is_a_one_line_error(article, tmp_path):
    done = run("check", "-o", str(tmp_path / "no" / "out.txt"), str(article("a.txt", DEFECTS)))
    assert done.returncode == 2
    assert done.stderr.startswith("translint: error: --output-file ") and "cannot write" in done.stderr


def test_write_baseline_in_a_missing_folder_is_a_one_line_error(article, tmp_path):
    done = run("check", "--write-baseline", str(tmp_path / "no" / "b.json"), str(article("a.txt", DEFECTS)))
    assert done.returncode == 2 and "--write-baseline" in done.stderr and "internal error" not in done.stderr


HOUSE_RULE = """[[rule]]
code = "TL190"
name = "house-percent"
kind = "pattern"
severity = "warning"
summary = "'per cent' where the house writes 'percent'."
doc = "The stylebook writes percent."
message = "{match}"
pattern = 'per cent'
examples = [{ bad = "Up 5 per cent.", good = "Up 5 percent." }]
"""


def _project_with_a_house_rule(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "house.toml").write_text(HOUSE_RULE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.translint]\nrules = ["house.toml"]\n', encoding="utf-8")
    return tmp_path


def test_rules_lists_the_projects_own_rules_with_their_fix_kind(tmp_path):
    done = run("rules", cwd=_project_with_a_house_rule(tmp_path))
    [line] = [line for line in done.stdout.splitlines() if line.startswith("TL190")]
    assert line.split()[:2] == ["TL190", "house-percent"] and line.split()[3:5] == ["warning", "none"]
    assert [line for line in done.stdout.splitlines() if line.startswith("TL304")][0].split()[4] == "safe"


def test_explain_knows_the_projects_own_rules(tmp_path):
    done = run("explain", "TL190", cwd=_project_with_a_house_rule(tmp_path))
    assert done.returncode == 0 and "house-percent" in done.stdout and "Up 5 per cent." in done.stdout


def test_undecodable_file_shows_its_line_in_the_report(article):
    done = run("check", str(article("a.txt", b"Fine line\nbad \xe9 byte\n")))
    assert " 2 | bad \ufffd byte" in done.stdout.splitlines()


def test_broken_json_record_shows_its_line_in_the_report(article):
    done = run("check", str(article("feed.jsonl", b'{"text": "Fine."}\n{"text": "cut\n')))
    assert ' 2 | {"text": "cut' in done.stdout.splitlines()


def test_lint_text_reads_the_format_its_path_names():
    from translint.api import lint_text

    found = [(i.code, i.line, i.column) for i in lint_text("# Title\n\nThe the **end**.\n", path="a.md")]
    assert found == [("TL301", 3, 1)]
    assert lint_text("<p>Fine.</p><script>the the</script>", path="a.html") == []


def test_an_inline_marker_in_markdown_or_html_is_not_read_as_a_sentence(article):
    from translint.api import lint_text

    for path, text in (("a.md", "The the end.  translint: ignore[TL301]\n"),
                       ("a.html", "<p>The the end. translint: ignore[TL301]</p>\n")):
        assert lint_text(text, path=path) == [], path


def test_names_reads_markup_as_check_does(tmp_path):
    (tmp_path / "a.html").write_text(
        "<p>Zelensky met Macron.</p><script>var Zelenskiy = 1;</script><!-- Zelenskiy -->\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text("---\nauthor: Zelenskiy\n---\n\nZelensky spoke.\n\n```\nZelenskiy\n```\n", encoding="utf-8")
    done = run("names", "--format", "json", ".", cwd=tmp_path)
    spellings = {s["spelling"] for entity in json.loads(done.stdout) for s in entity["spellings"]}
    assert "Zelenskiy" not in spellings and "Zelensky" in spellings


def test_names_write_leaves_a_tie_to_the_editor_and_prefers_the_known_spelling(tmp_path):
    (tmp_path / "a.txt").write_text("Dmytro Vershynkin spoke. Dmytro Vershynkin left.\nKiev is cold.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Dmytro Vershinkin spoke. Dmytro Vershinkin left.\nKiev is warm.\n", encoding="utf-8")
    done = run("names", "--write", "names.toml", "a.txt", "b.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "names.toml").read_text(encoding="utf-8")
    assert "No majority, choose one:" in written and "Vershynkin" in written
    house = written.split("house = [", 1)[1]
    assert "Vershynkin" not in house and "Vershinkin" not in house and '"Kyiv"' in house


def test_explain_pairs_each_example_with_its_correction_and_lists_near_misses_apart():
    out = run("explain", "TL304").stdout
    assert "## Example\n\n    Exports grew in 2024.He expects more.\n\n## Use instead\n\n    Exports grew in 2024. He expects more." in out
    assert "## Not reported\n\n    Ask Smart.Help or Booking.Com" in out


def test_names_reads_with_the_configured_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes("Volodymyr Zelensky called it «a step». Zelensky left.\n".encode("cp1251"))
    (tmp_path / "translint.toml").write_text('encoding = "cp1251"\n', encoding="utf-8")
    done = run("names", "--format", "json", "a.txt", cwd=tmp_path)
    assert "skipped" not in done.stderr
    assert any(entity["entity"] == "Volodymyr Zelensky" for entity in json.loads(done.stdout))
