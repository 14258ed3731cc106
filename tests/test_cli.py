"""End to end: the real command, as a user or a CI job runs it."""

import json

from conftest import run

import translint


def test_stdin_reports_doubled_word_and_cyrillic_with_romanisation():
    done = run("check", "--format", "concise", "-", stdin="The the test.\nПривет, world.\n".encode())
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("<stdin>:1:1: TL301 ")
    assert lines[1].startswith("<stdin>:2:1: TL101 ") and '"Privet"' in lines[1]


def test_json_output_is_the_documented_contract(article):
    path = article("a.txt", "Intro.\nThe the end.\n")
    done = run("check", "--format", "json", str(path))
    [item] = json.loads(done.stdout)
    assert item == {
        "path": path.as_posix(),
        "line": 2,
        "column": 1,
        "end_line": 2,
        "end_column": 8,
        "code": "TL301",
        "rule": "doubled-word",
        "severity": "warning",
        "message": '"The" is doubled; delete one',
        "suggestion": "The",
        "related": [],
    }


def test_text_output_shows_the_line_a_caret_and_a_summary(article):
    path = article("a.txt", "Talks in Минск ended.\n")
    done = run("check", str(path))
    assert f"{path.as_posix()}:1:10: TL101 [source-script]" in done.stdout
    assert " 1 | Talks in Минск ended.\n   |          ^^^^^\n" in done.stdout
    assert "Found 1 issue (1 error) in 1 of 1 file checked." in done.stdout


def test_clean_file_exits_zero(article):
    done = run("check", str(article("a.txt", "A clean sentence.\n")))
    assert done.returncode == 0 and "No issues found; 1 file checked." in done.stdout


def test_fail_on_error_ignores_warnings(article):
    path = article("a.txt", "The the end.\n")
    assert run("check", "--fail-on", "error", str(path)).returncode == 0
    assert run("check", "--fail-on", "info", str(path)).returncode == 1


def test_missing_path_is_one_line_and_exit_two(tmp_path):
    done = run("check", str(tmp_path / "nope.txt"))
    assert done.returncode == 2
    assert done.stderr == f"translint: error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_bad_config_is_exit_two_naming_the_file(tmp_path, article):
    article("translint.toml", 'colour = "red"\n')
    done = run("check", str(article("a.txt", "Fine.\n")), cwd=tmp_path)
    assert done.returncode == 2 and "translint.toml:1: `colour`: unknown key" in done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_format_is_a_usage_error(article):
    done = run("check", "--format", "xml", str(article("a.txt", "Fine.\n")))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_invalid_utf8_is_reported_and_other_files_still_checked(article):
    bad = article("bad.txt", b"ok\n\xff\n")
    good = article("good.txt", "Мир\n")
    done = run("check", "--format", "concise", str(bad), str(good))
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].startswith(f"{bad.as_posix()}:2:1: TL001 not valid UTF-8: byte 0xFF")
    assert done.stdout.splitlines()[1].startswith(f"{good.as_posix()}:1:1: TL101")


def test_select_and_ignore_accept_comma_lists(article):
    path = article("a.txt", "The the talks in Минск.\n")
    done = run("check", "--format", "concise", "--select", "TL1,TL3", "--ignore", "doubled-word", str(path))
    assert [line.split()[1] for line in done.stdout.splitlines()] == ["TL101"]


def test_version():
    done = run("--version")
    assert done.returncode == 0 and done.stdout == f"translint {translint.__version__}\n"


def test_rules_lists_every_rule_with_its_family():
    done = run("rules")
    assert "TL101  source-script" in done.stdout and "artifacts" in done.stdout


def test_explain_by_name_prints_the_doc_with_examples():
    done = run("explain", "doubled-word")
    assert done.stdout.startswith("TL301 doubled-word (sentences, warning")
    assert "## Example" in done.stdout and "## Use instead" in done.stdout


def test_explain_unknown_rule_suggests_close_names():
    done = run("explain", "doubled-wrd")
    assert done.returncode == 2 and "did you mean doubled-word" in done.stderr


def test_no_command_prints_usage_and_exits_two():
    done = run()
    assert done.returncode == 2 and "Usage: translint" in done.stdout + done.stderr and "check" in done.stdout


def test_bad_jobs_value_is_a_short_usage_error(article):
    done = run("check", "--jobs", "0", str(article("a.txt", "Fine.\n")))
    assert done.returncode == 2
    assert done.stderr.startswith("Usage: translint check") and "Invalid value for '--jobs'" in done.stderr
    assert "Traceback" not in done.stderr


def test_checking_one_file_imports_no_heavy_modules(article):
    """Cold start is a feature: a one-file check pulls in typer (and through it pydantic),
    but not rich's console and progress bar, which only help pages and long runs need."""
    import subprocess
    import sys

    path = article("a.txt", "Fine.\n")
    probe = (
        "import sys\nfrom translint.cli import main\n"
        f"try:\n    main(['check', '--no-cache', {str(path)!r}])\nexcept SystemExit:\n    pass\n"
        "print(sorted({m for m in sys.modules} & {'rich.console', 'rich.progress'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_version_processes_no_option_that_loads_pydantic():
    """typer 0.29 builds a pydantic adapter per option value; --version has none."""
    import subprocess
    import sys

    probe = (
        "import sys\nfrom translint.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "False"


def test_unknown_format_in_the_environment_is_a_usage_error(article):
    done = run("check", str(article("a.txt", "Fine.\n")), env={"TRANSLINT_FORMAT": "xml"})
    assert done.returncode == 2 and "TRANSLINT_FORMAT" in done.stderr and "'xml' is not one of" in done.stderr
